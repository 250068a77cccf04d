//! The scaling check: how time and memory grow from 1 MB to 10 MB of input, for the
//! adversarial shapes that once made nutgraf quadratic and for real news text.
//!
//! ```sh
//! cargo run --release -p nutgraf-benches --example scaling            # every shape
//! cargo run --release -p nutgraf-benches --example scaling -- cues seed --sizes 1,10
//! ```
//!
//! Each measurement runs in a child process (this program again), so that its peak memory
//! is its own: the child builds the input, warms the pipeline up on a short text, then times
//! one run (the whole pipeline and the JSON of its result written to a sink, or loading a
//! gazetteer list) and reports the seconds and its peak resident set (Linux `VmHWM`). Times
//! are the best of three runs.
//!
//! The table gives, per shape, the time and peak memory at each size and the **per-MB
//! ratio** of the largest size to the smallest: `(t_big / size_big) / (t_small / size_small)`
//! for time, and the same for memory above the process's baseline (its peak on an empty
//! input). Linear work gives ratios near 1; the issue's bound is 1.5.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::process::Command;
use std::time::Instant;

use nutgraf::gazetteer::Gazetteer;
use nutgraf::{AnalysisRef, Metadata, Pipeline};

/// What a shape's input is fed to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Work {
    /// The default pipeline, and its JSON written to a sink.
    Pipeline,
    /// A gazetteer list (TSV) loaded and built.
    GazetteerList,
}

struct Shape {
    name: &'static str,
    what: &'static str,
    work: Work,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "corpus",
        what: "public-domain political news (../shared/corpus)",
        work: Work::Pipeline,
    },
    Shape { name: "seed", what: "the seed article, repeated", work: Work::Pipeline },
    Shape {
        name: "cues",
        what: "'officials said the minister denied it and ' repeated: one sentence",
        work: Work::Pipeline,
    },
    Shape {
        name: "news-words",
        what: "random news words with said/claimed/denied, no punctuation",
        work: Work::Pipeline,
    },
    Shape {
        name: "names-cues",
        what: "random capitalised names, cues, commas and 'according to'",
        work: Work::Pipeline,
    },
    Shape {
        name: "quotes",
        what: "'\"a\" he said, \"b ' repeated: quotations in one sentence",
        work: Work::Pipeline,
    },
    Shape { name: "according", what: "'according to ' repeated", work: Work::Pipeline },
    Shape {
        name: "titled",
        what: "'President Putin said it. He denied it. ' repeated",
        work: Work::Pipeline,
    },
    Shape { name: "punct", what: "random punctuation and quote marks", work: Work::Pipeline },
    Shape { name: "no-space", what: "one word of letters", work: Work::Pipeline },
    Shape {
        name: "aliases",
        what: "one gazetteer entry with many aliases",
        work: Work::GazetteerList,
    },
    Shape {
        name: "long-aliases",
        what: "two aliases of many repeated words",
        work: Work::GazetteerList,
    },
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        let shape = SHAPES.iter().find(|s| s.name == args[1]).expect("known shape");
        let bytes: usize = args[2].parse().expect("a size in bytes");
        child(shape, bytes);
        return;
    }
    let mut sizes = vec![1.0f64, 10.0];
    let mut names = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--sizes" {
            let list = it.next().expect("--sizes MB,MB");
            sizes = list.split(',').map(|s| s.parse().expect("a size in MB")).collect();
        } else if SHAPES.iter().any(|s| s.name == a) {
            names.push(a.clone());
        } else {
            eprintln!(
                "unknown shape {a:?}; shapes: {}",
                SHAPES.iter().map(|s| s.name).collect::<Vec<_>>().join(", ")
            );
            std::process::exit(2);
        }
    }
    assert!(sizes.len() >= 2, "--sizes needs two sizes or more");
    let chosen: Vec<&Shape> =
        SHAPES.iter().filter(|s| names.is_empty() || names.iter().any(|n| n == s.name)).collect();

    println!("scaling check (MB = 10^6 bytes; time best of 3; memory = peak RSS)\n");
    print!("| shape |");
    for s in &sizes {
        print!(" time {s} MB | memory {s} MB |");
    }
    println!(" time ratio per MB | memory ratio per MB |");
    print!("|---|");
    for _ in &sizes {
        print!("---|---|");
    }
    println!("---|---|");
    let mut worst: (f64, &str) = (0.0, "");
    for shape in chosen {
        if shape.name == "corpus" && corpus_text(1).is_none() {
            println!("| {} | (no ../shared/corpus/news.jsonl: skipped) |", shape.name);
            continue;
        }
        let base = run_child(shape, 0).1;
        let mut rows = Vec::new();
        for &mb in &sizes {
            let bytes = (mb * 1e6) as usize;
            let mut best = f64::MAX;
            let mut rss = 0u64;
            for _ in 0..3 {
                let (t, m) = run_child(shape, bytes);
                best = best.min(t);
                rss = rss.max(m);
            }
            rows.push((mb, best, rss));
        }
        print!("| {} |", shape.name);
        for &(_, t, m) in &rows {
            print!(" {t:.3} s | {:.0} MB |", m as f64 / 1024.0);
        }
        let (small, big) = (rows[0], rows[rows.len() - 1]);
        let time_ratio = (big.1 / big.0) / (small.1 / small.0);
        let grow = |m: u64| (m.saturating_sub(base)).max(1) as f64;
        let mem_ratio = (grow(big.2) / big.0) / (grow(small.2) / small.0);
        println!(" {time_ratio:.2} | {mem_ratio:.2} |");
        for r in [time_ratio, mem_ratio] {
            if r > worst.0 {
                worst = (r, shape.name);
            }
        }
        std::io::stdout().flush().ok();
    }
    println!("\nlargest ratio: {:.2} ({}); the bound is 1.5", worst.0, worst.1);
    println!("\nshapes:");
    for s in SHAPES {
        println!("- {}: {}", s.name, s.what);
    }
}

