//! Claims: check-worthiness on sentence sets, attribution on documents with gold claims.
//!
//! - Sentence sets (`{"id","text","label"}`, ClaimBuster and CLEF CheckThat!): precision,
//!   recall and F1 of the check-worthy class at the detector's default threshold, and the
//!   average precision of the ranking by score, on the whole file and on its held-out part
//!   (`nutgraf_claims::model::held_out`: the records the embedded model was neither trained
//!   nor tuned on); with a `debate` field, also the mean of the per-debate AP. Ranking lines
//!   add the R-precision (the precision among the top R sentences, R the number of
//!   check-worthy ones) and the mean AP and R-precision by group: by debate when the set
//!   has a `debate` field, otherwise by block of 1,000 ids (the blocks `held_out` splits by:
//!   contiguous stretches of debates in ClaimBuster and CheckThat! 2020).
//! - Documents with gold claims (the seed article's gold file, PolNeAR `{"id","text",
//!   "claims":[…]}`): claims matched one-to-one by overlap (cue first, then content, then
//!   span), claim precision and recall, and over matched claims the accuracy of the claimer
//!   (overlap, and exact), the cue and the stance.

use std::collections::HashMap;
use std::fmt::Write;

use nutgraf::tokenize::Span;
use nutgraf::{Pipeline, Tokenizer};
use nutgraf_claims::model::held_out;
use nutgraf_claims::{Claim, ClaimDetector, Hint, HintKind, Stance};
use serde::Deserialize;

use super::metrics::{ratio, round4};
use super::{Prf, Report};

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: String,
    text: String,
    #[serde(default)]
    label: Option<i64>,
    #[serde(default)]
    debate: Option<String>,
    #[serde(default)]
    claims: Option<Vec<GoldClaim>>,
    #[serde(default)]
    boilerplate_lines: Vec<String>,
    /// The document date, `YYYY-MM-DD` (used with `--pipeline`).
    #[serde(default)]
    dct: Option<String>,
}

/// A gold claim in either format: the seed gold (`start`/`end` = the sentence, content in
/// `content_start`/`content_end`) or PolNeAR (`start`/`end` = the content).
#[derive(Deserialize)]
struct GoldClaim {
    start: usize,
    end: usize,
    #[serde(default)]
    content_start: Option<usize>,
    #[serde(default)]
    content_end: Option<usize>,
    #[serde(default)]
    claimer_start: Option<usize>,
    #[serde(default)]
    claimer_end: Option<usize>,
    #[serde(default)]
    cue_start: Option<usize>,
    #[serde(default)]
    cue_end: Option<usize>,
    #[serde(default)]
    stance: Option<String>,
    #[serde(default)]
    kinds: Option<Vec<String>>,
}

struct Gold {
    /// The sentence span (seed format), when given.
    span: Option<Span>,
    content: Option<Span>,
    claimer: Option<Span>,
    cue: Option<Span>,
    stance: Option<Stance>,
}

fn span(a: Option<usize>, b: Option<usize>) -> Option<Span> {
    match (a, b) {
        (Some(a), Some(b)) if a < b => Some(Span::new(a, b)),
        _ => None,
    }
}

impl Gold {
    fn new(g: &GoldClaim) -> Gold {
        let seed_format = g.kinds.is_some() || g.content_start.is_some() || g.stance.is_some();
        let stance = g.stance.as_deref().map(|s| match s {
            "deny" => Stance::Deny,
            "question" => Stance::Question,
            _ => Stance::Assert,
        });
        Gold {
            span: seed_format.then(|| Span::new(g.start, g.end)),
            content: if seed_format {
                span(g.content_start, g.content_end)
            } else {
                Some(Span::new(g.start, g.end))
            },
            claimer: span(g.claimer_start, g.claimer_end),
            cue: span(g.cue_start, g.cue_end),
            stance,
        }
    }
}

