//! The library's files: each distinct content is stored once, under its
//! SHA-256 hash, in a local folder (`data/files` by default) or in an
//! S3-compatible bucket that several instances share. An upload streams
//! into an incoming object while it is hashed and counted; only a complete
//! upload of an accepted type is moved to its content's place, and a
//! refused or cancelled one leaves nothing behind.

mod extract;
mod kind;
mod name;

use std::fmt::Display;
use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::BoxStream;
use futures_util::{Stream, StreamExt};
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{GetOptions, GetRange, ObjectStore, WriteMultipart};
use sha2::{Digest, Sha256};

pub use extract::{extract, Extracted, MAX_ENTRIES, MAX_EXPANDED_BYTES};
pub use kind::{FileType, HEAD_BYTES};
pub use name::{file_name, MAX_NAME_CHARS};

use crate::refusal::Refusal;
use crate::StoreError;

/// The size of the parts an upload to a bucket is written in (S3's smallest
/// part is 5 MiB).
const PART_BYTES: usize = 5 * 1024 * 1024;
/// Parts written at once: with [`PART_BYTES`], what an upload to a bucket
/// holds in memory.
const PARTS_IN_FLIGHT: usize = 2;
/// What an upload to a folder gathers before each write.
const WRITE_BYTES: usize = 1024 * 1024;
/// An upload to a folder is flushed to the disk in the background after
/// each this many bytes, so that the disk writes while the rest arrives and
/// the last `fsync` (before the upload is recorded) has little left to do.
const FLUSH_BYTES: u64 = 32 * 1024 * 1024;
/// The chunks a local file is served in.
const READ_BYTES: usize = 256 * 1024;

/// Where the files are: a folder or a bucket.
#[derive(Clone)]
pub struct FileStore {
    objects: Arc<dyn ObjectStore>,
    /// The folder, for a local store: files are read from it directly and
    /// made durable (`fsync`) before they are recorded.
    folder: Option<PathBuf>,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FileStore({})", self.objects)
    }
}

/// An upload that has arrived whole, not yet kept.
#[derive(Debug)]
pub struct Received {
    incoming: Path,
    /// The SHA-256 of the content, in lower-case hex.
    pub hash: String,
    pub size: u64,
    /// The first bytes, for [`FileType::detect`].
    pub head: Vec<u8>,
}

impl FileStore {
    /// `location`: a folder (created if missing), or `s3://bucket[/prefix]`
    /// with the endpoint, region and credentials from the `AWS_*`
    /// environment variables (`AWS_ENDPOINT`, `AWS_ACCESS_KEY_ID`, ...).
    pub fn open(location: &str) -> Result<Self, StoreError> {
        if location.starts_with("s3://") {
            let bucket = object_store::aws::AmazonS3Builder::from_env()
                .with_url(location)
                .build()
                .map_err(StoreError::Files)?;
            let prefix = location
                .trim_start_matches("s3://")
                .split_once('/')
                .map(|(_, p)| p.trim_matches('/').to_owned())
                .unwrap_or_default();
            let objects: Arc<dyn ObjectStore> = if prefix.is_empty() {
                Arc::new(bucket)
            } else {
                Arc::new(object_store::prefix::PrefixStore::new(bucket, prefix))
            };
            return Ok(FileStore {
                objects,
                folder: None,
            });
        }
        let folder = PathBuf::from(location);
        std::fs::create_dir_all(&folder)?;
        let folder = folder.canonicalize()?;
        Ok(FileStore {
            objects: Arc::new(
                LocalFileSystem::new_with_prefix(&folder)
                    .map_err(StoreError::Files)?
                    .with_automatic_cleanup(true),
            ),
            folder: Some(folder),
        })
    }

    fn content(hash: &str) -> Path {
        Path::from(format!("content/{}/{hash}", &hash[..2]))
    }

