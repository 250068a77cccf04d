//! Attribution cases as data: a text, optional hints, and the attributed claims expected in
//! it (every claim with a cue must be listed).

use nutgraf_claims::{ClaimDetector, ClaimKind, ClaimerKind, Hint, HintKind, Stance};

#[derive(Default)]
struct Expect {
    cue: &'static str,
    claimer: Option<&'static str>,
    kind: Option<ClaimerKind>,
    stance: Option<Stance>,
    content: Option<&'static str>,
    refers_to: Option<&'static str>,
    hedges: Option<&'static [&'static str]>,
    numbers: Option<&'static [&'static str]>,
    kinds: &'static [ClaimKind],
    /// The claim's span is the whole text (a quote across sentences).
    whole_text: bool,
}

struct Case {
    name: &'static str,
    text: &'static str,
    hints: &'static [(&'static str, HintKind)],
    expect: Vec<Expect>,
}

fn cases() -> Vec<Case> {
    use ClaimKind::*;
    use ClaimerKind::*;
    vec![
        Case {
            name: "source_cue_that_content_and_a_denial_in_one_sentence",
            text: "Washington claims that North Korea has provided weapons to Russia, though Pyongyang & Moscow deny this.",
            hints: &[],
            expect: vec![
                Expect {
                    cue: "claims",
                    claimer: Some("Washington"),
                    kind: Some(Place),
                    stance: Some(Stance::Assert),
                    content: Some("North Korea has provided weapons to Russia"),
                    ..Default::default()
                },
                Expect {
                    cue: "deny",
                    claimer: Some("Pyongyang & Moscow"),
                    kind: Some(Place),
                    stance: Some(Stance::Deny),
                    ..Default::default()
                },
            ],
        },
        Case {
            name: "a_date_or_an_adverb_between_cue_and_that_is_not_content",
            text: "The ministry said last September that the plant was closed. The mayor said again that it was safe.",
            hints: &[("last September", HintKind::Date)],
            expect: vec![
                Expect {
                    cue: "said",
                    claimer: Some("The ministry"),
                    content: Some("the plant was closed"),
                    ..Default::default()
                },
                Expect {
                    cue: "said",
                    claimer: Some("The mayor"),
                    content: Some("it was safe"),
                    ..Default::default()
                },
            ],
        },
        Case {
            name: "content_comma_source_cue",
            text: "President Putin will head to Vietnam on June 19-20, the Kremlin announced.",
            hints: &[],
            expect: vec![Expect {
                cue: "announced",
                claimer: Some("the Kremlin"),
                kind: Some(Organization),
                content: Some("President Putin will head to Vietnam on June 19-20"),
                numbers: Some(&[]),
                kinds: &[Attributed, Prediction],
                ..Default::default()
            }],
        },
        Case {
            name: "content_comma_cue_source",
            text: "The economy grew by 3 percent last year, said Jane Smith, the chief economist.",
            hints: &[],
            expect: vec![Expect {
                cue: "said",
                claimer: Some("Jane Smith"),
                kind: Some(Person),
                content: Some("The economy grew by 3 percent last year"),
                numbers: Some(&["3 percent"]),
                kinds: &[Statistical, Attributed],
                ..Default::default()
            }],
        },
        Case {
            name: "according_to_at_the_start",
            text: "According to the health ministry, at least 200 people died in the floods.",
            hints: &[],
            expect: vec![Expect {
                cue: "According to",
                claimer: Some("the health ministry"),
                kind: Some(Organization),
                content: Some("at least 200 people died in the floods"),
                hedges: Some(&["at least"]),
                numbers: Some(&["200"]),
                ..Default::default()
            }],
        },
        Case {
            name: "according_to_at_the_end",
            text: "The plant produced 40% of the country's power, according to Reuters.",
            hints: &[],
            expect: vec![Expect {
                cue: "according to",
                claimer: Some("Reuters"),
                kind: Some(Organization),
                content: Some("The plant produced 40% of the country's power"),
                numbers: Some(&["40%"]),
                ..Default::default()
            }],
        },
        Case {
            name: "pronoun_claimer_linked_to_the_preceding_person_hint",
            text: "Maria Zakharova spoke to reporters in Moscow. She said the talks had failed.",
            hints: &[("Maria Zakharova", HintKind::Person), ("Moscow", HintKind::Place)],
            expect: vec![Expect {
                cue: "said",
                claimer: Some("She"),
                kind: Some(Person),
                refers_to: Some("Maria Zakharova"),
                content: Some("the talks had failed"),
                ..Default::default()
            }],
        },
        Case {
            name: "pronoun_claimer_linked_to_a_titled_name_without_hints",
            text: "Senator Jane Doe spoke on Monday. He said nothing; she said the bill would pass.",
            hints: &[],
            expect: vec![
                Expect {
                    cue: "said",
                    claimer: Some("He"),
                    refers_to: Some("Jane Doe"),
                    ..Default::default()
                },
                Expect {
                    cue: "said",
                    claimer: Some("she"),
                    refers_to: Some("Jane Doe"),
                    content: Some("the bill would pass"),
                    ..Default::default()
                },
            ],
        },
        Case {
            name: "reporting_noun_with_possessive",
            text: "Senator Jane Doe spoke on Monday. Her claim that the tax cut paid for itself drew criticism.",
            hints: &[],
            expect: vec![Expect {
                cue: "claim",
                claimer: Some("Her"),
                kind: Some(Person),
                refers_to: Some("Jane Doe"),
                ..Default::default()
            }],
        },
        Case {
            name: "quote_across_sentences_before_the_cue",
            text: "“We will not retreat. We have never retreated,” the minister said.",
            hints: &[],
            expect: vec![Expect {
                cue: "said",
                claimer: Some("the minister"),
                kind: Some(Person),
                content: Some("“We will not retreat. We have never retreated,”"),
                kinds: &[Quotation, Attributed, Prediction],
                whole_text: true,
                ..Default::default()
            }],
        },
        Case {
            name: "quote_across_sentences_after_the_cue",
            text: "The minister said: “Prices will fall. Wages will rise.”",
            hints: &[],
            expect: vec![Expect {
                cue: "said",
                claimer: Some("The minister"),
                content: Some("“Prices will fall. Wages will rise.”"),
                whole_text: true,
                ..Default::default()
            }],
        },
        Case {
            name: "quote_then_inverted_cue_and_titled_name",
            text: "“The numbers are wrong,” said Ms. Jones.",
            hints: &[],
            expect: vec![Expect {
                cue: "said",
                claimer: Some("Ms. Jones"),
                kind: Some(Person),
                content: Some("“The numbers are wrong,”"),
                kinds: &[Quotation, Attributed],
                ..Default::default()
            }],
        },
        Case {
            name: "reporting_adverb_without_claimer",
            text: "Russia reportedly purchased munitions from North Korea.",
            hints: &[],
            expect: vec![Expect {
                cue: "reportedly",
                claimer: None,
                hedges: Some(&["reportedly"]),
                ..Default::default()
            }],
        },
        Case {
            name: "passive_report",
            text: "It was reported that the factory had closed.",
            hints: &[],
            expect: vec![Expect {
                cue: "was reported",
                claimer: None,
                content: Some("the factory had closed"),
                ..Default::default()
            }],
        },
        Case {
            name: "negated_cue_is_a_denial",
            text: "The spokesman did not confirm that troops had crossed the border.",
            hints: &[],
            expect: vec![Expect {
                cue: "confirm",
                claimer: Some("The spokesman"),
                kind: Some(Person),
                stance: Some(Stance::Deny),
                content: Some("troops had crossed the border"),
                ..Default::default()
            }],
        },
        Case {
            name: "questioning_cue",
            text: "Critics questioned whether the program had created any jobs.",
            hints: &[],
            expect: vec![Expect {
                cue: "questioned",
                claimer: Some("Critics"),
                kind: Some(Generic),
                stance: Some(Stance::Question),
                ..Default::default()
            }],
        },
        Case {
            name: "generic_source_with_hedged_number",
            text: "UN monitors concluded that at least one missile was made in North Korea.",
            hints: &[],
            expect: vec![Expect {
                cue: "concluded",
                claimer: Some("UN monitors"),
                kind: Some(Generic),
                hedges: Some(&["at least"]),
                numbers: Some(&["one"]),
                kinds: &[Statistical, Attributed],
                ..Default::default()
            }],
        },
        Case {
            name: "media_reports_are_the_source_not_the_cue",
            text: "Media reports suggest she could be more eccentric than her brother.",
            hints: &[],
            expect: vec![Expect {
                cue: "suggest",
                claimer: Some("Media reports"),
                kind: Some(Generic),
                hedges: Some(&["could"]),
                kinds: &[Attributed, Comparison],
                ..Default::default()
            }],
        },
        Case {
            name: "relative_pronoun_claimer_refers_to_its_antecedent",
            text: "The bill was backed by Senator Smith, who said it would save $2 billion.",
            hints: &[],
            expect: vec![Expect {
                cue: "said",
                claimer: Some("who"),
                kind: Some(Person),
                refers_to: Some("Senator Smith"),
                numbers: Some(&["$2 billion"]),
                ..Default::default()
            }],
        },
        Case {
            name: "inflected_cues_match_through_stems",
            text: "The minister reiterates that the border stays closed. Officials are insisting that the dam is safe.",
            hints: &[],
            expect: vec![
                Expect { cue: "reiterates", claimer: Some("The minister"), ..Default::default() },
                Expect {
                    cue: "insisting",
                    claimer: Some("Officials"),
                    kind: Some(Generic),
                    ..Default::default()
                },
            ],
        },
        Case {
            name: "indirect_object_and_adjunct_before_that",
            text: "The mayor told reporters on Friday that the budget was balanced.",
            hints: &[],
            expect: vec![Expect {
                cue: "told",
                claimer: Some("The mayor"),
                content: Some("the budget was balanced"),
                ..Default::default()
            }],
        },
        Case {
            name: "hinted_organisation_with_determiner",
            text: "The US State Department said it was “quite certain” that Putin would seek arms.",
            hints: &[("US State Department", HintKind::Organization), ("Putin", HintKind::Person)],
            expect: vec![Expect {
                cue: "said",
                claimer: Some("The US State Department"),
                kind: Some(Organization),
                hedges: Some(&["quite certain"]),
                kinds: &[Quotation, Attributed],
                ..Default::default()
            }],
        },
        Case {
            name: "title_before_a_name_is_not_part_of_the_claimer",
            text: "US State Department spokesperson Matthew Miller reiterated that North Korea had sent over 11,000 containers.",
            hints: &[],
            expect: vec![Expect {
                cue: "reiterated",
                claimer: Some("Matthew Miller"),
                kind: Some(Person),
                hedges: Some(&["over"]),
                numbers: Some(&["11,000"]),
                ..Default::default()
            }],
        },
        Case {
            name: "nouns_and_infinitives_are_not_cues",
            text: "The report is on the table. He wants to say something. She went to the United States. Those claims are false.",
            hints: &[],
            expect: vec![],
        },
    ]
}

