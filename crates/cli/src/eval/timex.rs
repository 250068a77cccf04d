//! Temporal expressions, scored as in TempEval-3: strict and relaxed span P/R/F1, type and
//! value accuracy over relaxed matches, and value F1 (a relaxed match with the exact value).

use std::fmt::Write;

use nutgraf::Pipeline;
use nutgraf_dates::{Date, DateTagger, Timex};
use serde::Deserialize;

use super::metrics::{ratio, round4};
use super::{Prf, Report};

#[derive(Deserialize)]
struct GoldDoc {
    id: String,
    /// The document date, `YYYY-MM-DD`.
    #[serde(default)]
    dct: Option<String>,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Deserialize)]
struct GoldTimex {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

/// Totals over all documents.
#[derive(Default)]
struct Counts {
    strict: Prf,
    relaxed: Prf,
    type_ok: usize,
    value_ok: usize,
}

/// Pairs gold and system timexes one-to-one by overlap, in text order. Returns (gold index,
/// system index) pairs.
fn align(gold: &[GoldTimex], ours: &[Timex]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut used = vec![false; ours.len()];
    for (gi, g) in gold.iter().enumerate() {
        // The first unused system timex overlapping the gold one (both are in text order).
        let hit = ours
            .iter()
            .enumerate()
            .find(|(si, s)| !used[*si] && s.span.start < g.end && g.start < s.span.end);
        if let Some((si, _)) = hit {
            used[si] = true;
            pairs.push((gi, si));
        }
    }
    pairs
}

pub fn eval(path: &str, show_errors: usize, pipeline: Option<&Pipeline>) -> anyhow::Result<Report> {
    let docs: Vec<GoldDoc> = super::read_gold(path)?;
    // TimeML annotates `from 2019 to 2021` as two expressions.
    let tagger = DateTagger::builder().join_ranges(false).build()?;
    let mut c = Counts::default();
    let mut shown = 0;
    for d in &docs {
        let dct: Option<Date> = d.dct.as_deref().and_then(|s| s.parse().ok());
        let mut gold: Vec<&GoldTimex> = d.timexes.iter().collect();
        gold.sort_by_key(|g| (g.start, g.end));
        let gold: Vec<GoldTimex> = gold
            .into_iter()
            .map(|g| GoldTimex {
                start: g.start,
                end: g.end,
                kind: g.kind.clone(),
                value: g.value.clone(),
            })
            .collect();
        let ours = match pipeline {
            // The pipeline joins ranges (`from 2019 to 2021`), as its users want them.
            Some(p) => super::analyze(p, &d.id, &d.text, d.dct.as_deref())?.timexes().to_vec(),
            None => tagger.tag(&d.text, dct),
        };
        let strict = gold
            .iter()
            .filter(|g| ours.iter().any(|s| s.span.start == g.start && s.span.end == g.end))
            .count();
        c.strict.add(Prf { matched: strict, system: ours.len(), gold: gold.len() });
        let pairs = align(&gold, &ours);
        c.relaxed.add(Prf { matched: pairs.len(), system: ours.len(), gold: gold.len() });
        for &(gi, si) in &pairs {
            c.type_ok += usize::from(gold[gi].kind == ours[si].kind.as_str());
            c.value_ok += usize::from(gold[gi].value == ours[si].value);
        }
        if shown < show_errors {
            shown += report_errors(d, &gold, &ours, &pairs, show_errors - shown);
        }
    }
    let value = Prf { matched: c.value_ok, system: c.relaxed.system, gold: c.relaxed.gold };
    let type_acc = ratio(c.type_ok, c.relaxed.matched);
    let value_acc = ratio(c.value_ok, c.relaxed.matched);
    let mut table = String::new();
    let _ = writeln!(table, "timex strict   {}", c.strict);
    let _ = writeln!(table, "timex relaxed  {}", c.relaxed);
    let _ = writeln!(
        table,
        "type accuracy  {type_acc:.4} ({} of {} relaxed matches)",
        c.type_ok, c.relaxed.matched
    );
    let _ = writeln!(
        table,
        "value accuracy {value_acc:.4} ({} of {} relaxed matches)",
        c.value_ok, c.relaxed.matched
    );
    let _ = writeln!(table, "value          {value}");
    let json = serde_json::json!({
        "kind": "timex",
        "gold": path,
        "documents": docs.len(),
        "strict": c.strict.to_json(),
        "relaxed": c.relaxed.to_json(),
        "type_accuracy": round4(type_acc),
        "value_accuracy": round4(value_acc),
        "value": value.to_json(),
    });
    Ok(Report { table, json })
}

/// Prints missed, spurious, mis-spanned and mis-valued timexes of one document to standard
/// error; returns how many lines it printed (at most `budget`).
fn report_errors(
    d: &GoldDoc,
    gold: &[GoldTimex],
    ours: &[Timex],
    pairs: &[(usize, usize)],
    budget: usize,
) -> usize {
    let text = &d.text;
    let show = |s: usize, e: usize| text.get(s..e).unwrap_or("?").replace('\n', " ");
    let ctx = |s: usize, e: usize| {
        let mut a = s.saturating_sub(40);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (e + 40).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        format!("{}[{}]{}", show(a, s), show(s, e), show(e, b))
    };
    let mut lines = Vec::new();
    let matched_g: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    let matched_s: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    for (gi, g) in gold.iter().enumerate() {
        if !matched_g.contains(&gi) {
            lines.push(format!(
                "  missed   {} {} {:?}  …{}…",
                g.kind,
                g.value,
                show(g.start, g.end),
                ctx(g.start, g.end)
            ));
        }
    }
    for (si, s) in ours.iter().enumerate() {
        if !matched_s.contains(&si) {
            lines.push(format!(
                "  spurious {} {} [{}] …{}…",
                s.kind,
                s.value,
                s.rule,
                ctx(s.span.start, s.span.end)
            ));
        }
    }
    for &(gi, si) in pairs {
        let (g, s) = (&gold[gi], &ours[si]);
        let span_ok = g.start == s.span.start && g.end == s.span.end;
        if !span_ok || g.value != s.value || g.kind != s.kind.as_str() {
            lines.push(format!(
                "  differs  gold {} {} {:?} / ours {} {} {:?} [{}]  …{}…",
                g.kind,
                g.value,
                show(g.start, g.end),
                s.kind,
                s.value,
                s.text(text),
                s.rule,
                ctx(g.start.min(s.span.start), g.end.max(s.span.end))
            ));
        }
    }
    if lines.is_empty() {
        return 0;
    }
    eprintln!("── {} (dct {})", d.id, d.dct.as_deref().unwrap_or("-"));
    let n = lines.len().min(budget);
    for l in lines.iter().take(n) {
        eprintln!("{l}");
    }
    n
}
