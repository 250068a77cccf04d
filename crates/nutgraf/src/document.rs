//! A document: the text, its metadata, and the annotation layers stages add to it.

use std::borrow::Cow;

use nutgraf_claims::{Claim, ClaimerKind};
use nutgraf_dates::{Date, Offset, Reference, Time, Timex};
use nutgraf_gazetteer::{EntityKind, Mention};
use nutgraf_tokenize::{Sentence, Span, Token};

use crate::sections::Section;

/// A kind of annotation a stage can provide and another can require.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Layer {
    /// Surface tokens ([`Document::tokens`]).
    Tokens,
    /// Sentences ([`Document::sentences`]).
    Sentences,
    /// Headline, body and boilerplate sections ([`Document::sections`]).
    Sections,
    /// Names of people, places, organisations and nationalities ([`Document::entities`]).
    Entities,
    /// Temporal expressions with their TIMEX3 values ([`Document::timexes`]).
    Timexes,
    /// Claims and the check-worthiness of every sentence ([`Document::claims`],
    /// [`Document::checkworthiness`]).
    Claims,
    /// A user-defined layer of [`Annotation`]s with this name.
    Custom(Cow<'static, str>),
}

impl Layer {
    /// A user-defined layer.
    pub fn custom(name: impl Into<Cow<'static, str>>) -> Layer {
        Layer::Custom(name.into())
    }
}

impl core::fmt::Display for Layer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Layer::Tokens => f.write_str("tokens"),
            Layer::Sentences => f.write_str("sentences"),
            Layer::Sections => f.write_str("sections"),
            Layer::Entities => f.write_str("entities"),
            Layer::Timexes => f.write_str("timexes"),
            Layer::Claims => f.write_str("claims"),
            Layer::Custom(name) => write!(f, "custom layer {name:?}"),
        }
    }
}

/// An annotation of a user-defined layer: a labelled span.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Annotation {
    /// Where it is in the text.
    pub span: Span,
    /// The layer it belongs to (the name of a [`Layer::Custom`]).
    pub layer: Cow<'static, str>,
    /// A label, such as a type or a normalised value.
    pub label: String,
}

/// Information about a document that is not its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Metadata {
    /// The document's id (a file name, a database key, the `id` of a JSONL record).
    pub id: Option<String>,
    /// The language of the text as a BCP 47 tag; nutgraf's stages are made for `en`.
    pub language: Option<String>,
    /// The document's date (publication date): relative dates (`yesterday`, `last
    /// September`) resolve against it. Without it they stay underspecified (`XXXX-09`); the
    /// clock is never read.
    pub date: Option<Date>,
    /// The time of day of [`date`](Metadata::date) (publication time, a message's time): with
    /// it, times of day and amounts under a day (`two hours ago`, `in 30 minutes`) resolve to
    /// the minute. Ignored without a date.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub time: Option<Time>,
    /// The document's offset from UTC, when known. It is carried, not applied: values are
    /// local times of the document, as TIMEX3 writes them. Serialized as `+HH:MM`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none", with = "offset_serde")
    )]
    pub utc_offset: Option<Offset>,
}

impl Metadata {
    /// What the dates stage resolves against: the date, time and offset.
    ///
    /// ```
    /// use nutgraf::Metadata;
    ///
    /// let mut metadata = Metadata::default();
    /// metadata.set_reference("2024-06-18T09:30+02:00".parse().unwrap());
    /// assert_eq!(metadata.date.unwrap().to_string(), "2024-06-18");
    /// assert_eq!(metadata.reference().to_string(), "2024-06-18T09:30:00+02:00");
    /// ```
    pub fn reference(&self) -> Reference {
        Reference { date: self.date, time: self.time, offset: self.utc_offset }
    }

    /// Sets the date, time and offset from a [`Reference`].
    pub fn set_reference(&mut self, reference: Reference) {
        self.date = reference.date;
        self.time = reference.time;
        self.utc_offset = reference.offset;
    }
}

