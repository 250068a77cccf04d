//! Any text: `find` never panics, mentions are in order, on char boundaries and disjoint.
//!
//! From `crates/gazetteer`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run find -- -max_len=65536 -dict=fuzz/dict/gazetteer.dict -timeout=10 -rss_limit_mb=2048`
//! (a run over 10 s or 2 GB, a sign of superlinear time or memory, is reported as a failure).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutgraf_gazetteer::Gazetteer;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let g = Gazetteer::new();
    let mut end = 0;
    for m in g.find(&text) {
        assert!(m.span.start >= end && m.span.start < m.span.end);
        assert!(text.get(m.span.range()).is_some());
        end = m.span.end;
    }
});