    /// Streams `body` into an incoming object, hashing and counting it.
    /// More than `limit` bytes: `FileTooLarge`; an empty body: `FileMissing`;
    /// a body that breaks off (a cancelled upload): `UploadIncomplete`. In
    /// each case nothing is left behind.
    pub async fn receive<S, E>(&self, body: S, limit: u64) -> Result<Received, StoreError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: Display,
    {
        let incoming = Path::from(format!("incoming/{:032x}", rand::random::<u128>()));
        let tally = match &self.folder {
            Some(folder) => {
                let path = folder.join(incoming.as_ref());
                let tally = receive_file(&path, body, limit).await;
                if tally.is_err() {
                    let _ = tokio::task::spawn_blocking(move || std::fs::remove_file(path)).await;
                }
                tally?
            }
            None => self.receive_object(&incoming, body, limit).await?,
        };
        Ok(Received {
            incoming,
            hash: hex(&tally.hasher.finalize()),
            size: tally.size,
            head: tally.head,
        })
    }

    /// Streams `body` into a bucket's object in parts (S3's smallest is 5 MiB).
    async fn receive_object<S, E>(
        &self,
        incoming: &Path,
        mut body: S,
        limit: u64,
    ) -> Result<Tally, StoreError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: Display,
    {
        let upload = self
            .objects
            .put_multipart(incoming)
            .await
            .map_err(StoreError::Files)?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_BYTES);
        let mut tally = Tally::default();
        let refusal = loop {
            let chunk = match tally.next(&mut body, limit).await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break None,
                Err(refusal) => break Some(refusal),
            };
            if let Err(error) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
                drop(writer.abort().await);
                return Err(StoreError::Files(error));
            }
            writer.put(chunk);
        };
        if let Some(refusal) = refusal {
            drop(writer.abort().await);
            return Err(refusal.into());
        }
        writer.finish().await.map_err(StoreError::Files)?;
        Ok(tally)
    }

    /// The incoming file on this machine, to read what it holds: a local
    /// store's own file, or a copy of the bucket's object (at most `limit`
    /// bytes read; `None` beyond).
    pub async fn local_copy(
        &self,
        received: &Received,
        limit: u64,
    ) -> Result<Option<LocalCopy>, StoreError> {
        if let Some(folder) = &self.folder {
            return Ok(Some(LocalCopy {
                path: folder.join(received.incoming.as_ref()),
                temporary: false,
            }));
        }
        if received.size > limit {
            return Ok(None);
        }
        let path = std::env::temp_dir().join(format!("vetnet-{:032x}", rand::random::<u128>()));
        let copy = LocalCopy {
            path,
            temporary: true,
        };
        let mut stream = self
            .objects
            .get(&received.incoming)
            .await
            .map_err(StoreError::Files)?
            .into_stream();
        let mut file = tokio::fs::File::create(&copy.path).await?;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(StoreError::Files)?;
            tokio::io::AsyncWriteExt::write_all(&mut file, &chunk).await?;
        }
        Ok(Some(copy))
    }

    /// Moves the upload to its content's place, unless that content is
    /// stored already (then the upload goes: the same file is stored once).
    /// A local file is made durable before this returns.
    pub async fn keep(&self, received: Received) -> Result<(), StoreError> {
        let target = Self::content(&received.hash);
        match self.objects.head(&target).await {
            Ok(_) => {
                self.discard(received).await;
                return Ok(());
            }
            Err(object_store::Error::NotFound { .. }) => {}
            Err(error) => return Err(StoreError::Files(error)),
        }
        self.objects
            .rename(&received.incoming, &target)
            .await
            .map_err(StoreError::Files)?;
        if let Some(folder) = &self.folder {
            let path = folder.join(target.as_ref());
            tokio::task::spawn_blocking(move || -> std::io::Result<()> {
                std::fs::File::open(&path)?.sync_all()?;
                if let Some(dir) = path.parent() {
                    std::fs::File::open(dir)?.sync_all()?;
                }
                Ok(())
            })
            .await
            .map_err(blocking_failed)??;
        }
        Ok(())
    }

    /// Removes an upload that is not kept.
    pub async fn discard(&self, received: Received) {
        if let Err(error) = self.objects.delete(&received.incoming).await {
            tracing::warn!(%error, "an incoming file could not be removed");
        }
    }

    /// A stored content, whole or from `range`, as a stream of chunks. A
    /// local file is read directly in [`READ_BYTES`] chunks (the object
    /// store's own reader hands out 8 KiB at a time: 109 MB/s, 6 % of `cp`).
    pub async fn get(
        &self,
        hash: &str,
        range: Option<std::ops::Range<u64>>,
    ) -> Result<BoxStream<'static, std::io::Result<Bytes>>, StoreError> {
        let location = Self::content(hash);
        if let Some(folder) = &self.folder {
            let path = folder.join(location.as_ref());
            let file = tokio::task::spawn_blocking(move || std::fs::File::open(path))
                .await
                .map_err(blocking_failed)??;
            let end = match &range {
                Some(range) => range.end,
                None => file.metadata()?.len(),
            };
            let start = range.map_or(0, |r| r.start);
            return Ok(read_file(file, start, end).boxed());
        }
        let options = GetOptions {
            range: range.map(GetRange::Bounded),
            ..GetOptions::default()
        };
        let stored = self
            .objects
            .get_opts(&location, options)
            .await
            .map_err(StoreError::Files)?;
        Ok(stored
            .into_stream()
            .map(|chunk| chunk.map_err(std::io::Error::other))
            .boxed())
    }

    /// Removes a stored content (one that nothing records).
    pub async fn remove(&self, hash: &str) {
        if let Err(error) = self.objects.delete(&Self::content(hash)).await {
            tracing::warn!(%error, "a stored file could not be removed");
        }
    }

    /// Whether a content is stored.
    pub async fn holds(&self, hash: &str) -> Result<bool, StoreError> {
        match self.objects.head(&Self::content(hash)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(error) => Err(StoreError::Files(error)),
        }
    }

    /// Stores a content given whole (the demo data's documents).
    pub async fn put_bytes(&self, bytes: Vec<u8>) -> Result<String, StoreError> {
        let hash = hex(&Sha256::digest(&bytes));
        let received = self
            .receive(
                futures_util::stream::iter([Ok::<_, std::io::Error>(Bytes::from(bytes))]),
                u64::MAX,
            )
            .await?;
        self.keep(received).await?;
        Ok(hash)
    }

    /// Removes incoming uploads last written more than `age` ago: what an
    /// instance that stopped in the middle of an upload left behind (an
    /// upload under way is written to at least every part). Returns how many.
    pub async fn sweep_incoming(&self, age: std::time::Duration) -> Result<usize, StoreError> {
        let cutoff = chrono::Utc::now() - chrono::Duration::from_std(age).unwrap_or_default();
        let prefix = Path::from("incoming");
        let stale: Vec<Path> = self
            .objects
            .list(Some(&prefix))
            .filter_map(|meta| async move {
                meta.ok()
                    .filter(|m| m.last_modified < cutoff)
                    .map(|m| m.location)
            })
            .collect()
            .await;
        for location in &stale {
            self.objects
                .delete(location)
                .await
                .map_err(StoreError::Files)?;
        }
        Ok(stale.len())
    }

    /// How many incoming (unfinished) uploads there are: none once each has
    /// been kept or discarded.
    pub async fn incoming_count(&self) -> Result<usize, StoreError> {
        let prefix = Path::from("incoming");
        let listed: Vec<_> = self.objects.list(Some(&prefix)).collect().await;
        Ok(listed.len())
    }
}

