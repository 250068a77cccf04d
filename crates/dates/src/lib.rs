//! Temporal expressions in English news text, found and normalised to TIMEX3 values.
//!
//! `nutgraf-dates` is the date stage of [nutgraf](https://crates.io/crates/nutgraf). A
//! [`DateTagger`] finds expressions such as `June 19, 2024`, `last September`, `two years
//! ago`, `the 1990s`, `mid-2023`, `24 years`, `5:30 p.m.` or `every Monday` and gives each a
//! [`Timex`]: its span, its TIMEX3 [type](TimexType) and value (`2024-06-19`, `2023-09`,
//! `P24Y`, `199`, `XXXX-WXX-1`, …), a [modifier](Mod), the begin and end of a range, its
//! [granularity](Granularity) and the rule that found it.
//!
//! Relative and partial expressions are resolved against a reference date given by the
//! caller (the document date) and the tense of their sentence: in an article dated
//! 2024-06-18, `last September` is `2023-09`, `in January` in a past-tense sentence is
//! `2024-01` and `on Monday` in a future-tense sentence is the next Monday. Anaphoric
//! expressions (`the following day`, `a year earlier`) count from the last date mentioned.
//! Without a reference date, values stay underspecified (`XXXX-09`); the clock is never read.
//! A [`Reference`] can also carry the time of day and UTC offset ([`DateTagger::tag_at`]):
//! then `15 minutes ago` and `at 8 a.m.` resolve to the minute. A [`Resolution`] policy
//! (tense, past, future, nearest) says which way expressions without a year or week go, and
//! [`DateTaggerBuilder::day_first`] reads `6/10/2018` the British way.
//!
//! Spans start and end on token boundaries of [`nutgraf_tokenize`] (a possessive `’s` is a
//! boundary too). A byte-level prefilter looks for month and weekday names, temporal words and
//! year-like numbers first, so text without them costs one scan; only the neighbourhood of a
//! trigger is tokenized and parsed. Time is linear in the length of the text, and no input
//! makes the tagger panic.
//!
//! # Example
//!
//! ```
//! use nutgraf_dates::{Date, DateTagger, TimexType};
//!
//! let text = "Kim invited Putin last September. Putin will head to Vietnam on June 19-20, \
//!             his first visit in 24 years.";
//! let reference: Date = "2024-06-18".parse().unwrap();
//! let timexes = DateTagger::new().tag(text, Some(reference));
//!
//! let found: Vec<(&str, TimexType, &str)> =
//!     timexes.iter().map(|t| (t.text(text), t.kind, t.value.as_str())).collect();
//! assert_eq!(found, [
//!     ("last September", TimexType::Date, "2023-09"),
//!     ("June 19-20", TimexType::Date, "2024-06-19/2024-06-20"),
//!     ("24 years", TimexType::Duration, "P24Y"),
//! ]);
//!
//! // Without a reference date, what depends on it stays open.
//! let open = DateTagger::new().tag("They met in September.", None);
//! assert_eq!(open[0].value, "XXXX-09");
//! ```
//!
//! # Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` for [`Timex`] and its parts (field
//!   names as in the `nutgraf analyze` JSON: `type`, `value`, `mod`, `range`).

#![forbid(unsafe_code)]

mod grammar;
mod lexicon;
mod prefilter;
mod reference;
mod resolve;
mod tense;
mod timex;

use std::cell::RefCell;
use std::ops::RangeInclusive;

use nutgraf_tokenize::{Span, Token, Tokenizer};

pub use jiff::civil::{Date, DateTime, Time};
pub use jiff::tz::Offset;
pub use reference::{Reference, ReferenceError};
pub use timex::{Granularity, Mod, Timex, TimexRange, TimexType};