pub fn eval(path: &str, show_errors: usize, pipeline: Option<&Pipeline>) -> anyhow::Result<Report> {
    let records = super::read_gold::<Record>(path)?;
    let detector = ClaimDetector::new();
    if records.iter().any(|r| r.claims.is_some()) {
        documents(path, &records, &detector, show_errors, pipeline)
    } else if pipeline.is_some() {
        anyhow::bail!("{path}: --pipeline scores claim documents; sentence sets score the detector")
    } else if records.iter().all(|r| r.label.is_some()) {
        Ok(sentences(path, &records, &detector, show_errors))
    } else {
        anyhow::bail!("{path}: expected sentences with a \"label\" or documents with \"claims\"")
    }
}

/// Average precision of a ranking: the mean of the precision at each positive.
fn average_precision(scored: &[(f32, bool)]) -> f64 {
    let mut v = scored.to_vec();
    v.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut hits, mut sum) = (0usize, 0.0);
    for (i, &(_, y)) in v.iter().enumerate() {
        if y {
            hits += 1;
            sum += hits as f64 / (i + 1) as f64;
        }
    }
    if hits == 0 { 0.0 } else { sum / hits as f64 }
}

/// R-precision of a ranking: the precision among the top R items, R the number of
/// positives (ties broken by the order of the items).
fn r_precision(scored: &[(f32, bool)]) -> f64 {
    let r = scored.iter().filter(|e| e.1).count();
    if r == 0 {
        return 0.0;
    }
    let mut v = scored.to_vec();
    v.sort_by(|a, b| b.0.total_cmp(&a.0));
    v.iter().take(r).filter(|e| e.1).count() as f64 / r as f64
}

struct SetScores {
    prf: Prf,
    ap: f64,
    map: Option<f64>,
    n: usize,
    /// R-precision of the whole ranking.
    rp: f64,
    /// Mean AP and mean R-precision over the groups (debates, or blocks of 1,000 ids) with
    /// at least one check-worthy sentence, and the number of such groups.
    group_map: f64,
    group_rp: f64,
    groups: usize,
}

/// The group of a record for the means by group: its debate, or its block of 1,000 ids.
fn group_of(id: &str, debate: Option<&str>) -> String {
    if let Some(d) = debate.filter(|d| !d.is_empty()) {
        return d.to_owned();
    }
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (stem, number) = id.split_at(id.len() - digits);
    match number.parse::<u64>() {
        Ok(n) => format!("{stem}{}k", n / 1000),
        Err(_) => stem.to_owned(),
    }
}

/// Mean AP and R-precision over the groups with a positive, and their number.
fn by_group(items: &[(f32, bool, &str)]) -> (f64, f64, usize) {
    let mut by: HashMap<&str, Vec<(f32, bool)>> = HashMap::new();
    for &(s, y, g) in items {
        by.entry(g).or_default().push((s, y));
    }
    let mut keys: Vec<&str> = by.keys().copied().collect();
    keys.sort_unstable();
    let (mut ap, mut rp, mut n) = (0.0, 0.0, 0usize);
    for k in keys {
        let v = &by[k];
        if v.iter().any(|e| e.1) {
            ap += average_precision(v);
            rp += r_precision(v);
            n += 1;
        }
    }
    let d = n.max(1) as f64;
    (ap / d, rp / d, n)
}

