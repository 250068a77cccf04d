//! A user stage between built-in ones: finds product codes such as `SKU-12345` after the
//! tokenizer and before the sections stage, and prints them with their byte offsets.
//!
//! `cargo run -p nutgraf --example custom_stage -- [FILE]` (default: the seed article).

use std::process::ExitCode;

use nutgraf::{Document, Layer, Pipeline, SectionsStage, Span, StageError, TokenizeStage, from_fn};

fn main() -> ExitCode {
    let text = match std::env::args().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("custom_stage: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        },
        None => "Recall notice\n\nThe SKU-12345 kettle and the SKU-778 toaster are recalled. \
                 Model AB-1 is not affected."
            .to_owned(),
    };

    // Tokens come split at hyphens (`SKU`, `-`, `12345`): the stage joins them back, which is
    // what `space_after` is for.
    let product_codes = from_fn(
        "product-codes",
        [Layer::Tokens],
        [Layer::custom("product")],
        |doc: &mut Document| {
            let tokens = doc.tokens();
            let mut found: Vec<Span> = Vec::new();
            for (i, w) in tokens.windows(3).enumerate() {
                let glued = !w[0].space_after && !w[1].space_after;
                if glued
                    && doc.text_of(w[0].span) == "SKU"
                    && doc.text_of(w[1].span) == "-"
                    && doc.text_of(w[2].span).bytes().all(|c| c.is_ascii_digit())
                {
                    found.push(Span::new(tokens[i].span.start, w[2].span.end));
                }
            }
            for span in found {
                doc.annotate("product", span, "sku");
            }
            Ok::<(), StageError>(())
        },
    );

    let pipeline = match Pipeline::builder()
        .stage(TokenizeStage::new())
        .stage(product_codes)
        .stage(SectionsStage::new())
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("custom_stage: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = match pipeline.run(text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("custom_stage: {e}");
            return ExitCode::from(1);
        }
    };
    for a in doc.layer("product") {
        println!("{}..{}\t{}\t{}", a.span.start, a.span.end, a.label, doc.text_of(a.span));
    }
    ExitCode::SUCCESS
}
