//! Named entities: exact-span typed P/R/F1 per type and micro-averaged, untyped span F1, and
//! canonical-id accuracy where the gold names ids.
//!
//! Gazetteer kinds map to CoNLL types: person → PER, place → LOC, organization → ORG,
//! nationality and other → MISC (titles are not entities).
//!
//! A fifth of the documents (by a hash of the id, [`held_out`], as for the timex cases) is
//! held out: the report gives its rows and those of the other four fifths apart, and
//! `--errors` shows mistakes only from the other four fifths, so that tuning never looks at
//! the held-out documents. A gold file of one document (the seed article) has no split: every
//! miss there is shown.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;

use nutgraf::Pipeline;
use nutgraf_gazetteer::{EntityKind, Gazetteer, Mention};
use serde::Deserialize;

use super::metrics::{ratio, round4};
use super::timex_cases::held_out;
use super::{Prf, Report};

/// A gold document: the CoNLL JSONL records, or the seed article's gold JSON.
#[derive(Deserialize)]
struct GoldDoc {
    #[serde(default)]
    id: String,
    /// The document date, `YYYY-MM-DD` (used with `--pipeline`).
    #[serde(default)]
    dct: Option<String>,
    text: String,
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<String>,
}

/// The CoNLL type of a gazetteer kind (`None` for titles).
pub fn conll_type(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("PER"),
        EntityKind::Place => Some("LOC"),
        EntityKind::Organization => Some("ORG"),
        EntityKind::Title => None,
        _ => Some("MISC"),
    }
}

