//! A locale's messages in a small, pre-parsed form that both the server and the
//! browser evaluate the same way. The server parses Fluent; the browser only
//! receives this (no Fluent parser in the WASM).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use super::plural;

/// One piece of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    Text(String),
    /// `{ $name }`: numbers are formatted for the locale.
    Var(String),
    /// `{ $name -> [one] … *[other] … }`.
    Select {
        var: String,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

/// The key of a select variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Key {
    /// A plural category (`one`, `few`, …) or a string to match.
    Name(String),
    /// An exact number (`[0]`).
    Number(f64),
}

/// A value passed into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Str(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Str(value)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Num(value as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

/// Every message of one locale, keyed by id (`id.attribute` for attributes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub locale: String,
    pub messages: HashMap<String, Vec<Part>>,
}

impl Bundle {
    pub fn new(locale: String, messages: HashMap<String, Vec<Part>>) -> Self {
        Self { locale, messages }
    }

    /// The messages `ids` only (those this locale has): what an island shows,
    /// carried in its props instead of the whole catalogue.
    pub fn pick(&self, ids: &[&str]) -> Self {
        let messages = ids
            .iter()
            .filter_map(|id| Some(((*id).to_owned(), self.messages.get(*id)?.clone())))
            .collect();
        Self::new(self.locale.clone(), messages)
    }
}

impl Bundle {
    /// The message with these arguments; a missing message shows its id, never a blank.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.messages.get(id) {
            Some(parts) => self.write(parts, args, &mut out),
            None => out.push_str(id),
        }
        out
    }

    fn write(&self, parts: &[Part], args: &[(&str, Arg)], out: &mut String) {
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Var(name) => match lookup(args, name) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&plural::format_number(&self.locale, *n)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = self.choose(lookup(args, var), variants).unwrap_or(*default);
                    if let Some((_, value)) = variants.get(chosen) {
                        self.write(value, args, out);
                    }
                }
            }
        }
    }

    fn choose(&self, arg: Option<&Arg>, variants: &[(Key, Vec<Part>)]) -> Option<usize> {
        match arg? {
            Arg::Str(s) => variants
                .iter()
                .position(|(k, _)| matches!(k, Key::Name(n) if n == s)),
            Arg::Num(n) => variants
                .iter()
                .position(|(k, _)| matches!(k, Key::Number(x) if x == n))
                .or_else(|| {
                    let category = plural::category(&self.locale, *n);
                    variants
                        .iter()
                        .position(|(k, _)| matches!(k, Key::Name(c) if c == category))
                }),
        }
    }
}

fn lookup<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}
