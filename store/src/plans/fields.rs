//! The fields a facilitator changes, one at a time: which there are (one
//! list per entity, with the key forms, addresses and the revision log name
//! each by, and its message), how a value is written down (the same text in
//! a form, the database and the revision log), and how the current value is
//! read and a new one stored.

use chrono::NaiveDate;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait};
use sea_orm::{QueryFilter, QueryOrder, QuerySelect, UpdateResult};

use super::{Entity, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::entity::{
    activity, activity_aspiration, activity_contributor, aspiration, indicator, member,
    organisation, strategy,
};
use crate::refusal::Refusal;
use crate::vocabulary::ActivityStatus;
use crate::StoreError;

/// How a field's value is written down and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// One line, 1 to `MAX_TITLE_CHARS` characters.
    Title,
    /// Free text, possibly empty.
    Text,
    /// `YYYY-YYYY`, the end not before the start.
    Period,
    /// An `ActivityStatus` key.
    Status,
    /// A whole number from 0 to 100.
    Percent,
    /// A whole number from 0 up.
    Count,
    /// `YYYY-MM-DD`, or empty.
    Day,
    /// An `Owner` key.
    Owner,
    /// Aspiration ids, ascending, comma-separated; at least one.
    Aspirations,
    /// Organisation ids, ascending, comma-separated.
    Organisations,
}

/// Declares the fields of one entity: an enum whose values come in the
/// order its form shows them, each with its key, its message and its kind.
macro_rules! fields {
    (
        $(#[$meta:meta])*
        $name:ident of $entity:ident, messages $prefix:literal {
            $($variant:ident = $key:literal as $kind:ident,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            /// Every field, in the order its form shows them.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// What forms, addresses and the revision log call it.
            pub const fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The Fluent message that names it.
            pub const fn message_id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, $key),)+
                }
            }

            const fn kind(self) -> Kind {
                match self {
                    $($name::$variant => Kind::$kind,)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = Refusal;

            /// A key from a form or the revision log: anything else is `ChoiceUnknown`.
            fn from_str(key: &str) -> Result<Self, Refusal> {
                match key {
                    $($key => Ok($name::$variant),)+
                    _ => Err(Refusal::ChoiceUnknown),
                }
            }
        }

        impl From<$name> for Field {
            fn from(field: $name) -> Self {
                Field::$entity(field)
            }
        }
    };
}

fields! {
    /// A strategy's own fields.
    StrategyField of Strategy, messages "strategy-field-" {
        Title = "title" as Title,
        Period = "period" as Period,
        Vision = "vision" as Text,
        Mission = "mission" as Text,
    }
}

fields! {
    /// An aspiration's fields.
    AspirationField of Aspiration, messages "aspiration-field-" {
        Title = "title" as Title,
        Description = "description" as Text,
    }
}

fields! {
    /// An activity's fields.
    ActivityField of Activity, messages "activity-field-" {
        Title = "title" as Title,
        Description = "description" as Text,
        Aspirations = "aspirations" as Aspirations,
        Owner = "owner" as Owner,
        Contributors = "contributors" as Organisations,
        StartOn = "start_on" as Day,
        DueOn = "due_on" as Day,
        Status = "status" as Status,
        Progress = "progress" as Percent,
    }
}

fields! {
    /// An indicator's fields.
    IndicatorField of Indicator, messages "indicator-field-" {
        Name = "name" as Title,
        Target = "target" as Count,
        Actual = "actual" as Count,
    }
}

impl ActivityField {
    /// The message that tells the followers of the activity (and of the
    /// aspirations it serves) of a change to it; `None` for a field whose
    /// changes they are not told.
    pub const fn notice_id(self) -> Option<&'static str> {
        match self {
            ActivityField::Status => Some("plan-notification-status"),
            ActivityField::Owner => Some("plan-notification-owner"),
            ActivityField::StartOn => Some("plan-notification-start_on"),
            ActivityField::DueOn => Some("plan-notification-due_on"),
            _ => None,
        }
    }

    /// Whether a change to it is told to the followers.
    pub const fn followed(self) -> bool {
        self.notice_id().is_some()
    }
}

