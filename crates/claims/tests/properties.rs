//! Properties that hold for any input.

use nutgraf_claims::{ClaimDetector, Hint, HintKind};
use proptest::prelude::*;

fn check(text: &str, hints: &[Hint]) {
    let detector = ClaimDetector::new();
    let doc = nutgraf_tokenize::Tokenizer::new().analyze(text);
    let found = detector.detect(text, &doc.tokens, &doc.sentences, hints);
    assert_eq!(found.checkworthiness.len(), doc.sentences.len());
    assert!(found.checkworthiness.iter().all(|s| (0.0..=1.0).contains(s)));
    let ok = |s: nutgraf_tokenize::Span| s.start <= s.end && s.get(text).is_some();
    for c in &found.claims {
        assert!(ok(c.span));
        assert!((0.0..=1.0).contains(&c.score));
        assert!(!c.kinds.is_empty());
        for s in c.content.iter().chain(&c.cue).chain(&c.hedges).chain(&c.quotes).chain(&c.numbers)
        {
            assert!(ok(*s), "{s:?} in {text:?}");
        }
        if let Some(cl) = c.claimer {
            assert!(ok(cl.span));
            assert!(cl.refers_to.is_none_or(ok));
        }
    }
    assert!(found.claims.windows(2).all(|w| w[0].span.start <= w[1].span.start));
}

const PIECES: &[&str] = &[
    "said",
    "says",
    " that ",
    "according to",
    "“",
    "”",
    "\"",
    ", ",
    ". ",
    "\n",
    "Officials",
    "she",
    "He",
    "reportedly",
    "claims",
    "deny",
    "the",
    "Kremlin",
    "Washington",
    "11,000",
    "about",
    "at least",
    "might",
    "Mr.",
    "who",
    ":",
    "?",
    "é",
    "’s",
    "ALSO READ:",
    "—",
    "  ",
    "(",
    ")",
    "100%",
    "$",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_gives_valid_spans(text in "\\PC{0,200}") {
        check(&text, &[]);
    }

    #[test]
    fn news_like_text_gives_valid_spans(parts in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        check(&text, &[]);
    }

    #[test]
    fn arbitrary_hints_never_break_anything(
        parts in proptest::collection::vec(0..PIECES.len(), 0..40),
        hints in proptest::collection::vec((0usize..300, 0usize..300, 0usize..4), 0..10),
    ) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        let kinds = [HintKind::Person, HintKind::Place, HintKind::Organization, HintKind::Boilerplate];
        let hints: Vec<Hint> = hints.iter().map(|&(a, b, k)| Hint::new(a..b, kinds[k])).collect();
        check(&text, &hints);
    }
}
