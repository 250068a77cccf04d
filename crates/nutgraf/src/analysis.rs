//! The serialisable result of analysing one document: the output schema of the `nutgraf`
//! command line and of anyone who wants nutgraf's results as data.
//!
//! Field names are a public contract: they are only ever added to, never renamed. All offsets
//! are UTF-8 byte offsets into the original text, end exclusive; annotations that people read
//! (claims and their parts) also carry the text they cover.
//!
//! The records are generic over their string type: `String` in an owned [`Analysis`],
//! `&str` borrowed from the document in [`AnalysisRef`], which writes the same JSON record by
//! record without copying the document's annotations first.

use nutgraf_claims::{Claim, ClaimKind, ClaimerKind, Reason, Stance};
use nutgraf_dates::{Mod, Timex, TimexType};
use nutgraf_gazetteer::{EntityKind, How, Mention};
use nutgraf_tokenize::{Sentence, Span, Token, TokenKind};

use crate::{Document, Section, SectionKind};

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
pub struct TextSpan<S = String> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The covered text.
    pub text: S,
}

impl<'a, S: From<&'a str>> TextSpan<S> {
    fn new(doc: &'a Document, span: Span) -> TextSpan<S> {
        TextSpan { start: span.start, end: span.end, text: doc.text_of(span).into() }
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
pub struct EntityRecord<S = String> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The mention as written.
    pub text: S,
    /// `person`, `place`, `organization`, `nationality` or `other`.
    pub kind: EntityKind,
    /// The canonical id (`Vladimir Putin` for `Putin`, `North Korea` for `DPRK`).
    pub id: S,
    /// The entry's display name.
    pub name: S,
    /// How it was found: `alias`, `title_cue`, `partial_name` or `pattern`.
    pub how: How,
}

/// A temporal expression in the output:
/// `{"start", "end", "text", "type", "value", "mod"?, "range"?: {"begin", "end"}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TimexRecord<S = String> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The expression as written.
    pub text: S,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: TimexType,
    /// The TIMEX3 value: `2024-06-19`, `2023-09`, `P24Y`, `XXXX-09` without a document date.
    pub value: S,
    /// A modifier such as `APPROX` or `START`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "mod", default, skip_serializing_if = "Option::is_none")
    )]
    pub modifier: Option<Mod>,
    /// Begin and end values of a range (`June 19-20`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub range: Option<RangeRecord<S>>,
}

/// The two ends of a range: `{"begin", "end"}` TIMEX3 values.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RangeRecord<S = String> {
    /// The value of the first day (or month, year…) of the range.
    pub begin: S,
    /// The value of the last one.
    pub end: S,
}

/// A claim in the output.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ClaimRecord<S = String> {
    /// Byte offset of the first byte of the sentence(s) holding the claim.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The sentence(s) holding the claim.
    pub text: S,
    /// Check-worthiness in [0, 1].
    pub score: f32,
    /// What is claimed, when it can be delimited.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub content: Option<TextSpan<S>>,
    /// Who claims it; absent for unattributed claims.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub claimer: Option<ClaimerRecord<S>>,
    /// The words that report it (`said`, `according to`, `reportedly`, `deny`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub cue: Option<TextSpan<S>>,
    /// `assert`, `deny` or `question`.
    pub stance: Stance,
    /// Hedges (`might`, `quite certain`, `about`).
    pub hedges: Vec<TextSpan<S>>,
    /// Direct quotations, with their quote marks.
    pub quotes: Vec<TextSpan<S>>,
    /// Numbers and quantities in the content.
    pub numbers: Vec<TextSpan<S>>,
    /// `statistical`, `quotation`, `attributed`, `prediction`, `comparison`, `causal`,
    /// `factual`.
    pub kinds: Vec<ClaimKind>,
    /// The features that fired, with their weights (to four decimals: an explanation, not a
    /// computation; the score keeps its full precision).
    pub why: Vec<Reason>,
    /// For a claim that only answers an earlier one (`The Kremlin denied it.`), the index
    /// of that claim in `claims`.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub responds_to: Option<usize>,
}

