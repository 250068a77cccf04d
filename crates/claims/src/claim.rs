//! The annotation types: hints in, claims and scores out.

use std::borrow::Cow;

use nutgraf_tokenize::Span;

/// A span the caller already knows something about: an entity or date from another stage, or
/// a boilerplate section. Hints help attribution (who is a person, which capital stands for a
/// government, which `she` is meant); the detector works without them too.
///
/// ```
/// use nutgraf_claims::{Hint, HintKind};
///
/// let hint = Hint::new(0..14, HintKind::Person);
/// assert_eq!(hint.span.range(), 0..14);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Hint {
    /// Where the hint is (UTF-8 byte offsets into the text).
    pub span: Span,
    /// What it is.
    pub kind: HintKind,
}

impl Hint {
    /// A hint of `kind` over `span`.
    pub fn new(span: impl Into<Span>, kind: HintKind) -> Hint {
        Hint { span: span.into(), kind }
    }
}

/// What a [`Hint`] marks.
///
/// New kinds may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum HintKind {
    /// A person's name.
    Person,
    /// An organisation: a company, agency, party, newspaper, ministry.
    Organization,
    /// A place: country, city, region. As a claimer it stands for its government
    /// (`Washington claims`).
    Place,
    /// A nationality or group (`Ukrainian`, `Republicans`).
    Group,
    /// A title or role (`President`, `spokesperson`).
    Title,
    /// A date or time expression.
    Date,
    /// Boilerplate (navigation, teasers, credits): sentences inside it get no score and no
    /// claims.
    Boilerplate,
    /// Anything else.
    Other,
}

impl HintKind {
    /// The kind's name in lowercase (`person`, `organization`, `boilerplate`), as in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            HintKind::Person => "person",
            HintKind::Organization => "organization",
            HintKind::Place => "place",
            HintKind::Group => "group",
            HintKind::Title => "title",
            HintKind::Date => "date",
            HintKind::Boilerplate => "boilerplate",
            HintKind::Other => "other",
        }
    }
}

/// Writes [`as_str`](HintKind::as_str) (`person`).
impl core::fmt::Display for HintKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Writes [`as_str`](ClaimerKind::as_str).
impl core::fmt::Display for ClaimerKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Writes [`as_str`](Stance::as_str) (`assert`, `deny`).
impl core::fmt::Display for Stance {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Writes [`as_str`](ClaimKind::as_str).
impl core::fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who made a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Claimer {
    /// The claimer as written: `Matthew Miller` in `US State Department spokesperson Matthew
    /// Miller reiterated`, `Ukrainian officials`, `she`. Serialised flat, as `"start"` and
    /// `"end"`.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// What kind of source it is.
    pub kind: ClaimerKind,
    /// For a pronoun claimer (`she said`), the person it most likely refers to: the nearest
    /// preceding person (from the hints, or a titled name when there are none).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub refers_to: Option<Span>,
    /// The name at the core of a longer claimer (`Maria Lopez` in `Maria Lopez, the director
    /// of the state election board,`; `Ed Shaw` in `the network’s chief correspondent, Ed
    /// Shaw`), when the claimer is more than its name.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub head: Option<Span>,
}

/// The kind of a [`Claimer`].
///
/// New kinds may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum ClaimerKind {
    /// A person (`Yuri Ushakov`, `she`).
    Person,
    /// An organisation (`the Kremlin`, `The US State Department`).
    Organization,
    /// A place standing for its government (`Washington`, `Pyongyang & Moscow`).
    Place,
    /// A generic source (`Ukrainian officials`, `media reports`, `UN monitors`).
    Generic,
}

impl ClaimerKind {
    /// The lowercase name used in JSON output.
    pub const fn as_str(self) -> &'static str {
        match self {
            ClaimerKind::Person => "person",
            ClaimerKind::Organization => "organization",
            ClaimerKind::Place => "place",
            ClaimerKind::Generic => "generic",
        }
    }
}