/// A file on this machine holding an upload's content; a temporary copy is
/// removed when this goes.
#[derive(Debug)]
pub struct LocalCopy {
    pub path: PathBuf,
    temporary: bool,
}

impl Drop for LocalCopy {
    fn drop(&mut self) {
        if self.temporary {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// What an upload has brought so far: its hash, its size and its first bytes.
#[derive(Default)]
struct Tally {
    hasher: Sha256,
    size: u64,
    head: Vec<u8>,
}

impl Tally {
    /// The next chunk of `body`, counted and hashed; `None` at its end.
    async fn next<S, E>(&mut self, body: &mut S, limit: u64) -> Result<Option<Bytes>, Refusal>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: Display,
    {
        let chunk = match body.next().await {
            None if self.size == 0 => return Err(Refusal::FileMissing),
            None => return Ok(None),
            Some(Err(error)) => {
                tracing::info!(%error, "upload broke off");
                return Err(Refusal::UploadIncomplete);
            }
            Some(Ok(chunk)) => chunk,
        };
        self.size += chunk.len() as u64;
        if self.size > limit {
            return Err(Refusal::FileTooLarge);
        }
        if self.head.len() < HEAD_BYTES {
            let take = chunk.len().min(HEAD_BYTES - self.head.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        self.hasher.update(&chunk);
        Ok(Some(chunk))
    }
}

fn blocking_failed(error: tokio::task::JoinError) -> StoreError {
    StoreError::Io(std::io::Error::other(error))
}

/// Streams `body` into a new file at `path`, [`WRITE_BYTES`] at a time,
/// flushing it to the disk behind the writes. The caller removes the file
/// when this fails.
async fn receive_file<S, E>(
    path: &std::path::Path,
    mut body: S,
    limit: u64,
) -> Result<Tally, StoreError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: Display,
{
    let path = path.to_owned();
    let mut file = tokio::task::spawn_blocking(move || {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::File::create_new(&path)
    })
    .await
    .map_err(blocking_failed)??;
    let mut tally = Tally::default();
    let mut buffer = bytes::BytesMut::with_capacity(WRITE_BYTES);
    let mut unflushed = 0u64;
    let mut flushing: Option<tokio::task::JoinHandle<std::io::Result<()>>> = None;
    loop {
        let chunk = tally.next(&mut body, limit).await?;
        let last = chunk.is_none();
        if let Some(chunk) = chunk {
            buffer.extend_from_slice(&chunk);
        }
        if buffer.len() < WRITE_BYTES && !last {
            continue;
        }
        let full = buffer.split().freeze();
        unflushed += full.len() as u64;
        file = tokio::task::spawn_blocking(move || {
            std::io::Write::write_all(&mut file, &full).map(|()| file)
        })
        .await
        .map_err(blocking_failed)??;
        if last {
            break;
        }
        if unflushed >= FLUSH_BYTES && flushing.as_ref().is_none_or(|f| f.is_finished()) {
            if let Some(done) = flushing.take() {
                done.await.map_err(blocking_failed)??;
            }
            let clone = file.try_clone()?;
            flushing = Some(tokio::task::spawn_blocking(move || clone.sync_data()));
            unflushed = 0;
        }
    }
    if let Some(done) = flushing {
        done.await.map_err(blocking_failed)??;
    }
    Ok(tally)
}

/// The bytes `start..end` of `file`, [`READ_BYTES`] at a time.
fn read_file(
    file: std::fs::File,
    start: u64,
    end: u64,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let file = Arc::new(file);
    futures_util::stream::try_unfold(start, move |at| {
        let file = file.clone();
        async move {
            if at >= end {
                return Ok(None);
            }
            let want = (end - at).min(READ_BYTES as u64) as usize;
            let chunk = tokio::task::spawn_blocking(move || {
                use std::os::unix::fs::FileExt;
                let mut chunk = vec![0; want];
                let read = file.read_at(&mut chunk, at)?;
                if read == 0 {
                    return Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof));
                }
                chunk.truncate(read);
                Ok(Bytes::from(chunk))
            })
            .await
            .map_err(std::io::Error::other)??;
            let next = at + chunk.len() as u64;
            Ok(Some((chunk, next)))
        }
    })
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
