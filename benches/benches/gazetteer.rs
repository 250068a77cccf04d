//! Throughput of the gazetteer (default embedded data) on the news corpus and the seed
//! article, next to a raw aho-corasick pass over the same surface forms (the baseline:
//! ASCII-case-insensitive, leftmost-longest, no token alignment, no ids, no rules). Also the
//! time to build the default gazetteer.

#![allow(missing_docs, clippy::expect_used)]

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf_gazetteer::{Gazetteer, GazetteerBuilder};
use nutgraf_tokenize::Tokenizer;

fn bench(c: &mut Criterion) {
    // The first 5 MB of the corpus (whole documents), as the project's benchmark slice.
    let corpus = nutgraf_benches::corpus().prefix(5 << 20);
    let seed = nutgraf_benches::seed_article();
    let gazetteer = Gazetteer::new();
    let tokenizer = Tokenizer::new();
    let forms: Vec<String> =
        gazetteer.entries().flat_map(|e| std::iter::once(e.name).chain(e.aliases)).collect();
    let raw = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&forms)
        .expect("the baseline automaton builds");
    eprintln!(
        "{} documents, {} bytes; {} surface forms",
        corpus.docs.len(),
        corpus.bytes(),
        forms.len()
    );
    let tokens: Vec<_> = corpus.docs.iter().map(|d| tokenizer.tokenize(&d.text)).collect();

    let mut g = c.benchmark_group("gazetteer/news");
    g.throughput(Throughput::Bytes(corpus.bytes()));
    g.sample_size(10);
    g.bench_function("nutgraf/find_tokens", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .zip(&tokens)
                .map(|(d, t)| gazetteer.find_tokens(&d.text, t).len())
                .sum::<usize>()
        })
    });
    g.bench_function("nutgraf/find", |b| {
        b.iter(|| corpus.docs.iter().map(|d| gazetteer.find(&d.text).len()).sum::<usize>())
    });
    g.bench_function("aho-corasick/raw", |b| {
        b.iter(|| corpus.docs.iter().map(|d| raw.find_iter(&d.text).count()).sum::<usize>())
    });
    // The tokenizer's share of `find` (not a gazetteer figure).
    g.bench_function("nutgraf-tokenize/tokenize", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| {
                    out.clear();
                    tokenizer.tokenize_into(&d.text, &mut out);
                    out.len()
                })
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("gazetteer/seed");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("nutgraf/find", |b| b.iter(|| gazetteer.find(&seed).len()));
    g.bench_function("aho-corasick/raw", |b| b.iter(|| raw.find_iter(&seed).count()));
    g.finish();

    let mut g = c.benchmark_group("gazetteer/build");
    g.sample_size(10);
    g.bench_function("nutgraf/default", |b| {
        b.iter(|| GazetteerBuilder::new().add_defaults().build().map(|g| g.len()).unwrap_or(0))
    });
    g.bench_function("aho-corasick/raw", |b| {
        b.iter(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&forms)
                .map(|a| a.patterns_len())
                .unwrap_or(0)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
