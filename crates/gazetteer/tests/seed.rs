//! The seed article against its gold annotation: every PER and LOC mention found with the
//! right canonical id, and typed F1 ≥ 0.95 over all entities.

use std::collections::HashMap;

use nutgraf_gazetteer::{EntityKind, Gazetteer};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    text: String,
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    id: String,
    text: String,
}

fn conll(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Place => "LOC",
        EntityKind::Organization => "ORG",
        _ => "MISC",
    }
}

fn seed() -> Gold {
    // (Copies of the workspace's `examples/data/seed_article.txt` and
    // `tests/data/seed_article.gold.json`, so that the packaged crate's tests run on their own.)
    let text = include_str!("data/seed_article.txt").to_owned();
    let gold: Gold = serde_json::from_str(include_str!("data/seed_article.gold.json")).unwrap();
    assert_eq!(gold.text, text);
    gold
}

#[test]
fn every_person_and_place_with_its_canonical_id() {
    let gold = seed();
    let found: HashMap<(usize, usize), _> = Gazetteer::new()
        .find(&gold.text)
        .into_iter()
        .filter(|m| m.kind != EntityKind::Title)
        .map(|m| ((m.span.start, m.span.end), m))
        .collect();
    let mut misses = Vec::new();
    for e in gold.entities.iter().filter(|e| e.kind == "PER" || e.kind == "LOC") {
        match found.get(&(e.start, e.end)) {
            Some(m) if conll(m.kind) == e.kind && m.id == e.id => {}
            other => misses.push(format!(
                "{} {:?} {}..{} ({}): got {:?}",
                e.kind,
                e.text,
                e.start,
                e.end,
                e.id,
                other.map(|m| (m.kind, &m.id))
            )),
        }
    }
    assert!(misses.is_empty(), "{} miss(es):\n{}", misses.len(), misses.join("\n"));
}

#[test]
fn typed_f1_at_least_095() {
    let gold = seed();
    let ours: Vec<_> = Gazetteer::new()
        .find(&gold.text)
        .into_iter()
        .filter(|m| m.kind != EntityKind::Title)
        .map(|m| (m.span.start, m.span.end, conll(m.kind)))
        .collect();
    let gold: Vec<_> = gold.entities.iter().map(|e| (e.start, e.end, e.kind.as_str())).collect();
    let matched = ours.iter().filter(|o| gold.contains(o)).count();
    let (p, r) = (matched as f64 / ours.len() as f64, matched as f64 / gold.len() as f64);
    let f1 = 2.0 * p * r / (p + r);
    assert!(f1 >= 0.95, "typed F1 {f1:.4} (P {p:.4}, R {r:.4})");
}
