//! The server's catalogue: every locale's Fluent files, parsed once at start-up
//! into [`Bundle`]s. Terms and message references are inlined here, so the
//! browser receives only text, variables and selectors.

use std::collections::HashMap;
use std::sync::Arc;

use fluent_syntax::ast;

use super::locales::{LOCALES, REFERENCE};
use super::message::{Bundle, Key, Part};

include!(concat!(env!("OUT_DIR"), "/ftl.rs"));

/// Every locale's bundle.
#[derive(Debug)]
pub struct Catalog {
    bundles: HashMap<&'static str, Arc<Bundle>>,
}

impl Catalog {
    /// Parses every shipped locale. Problems are returned beside the catalogue
    /// (a message missing in a locale falls back to the reference locale).
    pub fn load() -> (Self, Vec<String>) {
        let mut problems = Vec::new();
        let reference = parse_locale(REFERENCE, &mut problems);
        let mut bundles = HashMap::new();
        for (code, _) in LOCALES {
            let mut messages = reference.clone();
            if *code != REFERENCE {
                messages.extend(parse_locale(code, &mut problems));
            }
            bundles.insert(*code, Arc::new(Bundle::new((*code).to_owned(), messages)));
        }
        (Self { bundles }, problems)
    }

    /// The bundle of a supported locale, or of the reference locale.
    pub fn bundle(&self, locale: &str) -> Arc<Bundle> {
        self.bundles
            .get(locale)
            .or_else(|| self.bundles.get(REFERENCE))
            .cloned()
            .expect("the reference locale is loaded")
    }
}

/// The raw Fluent sources of a locale, file by file.
pub fn sources(locale: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    FTL.iter()
        .filter(move |(l, _, _)| *l == locale)
        .map(|(_, file, source)| (*file, *source))
}

fn parse_locale(locale: &str, problems: &mut Vec<String>) -> HashMap<String, Vec<Part>> {
    let mut terms: HashMap<&str, &ast::Pattern<&str>> = HashMap::new();
    let mut patterns: Vec<(String, &ast::Pattern<&str>)> = Vec::new();
    let mut resources = Vec::new();
    for (file, source) in sources(locale) {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(format!("{locale}/{file}: {error:?}"));
                }
                resource
            }
        };
        resources.push((file, resource));
    }
    for (file, resource) in &resources {
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    if let Some(value) = &message.value {
                        patterns.push((message.id.name.to_owned(), value));
                    }
                    for attribute in &message.attributes {
                        patterns.push((
                            format!("{}.{}", message.id.name, attribute.id.name),
                            &attribute.value,
                        ));
                    }
                }
                ast::Entry::Term(term) => {
                    terms.insert(term.id.name, &term.value);
                }
                ast::Entry::Junk { content } => {
                    problems.push(format!(
                        "{locale}/{file}: junk: {}",
                        content.lines().next().unwrap_or_default()
                    ));
                }
                _ => {}
            }
        }
    }
    let by_id: HashMap<&str, &ast::Pattern<&str>> =
        patterns.iter().map(|(id, p)| (id.as_str(), *p)).collect();
    let context = Context {
        locale,
        terms: &terms,
        messages: &by_id,
    };
    let mut out = HashMap::new();
    for (id, pattern) in &patterns {
        let mut parts = Vec::new();
        if let Err(problem) = context.pattern(pattern, &mut parts, 0) {
            problems.push(format!("{locale}: {id}: {problem}"));
        }
        out.insert(id.clone(), merge_text(parts));
    }
    out
}

struct Context<'a> {
    locale: &'a str,
    terms: &'a HashMap<&'a str, &'a ast::Pattern<&'a str>>,
    messages: &'a HashMap<&'a str, &'a ast::Pattern<&'a str>>,
}

const MAX_DEPTH: usize = 8;

impl Context<'_> {
    fn pattern(
        &self,
        pattern: &ast::Pattern<&str>,
        out: &mut Vec<Part>,
        depth: usize,
    ) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err("references nest too deep (a cycle?)".into());
        }
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    out.push(Part::Text((*value).to_owned()))
                }
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, out, depth)?
                }
            }
        }
        Ok(())
    }

    fn expression(
        &self,
        expression: &ast::Expression<&str>,
        out: &mut Vec<Part>,
        depth: usize,
    ) -> Result<(), String> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, out, depth),
            ast::Expression::Select { selector, variants } => {
                let var = match selector {
                    ast::InlineExpression::VariableReference { id } => id.name.to_owned(),
                    ast::InlineExpression::FunctionReference { id, arguments }
                        if id.name == "NUMBER" && arguments.named.is_empty() =>
                    {
                        match arguments.positional.as_slice() {
                            [ast::InlineExpression::VariableReference { id }] => id.name.to_owned(),
                            _ => return Err("NUMBER() takes one variable".into()),
                        }
                    }
                    _ => return Err("a selector must be a variable".into()),
                };
                let mut converted = Vec::with_capacity(variants.len());
                let mut default = 0;
                for (index, variant) in variants.iter().enumerate() {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => Key::Name((*name).to_owned()),
                        ast::VariantKey::NumberLiteral { value } => Key::Number(
                            value
                                .parse()
                                .map_err(|_| format!("bad number key {value}"))?,
                        ),
                    };
                    if variant.default {
                        default = index;
                    }
                    let mut parts = Vec::new();
                    self.pattern(&variant.value, &mut parts, depth + 1)?;
                    converted.push((key, merge_text(parts)));
                }
                out.push(Part::Select {
                    var,
                    variants: converted,
                    default,
                });
                Ok(())
            }
        }
    }

    fn inline(
        &self,
        inline: &ast::InlineExpression<&str>,
        out: &mut Vec<Part>,
        depth: usize,
    ) -> Result<(), String> {
        match inline {
            ast::InlineExpression::StringLiteral { value } => out.push(Part::Text(unescape(value))),
            ast::InlineExpression::NumberLiteral { value } => {
                out.push(Part::Text((*value).to_owned()))
            }
            ast::InlineExpression::VariableReference { id } => {
                out.push(Part::Var(id.name.to_owned()))
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let term = self
                    .terms
                    .get(id.name)
                    .ok_or_else(|| format!("unknown term -{}", id.name))?;
                self.pattern(term, out, depth + 1)?;
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let key = match attribute {
                    Some(attribute) => format!("{}.{}", id.name, attribute.name),
                    None => id.name.to_owned(),
                };
                let message = self
                    .messages
                    .get(key.as_str())
                    .ok_or_else(|| format!("unknown message {key}"))?;
                self.pattern(message, out, depth + 1)?;
            }
            ast::InlineExpression::Placeable { expression } => {
                self.expression(expression, out, depth)?
            }
            _ => return Err(format!("unsupported expression in locale {}", self.locale)),
        }
        Ok(())
    }
}

/// Joins neighbouring text parts so the wire form stays small.
fn merge_text(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for part in parts {
        match (out.last_mut(), part) {
            (Some(Part::Text(previous)), Part::Text(text)) => previous.push_str(&text),
            (_, part) => out.push(part),
        }
    }
    out
}

fn unescape(value: &str) -> String {
    value.replace("\\\"", "\"").replace("\\\\", "\\")
}

/// One locale's own messages, without the reference fallback, and its problems.
pub fn own_messages(locale: &str) -> (HashMap<String, Vec<Part>>, Vec<String>) {
    let mut problems = Vec::new();
    let messages = parse_locale(locale, &mut problems);
    (messages, problems)
}
