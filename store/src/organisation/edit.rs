//! Creating and changing organisations: the checks every record passes,
//! whether it comes from the edit form or from a row of a CSV import.

use std::collections::HashSet;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};

use crate::account::Actor;
use crate::entity::{
    country, organisation, organisation_language, organisation_sector, organisation_topic,
};
use crate::fold::{ascii_slug, fold};
use crate::permission::{check, Action};
use crate::refusal::Refusal;
use crate::search::{index_organisation, insert_terms, organisation_terms};
use crate::vocabulary::{parsed, Sector, Topic, ORGANISATION_TYPES, SECTORS, TOPICS};
use crate::{Db, StoreError};

/// The longest name or city, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 4000;

/// A field of an organisation's record; its key names the form field and the CSV column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Type,
    Country,
    City,
    Description,
    DescriptionLanguage,
    Website,
    Sectors,
    Topics,
    Languages,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Name,
        Field::Type,
        Field::Country,
        Field::City,
        Field::Description,
        Field::DescriptionLanguage,
        Field::Website,
        Field::Sectors,
        Field::Topics,
        Field::Languages,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Type => "type",
            Field::Country => "country",
            Field::City => "city",
            Field::Description => "description",
            Field::DescriptionLanguage => "description_language",
            Field::Website => "website",
            Field::Sectors => "sectors",
            Field::Topics => "topics",
            Field::Languages => "languages",
        }
    }

    /// Whether a record may leave it empty.
    pub fn optional(self) -> bool {
        matches!(
            self,
            Field::Website | Field::Sectors | Field::Topics | Field::Languages
        )
    }
}

/// What went wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub refusal: Refusal,
}

/// An organisation's record as a person or a file states it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationFields {
    pub name: String,
    /// A key of `OrganisationType`.
    pub organisation_type: String,
    pub country_code: String,
    pub city: String,
    pub description: String,
    /// The language the name and description are written in.
    pub description_lang: String,
    /// Empty, or an http(s) address.
    pub website: String,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    /// Languages the organisation works in.
    pub languages: Vec<String>,
}

/// The lists a record's choices must come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub countries: Vec<String>,
    /// The languages of the interface: an organisation works in and writes in these.
    pub languages: Vec<String>,
}

impl Known {
    /// The member countries from the database, with the caller's languages.
    pub async fn load(db: &impl ConnectionTrait, languages: &[&str]) -> Result<Self, StoreError> {
        let countries = country::Entity::find()
            .select_only()
            .column(country::Column::Code)
            .into_tuple::<String>()
            .all(db)
            .await?;
        Ok(Known {
            countries,
            languages: languages.iter().map(|l| l.to_string()).collect(),
        })
    }
}

fn required(text: &str, max: usize, missing: Refusal) -> Result<String, Refusal> {
    let text = text.trim();
    match text.chars().count() {
        0 => Err(missing),
        n if n > max => Err(Refusal::TextTooLong),
        _ => Ok(text.to_owned()),
    }
}

fn choice(value: &str, allowed: &[&str]) -> Result<String, Refusal> {
    let value = value.trim();
    allowed
        .iter()
        .find(|a| **a == value)
        .map(|a| a.to_string())
        .ok_or(Refusal::ChoiceUnknown)
}

fn choices(values: &[String], allowed: &[&str]) -> Result<Vec<String>, Refusal> {
    let mut out: Vec<String> = Vec::new();
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let value = choice(value, allowed)?;
        if !out.contains(&value) {
            out.push(value);
        }
    }
    out.sort();
    Ok(out)
}