fn set_scores(items: &[(f32, bool, Option<&str>, &str)], threshold: f32) -> SetScores {
    let mut prf = Prf::default();
    for &(s, y, _, _) in items {
        let p = s >= threshold;
        prf.system += usize::from(p);
        prf.gold += usize::from(y);
        prf.matched += usize::from(p && y);
    }
    let flat: Vec<(f32, bool)> = items.iter().map(|e| (e.0, e.1)).collect();
    let mut by: HashMap<&str, Vec<(f32, bool)>> = HashMap::new();
    for &(s, y, g, _) in items {
        if let Some(g) = g {
            by.entry(g).or_default().push((s, y));
        }
    }
    let aps: Vec<f64> =
        by.values().filter(|v| v.iter().any(|e| e.1)).map(|v| average_precision(v)).collect();
    let map = (!aps.is_empty()).then(|| aps.iter().sum::<f64>() / aps.len() as f64);
    let grouped: Vec<(f32, bool, &str)> = items.iter().map(|e| (e.0, e.1, e.3)).collect();
    let (group_map, group_rp, groups) = by_group(&grouped);
    SetScores {
        prf,
        ap: average_precision(&flat),
        map,
        n: items.len(),
        rp: r_precision(&flat),
        group_map,
        group_rp,
        groups,
    }
}

fn sentences(
    path: &str,
    records: &[Record],
    detector: &ClaimDetector,
    show_errors: usize,
) -> Report {
    let tokenizer = Tokenizer::new();
    let mut all = Vec::with_capacity(records.len());
    let mut held = Vec::new();
    let mut errors: Vec<(f32, &Record)> = Vec::new();
    let groups: Vec<String> =
        records.iter().map(|r| group_of(&r.id, r.debate.as_deref())).collect();
    let by_debate = records.iter().any(|r| r.debate.as_deref().is_some_and(|d| !d.is_empty()));
    for (r, g) in records.iter().zip(&groups) {
        let tokens = tokenizer.tokenize(&r.text);
        let score = detector.checkworthiness(&r.text, &tokens);
        let y = r.label == Some(1);
        let item = (score, y, r.debate.as_deref(), g.as_str());
        all.push(item);
        if held_out(&r.id, r.debate.as_deref()) {
            held.push(item);
        }
        if (score >= detector.threshold()) != y {
            errors.push((if y { score } else { -score }, r));
        }
    }
    if show_errors > 0 {
        // The most confident mistakes first.
        errors.sort_by(|a, b| a.0.abs().total_cmp(&b.0.abs()).reverse());
        for (s, r) in errors.iter().take(show_errors) {
            let what = if *s >= 0.0 { "missed  " } else { "spurious" };
            eprintln!("✗ {what} {:.3} {} {}", s.abs(), r.id, r.text);
        }
    }
    let t = detector.threshold();
    let a = set_scores(&all, t);
    let h = set_scores(&held, t);
    let mut table = String::new();
    let row = |table: &mut String, name: &str, s: &SetScores| {
        let _ = write!(
            table,
            "{name:<9} {:>6} sentences  P {:.4}  R {:.4}  F1 {:.4}  AP {:.4}",
            s.n,
            s.prf.precision(),
            s.prf.recall(),
            s.prf.f1(),
            s.ap
        );
        if let Some(m) = s.map {
            let _ = write!(table, "  MAP {m:.4}");
        }
        let _ = writeln!(table);
    };
    let _ = writeln!(
        table,
        "check-worthy class at threshold {t}; AP = average precision of the ranking"
    );
    row(&mut table, "all", &a);
    row(&mut table, "held-out", &h);
    let group_name = if by_debate { "debate" } else { "1,000-id block" };
    let ranking = |table: &mut String, name: &str, s: &SetScores| {
        let _ = writeln!(
            table,
            "ranking {name:<9} R-precision {:.4}  by {group_name} ({} with a positive): MAP {:.4}  mean R-precision {:.4}",
            s.rp, s.groups, s.group_map, s.group_rp
        );
    };
    ranking(&mut table, "all", &a);
    ranking(&mut table, "held-out", &h);
    let _ = writeln!(
        table,
        "(all: includes sentences the embedded model was trained on; held-out: the part it was \
         neither trained nor tuned on, see crates/claims/DATA_SOURCES.md)"
    );
    let js = |s: &SetScores| {
        serde_json::json!({
            "sentences": s.n,
            "checkworthy": s.prf.to_json(),
            "average_precision": round4(s.ap),
            "mean_average_precision_by_debate": s.map.map(round4),
            "r_precision": round4(s.rp),
            "by_group": {
                "group": group_name,
                "groups": s.groups,
                "mean_average_precision": round4(s.group_map),
                "mean_r_precision": round4(s.group_rp),
            },
        })
    };
    let json = serde_json::json!({
        "kind": "claims",
        "format": "sentences",
        "gold": path,
        "threshold": t,
        "all": js(&a),
        "heldout": js(&h),
    });
    Report { table, json }
}

