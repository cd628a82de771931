//! A readable difference between two texts, word by word: what stayed, what
//! was taken out, what was put in.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    Same,
    Removed,
    Added,
}

/// Words and the blanks between them, each its own piece, so that joining
/// the pieces gives the text back.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut blank = None;
    for (i, c) in text.char_indices() {
        let is_blank = c.is_whitespace();
        if blank.is_some_and(|b| b != is_blank) {
            out.push(&text[start..i]);
            start = i;
        }
        blank = Some(is_blank);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The runs of `before` and `after`: joining the `Same` and `Removed` runs
/// gives `before`, the `Same` and `Added` runs give `after`.
pub fn words(before: &str, after: &str) -> Vec<(Op, String)> {
    let (a, b) = (pieces(before), pieces(after));
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (x, y) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    // Longest common subsequence of the middle, from the end.
    let mut lcs = vec![vec![0u32; y.len() + 1]; x.len() + 1];
    for i in (0..x.len()).rev() {
        for j in (0..y.len()).rev() {
            lcs[i][j] = if x[i] == y[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out: Vec<(Op, String)> = Vec::new();
    let mut push = |op: Op, piece: &str| match out.last_mut() {
        Some((last, text)) if *last == op => text.push_str(piece),
        _ => out.push((op, piece.to_owned())),
    };
    for piece in &a[..prefix] {
        push(Op::Same, piece);
    }
    let (mut i, mut j) = (0, 0);
    while i < x.len() || j < y.len() {
        if i < x.len() && j < y.len() && x[i] == y[j] {
            push(Op::Same, x[i]);
            i += 1;
            j += 1;
        } else if j < y.len() && (i == x.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(Op::Added, y[j]);
            j += 1;
        } else {
            push(Op::Removed, x[i]);
            i += 1;
        }
    }
    for piece in &a[a.len() - suffix..] {
        push(Op::Same, piece);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(runs: &[(Op, String)], skip: Op) -> String {
        runs.iter()
            .filter(|(op, _)| *op != skip)
            .map(|(_, t)| t.as_str())
            .collect()
    }

    #[test]
    fn a_changed_word_is_shown_taken_out_and_put_in() {
        let runs = words(
            "Every learner finds a placement abroad",
            "Every apprentice finds a placement abroad",
        );
        assert!(runs.contains(&(Op::Removed, "learner".into())));
        assert!(runs.contains(&(Op::Added, "apprentice".into())));
        assert_eq!(runs[0], (Op::Same, "Every ".into()));
    }

    #[test]
    fn both_texts_come_back_from_the_runs() {
        let (before, after) = ("a b c d\ne f", "a x c d\n\ne f g");
        let runs = words(before, after);
        assert_eq!(side(&runs, Op::Added), before);
        assert_eq!(side(&runs, Op::Removed), after);
        assert_eq!(words("same", "same"), vec![(Op::Same, "same".into())]);
        assert_eq!(words("", "new"), vec![(Op::Added, "new".into())]);
    }
}
