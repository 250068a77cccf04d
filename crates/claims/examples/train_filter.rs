//! Trains the learned claim filter of `nutgraf-claims` (`data/filter.model`).
//!
//! ```text
//! cargo run --release -p nutgraf-claims --example train_filter -- --eval ../shared/eval
//! ```
//!
//! reads the PolNeAR training articles `claims/attribution_train.jsonl` (see
//! `DATA_SOURCES.md`; the development articles `attribution_dev.jsonl` are never read), runs
//! the detector with the filter off (every candidate attribution the patterns propose, learned
//! cues from their lower candidate thresholds), labels each attributed claim by the gold
//! attributions as `nutgraf eval claims` matches them (one to one, cue overlap first, then
//! content overlap) and trains a logistic regression (AdaGrad, L2, a fixed number of passes
//! in a fixed order: the same data give the same bytes) on the features of
//! `nutgraf_claims::model::claim_features`: kept or not. With `--check` it first trains on
//! four fifths of the articles and prints, for the fifth left out (index 4 mod 5), the
//! precision and recall of the attributions kept at several thresholds; with
//! `--four-fifths` it writes a model trained without that fifth (for tuning on it).
//! Options: `--out DIR`, `--no-write`, `--bits N` (16), `--l2 X`, `--epochs N` (1).

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "common/hashed_lr.rs"]
mod hashed_lr;

use std::path::PathBuf;

use nutgraf_claims::ClaimDetector;
use nutgraf_claims::model::{FeatureOptions, Model, claim_features};
use nutgraf_tokenize::Span;
use serde::Deserialize;

use hashed_lr::{Example, score, train};

#[derive(Deserialize)]
struct Article {
    text: String,
    claims: Vec<Gold>,
}

#[derive(Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    #[serde(default)]
    cue_start: Option<usize>,
    #[serde(default)]
    cue_end: Option<usize>,
}

struct Opts {
    eval: PathBuf,
    out: PathBuf,
    write: bool,
    check: bool,
    four_fifths: bool,
    bits: u8,
    l2: f64,
    epochs: usize,
}