/// A claimer in the output: `{"start", "end", "text", "kind", "refers_to"?}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ClaimerRecord<S = String> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The claimer as written.
    pub text: S,
    /// `person`, `organization`, `place` (a place standing for its government) or `generic`.
    pub kind: ClaimerKind,
    /// For a pronoun, the person it most likely refers to.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub refers_to: Option<TextSpan<S>>,
    /// The name at the core of a longer claimer (`Maria Lopez` in `Maria Lopez, the director
    /// of the board`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub head: Option<TextSpan<S>>,
    /// The canonical id of the entity the claimer is (`Vladimir Putin` for `Putin` or for a
    /// `he` that refers to him), when the gazetteer knows it.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub id: Option<S>,
}

impl Analysis {
    /// The output records of a processed document.
    pub fn from_document(doc: &Document) -> Analysis {
        let scores = doc.checkworthiness();
        Analysis {
            id: doc.metadata.id.clone(),
            tokens: doc.tokens().iter().map(token_record).collect(),
            words: words(doc).collect(),
            sentences: doc
                .sentences()
                .iter()
                .enumerate()
                .map(|(i, s)| sentence_record(s, scores.get(i).copied()))
                .collect(),
            sections: doc.sections().iter().map(section_record).collect(),
            entities: doc.entities().iter().map(|m| entity_record(doc, m)).collect(),
            timexes: doc.timexes().iter().map(|t| timex_record(doc, t)).collect(),
            claims: doc.claims().iter().map(|c| claim_record(doc, c)).collect(),
        }
    }
}

/// The [`Analysis`] of a document as a view that borrows from it: serialising it writes the
/// same JSON as serialising [`Analysis::from_document`], one record at a time, so the
/// output of a large document never has to be held in memory (`serde_json::to_writer`
/// streams it).
///
/// Feature `serde`.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use nutgraf::{Analysis, AnalysisRef, Pipeline};
///
/// let doc = Pipeline::default().run("Putin said the talks went well.").unwrap();
/// let mut out = Vec::new();
/// serde_json::to_writer(&mut out, &AnalysisRef::new(&doc)).unwrap();
/// assert_eq!(out, serde_json::to_vec(&Analysis::from_document(&doc)).unwrap());
/// # }
/// ```
#[cfg(feature = "serde")]
#[derive(Clone, Copy, Debug)]
pub struct AnalysisRef<'a> {
    doc: &'a Document,
    fields: Fields,
}

