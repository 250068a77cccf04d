//! Any text through the default pipeline with a reference date: no stage panics, the
//! serialised analysis (`AnalysisRef` as JSON) reads back as an `Analysis`, and every span
//! in it lies on char boundaries inside the text, with the `text` it carries equal to the
//! text it covers.
//!
//! From `crates/nutgraf`:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline -- -max_len=65536 -dict=fuzz/dict/nutgraf.dict -timeout=10 -rss_limit_mb=2048`
//! (a run over 10 s or 2 GB, a sign of superlinear time or memory, is reported as a failure).

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use nutgraf::dates::Date;
use nutgraf::{Analysis, AnalysisRef, Metadata, Pipeline, TextSpan};

/// Built once: the default gazetteer and model take far longer to build than one run.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(Pipeline::default)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let metadata = Metadata { date: Date::new(2024, 6, 18).ok(), ..Metadata::default() };
    let doc = pipeline().run_with(text, metadata).expect("the default stages do not fail");
    let json = serde_json::to_vec(&AnalysisRef::new(&doc)).expect("an analysis serialises");
    // Read back as the typed records (cheaper than a `serde_json::Value` tree, and a check
    // that the output follows the schema).
    let a: Analysis = serde_json::from_slice(&json).expect("the output reads back");
    let check = Check(text);
    let spans = a.tokens.iter().map(|t| (t.start, t.end));
    let spans = spans.chain(a.words.iter().map(|w| (w.start, w.end)));
    let spans = spans.chain(a.sentences.iter().map(|s| (s.start, s.end)));
    for (start, end) in spans.chain(a.sections.iter().map(|s| (s.start, s.end))) {
        check.covered(start, end);
    }
    for e in &a.entities {
        check.text(e.start, e.end, &e.text);
    }
    for t in &a.timexes {
        check.text(t.start, t.end, &t.text);
    }
    for c in &a.claims {
        check.text(c.start, c.end, &c.text);
        if let Some(cl) = &c.claimer {
            check.text(cl.start, cl.end, &cl.text);
            cl.refers_to.iter().for_each(|s| check.text_span(s));
        }
        let parts = c.content.iter().chain(&c.cue).chain(&c.hedges).chain(&c.quotes);
        parts.chain(&c.numbers).for_each(|s| check.text_span(s));
    }
});

/// Checks spans of the analysis against the text.
struct Check<'a>(&'a str);

impl Check<'_> {
    /// The text of `start..end`, which must lie on char boundaries inside the text.
    fn covered(&self, start: usize, end: usize) -> &str {
        assert!(start <= end && end <= self.0.len(), "{start}..{end} outside the text");
        self.0.get(start..end).expect("a span on char boundaries")
    }

    /// `start..end` lies on char boundaries inside the text and `text` is what it covers.
    fn text(&self, start: usize, end: usize, text: &str) {
        assert_eq!(self.covered(start, end), text, "text of {start}..{end}");
    }

    fn text_span(&self, s: &TextSpan) {
        self.text(s.start, s.end, &s.text);
    }
}
