//! The library's uploads (server only): plain axum routes that read a
//! multipart form as it arrives. The content type is checked before a byte
//! of the body is read (415); the text fields come first and are checked
//! before the file is stored; the file streams into the file store (never
//! held whole in memory), its type read from its content and checked
//! against its name, its text read for the search; and only then is it
//! recorded. A refused upload leaves nothing behind.

use axum::body::Body;
use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use std::collections::HashMap;

use store::files::{FileType, Received};
use store::library::write::{NewResource, NewVersion, StoredUpload};
use store::refusal::Refusal;
use store::vocabulary::ResourceKind;

use super::answer::{done, locale_of, refused, Refused};
use super::paths;
use crate::account::session::RequestAccount;
use crate::state::AppState;

/// The most text one field may hold (a summary is at most 20,000 characters).
const MAX_FIELD_BYTES: usize = 128 * 1024;
/// The most fields a form may have.
const MAX_FIELDS: usize = 200;
/// Room for the text fields beside the largest file.
const FORM_OVERHEAD: u64 = 1024 * 1024;

/// The text fields of a form, in the order they came (lists keep every value).
#[derive(Debug, Default)]
struct Fields(HashMap<String, Vec<String>>);

impl Fields {
    fn one(&self, name: &str) -> String {
        self.0
            .get(name)
            .and_then(|v| v.first())
            .cloned()
            .unwrap_or_default()
    }

    /// A list posted as `name[]` (the empty value the form always sends dropped).
    fn list(&self, name: &str) -> Vec<String> {
        self.0
            .get(&format!("{name}[]"))
            .map(|v| v.iter().filter(|s| !s.is_empty()).cloned().collect())
            .unwrap_or_default()
    }
}

/// Opens the form: `NOT_MULTIPART` (415) before reading anything when the
/// request is not `multipart/form-data` with a boundary; `TOO_LARGE` when it
/// says it is larger than any upload may be.
fn open_form(headers: &HeaderMap, body: Body, largest: u64) -> Result<multer::Multipart<'static>, Refused> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return Err(Refused::NOT_MULTIPART);
    }
    let boundary = multer::parse_boundary(content_type).map_err(|_| Refused::NOT_MULTIPART)?;
    let whole = largest.saturating_add(FORM_OVERHEAD);
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > whole) {
        return Err(Refused::TOO_LARGE);
    }
    let constraints = multer::Constraints::new()
        .size_limit(multer::SizeLimit::new().whole_stream(whole));
    Ok(multer::Multipart::with_constraints(
        body.into_data_stream(),
        boundary,
        constraints,
    ))
}

/// What went wrong while a form was read.
fn malformed(error: multer::Error) -> Refused {
    match error {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => {
            Refused::TOO_LARGE
        }
        multer::Error::StreamReadFailed(_) => Refused::from_store(Refusal::UploadIncomplete),
        _ => Refused::MALFORMED,
    }
}

/// Reads a form's text fields up to its file (`file`), which is left unread
/// (the field holds the parser: the rest of the body streams through it).
async fn read_fields<'a>(
    mut multipart: multer::Multipart<'a>,
) -> Result<(Fields, Option<multer::Field<'a>>), Refused> {
    {
        let mut fields = Fields::default();
        let mut count = 0;
        while let Some(mut field) = multipart.next_field().await.map_err(malformed)? {
            let name = field.name().unwrap_or_default().to_owned();
            if name == "file" {
                return Ok((fields, Some(field)));
            }
            count += 1;
            if count > MAX_FIELDS {
                return Err(Refused::MALFORMED);
            }
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(malformed)? {
                if bytes.len() + chunk.len() > MAX_FIELD_BYTES {
                    return Err(Refused::from_store(Refusal::TextTooLong));
                }
                bytes.extend_from_slice(&chunk);
            }
            let text = String::from_utf8(bytes).map_err(|_| Refused::MALFORMED)?;
            fields.0.entry(name).or_default().push(text);
        }
        Ok((fields, None))
    }
}

/// Opens the form and reads its text fields up to its file.
async fn read_form(
    state: &AppState,
    headers: &HeaderMap,
    body: Body,
) -> Result<(Fields, Option<multer::Field<'static>>), Refused> {
    read_fields(open_form(headers, body, state.uploads.largest())?).await
}

/// The largest file a resource's uploads may be, by its kind.
async fn limit_of(state: &AppState, resource_id: i32) -> Result<u64, Refused> {
    match store::library::read::kind_of(&state.db, resource_id).await {
        Ok(kind) => Ok(state.uploads.for_kind(kind)),
        Err(error) => Err(store_refusal(error)),
    }
}

/// The largest file a form may carry, by the kind it names.
fn limit_for(state: &AppState, fields: &Fields) -> u64 {
    state
        .uploads
        .for_kind(ResourceKind::parse(&fields.one("kind")))
}

