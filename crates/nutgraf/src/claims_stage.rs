//! The claims stage: check-worthiness and attribution from [`nutgraf_claims`], with hints
//! converted from the document's other layers.

use nutgraf_claims::{ClaimDetector, Hint, HintKind};
use nutgraf_gazetteer::EntityKind;

use crate::stage::{Stage, StageError};
use crate::{Document, Layer, SectionKind};

/// Scores every sentence for check-worthiness and finds claims with their claimer, cue,
/// stance and hedges ([`nutgraf_claims::ClaimDetector`]).
///
/// Requires tokens and sentences; provides [`Layer::Claims`]. Layers from earlier stages become
/// hints: entities tell people from organisations and places, boilerplate sections get no
/// claims. Runs after the other stages in
/// [`Pipeline::default()`](crate::Pipeline).
///
/// ```
/// use nutgraf::Pipeline;
///
/// let text = "ALSO READ: Moscow denies it\n\n\
///             Washington claims that North Korea sent weapons, though Pyongyang denies this.";
/// let doc = Pipeline::default().run(text).unwrap();
/// let claimers: Vec<&str> =
///     doc.claims().iter().filter_map(|c| c.claimer).map(|c| doc.text_of(c.span)).collect();
/// assert_eq!(claimers, ["Washington", "Pyongyang"]);
/// // One score per sentence; the teaser is boilerplate: no claim, score 0.
/// assert_eq!(doc.checkworthiness().len(), doc.sentences().len());
/// assert_eq!(doc.checkworthiness()[0], 0.0);
/// ```
#[derive(Clone, Debug, Default)]
pub struct ClaimsStage {
    detector: ClaimDetector,
}

impl ClaimsStage {
    /// The stage with the default detector (embedded model).
    pub fn new() -> ClaimsStage {
        ClaimsStage { detector: ClaimDetector::new() }
    }

    /// The stage with a configured detector.
    pub fn with_detector(detector: ClaimDetector) -> ClaimsStage {
        ClaimsStage { detector }
    }

    /// The hints the document's layers give: entities (who is a person, which capital
    /// stands for a government), dates and boilerplate sections.
    fn hints(doc: &Document) -> Vec<Hint> {
        let entities = doc.entities().iter().map(|m| Hint::new(m.span, hint_kind(m.kind)));
        let dates = doc.timexes().iter().map(|t| Hint::new(t.span, HintKind::Date));
        let boilerplate = doc
            .sections()
            .iter()
            .filter(|s| s.kind == SectionKind::Boilerplate)
            .map(|s| Hint::new(s.span, HintKind::Boilerplate));
        entities.chain(dates).chain(boilerplate).collect()
    }
}

/// The claim detector's hint kind for an entity kind.
fn hint_kind(kind: EntityKind) -> HintKind {
    match kind {
        EntityKind::Person => HintKind::Person,
        EntityKind::Place => HintKind::Place,
        EntityKind::Organization => HintKind::Organization,
        EntityKind::Nationality => HintKind::Group,
        EntityKind::Title => HintKind::Title,
        _ => HintKind::Other,
    }
}

impl Stage for ClaimsStage {
    fn name(&self) -> &str {
        "claims"
    }
    fn requires(&self) -> &[Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn provides(&self) -> &[Layer] {
        &[Layer::Claims]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let hints = ClaimsStage::hints(doc);
        let found = self.detector.detect(doc.text(), doc.tokens(), doc.sentences(), &hints);
        doc.set_claims(found.claims, found.checkworthiness);
        Ok(())
    }
}
