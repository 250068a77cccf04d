//! Sentence boundary detection on the English Golden Rules.

use std::fmt::Write;

use nutgraf::Tokenizer;
use serde::Deserialize;

use super::Report;
use super::metrics::{ratio, round4};

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    sentences: Vec<String>,
    #[serde(default)]
    in_pysbd48: bool,
    #[serde(default)]
    rule: String,
}

pub fn eval(path: &str, show_errors: usize) -> anyhow::Result<Report> {
    let cases: Vec<Case> = super::read_gold(path)?;
    let tokenizer = Tokenizer::new();
    let (mut exact, mut sub_exact, mut sub_total) = (0usize, 0usize, 0usize);
    let mut shown = 0;
    for case in &cases {
        let doc = tokenizer.analyze(&case.text);
        let ours: Vec<&str> = doc.sentences.iter().map(|s| doc.text_of(s.span).trim()).collect();
        let gold: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        let ok = ours == gold;
        exact += usize::from(ok);
        if case.in_pysbd48 {
            sub_total += 1;
            sub_exact += usize::from(ok);
        }
        if !ok && shown < show_errors {
            shown += 1;
            eprintln!("✗ {} ({})\n  gold: {gold:?}\n  ours: {ours:?}", case.id, case.rule);
        }
    }
    let mut table = String::new();
    let _ = writeln!(
        table,
        "sbd  exact {exact}/{} ({:.1}%)   pySBD-48 subset {sub_exact}/{sub_total} ({:.1}%)",
        cases.len(),
        100.0 * ratio(exact, cases.len()),
        100.0 * ratio(sub_exact, sub_total)
    );
    let json = serde_json::json!({
        "kind": "sbd",
        "gold": path,
        "cases": cases.len(),
        "exact": exact,
        "accuracy": round4(ratio(exact, cases.len())),
        "pysbd48": { "cases": sub_total, "exact": sub_exact, "accuracy": round4(ratio(sub_exact, sub_total)) },
    });
    Ok(Report { table, json })
}
