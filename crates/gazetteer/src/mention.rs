//! Mentions: where the text names something, and how the gazetteer knew.

use nutgraf_tokenize::Span;

use crate::entry::EntityKind;

/// How a mention was found, so that users can filter (for instance keep only
/// [`Alias`](How::Alias) mentions for high precision).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum How {
    /// The text is a surface form (name or alias) of an entry: `DPRK` → North Korea.
    Alias,
    /// A title or role right before the name typed it as a person: `President Putin`,
    /// `spokesperson Matthew Miller`.
    TitleCue,
    /// A part of a full name found elsewhere in the document: `Putin` → Vladimir Putin,
    /// `Miller` → Matthew Miller.
    PartialName,
    /// A rule over capitalised words and word lists: a first name and a capitalised word
    /// (`Yuri Ushakov`), or a name with a telling last word (`Tumen River`, `Acme Corp`).
    Pattern,
}

impl How {
    /// The snake-case name used in JSON (`"alias"`, `"title_cue"`, `"partial_name"`,
    /// `"pattern"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            How::Alias => "alias",
            How::TitleCue => "title_cue",
            How::PartialName => "partial_name",
            How::Pattern => "pattern",
        }
    }
}

impl core::fmt::Display for How {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A mention of a person, place, organisation, nationality or other named thing.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Mention {
    /// Where it is in the text (without a possessive `’s`).
    pub span: Span,
    /// What it is.
    pub kind: EntityKind,
    /// The canonical id (`Vladimir Putin`, `North Korea`); for a name found by a rule and not
    /// in the gazetteer, the name as written.
    pub id: String,
    /// The display name of the entry (`Russian` for a nationality whose id is `Russia`).
    pub name: String,
    /// How it was found.
    pub how: How,
}

impl Mention {
    /// The mentioned text, or `""` if the span does not fit `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.get(text).unwrap_or("")
    }
}
