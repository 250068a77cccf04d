//! Gazetteer entries: what a name refers to.

/// What kind of thing an entry or a mention is.
///
/// New kinds may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: `Vladimir Putin`, `Matthew Miller`.
    Person,
    /// A place: a country, region, city, river, …: `North Korea`, `NEW DELHI`, `Tumen River`.
    Place,
    /// An organisation: `United Nations`, `White House`, `US State Department`.
    Organization,
    /// A nationality or demonym; its id is the country's: `Russian` → `Russia`.
    Nationality,
    /// A title or role that announces a person: `President`, `Foreign Minister`. Titles are
    /// cues for people; they are not reported as mentions.
    Title,
    /// Any other named thing: events, products, works (`World Cup`, `Olympics`).
    #[default]
    Other,
}

impl EntityKind {
    /// The lowercase name used in lists and JSON (`"person"`, `"place"`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Nationality => "nationality",
            EntityKind::Title => "title",
            EntityKind::Other => "other",
        }
    }

    /// Parses a kind name as written in lists: the names of [`as_str`](EntityKind::as_str),
    /// case-insensitively, plus `organisation`, `org`, `loc`, `location`, `per`, `misc`,
    /// `demonym`.
    pub fn parse(s: &str) -> Option<EntityKind> {
        let k = match s.trim().to_ascii_lowercase().as_str() {
            "person" | "per" => EntityKind::Person,
            "place" | "loc" | "location" => EntityKind::Place,
            "organization" | "organisation" | "org" => EntityKind::Organization,
            "nationality" | "demonym" => EntityKind::Nationality,
            "title" => EntityKind::Title,
            "other" | "misc" => EntityKind::Other,
            _ => return None,
        };
        Some(k)
    }
}

impl core::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the letter case of the text must agree with a name for it to match.
///
/// Whatever the mode, quotes and apostrophes are folded (`People’s` = `People's`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum CaseMode {
    /// Chosen from the name: [`Exact`](CaseMode::Exact) for acronyms and names of three
    /// letters or fewer (`US`, `UN`, `Chad` stays `Capitalized`), [`Capitalized`](CaseMode::Capitalized)
    /// otherwise.
    #[default]
    Auto,
    /// The text must have the same letters in the same case (`US` matches `US`, not `us`).
    Exact,
    /// Every capitalised word of the name must be capitalised in the text (`North Korea`
    /// matches `North Korea`, not `north korea`), or the whole match is in capitals, as in
    /// datelines and headlines (`NEW DELHI`).
    Capitalized,
    /// Any case (`nato`, `Nato`, `NATO`).
    Insensitive,
}

impl CaseMode {
    /// Parses `auto`, `exact`, `capitalized` (or `capitalised`) and `insensitive`.
    pub fn parse(s: &str) -> Option<CaseMode> {
        let m = match s.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => CaseMode::Auto,
            "exact" => CaseMode::Exact,
            "capitalized" | "capitalised" | "cap" => CaseMode::Capitalized,
            "insensitive" | "any" => CaseMode::Insensitive,
            _ => return None,
        };
        Some(m)
    }

    /// The lowercase name of the mode.
    pub const fn as_str(self) -> &'static str {
        match self {
            CaseMode::Auto => "auto",
            CaseMode::Exact => "exact",
            CaseMode::Capitalized => "capitalized",
            CaseMode::Insensitive => "insensitive",
        }
    }
}

