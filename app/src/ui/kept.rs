//! Markup drawn once and kept: a part of a page that depends only on what its
//! key holds is drawn the first time and its HTML reused after. The key holds
//! everything the part is drawn from (the locale, the choices in the address,
//! a post as read with what the viewer may do with it), so a changed part has
//! a new key and is drawn again: nothing kept is ever shown stale.
//!
//! Each store keeps about a budget of bytes in two generations: parts are
//! added to the current one; when it is full it becomes the previous one and
//! the older previous is dropped. A part found in the previous generation
//! moves to the current one, so what is read often stays and what is not
//! read for a generation goes (least recently used, roughly, at the cost of
//! one map swap per generation instead of a list kept in order).

use std::collections::HashMap;
use std::hash::Hash;
use std::mem;
use std::sync::{Arc, LazyLock, RwLock};

use foldhash::fast::RandomState;
use leptos::prelude::*;

/// Parts kept under keys of type `K`, about `budget` bytes of HTML at most
/// per generation (keys of posts are about as large again).
pub struct Kept<K> {
    budget: usize,
    generations: RwLock<Generations<K>>,
}

struct Generations<K> {
    current: HashMap<K, Arc<str>, RandomState>,
    previous: HashMap<K, Arc<str>, RandomState>,
    /// The HTML in `current`, in bytes.
    bytes: usize,
}

impl<K: Hash + Eq> Kept<K> {
    pub fn new(budget: usize) -> Self {
        Self {
            budget,
            generations: RwLock::new(Generations {
                current: HashMap::default(),
                previous: HashMap::default(),
                bytes: 0,
            }),
        }
    }

    /// The part `key` names: kept, or drawn by `draw` from the key and kept.
    pub fn get(&self, key: K, draw: impl FnOnce(&K) -> String) -> Arc<str> {
        let previous = match self.generations.read() {
            Ok(g) => match g.current.get(&key) {
                Some(html) => return html.clone(),
                None => g.previous.get(&key).cloned(),
            },
            Err(_) => None,
        };
        let html = previous.unwrap_or_else(|| draw(&key).into());
        if let Ok(mut g) = self.generations.write() {
            g.previous.remove(&key);
            g.bytes += html.len();
            if let Some(twice) = g.current.insert(key, html.clone()) {
                g.bytes -= twice.len(); // drawn by two requests at once
            }
            if g.bytes > self.budget {
                g.previous = mem::take(&mut g.current);
                g.bytes = 0;
            }
        }
        html
    }

    /// How many parts are kept (both generations).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.generations
            .read()
            .map_or(0, |g| g.current.len() + g.previous.len())
    }
}

/// The parts of pages keyed by text (the filter form: the locale and the
/// choices in the address).
static KEPT: LazyLock<Kept<String>> = LazyLock::new(|| Kept::new(4 << 20));

/// The part `key` names, drawn by `draw` the first time, as the content of
/// a `div`. Without a key (a part that is rarely the same twice, such as one
/// holding a search text) it is drawn every time.
pub fn kept<V: IntoView>(key: Option<String>, draw: impl FnOnce() -> V) -> impl IntoView {
    let html: Arc<str> = match key {
        Some(key) => KEPT.get(key, |_| draw().into_view().to_html()),
        None => draw().into_view().to_html().into(),
    };
    view! { <div inner_html=html></div> }
}

#[cfg(test)]
mod tests {
    use super::Kept;
    use std::cell::Cell;

    #[test]
    fn a_part_is_drawn_once_per_key() {
        let kept = Kept::new(1 << 10);
        let draws = Cell::new(0);
        let draw = |key: &u32| {
            draws.set(draws.get() + 1);
            format!("<p>{key}</p>")
        };
        assert_eq!(&*kept.get(1, draw), "<p>1</p>");
        assert_eq!(&*kept.get(1, draw), "<p>1</p>");
        assert_eq!(&*kept.get(2, draw), "<p>2</p>");
        assert_eq!(draws.get(), 2, "the second read of 1 was kept");
    }

    #[test]
    fn what_is_read_stays_and_what_is_not_goes_when_the_budget_is_spent() {
        // Each part is 10 bytes; a generation holds up to 30.
        let kept = Kept::new(30);
        let draws = Cell::new(0);
        let draw = |key: &u32| {
            draws.set(draws.get() + 1);
            format!("{key:010}")
        };
        for key in 0..4 {
            kept.get(key, draw); // the fourth fills the generation: 0..4 are now previous
        }
        assert_eq!(draws.get(), 4);
        kept.get(0, draw); // read again: moves to the current generation
        for key in 10..13 {
            kept.get(key, draw); // fills it again: 1, 2, 3 (not read) are dropped
        }
        assert_eq!(draws.get(), 7);
        kept.get(0, draw);
        assert_eq!(draws.get(), 7, "0 was read in its generation, so it stayed");
        kept.get(1, draw);
        assert_eq!(draws.get(), 8, "1 was not, so it went and is drawn again");
        assert!(kept.len() <= 8, "no more than two generations are kept");
    }
}