#[cfg(feature = "serde")]
impl<'a> AnalysisRef<'a> {
    /// The view of `doc`, with every field.
    pub fn new(doc: &'a Document) -> AnalysisRef<'a> {
        AnalysisRef { doc, fields: Fields::ALL }
    }

    /// The view of `doc` with only these fields (and the `id`): the others are left out of
    /// the output, not written empty.
    ///
    /// ```
    /// use nutgraf::{AnalysisRef, Fields, Pipeline};
    ///
    /// let doc = Pipeline::default().run("Putin said the talks went well.").unwrap();
    /// let fields: Fields = "entities,claims".parse().unwrap();
    /// let json = serde_json::to_string(&AnalysisRef::with_fields(&doc, fields)).unwrap();
    /// assert!(json.starts_with(r#"{"entities":[{"start":0,"end":5,"#));
    /// assert!(json.contains(r#"],"claims":[{"#) && !json.contains(r#""tokens""#));
    /// ```
    pub fn with_fields(doc: &'a Document, fields: Fields) -> AnalysisRef<'a> {
        AnalysisRef { doc, fields }
    }
}

/// A set of the output fields (layers) of an [`Analysis`]: `tokens`, `words`, `sentences`,
/// `sections`, `entities`, `timexes`, `claims`. Parsed from a comma-separated list of their
/// names (`"entities,timexes,claims,sentences"`), as the command line's `--layers` takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fields(u8);

impl Fields {
    /// The tokens (`tokens`).
    pub const TOKENS: Fields = Fields(1);
    /// The syntactic words (`words`).
    pub const WORDS: Fields = Fields(1 << 1);
    /// The sentences, with their check-worthiness (`sentences`).
    pub const SENTENCES: Fields = Fields(1 << 2);
    /// The sections: headline, body, boilerplate (`sections`).
    pub const SECTIONS: Fields = Fields(1 << 3);
    /// The entity mentions (`entities`).
    pub const ENTITIES: Fields = Fields(1 << 4);
    /// The temporal expressions (`timexes`).
    pub const TIMEXES: Fields = Fields(1 << 5);
    /// The claims (`claims`).
    pub const CLAIMS: Fields = Fields(1 << 6);
    /// Every field (the default output).
    pub const ALL: Fields = Fields(0x7f);
    /// No field but the `id`.
    pub const NONE: Fields = Fields(0);

    /// The fields and their names, in output order.
    pub const NAMES: [(&'static str, Fields); 7] = [
        ("tokens", Fields::TOKENS),
        ("words", Fields::WORDS),
        ("sentences", Fields::SENTENCES),
        ("sections", Fields::SECTIONS),
        ("entities", Fields::ENTITIES),
        ("timexes", Fields::TIMEXES),
        ("claims", Fields::CLAIMS),
    ];

    /// Whether every field of `other` is in this set.
    pub const fn contains(self, other: Fields) -> bool {
        self.0 & other.0 == other.0
    }

    /// This set and `other`'s fields.
    #[must_use]
    pub const fn with(self, other: Fields) -> Fields {
        Fields(self.0 | other.0)
    }
}

/// Every field: the default output.
impl Default for Fields {
    fn default() -> Fields {
        Fields::ALL
    }
}

impl core::ops::BitOr for Fields {
    type Output = Fields;
    fn bitor(self, other: Fields) -> Fields {
        self.with(other)
    }
}

/// A field name that [`Fields`] does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownField(pub String);

impl core::fmt::Display for UnknownField {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let names: Vec<&str> = Fields::NAMES.iter().map(|(n, _)| *n).collect();
        write!(f, "unknown layer {:?} (the layers are {})", self.0, names.join(", "))
    }
}

impl core::error::Error for UnknownField {}

impl core::str::FromStr for Fields {
    type Err = UnknownField;

    /// A comma-separated list of field names; `all` stands for every field. Spaces around
    /// names are ignored; an empty list is no field.
    fn from_str(list: &str) -> Result<Fields, UnknownField> {
        let mut fields = Fields::NONE;
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if name == "all" {
                fields = Fields::ALL;
                continue;
            }
            let Some(&(_, f)) = Fields::NAMES.iter().find(|(n, _)| *n == name) else {
                let shown: String = name.chars().take(40).collect();
                return Err(UnknownField(shown));
            };
            fields = fields | f;
        }
        Ok(fields)
    }
}

/// Writes the names of the fields, comma-separated (`entities,claims`), or `all`.
impl core::fmt::Display for Fields {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if *self == Fields::ALL {
            return f.write_str("all");
        }
        let names: Vec<&str> =
            Fields::NAMES.iter().filter(|(_, x)| self.contains(*x)).map(|(n, _)| *n).collect();
        f.write_str(&names.join(","))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for AnalysisRef<'_> {
    fn serialize<Z: serde::Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        use serde::ser::SerializeStruct;

        /// A sequence written from an iterator, without collecting it.
        struct Seq<F>(F);
        impl<I: Iterator<Item = T>, T: serde::Serialize, F: Fn() -> I> serde::Serialize for Seq<F> {
            fn serialize<Z: serde::Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
                serializer.collect_seq((self.0)())
            }
        }

