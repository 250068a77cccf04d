//! Properties on arbitrary text: no panic, ordered non-overlapping timexes whose spans start
//! and end on word boundaries of the tokenizer.

use std::collections::HashSet;

use nutgraf_dates::DateTagger;
use nutgraf_tokenize::Tokenizer;
use proptest::prelude::*;

fn check(text: &str) {
    for reference in
        [None, "2024-06-18".parse().ok(), "0001-01-01".parse().ok(), "9999-12-31".parse().ok()]
    {
        let timexes = DateTagger::new().tag(text, reference);
        // The text's own tokens give the same timexes as the tagger's tokens.
        let mut from_tokens = Vec::new();
        let tokens = Tokenizer::new().tokenize(text);
        DateTagger::new().tag_tokens_at_into(text, &tokens, reference.into(), &mut from_tokens);
        assert_eq!(from_tokens, timexes, "{text:?}");
        let doc = Tokenizer::new().analyze(text);
        let starts: HashSet<usize> = doc.words().map(|w| w.start).collect();
        let ends: HashSet<usize> = doc.words().map(|w| w.end).collect();
        let mut last_end = 0;
        for t in &timexes {
            assert!(t.span.start < t.span.end, "{t:?}");
            assert!(t.span.start >= last_end, "overlap {t:?}");
            last_end = t.span.end;
            assert!(
                starts.contains(&t.span.start),
                "{:?} starts inside a word of {text:?}",
                t.text(text)
            );
            assert!(
                ends.contains(&t.span.end),
                "{:?} ends inside a word of {text:?}",
                t.text(text)
            );
            assert!(!t.value.is_empty());
        }
    }
}

/// Words that make the grammar work: dates, numbers, punctuation.
fn temporal_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("June".to_owned()),
        Just("May".to_owned()),
        Just("Friday".to_owned()),
        Just("last".to_owned()),
        Just("next".to_owned()),
        Just("the".to_owned()),
        Just("early".to_owned()),
        Just("mid-".to_owned()),
        Just("years".to_owned()),
        Just("ago".to_owned()),
        Just("from".to_owned()),
        Just("to".to_owned()),
        Just("between".to_owned()),
        Just("and".to_owned()),
        Just("p.m.".to_owned()),
        Just("’s".to_owned()),
        Just("-".to_owned()),
        Just(",".to_owned()),
        Just(".".to_owned()),
        Just("\n".to_owned()),
        (0u32..3000).prop_map(|n| n.to_string()),
        (1u32..13, 1u32..40, 0u32..3000).prop_map(|(m, d, y)| format!("{m}/{d}/{y}")),
        (0u32..25, 0u32..70).prop_map(|(h, m)| format!("{h}:{m:02}")),
        "[a-zA-Z’'0-9]{1,8}",
    ];
    proptest::collection::vec((word, prop_oneof![Just(" "), Just(""), Just("  ")]), 0..40)
        .prop_map(|v| v.into_iter().map(|(w, s)| w + s).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_is_safe(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn temporal_text_is_safe(text in temporal_text()) {
        check(&text);
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        " ",
        "February 30, 2024",
        "February 29, 2023 and February 29, 2024",
        "in 9999 and in 0001, 99999 BC, 12000 AD",
        "the 990s, the 3000s, 31/31/31, 00:99, 25:00, 0 p.m., 13 p.m.",
        "Q9 2024, FY99999, ’00s, 1900s",
        "99999999999999999999 years ago, 4294967296 days later",
        "June June June 19-18 19-20-21",
        "mid-mid-2023 the end of the end of",
    ] {
        check(text);
    }
    let long = "June 19 ".repeat(20_000);
    check(&long);
    let no_spaces = "1999".repeat(50_000);
    check(&no_spaces);
}

#[test]
fn public_types_are_thread_safe() {
    fn assert_traits<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    assert_traits::<nutgraf_dates::DateTagger>();
    assert_traits::<nutgraf_dates::DateTaggerBuilder>();
    assert_traits::<nutgraf_dates::Timex>();
    assert_traits::<nutgraf_dates::TimexRange>();
    assert_traits::<nutgraf_dates::TimexType>();
    assert_traits::<nutgraf_dates::Mod>();
    assert_traits::<nutgraf_dates::Granularity>();
    assert_traits::<nutgraf_dates::BuildError>();
    assert_traits::<nutgraf_dates::BuildErrorKind>();
}
