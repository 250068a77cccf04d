//! Runs the cases of `tests/data/tokens.toml` and `tests/data/sentences.toml`.

use nutgraf_tokenize::{Token, Tokenizer};
use serde::Deserialize;

#[derive(Deserialize)]
struct TokenCases {
    case: Vec<TokenCase>,
}

#[derive(Deserialize)]
struct TokenCase {
    name: String,
    text: String,
    tokens: Vec<String>,
    #[serde(default)]
    words: Option<Vec<String>>,
    #[serde(default)]
    kinds: Option<Vec<String>>,
    #[serde(default)]
    glued: Option<Vec<usize>>,
    #[serde(default)]
    configs: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct SentenceCases {
    case: Vec<SentenceCase>,
}

#[derive(Deserialize)]
struct SentenceCase {
    name: String,
    text: String,
    sentences: Vec<String>,
}

fn tokenizer(config: &str) -> Tokenizer {
    match config {
        "default" => Tokenizer::new(),
        "no-hyphen-split" => Tokenizer::builder().split_hyphens(false).build().unwrap(),
        other => panic!("unknown configuration {other:?}"),
    }
}

fn texts<'t>(text: &'t str, tokens: &[Token]) -> Vec<&'t str> {
    tokens.iter().map(|t| t.text(text)).collect()
}

#[test]
fn token_cases() {
    let cases: TokenCases = toml::from_str(include_str!("data/tokens.toml")).unwrap();
    let mut failures = Vec::new();
    for case in &cases.case {
        let configs = case.configs.clone().unwrap_or_else(|| vec!["default".to_owned()]);
        for config in &configs {
            let tokens = tokenizer(config).tokenize(&case.text);
            let got = texts(&case.text, &tokens);
            if got != case.tokens {
                failures.push(format!(
                    "{} [{config}]: tokens\n  want {:?}\n  got  {got:?}",
                    case.name, case.tokens
                ));
                continue;
            }
            if let Some(words) = &case.words {
                let got: Vec<&str> =
                    tokens.iter().flat_map(|t| t.words()).map(|w| &case.text[w.range()]).collect();
                if &got != words {
                    failures.push(format!(
                        "{} [{config}]: words\n  want {words:?}\n  got  {got:?}",
                        case.name
                    ));
                }
            }
            if let Some(kinds) = &case.kinds {
                let got: Vec<&str> = tokens.iter().map(|t| t.kind.as_str()).collect();
                if &got != kinds {
                    failures.push(format!(
                        "{} [{config}]: kinds\n  want {kinds:?}\n  got  {got:?}",
                        case.name
                    ));
                }
            }
            if let Some(glued) = &case.glued {
                let got: Vec<usize> = tokens
                    .iter()
                    .enumerate()
                    .filter(|(i, t)| !t.space_after && i + 1 < tokens.len())
                    .map(|(i, _)| i)
                    .collect();
                if &got != glued {
                    failures.push(format!(
                        "{} [{config}]: glued\n  want {glued:?}\n  got  {got:?}",
                        case.name
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing token cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn sentence_cases() {
    let cases: SentenceCases = toml::from_str(include_str!("data/sentences.toml")).unwrap();
    let tokenizer = Tokenizer::new();
    let mut failures = Vec::new();
    for case in &cases.case {
        let doc = tokenizer.analyze(&case.text);
        let got: Vec<&str> = doc.sentences.iter().map(|s| &case.text[s.span.range()]).collect();
        if got != case.sentences {
            failures.push(format!("{}:\n  want {:?}\n  got  {got:?}", case.name, case.sentences));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing sentence cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