#[derive(Default)]
struct DocScores {
    claims: Prf,
    attributed: Prf,
    claimer: (usize, usize),
    claimer_exact: (usize, usize),
    /// Exact once commas, semicolons, colons and spaces at either edge are left out (PolNeAR
    /// often ends a claimer before its verb with the comma of its apposition).
    claimer_trimmed: (usize, usize),
    claimer_kind_none: (usize, usize),
    cue: (usize, usize),
    cue_exact: (usize, usize),
    stance: (usize, usize),
    /// Content bytes over matched claims with a gold content: shared, ours, gold.
    content: (usize, usize, usize),
    /// Content bytes over all claims: shared (matched), ours (all), gold (all).
    content_all: (usize, usize, usize),
}

/// Precision, recall and F1 of shared bytes.
fn byte_f1((shared, ours, gold): (usize, usize, usize)) -> (f64, f64, f64) {
    let (p, r) = (ratio(shared, ours), ratio(shared, gold));
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn documents(
    path: &str,
    records: &[Record],
    detector: &ClaimDetector,
    show_errors: usize,
    pipeline: Option<&Pipeline>,
) -> anyhow::Result<Report> {
    let tokenizer = Tokenizer::new();
    let mut sc = DocScores::default();
    let mut shown = 0;
    let mut attribution_only = true;
    for r in records {
        let gold: Vec<Gold> = r.claims.iter().flatten().map(Gold::new).collect();
        let seed_format = gold.iter().any(|g| g.span.is_some());
        attribution_only &= !seed_format;
        // The facade marks boilerplate lines; the gold file names them.
        let hints: Vec<Hint> = r
            .boilerplate_lines
            .iter()
            .filter_map(|l| {
                r.text.find(l.as_str()).map(|s| Hint::new(s..s + l.len(), HintKind::Boilerplate))
            })
            .collect();
        let found: Vec<Claim> = match pipeline {
            // The sections stage finds the boilerplate; entities and dates become hints.
            Some(p) => super::analyze(p, &r.id, &r.text, r.dct.as_deref())?.claims().to_vec(),
            None => {
                let doc = tokenizer.analyze(&r.text);
                detector.detect(&r.text, &doc.tokens, &doc.sentences, &hints).claims
            }
        };
        // Attribution-only gold (PolNeAR) is scored against attributed claims only.
        let ours: Vec<&Claim> = found.iter().filter(|c| seed_format || c.cue.is_some()).collect();
        // Candidate pairs, best first: cue overlap, then content overlap, then span overlap.
        let mut pairs = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            for (oi, o) in ours.iter().enumerate() {
                let cue = match (g.cue, o.cue) {
                    (Some(a), Some(b)) => overlap(a, b),
                    _ => 0,
                };
                let content = match (g.content, o.content) {
                    (Some(a), Some(b)) => overlap(a, b),
                    (Some(a), None) => overlap(a, o.span),
                    _ => 0,
                };
                let sp = g.span.map_or(0, |s| overlap(s, o.span));
                if content > 0 || sp > 0 {
                    pairs.push((cue > 0, content, sp, gi, oi));
                }
            }
        }
        pairs.sort_by_key(|p| std::cmp::Reverse((p.0, p.1, p.2)));
        let mut g_used = vec![None; gold.len()];
        let mut o_used = vec![false; ours.len()];
        for &(_, _, _, gi, oi) in &pairs {
            if g_used[gi].is_none() && !o_used[oi] {
                g_used[gi] = Some(oi);
                o_used[oi] = true;
            }
        }
        let matched = g_used.iter().filter(|m| m.is_some()).count();
        sc.claims.add(Prf { matched, system: ours.len(), gold: gold.len() });
        let g_att = gold.iter().filter(|g| g.cue.is_some()).count();
        let o_att = ours.iter().filter(|o| o.cue.is_some()).count();
        let m_att = gold
            .iter()
            .zip(&g_used)
            .filter(|(g, m)| g.cue.is_some() && m.is_some_and(|oi| ours[oi].cue.is_some()))
            .count();
        sc.attributed.add(Prf { matched: m_att, system: o_att, gold: g_att });
        let mut doc_errors = Vec::new();
        let content_of = |o: &Claim| o.content.unwrap_or(o.span);
        sc.content_all.1 += ours.iter().map(|o| content_of(o).len()).sum::<usize>();
        sc.content_all.2 += gold.iter().filter_map(|g| g.content).map(|c| c.len()).sum::<usize>();
        for (g, m) in gold.iter().zip(&g_used) {
            if let (Some(gc), Some(oi)) = (g.content, *m) {
                let oc = content_of(ours[oi]);
                let shared = overlap(gc, oc);
                sc.content.0 += shared;
                sc.content.1 += oc.len();
                sc.content.2 += gc.len();
                sc.content_all.0 += shared;
            }
            let Some(oi) = *m else {
                doc_errors.push(format!("  missed   {}", describe_gold(&r.text, g)));
                continue;
            };
            let o = ours[oi];
            if let Some(gc) = g.claimer {
                let oc = o.claimer.map(|c| c.span);
                let ok = oc.is_some_and(|c| overlap(c, gc) > 0);
                sc.claimer.0 += usize::from(ok);
                sc.claimer.1 += 1;
                sc.claimer_exact.0 += usize::from(oc == Some(gc));
                sc.claimer_exact.1 += 1;
                let trimmed = |c: Span| c.get(&r.text).map(trim_edges);
                sc.claimer_trimmed.0 += usize::from(
                    oc.is_some_and(|c| trimmed(c).is_some() && trimmed(c) == trimmed(gc)),
                );
                sc.claimer_trimmed.1 += 1;
                if !ok {
                    doc_errors.push(format!(
                        "  claimer  {:?} for gold {:?} ({})",
                        oc.and_then(|c| c.get(&r.text)),
                        gc.get(&r.text),
                        describe_gold(&r.text, g)
                    ));
                }
            } else if g.cue.is_some() {
                sc.claimer_kind_none.0 += usize::from(o.claimer.is_none());
                sc.claimer_kind_none.1 += 1;
            }
            if let Some(gc) = g.cue {
                let ok = o.cue.is_some_and(|c| overlap(c, gc) > 0);
                sc.cue.0 += usize::from(ok);
                sc.cue.1 += 1;
                sc.cue_exact.0 += usize::from(o.cue == Some(gc));
                sc.cue_exact.1 += 1;
            }
            if let Some(s) = g.stance {
                sc.stance.0 += usize::from(o.stance == s);
                sc.stance.1 += 1;
            }
        }
        for (o, used) in ours.iter().zip(&o_used) {
            if !used {
                let cue = o.cue.and_then(|c| c.get(&r.text)).unwrap_or("-");
                let who = o.claimer.and_then(|c| c.span.get(&r.text)).unwrap_or("-");
                let what = o.content.unwrap_or(o.span).get(&r.text).unwrap_or("");
                doc_errors.push(format!("  spurious [{who} | {cue}] {}", clip(what)));
            }
        }
        if shown < show_errors && !doc_errors.is_empty() {
            shown += 1;
            eprintln!("── {}", r.id);
            for e in doc_errors {
                eprintln!("{e}");
            }
        }
    }
    let acc = |(a, b): (usize, usize)| ratio(a, b);
    let mut table = String::new();
    let scope = if attribution_only { "attributed claims" } else { "claims" };
    let _ = writeln!(table, "{scope:<20} {}", sc.claims);
    if !attribution_only {
        let _ = writeln!(table, "{:<20} {}", "attributed claims", sc.attributed);
    }
    let _ = writeln!(
        table,
        "claimer accuracy     {:.4} overlap, {:.4} exact ({} matched claims with a gold claimer); {:.4} exact without edge commas and spaces",
        acc(sc.claimer),
        acc(sc.claimer_exact),
        sc.claimer.1,
        acc(sc.claimer_trimmed)
    );
    let _ = writeln!(
        table,
        "cue accuracy         {:.4} overlap, {:.4} exact ({} matched claims with a gold cue)",
        acc(sc.cue),
        acc(sc.cue_exact),
        sc.cue.1
    );
    let (cp, cr, cf) = byte_f1(sc.content);
    let (ap, ar, af) = byte_f1(sc.content_all);
    let _ = writeln!(
        table,
        "content bytes        F1 {cf:.4} (P {cp:.4} R {cr:.4}) over matched claims; F1 {af:.4} (P {ap:.4} R {ar:.4}) over all"
    );
    if sc.stance.1 > 0 {
        let _ = writeln!(
            table,
            "stance accuracy      {:.4} ({} matched claims)",
            acc(sc.stance),
            sc.stance.1
        );
    }
    let pair = |(a, b): (usize, usize)| serde_json::json!({"accuracy": round4(ratio(a, b)), "correct": a, "total": b});
    let json = serde_json::json!({
        "kind": "claims",
        "format": "documents",
        "gold": path,
        "documents": records.len(),
        "claims": sc.claims.to_json(),
        "attributed": sc.attributed.to_json(),
        "claimer": pair(sc.claimer),
        "claimer_exact": pair(sc.claimer_exact),
        "claimer_exact_trimmed": pair(sc.claimer_trimmed),
        "cue": pair(sc.cue),
        "cue_exact": pair(sc.cue_exact),
        "stance": pair(sc.stance),
        "content_bytes_matched": {"precision": round4(cp), "recall": round4(cr), "f1": round4(cf)},
        "content_bytes_all": {"precision": round4(ap), "recall": round4(ar), "f1": round4(af)},
        "unattributed_cue_without_claimer": pair(sc.claimer_kind_none),
    });
    Ok(Report { table, json })
}

