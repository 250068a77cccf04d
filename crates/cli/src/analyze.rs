//! `nutgraf analyze` (and `nutgraf html`).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use nutgraf::{AnalysisRef, Document};

use crate::input::{self, Doc, InputError};
use crate::setup::PipelineArgs;
use crate::{brat, html, text};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files to analyse, one document each; `-` (the default) reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<String>,
    /// Output format: `json` (one pretty-printed object per document), `jsonl` (one line per
    /// document), `text` (a readable summary), `html` (a self-contained page per document) or
    /// `brat` (standoff annotations; with --out-dir, NAME.txt and NAME.ann per document).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Read the inputs as JSON Lines, one `{"id", "text", "date"?}` document per line; each
    /// output record carries the input's `id`.
    #[arg(long)]
    jsonl_input: bool,
    /// Write one file per document into this directory (`NAME.html`) instead of standard
    /// output; needed for page formats when there are several documents.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Jsonl,
    Text,
    Html,
    Brat,
}

impl Format {
    /// Formats that write a whole page per document.
    fn is_page(self) -> bool {
        matches!(self, Format::Html | Format::Brat)
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Text => "txt",
            Format::Html => "html",
            Format::Brat => "ann",
        }
    }
}

/// `nutgraf html FILE [-o OUT]`: the HTML view of one document.
#[derive(clap::Args, Debug)]
pub struct HtmlArgs {
    /// The document (`-` reads standard input).
    #[arg(value_name = "FILE", default_value = "-")]
    file: String,
    /// Write the page here instead of standard output.
    #[arg(long, short, value_name = "OUT")]
    output: Option<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

pub fn run_html(args: &HtmlArgs) -> anyhow::Result<ExitCode> {
    let doc = match input::read_whole(&args.file)? {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("nutgraf: {e}");
            return Ok(ExitCode::from(1));
        }
    };
    let pipeline = args.pipeline.pipeline()?;
    let metadata = args.pipeline.metadata(&doc);
    let mut doc = pipeline.run_with(doc.text, metadata)?;
    args.pipeline.restrict(&mut doc);
    let page = html::page(&doc, &html::marks(&doc));
    match &args.output {
        Some(path) => std::fs::write(path, page)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => io::stdout()
            .lock()
            .write_all(page.as_bytes())
            .context("cannot write to standard output")?,
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let pipeline = args.pipeline.pipeline()?;
    let stdout = io::stdout();
    let mut sink = Sink {
        out: BufWriter::new(stdout.lock()),
        format: args.format,
        out_dir: args.out_dir.clone(),
        layers: args.pipeline.clone(),
        written: 0,
        names: std::collections::HashSet::new(),
    };
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let files: Vec<String> =
        if args.files.is_empty() { vec!["-".to_owned()] } else { args.files.clone() };
    let mut failed = 0usize;
    let mut handle = |doc: Result<Doc, InputError>, sink: &mut Sink<'_>| match doc {
        Ok(doc) => {
            let metadata = args.pipeline.metadata(&doc);
            let mut doc = pipeline.run_with(doc.text, metadata)?;
            sink.document(&mut doc)
        }
        Err(e) => {
            failed += 1;
            eprintln!("nutgraf: {e}");
            if args.jsonl_input && !args.format.is_page() {
                // Keep one output record per input line so outputs stay aligned.
                let mut rec = serde_json::Map::new();
                if let Some(line) = e.line {
                    rec.insert("line".into(), line.into());
                }
                if let Some(id) = e.id {
                    rec.insert("id".into(), id.into());
                }
                rec.insert("error".into(), e.message.into());
                if let Some(excerpt) = e.excerpt {
                    rec.insert("excerpt".into(), excerpt.into());
                }
                sink.record(&rec)
            } else {
                Ok(())
            }
        }
    };
    for path in &files {
        if crate::interrupted() {
            break;
        }
        if args.jsonl_input {
            input::for_each_jsonl(path, |doc| handle(doc, &mut sink))?;
        } else {
            handle(input::read_whole(path)?, &mut sink)?;
        }
    }
    sink.out.flush().context("cannot write to standard output")?;
    Ok(if crate::interrupted() {
        eprintln!("nutgraf: interrupted; every document written is whole");
        ExitCode::from(130)
    } else if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Where results go: standard output, or one file per document.
struct Sink<'a> {
    out: BufWriter<io::StdoutLock<'a>>,
    format: Format,
    out_dir: Option<PathBuf>,
    /// The options that choose the layers written (`--layers`).
    layers: PipelineArgs,
    written: usize,
    names: std::collections::HashSet<String>,
}

impl Sink<'_> {
    fn document(&mut self, doc: &mut Document) -> anyhow::Result<()> {
        if !matches!(self.format, Format::Json | Format::Jsonl) {
            self.layers.restrict(doc);
        }
        let bytes = match self.format {
            // Written record by record, never held whole in memory.
            Format::Json | Format::Jsonl => return self.json(doc),
            Format::Text => text::summary(doc).into_bytes(),
            Format::Html => html::page(doc, &html::marks(doc)).into_bytes(),
            Format::Brat => brat::annotations(doc).into_bytes(),
        };
        let name = self.emit(doc.metadata.id.as_deref(), &bytes)?;
        // brat reads the text from NAME.txt beside NAME.ann.
        if let (Format::Brat, Some(dir), Some(name)) = (self.format, &self.out_dir, name) {
            let path = dir.join(format!("{name}.txt"));
            std::fs::write(&path, doc.text())
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }

    /// Writes the JSON of one document straight to its destination.
    fn json(&mut self, doc: &Document) -> anyhow::Result<()> {
        let pretty = self.format == Format::Json;
        let layers = self.layers.layers;
        let write = |out: &mut dyn Write| -> anyhow::Result<()> {
            let view = AnalysisRef::with_fields(doc, layers);
            if pretty {
                serde_json::to_writer_pretty(&mut *out, &view)?;
            } else {
                serde_json::to_writer(&mut *out, &view)?;
            }
            out.write_all(b"\n")?;
            Ok(())
        };
        self.written += 1;
        match self.out_dir.clone() {
            Some(dir) => {
                let name = self.unique_name(doc.metadata.id.as_deref());
                let path = dir.join(format!("{name}.{}", self.format.extension()));
                let file = std::fs::File::create(&path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                let mut out = BufWriter::new(file);
                write(&mut out)
                    .and_then(|()| Ok(out.flush()?))
                    .with_context(|| format!("cannot write {}", path.display()))
            }
            None => write(&mut self.out).context("cannot write to standard output"),
        }
    }

    fn record(&mut self, value: &impl serde::Serialize) -> anyhow::Result<()> {
        let mut v = match self.format {
            Format::Json => serde_json::to_vec_pretty(value)?,
            _ => serde_json::to_vec(value)?,
        };
        v.push(b'\n');
        self.emit(None, &v).map(|_| ())
    }

    /// Writes one result; returns the file name (without extension) used in --out-dir.
    fn emit(&mut self, id: Option<&str>, bytes: &[u8]) -> anyhow::Result<Option<String>> {
        self.written += 1;
        match self.out_dir.clone() {
            Some(dir) => {
                let name = self.unique_name(id);
                let path = dir.join(format!("{name}.{}", self.format.extension()));
                std::fs::write(&path, bytes)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                Ok(Some(name))
            }
            None => {
                anyhow::ensure!(
                    !(self.format.is_page() && self.written > 1),
                    "{} output of several documents needs --out-dir DIR (one file per document)",
                    self.format.extension()
                );
                self.out.write_all(bytes).context("cannot write to standard output")?;
                Ok(None)
            }
        }
    }

    /// A file name for a document: its id's file stem (or `doc-N`), made unique.
    fn unique_name(&mut self, id: Option<&str>) -> String {
        let base: String = id
            .map(|id| {
                Path::new(id)
                    .file_stem()
                    .map_or_else(|| id.to_owned(), |s| s.to_string_lossy().into_owned())
            })
            .unwrap_or_else(|| format!("doc-{}", self.written))
            .chars()
            .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
            .collect();
        let mut name = base.clone();
        let mut k = 1;
        while !self.names.insert(name.clone()) {
            k += 1;
            name = format!("{base}-{k}");
        }
        name
    }
}
