//! The seed article against the repository's copy of its gold annotation: every gold timex
//! with its exact span and value, and nothing else.

use nutgraf_dates::{DateTagger, TimexType};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    dct: String,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Deserialize)]
struct GoldTimex {
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    kind: String,
    value: String,
    #[serde(default)]
    range_begin: Option<String>,
    #[serde(default)]
    range_end: Option<String>,
}

fn gold() -> Gold {
    // (Copies of the workspace's `examples/data/seed_article.txt` and
    // `tests/data/seed_article.gold.json`, so that the packaged crate's tests run on their own.)
    let text = include_str!("data/seed_article.txt").to_owned();
    let gold: Gold = serde_json::from_str(include_str!("data/seed_article.gold.json")).unwrap();
    assert_eq!(gold.text, text);
    gold
}

#[test]
fn seed_article_timexes_are_exactly_the_gold_ones() {
    let gold = gold();
    let timexes = DateTagger::new().tag(&gold.text, Some(gold.dct.parse().unwrap()));
    let ours: Vec<(usize, usize, &str, &str)> = timexes
        .iter()
        .map(|t| (t.span.start, t.span.end, t.kind.as_str(), t.value.as_str()))
        .collect();
    let expected: Vec<(usize, usize, &str, &str)> =
        gold.timexes.iter().map(|g| (g.start, g.end, g.kind.as_str(), g.value.as_str())).collect();
    assert_eq!(ours, expected);
    for (t, g) in timexes.iter().zip(&gold.timexes) {
        assert_eq!(t.text(&gold.text), g.text);
        let range = t.range.as_ref().map(|r| (r.begin.clone(), r.end.clone()));
        let gold_range = g.range_begin.clone().zip(g.range_end.clone());
        assert_eq!(range, gold_range, "{}", g.text);
    }
    assert_eq!(gold.timexes.len(), 13);
    assert!(timexes.iter().any(|t| t.kind == TimexType::Duration));
}

#[test]
fn seed_article_without_a_date_keeps_relative_values_open() {
    let gold = gold();
    let timexes = DateTagger::new().tag(&gold.text, None);
    let last_september = timexes.iter().find(|t| t.text(&gold.text) == "last September").unwrap();
    assert_eq!(last_september.value, "XXXX-09");
    let january = timexes.iter().find(|t| t.text(&gold.text) == "January").unwrap();
    assert_eq!(january.value, "XXXX-01");
}
