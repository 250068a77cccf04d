//! The annotation: [`Timex`] and its parts.

use std::borrow::Cow;

use nutgraf_tokenize::Span;

/// A temporal expression found in the text, normalised to a TIMEX3 value.
///
/// ```
/// use nutgraf_dates::{DateTagger, Granularity, TimexType};
///
/// let text = "Putin will head to Vietnam on June 19-20.";
/// let timexes = DateTagger::new().tag(text, Some("2024-06-18".parse().unwrap()));
/// let t = &timexes[0];
/// assert_eq!(&text[t.span.range()], "June 19-20");
/// assert_eq!(t.kind, TimexType::Date);
/// assert_eq!(t.value, "2024-06-19/2024-06-20");
/// let range = t.range.as_ref().unwrap();
/// assert_eq!((range.begin.as_str(), range.end.as_str()), ("2024-06-19", "2024-06-20"));
/// assert_eq!(t.granularity, Granularity::Day);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Timex {
    /// Where the expression is: a half-open byte range that starts and ends on token (or
    /// syntactic word) boundaries of `nutgraf-tokenize`.
    pub span: Span,
    /// DATE, TIME, DURATION or SET.
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: TimexType,
    /// The TIMEX3 value: `2024-06-19`, `2023-09`, `2024-W25`, `2024-Q2`, `2024-SU`, `198`
    /// (a decade), `19` (a century), `2024-06-19T14:30`, `XXXX-XX-XXTMO`, `P24Y`, `PT2H`,
    /// `PRESENT_REF`, …; for a range, `begin/end` (ISO 8601 interval notation). Parts that
    /// cannot be known without a reference date are `X`s (`XXXX-09`).
    pub value: String,
    /// A modifier such as `APPROX` (`about two years`) or `START` (`the beginning of May`).
    #[cfg_attr(
        feature = "serde",
        serde(rename = "mod", default, skip_serializing_if = "Option::is_none")
    )]
    pub modifier: Option<Mod>,
    /// Begin and end of a range (`June 19-20`, `from 2019 to 2021`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub range: Option<TimexRange>,
    /// The finest calendar unit the value names (a day, a month, …; for a duration or set,
    /// its unit).
    pub granularity: Granularity,
    /// For a SET: `EVERY` or `EACH` when the text says so (TIMEX3 `quant`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub quant: Option<Cow<'static, str>>,
    /// For a SET: how often per period (TIMEX3 `freq`, e.g. `2X` for `twice a week`).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub freq: Option<String>,
    /// The name of the rule that found the expression (for explanations and debugging).
    pub rule: Cow<'static, str>,
}

impl Timex {
    /// The expression's text (`""` if `text` is not the text it was found in).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.get(text).unwrap_or("")
    }
}

/// Begin and end of a range, as TIMEX3 values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TimexRange {
    /// First point of the range (`2024-06-19`).
    pub begin: String,
    /// Last point of the range, inclusive (`2024-06-20`).
    pub end: String,
}

/// The TIMEX3 type of an expression.
///
/// New types may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
#[non_exhaustive]
pub enum TimexType {
    /// A calendar date or period: `June 19`, `last year`, `the 1990s`, `now`.
    Date,
    /// A time of day: `2:30 p.m.`, `this morning`.
    Time,
    /// A length of time: `24 years`, `the past three months`.
    Duration,
    /// A recurring time: `every Monday`, `annually`.
    Set,
}

impl TimexType {
    /// The TIMEX3 name: `"DATE"`, `"TIME"`, `"DURATION"` or `"SET"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

impl core::fmt::Display for TimexType {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A TIMEX3 `mod`: where in a period, or how exact a quantity is.
///
/// TIMEX3 itself writes `START` and `END` for both `early`/`the beginning of` and
/// `late`/`the end of` (and TimeBank follows it); nutgraf keeps the vaguer `early`/`late`
/// apart as [`Mod::Early`] and [`Mod::Late`]. New modifiers may be added in minor releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
#[non_exhaustive]
pub enum Mod {
    /// `early 2023`, `earlier this month`.
    Early,
    /// `mid-2023`, `the middle of May`.
    Mid,
    /// `late November`, `later this year`.
    Late,
    /// `the beginning of October`, `the start of the year`.
    Start,
    /// `the end of 1990`, `year-end`.
    End,
    /// `about a decade`, `around Nov. 1`, `the next two years or so`.
    Approx,
    /// `more than four hours`, `over a week`.
    MoreThan,
    /// `less than a decade`, `almost a hundred years`.
    LessThan,
    /// `at least 30 days`.
    EqualOrMore,
    /// `up to 180 days`, `no more than a year`.
    EqualOrLess,
    /// `before 2020`.
    Before,
    /// `after 1959`, `post-1959`.
    After,
    /// `1994 or later`, `1990 and beyond`.
    OnOrAfter,
    /// `2020 or earlier`.
    OnOrBefore,
}

impl Mod {
    /// The TIMEX3 name (`"APPROX"`, `"MORE_THAN"`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            Mod::Early => "EARLY",
            Mod::Mid => "MID",
            Mod::Late => "LATE",
            Mod::Start => "START",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::MoreThan => "MORE_THAN",
            Mod::LessThan => "LESS_THAN",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
        }
    }
}

impl core::fmt::Display for Mod {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The finest calendar unit a value names.
///
/// New units may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Granularity {
    /// `PRESENT_REF` and other references without a calendar unit.
    None,
    /// A millennium.
    Millennium,
    /// A century (`19`).
    Century,
    /// A decade (`198`).
    Decade,
    /// A year (`2024`).
    Year,
    /// A half year (`2024-H1`).
    Half,
    /// A quarter (`2024-Q2`).
    Quarter,
    /// A season (`2024-SU`).
    Season,
    /// A month (`2023-09`).
    Month,
    /// A week or weekend (`2024-W25`).
    Week,
    /// A day (`2024-06-19`).
    Day,
    /// A part of a day (`2024-06-19TMO`).
    PartOfDay,
    /// An hour.
    Hour,
    /// A minute (`2024-06-19T14:30`).
    Minute,
    /// A second.
    Second,
}

impl Granularity {
    /// The lowercase name (`"day"`, `"month"`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            Granularity::None => "none",
            Granularity::Millennium => "millennium",
            Granularity::Century => "century",
            Granularity::Decade => "decade",
            Granularity::Year => "year",
            Granularity::Half => "half",
            Granularity::Quarter => "quarter",
            Granularity::Season => "season",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Day => "day",
            Granularity::PartOfDay => "partofday",
            Granularity::Hour => "hour",
            Granularity::Minute => "minute",
            Granularity::Second => "second",
        }
    }
}

impl core::fmt::Display for Granularity {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}
