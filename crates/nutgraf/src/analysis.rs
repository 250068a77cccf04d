//! The serialisable result of analysing one document: the output schema of the `nutgraf`
//! command line and of anyone who wants nutgraf's results as data.
//!
//! Field names are a public contract: they are only ever added to, never renamed. All offsets
//! are UTF-8 byte offsets into the original text, end exclusive; annotations that people read
//! (claims and their parts) also carry the text they cover.

use nutgraf_claims::{ClaimKind, ClaimerKind, Reason, Stance};
use nutgraf_dates::{Mod, TimexType};
use nutgraf_gazetteer::{EntityKind, How};
use nutgraf_tokenize::{Span, TokenKind};

use crate::{Document, SectionKind};

/// Everything nutgraf found in one document.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Analysis {
    /// The document's id, when it has one (a file name or the `id` of a JSONL record).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// Surface tokens, as Universal Dependencies counts them.
    pub tokens: Vec<TokenRecord>,
    /// Syntactic words: tokens with contractions and possessives split (`do` + `n't`).
    pub words: Vec<SpanRecord>,
    /// Sentences, with their check-worthiness when the claims stage ran.
    pub sentences: Vec<SentenceRecord>,
    /// Headline, body paragraphs and boilerplate lines.
    #[cfg_attr(feature = "serde", serde(default))]
    pub sections: Vec<SectionRecord>,
    /// People, places, organisations and nationalities, in text order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub entities: Vec<EntityRecord>,
    /// Dates, times, durations and sets with their TIMEX3 values, in text order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub timexes: Vec<TimexRecord>,
    /// Claims, in text order (none from boilerplate).
    #[cfg_attr(feature = "serde", serde(default))]
    pub claims: Vec<ClaimRecord>,
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

/// A span with the text it covers: `{"start", "end", "text"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TextSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The covered text.
    pub text: String,
}

impl TextSpan {
    fn new(doc: &Document, span: Span) -> TextSpan {
        TextSpan { start: span.start, end: span.end, text: doc.text_of(span).to_owned() }
    }
}

/// A sentence in the output: `{"start", "end", "checkworthiness"?}`.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SentenceRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// How worth checking the sentence is, in [0, 1] (present once the claims stage ran).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub checkworthiness: Option<f32>,
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

/// An entity mention in the output: `{"start", "end", "text", "kind", "id", "name", "how"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// `person`, `place`, `organization`, `nationality` or `other`.
    pub kind: EntityKind,
    /// The canonical id (`Vladimir Putin` for `Putin`, `North Korea` for `DPRK`).
    pub id: String,
    /// The entry's display name.
    pub name: String,
    /// How it was found: `alias`, `title_cue`, `partial_name` or `pattern`.
    pub how: How,
}

/// A temporal expression in the output:
/// `{"start", "end", "text", "type", "value", "mod"?, "range"?: {"begin", "end"}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TimexRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: TimexType,
    /// The TIMEX3 value: `2024-06-19`, `2023-09`, `P24Y`, `XXXX-09` without a document date.
    pub value: String,
    /// A modifier such as `APPROX` or `START`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "mod", default, skip_serializing_if = "Option::is_none")
    )]
    pub modifier: Option<Mod>,
    /// Begin and end values of a range (`June 19-20`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub range: Option<RangeRecord>,
}

/// The two ends of a range: `{"begin", "end"}` TIMEX3 values.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RangeRecord {
    /// The value of the first day (or month, year…) of the range.
    pub begin: String,
    /// The value of the last one.
    pub end: String,
}