fn parse_args() -> Opts {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut o = Opts {
        eval: root.join("../../../shared/eval"),
        out: root.join("data"),
        write: true,
        check: false,
        four_fifths: false,
        bits: 16,
        l2: 1e-5,
        epochs: 1,
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
            other => panic!("unknown option {other}"),
        }
    }
    o
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The attributed claims of an article with their features, each labelled by whether the
/// evaluation's matching pairs it with a gold attribution; and the number of gold
/// attributions.
fn examples(detector: &ClaimDetector, article: usize, a: &Article) -> (Vec<Example>, usize) {
    let found = detector.detect_text(&a.text, &[]).claims;
    let ours: Vec<_> = found.iter().filter(|c| c.cue.is_some()).collect();
    let gold: Vec<(Span, Span)> = a
        .claims
        .iter()
        .filter_map(|g| Some((Span::new(g.start, g.end), Span::new(g.cue_start?, g.cue_end?))))
        .collect();
    let mut pairs = Vec::new();
    for (gi, &(content, cue)) in gold.iter().enumerate() {
        for (oi, o) in ours.iter().enumerate() {
            let c = overlap(content, o.content.unwrap_or(o.span));
            if c > 0 {
                let q = o.cue.map_or(0, |oc| overlap(cue, oc));
                pairs.push((q > 0, c, gi, oi));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse((p.0, p.1)));
    let (mut g_used, mut o_used) = (vec![false; gold.len()], vec![false; ours.len()]);
    for &(_, _, gi, oi) in &pairs {
        if !g_used[gi] && !o_used[oi] {
            g_used[gi] = true;
            o_used[oi] = true;
        }
    }
    // Only the claims of learned cues are the filter's (see `src/filter.rs`); the others
    // are counted, matched or not.
    let learned = |c: &nutgraf_claims::Claim| c.why.iter().any(|r| r.feature == "cue-model");
    let out = ours
        .iter()
        .zip(&o_used)
        .map(|(c, &y)| {
            if !learned(c) {
                return Example { article, x: Vec::new(), y };
            }
            let mut x = Vec::new();
            claim_features(&a.text, c, &mut x);
            Example { article, x, y }
        })
        .collect();
    (out, gold.len())
}

fn main() {
    let o = parse_args();
    let path = o.eval.join("claims/attribution_train.jsonl");
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let articles: Vec<Article> =
        data.lines().map(|l| serde_json::from_str(l).expect("an article per line")).collect();
    let detector = ClaimDetector::builder().claim_filter(false).build().expect("a detector");
    let mut all = Vec::new();
    let mut gold_fifth = 0;
    for (k, a) in articles.iter().enumerate() {
        let (ex, g) = examples(&detector, k, a);
        if k % 5 == 4 {
            gold_fifth += g;
        }
        all.extend(ex);
    }
    // Claims of listed cues (no features): kept whatever the filter says.
    let (fixed, all): (Vec<Example>, Vec<Example>) = all.into_iter().partition(|e| e.x.is_empty());
    let fixed_fifth = fixed.iter().filter(|e| e.article % 5 == 4).count();
    let fixed_tp = fixed.iter().filter(|e| e.article % 5 == 4 && e.y).count();
    let positives = all.iter().filter(|e| e.y).count();
    println!(
        "{} articles, {} candidate attributions of learned cues ({} matched), {} of listed cues",
        articles.len(),
        all.len(),
        positives,
        fixed.len()
    );

    if o.check {
        let (fit, test): (Vec<&Example>, Vec<&Example>) =
            all.iter().partition(|e| e.article % 5 != 4);
        let (w, b) = train(&fit, o.bits, o.epochs, o.l2);
        let tp_all = test.iter().filter(|e| e.y).count() + fixed_tp;
        println!(
            "left-out fifth, unfiltered: P {:.4} R {:.4} ({} of {} candidates, {gold_fifth} gold)",
            tp_all as f64 / (test.len() + fixed_fifth).max(1) as f64,
            tp_all as f64 / gold_fifth.max(1) as f64,
            tp_all,
            test.len() + fixed_fifth
        );
        for t in [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6] {
            let (mut tp, mut kept) = (fixed_tp, fixed_fifth);
            for e in &test {
                if score(&w, b, &e.x, o.bits) >= t {
                    kept += 1;
                    tp += usize::from(e.y);
                }
            }
            let (p, r) = (tp as f64 / kept.max(1) as f64, tp as f64 / gold_fifth.max(1) as f64);
            println!(
                "left-out fifth, threshold {t}: P {p:.4} R {r:.4} F1 {:.4} ({tp} of {kept} kept)",
                2.0 * p * r / (p + r).max(1e-12)
            );
        }
    }

    let fit: Vec<&Example> = all.iter().filter(|e| !o.four_fifths || e.article % 5 != 4).collect();
    let (w, b) = train(&fit, o.bits, o.epochs, o.l2);
    let mut options = FeatureOptions::default();
    options.normalize = false;
    let model = Model::from_weights(options, o.bits, b, &w).expect("a model");
    let header = format!(
        "nutgraf-claims claim filter: logistic regression over hashed features of an attributed \
         claim (2^{} weights), trained on {} PolNeAR training articles ({} candidate \
         attributions of learned cues, {} matching a gold one) by\ncargo run --release -p nutgraf-claims \
         --example train_filter -- --eval ../shared/eval{}\n(l2 {}, {} passes). No text of the \
         articles is stored.",
        o.bits,
        if o.four_fifths { articles.len() * 4 / 5 } else { articles.len() },
        fit.len(),
        fit.iter().filter(|e| e.y).count(),
        if o.four_fifths { " --four-fifths" } else { "" },
        o.l2,
        o.epochs
    );
    if o.write {
        std::fs::write(o.out.join("filter.model"), model.to_bytes(&header))
            .expect("write the model");
        println!("wrote {}", o.out.display());
    }
}
