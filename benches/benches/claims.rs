//! Throughput of the claims stage (check-worthiness of every sentence plus attribution) with
//! tokens and sentences given, next to the tokenizer pass over the same bytes (the baseline:
//! the stage that must run before it).

#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf_claims::ClaimDetector;
use nutgraf_tokenize::{Tokenized, Tokenizer};

fn bench(c: &mut Criterion) {
    let corpus = nutgraf_benches::corpus().prefix(4 << 20);
    let tokenizer = Tokenizer::new();
    let detector = ClaimDetector::new();
    let docs: Vec<Tokenized<'_>> = corpus.docs.iter().map(|d| tokenizer.analyze(&d.text)).collect();
    eprintln!("claims bench on {} ({} documents)", corpus.source, docs.len());

    let mut g = c.benchmark_group("claims/news");
    g.throughput(Throughput::Bytes(corpus.bytes()));
    g.sample_size(10);
    g.bench_function("nutgraf/detect", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| detector.detect(d.text, &d.tokens, &d.sentences, &[]).claims.len())
                .sum::<usize>()
        })
    });
    g.bench_function("nutgraf/checkworthiness", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    d.sentences
                        .iter()
                        .map(|s| detector.checkworthiness(d.text, d.sentence_tokens(s)))
                        .sum::<f32>()
                })
                .sum::<f32>()
        })
    });
    g.bench_function("nutgraf-tokenize/tokens+sentences", |b| {
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for d in &corpus.docs {
                tokens.clear();
                sentences.clear();
                tokenizer.tokenize_into(&d.text, &mut tokens);
                tokenizer.sentences_into(&d.text, &tokens, &mut sentences);
                n += sentences.len();
            }
            n
        })
    });
    g.finish();

    let seed = nutgraf_benches::seed_article();
    let doc = tokenizer.analyze(&seed);
    let mut g = c.benchmark_group("claims/seed");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("nutgraf/detect", |b| {
        b.iter(|| detector.detect(&seed, &doc.tokens, &doc.sentences, &[]).claims.len())
    });
    g.bench_function("nutgraf-tokenize/tokens+sentences", |b| {
        b.iter(|| tokenizer.analyze(&seed).sentences.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
