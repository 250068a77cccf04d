//! `nutgraf analyze`.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;
use nutgraf::{Analysis, Metadata, Pipeline};

use crate::input::{self, Doc, InputError};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files to analyse, one document each; `-` (the default) reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<String>,
    /// Output format: `json` (one pretty-printed object per document) or `jsonl` (one line
    /// per document).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Read the inputs as JSON Lines, one `{"id", "text", "date"?}` document per line; each
    /// output record carries the input's `id`.
    #[arg(long)]
    jsonl_input: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Jsonl,
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::default();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let files: Vec<String> =
        if args.files.is_empty() { vec!["-".to_owned()] } else { args.files.clone() };
    let mut failed = 0usize;
    let mut handle = |doc: Result<Doc, InputError>, out: &mut BufWriter<io::StdoutLock<'_>>| {
        match doc {
            Ok(doc) => {
                let metadata = Metadata { id: doc.id, ..Metadata::default() };
                let doc = pipeline.run_with(doc.text, metadata)?;
                write_record(out, args.format, &Analysis::from_document(&doc))
            }
            Err(e) => {
                failed += 1;
                eprintln!("nutgraf: {e}");
                if args.jsonl_input {
                    // Keep one output record per input line so outputs stay aligned.
                    let mut rec = serde_json::Map::new();
                    if let Some(line) = e.line {
                        rec.insert("line".into(), line.into());
                    }
                    if let Some(id) = e.id {
                        rec.insert("id".into(), id.into());
                    }
                    rec.insert("error".into(), e.message.into());
                    write_record(out, args.format, &rec)
                } else {
                    Ok(())
                }
            }
        }
    };
    for path in &files {
        if args.jsonl_input {
            input::for_each_jsonl(path, |doc| handle(doc, &mut out))?;
        } else {
            handle(input::read_whole(path)?, &mut out)?;
        }
    }
    out.flush().context("cannot write to standard output")?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn write_record(
    out: &mut impl Write,
    format: Format,
    value: &impl serde::Serialize,
) -> anyhow::Result<()> {
    match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, value)?,
        Format::Jsonl => serde_json::to_writer(&mut *out, value)?,
    }
    out.write_all(b"\n").context("cannot write to standard output")?;
    Ok(())
}
