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
//! ```
//! use nutgraf::{Pipeline, SectionKind};
//!
//! let pipeline = Pipeline::default();
//! let doc = pipeline.run("Putin’s visit\n\nPutin will visit North Korea. The Kremlin announced it.").unwrap();
//! assert_eq!(doc.sentences().len(), 3);
//! assert_eq!(doc.sections()[0].kind, SectionKind::Headline);
//! assert_eq!(doc.text_of(doc.sections()[1].span), "Putin will visit North Korea. The Kremlin announced it.");
//! ```
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
pub use analysis::{
    Analysis, ClaimRecord, ClaimerRecord, EntityRecord, RangeRecord, SectionRecord, SentenceRecord,
    SpanRecord, TextSpan, TimexRecord, TokenRecord,
};
pub use claims_stage::ClaimsStage;
pub use dates_stage::DatesStage;
pub use document::{Annotation, Document, Layer, Metadata};
pub use gazetteer_stage::GazetteerStage;
#[doc(inline)]
pub use nutgraf_tokenize::{Sentence, Span, Token, TokenKind, Tokenizer};
pub use pipeline::{Pipeline, PipelineBuildError, PipelineBuildErrorKind, PipelineBuilder};
pub use sections::{Section, SectionKind, SectionsStage};
pub use stage::{FnStage, Stage, StageError, TokenizeStage, from_fn};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