/// One gazetteer entry: a thing with a canonical id, a display name, a kind, optional
/// attributes, and the surface forms (the name and its aliases) that refer to it.
///
/// ```
/// use nutgraf_gazetteer::{EntityKind, Entry};
///
/// let entry = Entry::new("North Korea", EntityKind::Place)
///     .alias("DPRK")
///     .alias("Democratic People's Republic of Korea")
///     .country("KP")
///     .population(25_549_604);
/// assert_eq!(entry.id, "North Korea");
/// assert_eq!(entry.aliases.len(), 2);
/// ```
///
/// With the feature `serde`, an entry deserializes from an object with these fields (all
/// optional); an unknown field is an error, so that a typo (`"alias"`) does not silently drop
/// what it holds.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Entry {
    /// The canonical id, shared by every name of the thing (`Vladimir Putin`, `Washington, D.C.`).
    /// Several entries may share an id: the nationality `Russian` has the id `Russia`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub id: String,
    /// The display name (`Vladimir Putin`); it is also a surface form that matches.
    #[cfg_attr(feature = "serde", serde(default))]
    pub name: String,
    /// What the entry is.
    #[cfg_attr(feature = "serde", serde(default = "default_kind"))]
    pub kind: EntityKind,
    /// Other surface forms (`Putin`, `DPRK`, `Russian Federation`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the country the entry belongs to (`RU`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub country: Option<String>,
    /// Population, for places.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub population: Option<u64>,
    /// Id of the containing or owning entry (`Georgia` for `Atlanta`, `Russia` for `Kremlin`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub parent: Option<String>,
    /// A role or subtype (`president of Russia`, `country`, `city`, `capital`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub role: Option<String>,
    /// The stock ticker of a listed company (`AAPL`, `SIE.DE`), as its exchange writes it.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub ticker: Option<String>,
    /// How the case of the text must agree with the names.
    #[cfg_attr(feature = "serde", serde(default))]
    pub case: CaseMode,
    /// Prior weight when a surface form has several entries (higher wins; default 0). The
    /// embedded places use the decimal logarithm of their population.
    #[cfg_attr(feature = "serde", serde(default))]
    pub prior: f32,
    /// Words that, near a mention, make this entry the likelier reading of an ambiguous name
    /// (lowercase: `atlanta`, `state`, `tbilisi`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub context: Vec<String>,
}

#[cfg(feature = "serde")]
fn default_kind() -> EntityKind {
    EntityKind::Other
}

impl Entry {
    /// An entry whose id and display name are both `name`.
    pub fn new(name: impl Into<String>, kind: EntityKind) -> Entry {
        let name = name.into();
        Entry { id: name.clone(), name, kind, ..Entry::default() }
    }

    /// Sets the canonical id (by default the name).
    pub fn id(mut self, id: impl Into<String>) -> Entry {
        self.id = id.into();
        self
    }

    /// Adds a surface form.
    pub fn alias(mut self, alias: impl Into<String>) -> Entry {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the country code.
    pub fn country(mut self, code: impl Into<String>) -> Entry {
        self.country = Some(code.into());
        self
    }

    /// Sets the population.
    pub fn population(mut self, population: u64) -> Entry {
        self.population = Some(population);
        self
    }

    /// Sets the parent id.
    pub fn parent(mut self, parent: impl Into<String>) -> Entry {
        self.parent = Some(parent.into());
        self
    }

    /// Sets the role.
    pub fn role(mut self, role: impl Into<String>) -> Entry {
        self.role = Some(role.into());
        self
    }

    /// Sets the stock ticker.
    pub fn ticker(mut self, ticker: impl Into<String>) -> Entry {
        self.ticker = Some(ticker.into());
        self
    }

    /// Sets the case mode.
    pub fn case(mut self, case: CaseMode) -> Entry {
        self.case = case;
        self
    }

    /// Sets the prior weight.
    pub fn prior(mut self, prior: f32) -> Entry {
        self.prior = prior;
        self
    }

    /// Adds a context word.
    pub fn context(mut self, word: impl Into<String>) -> Entry {
        self.context.push(word.into());
        self
    }
}

/// Writes the mode's name in lowercase (`auto`, `exact`, `capitalized`, `insensitive`), as
/// in TSV lists.
impl core::fmt::Display for CaseMode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            CaseMode::Auto => "auto",
            CaseMode::Exact => "exact",
            CaseMode::Capitalized => "capitalized",
            CaseMode::Insensitive => "insensitive",
        })
    }
}
