//! Runs the attribution cases of `tests/data/attribution.toml`: for each text, every
//! attributed claim found must be expected and every expected one found, with the fields the
//! case gives.

use nutgraf_claims::{Claim, ClaimDetector, Hint, HintKind, Stance};
use nutgraf_tokenize::Span;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    hints: Vec<(String, String)>,
    #[serde(default)]
    claim: Vec<Expect>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    cue: String,
    #[serde(default)]
    claimer: Option<String>,
    #[serde(default)]
    head: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    stance: Option<String>,
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    refers_to: Option<String>,
    #[serde(default)]
    responds_to: Option<String>,
    #[serde(default)]
    hedges: Option<Vec<String>>,
    #[serde(default)]
    numbers: Option<Vec<String>>,
    #[serde(default)]
    kinds: Option<Vec<String>>,
    #[serde(default)]
    whole_text: bool,
}

fn hint_kind(name: &str) -> HintKind {
    match name {
        "person" => HintKind::Person,
        "organization" => HintKind::Organization,
        "place" => HintKind::Place,
        "group" => HintKind::Group,
        "title" => HintKind::Title,
        "date" => HintKind::Date,
        "boilerplate" => HintKind::Boilerplate,
        other => panic!("unknown hint kind {other:?}"),
    }
}

fn find(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    (start..start + needle.len()).into()
}

#[test]
fn attribution_cases() {
    let cases: Cases = toml::from_str(include_str!("data/attribution.toml")).unwrap();
    assert!(cases.case.len() >= 60, "{} cases", cases.case.len());
    let detector = ClaimDetector::new();
    let mut failures = Vec::new();
    for case in &cases.case {
        let text = case.text.as_str();
        let hints: Vec<Hint> =
            case.hints.iter().map(|(s, k)| Hint::new(find(text, s), hint_kind(k))).collect();
        let found = detector.detect_text(text, &hints);
        let get = |s: Span| &text[s.range()];
        let attributed: Vec<(usize, &Claim)> =
            found.claims.iter().enumerate().filter(|(_, c)| c.cue.is_some()).collect();
        let mut used = vec![false; attributed.len()];
        for e in &case.claim {
            let hit = attributed.iter().enumerate().find(|(k, (_, c))| {
                !used[*k]
                    && c.cue.map(get) == Some(e.cue.as_str())
                    && c.claimer.map(|x| get(x.span)) == e.claimer.as_deref()
            });
            let Some((k, &(_, c))) = hit else {
                let got: Vec<_> = attributed
                    .iter()
                    .map(|(_, c)| (c.cue.map(get), c.claimer.map(|x| get(x.span))))
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
                    failures
                        .push(format!("{}: {what} of the {:?} claim: got {got}", case.name, e.cue));
                }
            };
            if let Some(h) = &e.head {
                let got = c.claimer.and_then(|x| x.head).map(get);
                check("head", got == Some(h.as_str()), format!("{got:?}"));
            }
            if let Some(kind) = &e.kind {
                let got = c.claimer.map(|x| x.kind.as_str());
                check("claimer kind", got == Some(kind.as_str()), format!("{got:?}"));
            }
            if let Some(s) = &e.stance {
                check("stance", c.stance.as_str() == s, format!("{:?}", c.stance));
            }
            if let Some(content) = &e.content {
                // `content = ""`: the claim has no content span of its own.
                let got = c.content.map(get);
                let want = Some(content.as_str()).filter(|c| !c.is_empty());
                check("content", got == want, format!("{got:?}"));
            }
            if let Some(r) = &e.refers_to {
                let got = c.claimer.and_then(|x| x.refers_to).map(get);
                check("refers_to", got == Some(r.as_str()), format!("{got:?}"));
            }
            if let Some(r) = &e.responds_to {
                let got =
                    c.responds_to.and_then(|i| found.claims.get(i)).and_then(|a| a.cue).map(get);
                check("responds_to", got == Some(r.as_str()), format!("{got:?}"));
            } else if c.stance == Stance::Deny {
                // A denial answers nothing unless the case says so.
                check("responds_to", c.responds_to.is_none(), format!("{:?}", c.responds_to));
            }
            if let Some(h) = &e.hedges {
                let got: Vec<&str> = c.hedges.iter().map(|&s| get(s)).collect();
                check("hedges", got == *h, format!("{got:?}"));
            }
            if let Some(n) = &e.numbers {
                let got: Vec<&str> = c.numbers.iter().map(|&s| get(s)).collect();
                check("numbers", got == *n, format!("{got:?}"));
            }
            if let Some(kinds) = &e.kinds {
                let got: Vec<&str> = c.kinds.iter().map(|k| k.as_str()).collect();
                check("kinds", got == *kinds, format!("{got:?}"));
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
        for (k, (_, c)) in attributed.iter().enumerate() {
            if !used[k] {
                failures.push(format!(
                    "{}: unexpected claim with cue {:?} and claimer {:?}",
                    case.name,
                    c.cue.map(get),
                    c.claimer.map(|x| get(x.span))
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Every public enum prints as its JSON name.
#[test]
fn enums_display_as_their_json_names() {
    assert_eq!(Stance::Deny.to_string(), "deny");
    assert_eq!(HintKind::Organization.to_string(), "organization");
    assert_eq!(nutgraf_claims::ClaimerKind::Generic.to_string(), "generic");
    assert_eq!(nutgraf_claims::ClaimKind::Statistical.to_string(), "statistical");
}
