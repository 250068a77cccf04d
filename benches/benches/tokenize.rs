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
                tokenizer.tokenize_into(&d.text, &mut tokens);
                tokenizer.sentences_into(&d.text, &tokens, &mut sentences);
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

criterion_group!(benches, bench);
criterion_main!(benches);