/// `utc_offset` as `+HH:MM` (jiff's `Offset` has no serde form of its own).
#[cfg(feature = "serde")]
mod offset_serde {
    use nutgraf_dates::{Date, Offset, Reference, Time};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(o: &Option<Offset>, s: S) -> Result<S::Ok, S::Error> {
        match o {
            // The offset part of a reference's text form (`Z` for UTC).
            Some(o) => {
                let r = Reference {
                    date: Date::new(2000, 1, 1).ok(),
                    time: Some(Time::midnight()),
                    offset: Some(*o),
                };
                let text = r.to_string();
                s.serialize_str(text.get(19..).unwrap_or(""))
            }
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Offset>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else { return Ok(None) };
        let r: Reference = format!("2000-01-01T00:00{text}").parse().map_err(|_| {
            serde::de::Error::custom(format!("invalid UTC offset {text:?}: expected Z or ±HH:MM"))
        })?;
        Ok(r.offset)
    }
}

/// A text and the annotations stages have added to it.
///
/// The text never changes; every annotation is a [`Span`] of UTF-8 byte offsets into it.
/// Layers are read through slices and written by [`Stage`](crate::Stage)s.
///
/// ```
/// use nutgraf::{Document, Pipeline};
///
/// let mut doc = Document::new("Putin will visit Pyongyang. The Kremlin said so.");
/// Pipeline::default().process(&mut doc).unwrap();
/// assert_eq!(doc.sentences().len(), 2);
/// assert_eq!(doc.text_of(doc.sentences()[1].span), "The Kremlin said so.");
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    text: String,
    /// Id, language and other information about the document.
    pub metadata: Metadata,
    pub(crate) tokens: Vec<Token>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) sections: Vec<Section>,
    pub(crate) entities: Vec<Mention>,
    pub(crate) timexes: Vec<Timex>,
    pub(crate) claims: Vec<Claim>,
    pub(crate) checkworthiness: Vec<f32>,
    pub(crate) annotations: Vec<Annotation>,
    pub(crate) done: Vec<Layer>,
}

impl Document {
    /// A document with this text and no metadata.
    pub fn new(text: impl Into<String>) -> Document {
        Document { text: text.into(), ..Document::default() }
    }

    /// A document with this text and metadata.
    pub fn with_metadata(text: impl Into<String>, metadata: Metadata) -> Document {
        Document { text: text.into(), metadata, ..Document::default() }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text of a span (`""` if the span does not fit the text).
    pub fn text_of(&self, span: Span) -> &str {
        span.get(&self.text).unwrap_or("")
    }

    /// Surface tokens, in order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Sentences, in order; their token ranges index [`tokens`](Document::tokens).
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Sections (headline, body paragraphs, boilerplate lines), in order.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Entity mentions, in text order.
    pub fn entities(&self) -> &[Mention] {
        &self.entities
    }

    /// Temporal expressions, in text order.
    pub fn timexes(&self) -> &[Timex] {
        &self.timexes
    }

    /// Claims, in text order.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// The check-worthiness in [0, 1] of each sentence, in the order of
    /// [`sentences`](Document::sentences) (empty until the claims stage ran).
    pub fn checkworthiness(&self) -> &[f32] {
        &self.checkworthiness
    }

    /// Annotations of user-defined layers, in the order stages added them.
    pub fn annotations(&self) -> &[Annotation] {
        &self.annotations
    }

    /// The annotations of one user-defined layer.
    pub fn layer<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Annotation> + 'a {
        self.annotations.iter().filter(move |a| a.layer == name)
    }

    /// True once a stage has provided `layer`.
    pub fn has(&self, layer: &Layer) -> bool {
        self.done.contains(layer)
    }

    /// Sets the tokens and sentences (for stages that tokenize).
    pub fn set_tokens(&mut self, tokens: Vec<Token>, sentences: Vec<Sentence>) {
        self.tokens = tokens;
        self.sentences = sentences;
        self.mark(Layer::Tokens);
        self.mark(Layer::Sentences);
    }

    /// Sets the sections.
    pub fn set_sections(&mut self, sections: Vec<Section>) {
        self.sections = sections;
        self.mark(Layer::Sections);
    }

    /// Sets the entity mentions.
    pub fn set_entities(&mut self, entities: Vec<Mention>) {
        self.entities = entities;
        self.mark(Layer::Entities);
    }

    /// Sets the temporal expressions.
    pub fn set_timexes(&mut self, timexes: Vec<Timex>) {
        self.timexes = timexes;
        self.mark(Layer::Timexes);
    }

    /// Sets the claims and the check-worthiness of every sentence.
    pub fn set_claims(&mut self, claims: Vec<Claim>, checkworthiness: Vec<f32>) {
        self.claims = claims;
        self.checkworthiness = checkworthiness;
        self.mark(Layer::Claims);
    }

    /// Adds an annotation to a user-defined layer, which counts as provided from then on.
    pub fn annotate(
        &mut self,
        layer: impl Into<Cow<'static, str>>,
        span: Span,
        label: impl Into<String>,
    ) {
        let layer = layer.into();
        self.mark(Layer::Custom(layer.clone()));
        self.annotations.push(Annotation { span, layer, label: label.into() });
    }

