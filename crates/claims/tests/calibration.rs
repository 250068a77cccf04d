//! In a document a sentence's check-worthiness takes in what the detector found in it
//! (`ClaimDetectorBuilder::calibrate`): reported claims go up, plain background and questions
//! go down, and the checkable kinds keep the model's score. Invented news sentences.

use nutgraf_claims::ClaimDetector;

/// How the calibrated score of a sentence compares with the model's.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Moves {
    Up,
    Down,
    Same,
}

const CASES: &[(&str, Moves)] = &[
    // Claims reported with a cue of saying, by someone other than the speaker.
    ("The mayor said the bridge would reopen in the spring.", Moves::Up),
    ("Health officials warned that the outbreak could spread to nearby towns.", Moves::Up),
    ("The ministry denied that any prisoners had been released.", Moves::Up),
    ("“We have no plans to raise fares,” the transit authority told reporters.", Moves::Up),
    ("According to the agency, the dam was inspected twice last year.", Moves::Up),
    // Background and scene-setting without a checkable kind.
    ("The river runs past the old mill on the edge of town.", Moves::Down),
    ("The two leaders met in the garden of the palace.", Moves::Down),
    ("Residents gathered outside the town hall on a cold morning.", Moves::Down),
    // Questions.
    ("Will the council approve the new budget?", Moves::Down),
    // Checkable kinds keep the model's score: a number, a comparison, a prediction, a cause.
    ("Unemployment fell to 4.1 percent in March.", Moves::Same),
    ("The new plant produces more steel than any other in the region.", Moves::Same),
    ("The company will open a second factory next year.", Moves::Same),
    ("The road was closed because of flooding.", Moves::Same),
    // The speaker's own beliefs and statements, and a speaker's colon, are not reported claims.
    ("I think the bridge will reopen soon.", Moves::Same),
    ("We said from the start that the plan would work.", Moves::Same),
    ("The governor believes the budget is balanced.", Moves::Same),
    ("MAYOR ORTIZ: The bridge will reopen in the spring.", Moves::Same),
];

#[test]
fn calibration_moves_each_kind_of_sentence_its_way() {
    let on = ClaimDetector::new();
    let off = ClaimDetector::builder().calibrate(false).build().unwrap();
    let mut wrong = Vec::new();
    for &(text, expected) in CASES {
        let (a, b) = (on.detect_text(text, &[]), off.detect_text(text, &[]));
        assert_eq!(a.checkworthiness.len(), 1, "{text}");
        let (with, without) = (a.checkworthiness[0], b.checkworthiness[0]);
        let moved = if (with - without).abs() < 1e-6 {
            Moves::Same
        } else if with > without {
            Moves::Up
        } else {
            Moves::Down
        };
        if moved != expected {
            wrong.push(format!("{text}: {without:.3} -> {with:.3}, expected {expected:?}"));
        }
        // A claim's score is its sentence's, and an unattributed claim is above the threshold.
        for c in &a.claims {
            assert_eq!(c.score, with, "{text}");
            if c.cue.is_none() {
                assert!(c.score >= on.threshold(), "{text}: {}", c.score);
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_sentence_alone_gets_the_model_score() {
    // `checkworthiness` scores one sentence without a document: no calibration.
    let off = ClaimDetector::builder().calibrate(false).build().unwrap();
    let on = ClaimDetector::new();
    let tokenizer = nutgraf_tokenize::Tokenizer::new();
    let text = "The mayor said the bridge would reopen in the spring.";
    let tokens = tokenizer.tokenize(text);
    let alone = on.checkworthiness(text, &tokens);
    assert!((alone - off.detect_text(text, &[]).checkworthiness[0]).abs() < 1e-6);
    assert!(on.detect_text(text, &[]).checkworthiness[0] > alone);
}
