//! The seed article (`examples/data/seed_article.txt`) against its gold annotation
//! (`tests/data/seed_article.gold.json`).

use std::collections::HashSet;

use nutgraf::Tokenizer;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    text: String,
    boilerplate_lines: Vec<String>,
    entities: Vec<Item>,
    timexes: Vec<Item>,
    claims: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    start: usize,
    end: usize,
    text: String,
}

fn seed() -> (String, Gold) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let text = std::fs::read_to_string(format!("{root}/examples/data/seed_article.txt")).unwrap();
    let gold: Gold = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/tests/data/seed_article.gold.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(gold.text, text, "the gold file annotates the example article");
    (text, gold)
}

#[test]
fn gold_offsets_cover_their_text() {
    let (text, gold) = seed();
    for item in gold.entities.iter().chain(&gold.timexes).chain(&gold.claims) {
        assert_eq!(&text[item.start..item.end], item.text);
    }
}

#[test]
fn every_gold_entity_and_date_starts_and_ends_on_word_boundaries() {
    let (text, gold) = seed();
    let doc = Tokenizer::new().analyze(&text);
    let starts: HashSet<usize> = doc.words().map(|w| w.start).collect();
    let ends: HashSet<usize> = doc.words().map(|w| w.end).collect();
    for item in gold.entities.iter().chain(&gold.timexes) {
        assert!(starts.contains(&item.start), "{:?} starts inside a word", item.text);
        assert!(ends.contains(&item.end), "{:?} ends inside a word", item.text);
    }
    // Possessives are one surface token of two words: `Russia’s` ends the entity `Russia`.
    let russia = doc.tokens.iter().find(|t| t.text(&text) == "Russia’s").unwrap();
    assert_eq!(russia.words().map(|w| &text[w.range()]).collect::<Vec<_>>(), ["Russia", "’s"]);
}

#[test]
fn the_article_splits_into_its_sentences() {
    let (text, gold) = seed();
    let doc = Tokenizer::new().analyze(&text);
    let sentences: Vec<&str> = doc.sentences.iter().map(|s| &text[s.span.range()]).collect();
    assert_eq!(sentences.len(), 32);
    assert_eq!(sentences[0], "Site icon THE NEW INDIAN");
    assert_eq!(sentences[1], "Putin’s historic visit to North Korea after 24 years");
    assert_eq!(sentences[31], "Exit mobile version");
    // Every boilerplate line is a sentence of its own.
    for line in &gold.boilerplate_lines {
        assert!(sentences.contains(&line.as_str()), "{line:?} is not a sentence");
    }
    // Every gold claim is exactly one sentence.
    for claim in &gold.claims {
        assert!(
            doc.sentences.iter().any(|s| s.span.start == claim.start && s.span.end == claim.end),
            "claim {:?} is not a sentence",
            claim.text
        );
    }
    // The abbreviation-free period inside a quote does not split, the dateline stays.
    assert!(sentences.iter().any(|s| s.starts_with("NEW DELHI:\u{a0}Russian President")));
    assert!(sentences.contains(
        &"The US State Department said it was “quite certain” that Vladimir Putin would be seeking arms to support his war in Ukraine."
    ));
}
