//! Any list, TSV or (when it starts with `[`) JSON: loading returns an error or a
//! gazetteer, never panics; the gazetteer then finds its own names without panicking.
//!
//! From `crates/gazetteer`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run load -- -max_len=65536 -dict=fuzz/dict/gazetteer.dict -timeout=10 -rss_limit_mb=2048`
//! (a run over 10 s or 2 GB, a sign of superlinear time or memory, is reported as a failure).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutgraf_gazetteer::Gazetteer;

fuzz_target!(|data: &[u8]| {
    let mut b = Gazetteer::builder();
    let json = data.iter().find(|c| !c.is_ascii_whitespace()) == Some(&b'[');
    let added = if json { b.add_json_reader(data) } else { b.add_reader(data) };
    if added.is_err() {
        return;
    }
    if let Ok(g) = b.build() {
        let text = String::from_utf8_lossy(data);
        let _ = g.find(&text);
    }
});