/// Streams the form's file into the store and checks it: its name, its
/// type, what it holds. `None` when the form has no file (an empty file
/// input). Nothing is left behind when it is refused.
async fn receive_file(
    state: &AppState,
    field: Option<multer::Field<'_>>,
    limit: u64,
) -> Result<Option<StoredUpload>, Refused> {
    let Some(field) = field else {
        return Ok(None);
    };
    let raw_name = field.file_name().unwrap_or_default().to_owned();
    if raw_name.is_empty() {
        // The browser's empty file input: no file chosen.
        return Ok(None);
    }
    let file_name = store::files::file_name(&raw_name).map_err(Refused::from_store)?;
    let received = match state.files.receive(field, limit).await {
        Ok(received) => received,
        Err(store::StoreError::Refused(refusal)) => return Err(Refused::from_store(refusal)),
        Err(error) => {
            tracing::error!(%error, "upload not stored");
            return Err(Refused::INTERNAL);
        }
    };
    match checked(state, &received, &file_name).await {
        Ok((file_type, extracted)) => {
            let upload = StoredUpload {
                hash: received.hash.clone(),
                size: received.size,
                file_type,
                file_name,
                extracted,
            };
            if let Err(error) = state.files.keep(received).await {
                tracing::error!(%error, "upload not kept");
                return Err(Refused::INTERNAL);
            }
            Ok(Some(upload))
        }
        Err(why) => {
            state.files.discard(received).await;
            Err(why)
        }
    }
}

/// The type of a received file, and what is read from it.
async fn checked(
    state: &AppState,
    received: &Received,
    file_name: &str,
) -> Result<(FileType, store::files::Extracted), Refused> {
    let file_type =
        FileType::detect(&received.head, file_name).map_err(Refused::from_store)?;
    let reads_text = file_type.is_zip()
        || matches!(file_type, FileType::Pdf | FileType::Text | FileType::Csv);
    if !reads_text {
        return Ok((file_type, store::files::Extracted::default()));
    }
    let copy = match state.files.local_copy(received, 256 * 1024 * 1024).await {
        Ok(Some(copy)) => copy,
        Ok(None) => return Ok((file_type, store::files::Extracted::default())),
        Err(error) => {
            tracing::error!(%error, "upload not readable");
            return Err(Refused::INTERNAL);
        }
    };
    let extracted = tokio::task::spawn_blocking(move || {
        let read = store::files::extract(file_type, &copy.path);
        drop(copy);
        read
    })
    .await
    .map_err(|_| Refused::INTERNAL)?;
    extracted
        .map(|e| (file_type, e))
        .map_err(Refused::from_store)
}

/// Removes a stored content that nothing records (an upload whose form the
/// store refused after the file was kept).
async fn forget(state: &AppState, upload: Option<&StoredUpload>) {
    let Some(upload) = upload else {
        return;
    };
    match store::library::read::is_recorded(&state.db, &upload.hash).await {
        Ok(false) => state.files.remove(&upload.hash).await,
        Ok(true) => {}
        Err(error) => tracing::warn!(%error, "could not tell whether a file is recorded"),
    }
}

fn version_of(fields: &Fields) -> NewVersion {
    NewVersion {
        lang: fields.one("lang"),
        title: fields.one("title"),
        summary: fields.one("summary"),
        link: fields.one("link"),
    }
}

/// The store's answer to a write, as the form's answer.
fn store_refusal(error: store::StoreError) -> Refused {
    match error {
        store::StoreError::Refused(refusal) => Refused::from_store(refusal),
        other => {
            tracing::error!(error = %other, "library write failed");
            Refused::INTERNAL
        }
    }
}

