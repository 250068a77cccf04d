//! NLP for English news text.
//!
//! `nutgraf` is the facade of a workspace of small crates; it re-exports them so one
//! dependency gives the whole toolkit. Today it carries the first stage:
//!
//! - [`tokenize`] ([`nutgraf-tokenize`](nutgraf_tokenize)): tokens, syntactic words and
//!   sentences with UTF-8 byte offsets, plus case/quote folding and stemming.
//!
//! [`Analysis`] is the serialisable result of a document (the JSON schema of the `nutgraf`
//! command line).
//!
//! ```
//! use nutgraf::tokenize::Tokenizer;
//!
//! let text = "Putin will visit North Korea. The Kremlin announced it.";
//! let doc = Tokenizer::new().analyze(text);
//! assert_eq!(doc.sentences.len(), 2);
//! ```
//!
//! # Crate features
//!
//! - `serde` (off by default): serde support for every annotation type.

#![forbid(unsafe_code)]

#[doc(inline)]
pub use nutgraf_tokenize as tokenize;

mod analysis;
pub use analysis::{Analysis, SpanRecord, TokenRecord};

#[doc(inline)]
pub use nutgraf_tokenize::{Sentence, Span, Token, TokenKind, Tokenizer};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
