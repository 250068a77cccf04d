//! Throughput of the date tagger on the corpus (each document with its date), next to two
//! baselines over the same bytes: the tokenizer pass alone, and an aho-corasick scan for the
//! month and weekday names (what any date finder must at least do).

#![allow(missing_docs)]

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf_dates::{Date, DateTagger, Timex};
use nutgraf_tokenize::Tokenizer;

const NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn bench(c: &mut Criterion) {
    let corpus = nutgraf_benches::corpus();
    let docs: Vec<(&str, Option<Date>)> = corpus
        .docs
        .iter()
        .map(|d| (d.text.as_str(), d.date.as_deref().and_then(|s| s.parse().ok())))
        .collect();
    let tagger = DateTagger::new();
    let tokenizer = Tokenizer::new();
    let Ok(names) = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(NAMES)
    else {
        return;
    };

    let mut g = c.benchmark_group("dates/news");
    g.throughput(Throughput::Bytes(corpus.bytes()));
    g.sample_size(10);
    g.bench_function("nutgraf", |b| {
        let mut out: Vec<Timex> = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for &(text, date) in &docs {
                out.clear();
                tagger.tag_into(text, date, &mut out);
                n += out.len();
            }
            n
        })
    });
    g.bench_function("tokenize-only", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for &(text, _) in &docs {
                tokens.clear();
                tokenizer.tokenize_into(text, &mut tokens);
                n += tokens.len();
            }
            n
        })
    });
    g.bench_function("aho-corasick/month-weekday-names", |b| {
        b.iter(|| docs.iter().map(|&(text, _)| names.find_iter(text).count()).sum::<usize>())
    });
    g.finish();

    let seed = nutgraf_benches::seed_article();
    let reference: Option<Date> = "2024-06-18".parse().ok();
    let mut g = c.benchmark_group("dates/seed");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("nutgraf", |b| b.iter(|| tagger.tag(&seed, reference).len()));
    g.bench_function("tokenize-only", |b| b.iter(|| tokenizer.tokenize(&seed).len()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
