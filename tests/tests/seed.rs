//! The seed article (`examples/data/seed_article.txt`) against its gold annotation
//! (`tests/data/seed_article.gold.json`).

use std::collections::HashSet;

use nutgraf::Tokenizer;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    text: String,
    dct: String,
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
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    claimer: Option<String>,
    #[serde(default)]
    cue: Option<String>,
    #[serde(default)]
    stance: Option<String>,
    #[serde(default)]
    value: Option<String>,
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

#[test]
fn the_pipeline_marks_exactly_the_gold_boilerplate_lines() {
    let (text, gold) = seed();
    let doc = nutgraf::Pipeline::default().run(text).unwrap();
    let boilerplate: Vec<&str> = doc
        .sections()
        .iter()
        .filter(|s| s.kind == nutgraf::SectionKind::Boilerplate)
        .map(|s| doc.text_of(s.span))
        .collect();
    assert_eq!(boilerplate, gold.boilerplate_lines);
    let headline =
        doc.sections().iter().find(|s| s.kind == nutgraf::SectionKind::Headline).unwrap();
    assert_eq!(doc.text_of(headline.span), "Putin’s historic visit to North Korea after 24 years");
    // No gold claim lies in boilerplate.
    for claim in &gold.claims {
        assert!(!doc.in_boilerplate(nutgraf::Span::new(claim.start, claim.end)), "{}", claim.text);
    }
}

#[test]
fn the_default_pipeline_attributes_every_gold_claim() {
    let (text, gold) = seed();
    let doc = nutgraf::Pipeline::default().run(text).unwrap();
    assert_eq!(doc.checkworthiness().len(), doc.sentences().len());
    for g in gold.claims.iter().filter(|g| g.claimer.is_some()) {
        let found = doc.claims().iter().find(|c| {
            c.span.overlaps(nutgraf::Span::new(g.start, g.end))
                && c.claimer.map(|cl| doc.text_of(cl.span)) == g.claimer.as_deref()
        });
        let Some(c) = found else { panic!("no claim by {:?} in {:?}", g.claimer, g.text) };
        assert_eq!(c.cue.map(|s| doc.text_of(s)), g.cue.as_deref(), "{}", g.text);
        assert_eq!(Some(c.stance.as_str()), g.stance.as_deref(), "{}", g.text);
    }
    // Nothing from the boilerplate lines, which score 0.
    for c in doc.claims() {
        assert!(!doc.in_boilerplate(c.span), "claim in boilerplate: {}", doc.text_of(c.span));
    }
    for (s, score) in doc.sentences().iter().zip(doc.checkworthiness()) {
        if doc.in_boilerplate(s.span) {
            assert_eq!(*score, 0.0, "{}", doc.text_of(s.span));
        }
    }
}

#[test]
fn every_gold_claim_is_above_the_threshold_and_most_background_below() {
    // Issue 14: every sentence that holds a gold claim scores at least the default
    // threshold, and at most 20 of the article's 32 sentences do.
    let (text, gold) = seed();
    let doc = nutgraf::Pipeline::default().run(text).unwrap();
    let threshold = nutgraf::claims::ClaimDetector::new().threshold();
    let scores = doc.checkworthiness();
    assert_eq!(doc.sentences().len(), 32);
    for g in &gold.claims {
        let g_span = nutgraf::Span::new(g.start, g.end);
        for (s, &score) in doc.sentences().iter().zip(scores) {
            if s.span.overlaps(g_span) {
                assert!(score >= threshold, "{score} for {:?}", doc.text_of(s.span));
            }
        }
    }
    let above: Vec<&str> = doc
        .sentences()
        .iter()
        .zip(scores)
        .filter(|&(_, &score)| score >= threshold)
        .map(|(s, _)| doc.text_of(s.span))
        .collect();
    assert!(above.len() <= 20, "{} sentences above {threshold}: {above:#?}", above.len());
    // Every claim reported without a cue is above the threshold too.
    for c in doc.claims().iter().filter(|c| c.cue.is_none()) {
        assert!(c.score >= threshold, "{} for {:?}", c.score, doc.text_of(c.span));
    }
}