/// Which way an expression without a year or week of its own (`on Monday`, `in March`,
/// `June 19`) is resolved from the reference date.
///
/// ```
/// use nutgraf_dates::{Date, DateTagger, Resolution};
///
/// // Tuesday 2024-06-18.
/// let reference = Some(Date::new(2024, 6, 18).unwrap());
/// let value = |r: Resolution| {
///     let tagger = DateTagger::builder().resolution(r).build().unwrap();
///     tagger.tag("The board meets on Monday.", reference)[0].value.clone()
/// };
/// assert_eq!(value(Resolution::Tense), "2024-06-17"); // a present tense: the nearer Monday
/// assert_eq!(value(Resolution::Future), "2024-06-24");
/// assert_eq!(value(Resolution::Past), "2024-06-17");
/// assert_eq!(value(Resolution::Nearest), "2024-06-17");
/// ```
///
/// New policies may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Resolution {
    /// As news reports read: by the tense of the sentence (`will visit on Monday` is the
    /// coming Monday, `visited on Monday` the last one), leaning to the past without one.
    #[default]
    Tense,
    /// Always the last occurrence (up to the reference date): archives, reports.
    Past,
    /// Always the next occurrence (from the reference date on): calendars, event listings,
    /// chat (chrono's `forwardDate`).
    Future,
    /// The nearest occurrence, before or after.
    Nearest,
}

impl Resolution {
    /// The policy's name in lowercase (`tense`, `past`, `future`, `nearest`), as the
    /// command line's `--prefer` takes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Resolution::Tense => "tense",
            Resolution::Past => "past",
            Resolution::Future => "future",
            Resolution::Nearest => "nearest",
        }
    }
}

/// Writes [`as_str`](Resolution::as_str).
impl core::fmt::Display for Resolution {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

use grammar::{Parser, W};
use lexicon::{Fw, Lex, ModWord};

/// Finds and normalises temporal expressions. Cheap to clone; `Send + Sync`, so one
/// instance can serve many threads.
///
/// ```
/// use nutgraf_dates::DateTagger;
///
/// let text = "The company said Friday that profit rose 5% from a year earlier.";
/// let timexes = DateTagger::new().tag(text, "1989-11-02".parse().ok());
/// let values: Vec<&str> = timexes.iter().map(|t| t.value.as_str()).collect();
/// assert_eq!(values, ["1989-10-27", "1988"]);
/// ```
#[derive(Clone, Debug)]
pub struct DateTagger {
    tokenizer: Tokenizer,
    join_ranges: bool,
    references: bool,
    bare_years: RangeInclusive<i32>,
    resolution: Resolution,
    day_first: bool,
}

impl Default for DateTagger {
    fn default() -> Self {
        DateTagger::new()
    }
}

impl DateTagger {
    /// A tagger with the default options (see [`DateTaggerBuilder`]).
    pub fn new() -> DateTagger {
        DateTagger {
            tokenizer: Tokenizer::new(),
            join_ranges: true,
            references: true,
            bare_years: 1600..=2100,
            resolution: Resolution::Tense,
            day_first: false,
        }
    }

    /// A builder for a tagger with other options.
    pub fn builder() -> DateTaggerBuilder {
        DateTaggerBuilder::new()
    }

    /// The temporal expressions of `text`, in order and not overlapping, resolved against
    /// `reference` (the document date) when given.
    pub fn tag(&self, text: &str, reference: Option<Date>) -> Vec<Timex> {
        let mut out = Vec::new();
        self.tag_into(text, reference, &mut out);
        out
    }

    /// Appends the temporal expressions of `text` to `out`; see [`tag`](DateTagger::tag).
    pub fn tag_into(&self, text: &str, reference: Option<Date>, out: &mut Vec<Timex>) {
        self.tag_at_into(text, Reference::from(reference), out);
    }

    /// The temporal expressions of `text`, resolved against a [`Reference`]: a date, or a
    /// date and time of day (with an optional UTC offset). With a time, times of day and
    /// amounts under a day resolve to the minute.
    ///
    /// ```
    /// use nutgraf_dates::{DateTagger, Reference};
    ///
    /// let tagger = DateTagger::new();
    /// let at: Reference = "2012-08-10T12:14".parse().unwrap();
    /// let values = |text: &str| -> Vec<String> {
    ///     tagger.tag_at(text, at).into_iter().map(|t| t.value).collect()
    /// };
    /// assert_eq!(values("The call came 15 minutes ago."), ["2012-08-10T11:59"]);
    /// assert_eq!(values("Polls will close in 12 hours."), ["2012-08-11T00:14"]);
    /// // With a date only, as `tag` does: the day.
    /// let day = Reference::date("2012-08-10".parse().unwrap());
    /// assert_eq!(tagger.tag_at("The call came 15 minutes ago.", day)[0].value, "2012-08-10");
    /// ```
    pub fn tag_at(&self, text: &str, reference: impl Into<Reference>) -> Vec<Timex> {
        let mut out = Vec::new();
        self.tag_at_into(text, reference.into(), &mut out);
        out
    }