pub fn eval(path: &str, show_errors: usize, pipeline: Option<&Pipeline>) -> anyhow::Result<Report> {
    let docs = super::read_gold::<GoldDoc>(path)?;
    let gazetteer = Gazetteer::new();
    let types = ["PER", "LOC", "ORG", "MISC"];
    let mut by_type: BTreeMap<&str, Prf> = types.iter().map(|t| (*t, Prf::default())).collect();
    let mut untyped = Prf::default();
    // [tuned four fifths, held-out fifth]: per type and untyped.
    let mut parts: [(BTreeMap<&str, Prf>, Prf, usize); 2] = [
        (types.iter().map(|t| (*t, Prf::default())).collect(), Prf::default(), 0),
        (types.iter().map(|t| (*t, Prf::default())).collect(), Prf::default(), 0),
    ];
    let (mut id_total, mut id_right) = (0usize, 0usize);
    let mut shown = 0;
    for d in &docs {
        let held = docs.len() > 1 && held_out(&d.id);
        let part = &mut parts[usize::from(held)];
        part.2 += 1;
        let found: Vec<Mention> = match pipeline {
            Some(p) => super::analyze(p, &d.id, &d.text, d.dct.as_deref())?.entities().to_vec(),
            None => gazetteer.find(&d.text),
        };
        let ours: HashMap<(usize, usize), (&str, &Mention)> = found
            .iter()
            .filter_map(|m| conll_type(m.kind).map(|t| ((m.span.start, m.span.end), (t, m))))
            .collect();
        let gold: HashMap<(usize, usize), &GoldEntity> =
            d.entities.iter().map(|e| ((e.start, e.end), e)).collect();
        for t in types {
            let o: HashSet<_> = ours.iter().filter(|(_, v)| v.0 == t).map(|(k, _)| *k).collect();
            let g: HashSet<_> = gold.iter().filter(|(_, e)| e.kind == t).map(|(k, _)| *k).collect();
            let prf = Prf { matched: o.intersection(&g).count(), system: o.len(), gold: g.len() };
            by_type.entry(t).or_default().add(prf);
            part.0.entry(t).or_default().add(prf);
        }
        let o: HashSet<_> = ours.keys().copied().collect();
        let g: HashSet<_> = gold.keys().copied().collect();
        let prf = Prf { matched: o.intersection(&g).count(), system: o.len(), gold: g.len() };
        untyped.add(prf);
        part.1.add(prf);
        for (k, e) in &gold {
            if let (Some(gid), Some((t, m))) = (&e.id, ours.get(k))
                && *t == e.kind
            {
                id_total += 1;
                id_right += usize::from(&m.id == gid);
            }
        }
        if shown < show_errors && !held {
            let mut lines = Vec::new();
            for (k, e) in &gold {
                match ours.get(k) {
                    None => {
                        lines.push((k.0, format!("  missed   {} {:?}", e.kind, snip(&d.text, *k))))
                    }
                    Some((t, m)) if *t != e.kind => lines.push((
                        k.0,
                        format!("  wrong    {} as {t} ({}) {:?}", e.kind, m.how, snip(&d.text, *k)),
                    )),
                    Some((_, m)) if e.id.as_ref().is_some_and(|i| *i != m.id) => lines.push((
                        k.0,
                        format!("  wrong id {:?} as {:?} {:?}", e.id, m.id, snip(&d.text, *k)),
                    )),
                    _ => {}
                }
            }
            for (k, (t, m)) in &ours {
                if !gold.contains_key(k) {
                    lines
                        .push((k.0, format!("  spurious {t} ({}) {:?}", m.how, snip(&d.text, *k))));
                }
            }
            if !lines.is_empty() {
                shown += 1;
                lines.sort();
                eprintln!("── {}", d.id);
                for (_, l) in lines {
                    eprintln!("{l}");
                }
            }
        }
    }
    let micro = micro_of(&by_type);
    let mut table = String::new();
    for (t, p) in &by_type {
        let _ = writeln!(table, "{t:<8} {p}");
    }
    let _ = writeln!(table, "micro    {micro}");
    let _ = writeln!(table, "untyped  {untyped}");
    let _ = writeln!(
        table,
        "ids      {id_right}/{id_total} ({:.1}%) of typed matches with a gold id",
        100.0 * ratio(id_right, id_total)
    );
    for ((types, untyped, documents), name) in parts
        .iter()
        .zip(["tuned four fifths", "held-out fifth (not tuned on)"])
        .filter(|_| docs.len() > 1)
    {
        let _ = writeln!(table, "{name}, {documents} documents:");
        for (t, p) in types {
            let _ = writeln!(table, "  {t:<6} {p}");
        }
        let _ = writeln!(table, "  micro  {}", micro_of(types));
        let _ = writeln!(table, "  untyp. {untyped}");
    }
    let part_json = |(types, untyped, documents): &(BTreeMap<&str, Prf>, Prf, usize)| {
        serde_json::json!({
            "documents": documents,
            "types": types.iter().map(|(t, p)| (t.to_string(), p.to_json())).collect::<serde_json::Map<_, _>>(),
            "micro": micro_of(types).to_json(),
            "untyped": untyped.to_json(),
        })
    };
    let json = serde_json::json!({
        "kind": "ner",
        "gold": path,
        "documents": docs.len(),
        "types": by_type.iter().map(|(t, p)| (t.to_string(), p.to_json())).collect::<serde_json::Map<_, _>>(),
        "micro": micro.to_json(),
        "untyped": untyped.to_json(),
        "tuned": part_json(&parts[0]),
        "held_out": part_json(&parts[1]),
        "ids": { "right": id_right, "total": id_total, "accuracy": round4(ratio(id_right, id_total)) },
    });
    Ok(Report { table, json })
}

/// The micro-average of per-type counts.
fn micro_of(by_type: &BTreeMap<&str, Prf>) -> Prf {
    let mut micro = Prf::default();
    for p in by_type.values() {
        micro.add(*p);
    }
    micro
}

/// The span's text with a little context.
fn snip(text: &str, (s, e): (usize, usize)) -> String {
    let mut a = s.saturating_sub(30);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = (e + 30).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let before = text.get(a..s).unwrap_or("");
    let after = text.get(e..b).unwrap_or("");
    format!(
        "{}[{}]{}",
        before.replace('\n', " "),
        text.get(s..e).unwrap_or(""),
        after.replace('\n', " ")
    )
}
