//! NLP for English news text: tokens, sentences, sections, names and places, dates, and
//! claims.
//!
//! `nutgraf` is the facade of a workspace of small crates. It re-exports them, so one
//! dependency gives the whole toolkit, and it chains their stages into a [`Pipeline`] over a
//! [`Document`]:
//!
//! - [`tokenize`] ([`nutgraf-tokenize`](nutgraf_tokenize)): tokens, syntactic words and
//!   sentences with UTF-8 byte offsets, plus case/quote folding and stemming.
//! - [`SectionsStage`]: headline, body paragraphs and boilerplate lines of scraped pages.
//! - [`gazetteer`] ([`nutgraf-gazetteer`](nutgraf_gazetteer)) through [`GazetteerStage`]:
//!   people, places, organisations and nationalities with canonical ids, from an embedded
//!   default gazetteer and your own lists.
//! - [`dates`] ([`nutgraf-dates`](nutgraf_dates)) through [`DatesStage`]: dates, times,
//!   durations and sets with TIMEX3 values, resolved against the document's date.
//! - [`claims`] ([`nutgraf-claims`](nutgraf_claims)) through [`ClaimsStage`]: check-worthiness
//!   of every sentence, and claims with claimer, cue, stance, hedges, quotes and numbers.
//!
//! A [`Stage`] reads some layers of a document and adds others; [`Pipeline::builder()`]
//! composes built-in and user stages and checks that each stage's inputs come earlier.
//! [`Analysis`] is the serialisable result (the JSON schema of the `nutgraf` command line).
//!
//! # The main task
//!
//! An article and its date in; who and where, when, and what is claimed by whom out:
//!
//! ```
//! use nutgraf::{Metadata, Pipeline, SectionKind};
//!
//! // The first `Pipeline::default()` builds the embedded gazetteer (about 100 ms, once per
//! // process); later pipelines share it. Keep one pipeline and run it on every document.
//! let pipeline = Pipeline::default();
//! let text = "Putin to visit Pyongyang\n\n\
//!             Russian President Vladimir Putin will visit North Korea on Wednesday, the \
//!             Kremlin announced. Washington claims that Pyongyang has sent weapons to Russia.";
//! let date = "2024-06-18".parse().expect("a date");
//! let doc = pipeline.run_with(text, Metadata { date: Some(date), ..Metadata::default() })?;
//!
//! assert_eq!(doc.sections()[0].kind, SectionKind::Headline);
//! // Names and places, with canonical ids: `Putin` is Vladimir Putin.
//! let putin = &doc.entities()[0];
//! assert_eq!((putin.text(text), putin.id.as_str()), ("Putin", "Vladimir Putin"));
//! // Dates, resolved against the article's date.
//! assert_eq!(doc.timexes()[0].text(text), "Wednesday");
//! assert_eq!(doc.timexes()[0].value, "2024-06-19");
//! // Claims: who claims what, with which cue.
//! let claims: Vec<(&str, &str, &str)> = doc
//!     .claims()
//!     .iter()
//!     .filter_map(|c| {
//!         Some((doc.text_of(c.claimer?.span), doc.text_of(c.cue?), doc.text_of(c.content?)))
//!     })
//!     .collect();
//! assert_eq!(claims, [
//!     ("the Kremlin", "announced", "Russian President Vladimir Putin will visit North Korea on Wednesday"),
//!     ("Washington", "claims", "Pyongyang has sent weapons to Russia"),
//! ]);
//! # Ok::<(), nutgraf::StageError>(())
//! ```
//!
//! With the `serde` feature, [`Analysis::from_document`] gives the records of the `nutgraf`
//! command line's JSON (`docs/analysis.schema.json`): `serde_json::to_string(&analysis)`.
//!
//! # Crate features
//!
//! - `serde` (off by default): serde support for every annotation type and for [`Analysis`].

#![forbid(unsafe_code)]

#[doc(inline)]
pub use nutgraf_tokenize as tokenize;

#[doc(inline)]
pub use nutgraf_claims as claims;

#[doc(inline)]
pub use nutgraf_gazetteer as gazetteer;

#[doc(inline)]
pub use nutgraf_dates as dates;

mod analysis;
mod claims_stage;
mod dates_stage;
mod document;
mod gazetteer_stage;
mod pipeline;
mod sections;
mod stage;

#[cfg(feature = "serde")]
pub use analysis::AnalysisRef;
pub use analysis::{Analysis, Fields, TextSpan, UnknownField};

/// The records of an [`Analysis`], one type per layer: what the `nutgraf` command line's JSON
/// holds (`docs/analysis.schema.json`).
pub mod records {
    pub use crate::analysis::{
        ClaimRecord, ClaimerRecord, EntityRecord, RangeRecord, SectionRecord, SentenceRecord,
        SpanRecord, TimexRecord, TokenRecord,
    };
}
pub use claims_stage::ClaimsStage;
pub use dates_stage::DatesStage;
pub use document::{Annotation, Document, Layer, Metadata};
pub use gazetteer_stage::GazetteerStage;
#[doc(inline)]
pub use nutgraf_tokenize::{Sentence, Span, Token, TokenKind, Tokenizer};
pub use pipeline::{Pipeline, PipelineBuildError, PipelineBuildErrorKind, PipelineBuilder};
pub use sections::{
    DEFAULT_PHRASES, MAX_PHRASE_CHARS, PhraseError, Section, SectionKind, SectionsStage,
};
pub use stage::{FnStage, Stage, StageError, TokenizeStage, from_fn};

/// The crate README's example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