/// A span's text without commas, semicolons, colons and whitespace at its edges.
fn trim_edges(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
}

fn clip(s: &str) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() > 100 {
        format!("{}…", s.chars().take(100).collect::<String>())
    } else {
        s
    }
}

fn describe_gold(text: &str, g: &Gold) -> String {
    let get = |s: Option<Span>| s.and_then(|s| s.get(text)).unwrap_or("-");
    format!("[{} | {}] {}", get(g.claimer), get(g.cue), clip(get(g.content.or(g.span))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r_precision_is_the_precision_at_the_number_of_positives() {
        let scored = [(0.9, true), (0.8, false), (0.7, true), (0.1, false), (0.05, true)];
        // Three positives; two of the top three are positive.
        assert!((r_precision(&scored) - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r_precision(&[(0.5, false)]), 0.0);
    }

    #[test]
    fn groups_are_debates_or_blocks_of_a_thousand_ids() {
        assert_eq!(group_of("ct19-x.tsv-3", Some("x.tsv")), "x.tsv");
        assert_eq!(group_of("ct20-4017", None), "ct20-4k");
        assert_eq!(group_of("cb-999", None), "cb-0k");
        let items = [(0.9, true, "a"), (0.1, false, "a"), (0.2, true, "b"), (0.8, false, "b")];
        let (map, rp, n) = by_group(&items);
        assert_eq!(n, 2);
        assert!((map - 0.75).abs() < 1e-12 && (rp - 0.5).abs() < 1e-12, "{map} {rp}");
    }
}