/// A field that can be changed, with the entity it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Strategy(StrategyField),
    Aspiration(AspirationField),
    Activity(ActivityField),
    Indicator(IndicatorField),
}

impl Field {
    /// The field of `entity` that `key` names; any other is `ChoiceUnknown`.
    pub fn parse(entity: Entity, key: &str) -> Result<Self, Refusal> {
        Ok(match entity {
            Entity::Strategy => Field::Strategy(key.parse()?),
            Entity::Aspiration => Field::Aspiration(key.parse()?),
            Entity::Activity => Field::Activity(key.parse()?),
            Entity::Indicator => Field::Indicator(key.parse()?),
        })
    }

    /// What it is a field of.
    pub const fn entity(self) -> Entity {
        match self {
            Field::Strategy(_) => Entity::Strategy,
            Field::Aspiration(_) => Entity::Aspiration,
            Field::Activity(_) => Entity::Activity,
            Field::Indicator(_) => Entity::Indicator,
        }
    }

    /// What forms, addresses and the revision log call it.
    pub const fn key(self) -> &'static str {
        match self {
            Field::Strategy(f) => f.key(),
            Field::Aspiration(f) => f.key(),
            Field::Activity(f) => f.key(),
            Field::Indicator(f) => f.key(),
        }
    }

    /// The Fluent message that names it.
    pub const fn message_id(self) -> &'static str {
        match self {
            Field::Strategy(f) => f.message_id(),
            Field::Aspiration(f) => f.message_id(),
            Field::Activity(f) => f.message_id(),
            Field::Indicator(f) => f.message_id(),
        }
    }

    const fn kind(self) -> Kind {
        match self {
            Field::Strategy(f) => f.kind(),
            Field::Aspiration(f) => f.kind(),
            Field::Activity(f) => f.kind(),
            Field::Indicator(f) => f.kind(),
        }
    }

    /// Whether it holds free (multi-line) text rather than a choice: the
    /// fields whose conflicting versions can be merged.
    pub fn is_text(self) -> bool {
        self.kind() == Kind::Text
    }
}

/// Who owns an activity, as its form names them: `member:ID`,
/// `organisation:ID`, or empty for nobody.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Owner {
    Nobody,
    Member(i32),
    Organisation(i32),
}

impl Owner {
    /// The owner a key names; anything else is `ChoiceUnknown`.
    fn parse(key: &str) -> Result<Self, Refusal> {
        if key.is_empty() {
            return Ok(Owner::Nobody);
        }
        let id = |raw: &str| {
            raw.trim()
                .parse::<i32>()
                .map_err(|_| Refusal::ChoiceUnknown)
        };
        match key.split_once(':') {
            Some(("member", raw)) => Ok(Owner::Member(id(raw)?)),
            Some(("organisation", raw)) => Ok(Owner::Organisation(id(raw)?)),
            _ => Err(Refusal::ChoiceUnknown),
        }
    }

    /// The owner of an activity (the member when both are set).
    fn of(a: &activity::Model) -> Self {
        match (a.owner_member_id, a.owner_organisation_id) {
            (Some(m), _) => Owner::Member(m),
            (None, Some(o)) => Owner::Organisation(o),
            (None, None) => Owner::Nobody,
        }
    }

    /// How forms name it.
    pub(crate) fn key(self) -> String {
        match self {
            Owner::Nobody => String::new(),
            Owner::Member(id) => format!("member:{id}"),
            Owner::Organisation(id) => format!("organisation:{id}"),
        }
    }
}

/// Newlines as `\n` (forms send `\r\n`) and no surrounding blanks.
fn tidy(raw: &str) -> String {
    raw.replace("\r\n", "\n").trim().to_owned()
}

