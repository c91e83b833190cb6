//! What a hidden content shows outside its moderation view: nothing. A comment, proposal or
//! debate hidden by moderation keeps its place (a thread's order, a list's count) but no read
//! shows its words, title, address or place, no search or filter finds it by them, and no
//! other page (a comment's page, minutes, an outcome, a result, a notification, a similar
//! proposals check) names it. Every read that could show a content asks here.
use sea_orm::sea_query::{Expr, SimpleExpr};

/// `value` unless the content is hidden (`hidden` is the row's `hidden` column).
pub fn unless_hidden<T>(hidden: &Option<String>, value: T) -> Option<T> {
    hidden.is_none().then_some(value)
}

/// The SQL condition "shown" on the `hidden` column of `table` (an alias or a table name).
pub fn shown_sql(table: &str) -> String {
    format!("{table}.hidden IS NULL")
}

/// The same condition for a sea-orm query on `table`.
pub fn shown(table: &'static str) -> SimpleExpr {
    Expr::cust(shown_sql(table))
}
