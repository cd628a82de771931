//! Importing organisations from a CSV file: the upload (a plain multipart
//! form), the preview, and applying it.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

use super::edit_model::{Editable, ImportPreview};
use crate::account::FormError;

use crate::account::api_support::*;

/// The preview of one of the viewer's imports.
#[server(endpoint = "directory/import", input = GetUrl)]
pub async fn load_import(id: i32) -> Result<Editable<ImportPreview>, FormError> {
    use super::edit_model::{ReadyLine, RowProblem};
    use crate::account::session::refusal_message;
    let state = app_state()?;
    let Some(actor) = actor() else {
        return Ok(Editable::SignInFirst);
    };
    let known = super::model::FilterOptions::load(&state).await?.known();
    let preview = match store::transfer::import::preview(&state.db, Some(&actor), id, &known).await
    {
        Ok(Some(p)) => p,
        Ok(None) => return Ok(Editable::Missing),
        Err(store::StoreError::Refused(_)) => return Ok(Editable::NotAllowed),
        Err(other) => return Err(other.into()),
    };
    Ok(Editable::Allowed(ImportPreview {
        id: preview.id,
        file_name: preview.file_name,
        network_slug: preview.network_slug,
        network_name: preview.network_name,
        applied: preview.applied.map(|(_, rows)| rows),
        ready_count: preview.ready_count as u64,
        ready: preview
            .ready
            .into_iter()
            .map(|r| {
                Ok(ReadyLine {
                    line: r.line,
                    name: r.fields.name,
                    organisation_type: r.fields.organisation_type.parse()?,
                    country_code: r.fields.country_code,
                    city: r.fields.city,
                    level: r.level,
                })
            })
            .collect::<Result<_, store::refusal::Refusal>>()
            .map_err(store::StoreError::from)?,
        problems: preview
            .errors
            .into_iter()
            .map(|e| RowProblem {
                line: e.line,
                column: e.column.map(str::to_owned),
                message: refusal_message(e.refusal).to_owned(),
                value: e.value,
            })
            .collect(),
    }))
}

/// Reads the upload form: `locale`, `network` and the file.
async fn read_upload(data: MultipartData) -> Result<(String, String, String, Vec<u8>), FormError> {
    use store::transfer::import::MAX_IMPORT_BYTES;
    let mut data = data.into_inner().ok_or(FormError::Internal)?;
    let (mut locale, mut network, mut file_name, mut bytes) =
        (String::new(), String::new(), String::new(), Vec::new());
    while let Ok(Some(mut field)) = data.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            file_name = field.file_name().unwrap_or_default().to_owned();
            while let Ok(Some(chunk)) = field.chunk().await {
                if bytes.len() + chunk.len() > MAX_IMPORT_BYTES {
                    return Err(refused("error-import-too-large"));
                }
                bytes.extend_from_slice(&chunk);
            }
        } else {
            let text = field.text().await.unwrap_or_default();
            let text: String = text.chars().take(200).collect();
            match name.as_str() {
                "locale" => locale = text,
                "network" => network = text,
                _ => {}
            }
        }
    }
    Ok((locale, network, file_name, bytes))
}

#[server(endpoint = "directory/import/upload", input = MultipartFormData)]
pub async fn upload_import(data: MultipartData) -> Result<(), FormError> {
    let state = app_state()?;
    let actor = require_actor()?;
    let (locale, network, file_name, bytes) = read_upload(data).await?;
    let locale = locale_of(&locale);
    let network_id = network_id(&state, &network)
        .await?
        .ok_or_else(|| refused("error-choice-unknown"))?;
    let content = String::from_utf8(bytes).map_err(|_| refused("error-import-unreadable"))?;
    let known = super::model::FilterOptions::load(&state).await?.known();
    let id = store::transfer::import::upload(
        &state.db,
        Some(&actor),
        network_id,
        &file_name,
        &content,
        &known,
    )
    .await?;
    go(format!("/{locale}/directory/import/{id}"));
    Ok(())
}

#[server(endpoint = "directory/import/apply")]
pub async fn apply_import(locale: String, id: i32) -> Result<(), FormError> {
    let state = app_state()?;
    let locale = locale_of(&locale);
    let actor = require_actor()?;
    let known = super::model::FilterOptions::load(&state).await?.known();
    store::transfer::import::apply(&state.db, Some(&actor), id, &known).await?;
    go(format!(
        "/{locale}/directory/import/{id}?done=import-applied"
    ));
    Ok(())
}
