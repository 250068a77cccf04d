//! Any text, with hints cut from the input's first bytes: detection never panics and every
//! span it returns lies on character boundaries inside the text.
//!
//! From `crates/claims`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run detect -- -max_len=65536 -dict=fuzz/dict/claims.dict -timeout=10 -rss_limit_mb=2048`
//! (a run over 10 s or 2 GB, a sign of superlinear time or memory, is reported as a failure).

#![no_main]

use libfuzzer_sys::fuzz_target;
use nutgraf_claims::{ClaimDetector, Hint, HintKind};

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_at(data.len().min(8));
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let kinds = [HintKind::Person, HintKind::Organization, HintKind::Place, HintKind::Boilerplate];
    let hints: Vec<Hint> = head
        .chunks(2)
        .map(|c| {
            let a = usize::from(c[0]) * text.len() / 256;
            let b = usize::from(*c.get(1).unwrap_or(&0)) * text.len() / 256;
            Hint::new(a..b, kinds[usize::from(c[0]) % kinds.len()])
        })
        .collect();
    let found = ClaimDetector::new().detect_text(text, &hints);
    for c in &found.claims {
        assert!(c.span.get(text).is_some());
        for s in c.content.iter().chain(&c.cue).chain(&c.hedges).chain(&c.quotes).chain(&c.numbers)
        {
            assert!(s.get(text).is_some());
        }
        if let Some(cl) = c.claimer {
            assert!(cl.span.get(text).is_some());
        }
    }
});
