//! `nutgraf batch`: JSON Lines in, JSON Lines out, in parallel, in order, in bounded memory.
//!
//! A reader thread cuts the input into chunks of lines (at most [`CHUNK_LINES`] lines or
//! [`CHUNK_BYTES`] bytes); each chunk's lines are analysed in parallel on the rayon pool
//! while the main thread writes earlier chunks' results, in input order. At most two chunks
//! wait in the channel and [`IN_FLIGHT`] + 1 are on the pool or waiting to be written, so
//! memory stays bounded however long the stream (about 100 MB peak on two threads).
//!
//! A line longer than [`BIG_LINE`] is a chunk of its own: once everything before it is
//! written, it is analysed alone and its result written as it is serialised, never held
//! whole. A line longer than `--max-line-mb` is not read into memory at all: its output line
//! is an error record.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use nutgraf::{AnalysisRef, Fields, Metadata, Pipeline};
use rayon::prelude::*;

use crate::input;

/// Lines per chunk.
const CHUNK_LINES: usize = 256;
/// Bytes per chunk (a chunk closes at the first line past this size).
const CHUNK_BYTES: usize = 1 << 20;
/// Chunks handed to the worker pool and not yet written.
const IN_FLIGHT: usize = 2;
/// Lines longer than this are analysed alone and their output streamed.
const BIG_LINE: usize = 8 << 20;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// JSONL input, one `{"id", "text", "date"?}` document per line; `-` (the default) reads
    /// standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    input: String,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// No progress bar and no summary line on standard error.
    #[arg(long, short)]
    quiet: bool,
    /// Longest input line read, in MB (10^6 bytes); a longer line is skipped unread and its
    /// output line is an error record. Analysing a document takes about 15 to 20 times its
    /// size in memory.
    #[arg(long, value_name = "MB", default_value_t = 256)]
    max_line_mb: u64,
    /// Exit with 0 when some lines got error records (they are still written, and counted
    /// in the summary line unless --quiet), for engines that fail a whole task on a non-zero exit (Hadoop
    /// Streaming, Scala Spark's `pipe`); reading or writing failures still exit with 2 and
    /// Ctrl-C with 130.
    #[arg(long)]
    exit_zero: bool,
    #[command(flatten)]
    pipeline: crate::setup::PipelineArgs,
}

/// One input line: its 1-based number and its bytes without the line feed, or its length
/// when it was too long to read.
enum Line {
    Read(usize, Vec<u8>),
    TooLong(usize, u64),
}

/// A chunk of input lines.
type Chunk = Vec<Line>;

