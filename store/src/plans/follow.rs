//! Following an activity or an aspiration: a follower is told (in the app and
//! in their digest) when an activity's status, owner or dates change.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult,
    JoinType, QueryFilter, QueryOrder, QuerySelect, RelationTrait, Select,
};

use super::fields::ActivityField;
use super::{owner_strategy, Entity};
use crate::account::Actor;
use crate::common::MemberName;
use crate::entity::{
    activity, activity_aspiration, member, plan_follow, plan_notification, plan_revision,
};
use crate::refusal::Refusal;
use crate::vocabulary::{ActivityStatus, PlanTarget};
use crate::{Db, StoreError};

/// A member follows (or stops following) an activity or an aspiration.
pub async fn set(
    db: &Db,
    actor: &Actor,
    entity: Entity,
    id: i32,
    on: bool,
) -> Result<(), StoreError> {
    let target = match entity.target() {
        Some(target @ (PlanTarget::Activity | PlanTarget::Aspiration)) => target,
        _ => return Err(Refusal::Forbidden.into()),
    };
    if owner_strategy(db, entity, id).await?.is_none() {
        return Err(Refusal::Forbidden.into());
    }
    if on {
        let follow = plan_follow::ActiveModel {
            member_id: Set(actor.member_id),
            target: Set(target),
            target_id: Set(id),
        };
        plan_follow::Entity::insert(follow)
            .on_conflict_do_nothing()
            .exec_without_returning(db)
            .await?;
    } else {
        plan_follow::Entity::delete_many()
            .filter(plan_follow::Column::MemberId.eq(actor.member_id))
            .filter(plan_follow::Column::Target.eq(target))
            .filter(plan_follow::Column::TargetId.eq(id))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// What a member follows: (entity, id) pairs.
pub async fn followed(db: &Db, member_id: i32) -> Result<Vec<(Entity, i32)>, StoreError> {
    let follows = plan_follow::Entity::find()
        .filter(plan_follow::Column::MemberId.eq(member_id))
        .all(db)
        .await?;
    Ok(follows
        .into_iter()
        .map(|f| (f.target.into(), f.target_id))
        .collect())
}

/// Tells the followers of an activity, and of the aspirations it serves, of
/// a revision (not its writer); in the writer's transaction.
pub(crate) async fn tell_followers(
    db: &impl ConnectionTrait,
    activity_id: i32,
    revision_id: i32,
    writer: i32,
) -> Result<(), StoreError> {
    use plan_follow::Column as F;
    let served = Query::select()
        .column(activity_aspiration::Column::AspirationId)
        .from(activity_aspiration::Entity)
        .and_where(Expr::col(activity_aspiration::Column::ActivityId).eq(activity_id))
        .to_owned();
    let followers = Query::select()
        .distinct()
        .column(F::MemberId)
        .expr(Expr::val(revision_id))
        .expr(Expr::val(Utc::now()))
        .from(plan_follow::Entity)
        .cond_where(
            Condition::all()
                .add(
                    Condition::any()
                        .add(
                            F::Target
                                .eq(PlanTarget::Activity)
                                .and(F::TargetId.eq(activity_id)),
                        )
                        .add(
                            F::Target
                                .eq(PlanTarget::Aspiration)
                                .and(F::TargetId.in_subquery(served)),
                        ),
                )
                .add(F::MemberId.ne(writer)),
        )
        .to_owned();
    let tell = Query::insert()
        .into_table(plan_notification::Entity)
        .columns([
            plan_notification::Column::MemberId,
            plan_notification::Column::RevisionId,
            plan_notification::Column::CreatedAt,
        ])
        .select_from(followers)
        .map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?
        .to_owned();
    db.execute(&tell).await?;
    Ok(())
}

/// A change to something a member follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanNotification {
    pub id: i32,
    pub strategy_id: i32,
    pub activity_id: i32,
    pub activity_title: String,
    /// A followed field: one whose [`ActivityField::notice_id`] is some.
    pub field: ActivityField,
    pub before: String,
    pub after: String,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

/// A notification with the change it tells of.
#[derive(FromQueryResult)]
struct NotificationRow {
    #[sea_orm(nested)]
    notification: plan_notification::Model,
    #[sea_orm(nested)]
    revision: ChangeRow,
    activity_title: String,
    #[sea_orm(nested)]
    author: MemberName,
}

/// What a notification says of its revision.
#[derive(FromQueryResult)]
struct ChangeRow {
    strategy_id: i32,
    entity_id: i32,
    field: String,
    before: Option<String>,
    after: Option<String>,
}

impl PlanNotification {
    /// The message that tells of the change.
    pub fn notice_id(&self) -> &'static str {
        self.field.notice_id().unwrap_or(self.field.message_id())
    }

    /// The status the activity changed to, when the change is of its status.
    pub fn new_status(&self) -> Option<ActivityStatus> {
        (self.field == ActivityField::Status)
            .then(|| self.after.parse().ok())
            .flatten()
    }
}

impl TryFrom<NotificationRow> for PlanNotification {
    type Error = StoreError;

    /// Refused for a revision of a field followers are not told of.
    fn try_from(row: NotificationRow) -> Result<Self, StoreError> {
        let field = row
            .revision
            .field
            .parse::<ActivityField>()
            .ok()
            .filter(|f| f.followed())
            .ok_or_else(|| {
                sea_orm::DbErr::Type(format!("not a followed field: {}", row.revision.field))
            })?;
        Ok(PlanNotification {
            id: row.notification.id,
            strategy_id: row.revision.strategy_id,
            activity_id: row.revision.entity_id,
            activity_title: row.activity_title,
            field,
            before: row.revision.before.unwrap_or_default(),
            after: row.revision.after.unwrap_or_default(),
            author_name: row.author.full(),
            created_at: row.notification.created_at,
            read: row.notification.read_at.is_some(),
        })
    }
}

/// A member's notifications with their changes, activities and writers.
fn notifications_of(member_id: i32) -> Select<plan_notification::Entity> {
    plan_notification::Entity::find()
        .columns([
            plan_revision::Column::StrategyId,
            plan_revision::Column::EntityId,
            plan_revision::Column::Field,
            plan_revision::Column::Before,
            plan_revision::Column::After,
        ])
        .column_as(activity::Column::Title, "activity_title")
        .columns([member::Column::GivenName, member::Column::FamilyName])
        .join(
            JoinType::InnerJoin,
            plan_notification::Relation::Revision.def(),
        )
        .join(JoinType::InnerJoin, plan_revision::Relation::Activity.def())
        .join(JoinType::InnerJoin, plan_revision::Relation::Member.def())
        .filter(plan_notification::Column::MemberId.eq(member_id))
}

/// A member's latest plan notifications, newest first.
pub async fn notifications(
    db: &Db,
    member_id: i32,
    limit: u32,
) -> Result<Vec<PlanNotification>, StoreError> {
    let rows = notifications_of(member_id)
        .order_by_desc(plan_notification::Column::Id)
        .limit(u64::from(limit.clamp(1, 200)))
        .into_model::<NotificationRow>()
        .all(db)
        .await?;
    rows.into_iter().map(PlanNotification::try_from).collect()
}

/// Marks a member's plan notifications read (all, or those of one activity).
pub async fn mark_read(
    db: &impl ConnectionTrait,
    member_id: i32,
    activity_id: Option<i32>,
) -> Result<(), StoreError> {
    let mut unread = Condition::all()
        .add(plan_notification::Column::ReadAt.is_null())
        .add(plan_notification::Column::MemberId.eq(member_id));
    if let Some(activity_id) = activity_id {
        let of_activity = Query::select()
            .column(plan_revision::Column::Id)
            .from(plan_revision::Entity)
            .and_where(Expr::col(plan_revision::Column::Entity).eq(Entity::Activity))
            .and_where(Expr::col(plan_revision::Column::EntityId).eq(activity_id))
            .to_owned();
        unread = unread.add(plan_notification::Column::RevisionId.in_subquery(of_activity));
    }
    plan_notification::Entity::update_many()
        .col_expr(plan_notification::Column::ReadAt, Expr::value(Utc::now()))
        .filter(unread)
        .exec(db)
        .await?;
    Ok(())
}

/// Takes a member's unread, unmailed plan notifications for their digest and
/// marks them mailed (in the digest's transaction).
pub(crate) async fn claim(
    db: &impl ConnectionTrait,
    member_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<PlanNotification>, StoreError> {
    let rows = notifications_of(member_id)
        .filter(plan_notification::Column::ReadAt.is_null())
        .filter(plan_notification::Column::MailedAt.is_null())
        .order_by_asc(plan_notification::Column::Id)
        .limit(100)
        .into_model::<NotificationRow>()
        .all(db)
        .await?;
    plan_notification::Entity::update_many()
        .col_expr(plan_notification::Column::MailedAt, Expr::value(now))
        .filter(plan_notification::Column::MailedAt.is_null())
        .filter(plan_notification::Column::ReadAt.is_null())
        .filter(plan_notification::Column::MemberId.eq(member_id))
        .exec(db)
        .await?;
    rows.into_iter().map(PlanNotification::try_from).collect()
}