    /// Records that `layer` has been provided (even if it is empty).
    pub fn mark(&mut self, layer: Layer) {
        if !self.done.contains(&layer) {
            self.done.push(layer);
        }
    }

    /// The entity a claim's claimer is, when the gazetteer found it: the mention that is
    /// the claimer's name (its [`head`](nutgraf_claims::Claimer::head), or the claimer), or
    /// lies inside it (`the Kremlin`, `US State Department spokesperson Matthew Miller`),
    /// or the person a pronoun refers to. Its `id` is the canonical id, so the claims of
    /// one person can be collected across documents.
    ///
    /// ```
    /// use nutgraf::Pipeline;
    ///
    /// let doc = Pipeline::default()
    ///     .run("Vladimir Putin met the press. He said the talks went well.")
    ///     .unwrap();
    /// let claim = doc.claims().iter().find(|c| c.cue.is_some()).unwrap();
    /// assert_eq!(doc.claimer_entity(claim).map(|m| m.id.as_str()), Some("Vladimir Putin"));
    /// ```
    pub fn claimer_entity(&self, claim: &Claim) -> Option<&Mention> {
        let claimer = claim.claimer?;
        let wanted = claimer.refers_to.or(claimer.head).unwrap_or(claimer.span);
        let first = self.entities.partition_point(|m| m.span.end <= wanted.start);
        let near = self.entities.get(first..).unwrap_or(&[]);
        let near = near.iter().take_while(|m| m.span.start < wanted.end);
        let named = |m: &&Mention| !matches!(m.kind, EntityKind::Title | EntityKind::Other);
        let mut inside =
            near.filter(named).filter(|m| wanted.contains(m.span) || m.span.contains(wanted));
        let best = inside.clone().find(|m| m.span == wanted || m.span.contains(wanted));
        if best.is_some() {
            return best;
        }
        // A generic source is no entity it names (`UN monitors`, `Ukrainian officials`), nor
        // is a pair (`Pyongyang & Moscow`); otherwise the name is the phrase's last words
        // (`the Kremlin`, `US State Department spokesperson Matthew Miller`).
        if claimer.kind == ClaimerKind::Generic {
            return None;
        }
        let last = inside.clone().last()?;
        // (A person named by a party or a place is no entity of theirs: `The Arizona
        // Republican`.)
        if claimer.kind == ClaimerKind::Person && last.kind != EntityKind::Person {
            return None;
        }
        let between = self.text_of(Span::new(wanted.start, last.span.start));
        let pair = inside.any(|m| m.span != last.span)
            && (between.contains(" & ") || between.contains(" and "));
        (last.span.end == wanted.end && !pair).then_some(last)
    }

    /// True if `span` lies in a boilerplate section (a teaser, a site banner), whose content is
    /// not the article's.
    pub fn in_boilerplate(&self, span: Span) -> bool {
        // Sections are in order and do not overlap: search, not scan.
        let first = self.sections.partition_point(|s| s.span.end <= span.start);
        self.sections
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(|s| s.span.start < span.end)
            .any(|s| s.kind == crate::SectionKind::Boilerplate && s.span.overlaps(span))
    }
}

#[cfg(all(test, feature = "serde"))]
mod serde_tests {
    use super::*;

    #[test]
    fn metadata_reference_round_trips_through_json() {
        let mut m = Metadata { id: Some("a".into()), ..Metadata::default() };
        m.set_reference("2024-06-18T09:30:00-05:30".parse().unwrap());
        let json = serde_json::to_string(&m).unwrap();
        assert!(json.contains(r#""utc_offset":"-05:30""#), "{json}");
        assert!(json.contains(r#""time":"09:30:00""#), "{json}");
        let back: Metadata = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        let utc: Metadata = serde_json::from_str(
            r#"{"id":null,"language":null,"date":"2024-06-18","utc_offset":"Z"}"#,
        )
        .unwrap();
        assert_eq!(utc.utc_offset.map(|o| o.seconds()), Some(0));
        let bad = serde_json::from_str::<Metadata>(
            r#"{"id":null,"language":null,"date":null,"utc_offset":"+5"}"#,
        );
        assert!(bad.unwrap_err().to_string().contains("invalid UTC offset"));
        // Without a time or an offset the fields are left out, as before.
        let plain = serde_json::to_string(&Metadata::default()).unwrap();
        assert_eq!(plain, r#"{"id":null,"language":null,"date":null}"#);
    }
}