        let (doc, fields) = (self.doc, self.fields);
        let scores = doc.checkworthiness();
        // The fields of `Analysis`, in its order and with its rules; those not chosen are
        // skipped.
        let id = doc.metadata.id.as_deref();
        let n = Fields::NAMES.iter().filter(|(_, f)| fields.contains(*f)).count();
        let mut st = serializer.serialize_struct("Analysis", n + usize::from(id.is_some()))?;
        if let Some(id) = id {
            st.serialize_field("id", id)?;
        } else {
            st.skip_field("id")?;
        }
        macro_rules! field {
            ($flag:expr, $name:literal, $value:expr) => {
                if fields.contains($flag) {
                    st.serialize_field($name, $value)?;
                } else {
                    st.skip_field($name)?;
                }
            };
        }
        field!(Fields::TOKENS, "tokens", &Seq(|| doc.tokens().iter().map(token_record)));
        field!(Fields::WORDS, "words", &Seq(|| words(doc)));
        field!(
            Fields::SENTENCES,
            "sentences",
            &Seq(|| {
                doc.sentences()
                    .iter()
                    .enumerate()
                    .map(|(i, s)| sentence_record(s, scores.get(i).copied()))
            })
        );
        field!(Fields::SECTIONS, "sections", &Seq(|| doc.sections().iter().map(section_record)));
        field!(
            Fields::ENTITIES,
            "entities",
            &Seq(|| doc.entities().iter().map(|m| entity_record::<&str>(doc, m)))
        );
        field!(
            Fields::TIMEXES,
            "timexes",
            &Seq(|| doc.timexes().iter().map(|t| timex_record::<&str>(doc, t)))
        );
        field!(
            Fields::CLAIMS,
            "claims",
            &Seq(|| doc.claims().iter().map(|c| claim_record::<&str>(doc, c)))
        );
        st.end()
    }
}

fn token_record(t: &Token) -> TokenRecord {
    TokenRecord { start: t.span.start, end: t.span.end, kind: t.kind }
}

fn words(doc: &Document) -> impl Iterator<Item = SpanRecord> + '_ {
    doc.tokens().iter().flat_map(|t| t.words()).map(SpanRecord::from)
}

fn sentence_record(s: &Sentence, checkworthiness: Option<f32>) -> SentenceRecord {
    SentenceRecord { start: s.span.start, end: s.span.end, checkworthiness }
}

fn section_record(s: &Section) -> SectionRecord {
    SectionRecord { start: s.span.start, end: s.span.end, kind: s.kind }
}

fn entity_record<'a, S: From<&'a str>>(doc: &'a Document, m: &'a Mention) -> EntityRecord<S> {
    EntityRecord {
        start: m.span.start,
        end: m.span.end,
        text: doc.text_of(m.span).into(),
        kind: m.kind,
        id: m.id.as_str().into(),
        name: m.name.as_str().into(),
        how: m.how,
    }
}

fn timex_record<'a, S: From<&'a str>>(doc: &'a Document, t: &'a Timex) -> TimexRecord<S> {
    TimexRecord {
        start: t.span.start,
        end: t.span.end,
        text: doc.text_of(t.span).into(),
        kind: t.kind,
        value: t.value.as_str().into(),
        modifier: t.modifier,
        range: t
            .range
            .as_ref()
            .map(|r| RangeRecord { begin: r.begin.as_str().into(), end: r.end.as_str().into() }),
    }
}

fn claim_record<'a, S: From<&'a str>>(doc: &'a Document, c: &'a Claim) -> ClaimRecord<S> {
    ClaimRecord {
        start: c.span.start,
        end: c.span.end,
        text: doc.text_of(c.span).into(),
        score: c.score,
        content: c.content.map(|s| TextSpan::new(doc, s)),
        claimer: c.claimer.map(|cl| ClaimerRecord {
            start: cl.span.start,
            end: cl.span.end,
            text: doc.text_of(cl.span).into(),
            kind: cl.kind,
            refers_to: cl.refers_to.map(|s| TextSpan::new(doc, s)),
            head: cl.head.map(|s| TextSpan::new(doc, s)),
            id: doc.claimer_entity(c).map(|m| m.id.as_str().into()),
        }),
        cue: c.cue.map(|s| TextSpan::new(doc, s)),
        stance: c.stance,
        hedges: c.hedges.iter().map(|&s| TextSpan::new(doc, s)).collect(),
        quotes: c.quotes.iter().map(|&s| TextSpan::new(doc, s)).collect(),
        numbers: c.numbers.iter().map(|&s| TextSpan::new(doc, s)).collect(),
        kinds: c.kinds.clone(),
        why: c
            .why
            .iter()
            .map(|r| Reason { feature: r.feature.clone(), weight: (r.weight * 1e4).round() / 1e4 })
            .collect(),
        responds_to: c.responds_to,
    }
}
