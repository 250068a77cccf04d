//! End-to-end throughput of `Pipeline::default()` on the corpus (each document with its date),
//! next to each stage alone in the same run.

#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nutgraf::{
    ClaimsStage, DatesStage, Document, GazetteerStage, Metadata, Pipeline, SectionsStage, Stage,
    TokenizeStage,
};

fn metadata(date: Option<&str>) -> Metadata {
    Metadata { date: date.and_then(|d| d.parse().ok()), ..Metadata::default() }
}

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
                if let Ok(doc) = pipeline.run_with(d.text.as_str(), metadata(d.date.as_deref())) {
                    n += doc.entities().len() + doc.timexes().len() + doc.claims().len();
                }
            }
            n
        })
    });

    // Each stage alone, on documents that already carry the layers it needs.
    let tokenize = TokenizeStage::new();
    let tokenized: Vec<Document> = corpus
        .docs
        .iter()
        .filter_map(|d| {
            let mut doc = Document::with_metadata(d.text.as_str(), metadata(d.date.as_deref()));
            tokenize.process(&mut doc).ok().map(|()| doc)
        })
        .collect();
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
    let stages: [(&str, Box<dyn Stage>); 4] = [
        ("stage/sections", Box::new(SectionsStage::new())),
        ("stage/gazetteer", Box::new(GazetteerStage::new())),
        ("stage/dates", Box::new(DatesStage::new())),
        ("stage/claims", Box::new(ClaimsStage::new())),
    ];
    for (name, stage) in &stages {
        g.bench_function(*name, |b| {
            b.iter_batched_ref(
                || tokenized.clone(),
                |docs| {
                    for doc in docs.iter_mut() {
                        let _ = stage.process(doc);
                    }
                },
                criterion::BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