/// Runs one measurement in a child process: (seconds, peak RSS in KiB).
fn run_child(shape: &Shape, bytes: usize) -> (f64, u64) {
    let exe = std::env::current_exe().expect("this program");
    let out = Command::new(exe)
        .args(["--child", shape.name, &bytes.to_string()])
        .output()
        .expect("the child runs");
    assert!(out.status.success(), "{}: {}", shape.name, String::from_utf8_lossy(&out.stderr));
    let line = String::from_utf8_lossy(&out.stdout);
    let mut parts = line.split_whitespace();
    let secs = parts.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
    let rss = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    (secs, rss)
}

/// The child: builds the input, warms up, times one run, prints `seconds peak_kib`.
fn child(shape: &Shape, bytes: usize) {
    let input = make(shape.name, bytes);
    let date = nutgraf::dates::Date::new(2024, 6, 18).ok();
    let pipeline = Pipeline::default();
    // The embedded gazetteer is built at first use: not part of what is measured.
    let _ = pipeline.run("Warm-up: Putin said so on Monday.");
    let started = Instant::now();
    match shape.work {
        Work::Pipeline => {
            let metadata = Metadata { date, ..Metadata::default() };
            let doc = pipeline.run_with(input, metadata).expect("the pipeline runs");
            serde_json::to_writer(std::io::sink(), &AnalysisRef::new(&doc)).expect("serialises");
        }
        Work::GazetteerList => {
            let mut builder = Gazetteer::builder();
            builder.add_reader(input.as_bytes()).expect("the list loads");
            let g = builder.build().expect("the gazetteer builds");
            std::hint::black_box(g);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!("{secs} {}", peak_rss_kib());
}

/// The peak resident set of this process, in KiB (0 where `/proc` does not tell).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// A small deterministic generator (xorshift), so inputs are the same on every run.
struct Rng(u64);

impl Rng {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        from[(self.0 % from.len() as u64) as usize]
    }
}

/// `bytes` bytes (cut on a character boundary) of the shape's input.
fn make(shape: &str, bytes: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(bytes + 64);
    let fill = |out: &mut String, next: &mut dyn FnMut() -> String| {
        while out.len() < bytes {
            out.push_str(&next());
        }
    };
    let repeat = |unit: &str| {
        let unit = unit.to_owned();
        move || unit.clone()
    };
    match shape {
        "corpus" => {
            let text = corpus_text(bytes).unwrap_or_default();
            out.push_str(&text);
            let seed = include_str!("../../examples/data/seed_article.txt");
            fill(&mut out, &mut repeat(&format!("{seed}\n\n")));
        }
        "seed" => {
            let seed = include_str!("../../examples/data/seed_article.txt");
            fill(&mut out, &mut repeat(&format!("{seed}\n\n")));
        }
        "cues" => fill(&mut out, &mut repeat("officials said the minister denied it and ")),
        "news-words" => {
            const WORDS: &[&str] = &[
                "the",
                "minister",
                "officials",
                "government",
                "said",
                "claimed",
                "denied",
                "report",
                "election",
                "vote",
                "senator",
                "court",
                "police",
                "economy",
                "market",
                "president",
                "state",
                "city",
                "week",
                "year",
                "people",
                "would",
                "could",
                "may",
                "might",
                "about",
                "that",
                "this",
                "reportedly",
                "told",
                "according",
                "to",
            ];
            fill(&mut out, &mut || format!("{} ", rng.pick(WORDS)));
        }
        "names-cues" => {
            const WORDS: &[&str] = &[
                "John",
                "Smith",
                "Paris",
                "London",
                "President",
                "Putin",
                "Russia",
                "Washington",
                "Mr.",
                "Dr.",
                "U.S.",
                "Kremlin",
                "Ministry",
                "Party",
                "September",
                "Monday",
                "said",
                "told",
                "denied",
                "according",
                "to",
                ",",
                "“",
                "”",
                "\"",
                "who",
                "he",
            ];
            fill(&mut out, &mut || format!("{} ", rng.pick(WORDS)));
        }
        "quotes" => fill(&mut out, &mut repeat("\"a\" he said, \"b ")),
        "according" => fill(&mut out, &mut repeat("according to ")),
        "titled" => fill(&mut out, &mut repeat("President Putin said it. He denied it. ")),
        "punct" => {
            const MARKS: &[&str] = &[
                ".", ",", ";", ":", "!", "?", "\"", "“", "”", "(", ")", "[", "]", "-", "—", "'",
                "’",
            ];
            fill(&mut out, &mut || rng.pick(MARKS).to_owned());
        }
        "no-space" => fill(&mut out, &mut repeat("abcdefghij")),
        "aliases" => {
            out.push_str("organization\tAcme Corporation\t\t");
            let mut k = 0u64;
            fill(&mut out, &mut || {
                k += 1;
                format!("Acme {k:x}|")
            });
            out.push('\n');
        }
        "long-aliases" => {
            let half = bytes / 2;
            let long = "Zorb ".repeat(half / 5);
            out.push_str(&format!("person\tZorb Zorb\t\t{long}|{long}Zap\n"));
        }
        _ => unreachable!("shape {shape}"),
    }
    if bytes == 0 {
        out.clear();
    }
    if out.len() > bytes && !matches!(shape, "aliases" | "long-aliases") {
        let mut end = bytes;
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
    }
    out
}

/// Up to `bytes` bytes of the benchmark corpus's texts, joined by blank lines.
fn corpus_text(bytes: usize) -> Option<String> {
    let corpus = nutgraf_benches::corpus();
    if !corpus.source.contains("news.jsonl") && std::env::var_os("NUTGRAF_CORPUS").is_none() {
        return None;
    }
    let mut out = String::new();
    for d in &corpus.docs {
        if out.len() >= bytes {
            break;
        }
        out.push_str(&d.text);
        out.push_str("\n\n");
    }
    Some(out)
}
