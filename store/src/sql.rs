//! Raw SQL built piece by piece, with placeholders in the backend's own syntax.

use sea_orm::{DbBackend, Statement, Value};

/// SQL text with placeholders in the backend's own syntax.
pub struct Sql {
    backend: DbBackend,
    text: String,
    values: Vec<Value>,
}

impl Sql {
    pub fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            text: String::new(),
            values: Vec::new(),
        }
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    pub fn bind(&mut self, value: impl Into<Value>) -> &mut Self {
        self.values.push(value.into());
        match self.backend {
            DbBackend::Postgres => {
                let n = self.values.len();
                self.text.push_str(&format!("${n}"));
            }
            _ => self.text.push('?'),
        }
        self
    }

    pub fn statement(&self) -> Statement {
        Statement::from_sql_and_values(self.backend, &self.text, self.values.clone())
    }
}
