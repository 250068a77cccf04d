//! Trains the learned cue model of `nutgraf-claims` (`data/cues.model` and
//! `data/cue_words.txt`).
//!
//! ```text
//! cargo run --release -p nutgraf-claims --example train_cues -- --eval ../shared/eval
//! ```
//!
//! reads the PolNeAR training articles `claims/attribution_train.jsonl` (see
//! `DATA_SOURCES.md`; the development articles `attribution_dev.jsonl` are never read), finds
//! the word that heads each gold cue (its first word that is no auxiliary), keeps the words
//! that head a cue at least `--min-count` times (2) and in at least `--min-rate` (0.05) of
//! their occurrences as the words the model scores, and trains
//! a logistic regression (AdaGrad, L2, a fixed number of passes in a fixed order: the same
//! data give the same bytes) on every occurrence of those words: heading a cue or not. With
//! `--check` it first trains on four fifths of the articles and prints the precision and
//! recall of cue heads on the fifth left out; with `--four-fifths` it writes a model trained
//! without that fifth (for tuning the attribution on it). Options: `--out DIR`, `--no-write`, `--bits N`
//! (18), `--l2 X`, `--epochs N` (2: more passes fit the training articles better and the
//! left-out fifth worse), `--min-count N`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/hashed_lr.rs"]
mod hashed_lr;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use nutgraf_claims::model::{FeatureOptions, Model, cue_candidates};
use nutgraf_tokenize::{Span, Tokenizer};
use serde::Deserialize;

use hashed_lr::{Example, score, train};

#[derive(Deserialize)]
struct Article {
    text: String,
    claims: Vec<Claim>,
}

#[derive(Deserialize)]
struct Claim {
    #[serde(default)]
    cue_start: Option<usize>,
    #[serde(default)]
    cue_end: Option<usize>,
}

/// Words that open a cue without heading it (`has said`, `is expected`, `also noted`,
/// `has long argued`, `repeatedly said`): auxiliaries, negation and the adverbs that stand
/// between a subject and its verb (those of the attribution's `is_gap`, and words in -ly).
const NOT_HEADS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "may", "might", "should", "must", "also", "not", "n't",
    "just", "still", "'s", "’s", "already", "since", "never", "ever", "often", "always", "again",
    "now", "then", "later", "once", "first", "even", "soon", "long", "too", "all", "both", "there",
    "here", "alone", "however",
];

/// Whether `w` opens a cue without heading it: a word of [`NOT_HEADS`] or an adverb in -ly
/// (`repeatedly`, `publicly`; as `is_gap` reads them).
fn not_head(w: &str) -> bool {
    NOT_HEADS.contains(&w) || w.len() > 4 && w.ends_with("ly")
}

/// Words never scored, though they head cues in the training articles: they report
/// feelings, wishes and the course of things, not claims (the seed article's gold, and the word
/// lists of the rules, leave them out the same way).
const NEVER: &[&str] = &[
    "express",
    "expressed",
    "expresses",
    "expressing",
    "continue",
    "continued",
    "continues",
    "continuing",
    "highlight",
    "highlighted",
    "highlights",
    "highlighting",
    "want",
    "wants",
    "wanted",
    "wanting",
];

struct Opts {
    eval: PathBuf,
    out: PathBuf,
    write: bool,
    check: bool,
    /// Train on four fifths of the articles only (the fifth left out is for tuning).
    four_fifths: bool,
    bits: u8,
    l2: f64,
    epochs: usize,
    min_count: usize,
    /// The least share of a word's occurrences that head a cue for it to be scored.
    min_rate: f64,
}

fn parse_args() -> Opts {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut o = Opts {
        eval: root.join("../../../shared/eval"),
        out: root.join("data"),
        write: true,
        check: false,
        four_fifths: false,
        bits: 18,
        l2: 1e-6,
        epochs: 2,
        min_count: 2,
        min_rate: 0.05,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--eval" => o.eval = PathBuf::from(val()),
            "--out" => o.out = PathBuf::from(val()),
            "--no-write" => o.write = false,
            "--check" => o.check = true,
            "--four-fifths" => o.four_fifths = true,
            "--bits" => o.bits = val().parse().expect("--bits takes a number"),
            "--l2" => o.l2 = val().parse().expect("--l2 takes a number"),
            "--epochs" => o.epochs = val().parse().expect("--epochs takes a number"),
            "--min-count" => o.min_count = val().parse().expect("--min-count takes a number"),
            "--min-rate" => o.min_rate = val().parse().expect("--min-rate takes a number"),
            other => panic!("unknown option {other}"),
        }
    }
    o
}

/// A candidate word: its lowercase form, span and features.
type Candidate = (String, Span, Vec<u64>);

