//! API checks: thread and unwind safety, builder errors, normalisation helpers.

use nutgraf_tokenize::normalize::{Folded, Stemmer, fold};
use nutgraf_tokenize::{
    BuildError, BuildErrorKind, Excerpt, Sentence, Span, Token, TokenKind, Tokenized, Tokenizer,
    TokenizerBuilder, Words,
};

fn assert_traits<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    assert_traits::<Span>();
    assert_traits::<Token>();
    assert_traits::<TokenKind>();
    assert_traits::<Sentence>();
    assert_traits::<Words>();
    assert_traits::<Tokenizer>();
    assert_traits::<TokenizerBuilder>();
    assert_traits::<Tokenized<'static>>();
    assert_traits::<BuildError>();
    assert_traits::<Folded>();
    assert_traits::<Stemmer>();
    assert_traits::<Excerpt<'static>>();
}

#[test]
fn a_bad_abbreviation_is_refused_with_its_position() {
    let err =
        Tokenizer::builder().abbreviation("approx.").abbreviation("e g.").build().unwrap_err();
    assert_eq!(
        err.kind(),
        &BuildErrorKind::InvalidAbbreviation { index: 1, abbreviation: "e g.".to_owned() }
    );
    assert_eq!(
        err.to_string(),
        "invalid abbreviation \"e g.\" (number 2): expected letters, digits and inner periods, like \"Gen.\" or \"e.g.\""
    );
    assert!(Tokenizer::builder().abbreviation(".").build().is_err());
    assert!(Tokenizer::builder().abbreviation("123").build().is_err());
}

#[test]
fn user_abbreviations_keep_their_period_and_do_not_end_sentences() {
    let text = "The Intl. Committee met. The Dept. agreed.";
    let plain = Tokenizer::new().analyze(text);
    assert_eq!(plain.sentences.len(), 3, "Intl. is unknown by default");
    let tokenizer = Tokenizer::builder().abbreviations(["intl", "Chg."]).build().unwrap();
    let doc = tokenizer.analyze(text);
    let tokens: Vec<&str> = doc.tokens.iter().map(|t| t.text(text)).collect();
    assert_eq!(tokens[1], "Intl.");
    assert_eq!(doc.sentences.len(), 2);
}

#[test]
fn one_tokenizer_serves_many_threads() {
    let tokenizer = Tokenizer::new();
    let texts = ["One. Two.", "Three four. Five!", "Six? Seven."];
    std::thread::scope(|s| {
        for text in texts {
            let tokenizer = &tokenizer;
            s.spawn(move || assert_eq!(tokenizer.analyze(text).sentences.len(), 2));
        }
    });
}

#[test]
fn folding_and_stemming_match_inflected_cue_words() {
    let stemmer = Stemmer::new();
    for w in ["claims", "claimed", "Claiming", "CLAIM"] {
        assert_eq!(stemmer.stem(w), "claim", "{w}");
    }
    assert_eq!(stemmer.stem("denies"), stemmer.stem("denied"));
    assert_eq!(fold("People’s “Republic” — DPRK"), "people's \"republic\" - dprk");
}

#[test]
fn folded_text_maps_back_to_token_offsets() {
    let text = "Russia’s ally, KIM JONG UN’s “guest”";
    let folded = Folded::new(text);
    let tokens = Tokenizer::new().tokenize(folded.as_str());
    // Every folded token maps to a token-aligned span of the original.
    let originals: Vec<&str> = tokens
        .iter()
        .map(|t| &text[folded.to_original(t.span.start)..folded.to_original(t.span.end)])
        .collect();
    assert_eq!(originals, ["Russia’s", "ally", ",", "KIM", "JONG", "UN’s", "“", "guest", "”"]);
}
