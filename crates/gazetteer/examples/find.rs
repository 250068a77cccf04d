//! Prints the mentions the default gazetteer finds in a file (or standard input), one a line:
//! `start end kind how id | text`, and, on standard error, the time the gazetteer took to
//! build and the resident memory it added (Linux).
//!
//! ```text
//! cargo run --release -p nutgraf-gazetteer --example find -- examples/data/seed_article.txt
//! ```

use std::io::Read;
use std::time::Instant;

use nutgraf_gazetteer::Gazetteer;

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let rss = || {
        std::fs::read_to_string("/proc/self/status").ok().and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse::<f64>().ok()))
        })
    };
    let before = rss();
    let t = Instant::now();
    let g = Gazetteer::new();
    let took = t.elapsed();
    eprintln!(
        "built {} entries in {:.1} ms; heap ~{:.1} MB; resident +{:.1} MB",
        g.len(),
        took.as_secs_f64() * 1e3,
        g.memory_usage() as f64 / 1e6,
        rss().zip(before).map_or(0.0, |(a, b)| (a - b) / 1024.0)
    );
    for m in g.find(&text) {
        println!(
            "{}\t{}\t{}\t{}\t{}\t| {}",
            m.span.start,
            m.span.end,
            m.kind,
            m.how,
            m.id,
            m.text(&text)
        );
    }
    Ok(())
}
