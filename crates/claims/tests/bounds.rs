//! Run-on and repetitive input: the work and the output per sentence stay bounded, and
//! what is found is still right (regressions of the quadratic paths of issue 17).

use nutgraf_claims::{ClaimDetector, Hint, HintKind, MAX_CLAIMS_PER_SENTENCE};

fn words(text: &str, span: nutgraf_tokenize::Span) -> usize {
    text[span.range()].split_whitespace().count()
}

#[test]
fn a_run_on_sentence_with_many_cues_holds_a_bounded_number_of_claims() {
    let text = "officials said the minister denied it and ".repeat(2_000);
    let found = ClaimDetector::new().detect_text(&text, &[]);
    assert_eq!(found.checkworthiness.len(), 1);
    assert_eq!(found.claims.len(), MAX_CLAIMS_PER_SENTENCE);
    // The first cues of the sentence, in order, each with its own claimer.
    let cues: Vec<&str> = found.claims.iter().map(|c| &text[c.cue.unwrap().range()]).collect();
    assert_eq!(&cues[..4], ["said", "denied", "said", "denied"]);
    assert_eq!(&text[found.claims[1].claimer.unwrap().span.range()], "the minister");
    for c in &found.claims {
        // Content is a clause of the sentence, never the rest of a run-on text, and the
        // claim is its own words, not the whole run-on sentence.
        assert!(words(&text, c.content.unwrap()) <= 400, "{:?}", c.content);
        assert!(words(&text, c.span) <= 410, "{:?}", c.span);
        let claimer = c.claimer.unwrap().span;
        assert_eq!(c.span.start, claimer.start);
        assert_eq!(c.span.end, c.content.unwrap().end);
    }
}

#[test]
fn a_run_on_sentence_of_quotations_lists_bounded_claims() {
    let text = "\"a\" he said, \"b ".repeat(3_000);
    let found = ClaimDetector::new().detect_text(&text, &[]);
    assert!(!found.claims.is_empty());
    assert!(found.claims.len() <= MAX_CLAIMS_PER_SENTENCE * found.checkworthiness.len());
    for c in &found.claims {
        assert_eq!(&text[c.cue.unwrap().range()], "said");
        assert_eq!(&text[c.claimer.unwrap().span.range()], "he");
    }
}

#[test]
fn according_to_repeated_without_punctuation_is_bounded() {
    let text = "according to ".repeat(5_000);
    let found = ClaimDetector::new().detect_text(&text, &[]);
    assert!(found.claims.len() <= MAX_CLAIMS_PER_SENTENCE);
    for c in &found.claims {
        assert!(c.content.is_none_or(|s| words(&text, s) <= 400));
    }
}

#[test]
fn pronouns_link_to_the_nearest_titled_person_in_a_long_text() {
    // Without hints, titled names and person claimers are the people pronouns refer to;
    // adding claimers to that list one by one must keep it in text order.
    let mut text = String::new();
    for name in ["Putin", "Lavrov", "Peskov"].iter().cycle().take(600) {
        text.push_str(&format!("President {name} said the talks went well. He denied it. "));
    }
    let found = ClaimDetector::new().detect_text(&text, &[]);
    let mut checked = 0;
    for c in &found.claims {
        let Some(cl) = c.claimer else { continue };
        if &text[cl.span.range()] != "He" {
            continue;
        }
        // The sentence before names the person.
        let before = &text[..cl.span.start];
        let name_at = before.rfind("President ").unwrap() + "President ".len();
        let referent = cl.refers_to.unwrap();
        assert_eq!(referent.start, name_at, "{}", &text[referent.range()]);
        checked += 1;
    }
    assert_eq!(checked, 600);
}

#[test]
fn boilerplate_silences_its_sentences_in_a_long_document() {
    let block =
        "The ministry said the plant was closed. ALSO READ: Officials said it was safe.\n\n";
    let text = block.repeat(500);
    let hints: Vec<Hint> = text
        .match_indices("ALSO READ: Officials said it was safe.")
        .map(|(at, s)| Hint::new(at..at + s.len(), HintKind::Boilerplate))
        .collect();
    let found = ClaimDetector::new().detect_text(&text, &hints);
    let said: Vec<&str> =
        found.claims.iter().filter_map(|c| c.claimer).map(|c| &text[c.span.range()]).collect();
    assert_eq!(said.len(), 500);
    assert!(said.iter().all(|&c| c == "The ministry"));
    for (score, h) in found.checkworthiness.iter().skip(1).step_by(2).zip(&hints) {
        assert_eq!(*score, 0.0, "{:?}", &text[h.span.range()]);
    }
}

#[test]
fn a_long_document_read_in_blocks_gives_the_claims_of_its_paragraphs() {
    // Over 3 MB: several blocks of sentences. Each claim is the claim of its paragraph read
    // alone, and a pronoun at the start of a block still refers to the person before it.
    let para = "President Putin said the talks went well.\n\nHe denied that “the plan” had failed, \
                officials said.\n\n";
    let detector = ClaimDetector::new();
    let one = detector.detect_text(para, &[]).claims;
    assert_eq!(one.len(), 3);
    let n = (3 << 20) / para.len() + 1;
    let text = para.repeat(n);
    let all = detector.detect_text(&text, &[]).claims;
    assert_eq!(all.len(), one.len() * n);
    for (k, c) in all.iter().enumerate() {
        let (alone, shift) = (&one[k % one.len()], (k / one.len()) * para.len());
        let moved =
            |s: nutgraf_tokenize::Span| nutgraf_tokenize::Span::new(s.start + shift, s.end + shift);
        assert_eq!(c.span, moved(alone.span), "claim {k}");
        assert_eq!(c.cue, alone.cue.map(moved), "claim {k}");
        assert_eq!(c.content, alone.content.map(moved), "claim {k}");
        assert_eq!(c.quotes, alone.quotes.iter().copied().map(moved).collect::<Vec<_>>());
        let (a, b) = (c.claimer.unwrap(), alone.claimer.unwrap());
        assert_eq!(a.span, moved(b.span), "claim {k}");
        assert_eq!(a.refers_to, b.refers_to.map(moved), "claim {k}");
    }
}
