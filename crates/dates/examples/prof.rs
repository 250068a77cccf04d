//! Times the tagger on a JSONL corpus (development aid).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let data = std::fs::read_to_string(path).unwrap_or_default();
    let docs: Vec<(String, Option<nutgraf_dates::Date>)> = data
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some((v["text"].as_str()?.to_owned(), v["date"].as_str().and_then(|d| d.parse().ok())))
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let tagger = nutgraf_dates::DateTagger::new();
    let mut out = Vec::new();
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..3 {
        for (text, date) in &docs {
            out.clear();
            tagger.tag_into(text, *date, &mut out);
            n += out.len();
        }
    }
    let secs = t.elapsed().as_secs_f64() / 3.0;
    println!("{} timexes/pass, {:.1} MB/s", n / 3, bytes as f64 / secs / 1e6);
}
