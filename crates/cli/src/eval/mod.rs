//! `nutgraf eval`: the project's metrics on the evaluation sets.

use std::process::ExitCode;

use anyhow::Context;
use nutgraf::{Document, Metadata, Pipeline};

mod claims;
mod metrics;
mod ner;
mod sbd;
mod timex;
mod timex_cases;
mod tokens;

pub use metrics::Prf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// What to evaluate.
    #[arg(value_enum)]
    kind: Kind,
    /// The gold file (JSON Lines), e.g. ../shared/eval/sbd/golden_rules_en.jsonl.
    #[arg(long, value_name = "FILE")]
    gold: String,
    /// Print up to N mistakes (missed and spurious items with context) to standard error.
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
    /// Print the scores as one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// Score what the whole `Pipeline::default()` produces for each document (with the
    /// document's date, boilerplate found by the sections stage, claims with entity and date
    /// hints) instead of the stage alone; for `ner`, `timex` and claim documents.
    #[arg(long)]
    pipeline: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Sentence boundaries: cases whose sentence list equals the gold list exactly.
    Sbd,
    /// Tokens, syntactic words and sentences, CoNLL 2018 style (UD English EWT).
    Tokens,
    /// Check-worthiness (sentence sets with `label`) or claim attribution (documents with
    /// gold `claims`); sentence sets are also scored on their held-out part.
    Claims,
    /// Named entities (gazetteer): exact-span typed P/R/F1 per type, micro and untyped.
    Ner,
    /// Temporal expressions, TempEval-3 style (TimeBank + AQUAINT, WikiWars, tweets).
    Timex,
    /// Single-expression temporal cases with a reference date-time (`casual_en.jsonl`):
    /// plain cases, cases with options or a variant, negatives, and each form.
    TimexCases,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let pipeline = args.pipeline.then(Pipeline::default);
    if pipeline.is_some() && matches!(args.kind, Kind::Sbd | Kind::Tokens | Kind::TimexCases) {
        anyhow::bail!(
            "--pipeline applies to ner, timex and claims; sbd and tokens score the tokenizer, \
             timex-cases the date tagger"
        );
    }
    let p = pipeline.as_ref();
    let report = match args.kind {
        Kind::Sbd => sbd::eval(&args.gold, args.errors)?,
        Kind::Tokens => tokens::eval(&args.gold, args.errors)?,
        Kind::Claims => claims::eval(&args.gold, args.errors, p)?,
        Kind::Ner => ner::eval(&args.gold, args.errors, p)?,
        Kind::Timex => timex::eval(&args.gold, args.errors, p)?,
        Kind::TimexCases => timex_cases::eval(&args.gold, args.errors)?,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report.json)?);
    } else {
        print!("{}", report.table);
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `pipeline` on a gold document with its date (`YYYY-MM-DD`, when it has one).
fn analyze(
    pipeline: &Pipeline,
    id: &str,
    text: &str,
    dct: Option<&str>,
) -> anyhow::Result<Document> {
    let date = dct
        .map(|d| d.parse())
        .transpose()
        .with_context(|| format!("document {id}: bad date {dct:?}"))?;
    let metadata = Metadata { id: Some(id.to_owned()), date, ..Metadata::default() };
    pipeline.run_with(text, metadata).with_context(|| format!("document {id}"))
}

/// Scores as a human-readable table and as JSON.
pub struct Report {
    pub table: String,
    pub json: serde_json::Value,
}

/// Reads a gold file: JSON Lines (one record a line), or one pretty-printed JSON document
/// (the seed article's gold). Errors name the file and line.
pub fn read_gold<T: serde::de::DeserializeOwned>(path: &str) -> anyhow::Result<Vec<T>> {
    let data =
        std::fs::read_to_string(path).with_context(|| format!("cannot open gold file {path}"))?;
    let one_document = data.trim_start().starts_with('{')
        && data.lines().filter(|l| !l.trim().is_empty()).count() > 1;
    if one_document && let Ok(one) = serde_json::from_str::<T>(&data) {
        return Ok(vec![one]);
    }
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item = serde_json::from_str(line)
            .with_context(|| format!("{path}:{}: not a valid gold record", i + 1))?;
        out.push(item);
    }
    Ok(out)
}
