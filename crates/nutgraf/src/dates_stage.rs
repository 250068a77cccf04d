//! The dates stage: temporal expressions normalised against the document's date, from
//! [`nutgraf_dates`].

use nutgraf_dates::DateTagger;

use crate::stage::{Stage, StageError};
use crate::{Document, Layer};

/// Finds dates, times, durations and sets and gives each its TIMEX3 value, resolving relative
/// expressions against [`Metadata::date`](crate::Metadata::date)
/// ([`nutgraf_dates::DateTagger`]).
///
/// Requires nothing (the tagger reads the text around its own triggers; when an earlier stage
/// gave the document its tokens, it takes the tokens there from them instead of tokenizing
/// again); provides [`Layer::Timexes`].
///
/// ```
/// use nutgraf::{Metadata, Pipeline};
///
/// let metadata = Metadata { date: Some("2024-06-18".parse().unwrap()), ..Metadata::default() };
/// let doc = Pipeline::default()
///     .run_with("Kim invited Putin last September. Putin will head to Vietnam on June 19-20.", metadata)
///     .unwrap();
/// let values: Vec<(&str, &str)> =
///     doc.timexes().iter().map(|t| (doc.text_of(t.span), t.value.as_str())).collect();
/// assert_eq!(values, [("last September", "2023-09"), ("June 19-20", "2024-06-19/2024-06-20")]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct DatesStage {
    tagger: DateTagger,
}

impl DatesStage {
    /// The stage with the default tagger.
    pub fn new() -> DatesStage {
        DatesStage { tagger: DateTagger::new() }
    }

    /// The stage with a configured tagger (see [`DateTagger::builder`]).
    pub fn with_tagger(tagger: DateTagger) -> DatesStage {
        DatesStage { tagger }
    }
}

impl Stage for DatesStage {
    fn name(&self) -> &str {
        "dates"
    }
    fn requires(&self) -> &[Layer] {
        &[]
    }
    fn provides(&self) -> &[Layer] {
        &[Layer::Timexes]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let mut timexes = Vec::new();
        let reference = doc.metadata.reference();
        if doc.has(&Layer::Tokens) {
            self.tagger.tag_tokens_at_into(doc.text(), doc.tokens(), reference, &mut timexes);
        } else {
            self.tagger.tag_at_into(doc.text(), reference, &mut timexes);
        }
        doc.set_timexes(timexes);
        Ok(())
    }
}
