//! Inputs shared by the nutgraf benchmarks.
//!
//! The benchmarks run on the public-domain corpus `../shared/corpus/news.jsonl` beside the
//! repository (set `NUTGRAF_CORPUS` to use another JSONL file with a `text` field per line).
//! Without it they fall back to the repository's seed article, repeated, and say so.

use std::path::PathBuf;

/// One corpus document.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Doc {
    /// Document text.
    pub text: String,
    /// Publication date, `YYYY-MM-DD`, when known.
    #[serde(default)]
    pub date: Option<String>,
}

/// The benchmark corpus and where it came from.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// Documents in corpus order.
    pub docs: Vec<Doc>,
    /// A human-readable name for reports.
    pub source: String,
}

impl Corpus {
    /// Total bytes of text.
    pub fn bytes(&self) -> u64 {
        self.docs.iter().map(|d| d.text.len() as u64).sum()
    }

    /// The documents whose texts add up to at most `limit` bytes (at least one document).
    pub fn prefix(&self, limit: usize) -> Corpus {
        let mut total = 0;
        let mut docs = Vec::new();
        for d in &self.docs {
            if !docs.is_empty() && total + d.text.len() > limit {
                break;
            }
            total += d.text.len();
            docs.push(d.clone());
        }
        Corpus { docs, source: format!("{} (first {} bytes)", self.source, total) }
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Loads the benchmark corpus (see the crate docs).
pub fn corpus() -> Corpus {
    let path = std::env::var_os("NUTGRAF_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("../shared/corpus/news.jsonl"));
    match std::fs::read_to_string(&path) {
        Ok(data) => {
            let docs: Vec<Doc> = data
                .lines()
                .filter(|l| !l.trim().is_empty())
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect();
            Corpus { docs, source: path.display().to_string() }
        }
        Err(err) => {
            eprintln!(
                "note: {} not readable ({err}); benchmarking the seed article repeated instead",
                path.display()
            );
            let seed = seed_article();
            let docs = (0..200)
                .map(|_| Doc { text: seed.clone(), date: Some("2024-06-18".into()) })
                .collect();
            Corpus { docs, source: "examples/data/seed_article.txt ×200".into() }
        }
    }
}

/// The seed article (`examples/data/seed_article.txt`).
pub fn seed_article() -> String {
    std::fs::read_to_string(workspace_root().join("examples/data/seed_article.txt"))
        .unwrap_or_default()
}
