//! End-to-end throughput of `Pipeline::default()` on the corpus, next to each stage alone in
//! the same run.

#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf::{ClaimsStage, Document, Metadata, Pipeline, SectionsStage, Stage, TokenizeStage};

fn bench(c: &mut Criterion) {
    let corpus = nutgraf_benches::corpus();
    let mut g = c.benchmark_group("pipeline/news");
    g.throughput(Throughput::Bytes(corpus.bytes()));
    g.sample_size(10);

    let pipeline = Pipeline::default();
    g.bench_function("nutgraf/default", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &corpus.docs {
                let doc = pipeline
                    .run_with(d.text.as_str(), Metadata::default())
                    .map(|doc| doc.sentences().len());
                n += doc.unwrap_or(0);
            }
            n
        })
    });

    // Each stage alone, on documents already carrying the layers it needs.
    let tokenize = TokenizeStage::new();
    g.bench_function("stage/tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &corpus.docs {
                let mut doc = Document::new(d.text.as_str());
                if tokenize.process(&mut doc).is_ok() {
                    n += doc.tokens().len();
                }
            }
            n
        })
    });
    let tokenized: Vec<Document> = corpus
        .docs
        .iter()
        .filter_map(|d| {
            let mut doc = Document::new(d.text.as_str());
            tokenize.process(&mut doc).ok().map(|()| doc)
        })
        .collect();
    let sections = SectionsStage::new();
    g.bench_function("stage/sections", |b| {
        b.iter(|| {
            tokenized
                .iter()
                .map(|doc| sections.sections(doc.text(), doc.tokens(), doc.sentences()).len())
                .sum::<usize>()
        })
    });
    let claims = ClaimsStage::new();
    g.bench_function("stage/claims", |b| {
        b.iter(|| {
            let mut n = 0;
            for doc in &tokenized {
                let mut doc = doc.clone();
                if claims.process(&mut doc).is_ok() {
                    n += doc.claims().len();
                }
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
