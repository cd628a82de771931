//! Column shapes the migrations share.

use sea_orm::sea_query::{
    ColumnDef, Expr, ExprTrait, ForeignKey, ForeignKeyAction, ForeignKeyCreateStatement,
};

pub(super) fn id() -> ColumnDef {
    ColumnDef::new("id")
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .take()
}

pub(super) fn text(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().not_null().take()
}

pub(super) fn key(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).string_len(40).not_null().take()
}

pub(super) fn created_at() -> ColumnDef {
    ColumnDef::new("created_at")
        .timestamp_with_time_zone()
        .not_null()
        .take()
}

pub(super) fn one_of(column: &'static str, values: &[&str]) -> sea_orm::sea_query::SimpleExpr {
    Expr::col(column).is_in(values.iter().copied())
}

/// `column` of `table` refers to `to.id`; the row goes when that one does.
pub(super) fn cascade(
    table: &'static str,
    column: &'static str,
    to: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(to, "id")
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}
