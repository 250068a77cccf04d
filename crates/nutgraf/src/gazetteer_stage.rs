//! The gazetteer stage: people, places, organisations and nationalities from
//! [`nutgraf_gazetteer`].

use nutgraf_gazetteer::Gazetteer;

use crate::stage::{Stage, StageError};
use crate::{Document, Layer};

/// Finds names of people, places, organisations and nationalities with their canonical ids
/// ([`nutgraf_gazetteer::Gazetteer`]).
///
/// Requires tokens; provides [`Layer::Entities`]. [`GazetteerStage::new`] uses the embedded
/// default gazetteer (built once per process and shared); [`GazetteerStage::with_gazetteer`]
/// takes one built from your own lists.
///
/// ```
/// use nutgraf::{Pipeline, gazetteer::EntityKind};
///
/// let doc = Pipeline::default().run("Putin’s adviser Yuri Ushakov said Russia’s ties would grow.").unwrap();
/// let found: Vec<(&str, EntityKind, &str)> =
///     doc.entities().iter().map(|m| (doc.text_of(m.span), m.kind, m.id.as_str())).collect();
/// assert_eq!(found, [
///     ("Putin", EntityKind::Person, "Vladimir Putin"),
///     ("Yuri Ushakov", EntityKind::Person, "Yuri Ushakov"),
///     ("Russia", EntityKind::Place, "Russia"),
/// ]);
/// ```
#[derive(Clone, Debug)]
pub struct GazetteerStage {
    gazetteer: Gazetteer,
}

impl Default for GazetteerStage {
    fn default() -> Self {
        GazetteerStage::new()
    }
}

impl GazetteerStage {
    /// The stage with the embedded default gazetteer.
    pub fn new() -> GazetteerStage {
        GazetteerStage { gazetteer: Gazetteer::new() }
    }

    /// The stage with a gazetteer of your own (see [`Gazetteer::builder`]).
    pub fn with_gazetteer(gazetteer: Gazetteer) -> GazetteerStage {
        GazetteerStage { gazetteer }
    }

    /// The gazetteer this stage uses.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }
}

impl Stage for GazetteerStage {
    fn name(&self) -> &str {
        "gazetteer"
    }
    fn requires(&self) -> &[Layer] {
        &[Layer::Tokens]
    }
    fn provides(&self) -> &[Layer] {
        &[Layer::Entities]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let found = self.gazetteer.find_tokens(doc.text(), doc.tokens());
        doc.set_entities(found);
        Ok(())
    }
}
