//! A value read from the database and kept for a few seconds: figures that
//! every request would otherwise count again (the home page's totals), though
//! they change only with a write. At most `keep` old, as a visitor's cached
//! page is (server `page_cache`), on every instance.

use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Recent<T> {
    keep: Duration,
    value: Mutex<Option<(Instant, T)>>,
}

impl<T: Clone> Recent<T> {
    pub fn new(keep: Duration) -> Self {
        Self {
            keep,
            value: Mutex::new(None),
        }
    }

    /// The kept value while it is fresh, else what `load` reads (kept in turn;
    /// a failed read keeps nothing).
    pub async fn get<E, F>(&self, load: impl FnOnce() -> F) -> Result<T, E>
    where
        F: std::future::Future<Output = Result<T, E>>,
    {
        if let Some((at, value)) = self.value.lock().ok().and_then(|v| v.clone()) {
            if at.elapsed() < self.keep {
                return Ok(value);
            }
        }
        let value = load().await?;
        if let Ok(mut kept) = self.value.lock() {
            *kept = Some((Instant::now(), value.clone()));
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::Recent;
    use std::time::Duration;

    #[tokio::test]
    async fn a_fresh_value_is_not_read_again_and_a_stale_one_is() {
        let recent = Recent::new(Duration::from_millis(30));
        let read = |n: u32| async move { Ok::<_, ()>(n) };
        assert_eq!(recent.get(|| read(1)).await, Ok(1));
        assert_eq!(recent.get(|| read(2)).await, Ok(1), "kept while fresh");
        tokio::time::sleep(Duration::from_millis(40)).await;
        assert_eq!(recent.get(|| read(3)).await, Ok(3), "read again once stale");
        tokio::time::sleep(Duration::from_millis(40)).await;
        assert_eq!(
            recent.get(|| async { Err::<u32, _>(()) }).await,
            Err(()),
            "a failed read is said"
        );
        assert_eq!(recent.get(|| read(4)).await, Ok(4), "and kept nothing");
    }
}