fn ids(raw: &str) -> Result<Vec<i32>, Refusal> {
    let mut ids = raw
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<i32>().map_err(|_| Refusal::ChoiceUnknown))
        .collect::<Result<Vec<_>, _>>()?;
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

fn join(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

fn number(raw: &str, max: i64) -> Result<String, Refusal> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => Ok(n.to_string()),
        _ => Err(Refusal::NumberInvalid),
    }
}

/// The first and last year of a period as it is stored (`YYYY-YYYY`).
fn years(period: &str) -> Result<(i32, i32), Refusal> {
    let (start, end) = period.split_once('-').ok_or(Refusal::NumberInvalid)?;
    let year = |s: &str| s.parse::<i32>().map_err(|_| Refusal::NumberInvalid);
    Ok((year(start)?, year(end)?))
}

/// The value as it is stored, or why it cannot be: checks that need no database.
pub fn canonical(field: Field, raw: &str) -> Result<String, Refusal> {
    let text = tidy(raw);
    match field.kind() {
        Kind::Title => {
            let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
            match line.chars().count() {
                0 => Err(Refusal::TextMissing),
                n if n > MAX_TITLE_CHARS => Err(Refusal::TextTooLong),
                _ => Ok(line),
            }
        }
        Kind::Text if text.chars().count() > MAX_TEXT_CHARS => Err(Refusal::TextTooLong),
        Kind::Text => Ok(text),
        Kind::Period => {
            let (start, end) = text.split_once('-').ok_or(Refusal::NumberInvalid)?;
            let year = |s: &str| match s.trim().parse::<i32>() {
                Ok(y) if (2000..=2100).contains(&y) => Ok(y),
                _ => Err(Refusal::NumberInvalid),
            };
            let (start, end) = (year(start)?, year(end)?);
            if end < start {
                return Err(Refusal::DatesReversed);
            }
            Ok(format!("{start}-{end}"))
        }
        Kind::Status => Ok(text.parse::<ActivityStatus>()?.key().to_owned()),
        Kind::Percent => number(&text, 100),
        Kind::Count => number(&text, 1_000_000_000),
        Kind::Day if text.is_empty() => Ok(text),
        Kind::Day => NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(|d| d.format("%Y-%m-%d").to_string())
            .map_err(|_| Refusal::DateInvalid),
        Kind::Owner => Owner::parse(&text).map(Owner::key),
        Kind::Aspirations => {
            let ids = ids(&text)?;
            if ids.is_empty() {
                return Err(Refusal::AspirationMissing);
            }
            Ok(join(&ids))
        }
        Kind::Organisations => Ok(join(&ids(&text)?)),
    }
}

/// The value written down as the form would send it back: what a writer
/// "started from". Values that cannot be read are compared as they are.
pub fn base(field: Field, raw: &str) -> String {
    canonical(field, raw).unwrap_or_else(|_| tidy(raw))
}

/// The value of one of an activity's own columns; `None` for the lists it
/// links to (its aspirations and contributors).
fn activity_value(field: ActivityField, a: &activity::Model) -> Option<String> {
    Some(match field {
        ActivityField::Title => a.title.clone(),
        ActivityField::Description => a.description.clone(),
        ActivityField::Owner => Owner::of(a).key(),
        ActivityField::StartOn => a.start_on.clone().unwrap_or_default(),
        ActivityField::DueOn => a.due_on.clone().unwrap_or_default(),
        ActivityField::Status => a.status.key().to_owned(),
        ActivityField::Progress => a.progress.to_string(),
        ActivityField::Aspirations | ActivityField::Contributors => return None,
    })
}

/// The ids an activity links to (its aspirations or its contributors), ascending.
async fn linked(
    db: &impl ConnectionTrait,
    field: ActivityField,
    activity_id: i32,
) -> Result<Vec<i32>, StoreError> {
    Ok(if field == ActivityField::Aspirations {
        activity_aspiration::Entity::find()
            .select_only()
            .column(activity_aspiration::Column::AspirationId)
            .filter(activity_aspiration::Column::ActivityId.eq(activity_id))
            .order_by_asc(activity_aspiration::Column::AspirationId)
            .into_tuple()
            .all(db)
            .await?
    } else {
        activity_contributor::Entity::find()
            .select_only()
            .column(activity_contributor::Column::OrganisationId)
            .filter(activity_contributor::Column::ActivityId.eq(activity_id))
            .order_by_asc(activity_contributor::Column::OrganisationId)
            .into_tuple()
            .all(db)
            .await?
    })
}

