//! `nutgraf batch`: JSON Lines in, JSON Lines out, in parallel, in order, in bounded memory.
//!
//! A reader thread cuts the input into chunks of lines (at most [`CHUNK_LINES`] lines or
//! [`CHUNK_BYTES`] bytes); each chunk's lines are analysed in parallel on the rayon pool
//! while the main thread writes earlier chunks' results, in input order. At most two chunks
//! wait in the channel and [`IN_FLIGHT`] + 1 are on the pool or waiting to be written, so
//! memory stays bounded however long the stream (about 100 MB peak on two threads).

use std::collections::VecDeque;
use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::{Arc, mpsc};
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use nutgraf::{Analysis, Metadata, Pipeline};
use rayon::prelude::*;

use crate::input;

/// Lines per chunk.
const CHUNK_LINES: usize = 256;
/// Bytes per chunk (a chunk closes at the first line past this size).
const CHUNK_BYTES: usize = 1 << 20;
/// Chunks handed to the worker pool and not yet written.
const IN_FLIGHT: usize = 2;

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
    #[command(flatten)]
    pipeline: crate::setup::PipelineArgs,
}

/// A chunk of input lines: (1-based line number, bytes without the line feed).
type Chunk = Vec<(usize, Vec<u8>)>;

/// The output lines of a chunk, each with whether it succeeded.
type Results = Vec<(String, bool)>;

pub fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        builder = builder.num_threads(n);
    }
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
    let reader_thread = std::thread::spawn(move || read_chunks(reader, &tx));

    let pipeline = Arc::new(args.pipeline.pipeline()?);
    let default_date = args.pipeline.date;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let started = Instant::now();
    let (mut docs, mut bytes, mut errors) = (0usize, 0u64, 0usize);
    // Chunks are analysed on the pool while the results of earlier ones are written; up to
    // IN_FLIGHT chunks are queued on the pool, so the workers stay busy while a slow writer
    // (a file, a pipe whose reader shares the cores) catches up.
    let mut pending: VecDeque<(mpsc::Receiver<Results>, u64)> = VecDeque::new();
    let mut write = |results: Results, chunk_bytes: u64| -> anyhow::Result<()> {
        for (json, ok) in results {
            out.write_all(json.as_bytes()).context("cannot write to standard output")?;
            out.write_all(b"\n").context("cannot write to standard output")?;
            docs += 1;
            errors += usize::from(!ok);
        }
        bytes += chunk_bytes;
        progress.set_position(bytes);
        Ok(())
    };
    for chunk in rx {
        let chunk = chunk.with_context(|| format!("cannot read {name}"))?;
        let chunk_bytes: u64 = chunk.iter().map(|(_, l)| l.len() as u64 + 1).sum();
        let (done_tx, done_rx) = mpsc::channel();
        let (pipeline, name) = (Arc::clone(&pipeline), name.clone());
        pool.spawn(move || {
            let results: Vec<(String, bool)> = chunk
                .par_iter()
                .map(|(line, raw)| analyse_line(&pipeline, default_date, raw, &name, *line))
                .collect();
            let _ = done_tx.send(results);
        });
        pending.push_back((done_rx, chunk_bytes));
        if pending.len() > IN_FLIGHT
            && let Some((prev, prev_bytes)) = pending.pop_front()
        {
            write(prev.recv().context("a worker thread stopped unexpectedly")?, prev_bytes)?;
        }
    }
    for (prev, prev_bytes) in pending {
        write(prev.recv().context("a worker thread stopped unexpectedly")?, prev_bytes)?;
    }
    out.flush().context("cannot write to standard output")?;
    match reader_thread.join() {
        Ok(()) => {}
        Err(_) => anyhow::bail!("the input reader stopped unexpectedly"),
    }
    progress.finish_and_clear();
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "nutgraf batch: {docs} documents, {mb:.1} MB in {secs:.2} s ({:.1} MB/s), {errors} error{}",
            if secs > 0.0 { mb / secs } else { 0.0 },
            if errors == 1 { "" } else { "s" }
        );
    }
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Analyses one input line: the output JSON and whether it succeeded.
fn analyse_line(
    pipeline: &Pipeline,
    default_date: Option<nutgraf::dates::Date>,
    raw: &[u8],
    name: &str,
    line: usize,
) -> (String, bool) {
    let error = |id: Option<String>, message: String| {
        let mut rec = serde_json::Map::new();
        rec.insert("line".into(), line.into());
        if let Some(id) = id {
            rec.insert("id".into(), id.into());
        }
        rec.insert("error".into(), message.into());
        (serde_json::Value::Object(rec).to_string(), false)
    };
    let doc = match input::parse_line(raw, name, line) {
        Ok(doc) => doc,
        Err(e) => return error(e.id, e.message),
    };
    let id = doc.id.clone();
    let metadata = Metadata { id: doc.id, date: doc.date.or(default_date), ..Metadata::default() };
    match pipeline.run_with(doc.text, metadata) {
        Ok(doc) => match serde_json::to_string(&Analysis::from_document(&doc)) {
            Ok(json) => (json, true),
            Err(e) => error(id, format!("cannot serialise the result: {e}")),
        },
        Err(e) => error(id, e.to_string()),
    }
}

/// Reads the input into chunks of lines and sends them; stops at the end, at a read error
/// (sent on), or when the receiver has gone.
fn read_chunks(mut reader: Box<dyn BufRead + Send>, tx: &mpsc::SyncSender<io::Result<Chunk>>) {
    let mut line_no = 0usize;
    loop {
        let mut chunk: Chunk = Vec::new();
        let mut size = 0usize;
        while chunk.len() < CHUNK_LINES && size < CHUNK_BYTES {
            let mut buf = Vec::new();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {
                    line_no += 1;
                    if buf.last() == Some(&b'\n') {
                        buf.pop();
                    }
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    size += buf.len();
                    chunk.push((line_no, buf));
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