    /// Appends the temporal expressions of `text`, resolved against `reference`, to `out`;
    /// see [`tag_at`](DateTagger::tag_at).
    pub fn tag_at_into(&self, text: &str, reference: Reference, out: &mut Vec<Timex>) {
        // The working buffers of this thread, kept between documents so a document allocates
        // nothing until it has timexes to return. A nested call (none is made today) or a
        // thread that is shutting down gets fresh buffers.
        let done = SCRATCH
            .try_with(|cell| match cell.try_borrow_mut() {
                Ok(mut scratch) => {
                    self.tag_with(text, reference, out, &mut scratch);
                    true
                }
                Err(_) => false,
            })
            .unwrap_or(false);
        if !done {
            self.tag_with(text, reference, out, &mut Scratch::default());
        }
    }

    /// [`tag_at_into`](DateTagger::tag_at_into) for a text already tokenized by a default
    /// [`Tokenizer`] (`tokens` in text order, as [`Tokenizer::tokenize`] gives them): the
    /// tagger takes the tokens around its triggers from them instead of tokenizing again,
    /// with the same result.
    ///
    /// ```
    /// use nutgraf_dates::{DateTagger, Reference};
    /// use nutgraf_tokenize::Tokenizer;
    ///
    /// let text = "Kim invited Putin last September.";
    /// let tokens = Tokenizer::new().tokenize(text);
    /// let at = Reference::date("2024-06-18".parse().unwrap());
    /// let mut out = Vec::new();
    /// DateTagger::new().tag_tokens_at_into(text, &tokens, at, &mut out);
    /// assert_eq!(out, DateTagger::new().tag_at(text, at));
    /// ```
    pub fn tag_tokens_at_into(
        &self,
        text: &str,
        tokens: &[Token],
        reference: Reference,
        out: &mut Vec<Timex>,
    ) {
        let done = SCRATCH
            .try_with(|cell| match cell.try_borrow_mut() {
                Ok(mut scratch) => {
                    self.tag_source(text, Some(tokens), reference, out, &mut scratch);
                    true
                }
                Err(_) => false,
            })
            .unwrap_or(false);
        if !done {
            self.tag_source(text, Some(tokens), reference, out, &mut Scratch::default());
        }
    }

    /// [`tag_into`](DateTagger::tag_into) with the given working buffers.
    fn tag_with(
        &self,
        text: &str,
        reference: Reference,
        out: &mut Vec<Timex>,
        scratch: &mut Scratch,
    ) {
        self.tag_source(text, None, reference, out, scratch);
    }

    /// The tagger, with the text's tokens when the caller has them (else each region is
    /// tokenized).
    fn tag_source(
        &self,
        text: &str,
        given: Option<&[Token]>,
        reference: Reference,
        out: &mut Vec<Timex>,
        scratch: &mut Scratch,
    ) {
        let Scratch { regions, tokens, words, found } = scratch;
        regions.clear();
        found.clear();
        prefilter::regions(text, regions);
        if regions.is_empty() {
            return;
        }
        for r in regions.iter() {
            let (start, end) = (r.start, r.end);
            let Some(slice) = text.get(start..end) else { continue };
            // The region's tokens, and how far their spans are from the text's start.
            let (region, base): (&[Token], usize) = match given {
                Some(all) => {
                    let a = all.partition_point(|t| t.span.start < start);
                    let b = a + all.get(a..).unwrap_or(&[]).partition_point(|t| t.span.end <= end);
                    (all.get(a..b).unwrap_or(&[]), 0)
                }
                None => {
                    tokens.clear();
                    self.tokenizer.tokenize_into(slice, tokens);
                    (tokens.as_slice(), start)
                }
            };
            words.clear();
            for (i, t) in region.iter().enumerate() {
                let n = t.words().len();
                // (A region ends before whitespace or at the text's end: its last token has
                // nothing after it in the region.)
                let last = i + 1 == region.len();
                for (k, w) in t.words().enumerate() {
                    let span = Span::new(w.start + base, w.end + base);
                    let s = span.get(text).unwrap_or("");
                    words.push(W {
                        span,
                        lex: lexicon::classify(s),
                        kind: t.kind,
                        cap: s.chars().next().is_some_and(char::is_uppercase),
                        space_after: k + 1 == n && t.space_after && !(last && given.is_some()),
                        period: s.ends_with('.'),
                    });
                }
            }
            self.tag_words(text, words, r.last_trigger, found);
        }
        // Resolution needs the whole document: whether it is a narrative of other years.
        let mut ctx = resolve::Ctx::new(text, reference, self.resolution, found);
        for (c, span) in found.iter() {
            // An impossible date (`June 31, 2022`) took its words to give nothing.
            if c.sem == grammar::Sem::Invalid {
                continue;
            }
            let timex = ctx.resolve(c, *span);
            if !self.references
                && timex.granularity == Granularity::None
                && timex.kind == TimexType::Date
            {
                continue;
            }
            out.push(timex);
        }
    }