/// The field's current value, or `None` when the entity does not exist.
pub async fn current(
    db: &impl ConnectionTrait,
    field: Field,
    id: i32,
) -> Result<Option<String>, StoreError> {
    Ok(match field {
        Field::Strategy(f) => strategy::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|s| match f {
                StrategyField::Title => s.title,
                StrategyField::Period => format!("{}-{}", s.period_start, s.period_end),
                StrategyField::Vision => s.vision,
                StrategyField::Mission => s.mission,
            }),
        Field::Aspiration(f) => {
            aspiration::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|a| match f {
                    AspirationField::Title => a.title,
                    AspirationField::Description => a.description,
                })
        }
        Field::Activity(f) => {
            let Some(a) = activity::Entity::find_by_id(id).one(db).await? else {
                return Ok(None);
            };
            match activity_value(f, &a) {
                Some(value) => Some(value),
                None => Some(join(&linked(db, f, id).await?)),
            }
        }
        Field::Indicator(f) => indicator::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|i| match f {
                IndicatorField::Name => i.name,
                IndicatorField::Target => i.target.to_string(),
                IndicatorField::Actual => i.actual.to_string(),
            }),
    })
}

/// Replaces the aspirations or the contributors of an activity, after
/// checking that each is one of the strategy's aspirations or an organisation.
async fn store_links(
    db: &impl ConnectionTrait,
    strategy_id: i32,
    field: ActivityField,
    activity_id: i32,
    value: &str,
) -> Result<(), StoreError> {
    let wanted = ids(value)?;
    if !wanted.is_empty() {
        let found = if field == ActivityField::Aspirations {
            aspiration::Entity::find()
                .select_only()
                .column(aspiration::Column::Id)
                .filter(aspiration::Column::StrategyId.eq(strategy_id))
                .filter(aspiration::Column::Id.is_in(wanted.iter().copied()))
                .count(db)
                .await?
        } else {
            organisation::Entity::find()
                .select_only()
                .column(organisation::Column::Id)
                .filter(organisation::Column::Id.is_in(wanted.iter().copied()))
                .count(db)
                .await?
        };
        if found != wanted.len() as u64 {
            return Err(Refusal::ChoiceUnknown.into());
        }
    }
    if field == ActivityField::Aspirations {
        activity_aspiration::Entity::delete_many()
            .filter(activity_aspiration::Column::ActivityId.eq(activity_id))
            .exec(db)
            .await?;
        if !wanted.is_empty() {
            activity_aspiration::Entity::insert_many(wanted.into_iter().map(|aspiration_id| {
                activity_aspiration::ActiveModel {
                    activity_id: Set(activity_id),
                    aspiration_id: Set(aspiration_id),
                }
            }))
            .exec_without_returning(db)
            .await?;
        }
    } else {
        activity_contributor::Entity::delete_many()
            .filter(activity_contributor::Column::ActivityId.eq(activity_id))
            .exec(db)
            .await?;
        if !wanted.is_empty() {
            activity_contributor::Entity::insert_many(wanted.into_iter().map(|organisation_id| {
                activity_contributor::ActiveModel {
                    activity_id: Set(activity_id),
                    organisation_id: Set(organisation_id),
                }
            }))
            .exec_without_returning(db)
            .await?;
        }
    }
    Ok(())
}