fn find(text: &str, needle: &str) -> nutgraf_tokenize::Span {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    (start..start + needle.len()).into()
}

#[test]
fn attribution_cases() {
    let detector = ClaimDetector::new();
    let mut failures = Vec::new();
    for case in cases() {
        let hints: Vec<Hint> =
            case.hints.iter().map(|&(s, k)| Hint::new(find(case.text, s), k)).collect();
        let found = detector.detect_text(case.text, &hints);
        let text = case.text;
        let get = |s: nutgraf_tokenize::Span| &text[s.range()];
        let attributed: Vec<_> = found.claims.iter().filter(|c| c.cue.is_some()).collect();
        let mut used = vec![false; attributed.len()];
        for e in &case.expect {
            let hit = attributed.iter().enumerate().find(|(k, c)| {
                !used[*k]
                    && get(c.cue.unwrap()) == e.cue
                    && c.claimer.map(|x| get(x.span)) == e.claimer
            });
            let Some((k, c)) = hit else {
                let got: Vec<_> = attributed
                    .iter()
                    .map(|c| (get(c.cue.unwrap()), c.claimer.map(|x| get(x.span))))
                    .collect();
                failures.push(format!(
                    "{}: no claim with cue {:?} and claimer {:?}; got {got:?}",
                    case.name, e.cue, e.claimer
                ));
                continue;
            };
            used[k] = true;
            let mut check = |what: &str, ok: bool, got: String| {
                if !ok {
                    failures.push(format!("{}: {what} of {:?} claim: got {got}", case.name, e.cue));
                }
            };
            if let Some(kind) = e.kind {
                check(
                    "claimer kind",
                    c.claimer.map(|x| x.kind) == Some(kind),
                    format!("{:?}", c.claimer.map(|x| x.kind)),
                );
            }
            if let Some(s) = e.stance {
                check("stance", c.stance == s, format!("{:?}", c.stance));
            }
            if let Some(content) = e.content {
                check(
                    "content",
                    c.content.map(get) == Some(content),
                    format!("{:?}", c.content.map(get)),
                );
            }
            if let Some(r) = e.refers_to {
                let got = c.claimer.and_then(|x| x.refers_to).map(get);
                check("refers_to", got == Some(r), format!("{got:?}"));
            }
            if let Some(h) = e.hedges {
                let got: Vec<&str> = c.hedges.iter().map(|&s| get(s)).collect();
                check("hedges", got == h, format!("{got:?}"));
            }
            if let Some(n) = e.numbers {
                let got: Vec<&str> = c.numbers.iter().map(|&s| get(s)).collect();
                check("numbers", got == n, format!("{got:?}"));
            }
            if !e.kinds.is_empty() {
                check("kinds", c.kinds == e.kinds, format!("{:?}", c.kinds));
            }
            if e.whole_text {
                check("span", get(c.span) == text, format!("{:?}", get(c.span)));
            }
            check(
                "why",
                c.why.iter().any(|r| r.feature.starts_with("pattern:")),
                format!("{:?}", c.why),
            );
        }
        for (k, c) in attributed.iter().enumerate() {
            if !used[k] {
                failures.push(format!(
                    "{}: unexpected claim with cue {:?} and claimer {:?}",
                    case.name,
                    get(c.cue.unwrap()),
                    c.claimer.map(|x| get(x.span))
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
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