/// `POST /api/library/resources`: a new resource with its first version.
pub async fn add_resource(
    State(state): State<AppState>,
    Extension(account): Extension<RequestAccount>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let guess = locale_of(&headers, None);
    let back = paths::add_page(&guess);
    let fail = |locale: &str, why| refused(&state, &headers, locale, paths::ADD, &back, why);
    let Some(actor) = account.actor else {
        return fail(&guess, Refused::SIGN_IN);
    };
    let (fields, file_field) = match read_form(&state, &headers, body).await {
        Ok(read) => read,
        Err(why) => return fail(&guess, why),
    };
    let fields = &fields;
    let locale = locale_of(&headers, Some(&fields.one("locale")));
    let network_id = match fields.one("network").as_str() {
        "" => None,
        id => match id.parse::<i32>() {
            Ok(id) => Some(id),
            Err(_) => return fail(&locale, Refused::from_store(Refusal::ChoiceUnknown)),
        },
    };
    let new = NewResource {
        kind: fields.one("kind"),
        audience: fields.one("audience"),
        licence: fields.one("licence"),
        author: fields.one("author"),
        visibility: fields.one("visibility"),
        network_id,
        topics: fields.list("topics"),
        sectors: fields.list("sectors"),
        countries: fields.list("countries"),
        draft: fields.one("draft") == "yes",
        version: version_of(fields),
    };
    let languages = crate::i18n::locales::codes();
    let countries = match state.member_countries().await {
        Ok(c) => c,
        Err(error) => return fail(&locale, store_refusal(error)),
    };
    // Everything but the file is checked before the file is stored.
    if let Err(refusal) = store::library::write::check(&new, &languages, &countries) {
        return fail(&locale, Refused::from_store(refusal));
    }
    let upload = match receive_file(&state, file_field, limit_for(&state, fields)).await {
        Ok(upload) => upload,
        Err(why) => return fail(&locale, why),
    };
    match store::library::write::add(
        &state.db,
        &actor,
        &new,
        upload.as_ref(),
        &languages,
        &countries,
    )
    .await
    {
        Ok(added) => done(
            &headers,
            &format!(
                "{}?done=resource-added",
                paths::resource(&locale, added.resource_id)
            ),
        ),
        Err(error) => {
            forget(&state, upload.as_ref()).await;
            fail(&locale, store_refusal(error))
        }
    }
}

/// `POST /api/library/resources/{id}/versions`: a version in another language.
pub async fn add_version(
    State(state): State<AppState>,
    Extension(account): Extension<RequestAccount>,
    Path(resource_id): Path<i32>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let guess = locale_of(&headers, None);
    let back = paths::resource(&guess, resource_id);
    let fail = |locale: &str, why| refused(&state, &headers, locale, paths::ADD_VERSION, &back, why);
    let Some(actor) = account.actor else {
        return fail(&guess, Refused::SIGN_IN);
    };
    let (fields, file_field) = match read_form(&state, &headers, body).await {
        Ok(read) => read,
        Err(why) => return fail(&guess, why),
    };
    let fields = &fields;
    let locale = locale_of(&headers, Some(&fields.one("locale")));
    let version = version_of(fields);
    let languages = crate::i18n::locales::codes();
    if let Err(refusal) = store::library::write::check_version(&version, &languages) {
        return fail(&locale, Refused::from_store(refusal));
    }
    let limit = match limit_of(&state, resource_id).await {
        Ok(limit) => limit,
        Err(why) => return fail(&locale, why),
    };
    let upload = match receive_file(&state, file_field, limit).await {
        Ok(upload) => upload,
        Err(why) => return fail(&locale, why),
    };
    match store::library::write::add_version(
        &state.db,
        &actor,
        resource_id,
        &version,
        upload.as_ref(),
        &languages,
    )
    .await
    {
        Ok(_) => done(
            &headers,
            &format!(
                "{}?lang={}&done=resource-version-added",
                paths::resource(&locale, resource_id),
                version.lang
            ),
        ),
        Err(error) => {
            forget(&state, upload.as_ref()).await;
            fail(&locale, store_refusal(error))
        }
    }
}

/// `POST /api/library/versions/{id}/files`: a new file for a language version.
pub async fn add_file(
    State(state): State<AppState>,
    Extension(account): Extension<RequestAccount>,
    Path(version_id): Path<i32>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let guess = locale_of(&headers, None);
    let resource_id = store::library::read::resource_of_version(&state.db, version_id)
        .await
        .ok()
        .flatten();
    let back = resource_id.map_or_else(|| paths::library(&guess), |id| paths::resource(&guess, id));
    let fail = |locale: &str, why| refused(&state, &headers, locale, paths::ADD_FILE, &back, why);
    let Some(actor) = account.actor else {
        return fail(&guess, Refused::SIGN_IN);
    };
    let Some(resource_id) = resource_id else {
        return fail(&guess, Refused::from_store(Refusal::Forbidden));
    };
    let (fields, file_field) = match read_form(&state, &headers, body).await {
        Ok(read) => read,
        Err(why) => return fail(&guess, why),
    };
    let fields = &fields;
    let locale = locale_of(&headers, Some(&fields.one("locale")));
    let limit = match limit_of(&state, resource_id).await {
        Ok(limit) => limit,
        Err(why) => return fail(&locale, why),
    };
    let upload = match receive_file(&state, file_field, limit).await {
        Ok(Some(upload)) => upload,
        Ok(None) => return fail(&locale, Refused::from_store(Refusal::FileMissing)),
        Err(why) => return fail(&locale, why),
    };
    match store::library::write::add_file(&state.db, &actor, version_id, &upload).await {
        Ok(_) => done(
            &headers,
            &format!(
                "{}?done=resource-file-added",
                paths::resource(&locale, resource_id)
            ),
        ),
        Err(error) => {
            forget(&state, Some(&upload)).await;
            fail(&locale, store_refusal(error))
        }
    }
}
