//! Throughput of the tokenizer and sentence splitter, next to `unicode-segmentation`'s word
//! pass over the same bytes (the baseline).

#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf_tokenize::Tokenizer;
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    let corpus = nutgraf_benches::corpus();
    let seed = nutgraf_benches::seed_article();
    let tokenizer = Tokenizer::new();

    let mut g = c.benchmark_group("tokenize/news");
    g.throughput(Throughput::Bytes(corpus.bytes()));
    g.sample_size(10);
    g.bench_function("nutgraf/tokens+sentences", |b| {
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for d in &corpus.docs {
                tokens.clear();
                sentences.clear();
                tokenizer.analyze_into(&d.text, &mut tokens, &mut sentences);
                n += tokens.len() + sentences.len();
            }
            n
        })
    });
    g.bench_function("nutgraf/tokens", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for d in &corpus.docs {
                tokens.clear();
                tokenizer.tokenize_into(&d.text, &mut tokens);
                n += tokens.len();
            }
            n
        })
    });
    g.bench_function("unicode-segmentation/unicode_word_indices", |b| {
        b.iter(|| corpus.docs.iter().map(|d| d.text.unicode_word_indices().count()).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("tokenize/seed");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("nutgraf/tokens+sentences", |b| {
        b.iter(|| tokenizer.analyze(&seed).sentences.len())
    });
    g.bench_function("unicode-segmentation/unicode_word_indices", |b| {
        b.iter(|| seed.unicode_word_indices().count())
    });
    g.finish();
}

/// Linear time: the same text at 1 MB and at 100 MB, and adversarial shapes (no spaces, all
/// punctuation, long runs of connectors) at 1 MB and 10 MB. Throughput must stay flat.
fn scaling(c: &mut Criterion) {
    let corpus = nutgraf_benches::corpus();
    let joined: String =
        corpus.docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let tokenizer = Tokenizer::new();
    let mut g = c.benchmark_group("tokenize/scaling");
    g.sample_size(10);
    for mb in [1usize, 100] {
        let text = repeat_to(&joined, mb << 20);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("nutgraf/news/{mb}MB"), |b| {
            let (mut tokens, mut sentences) = (Vec::new(), Vec::new());
            b.iter(|| run(&tokenizer, &text, &mut tokens, &mut sentences))
        });
    }
    for (name, unit) in
        [("no-spaces", "abcdefghij"), ("punctuation", ".,;:!?()\"'"), ("connectors", "a.b-c,1'd")]
    {
        for mb in [1usize, 10] {
            let text = repeat_to(unit, mb << 20);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(format!("nutgraf/{name}/{mb}MB"), |b| {
                let (mut tokens, mut sentences) = (Vec::new(), Vec::new());
                b.iter(|| run(&tokenizer, &text, &mut tokens, &mut sentences))
            });
        }
    }
    g.finish();
}

/// Tokens and sentences of `text` into reused buffers, as a long-running service would.
fn run(
    tokenizer: &Tokenizer,
    text: &str,
    tokens: &mut Vec<nutgraf_tokenize::Token>,
    sentences: &mut Vec<nutgraf_tokenize::Sentence>,
) -> usize {
    tokens.clear();
    sentences.clear();
    tokenizer.analyze_into(text, tokens, sentences);
    sentences.len()
}

/// `unit` repeated (and cut at a char boundary) to about `len` bytes.
fn repeat_to(unit: &str, len: usize) -> String {
    let mut s = unit.repeat(len / unit.len().max(1) + 1);
    let mut cut = len.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

criterion_group!(benches, bench, scaling);
criterion_main!(benches);
