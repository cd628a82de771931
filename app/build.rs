//! Embeds every locale's Fluent files into the server build (`ssr` only; the
//! browser receives one locale's messages at run time), and checks message ids
//! at build time: every id the code names exists in `en`, no locale has an id
//! `en` lacks, and a release build refuses a locale that misses one of `en`'s.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

const REFERENCE: &str = "en";

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../locales");
    println!("cargo::rerun-if-changed={}", locales.display());
    println!("cargo::rerun-if-changed={}", manifest.join("src").display());
    let files = ftl_files(&locales);
    check_ids(&files, &manifest.join("src"));
    let ssr = std::env::var_os("CARGO_FEATURE_SSR").is_some();
    let mut code = String::from(
        "/// (locale, file name, Fluent source)\npub static FTL: &[(&str, &str, &str)] = &[\n",
    );
    for (locale, name, path) in files.iter().filter(|_| ssr) {
        writeln!(
            code,
            "    ({locale:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("ftl.rs");
    std::fs::write(out, code).unwrap();
}

/// (locale, file name, path) of every `.ftl` file, sorted.
fn ftl_files(locales: &Path) -> Vec<(String, String, PathBuf)> {
    let mut entries = Vec::new();
    for locale in std::fs::read_dir(locales).expect("locales/ exists") {
        let locale = locale.unwrap().path();
        if !locale.is_dir() {
            continue;
        }
        println!("cargo::rerun-if-changed={}", locale.display());
        for file in std::fs::read_dir(&locale).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo::rerun-if-changed={}", file.display());
                entries.push((
                    locale.file_name().unwrap().to_string_lossy().into_owned(),
                    file.file_name().unwrap().to_string_lossy().into_owned(),
                    file.canonicalize().unwrap(),
                ));
            }
        }
    }
    entries.sort();
    entries
}

fn check_ids(files: &[(String, String, PathBuf)], src: &Path) {
    let mut ids: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (locale, _, path) in files {
        let source = std::fs::read_to_string(path).unwrap();
        ids.entry(locale).or_default().extend(message_ids(&source));
    }
    let reference = ids.get(REFERENCE).cloned().unwrap_or_default();
    let mut errors = Vec::new();
    for (file, id) in ids_in_code(src) {
        if !reference.contains(&id) {
            errors.push(format!(
                "{file}: message `{id}` is not in locales/{REFERENCE}"
            ));
        }
    }
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    for (locale, own) in &ids {
        for id in own.difference(&reference) {
            errors.push(format!(
                "locales/{locale}: `{id}` is not in locales/{REFERENCE}"
            ));
        }
        let missing: Vec<_> = reference.difference(own).collect();
        if !missing.is_empty() {
            let text = format!(
                "locales/{locale} lacks {} of en's messages, first {:?}",
                missing.len(),
                missing.iter().take(3).collect::<Vec<_>>()
            );
            if release {
                errors.push(text);
            } else {
                println!("cargo::warning={text}");
            }
        }
    }
    if !errors.is_empty() {
        panic!(
            "message ids do not match locales/{REFERENCE}:\n{}",
            errors.join("\n")
        );
    }
}

/// Message and attribute ids (`id`, `id.attribute`) of a Fluent file.
fn message_ids(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let trimmed = line.trim_start();
        let indented = trimmed.len() != line.len();
        if !indented && line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim().to_owned();
                out.push(id.clone());
                current = Some(id);
                continue;
            }
        }
        if !indented && !line.is_empty() {
            current = None;
        }
        if let (true, Some(message)) = (indented && trimmed.starts_with('.'), &current) {
            if let Some((attribute, _)) = trimmed[1..].split_once('=') {
                out.push(format!("{message}.{}", attribute.trim()));
            }
        }
    }
    out
}

/// Literal message ids in the code: `t("id")`, `.format("id"`, `PageTitle id="id"`,
/// `Figures label="id"` and its `("figure-...", n)` pairs.
fn ids_in_code(dir: &Path) -> Vec<(String, String)> {
    // Each call, and the part of it that belongs to the id.
    const CALLS: [(&str, &str); 5] = [
        ("t(\"", ""),
        (".format(\"", ""),
        ("PageTitle id=\"", ""),
        ("Figures label=\"", ""),
        ("(\"figure-", "figure-"),
    ];
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(ids_in_code(&path));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for (call, kept) in CALLS {
            for (at, _) in source.match_indices(call) {
                let preceded_by_ident = source[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                if call == "t(\"" && preceded_by_ident {
                    continue;
                }
                let rest = &source[at + call.len()..];
                let id: String = kept
                    .chars()
                    .chain(rest.chars().take_while(|&c| c != '"'))
                    .collect();
                let is_id = !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
                if is_id {
                    out.push((path.display().to_string(), id));
                }
            }
        }
    }
    out
}
