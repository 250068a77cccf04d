//! Integration tests for nutgraf-claims.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod attribution;
mod bounds;
mod calibration;
mod cases;
mod properties;
mod seed;

use std::panic::{RefUnwindSafe, UnwindSafe};

use nutgraf_claims::model::{FeatureOptions, Model};
use nutgraf_claims::{
    BuildError, BuildErrorKind, Claim, ClaimDetector, ClaimDetectorBuilder, ClaimKind, Claimer,
    ClaimerKind, Detection, Hint, HintKind, Reason, Stance,
};

fn assert_traits<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    assert_traits::<ClaimDetector>();
    assert_traits::<ClaimDetectorBuilder>();
    assert_traits::<Claim>();
    assert_traits::<Claimer>();
    assert_traits::<ClaimerKind>();
    assert_traits::<ClaimKind>();
    assert_traits::<Stance>();
    assert_traits::<Hint>();
    assert_traits::<HintKind>();
    assert_traits::<Reason>();
    assert_traits::<Detection>();
    assert_traits::<BuildError>();
    assert_traits::<BuildErrorKind>();
    assert_traits::<Model>();
    assert_traits::<FeatureOptions>();
}

#[test]
fn builder_rejects_bad_options() {
    let err = ClaimDetector::builder().threshold(1.5).build().unwrap_err();
    assert_eq!(err.kind(), &BuildErrorKind::InvalidThreshold);
    assert_eq!(err.to_string(), "threshold must be between 0 and 1");
    let err = ClaimDetector::builder().cue("point out", Stance::Assert).build().unwrap_err();
    assert!(matches!(err.kind(), BuildErrorKind::InvalidWord { list: "cue", .. }));
    assert!(err.to_string().starts_with("invalid cue \"point out\""));
    let err = ClaimDetector::builder().source_noun("").build().unwrap_err();
    assert!(matches!(err.kind(), BuildErrorKind::InvalidWord { list: "source noun", .. }));
}

#[test]
fn corrupt_model_bytes_are_an_error_not_a_panic() {
    for bytes in [&b""[..], b"nutgraf-claims model 1\n", b"nutgraf-claims model 1\n---\n\x00\x00"] {
        let err = Model::from_bytes(bytes).unwrap_err();
        assert!(matches!(err.kind(), BuildErrorKind::InvalidModel(_)));
        assert!(err.to_string().starts_with("invalid check-worthiness model"));
    }
}

#[test]
fn rule_model_ranks_statistics_above_greetings() {
    let detector = ClaimDetector::builder().model(Model::rules()).build().unwrap();
    let tokenizer = nutgraf_tokenize::Tokenizer::new();
    let score = |t: &str| detector.checkworthiness(t, &tokenizer.tokenize(t));
    let fact = score("Unemployment fell to 4.1 percent in March, the lowest rate since 2001.");
    let greeting = score("Thank you very much, everybody!");
    let question = score("What do you think?");
    assert!(fact > 0.5, "{fact}");
    assert!(greeting < 0.2 && question < 0.2, "{greeting} {question}");
}

#[cfg(feature = "embedded")]
#[test]
fn embedded_model_separates_claims_from_chatter() {
    let detector = ClaimDetector::new();
    let tokenizer = nutgraf_tokenize::Tokenizer::new();
    let score = |t: &str| detector.checkworthiness(t, &tokenizer.tokenize(t));
    let claims = [
        "We have lost 2.3 million manufacturing jobs since 2009.",
        "The unemployment rate among young people doubled in the last four years.",
        "The city spent $40 million on the new stadium, twice the original budget.",
    ];
    let chatter = [
        "Thank you so much, it is great to be here tonight.",
        "Good evening and welcome to the debate.",
        "What would you do about that?",
        "I love this country.",
    ];
    for c in claims {
        for n in chatter {
            assert!(score(c) > score(n), "{c:?} ({}) vs {n:?} ({})", score(c), score(n));
        }
    }
    for n in chatter {
        assert!(score(n) < detector.threshold(), "{n:?} scores {}", score(n));
    }
}

#[test]
fn explanations_name_features() {
    let detector = ClaimDetector::new();
    let text = "Unemployment fell to 4.1 percent in March.";
    let tokens = nutgraf_tokenize::Tokenizer::new().tokenize(text);
    let reasons = detector.explain(text, &tokens, 5);
    assert_eq!(reasons.len(), 5);
    assert!(reasons.iter().all(|r| r.feature.starts_with("model:") && r.weight != 0.0));
    assert!(reasons.windows(2).all(|w| w[0].weight.abs() >= w[1].weight.abs()));
}

#[test]
fn claim_explanations_name_each_model_feature_once() {
    // Every sentence a claim, whatever the model thinks of it.
    let detector = ClaimDetector::builder().threshold(0.0).build().unwrap();
    // Repeated words: a repeated feature is one reason with the weight of all its
    // occurrences, never a second, unnamed one.
    let text = "Day by day, law by law, changing mind by mind, that is the promise we are \
                fulfilling. It was 1:00 in the morning, and it was the police.";
    let found = detector.detect_text(text, &[]);
    assert!(!found.claims.is_empty());
    for c in &found.claims {
        let model: Vec<&str> =
            c.why.iter().filter_map(|r| r.feature.strip_prefix("model:")).collect();
        assert!(model.iter().all(|n| !n.is_empty()), "{:?}", c.why);
        let mut unique = model.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), model.len(), "{:?}", c.why);
    }
}

#[test]
fn detectors_with_other_word_lists_share_a_thread() {
    // Stem look-ups are cached per thread; a detector with another cue list must not see
    // the default detector's results, nor the other way round. (A made-up verb: neither
    // the word lists nor the learned cue model know it.)
    let text = "Whistleblowers glorbed that the audit was flawed.";
    let plain = ClaimDetector::new();
    let custom = ClaimDetector::builder().cue("glorb", Stance::Assert).build().unwrap();
    for _ in 0..2 {
        let cue = |d: &ClaimDetector| {
            d.detect_text(text, &[]).claims.iter().find_map(|c| c.cue).map(|c| &text[c.range()])
        };
        assert_eq!(cue(&plain), None);
        assert_eq!(cue(&custom), Some("glorbed"));
    }
}

#[test]
fn empty_and_odd_inputs() {
    let detector = ClaimDetector::new();
    for text in ["", " ", "\n\n", "...", "“", "said", "according to", "\u{0}\u{1}", "Reportedly."]
    {
        let found = detector.detect_text(text, &[]);
        assert!(found.checkworthiness.iter().all(|s| (0.0..=1.0).contains(s)));
        for c in &found.claims {
            assert!(c.span.end <= text.len());
        }
    }
}

#[cfg(feature = "serde")]
#[test]
fn claims_serialise_to_the_documented_shape() {
    let detector = ClaimDetector::new();
    let text = "Ukrainian officials say about 50 missiles were delivered.";
    let found = detector.detect_text(text, &[]);
    let json = serde_json::to_value(&found.claims[0]).unwrap();
    for key in [
        "start", "end", "score", "content", "claimer", "cue", "stance", "hedges", "quotes",
        "numbers", "kinds", "why",
    ] {
        assert!(json.get(key).is_some(), "{key} missing in {json}");
    }
    assert_eq!(json["claimer"]["kind"], "generic");
    assert_eq!(json["claimer"]["start"], 0);
    assert_eq!(json["stance"], "assert");
    let back: Claim = serde_json::from_value(json).unwrap();
    assert_eq!(back, found.claims[0]);
}
