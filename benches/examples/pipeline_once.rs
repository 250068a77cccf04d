//! Runs `Pipeline::default()` once over the benchmark corpus (or its first `N` bytes, given as
//! the first argument): a fixed workload for instruction-count profilers such as
//! `valgrind --tool=callgrind`, whose counts stay comparable on a loaded machine.

#![allow(missing_docs)]

use nutgraf::{Metadata, Pipeline};

fn main() {
    let mut corpus = nutgraf_benches::corpus();
    if let Some(limit) = std::env::args().nth(1).and_then(|a| a.parse().ok()) {
        corpus = corpus.prefix(limit);
    }
    let pipeline = Pipeline::default();
    let started = std::time::Instant::now();
    let mut n = 0;
    for d in &corpus.docs {
        let metadata = Metadata {
            date: d.date.as_deref().and_then(|s| s.parse().ok()),
            ..Metadata::default()
        };
        if let Ok(doc) = pipeline.run_with(d.text.as_str(), metadata) {
            n += doc.entities().len() + doc.timexes().len() + doc.claims().len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{}: {} bytes, {n} annotations, {:.2} MiB/s",
        corpus.source,
        corpus.bytes(),
        corpus.bytes() as f64 / secs / (1024.0 * 1024.0)
    );
}
