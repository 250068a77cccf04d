//! Property tests: for any text, tokens are in order, on char boundaries and separated only
//! by separators; words tile their tokens; sentences cover the tokens in order.

use nutgraf_tokenize::{TokenKind, Tokenizer};
use proptest::prelude::*;

/// A separator as the scanner defines it: whitespace, control characters and invisible
/// separators.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let tokenizer = Tokenizer::new();
    let doc = tokenizer.analyze(text);
    let mut pos = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        prop_assert!(t.span.start < t.span.end, "empty token {i}");
        prop_assert!(t.span.start >= pos, "token {i} out of order");
        prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        let gap = &text[pos..t.span.start];
        prop_assert!(gap.chars().all(is_separator), "gap {gap:?} before token {i}");
        prop_assert!(!t.text(text).chars().any(is_separator) || t.kind == TokenKind::Emoji);
        if i > 0 {
            prop_assert_eq!(doc.tokens[i - 1].space_after, !gap.is_empty());
            let breaks = gap.matches('\n').count() + gap.matches('\r').count()
                - gap.matches("\r\n").count()
                + gap.matches(['\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}']).count();
            prop_assert_eq!(usize::from(doc.tokens[i - 1].newlines_after), breaks.min(255));
        }
        // Words tile the token.
        let words: Vec<_> = t.words().collect();
        prop_assert_eq!(words[0].start, t.span.start);
        prop_assert_eq!(words[words.len() - 1].end, t.span.end);
        for w in words.windows(2) {
            prop_assert_eq!(w[0].end, w[1].start);
            prop_assert!(text.is_char_boundary(w[0].end));
        }
        pos = t.span.end;
    }
    prop_assert!(text[pos..].chars().all(is_separator), "trailing text lost");
    // Reconstruction: tokens and gaps give back the text.
    let mut rebuilt = String::new();
    let mut at = 0;
    for t in &doc.tokens {
        rebuilt.push_str(&text[at..t.span.start]);
        rebuilt.push_str(t.text(text));
        at = t.span.end;
    }
    rebuilt.push_str(&text[at..]);
    prop_assert_eq!(&rebuilt, text);
    // Sentences partition the tokens in order.
    let mut next = 0;
    for s in &doc.sentences {
        prop_assert_eq!(s.tokens.start, next);
        prop_assert!(s.tokens.end > s.tokens.start);
        prop_assert_eq!(s.span.start, doc.tokens[s.tokens.start].span.start);
        prop_assert_eq!(s.span.end, doc.tokens[s.tokens.end - 1].span.end);
        next = s.tokens.end;
    }
    prop_assert_eq!(next, doc.tokens.len());
    Ok(())
}

/// Text made of pieces that exercise the scanner: words, numbers, punctuation, quotes,
/// abbreviations, addresses, emoji, other scripts, separators and arbitrary characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Za-z]{1,8}",
        "[0-9]{1,5}([.,:/-][0-9]{1,4}){0,2}",
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\u{a0}".to_owned()),
        "[.,;:!?()\\[\\]{}\"'`&%$#@*<>=+^_|~/\\\\-]{1,3}",
        prop::sample::select(vec![
            "’",
            "‘",
            "“",
            "”",
            "—",
            "–",
            "…",
            "U.S.",
            "a.m.",
            "Dr.",
            "don't",
            "Russia’s",
            "e-mail",
            "http://x.org/a(b)",
            "www.",
            "jane@ex.com",
            "@",
            "#",
            "👍🏽",
            "👨‍👩‍👧",
            "🇺🇦",
            "\u{200d}",
            "\u{fe0f}",
            ":-)",
            "北京",
            "Ελλάδα",
            "नमस्ते",
            "\u{0301}",
            "\u{200b}",
            "\u{0}",
            "\u{7f}",
            "\u{85}",
            "\u{2028}",
            "•",
            ". . .",
            "1.)",
            "a)",
            "N°.",
        ])
        .prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_string(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn newsy_strings(text in newsy()) {
        check(&text)?;
    }
}

#[test]
fn long_pathological_inputs_are_handled() {
    // Each of these would be quadratic in a scanner that rescans its chunk; they must simply
    // finish and keep every invariant.
    let inputs = [
        "a".repeat(200_000),
        "a.".repeat(100_000),
        "a-".repeat(100_000),
        "1,".repeat(100_000),
        "a@".repeat(100_000),
        "http://".repeat(20_000),
        ".".repeat(200_000),
        "’s".repeat(50_000),
        "\u{1F44D}\u{200D}".repeat(50_000),
        "x:)".repeat(50_000),
        "word. ".repeat(30_000),
        "\n".repeat(100_000),
        "U.S. ".repeat(40_000),
        "1. A 2. B ".repeat(20_000),
    ];
    for text in &inputs {
        check(text).unwrap();
    }
}

#[test]
fn block_wise_analysis_equals_the_two_passes() {
    // Long enough for several blocks, with paragraph breaks of every shape.
    let seed = include_str!("data/seed_article.txt");
    let mut text = String::new();
    for (i, sep) in
        ["\n\n", "\r\n\r\n", " \n \n ", "\n\t\n", "\n"].iter().cycle().take(400).enumerate()
    {
        text.push_str(seed);
        text.push_str(sep);
        if i % 7 == 0 {
            text.push_str("1. The first item 2. The second item\n\n");
        }
    }
    let tokenizer = Tokenizer::new();
    let doc = tokenizer.analyze(&text);
    let tokens = tokenizer.tokenize(&text);
    let sentences = tokenizer.sentences(&text, &tokens);
    assert!(text.len() > 1 << 20);
    assert_eq!(doc.tokens, tokens);
    assert_eq!(doc.sentences, sentences);
}
