//! Fuzzes the date tagger: no panic on any input, timexes in order, not overlapping, on word
//! boundaries of the tokenizer.
//!
//! From `crates/dates`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run tag -- -max_len=65536 -dict=fuzz/dict/dates.dict -timeout=10 -rss_limit_mb=2048`
//! (a run over 10 s or 2 GB, a sign of superlinear time or memory, is reported as a failure).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutgraf_dates::{Date, DateTagger, Reference, Resolution, Time};
use nutgraf_tokenize::Tokenizer;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The first byte picks a reference date (or none) so resolution is fuzzed too.
    let reference = data.first().and_then(|&b| {
        let year = i16::from(b) * 40 - 100;
        Date::new(year.clamp(-9999, 9999), 1 + (b % 12) as i8, 1 + (b % 28) as i8).ok()
    });
    // The length picks a time of day (or none) and the resolution policy.
    let mut at = Reference::from(reference.filter(|_| data.len() % 3 != 0));
    let n = data.len();
    at.time = Time::new((n % 24) as i8, (n % 60) as i8, (n / 7 % 60) as i8, 0)
        .ok()
        .filter(|_| n % 5 != 0);
    let policy = match n % 4 {
        0 => Resolution::Tense,
        1 => Resolution::Past,
        2 => Resolution::Future,
        _ => Resolution::Nearest,
    };
    let Ok(tagger) = DateTagger::builder().resolution(policy).build() else { return };
    let timexes = tagger.tag_at(text, at);
    let doc = Tokenizer::new().analyze(text);
    let starts: std::collections::HashSet<usize> = doc.words().map(|w| w.start).collect();
    let ends: std::collections::HashSet<usize> = doc.words().map(|w| w.end).collect();
    let mut last = 0;
    for t in &timexes {
        assert!(t.span.start < t.span.end && t.span.start >= last);
        assert!(starts.contains(&t.span.start) && ends.contains(&t.span.end));
        last = t.span.end;
    }
});