/// For every sentence of an article, its candidate words, and the spans of the words that
/// head its gold cues.
fn candidates(tokenizer: &Tokenizer, a: &Article) -> (Vec<Candidate>, HashSet<Span>) {
    let doc = tokenizer.analyze(&a.text);
    let mut out = Vec::new();
    for s in &doc.sentences {
        let tokens = &doc.tokens[s.tokens.clone()];
        for (span, x) in cue_candidates(&a.text, tokens) {
            let word = a.text[span.range()].to_lowercase();
            out.push((word, span, x));
        }
    }
    // The head of a cue: its first candidate word that is no auxiliary.
    let mut heads = HashSet::new();
    for c in &a.claims {
        let (Some(s), Some(e)) = (c.cue_start, c.cue_end) else { continue };
        if let Some((_, span, _)) =
            out.iter().find(|(w, sp, _)| sp.start >= s && sp.end <= e && !not_head(w))
        {
            heads.insert(*span);
        }
    }
    (out, heads)
}

fn main() {
    let o = parse_args();
    let path = o.eval.join("claims/attribution_train.jsonl");
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let articles: Vec<Article> =
        data.lines().map(|l| serde_json::from_str(l).expect("an article per line")).collect();
    let tokenizer = Tokenizer::new();
    let prepared: Vec<_> = articles.iter().map(|a| candidates(&tokenizer, a)).collect();

    // The words that head a cue often enough, and often enough of the times they occur, to
    // be scored: (heads, occurrences) per word.
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (cands, heads) in &prepared {
        for (w, span, _) in cands {
            let c = counts.entry(w.as_str()).or_default();
            c.0 += usize::from(heads.contains(span));
            c.1 += 1;
        }
    }
    let words: Vec<&str> = counts
        .iter()
        .filter(|&(w, &(heads, seen))| {
            heads >= o.min_count && heads as f64 >= o.min_rate * seen as f64 && !NEVER.contains(w)
        })
        .map(|(&w, _)| w)
        .collect();
    let scored: HashSet<&str> = words.iter().copied().collect();
    let mut examples = Vec::new();
    for (article, (cands, heads)) in prepared.iter().enumerate() {
        for (w, span, x) in cands {
            if scored.contains(w.as_str()) {
                examples.push(Example { article, x: x.clone(), y: heads.contains(span) });
            }
        }
    }
    let positives = examples.iter().filter(|e| e.y).count();
    println!(
        "{} articles, {} cue words, {} occurrences ({} heading a cue)",
        articles.len(),
        words.len(),
        examples.len(),
        positives
    );

    if o.check {
        let (fit, test): (Vec<&Example>, Vec<&Example>) =
            examples.iter().partition(|e| e.article % 5 != 4);
        let (w, b) = train(&fit, o.bits, o.epochs, o.l2);
        for t in [0.3, 0.4, 0.5, 0.6, 0.7] {
            let (mut tp, mut fp, mut fn_) = (0, 0, 0);
            for e in &test {
                let p = score(&w, b, &e.x, o.bits) >= t;
                match (p, e.y) {
                    (true, true) => tp += 1,
                    (true, false) => fp += 1,
                    (false, true) => fn_ += 1,
                    _ => {}
                }
            }
            println!(
                "left-out fifth, threshold {t}: P {:.3} R {:.3} ({tp} of {} heads)",
                f64::from(tp) / f64::from((tp + fp).max(1)),
                f64::from(tp) / f64::from((tp + fn_).max(1)),
                tp + fn_
            );
        }
    }

    let all: Vec<&Example> =
        examples.iter().filter(|e| !o.four_fifths || e.article % 5 != 4).collect();
    let (w, b) = train(&all, o.bits, o.epochs, o.l2);
    let mut options = FeatureOptions::default();
    options.normalize = false;
    let model = Model::from_weights(options, o.bits, b, &w).expect("a model");
    let header = format!(
        "nutgraf-claims cue model: logistic regression over hashed features of a word and its \
         neighbours (2^{} weights), trained on {} PolNeAR training articles ({} occurrences of \
         {} cue words, {} heading a cue) by\ncargo run --release -p nutgraf-claims --example \
         train_cues -- --eval ../shared/eval\n(l2 {}, {} passes). No text of the articles is \
         stored.",
        o.bits,
        articles.len(),
        examples.len(),
        words.len(),
        positives,
        o.l2,
        o.epochs
    );
    if o.write {
        std::fs::write(o.out.join("cues.model"), model.to_bytes(&header)).expect("write the model");
        let mut list = String::from(
            "# Words the learned cue model of nutgraf-claims scores: the words that head a cue\n\
             # at least twice in the PolNeAR training articles. Regenerate with\n\
             # cargo run --release -p nutgraf-claims --example train_cues -- --eval ../shared/eval\n",
        );
        for w in &words {
            list.push_str(w);
            list.push('\n');
        }
        std::fs::write(o.out.join("cue_words.txt"), list).expect("write the word list");
        println!("wrote {}", o.out.display());
    }
}
