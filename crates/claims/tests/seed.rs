//! The seed article (`tests/data/seed_article.txt`, a copy of the workspace's
//! `examples/data/seed_article.txt`) against its gold claims (`tests/data/seed_article.gold.json`),
//! with and without hints.

use nutgraf_claims::{ClaimDetector, Hint, HintKind, Stance};
use nutgraf_tokenize::{Span, Tokenizer};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    text: String,
    boilerplate_lines: Vec<String>,
    entities: Vec<Entity>,
    claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
struct Entity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Deserialize)]
struct GoldClaim {
    start: usize,
    end: usize,
    text: String,
    stance: String,
    kinds: Vec<String>,
    claimer_start: Option<usize>,
    claimer_end: Option<usize>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    content_start: Option<usize>,
    content_end: Option<usize>,
    hedge: Option<String>,
}

fn seed() -> Gold {
    // (Copies of the workspace's `examples/data/seed_article.txt` and
    // `tests/data/seed_article.gold.json`, so that the packaged crate's tests run on their own.)
    let text = include_str!("data/seed_article.txt").to_owned();
    let gold: Gold = serde_json::from_str(include_str!("data/seed_article.gold.json")).unwrap();
    assert_eq!(gold.text, text);
    gold
}

fn entity_hints(gold: &Gold) -> Vec<Hint> {
    gold.entities
        .iter()
        .map(|e| {
            let kind = match e.kind.as_str() {
                "PER" => HintKind::Person,
                "ORG" => HintKind::Organization,
                "LOC" => HintKind::Place,
                _ => HintKind::Group,
            };
            Hint::new(e.start..e.end, kind)
        })
        .collect()
}

fn boilerplate_hints(gold: &Gold) -> Vec<Hint> {
    gold.boilerplate_lines
        .iter()
        .map(|line| {
            let start = gold.text.find(line.as_str()).unwrap();
            Hint::new(start..start + line.len(), HintKind::Boilerplate)
        })
        .collect()
}

fn span(a: Option<usize>, b: Option<usize>) -> Option<Span> {
    Some(Span::new(a?, b?))
}

fn check_attributed(hints: &[Hint]) {
    let gold = seed();
    let text = &gold.text;
    let found = ClaimDetector::new().detect_text(text, hints);
    let attributed: Vec<&GoldClaim> =
        gold.claims.iter().filter(|c| c.cue_start.is_some()).collect();
    assert_eq!(attributed.len(), 10);
    assert_eq!(attributed.iter().filter(|c| c.claimer_start.is_some()).count(), 9);
    for g in attributed {
        let cue = span(g.cue_start, g.cue_end).unwrap();
        let claim = found.claims.iter().find(|c| c.cue == Some(cue)).unwrap_or_else(|| {
            panic!("no claim with cue {:?} in {:?}", &text[cue.range()], g.text)
        });
        assert!(claim.span.contains(Span::new(g.start, g.end)), "{:?}", g.text);
        let claimer = span(g.claimer_start, g.claimer_end);
        assert_eq!(
            claim.claimer.map(|c| &text[c.span.range()]),
            claimer.map(|c| &text[c.range()]),
            "claimer of {:?}",
            g.text
        );
        let stance = if g.stance == "deny" { Stance::Deny } else { Stance::Assert };
        assert_eq!(claim.stance, stance, "{:?}", g.text);
        if let Some(content) = span(g.content_start, g.content_end) {
            let ours = claim.content.unwrap_or_else(|| panic!("no content for {:?}", g.text));
            assert!(ours.overlaps(content), "content of {:?}: {:?}", g.text, &text[ours.range()]);
            assert!(
                ours.len() * 10 >= content.len() * 8,
                "content of {:?}: {:?}",
                g.text,
                &text[ours.range()]
            );
        }
        if let Some(h) = &g.hedge {
            assert!(
                claim.hedges.iter().any(|s| &text[s.range()] == h),
                "hedge {h:?} of {:?}",
                g.text
            );
        }
        for kind in &g.kinds {
            let kind = if kind == "quote" { "quotation" } else { kind.as_str() };
            assert!(
                claim.kinds.iter().any(|k| k.as_str() == kind),
                "kind {kind} of {:?}: {:?}",
                g.text,
                claim.kinds
            );
        }
    }
}

#[test]
fn every_attributed_gold_claim_without_hints() {
    check_attributed(&[]);
}

#[test]
fn every_attributed_gold_claim_with_entity_hints() {
    let gold = seed();
    check_attributed(&entity_hints(&gold));
}

#[cfg(feature = "embedded")]
#[test]
fn unattributed_gold_claims_outscore_boilerplate_and_teasers() {
    let gold = seed();
    let text = &gold.text;
    let doc = Tokenizer::new().analyze(text);
    let found = ClaimDetector::new().detect(text, &doc.tokens, &doc.sentences, &[]);
    let score_of = |s: &str| {
        let start = text.find(s).unwrap();
        let k = doc.sentences.iter().position(|x| x.span.start == start).unwrap();
        found.checkworthiness[k]
    };
    let low: Vec<f32> = gold
        .boilerplate_lines
        .iter()
        .map(|l| score_of(l))
        .chain([score_of("Putin’s historic visit to North Korea after 24 years")])
        .collect();
    for g in gold.claims.iter().filter(|c| c.cue_start.is_none()) {
        let s = score_of(&g.text);
        assert!(s >= 0.5, "{:?} scores {s}", g.text);
        assert!(low.iter().all(|&l| l < s), "{:?} scores {s}, not above {low:?}", g.text);
        let claim = found.claims.iter().find(|c| c.span == Span::new(g.start, g.end));
        let claim = claim.unwrap_or_else(|| panic!("{:?} is not reported", g.text));
        let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
        assert_eq!(kinds, g.kinds, "{:?}", g.text);
    }
    for l in &low {
        assert!(*l < 0.5, "{low:?}");
    }
}

#[test]
fn nothing_reported_from_marked_boilerplate() {
    let gold = seed();
    let mut hints = entity_hints(&gold);
    let boiler = boilerplate_hints(&gold);
    hints.extend(boiler.iter().copied());
    let text = &gold.text;
    let doc = Tokenizer::new().analyze(text);
    let found = ClaimDetector::new().detect(text, &doc.tokens, &doc.sentences, &hints);
    for b in &boiler {
        assert!(found.claims.iter().all(|c| !c.span.overlaps(b.span)));
        for (s, score) in doc.sentences.iter().zip(&found.checkworthiness) {
            if b.span.contains(s.span) {
                assert_eq!(*score, 0.0);
            }
        }
    }
}
