//! Data-driven cases (`tests/cases.toml`): each text with its reference (a date, or a date
//! and time) and the expected timexes (text, type, value), run against the default tagger or
//! the resolution policy the case names.

use nutgraf_dates::{DateTagger, Reference, Resolution};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    /// Reference date or date-time (`2024-06-18`, `2024-06-18T09:30`); none means no
    /// reference.
    #[serde(default)]
    dct: Option<String>,
    /// The resolution policy: `tense` (the default), `past`, `future` or `nearest`.
    #[serde(default)]
    prefer: Option<String>,
    /// `[text, type, value]` or `[text, type, value, mod]`.
    expect: Vec<Vec<String>>,
    /// Also run with `join_ranges(false)` and expect these instead.
    #[serde(default)]
    split: Option<Vec<Vec<String>>>,
}

fn run(tagger: &DateTagger, case: &Case, expect: &[Vec<String>]) -> Result<(), String> {
    let reference: Reference = case.dct.as_deref().map_or(Reference::NONE, |d| d.parse().unwrap());
    let got: Vec<Vec<String>> = tagger
        .tag_at(&case.text, reference)
        .iter()
        .map(|t| {
            let mut v = vec![t.text(&case.text).to_owned(), t.kind.to_string(), t.value.clone()];
            if let Some(m) = t.modifier {
                v.push(m.to_string());
            }
            v
        })
        .collect();
    // A case names the modifier only when it matters.
    let comparable: Vec<Vec<String>> = got
        .iter()
        .zip(expect.iter().chain(std::iter::repeat(&Vec::new())))
        .map(|(g, e)| if e.len() == 3 { g[..3].to_vec() } else { g.clone() })
        .collect();
    if comparable == expect {
        Ok(())
    } else {
        Err(format!("✗ {}: {:?}\n  expected {expect:?}\n  got      {got:?}", case.name, case.text))
    }
}

#[test]
fn cases() {
    let file: File = toml::from_str(include_str!("cases.toml")).unwrap();
    let joined = DateTagger::new();
    let split = DateTagger::builder().join_ranges(false).build().unwrap();
    let mut failures = Vec::new();
    for case in &file.case {
        let policy = case.prefer.as_deref().map(|p| match p {
            "tense" => Resolution::Tense,
            "past" => Resolution::Past,
            "future" => Resolution::Future,
            "nearest" => Resolution::Nearest,
            other => panic!("{}: unknown policy {other:?}", case.name),
        });
        let own = policy.map(|r| DateTagger::builder().resolution(r).build().unwrap());
        let joined = own.as_ref().unwrap_or(&joined);
        if let Err(e) = run(joined, case, &case.expect) {
            failures.push(e);
        }
        if let Some(expect) = &case.split
            && let Err(e) = run(&split, case, expect)
        {
            failures.push(format!("(split ranges) {e}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        file.case.len(),
        failures.join("\n")
    );
}