/// A claim in the output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ClaimRecord {
    /// Byte offset of the first byte of the sentence(s) holding the claim.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The sentence(s) holding the claim.
    pub text: String,
    /// Check-worthiness in [0, 1].
    pub score: f32,
    /// What is claimed, when it can be delimited.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub content: Option<TextSpan>,
    /// Who claims it; absent for unattributed claims.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub claimer: Option<ClaimerRecord>,
    /// The words that report it (`said`, `according to`, `reportedly`, `deny`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub cue: Option<TextSpan>,
    /// `assert`, `deny` or `question`.
    pub stance: Stance,
    /// Hedges (`might`, `quite certain`, `about`).
    pub hedges: Vec<TextSpan>,
    /// Direct quotations, with their quote marks.
    pub quotes: Vec<TextSpan>,
    /// Numbers and quantities in the content.
    pub numbers: Vec<TextSpan>,
    /// `statistical`, `quotation`, `attributed`, `prediction`, `comparison`, `causal`,
    /// `factual`.
    pub kinds: Vec<ClaimKind>,
    /// The features that fired, with their weights.
    pub why: Vec<Reason>,
}

/// A claimer in the output: `{"start", "end", "text", "kind", "refers_to"?}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ClaimerRecord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The claimer as written.
    pub text: String,
    /// `person`, `organization`, `place` (a place standing for its government) or `generic`.
    pub kind: ClaimerKind,
    /// For a pronoun, the person it most likely refers to.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub refers_to: Option<TextSpan>,
}

impl Analysis {
    /// The output records of a processed document.
    pub fn from_document(doc: &Document) -> Analysis {
        let scores = doc.checkworthiness();
        Analysis {
            id: doc.metadata.id.clone(),
            tokens: doc
                .tokens()
                .iter()
                .map(|t| TokenRecord { start: t.span.start, end: t.span.end, kind: t.kind })
                .collect(),
            words: doc.tokens().iter().flat_map(|t| t.words()).map(SpanRecord::from).collect(),
            sentences: doc
                .sentences()
                .iter()
                .enumerate()
                .map(|(i, s)| SentenceRecord {
                    start: s.span.start,
                    end: s.span.end,
                    checkworthiness: scores.get(i).copied(),
                })
                .collect(),
            sections: doc
                .sections()
                .iter()
                .map(|s| SectionRecord { start: s.span.start, end: s.span.end, kind: s.kind })
                .collect(),
            entities: doc
                .entities()
                .iter()
                .map(|m| EntityRecord {
                    start: m.span.start,
                    end: m.span.end,
                    text: doc.text_of(m.span).to_owned(),
                    kind: m.kind,
                    id: m.id.clone(),
                    name: m.name.clone(),
                    how: m.how,
                })
                .collect(),
            timexes: doc
                .timexes()
                .iter()
                .map(|t| TimexRecord {
                    start: t.span.start,
                    end: t.span.end,
                    text: doc.text_of(t.span).to_owned(),
                    kind: t.kind,
                    value: t.value.clone(),
                    modifier: t.modifier,
                    range: t
                        .range
                        .as_ref()
                        .map(|r| RangeRecord { begin: r.begin.clone(), end: r.end.clone() }),
                })
                .collect(),
            claims: doc
                .claims()
                .iter()
                .map(|c| ClaimRecord {
                    start: c.span.start,
                    end: c.span.end,
                    text: doc.text_of(c.span).to_owned(),
                    score: c.score,
                    content: c.content.map(|s| TextSpan::new(doc, s)),
                    claimer: c.claimer.map(|cl| ClaimerRecord {
                        start: cl.span.start,
                        end: cl.span.end,
                        text: doc.text_of(cl.span).to_owned(),
                        kind: cl.kind,
                        refers_to: cl.refers_to.map(|s| TextSpan::new(doc, s)),
                    }),
                    cue: c.cue.map(|s| TextSpan::new(doc, s)),
                    stance: c.stance,
                    hedges: c.hedges.iter().map(|&s| TextSpan::new(doc, s)).collect(),
                    quotes: c.quotes.iter().map(|&s| TextSpan::new(doc, s)).collect(),
                    numbers: c.numbers.iter().map(|&s| TextSpan::new(doc, s)).collect(),
                    kinds: c.kinds.clone(),
                    why: c.why.clone(),
                })
                .collect(),
        }
    }
}