/// The activity's columns that hold a canonical value of one of its own
/// fields, after checking that an owner exists.
async fn activity_columns(
    db: &impl ConnectionTrait,
    field: ActivityField,
    value: &str,
) -> Result<activity::ActiveModel, StoreError> {
    let day = || (!value.is_empty()).then(|| value.to_owned());
    let mut row = activity::ActiveModel::default();
    match field {
        ActivityField::Title => row.title = Set(value.to_owned()),
        ActivityField::Description => row.description = Set(value.to_owned()),
        ActivityField::StartOn => row.start_on = Set(day()),
        ActivityField::DueOn => row.due_on = Set(day()),
        ActivityField::Status => row.status = Set(value.parse()?),
        ActivityField::Progress => {
            row.progress = Set(value.parse().map_err(|_| Refusal::NumberInvalid)?)
        }
        ActivityField::Owner => {
            let owner = Owner::parse(value)?;
            let found: Option<i32> = match owner {
                Owner::Nobody => None,
                Owner::Member(id) => {
                    member::Entity::find_by_id(id)
                        .select_only()
                        .column(member::Column::Id)
                        .into_tuple()
                        .one(db)
                        .await?
                }
                Owner::Organisation(id) => {
                    organisation::Entity::find_by_id(id)
                        .select_only()
                        .column(organisation::Column::Id)
                        .into_tuple()
                        .one(db)
                        .await?
                }
            };
            let exists = owner == Owner::Nobody || found.is_some();
            if !exists {
                return Err(Refusal::ChoiceUnknown.into());
            }
            row.owner_member_id = Set(match owner {
                Owner::Member(id) => Some(id),
                _ => None,
            });
            row.owner_organisation_id = Set(match owner {
                Owner::Organisation(id) => Some(id),
                _ => None,
            });
        }
        ActivityField::Aspirations | ActivityField::Contributors => {
            return Err(Refusal::ChoiceUnknown.into())
        }
    }
    Ok(row)
}

/// Stores a canonical value, after the checks that need the database (the
/// owner exists, the aspirations are the strategy's, the dates are in order).
pub(crate) async fn store(
    db: &impl ConnectionTrait,
    strategy_id: i32,
    field: Field,
    id: i32,
    value: &str,
) -> Result<(), StoreError> {
    let count = |n: &str| n.parse::<i32>().map_err(|_| Refusal::NumberInvalid);
    let updated: UpdateResult = match field {
        Field::Activity(f @ (ActivityField::Aspirations | ActivityField::Contributors)) => {
            return store_links(db, strategy_id, f, id, value).await;
        }
        Field::Activity(f) => {
            activity::Entity::update_many()
                .set(activity_columns(db, f, value).await?)
                .filter(activity::Column::Id.eq(id))
                .exec(db)
                .await?
        }
        Field::Strategy(f) => {
            let mut row = strategy::ActiveModel::default();
            match f {
                StrategyField::Title => row.title = Set(value.to_owned()),
                StrategyField::Period => {
                    let (start, end) = years(value)?;
                    row.period_start = Set(start);
                    row.period_end = Set(end);
                }
                StrategyField::Vision => row.vision = Set(value.to_owned()),
                StrategyField::Mission => row.mission = Set(value.to_owned()),
            }
            strategy::Entity::update_many()
                .set(row)
                .filter(strategy::Column::Id.eq(id))
                .exec(db)
                .await?
        }
        Field::Aspiration(f) => {
            let mut row = aspiration::ActiveModel::default();
            match f {
                AspirationField::Title => row.title = Set(value.to_owned()),
                AspirationField::Description => row.description = Set(value.to_owned()),
            }
            aspiration::Entity::update_many()
                .set(row)
                .filter(aspiration::Column::Id.eq(id))
                .exec(db)
                .await?
        }
        Field::Indicator(f) => {
            let mut row = indicator::ActiveModel::default();
            match f {
                IndicatorField::Name => row.name = Set(value.to_owned()),
                IndicatorField::Target => row.target = Set(count(value)?),
                IndicatorField::Actual => row.actual = Set(count(value)?),
            }
            indicator::Entity::update_many()
                .set(row)
                .filter(indicator::Column::Id.eq(id))
                .exec(db)
                .await?
        }
    };
    if updated.rows_affected == 0 {
        return Err(Refusal::Forbidden.into());
    }
    Ok(())
}

