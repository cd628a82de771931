//! What the library's loaders and forms share (server only): the viewer's
//! sight, the query a filter makes, and the store's rows as the pages' views.

use store::account::Actor;
use store::library::read::{Card, File, LibraryQuery, Order, Resource, Version};
use store::sight::Sight;

use super::model::{
    AttachedView, CardView, FileView, LibraryFilter, ResourceView, UploadLimits, UsedInView,
    VersionView,
};
use crate::account::FormError;
pub use crate::account::session::actor;
pub use crate::state::{app_state, AppState};

pub async fn sight_of(state: &AppState, actor: Option<&Actor>) -> Result<Sight, FormError> {
    Ok(store::library::sight(&state.db, actor).await?)
}

pub async fn member_countries(state: &AppState) -> Result<Vec<String>, FormError> {
    Ok(state.member_countries().await?)
}

/// The store's query for a filter from the URL: unknown values are ignored.
pub fn library_query(filter: &LibraryFilter, countries: &[String], locale: &str) -> LibraryQuery {
    use store::vocabulary::{Licence, ResourceKind, Sector, Topic};
    let key = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
    LibraryQuery {
        text: filter.q.clone().unwrap_or_default().chars().take(200).collect(),
        kind: filter.kind.as_deref().and_then(ResourceKind::parse),
        topic: filter.topic.as_deref().and_then(Topic::parse),
        sector: filter.sector.as_deref().and_then(Sector::parse),
        lang: key(&filter.lang).filter(|l| crate::i18n::locales::is_supported(l)),
        country: key(&filter.country).filter(|c| countries.contains(c)),
        licence: filter.licence.as_deref().and_then(Licence::parse),
        order: filter
            .sort
            .as_deref()
            .and_then(Order::from_key)
            .unwrap_or_default(),
        page: filter.page.unwrap_or(1).clamp(1, 10_000) - 1,
        per_page: super::api::RESOURCES_PER_PAGE,
        reader_lang: locale.to_owned(),
    }
}

/// A day as pages show it, and as `<time datetime>` holds it.
pub fn day(at: chrono::DateTime<chrono::Utc>) -> (String, String) {
    (
        at.format("%Y-%m-%d").to_string(),
        at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

pub fn card_view(card: Card) -> CardView {
    let (updated, updated_iso) = day(card.updated_at);
    CardView {
        id: card.id,
        kind: card.kind,
        licence: card.licence,
        status: card.status,
        title: card.title,
        lang: card.lang,
        languages: card.languages,
        organisation_name: card.organisation_name,
        updated,
        updated_iso,
    }
}

fn file_view(file: File) -> FileView {
    let (uploaded, uploaded_iso) = day(file.created_at);
    FileView {
        href: super::paths::file(file.id, &file.file_name),
        id: file.id,
        file_name: file.file_name,
        size: file.size,
        media_type: file.media_type,
        pages: file.pages,
        meta_title: file.meta_title,
        meta_author: file.meta_author,
        uploaded,
        uploaded_iso,
    }
}

fn version_view(version: Version) -> VersionView {
    VersionView {
        id: version.id,
        lang: version.lang,
        title: version.title,
        summary_html: version.summary_html,
        original: version.original,
        link: version.link,
        files: version.files.into_iter().map(file_view).collect(),
    }
}

/// The resource with the version in the reader's language shown (else the
/// original), the others after it.
pub fn resource_view(resource: Resource, locale: &str, limits: UploadLimits) -> ResourceView {
    let mut versions = resource.versions;
    let shown_at = versions
        .iter()
        .position(|v| v.lang == locale)
        .or_else(|| versions.iter().position(|v| v.original))
        .unwrap_or(0);
    let in_reader_language = versions.get(shown_at).is_some_and(|v| v.lang == locale);
    let missing_languages = crate::i18n::locales::codes()
        .into_iter()
        .filter(|code| !versions.iter().any(|v| v.lang == *code))
        .map(str::to_owned)
        .collect();
    let shown = version_view(versions.remove(shown_at.min(versions.len().saturating_sub(1))));
    let (updated, updated_iso) = day(resource.updated_at);
    ResourceView {
        id: resource.id,
        kind: resource.kind,
        audience: resource.audience,
        licence: resource.licence,
        author: resource.author,
        visibility: resource.visibility,
        status: resource.status,
        hidden_reason: resource.hidden_reason,
        owner_name: resource.owner_name,
        owner_id: resource.owner_id,
        organisation: resource.organisation,
        network: resource.network,
        topics: resource.topics,
        sectors: resource.sectors,
        countries: resource.countries,
        shown,
        in_reader_language,
        others: versions.into_iter().map(version_view).collect(),
        editable: resource.editable,
        reviewable: resource.reviewable,
        signed_in: false,
        own: false,
        used_in: UsedInView::default(),
        collections: Vec::new(),
        missing_languages,
        limits,
        updated,
        updated_iso,
    }
}

pub fn used_in_view(used: store::library::attach::UsedIn) -> UsedInView {
    UsedInView {
        collections: used.collections,
        posts: used
            .posts
            .into_iter()
            .map(|(_, post, title, lang)| (post, title, lang))
            .collect(),
        activities: used.activities,
    }
}

pub fn attached_view(a: store::library::attach::Attached) -> AttachedView {
    AttachedView {
        resource_id: a.resource_id,
        kind: a.kind,
        title: a.title,
        lang: a.lang,
    }
}

/// The resources the viewer may read attached to each host, in their language.
pub async fn attached_to(
    state: &AppState,
    sight: &Sight,
    hosts: &[store::library::attach::Host],
    locale: &str,
) -> Result<std::collections::HashMap<store::library::attach::Host, Vec<AttachedView>>, FormError> {
    Ok(
        store::library::attach::attached(&state.db, sight, hosts, locale)
            .await?
            .into_iter()
            .map(|(host, list)| (host, list.into_iter().map(attached_view).collect()))
            .collect(),
    )
}
