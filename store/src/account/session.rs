//! Sessions in the database, so that every instance knows every session. The
//! cookie holds a random token; the table holds its SHA-256. A session ends
//! after `idle` without a request or `absolute` after sign-in, whichever comes first.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{secret, Actor};
use crate::entity::session;
use crate::{Db, StoreError};

#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub idle: Duration,
    pub absolute: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            idle: Duration::minutes(60),
            absolute: Duration::hours(12),
        }
    }
}

/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_EVERY: Duration = Duration::seconds(60);

/// A new session for the member; returns the cookie's token.
pub async fn start(
    conn: &impl ConnectionTrait,
    member_id: i32,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    let (token, digest) = secret::new_token();
    session::Entity::insert(session::ActiveModel {
        id: Set(digest),
        member_id: Set(member_id),
        created_at: Set(now),
        last_seen_at: Set(now),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(token)
}

/// The member a cookie's token signs in, if the session is alive; a timed-out
/// session is deleted.
pub async fn resolve(
    db: &Db,
    token: &str,
    timeouts: Timeouts,
    now: DateTime<Utc>,
) -> Result<Option<Actor>, StoreError> {
    if !secret::well_formed(token) {
        return Ok(None);
    }
    let digest = secret::digest(token);
    let Some(row) = session::Entity::find_by_id(digest.clone()).one(db).await? else {
        return Ok(None);
    };
    if now - row.last_seen_at > timeouts.idle || now - row.created_at > timeouts.absolute {
        session::Entity::delete_by_id(digest).exec(db).await?;
        return Ok(None);
    }
    if now - row.last_seen_at > TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(
                session::Column::LastSeenAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(session::Column::Id.eq(digest))
            .exec(db)
            .await?;
    }
    Actor::load(db, row.member_id).await
}

/// Ends the session of this token (sign-out).
pub async fn end(conn: &impl ConnectionTrait, token: &str) -> Result<Option<i32>, StoreError> {
    if !secret::well_formed(token) {
        return Ok(None);
    }
    let digest = secret::digest(token);
    let member = session::Entity::find_by_id(digest.clone())
        .one(conn)
        .await?
        .map(|s| s.member_id);
    session::Entity::delete_by_id(digest).exec(conn).await?;
    Ok(member)
}

/// Ends every session of the member but the one with `keep` (after a password
/// change, a reset or a deletion).
pub async fn end_all(
    conn: &impl ConnectionTrait,
    member_id: i32,
    keep: Option<&str>,
) -> Result<(), StoreError> {
    let mut delete = session::Entity::delete_many().filter(session::Column::MemberId.eq(member_id));
    if let Some(keep) = keep {
        delete = delete.filter(session::Column::Id.ne(secret::digest(keep)));
    }
    delete.exec(conn).await?;
    Ok(())
}
