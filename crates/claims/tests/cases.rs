//! Claims tests that need more than a text and its expected attributions (those are the data of
//! `tests/data/attribution.toml`, run by `attribution.rs`).

use nutgraf_claims::{ClaimDetector, Hint, HintKind};

fn find(text: &str, needle: &str) -> nutgraf_tokenize::Span {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    (start..start + needle.len()).into()
}

#[test]
fn boilerplate_hints_silence_a_line() {
    let text =
        "ALSO READ: Officials say 5 people died in Japan\n\nOfficials say 5 people died in Japan.";
    let detector = ClaimDetector::new();
    let line = find(text, "ALSO READ: Officials say 5 people died in Japan");
    let found = detector.detect_text(text, &[Hint::new(line, HintKind::Boilerplate)]);
    assert_eq!(found.checkworthiness.len(), 2);
    assert_eq!(found.checkworthiness[0], 0.0);
    assert!(found.claims.iter().all(|c| !c.span.overlaps(line)));
    assert_eq!(found.claims.len(), 1);
}
