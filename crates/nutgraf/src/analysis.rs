//! The serialisable result of analysing one document: the output schema of the `nutgraf`
//! command line and of anyone who wants nutgraf's results as data.
//!
//! Field names are a public contract: they are only ever added to, never renamed. All offsets
//! are UTF-8 byte offsets into the original text, end exclusive.

use nutgraf_tokenize::{Span, TokenKind};

use crate::{Document, SectionKind};

/// Everything nutgraf found in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Analysis {
    /// The document's id, when it has one (a file name or the `id` of a JSONL record).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// Surface tokens, as Universal Dependencies counts them.
    pub tokens: Vec<TokenRecord>,
    /// Syntactic words: tokens with contractions and possessives split (`do` + `n't`).
    pub words: Vec<SpanRecord>,
    /// Sentences.
    pub sentences: Vec<SpanRecord>,
    /// Headline, body paragraphs and boilerplate lines.
    #[cfg_attr(feature = "serde", serde(default))]
    pub sections: Vec<SectionRecord>,
}

/// A token in the output: `{"start", "end", "kind"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TokenRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is (`"word"`, `"number"`, `"punct"`, …).
    pub kind: TokenKind,
}

/// A span in the output: `{"start", "end"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SpanRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl From<Span> for SpanRecord {
    fn from(s: Span) -> Self {
        SpanRecord { start: s.start, end: s.end }
    }
}

/// A section in the output: `{"start", "end", "kind"}` with kind `headline`, `body` or
/// `boilerplate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SectionRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the section is.
    pub kind: SectionKind,
}

impl Analysis {
    /// The output records of a processed document.
    pub fn from_document(doc: &Document) -> Analysis {
        Analysis {
            id: doc.metadata.id.clone(),
            tokens: doc
                .tokens()
                .iter()
                .map(|t| TokenRecord { start: t.span.start, end: t.span.end, kind: t.kind })
                .collect(),
            words: doc.tokens().iter().flat_map(|t| t.words()).map(SpanRecord::from).collect(),
            sentences: doc.sentences().iter().map(|s| SpanRecord::from(s.span)).collect(),
            sections: doc
                .sections()
                .iter()
                .map(|s| SectionRecord { start: s.span.start, end: s.span.end, kind: s.kind })
                .collect(),
        }
    }
}
