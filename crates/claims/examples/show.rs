//! Prints the sentences and claims of a text file.
//!
//! ```text
//! cargo run -p nutgraf-claims --example show -- examples/data/seed_article.txt
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use nutgraf_claims::ClaimDetector;
use nutgraf_tokenize::Tokenizer;

fn main() {
    let path = std::env::args().nth(1).expect("a text file");
    let text = std::fs::read_to_string(&path).expect("readable text");
    let doc = Tokenizer::new().analyze(&text);
    let detector = ClaimDetector::new();
    let found = detector.detect(&text, &doc.tokens, &doc.sentences, &[]);
    for (s, score) in doc.sentences.iter().zip(&found.checkworthiness) {
        println!("{score:.2}  {}", &text[s.span.range()]);
    }
    println!();
    for c in &found.claims {
        let get = |s: Option<nutgraf_tokenize::Span>| s.map_or("-", |s| &text[s.range()]);
        println!(
            "claim {:.2} {:?} [{}]",
            c.score,
            c.stance,
            c.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",")
        );
        println!(
            "  claimer: {} ({:?}) refers_to: {}",
            get(c.claimer.map(|c| c.span)),
            c.claimer.map(|c| c.kind),
            get(c.claimer.and_then(|c| c.refers_to))
        );
        println!("  cue: {}   content: {}", get(c.cue), get(c.content));
        let list = |v: &[nutgraf_tokenize::Span]| {
            v.iter().map(|s| &text[s.range()]).collect::<Vec<_>>().join(" | ")
        };
        println!(
            "  hedges: {}  numbers: {}  quotes: {}",
            list(&c.hedges),
            list(&c.numbers),
            list(&c.quotes)
        );
        println!(
            "  why: {}",
            c.why
                .iter()
                .map(|r| if r.weight != 0.0 {
                    format!("{}({:+.2})", r.feature, r.weight)
                } else {
                    r.feature.to_string()
                })
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
}