/// The output lines of a chunk, each with whether it succeeded.
type Results = Vec<(Vec<u8>, bool)>;

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        builder = builder.num_threads(n);
    }
    anyhow::ensure!(args.max_line_mb > 0, "--max-line-mb must be at least 1");
    let pool = builder.build().context("cannot start the worker threads")?;

    let (reader, total, name): (Box<dyn BufRead + Send>, Option<u64>, String) = if args.input == "-"
    {
        (Box::new(io::BufReader::new(io::stdin())), None, "<stdin>".to_owned())
    } else {
        let file = std::fs::File::open(&args.input)
            .with_context(|| format!("cannot open {}", args.input))?;
        let len = file.metadata().ok().map(|m| m.len());
        (Box::new(io::BufReader::with_capacity(1 << 20, file)), len, args.input.clone())
    };

    let progress = progress_bar(args.quiet, total);
    let (tx, rx) = mpsc::sync_channel::<io::Result<Chunk>>(2);
    let max_line =
        usize::try_from(args.max_line_mb.saturating_mul(1_000_000)).unwrap_or(usize::MAX);
    let reader_thread = std::thread::spawn(move || read_chunks(reader, max_line, &tx));

    let pipeline = Arc::new(args.pipeline.pipeline()?);
    let default_date = args.pipeline.date;
    let layers = args.pipeline.layers;
    let stdout = io::stdout();
    let mut out = Output {
        out: BufWriter::with_capacity(1 << 20, stdout.lock()),
        progress,
        docs: 0,
        bytes: 0,
        errors: 0,
    };
    let started = Instant::now();
    // Chunks are analysed on the pool while the results of earlier ones are written; up to
    // IN_FLIGHT chunks are queued on the pool, so the workers stay busy while a slow writer
    // (a file, a pipe whose reader shares the cores) catches up.
    let mut pending: VecDeque<(mpsc::Receiver<Results>, u64)> = VecDeque::new();
    let mut interrupted = false;
    loop {
        // Woken now and then to see whether the user interrupted, even while the input is
        // silent.
        let chunk = match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(chunk) => chunk,
            Err(mpsc::RecvTimeoutError::Timeout) if crate::interrupted() => {
                interrupted = true;
                break;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let chunk = chunk.with_context(|| format!("cannot read {name}"))?;
        let chunk_bytes: u64 = chunk
            .iter()
            .map(|l| match l {
                Line::Read(_, raw) => raw.len() as u64 + 1,
                Line::TooLong(_, len) => len + 1,
            })
            .sum();
        if let [Line::Read(line, raw)] = &chunk[..]
            && raw.len() > BIG_LINE
        {
            // Everything before it first; then it alone, written as it is serialised.
            for (prev, prev_bytes) in pending.drain(..) {
                out.results(
                    prev.recv().context("a worker thread stopped unexpectedly")?,
                    prev_bytes,
                )?;
            }
            out.big(&pipeline, default_date, layers, raw, &name, *line)?;
            out.advance(chunk_bytes);
        } else {
            let (done_tx, done_rx) = mpsc::channel();
            let (pipeline, name) = (Arc::clone(&pipeline), name.clone());
            pool.spawn(move || {
                let results: Results = chunk
                    .par_iter()
                    .map(|l| analyse_line(&pipeline, default_date, layers, l, &name))
                    .collect();
                let _ = done_tx.send(results);
            });
            pending.push_back((done_rx, chunk_bytes));
            if pending.len() > IN_FLIGHT
                && let Some((prev, prev_bytes)) = pending.pop_front()
            {
                out.results(
                    prev.recv().context("a worker thread stopped unexpectedly")?,
                    prev_bytes,
                )?;
            }
        }
        if crate::interrupted() {
            interrupted = true;
            break;
        }
    }
    if !interrupted {
        for (prev, prev_bytes) in pending {
            out.results(prev.recv().context("a worker thread stopped unexpectedly")?, prev_bytes)?;
        }
    }
    out.out.flush().context("cannot write to standard output")?;
    let Output { progress, docs, bytes, errors, .. } = out;
    progress.finish_and_clear();
    // The reader may be waiting for input that never comes; it ends with the process.
    if !interrupted && reader_thread.join().is_err() {
        anyhow::bail!("the input reader stopped unexpectedly");
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "nutgraf batch: {docs} documents, {mb:.1} MB in {secs:.2} s ({:.1} MB/s), {errors} error{}{}",
            if secs > 0.0 { mb / secs } else { 0.0 },
            if errors == 1 { "" } else { "s" },
            if interrupted { "; interrupted, every line written is whole" } else { "" },
        );
    }
    Ok(if interrupted {
        ExitCode::from(130)
    } else if errors > 0 && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Standard output and what has been written to it.
struct Output<'a> {
    out: BufWriter<io::StdoutLock<'a>>,
    progress: ProgressBar,
    docs: usize,
    bytes: u64,
    errors: usize,
}

impl Output<'_> {
    /// Writes the results of a chunk of `chunk_bytes` input bytes.
    fn results(&mut self, results: Results, chunk_bytes: u64) -> anyhow::Result<()> {
        for (json, ok) in results {
            self.line(&json, ok)?;
        }
        self.advance(chunk_bytes);
        Ok(())
    }

    fn line(&mut self, json: &[u8], ok: bool) -> anyhow::Result<()> {
        self.out.write_all(json).context("cannot write to standard output")?;
        self.out.write_all(b"\n").context("cannot write to standard output")?;
        self.docs += 1;
        self.errors += usize::from(!ok);
        Ok(())
    }

    fn advance(&mut self, chunk_bytes: u64) {
        self.bytes += chunk_bytes;
        self.progress.set_position(self.bytes);
    }

    /// Analyses one big line here and writes its result as it is serialised.
    fn big(
        &mut self,
        pipeline: &Pipeline,
        default_date: Option<nutgraf::dates::Reference>,
        layers: Fields,
        raw: &[u8],
        name: &str,
        line: usize,
    ) -> anyhow::Result<()> {
        let doc = match run_line(pipeline, default_date, raw, name, line) {
            Ok(doc) => doc,
            Err(record) => return self.line(&record, false),
        };
        serde_json::to_writer(&mut self.out, &AnalysisRef::with_fields(&doc, layers))
            .context("cannot write to standard output")?;
        self.line(b"", true)
    }
}