/// Refuses an activity whose due date comes before its start (checked after
/// all of a form's changes, so that both dates can move at once).
pub(crate) async fn check_dates(
    db: &impl ConnectionTrait,
    activity_id: i32,
) -> Result<(), StoreError> {
    let Some(a) = activity::Entity::find_by_id(activity_id).one(db).await? else {
        return Ok(());
    };
    match (a.start_on.as_deref(), a.due_on.as_deref()) {
        (Some(s), Some(d)) if !s.is_empty() && !d.is_empty() && d < s => {
            Err(Refusal::DatesReversed.into())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_down_one_way() {
        let c = |e, f, raw| Field::parse(e, f).and_then(|f| canonical(f, raw));
        assert_eq!(
            c(Entity::Activity, "title", "  Job  shadowing \n"),
            Ok("Job shadowing".into())
        );
        assert_eq!(
            c(Entity::Activity, "description", "a\r\nb "),
            Ok("a\nb".into())
        );
        assert_eq!(
            c(Entity::Activity, "aspirations", "5, 3,5"),
            Ok("3,5".into())
        );
        assert_eq!(
            c(Entity::Activity, "aspirations", " "),
            Err(Refusal::AspirationMissing)
        );
        assert_eq!(c(Entity::Activity, "contributors", ""), Ok(String::new()));
        assert_eq!(
            c(Entity::Activity, "progress", "101"),
            Err(Refusal::NumberInvalid)
        );
        assert_eq!(c(Entity::Activity, "progress", " 40"), Ok("40".into()));
        assert_eq!(
            c(Entity::Activity, "due_on", "2027-02-30"),
            Err(Refusal::DateInvalid)
        );
        assert_eq!(
            c(Entity::Activity, "due_on", "2027-2-3"),
            Ok("2027-02-03".into())
        );
        assert_eq!(
            c(Entity::Activity, "status", "finished"),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            c(Entity::Activity, "owner", "member:7"),
            Ok("member:7".into())
        );
        assert_eq!(
            c(Entity::Activity, "owner", "robot:7"),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            c(Entity::Strategy, "period", "2030-2026"),
            Err(Refusal::DatesReversed)
        );
        assert_eq!(
            c(Entity::Strategy, "period", "2026 - 2030"),
            Ok("2026-2030".into())
        );
        assert_eq!(
            c(Entity::Activity, "secret", "x"),
            Err(Refusal::ChoiceUnknown)
        );
        assert_eq!(
            c(Entity::Indicator, "target", "-1"),
            Err(Refusal::NumberInvalid)
        );
    }

    #[test]
    fn a_base_that_cannot_be_read_is_kept_as_sent() {
        let progress = Field::Activity(ActivityField::Progress);
        assert_eq!(base(progress, " 7 "), "7");
        assert_eq!(base(progress, "lots"), "lots");
        assert!(
            Field::Activity(ActivityField::Description).is_text()
                && !Field::Activity(ActivityField::Title).is_text()
        );
    }

    #[test]
    fn each_field_is_named_by_its_key_and_its_entity() {
        let status = Field::parse(Entity::Activity, "status");
        assert_eq!(status, Ok(Field::Activity(ActivityField::Status)));
        assert_eq!(
            status.map(|f| (f.entity(), f.key(), f.message_id())),
            Ok((Entity::Activity, "status", "activity-field-status"))
        );
        assert_eq!(
            ActivityField::ALL.map(ActivityField::key),
            [
                "title",
                "description",
                "aspirations",
                "owner",
                "contributors",
                "start_on",
                "due_on",
                "status",
                "progress"
            ],
            "in the order of the activity's form"
        );
        assert_eq!(
            Field::parse(Entity::Strategy, "status"),
            Err(Refusal::ChoiceUnknown),
            "the stage is not a field"
        );
    }
}
