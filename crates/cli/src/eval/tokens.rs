//! Tokens, words and sentences against UD English EWT, scored as in the CoNLL 2018 shared
//! task: spans are compared in a whitespace-free character index and count only if both ends
//! match.

use std::collections::HashSet;
use std::fmt::Write;

use nutgraf::Tokenizer;
use serde::Deserialize;

use super::{Prf, Report};

/// A document (or sentence) of the gold file. Offsets are in characters.
#[derive(Deserialize)]
struct GoldDoc {
    id: String,
    text: String,
    token_spans: Vec<(usize, usize)>,
    word_spans: Vec<(usize, usize)>,
    /// Absent in the one-sentence-per-line file: the whole text is one sentence.
    #[serde(default)]
    sentences: Option<Vec<(usize, usize)>>,
}

/// Maps offsets to the whitespace-free character index.
struct Index {
    /// For each char offset (and the end), the number of non-whitespace chars before it.
    by_char: Vec<usize>,
    /// Byte offset → char offset, for char-boundary bytes (and the end).
    char_of_byte: Vec<usize>,
}

impl Index {
    fn new(text: &str) -> Index {
        let mut by_char = Vec::with_capacity(text.len() + 1);
        let mut char_of_byte = vec![0; text.len() + 1];
        let mut nonws = 0;
        for (ci, (bi, ch)) in text.char_indices().enumerate() {
            char_of_byte[bi] = ci;
            by_char.push(nonws);
            if !ch.is_whitespace() {
                nonws += 1;
            }
        }
        by_char.push(nonws);
        char_of_byte[text.len()] = by_char.len() - 1;
        Index { by_char, char_of_byte }
    }

    fn chars(&self, (s, e): (usize, usize)) -> (usize, usize) {
        let at = |c: usize| self.by_char.get(c).copied().unwrap_or(usize::MAX);
        (at(s), at(e))
    }

    fn bytes(&self, s: usize, e: usize) -> (usize, usize) {
        let c = |b: usize| self.char_of_byte.get(b).copied().unwrap_or(usize::MAX);
        self.chars((c(s), c(e)))
    }
}

/// A span in the whitespace-free character index.
type Pos = (usize, usize);

/// Scores `ours` against `gold`; also returns the missed and the spurious spans.
fn score(gold: &[Pos], ours: &[Pos]) -> (Prf, Vec<Pos>, Vec<Pos>) {
    let g: HashSet<_> = gold.iter().copied().collect();
    let o: HashSet<_> = ours.iter().copied().collect();
    let matched = g.intersection(&o).count();
    let missed = gold.iter().copied().filter(|x| !o.contains(x)).collect();
    let spurious = ours.iter().copied().filter(|x| !g.contains(x)).collect();
    (Prf { matched, system: o.len(), gold: g.len() }, missed, spurious)
}

pub fn eval(path: &str, show_errors: usize) -> anyhow::Result<Report> {
    let docs: Vec<GoldDoc> = super::read_gold(path)?;
    let tokenizer = Tokenizer::new();
    let (mut tok, mut word, mut sent) = (Prf::default(), Prf::default(), Prf::default());
    let mut shown = 0;
    for d in &docs {
        let idx = Index::new(&d.text);
        let doc = tokenizer.analyze(&d.text);
        let our_tokens: Vec<_> =
            doc.tokens.iter().map(|t| idx.bytes(t.span.start, t.span.end)).collect();
        let our_words: Vec<_> = doc.words().map(|w| idx.bytes(w.start, w.end)).collect();
        let our_sents: Vec<_> =
            doc.sentences.iter().map(|s| idx.bytes(s.span.start, s.span.end)).collect();
        let gold_tokens: Vec<_> = d.token_spans.iter().map(|&s| idx.chars(s)).collect();
        let gold_words: Vec<_> = d.word_spans.iter().map(|&s| idx.chars(s)).collect();
        let gold_sents: Vec<_> = match &d.sentences {
            Some(s) => s.iter().map(|&s| idx.chars(s)).collect(),
            None => vec![idx.chars((0, d.text.chars().count()))],
        };
        let (t, tm, ts) = score(&gold_tokens, &our_tokens);
        let (w, _, _) = score(&gold_words, &our_words);
        let (s, sm, ss) = score(&gold_sents, &our_sents);
        tok.add(t);
        word.add(w);
        sent.add(s);
        if shown < show_errors && (!tm.is_empty() || !ts.is_empty() || !sm.is_empty()) {
            shown += 1;
            report_errors(d, &idx, &tm, &ts, &sm, &ss);
        }
    }
    let mut table = String::new();
    let _ = writeln!(table, "tokens     {tok}");
    let _ = writeln!(table, "words      {word}");
    let _ = writeln!(table, "sentences  {sent}");
    let json = serde_json::json!({
        "kind": "tokens",
        "gold": path,
        "documents": docs.len(),
        "tokens": tok.to_json(),
        "words": word.to_json(),
        "sentences": sent.to_json(),
    });
    Ok(Report { table, json })
}

/// Prints the missed and spurious spans of one document to standard error.
fn report_errors(
    d: &GoldDoc,
    idx: &Index,
    missed_tokens: &[(usize, usize)],
    spurious_tokens: &[(usize, usize)],
    missed_sents: &[(usize, usize)],
    spurious_sents: &[(usize, usize)],
) {
    // Rebuild the whitespace-free text to show spans.
    let nonws: Vec<char> = d.text.chars().filter(|c| !c.is_whitespace()).collect();
    let show = |(s, e): (usize, usize)| -> String {
        nonws
            .get(s.min(nonws.len())..e.min(nonws.len()))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    let _ = idx;
    eprintln!("── {}", d.id);
    for &t in missed_tokens.iter().take(10) {
        eprintln!("  token missed   {:?}", show(t));
    }
    for &t in spurious_tokens.iter().take(10) {
        eprintln!("  token spurious {:?}", show(t));
    }
    for &s in missed_sents.iter().take(6) {
        eprintln!("  sent missed    {:?}", show(s));
    }
    for &s in spurious_sents.iter().take(6) {
        eprintln!("  sent spurious  {:?}", show(s));
    }
}