/// An http(s) address without spaces, or nothing.
pub fn website(raw: &str) -> Result<String, Refusal> {
    let url = raw.trim();
    if url.is_empty() {
        return Ok(String::new());
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or(Refusal::WebsiteInvalid)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let valid = url.len() <= 500
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
    if valid {
        Ok(url.to_owned())
    } else {
        Err(Refusal::WebsiteInvalid)
    }
}

impl OrganisationFields {
    /// Trimmed, deduplicated and checked against the lists; every field's
    /// problem at once, in the order of [`Field::ALL`].
    pub fn checked(&self, known: &Known) -> Result<OrganisationFields, Vec<FieldError>> {
        let countries: Vec<&str> = known.countries.iter().map(String::as_str).collect();
        let languages: Vec<&str> = known.languages.iter().map(String::as_str).collect();
        let mut errors = Vec::new();
        let mut take = |field: Field, result: Result<String, Refusal>| match result {
            Ok(value) => value,
            Err(refusal) => {
                errors.push(FieldError { field, refusal });
                String::new()
            }
        };
        let name = take(
            Field::Name,
            required(&self.name, MAX_NAME_CHARS, Refusal::NameMissing),
        );
        let organisation_type = take(
            Field::Type,
            choice(&self.organisation_type, &ORGANISATION_TYPES),
        );
        let country_code = take(
            Field::Country,
            choice(&self.country_code.trim().to_uppercase(), &countries),
        );
        let city = take(
            Field::City,
            required(&self.city, MAX_NAME_CHARS, Refusal::TextMissing),
        );
        let description = take(
            Field::Description,
            required(
                &self.description,
                MAX_DESCRIPTION_CHARS,
                Refusal::TextMissing,
            ),
        );
        let description_lang = take(
            Field::DescriptionLanguage,
            choice(&self.description_lang, &languages),
        );
        let website = take(Field::Website, website(&self.website));
        let mut list = |field: Field, values: &[String], allowed: &[&str]| {
            choices(values, allowed).unwrap_or_else(|refusal| {
                errors.push(FieldError { field, refusal });
                Vec::new()
            })
        };
        let sectors = list(Field::Sectors, &self.sectors, &SECTORS);
        let topics = list(Field::Topics, &self.topics, &TOPICS);
        let languages = list(Field::Languages, &self.languages, &languages);
        if errors.is_empty() {
            Ok(OrganisationFields {
                name,
                organisation_type,
                country_code,
                city,
                description,
                description_lang,
                website,
                sectors,
                topics,
                languages,
            })
        } else {
            Err(errors)
        }
    }

    /// What tells two organisations apart: the same name in the same city
    /// and country is the same organisation, whatever the accents or case.
    pub fn identity(&self) -> (String, String, String) {
        (
            fold(self.name.trim()),
            fold(self.city.trim()),
            self.country_code.trim().to_uppercase(),
        )
    }
}

/// The organisation record's own fields, as a change to write (from fields
/// that passed [`OrganisationFields::checked`]).
fn columns(fields: &OrganisationFields) -> Result<organisation::ActiveModel, Refusal> {
    Ok(organisation::ActiveModel {
        name: Set(fields.name.clone()),
        organisation_type: Set(fields.organisation_type.parse()?),
        country_code: Set(fields.country_code.clone()),
        city: Set(fields.city.clone()),
        description: Set(fields.description.clone()),
        description_lang: Set(fields.description_lang.clone()),
        website: Set((!fields.website.is_empty()).then(|| fields.website.clone())),
        ..Default::default()
    })
}

/// Each organisation's id beside each value of one of its checked lists.
fn typed_pairs<T: std::str::FromStr<Err = Refusal>>(
    ids: &[i32],
    all: &[&OrganisationFields],
    list: fn(&OrganisationFields) -> &Vec<String>,
) -> Result<Vec<(i32, T)>, Refusal> {
    let mut out = Vec::new();
    for (id, fields) in ids.iter().zip(all) {
        out.extend(parsed::<T>(list(fields))?.into_iter().map(|v| (*id, v)));
    }
    Ok(out)
}

/// Replaces the sectors, topics and languages and the search index rows.
async fn write_lists(
    db: &impl ConnectionTrait,
    id: i32,
    fields: &OrganisationFields,
) -> Result<(), StoreError> {
    organisation_sector::Entity::delete_many()
        .filter(organisation_sector::Column::OrganisationId.eq(id))
        .exec(db)
        .await?;
    organisation_topic::Entity::delete_many()
        .filter(organisation_topic::Column::OrganisationId.eq(id))
        .exec(db)
        .await?;
    organisation_language::Entity::delete_many()
        .filter(organisation_language::Column::OrganisationId.eq(id))
        .exec(db)
        .await?;
    let sectors = parsed::<Sector>(&fields.sectors)?;
    let topics = parsed::<Topic>(&fields.topics)?;
    if !sectors.is_empty() {
        organisation_sector::Entity::insert_many(sectors.into_iter().map(|sector| {
            organisation_sector::ActiveModel {
                organisation_id: Set(id),
                sector: Set(sector),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    if !topics.is_empty() {
        organisation_topic::Entity::insert_many(topics.into_iter().map(|topic| {
            organisation_topic::ActiveModel {
                organisation_id: Set(id),
                topic: Set(topic),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    if !fields.languages.is_empty() {
        organisation_language::Entity::insert_many(fields.languages.iter().map(|l| {
            organisation_language::ActiveModel {
                organisation_id: Set(id),
                language: Set(l.clone()),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    index_organisation(db, id, &fields.name, &fields.city, &fields.description).await
}

/// The fields of an existing organisation, as its edit form starts from them.
pub async fn fields_of(db: &Db, id: i32) -> Result<Option<OrganisationFields>, StoreError> {
    Ok(fields_of_many(db, &[id]).await?.pop())
}

/// The fields of these organisations, in the order of `ids` (unknown ids are skipped).
pub async fn fields_of_many(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<Vec<OrganisationFields>, StoreError> {
    let records = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?;
    let mut by_id: std::collections::HashMap<i32, OrganisationFields> = records
        .into_iter()
        .map(|o| {
            (
                o.id,
                OrganisationFields {
                    name: o.name,
                    organisation_type: o.organisation_type.key().to_owned(),
                    country_code: o.country_code,
                    city: o.city,
                    description: o.description,
                    description_lang: o.description_lang,
                    website: o.website.unwrap_or_default(),
                    ..Default::default()
                },
            )
        })
        .collect();
    for s in organisation_sector::Entity::find()
        .filter(organisation_sector::Column::OrganisationId.is_in(ids.to_vec()))
        .all(db)
        .await?
    {
        if let Some(f) = by_id.get_mut(&s.organisation_id) {
            f.sectors.push(s.sector.key().to_owned());
        }
    }
    for t in organisation_topic::Entity::find()
        .filter(organisation_topic::Column::OrganisationId.is_in(ids.to_vec()))
        .all(db)
        .await?
    {
        if let Some(f) = by_id.get_mut(&t.organisation_id) {
            f.topics.push(t.topic.key().to_owned());
        }
    }
    for l in organisation_language::Entity::find()
        .filter(organisation_language::Column::OrganisationId.is_in(ids.to_vec()))
        .all(db)
        .await?
    {
        if let Some(f) = by_id.get_mut(&l.organisation_id) {
            f.languages.push(l.language);
        }
    }
    Ok(ids
        .iter()
        .filter_map(|id| by_id.remove(id))
        .map(|mut f| {
            f.sectors.sort();
            f.topics.sort();
            f.languages.sort();
            f
        })
        .collect())
}

/// Changes an organisation's record; its slug (and so its address) stays.
/// The first problem found is the refusal; nothing is changed then.
pub async fn update(
    db: &Db,
    actor: Option<&Actor>,
    id: i32,
    fields: &OrganisationFields,
    known: &Known,
) -> Result<(), StoreError> {
    check(
        actor,
        Action::EditOrganisation {
            organisation_id: id,
        },
    )?;
    let fields = fields
        .checked(known)
        .map_err(|errors| StoreError::Refused(errors[0].refusal))?;
    let txn = crate::sql::begin_write(db).await?;
    if organisation::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .is_none()
    {
        return Err(Refusal::Forbidden.into());
    }
    let mut change = columns(&fields)?;
    change.id = Set(id);
    change.update(&txn).await?;
    write_lists(&txn, id, &fields).await?;
    txn.commit().await?;
    Ok(())
}

/// The slugs in use, so a batch of new organisations gets distinct ones
/// without asking the database for each.
#[derive(Debug, Default)]
struct Slugs {
    taken: HashSet<String>,
}

impl Slugs {
    async fn load(db: &impl ConnectionTrait) -> Result<Self, StoreError> {
        let taken = organisation::Entity::find()
            .select_only()
            .column(organisation::Column::Slug)
            .into_tuple::<String>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        Ok(Self { taken })
    }

    /// A slug made of the name (or the country code, for a name without
    /// Latin letters) that no organisation has yet.
    fn free(&mut self, fields: &OrganisationFields) -> String {
        let base = ascii_slug(&fields.name)
            .map(|s| s.chars().take(100).collect::<String>())
            .unwrap_or_else(|| fields.country_code.to_lowercase());
        let mut n = 1;
        loop {
            let slug = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            if self.taken.insert(slug.clone()) {
                return slug;
            }
            n += 1;
        }
    }
}

/// Rows per multi-row INSERT: well under SQLite's limit of bound parameters.
const ROWS_PER_INSERT: usize = 300;

/// Inserts organisations whose fields were [checked](OrganisationFields::checked);
/// returns their ids in order. One statement per organisation, then their
/// sectors, topics, languages and search terms a few hundred rows at a time.
/// The caller holds the transaction and the permission.
pub(crate) async fn insert_all(
    db: &impl ConnectionTrait,
    all: &[&OrganisationFields],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<i32>, StoreError> {
    let mut slugs = Slugs::load(db).await?;
    let mut ids = Vec::with_capacity(all.len());
    for fields in all {
        let mut record = columns(fields)?;
        record.slug = Set(slugs.free(fields));
        record.created_at = Set(now);
        ids.push(
            organisation::Entity::insert(record)
                .exec(db)
                .await?
                .last_insert_id,
        );
    }
    let pairs = |list: fn(&OrganisationFields) -> &Vec<String>| -> Vec<(i32, String)> {
        ids.iter()
            .zip(all)
            .flat_map(|(id, f)| list(f).iter().map(move |v| (*id, v.clone())))
            .collect()
    };
    let sectors: Vec<(i32, Sector)> = typed_pairs(&ids, all, |f| &f.sectors)?;
    let topics: Vec<(i32, Topic)> = typed_pairs(&ids, all, |f| &f.topics)?;
    for chunk in sectors.chunks(ROWS_PER_INSERT) {
        organisation_sector::Entity::insert_many(chunk.iter().map(|(id, v)| {
            organisation_sector::ActiveModel {
                organisation_id: Set(*id),
                sector: Set(*v),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    for chunk in topics.chunks(ROWS_PER_INSERT) {
        organisation_topic::Entity::insert_many(chunk.iter().map(|(id, v)| {
            organisation_topic::ActiveModel {
                organisation_id: Set(*id),
                topic: Set(*v),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    for chunk in pairs(|f| &f.languages).chunks(ROWS_PER_INSERT) {
        organisation_language::Entity::insert_many(chunk.iter().map(|(id, v)| {
            organisation_language::ActiveModel {
                organisation_id: Set(*id),
                language: Set(v.clone()),
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    let terms: Vec<(String, i32, i16)> = ids
        .iter()
        .zip(all)
        .flat_map(|(id, f)| {
            organisation_terms(&f.name, &f.city, &f.description)
                .into_iter()
                .map(move |(term, weight)| (term, *id, weight))
        })
        .collect();
    insert_terms(db, &terms).await?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known {
        Known {
            countries: vec!["PL".into(), "DE".into()],
            languages: vec!["pl".into(), "de".into(), "en".into()],
        }
    }

    fn fields() -> OrganisationFields {
        OrganisationFields {
            name: "  Technikum Łódź ".into(),
            organisation_type: "vet-school".into(),
            country_code: "pl".into(),
            city: "Łódź".into(),
            description: "Szkoła".into(),
            description_lang: "pl".into(),
            website: "https://technikum.example/o-nas".into(),
            sectors: vec!["ict".into(), "ict".into(), "".into()],
            topics: vec![],
            languages: vec!["pl".into()],
        }
    }

    #[test]
    fn a_good_record_comes_back_trimmed_and_deduplicated() {
        let checked = fields().checked(&known()).unwrap();
        assert_eq!(checked.name, "Technikum Łódź");
        assert_eq!(checked.country_code, "PL");
        assert_eq!(checked.sectors, vec!["ict".to_string()]);
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = OrganisationFields {
            name: " ".into(),
            organisation_type: "castle".into(),
            country_code: "XX".into(),
            city: "".into(),
            description: "x".repeat(MAX_DESCRIPTION_CHARS + 1),
            description_lang: "tlh".into(),
            website: "javascript:alert(1)".into(),
            sectors: vec!["alchemy".into()],
            topics: vec!["eu-funding".into()],
            languages: vec!["pl".into()],
        };
        let errors = bad.checked(&known()).unwrap_err();
        let named: Vec<(Field, Refusal)> = errors.iter().map(|e| (e.field, e.refusal)).collect();
        assert_eq!(
            named,
            vec![
                (Field::Name, Refusal::NameMissing),
                (Field::Type, Refusal::ChoiceUnknown),
                (Field::Country, Refusal::ChoiceUnknown),
                (Field::City, Refusal::TextMissing),
                (Field::Description, Refusal::TextTooLong),
                (Field::DescriptionLanguage, Refusal::ChoiceUnknown),
                (Field::Website, Refusal::WebsiteInvalid),
                (Field::Sectors, Refusal::ChoiceUnknown),
            ]
        );
    }

    #[test]
    fn websites_are_http_addresses_with_a_host() {
        assert_eq!(website(""), Ok(String::new()));
        assert!(website("http://a.example").is_ok());
        for bad in [
            "a.example",
            "https://",
            "https://localhost",
            "ftp://a.example",
            "https://a.example/ x",
            "https://a.example/\"onload",
        ] {
            assert_eq!(website(bad), Err(Refusal::WebsiteInvalid), "{bad}");
        }
    }
}
