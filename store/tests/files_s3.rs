//! The file store on an S3-compatible server, as several instances share it:
//! two stores opened on one bucket see each other's files, ranges read back,
//! the same content is stored once, and a refused upload leaves nothing.
//! `scripts/test.sh` starts a local S3 server (moto) and sets
//! `TEST_S3_ENDPOINT`; without it these tests say so and pass.

use bytes::Bytes;
use futures_util::stream;
use store::files::FileStore;
use store::refusal::Refusal;
use store::StoreError;

/// A bucket of its own on the test server, and the store's location in it.
async fn bucket() -> Option<String> {
    let Ok(endpoint) = std::env::var("TEST_S3_ENDPOINT") else {
        eprintln!("TEST_S3_ENDPOINT is not set: the S3 store is not tested here");
        return None;
    };
    let name = format!(
        "vetnet-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    // moto creates a bucket on an unsigned `PUT /{bucket}`.
    let status = std::process::Command::new("curl")
        .args([
            "-sf",
            "-o",
            "/dev/null",
            "-X",
            "PUT",
            &format!("{endpoint}/{name}"),
        ])
        .status()
        .expect("curl");
    assert!(status.success(), "bucket {name} created");
    // What an instance reads from its environment, set once for the process.
    static SETTINGS: std::sync::Once = std::sync::Once::new();
    SETTINGS.call_once(|| {
        std::env::set_var("AWS_ENDPOINT", &endpoint);
        std::env::set_var("AWS_ALLOW_HTTP", "true");
        std::env::set_var("AWS_REGION", "eu-central-1");
        std::env::set_var("AWS_ACCESS_KEY_ID", "test");
        std::env::set_var("AWS_SECRET_ACCESS_KEY", "test");
    });
    Some(format!("s3://{name}/files"))
}

fn chunks(
    parts: &[&[u8]],
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Unpin {
    stream::iter(
        parts
            .iter()
            .map(|p| Ok(Bytes::copy_from_slice(p)))
            .collect::<Vec<_>>(),
    )
}

/// Every byte of a stored content's stream.
async fn all(stream: futures_util::stream::BoxStream<'static, std::io::Result<Bytes>>) -> Vec<u8> {
    use futures_util::TryStreamExt;
    stream.map_ok(|b| b.to_vec()).try_concat().await.unwrap()
}

#[tokio::test]
async fn two_instances_share_one_bucket() {
    let Some(location) = bucket().await else {
        return;
    };
    let first = FileStore::open(&location).unwrap();
    let second = FileStore::open(&location).unwrap();
    // More than one 8 MiB part, so the multipart upload is exercised.
    let big: Vec<u8> = (0..9 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    let received = first
        .receive(chunks(&[b"%PDF-1.7\n", &big]), 20 * 1024 * 1024)
        .await
        .unwrap();
    let hash = received.hash.clone();
    first.keep(received).await.unwrap();
    assert!(
        second.holds(&hash).await.unwrap(),
        "the other instance finds it"
    );
    let part = second.get(&hash, Some(9..13)).await.unwrap();
    let part = all(part).await;
    assert_eq!(&part[..], &big[..4]);
    // The same content from the other instance: still one object.
    let again = second
        .receive(chunks(&[b"%PDF-1.7\n", &big]), 20 * 1024 * 1024)
        .await
        .unwrap();
    assert_eq!(again.hash, hash);
    second.keep(again).await.unwrap();
    assert_eq!(first.incoming_count().await.unwrap(), 0);
}

#[tokio::test]
async fn a_refused_upload_leaves_nothing_in_the_bucket() {
    let Some(location) = bucket().await else {
        return;
    };
    let files = FileStore::open(&location).unwrap();
    let part = vec![1u8; 1024 * 1024];
    match files
        .receive(chunks(&[&part, &part, &part]), 2 * 1024 * 1024)
        .await
    {
        Err(StoreError::Refused(Refusal::FileTooLarge)) => {}
        other => panic!("expected FileTooLarge, got {other:?}"),
    }
    let broken = stream::iter(vec![
        Ok(Bytes::from_static(b"%PDF-1.7 first part")),
        Err(std::io::Error::other("connection reset")),
    ]);
    match files.receive(broken, 1024 * 1024).await {
        Err(StoreError::Refused(Refusal::UploadIncomplete)) => {}
        other => panic!("expected UploadIncomplete, got {other:?}"),
    }
    assert_eq!(files.incoming_count().await.unwrap(), 0);
}