#[test]
fn claimers_carry_their_entity_and_the_denial_answers_the_claim() {
    let (text, _) = seed();
    let doc = nutgraf::Pipeline::default().run(text).unwrap();
    let by = |claimer: &str| {
        doc.claims()
            .iter()
            .position(|c| c.claimer.is_some_and(|cl| doc.text_of(cl.span) == claimer))
            .unwrap_or_else(|| panic!("no claim by {claimer}"))
    };
    let id = |claimer: &str| doc.claimer_entity(&doc.claims()[by(claimer)]).map(|m| m.id.as_str());
    assert_eq!(id("Matthew Miller"), Some("Matthew Miller"));
    assert_eq!(id("the Kremlin"), Some("Kremlin"));
    assert_eq!(id("Yuri Ushakov"), Some("Yuri Ushakov"));
    // A pair and a generic source are no one entity.
    assert_eq!(id("Pyongyang & Moscow"), None);
    assert_eq!(id("UN monitors"), None);
    // `… though Pyongyang & Moscow deny this.` answers `Washington claims that …`.
    assert_eq!(doc.claims()[by("Pyongyang & Moscow")].responds_to, Some(by("Washington")));
    assert!(doc.claims().iter().filter(|c| c.responds_to.is_some()).count() == 1);
}

#[test]
fn the_default_pipeline_finds_every_gold_person_and_place_with_its_id() {
    let (text, gold) = seed();
    let doc = nutgraf::Pipeline::default().run(text).unwrap();
    for g in gold.entities.iter().filter(|g| matches!(g.kind.as_deref(), Some("PER" | "LOC"))) {
        let found = doc.entities().iter().find(|m| m.span.start == g.start && m.span.end == g.end);
        let Some(m) = found else { panic!("{:?} at {} not found", g.text, g.start) };
        assert_eq!(Some(m.id.as_str()), g.id.as_deref(), "{}", g.text);
    }
}

#[test]
fn the_default_pipeline_resolves_every_gold_date_against_the_document_date() {
    let (text, gold) = seed();
    let metadata =
        nutgraf::Metadata { date: Some(gold.dct.parse().unwrap()), ..Default::default() };
    let doc = nutgraf::Pipeline::default().run_with(text, metadata).unwrap();
    let found: Vec<(usize, usize, &str)> =
        doc.timexes().iter().map(|t| (t.span.start, t.span.end, t.value.as_str())).collect();
    let want: Vec<(usize, usize, &str)> =
        gold.timexes.iter().map(|g| (g.start, g.end, g.value.as_deref().unwrap())).collect();
    assert_eq!(found, want);
    // Without a document date, relative dates stay open instead of being guessed.
    let doc = nutgraf::Pipeline::default().run(doc.text()).unwrap();
    let september = doc.timexes().iter().find(|t| doc.text_of(t.span) == "last September").unwrap();
    assert_eq!(september.value, "XXXX-09");
}

/// The crates' own copies of the seed article and its gold (which their packaged tests read)
/// are the workspace's.
#[test]
fn every_copy_of_the_seed_article_is_the_same() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let read = |p: &str| std::fs::read(format!("{root}/{p}")).unwrap();
    let text = read("examples/data/seed_article.txt");
    let gold = read("tests/data/seed_article.gold.json");
    for c in ["tokenize", "nutgraf", "claims", "dates", "gazetteer"] {
        assert!(
            read(&format!("crates/{c}/tests/data/seed_article.txt")) == text,
            "{c}: text differs"
        );
    }
    assert!(
        read("crates/claims/tests/data/seed_article.gold.json") == gold,
        "claims: gold differs"
    );
}