/// How the claimer stands towards the content.
///
/// New stances may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Stance {
    /// The claimer asserts the content (`said`, `claims`, `concluded`); also unattributed
    /// statements.
    #[default]
    Assert,
    /// The claimer denies or rejects it (`deny`, `rejected`, `did not say`).
    Deny,
    /// The claimer questions or doubts it (`questioned whether`, `doubts that`).
    Question,
}

impl Stance {
    /// The lowercase name used in JSON output.
    pub const fn as_str(self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
            Stance::Question => "question",
        }
    }
}

/// What kind of claim it is. A claim can have several kinds.
///
/// New kinds may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum ClaimKind {
    /// The content has numbers or quantities (`over 11,000 containers`, `about 50`), not just
    /// dates.
    Statistical,
    /// It quotes someone directly (`“quite certain”`).
    Quotation,
    /// Someone is reported to claim it (a cue was found).
    Attributed,
    /// It is about the future (`will visit`, `might sign`).
    Prediction,
    /// It compares (`more eccentric than`, `twice as many`).
    Comparison,
    /// It says what caused what (`because`, `caused by`, `led to`).
    Causal,
    /// A plain statement of fact with none of the other kinds.
    Factual,
}

impl ClaimKind {
    /// The lowercase name used in JSON output.
    pub const fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Statistical => "statistical",
            ClaimKind::Quotation => "quotation",
            ClaimKind::Attributed => "attributed",
            ClaimKind::Prediction => "prediction",
            ClaimKind::Comparison => "comparison",
            ClaimKind::Causal => "causal",
            ClaimKind::Factual => "factual",
        }
    }
}

/// One feature that fired for a claim, with its weight in the check-worthiness model (the
/// change in log-odds it brought; 0 for structural facts such as the attribution pattern).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Reason {
    /// The feature, e.g. `pattern:source-cue-content`, `cue:claim`, `hedge:might`,
    /// `model:ballistic missiles`.
    pub feature: Cow<'static, str>,
    /// Its contribution to the score's log-odds.
    pub weight: f32,
}

/// A claim: what is claimed, by whom, with which words, how firmly.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Claim {
    /// The sentence (or sentences, for a quote that spans several) that holds the claim. In a
    /// run-on "sentence" of more than 1,000 words (text without punctuation, a scraped
    /// table), an attributed claim spans its own words only: claimer, cue and content.
    /// Serialised flat, as `"start"` and `"end"`.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// Check-worthiness of the claim in [0, 1].
    pub score: f32,
    /// What is claimed, when it can be delimited.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub content: Option<Span>,
    /// Who claims it; `None` for unattributed claims.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub claimer: Option<Claimer>,
    /// The words that report it (`said`, `according to`, `reportedly`, `deny`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub cue: Option<Span>,
    /// Assert, deny or question.
    pub stance: Stance,
    /// Hedges that weaken it (`might`, `quite certain`, `about`, `at least`).
    pub hedges: Vec<Span>,
    /// Direct quotations, including their quote marks.
    pub quotes: Vec<Span>,
    /// Numbers and quantities in the content (`over 11,000`, `about 50`).
    pub numbers: Vec<Span>,
    /// What kind of claim it is.
    pub kinds: Vec<ClaimKind>,
    /// The features that fired, strongest model features last.
    pub why: Vec<Reason>,
    /// For a claim that only refers back to something already said (`The Kremlin denied it
    /// on Friday.`, `Pyongyang & Moscow deny this.`), the index in [`Detection::claims`] of
    /// the claim it answers.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub responds_to: Option<usize>,
}

impl Claim {
    /// True if the claim has `kind`.
    pub fn is(&self, kind: ClaimKind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// The result of [`ClaimDetector::detect`](crate::ClaimDetector::detect): a check-worthiness
/// score for every sentence and the claims found.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Detection {
    /// Check-worthiness of each sentence in [0, 1], in the order of the sentences given.
    pub checkworthiness: Vec<f32>,
    /// Claims in text order.
    pub claims: Vec<Claim>,
}

/// The earlier name of [`Detection`], which `nutgraf::Analysis` (a whole document's
/// records) made ambiguous.
#[deprecated(since = "0.1.0", note = "renamed to `Detection`")]
pub type Analysis = Detection;
