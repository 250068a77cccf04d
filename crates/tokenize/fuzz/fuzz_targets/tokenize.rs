//! Fuzzes the tokenizer and sentence splitter: any UTF-8 input must tokenize without panic,
//! with tokens in order, on char boundaries, separated only by separators, and sentences
//! partitioning the tokens.
//!
//! From `crates/tokenize`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run tokenize -- -max_len=65536 -dict=fuzz/dict/tokenize.dict -timeout=10 -rss_limit_mb=2048`
//! (a run over 10 s or 2 GB, a sign of superlinear time or memory, is reported as a failure).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutgraf_tokenize::Tokenizer;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = Tokenizer::new().analyze(text);
    let mut pos = 0;
    for t in &doc.tokens {
        assert!(pos <= t.span.start && t.span.start < t.span.end);
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert!(text[pos..t.span.start].chars().all(|c| c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')));
        for w in t.words() {
            assert!(t.span.contains(w) && text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
        }
        pos = t.span.end;
    }
    let mut next = 0;
    for s in &doc.sentences {
        assert_eq!(s.tokens.start, next);
        assert!(s.tokens.end > s.tokens.start);
        next = s.tokens.end;
    }
    assert_eq!(next, doc.tokens.len());
});