/// Analyses one input line: the output JSON and whether it succeeded.
fn analyse_line(
    pipeline: &Pipeline,
    default_date: Option<nutgraf::dates::Reference>,
    layers: Fields,
    line: &Line,
    name: &str,
) -> (Vec<u8>, bool) {
    match line {
        Line::Read(number, raw) => match run_line(pipeline, default_date, raw, name, *number) {
            Ok(doc) => match serde_json::to_vec(&AnalysisRef::with_fields(&doc, layers)) {
                Ok(json) => (json, true),
                Err(e) => (
                    error_record(
                        *number,
                        doc.metadata.id.clone(),
                        format!("cannot serialise the result: {e}"),
                        None,
                    ),
                    false,
                ),
            },
            Err(record) => (record, false),
        },
        Line::TooLong(number, len) => (
            error_record(
                *number,
                None,
                format!(
                    "line of {:.1} MB is longer than --max-line-mb allows; not read",
                    *len as f64 / 1e6
                ),
                None,
            ),
            false,
        ),
    }
}

/// Parses and analyses one line: the document, or the error record to write instead.
fn run_line(
    pipeline: &Pipeline,
    default_date: Option<nutgraf::dates::Reference>,
    raw: &[u8],
    name: &str,
    line: usize,
) -> Result<nutgraf::Document, Vec<u8>> {
    let doc = input::parse_line(raw, name, line)
        .map_err(|e| error_record(line, e.id, e.message, e.excerpt))?;
    let id = doc.id.clone();
    let mut metadata = Metadata { id: doc.id, ..Metadata::default() };
    if let Some(r) = doc.date.or(default_date) {
        metadata.set_reference(r);
    }
    pipeline.run_with(doc.text, metadata).map_err(|e| error_record(line, id, e.to_string(), None))
}

/// An error record: `{"line", "id"?, "error", "excerpt"?}`.
fn error_record(
    line: usize,
    id: Option<String>,
    message: String,
    excerpt: Option<String>,
) -> Vec<u8> {
    let mut rec = serde_json::Map::new();
    rec.insert("line".into(), line.into());
    if let Some(id) = id {
        rec.insert("id".into(), id.into());
    }
    rec.insert("error".into(), message.into());
    if let Some(excerpt) = excerpt {
        rec.insert("excerpt".into(), excerpt.into());
    }
    serde_json::Value::Object(rec).to_string().into_bytes()
}

/// Reads the input into chunks of lines and sends them; stops at the end, at a read error
/// (sent on), or when the receiver has gone. A line over `max_line` bytes is skipped
/// unread; a line over [`BIG_LINE`] goes in a chunk of its own.
fn read_chunks(
    mut reader: Box<dyn BufRead + Send>,
    max_line: usize,
    tx: &mpsc::SyncSender<io::Result<Chunk>>,
) {
    let mut line_no = 0usize;
    let mut held: Option<Line> = None;
    loop {
        // A big line held back from the last chunk is a chunk of its own.
        let mut chunk: Chunk = held.take().into_iter().collect();
        let mut size = if chunk.is_empty() { 0 } else { CHUNK_BYTES };
        while chunk.len() < CHUNK_LINES && size < CHUNK_BYTES {
            let mut buf = Vec::new();
            match read_line(&mut reader, max_line, &mut buf) {
                Ok(None) => break,
                Ok(Some(len)) => {
                    line_no += 1;
                    let line = if len > max_line {
                        Line::TooLong(line_no, len as u64)
                    } else if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    } else {
                        Line::Read(line_no, buf)
                    };
                    if let Line::Read(_, raw) = &line
                        && raw.len() > BIG_LINE
                    {
                        // A chunk of its own: send what came before, then it.
                        if chunk.is_empty() {
                            chunk.push(line);
                        } else {
                            held = Some(line);
                        }
                        break;
                    }
                    size += match &line {
                        Line::Read(_, raw) => raw.len(),
                        Line::TooLong(..) => 0,
                    };
                    chunk.push(line);
                }
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
        if chunk.is_empty() {
            return;
        }
        if tx.send(Ok(chunk)).is_err() {
            return;
        }
    }
}

/// Reads one line into `buf` (without its line feed) unless it is longer than `max`, then
/// only counts it. Returns the line's length, or `None` at the end of the input.
fn read_line(reader: &mut dyn BufRead, max: usize, buf: &mut Vec<u8>) -> io::Result<Option<usize>> {
    let mut len = 0usize;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(any.then_some(len));
        }
        any = true;
        let (part, done) = match available.iter().position(|&b| b == b'\n') {
            Some(k) => (&available[..k], k + 1),
            None => (available, available.len()),
        };
        len += part.len();
        if len <= max {
            buf.extend_from_slice(part);
        } else {
            // Too long: keep counting, hold nothing.
            *buf = Vec::new();
        }
        let end_of_line = done > part.len();
        reader.consume(done);
        if end_of_line {
            return Ok(Some(len));
        }
    }
}

fn progress_bar(quiet: bool, total: Option<u64>) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {bytes} {bytes_per_sec}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar
}
