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

/// An index named `name` on `columns` of `table`.
pub(super) fn index(
    backend: sea_orm::DbBackend,
    name: &'static str,
    table: &'static str,
    columns: &[&'static str],
) -> sea_orm::Statement {
    let mut index = sea_orm::sea_query::Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(*column);
    }
    backend.build(&index)
}

/// The word column of a search index: compared byte by byte on both backends,
/// so that a prefix range means the same.
pub(super) fn term(backend: sea_orm::DbBackend) -> ColumnDef {
    let mut term = ColumnDef::new("term");
    term.string_len(100).not_null();
    if backend == sea_orm::DbBackend::Postgres {
        term.extra("COLLATE \"C\"");
    }
    term
}
