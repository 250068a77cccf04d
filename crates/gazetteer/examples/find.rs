//! Prints the mentions the default gazetteer finds in a file (or standard input), one a line:
//! `start end kind how id | text`, and the time the gazetteer took to build.
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
    let t = Instant::now();
    let g = Gazetteer::new();
    eprintln!(
        "built {} entries in {:.1} ms, ~{:.1} MB",
        g.len(),
        t.elapsed().as_secs_f64() * 1e3,
        g.memory_usage() as f64 / 1e6
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