    /// Appends the matches of one region (with their spans) to `found`: of expressions that
    /// start at or before the byte `last_trigger` (the start of the region's last trigger).
    fn tag_words(
        &self,
        text: &str,
        words: &[W],
        last_trigger: usize,
        found: &mut Vec<(grammar::Cand, Span)>,
    ) {
        let parser = Parser {
            text,
            ws: words,
            join_ranges: self.join_ranges,
            bare_years: &self.bare_years,
            day_first: self.day_first,
        };
        // An expression contains a trigger or one of the few words that name a time without
        // one (`maybe may 5`, `the present`, `the first half`, `nine o’clock`, `490 BC`, `the
        // latest period`): none starts after the last of these.
        let after = words.partition_point(|w| w.span.start <= last_trigger);
        let starts = words
            .get(after..)
            .unwrap_or(&[])
            .iter()
            .rposition(|w| {
                matches!(
                    w.lex,
                    Lex::Month { .. }
                        | Lex::Weekday { .. }
                        | Lex::Fw(Fw::Present | Fw::OClock)
                        | Lex::Mod(ModWord::Half)
                        | Lex::Era(_)
                ) || w.span.get(text).is_some_and(|t| t.eq_ignore_ascii_case("period"))
            })
            .map_or(after, |k| after + k + 1);
        let mut i = 0;
        while i < starts {
            let hit = parser.parse_at(i).filter(|c| c.end > c.start && c.end <= words.len());
            let Some(c) = hit else {
                i += 1;
                continue;
            };
            let (Some(first), Some(last)) = (words.get(c.start), words.get(c.end - 1)) else {
                i += 1;
                continue;
            };
            let span = Span::new(first.span.start, last.span.end);
            i = c.end;
            if found.last().is_some_and(|(_, p)| p.end > span.start) {
                continue;
            }
            // A day and a time of day written together are one moment: `5 May 12:00`,
            // `05/31/2024, 09:15 AM`, `8:23 AM, Jul 9`, `this Sat, 7pm`.
            if let Some((prev, prev_span)) = found.last_mut()
                && let Some(merged) = grammar::date_and_time(prev, &c)
                && text.get(prev_span.end..span.start).is_some_and(joins_date_and_time)
            {
                *prev = merged;
                prev_span.end = span.end;
                // `08/08/2023, 09:15 AM to 08/29/2023, 09:15 AM`: now a range may close.
                self.join_last_range(text, found);
                continue;
            }
            // `two days after Christmas`, `a week before yesterday`.
            if let Some((prev, prev_span)) = found.last_mut()
                && let Some(gap) = text.get(prev_span.end..span.start)
                && let Some(sign) = match gap.trim() {
                    "after" | "After" => Some(1),
                    "before" | "Before" => Some(-1),
                    // `2 weeks from today` (not `from June 1 to June 11`: only a deictic day).
                    "from" if matches!(c.rule, "deictic-day") => Some(1),
                    _ => None,
                }
                && let Some(merged) = grammar::shifted(prev, sign, &c)
            {
                *prev = merged;
                prev_span.end = span.end;
                continue;
            }
            // `Thu Oct 26 11:00:09 EDT 2023`: the year after a day and time.
            if let Some((prev, prev_span)) = found.last_mut()
                && text
                    .get(prev_span.end..span.start)
                    .is_some_and(|g| g.len() <= 3 && g.trim().is_empty())
                && let Some(dated) = grammar::with_year(prev, &c)
            {
                *prev = dated;
                prev_span.end = span.end;
                continue;
            }
            // `at midnight on 12th August`: the time takes the day after `on` (the two stay
            // apart, as TimeML marks them).
            if let Some((prev, prev_span)) = found.last_mut()
                && text.get(prev_span.end..span.start).is_some_and(|g| g.trim() == "on")
                && let Some(timed) = grammar::time_on_day(prev, &c)
            {
                *prev = timed;
            }
            // `10am to 12pm`, `today - next friday`, `22-23 Feb at 7pm` (joined ranges only).
            if self.join_ranges
                && let Some((prev, prev_span)) = found.last_mut()
                && let Some(gap) = text.get(prev_span.end..span.start)
                && gap.len() <= 10
                && let Some(merged) = grammar::range_of(prev, &c, gap.trim())
            {
                *prev = merged;
                prev_span.end = span.end;
                continue;
            }
            // `next tuesday +10 days`, `2023-12-29 -10days`, `now + 40minutes`: a signed
            // amount right after a date moves it.
            if let Some((prev, prev_span)) = found.last_mut()
                && let grammar::Sem::Moved { base: None, by, within: false, signed: true } = c.sem
                && text
                    .get(prev_span.end..span.start)
                    .is_some_and(|g| g.len() <= 2 && g.trim().is_empty())
                && let Some(base) = match prev.sem {
                    grammar::Sem::Point(p) => Some(Some(p)),
                    grammar::Sem::Ref(_) if prev.rule == "ref-now" => Some(None),
                    _ => None,
                }
            {
                prev.sem = grammar::Sem::Moved { base, by, within: false, signed: true };
                prev.ty = TimexType::Date;
                prev.rule = "moved";
                prev_span.end = span.end;
                continue;
            }
            found.push((c, span));
        }
    }
}

impl DateTagger {
    /// Joins the last two matches into a range when they make one (see
    /// [`grammar::range_of`]); joined ranges only.
    fn join_last_range(&self, text: &str, found: &mut Vec<(grammar::Cand, Span)>) {
        if !self.join_ranges {
            return;
        }
        let n = found.len();
        let (Some((a, a_span)), Some((b, b_span))) =
            (found.get(n.wrapping_sub(2)), found.get(n.wrapping_sub(1)))
        else {
            return;
        };
        let Some(gap) = text.get(a_span.end..b_span.start).filter(|g| g.len() <= 10) else {
            return;
        };
        if let Some(merged) = grammar::range_of(a, b, gap.trim()) {
            let span = Span::new(a_span.start, b_span.end);
            found.truncate(n - 2);
            found.push((merged, span));
        }
    }
}

/// Whether the text between a day and a time of day joins them into one moment: nothing
/// but spaces, a comma, a dash or a bullet. (`today at 9am` stays two expressions, as TimeML
/// marks them; the time still resolves to the day before it.)
fn joins_date_and_time(gap: &str) -> bool {
    let g = gap.trim();
    let g = g.strip_prefix(',').unwrap_or(g).trim();
    matches!(g, "" | "-" | "–" | "∙" | "·" | "•" | "|") && gap.len() <= 6 && !gap.contains('\n')
}

/// Working buffers of [`DateTagger::tag_into`], reused from one document to the next.
#[derive(Default)]
struct Scratch {
    /// Byte ranges the prefilter hands to the tokenizer.
    regions: Vec<prefilter::Region>,
    /// Tokens of the current region.
    tokens: Vec<Token>,
    /// Words of the current region.
    words: Vec<W>,
    /// Matches of the whole document, with their spans.
    found: Vec<(grammar::Cand, Span)>,
}

thread_local! {
    /// One set of working buffers per thread, so the tagger itself stays `Send + Sync`
    /// without locks.
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// Options for a [`DateTagger`].
///
/// ```
/// use nutgraf_dates::DateTagger;
///
/// // TimeML convention: `from 2019 to 2021` is two expressions, not one range.
/// let tagger = DateTagger::builder().join_ranges(false).references(false).build().unwrap();
/// let text = "Sales fell from 2019 to 2021 and are now flat.";
/// let values: Vec<String> = tagger.tag(text, None).into_iter().map(|t| t.value).collect();
/// assert_eq!(values, ["2019", "2021"]);
/// ```
#[derive(Clone, Debug)]
pub struct DateTaggerBuilder {
    join_ranges: bool,
    references: bool,
    bare_years: RangeInclusive<i32>,
    resolution: Resolution,
    day_first: bool,
}

impl Default for DateTaggerBuilder {
    fn default() -> Self {
        DateTaggerBuilder::new()
    }
}

impl DateTaggerBuilder {
    /// A builder with the default options.
    pub fn new() -> DateTaggerBuilder {
        DateTaggerBuilder {
            join_ranges: true,
            references: true,
            bare_years: 1600..=2100,
            resolution: Resolution::Tense,
            day_first: false,
        }
    }

    /// Whether a numeric date that reads both ways (`6/10/2018`) is day first, as British and
    /// most European writing has it (`2018-10-06`), instead of month first as US news writes
    /// it (default `false`). A number over 12 decides either way; dotted dates
    /// (`06.10.2018`) are always day first.
    ///
    /// ```
    /// use nutgraf_dates::DateTagger;
    ///
    /// let uk = DateTagger::builder().day_first(true).build().unwrap();
    /// assert_eq!(uk.tag("Polls close on 6/10/2018.", None)[0].value, "2018-10-06");
    /// assert_eq!(DateTagger::new().tag("Polls close on 6/10/2018.", None)[0].value, "2018-06-10");
    /// ```
    pub fn day_first(&mut self, yes: bool) -> &mut Self {
        self.day_first = yes;
        self
    }

    /// Whether `from 2019 to 2021` and `between May and July` become one expression with a
    /// [range](Timex::range) (default `true`) or two expressions, as TimeML annotates them.
    /// Compact ranges (`June 19-20`, `1990-92`) are one expression either way.
    pub fn join_ranges(&mut self, yes: bool) -> &mut Self {
        self.join_ranges = yes;
        self
    }

    /// Whether words that refer to the present, past or future without a calendar value
    /// (`now`, `recently`, `the future`: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`) are
    /// tagged (default `true`).
    pub fn references(&mut self, yes: bool) -> &mut Self {
        self.references = yes;
        self
    }

    /// Four-digit numbers taken as years when nothing around them says so (`the 1948
    /// election`); after `in`, `since`, a month and the like any year from 1000 to 2999 is
    /// a year. Default `1600..=2100`; the range must lie within `1000..=2999`.
    pub fn bare_years(&mut self, years: RangeInclusive<i32>) -> &mut Self {
        self.bare_years = years;
        self
    }

    /// Which way expressions without a year or week of their own resolve from the
    /// reference date (default [`Resolution::Tense`]).
    pub fn resolution(&mut self, resolution: Resolution) -> &mut Self {
        self.resolution = resolution;
        self
    }

    /// Builds the tagger, checking the options.
    pub fn build(&self) -> Result<DateTagger, BuildError> {
        let (lo, hi) = (*self.bare_years.start(), *self.bare_years.end());
        if lo > hi || lo < 1000 || hi > 2999 {
            return Err(BuildError {
                kind: BuildErrorKind::InvalidYearRange { start: lo, end: hi },
            });
        }
        Ok(DateTagger {
            tokenizer: Tokenizer::new(),
            join_ranges: self.join_ranges,
            references: self.references,
            bare_years: self.bare_years.clone(),
            resolution: self.resolution,
            day_first: self.day_first,
        })
    }
}

/// An error building a [`DateTagger`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    kind: BuildErrorKind,
}

impl BuildError {
    /// What went wrong.
    pub fn kind(&self) -> &BuildErrorKind {
        &self.kind
    }
}

/// The kinds of [`BuildError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// The range of bare years is empty or reaches outside 1000–2999.
    InvalidYearRange {
        /// First year of the range as given.
        start: i32,
        /// Last year of the range as given.
        end: i32,
    },
}

impl core::fmt::Display for BuildError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.kind.fmt(f)
    }
}

/// The message of the error, as [`BuildError`] writes it.
impl core::fmt::Display for BuildErrorKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            BuildErrorKind::InvalidYearRange { start, end } => write!(
                f,
                "invalid range of bare years {start}..={end}: expected a non-empty range within \
                 1000..=2999"
            ),
        }
    }
}

impl std::error::Error for BuildError {}

/// The crate README's example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
