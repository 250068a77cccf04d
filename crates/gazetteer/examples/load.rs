//! Loads N synthetic user entries (default 1,000,000) from TSV and reports the time and the
//! peak resident memory; then finds them in a text.
//!
//! ```text
//! cargo run --release -p nutgraf-gazetteer --example load -- 1000000
//! ```
//!
//! Entries are made of pseudo-random capitalised words from a pool of 50,000 distinct words
//! (two words, one alias each, kinds in turn), like a large customer list of people, places
//! and companies.

use std::time::Instant;

use nutgraf_gazetteer::Gazetteer;

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

fn main() -> Result<(), nutgraf_gazetteer::Error> {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let syllables = ["ka", "lo", "mir", "van", "ste", "by", "ru", "den", "sol", "ta", "bre", "nik"];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // Four syllables (12⁴ = 20,736 words) and one of four endings: 82,944 words, of which the
    // first 50,000 distinct ones are used.
    let mut seen = std::collections::HashSet::new();
    let pool: Vec<String> = (0..82_944usize)
        .map(|i| {
            let mut w = String::new();
            let mut x = i;
            for _ in 0..4 {
                w.push_str(syllables[x % syllables.len()]);
                x /= syllables.len();
            }
            w.push_str(["", "a", "o", "e"][(i / 20_736) % 4]);
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .filter(|w| seen.insert(w.clone()))
        .take(50_000)
        .collect();
    drop(seen);
    let kinds = ["person", "place", "organization"];
    let mut tsv = String::with_capacity(n * 48);
    for i in 0..n {
        let a = &pool[(next() % pool.len() as u64) as usize];
        let b = &pool[(next() % pool.len() as u64) as usize];
        let c = &pool[(next() % pool.len() as u64) as usize];
        tsv.push_str(&format!("{}\tU{i}\t{a} {b}\t{c} {b}\tcc=US\n", kinds[i % 3]));
    }
    let before = peak_rss_kb();
    let t = Instant::now();
    let mut builder = Gazetteer::builder();
    builder.add_reader(tsv.as_bytes())?;
    let read = t.elapsed();
    let loaded = peak_rss_kb();
    let g = builder.build()?;
    drop(builder);
    let took = t.elapsed();
    let after = peak_rss_kb();
    println!(
        "reading the list: {:.2} s, peak +{} MB; building the trie: {:.2} s, peak +{} MB",
        read.as_secs_f64(),
        (loaded - before) / 1024,
        (took - read).as_secs_f64(),
        (after - before) / 1024
    );
    println!(
        "{n} entries ({:.1} MB of TSV) loaded and built in {:.2} s; peak resident memory {} MB \
         before, {} MB after (+{} MB); gazetteer ~{:.0} MB",
        tsv.len() as f64 / 1e6,
        took.as_secs_f64(),
        before / 1024,
        after / 1024,
        (after - before) / 1024,
        g.memory_usage() as f64 / 1e6
    );
    let line = tsv.lines().nth(n / 2).unwrap_or("");
    let name = line.split('\t').nth(2).unwrap_or("");
    let text = format!("Yesterday {name} said hello.");
    let found = g.find(&text);
    println!("{text:?} → {:?}", found.iter().map(|m| (&m.id, m.kind)).collect::<Vec<_>>());
    Ok(())
}
