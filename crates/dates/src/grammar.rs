//! The grammar: temporal expressions as patterns over classified words.
//!
//! [`Parser::parse_at`] tries every rule at a word and keeps the longest match; the tagger
//! walks the words left to right, so matches are leftmost-longest and never overlap. Rules
//! produce a [`Sem`], an unresolved meaning (`last September` = the September before the
//! reference month); `resolve` turns it into a TIMEX3 value.

use nutgraf_tokenize::{Span, TokenKind};

use crate::lexicon::{Fw, Holiday, Lex, ModWord, Part, RefKind, Rel, Season, Unit};
use crate::timex::{Mod, TimexType};

/// One syntactic word of the region being parsed.
#[derive(Clone, Copy, Debug)]
pub(crate) struct W {
    pub span: Span,
    pub lex: Lex,
    pub kind: TokenKind,
    /// First character is uppercase.
    pub cap: bool,
    /// Whitespace follows the word.
    pub space_after: bool,
    /// The word ends with a period (`Jan.`).
    pub period: bool,
}

/// How a partial date finds its year (or a weekday its week).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shift {
    /// From the tense of the sentence (`in January`, `on Friday`).
    Tense,
    /// The last one before the reference (`last September`).
    Last,
    /// The next one after the reference (`next Friday`).
    Next,
    /// The one of the reference's year or week (`this summer`).
    This,
}

/// What a relative offset counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchoring {
    /// The reference (document) date: `yesterday`, `two years ago`.
    Dct,
    /// The last date mentioned, or the reference date: `the following day`, `a year
    /// earlier`.
    Anaphor,
    /// The reference date, but aligned with a period just mentioned: `a year ago` after `the
    /// third quarter` is the third quarter of last year.
    Ago,
}

/// A calendar point, possibly partial or relative.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum DateSpec {
    /// Year, month and day as far as given; a missing year is inferred with `shift`.
    Cal {
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
        shift: Shift,
    },
    /// A month in the year of the last date mentioned: `August of that year`.
    InAnchorYear {
        month: u8,
        years: i32,
    },
    /// A month (and day) in a year relative to the reference: `June last year`.
    InRelYear {
        month: u8,
        day: Option<u8>,
        years: i32,
    },
    Weekday {
        d: u8,
        shift: Shift,
    },
    /// `199` for the 1990s.
    Decade(i32),
    /// `19` for the twentieth century.
    Century(i32),
    /// `'90s`: a decade whose century comes from the reference date.
    ShortDecade(u8),
    /// `back`: years to subtract once resolved (`the year-ago third quarter`).
    Quarter {
        year: Option<i32>,
        q: u8,
        shift: Shift,
        back: i8,
    },
    Half {
        year: Option<i32>,
        h: u8,
    },
    Season {
        year: Option<i32>,
        s: Season,
        shift: Shift,
    },
    Offset {
        unit: Unit,
        n: i32,
        anchoring: Anchoring,
    },
    Weekend {
        shift: Shift,
    },
    Holiday {
        h: Holiday,
        year: Option<i32>,
        shift: Shift,
    },
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum TimeSpec {
    Part(Part),
    Clock(u8, u8),
}

/// A date with an optional time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Point {
    pub date: DateSpec,
    pub time: Option<TimeSpec>,
}

/// What a recurring expression recurs on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum SetVal {
    Every { n: f64, unit: Unit },
    Weekday(u8),
    Month(u8),
    Season(Season),
    Part(Part),
    Weekend,
}

/// The meaning of a match, before resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Sem {
    Point(Point),
    /// `None` amount: unspecified (`years`, `several days`).
    Duration {
        amount: Option<f64>,
        unit: Unit,
    },
    Ref(RefKind),
    Set {
        value: SetVal,
        quant: Option<&'static str>,
        freq: Option<u32>,
    },
    Range(Point, Point),
}

/// A match: words `start..end` of the region.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub ty: TimexType,
    pub modifier: Option<Mod>,
    pub rule: &'static str,
}

fn cand(start: usize, end: usize, sem: Sem, ty: TimexType, rule: &'static str) -> Option<Cand> {
    Some(Cand { start, end, sem, ty, modifier: None, rule })
}

fn date(d: DateSpec) -> Sem {
    Sem::Point(Point { date: d, time: None })
}

fn pick(a: Option<Cand>, b: Option<Cand>) -> Option<Cand> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.end > x.end { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// The grammar over the words of one region.
pub(crate) struct Parser<'a> {
    pub text: &'a str,
    pub ws: &'a [W],
    /// Whether `from X to Y` and `between X and Y` make one range.
    pub join_ranges: bool,
    /// Four-digit numbers taken as years without a cue around them.
    pub bare_years: &'a std::ops::RangeInclusive<i32>,
}

impl<'a> Parser<'a> {
    fn lx(&self, i: usize) -> Lex {
        self.ws.get(i).map_or(Lex::Punct, |w| w.lex)
    }

    fn fw(&self, i: usize, f: Fw) -> bool {
        self.lx(i) == Lex::Fw(f)
    }

    fn txt(&self, i: usize) -> &'a str {
        self.ws.get(i).and_then(|w| w.span.get(self.text)).unwrap_or("")
    }

    fn w(&self, i: usize) -> Option<&W> {
        self.ws.get(i)
    }

    /// Whether words `i` and `i + 1` are glued (no whitespace between): `mid-2023`.
    fn glued(&self, i: usize) -> bool {
        self.w(i).is_some_and(|w| !w.space_after)
    }

    fn is_the(&self, i: usize) -> bool {
        self.fw(i, Fw::The)
    }

    fn modw(&self, i: usize, m: ModWord) -> bool {
        self.lx(i) == Lex::Mod(m)
    }

    fn rel(&self, i: usize) -> Option<Rel> {
        match self.lx(i) {
            Lex::Rel(r) => Some(r),
            _ => None,
        }
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lx(i) {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            _ => None,
        }
    }

    fn is_all_caps(&self, i: usize) -> bool {
        let t = self.txt(i);
        t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
    }

    /// Skips a hyphen glued on both sides (`five-year`).
    fn hyphen(&self, i: usize) -> Option<usize> {
        (self.lx(i) == Lex::Dash
            && self.txt(i) == "-"
            && self.glued(i.wrapping_sub(1))
            && self.glued(i))
        .then_some(i + 1)
    }

    // ----------------------------------------------------------------- entry point

    /// The longest expression starting at word `i`.
    pub(crate) fn parse_at(&self, i: usize) -> Option<Cand> {
        let w = self.w(i)?;
        // Fast exit: most words cannot start an expression.
        match w.lex {
            Lex::Other | Lex::Punct | Lex::Comma | Lex::Slash | Lex::Possessive | Lex::Dash => {
                return None;
            }
            _ => {}
        }
        let mut best = self.core(i);
        best = pick(best, self.with_position_mod(i));
        best = pick(best, self.with_quantity_mod(i));
        if self.join_ranges {
            best = pick(best, self.r_range(i));
        }
        let c = best?;
        Some(self.suffix_mod(c))
    }

    /// Every core rule at `i`, longest wins.
    fn core(&self, i: usize) -> Option<Cand> {
        let mut best = None;
        best = pick(best, self.r_month(i));
        best = pick(best, self.r_day_month(i));
        best = pick(best, self.r_numdate(i));
        best = pick(best, self.r_year(i));
        best = pick(best, self.r_decade(i));
        best = pick(best, self.r_century(i));
        best = pick(best, self.r_quarter(i));
        best = pick(best, self.r_season(i));
        best = pick(best, self.r_deictic(i));
        best = pick(best, self.r_ref(i));
        best = pick(best, self.r_rel(i));
        best = pick(best, self.r_weekday(i));
        best = pick(best, self.r_duration(i));
        best = pick(best, self.r_duration_range(i));
        best = pick(best, self.r_time(i));
        best = pick(best, self.r_set(i));
        best = pick(best, self.r_holiday(i));
        best = pick(best, self.r_the_unit(i));
        best = pick(best, self.r_spelled_year(i));
        best
    }

    /// `the weekend`, `the year`, `the fiscal year`, `the latest period`, `the next morning`,
    /// `year-end`, `year-earlier`.
    fn r_the_unit(&self, i: usize) -> Option<Cand> {
        let dct = |unit, n| date(DateSpec::Offset { unit, n, anchoring: Anchoring::Dct });
        // `year-end`, `year end`, `year's end`; `year-earlier`, `year-ago` (adjectives).
        if self.unit(i) == Some((Unit::Year, false)) {
            let k = self.hyphen(i + 1).unwrap_or(i + 1);
            let k = if self.lx(k) == Lex::Possessive { k + 1 } else { k };
            if self.modw(k, ModWord::End) {
                let c = cand(i, k + 1, dct(Unit::Year, 0), TimexType::Date, "year-end")?;
                return Some(Cand { modifier: Some(Mod::End), ..c });
            }
            if self.hyphen(i + 1).is_some()
                && matches!(self.lx(i + 2), Lex::Fw(Fw::Ago) | Lex::Mod(ModWord::Earlier))
            {
                let sem =
                    date(DateSpec::Offset { unit: Unit::Year, n: -1, anchoring: Anchoring::Ago });
                return cand(i, i + 3, sem, TimexType::Date, "year-ago");
            }
            return None;
        }
        if !self.is_the(i) {
            return None;
        }
        let mut j = i + 1;
        let mut n = 0;
        match (self.rel(j), self.lx(j)) {
            (Some(Rel::Latest | Rel::Previous | Rel::Prior), _) => {
                n = -1;
                j += 1;
            }
            (Some(Rel::Current), _) | (_, Lex::Fw(Fw::Full | Fw::Whole | Fw::Entire)) => j += 1,
            (Some(Rel::Next | Rel::Following), _) if matches!(self.lx(j + 1), Lex::Part(_)) => {
                // `the next morning`.
                let Lex::Part(p) = self.lx(j + 1) else { return None };
                if matches!(p, Part::Noon | Part::Midnight) {
                    return None;
                }
                let sem = Sem::Point(Point {
                    date: DateSpec::Offset { unit: Unit::Day, n: 1, anchoring: Anchoring::Anaphor },
                    time: Some(TimeSpec::Part(p)),
                });
                return cand(i, j + 2, sem, TimexType::Time, "the-next-part");
            }
            _ => {}
        }
        let fiscal = self.fw(j, Fw::Fiscal);
        if fiscal {
            j += 1;
        }
        // `the latest period` of a report: the last quarter.
        if n == -1 && !fiscal && self.txt(j) == "period" {
            return cand(i, j + 1, dct(Unit::Quarter, -1), TimexType::Date, "the-period");
        }
        let (unit, false) = self.unit(j)? else { return None };
        // `the year-earlier`, `the year 2000`, `the week of`: other rules.
        if self.lx(j + 1) == Lex::Dash || self.fw(j + 1, Fw::Of) && unit != Unit::Weekend {
            return None;
        }
        if matches!(self.lx(j + 1), Lex::Digits { .. }) {
            return None;
        }
        match unit {
            Unit::Weekend => cand(
                i,
                j + 1,
                date(DateSpec::Weekend { shift: Shift::Tense }),
                TimexType::Date,
                "the-weekend",
            ),
            Unit::Year if fiscal || j > i + 1 => {
                cand(i, j + 1, dct(Unit::Year, n), TimexType::Date, "the-year")
            }
            Unit::Year | Unit::Week | Unit::Month if j == i + 1 => {
                // `for the year` is a stretch of time; `the year` elsewhere the year in question.
                let prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
                if matches!(prev, Lex::Fw(Fw::For | Fw::During | Fw::Through))
                    || prev == Lex::Mod(ModWord::Over)
                {
                    let sem = Sem::Duration { amount: Some(1.0), unit };
                    return cand(i, j + 1, sem, TimexType::Duration, "the-unit-duration");
                }
                let sem = date(DateSpec::Offset { unit, n: 0, anchoring: Anchoring::Anaphor });
                cand(i, j + 1, sem, TimexType::Date, "the-unit")
            }
            _ => None,
        }
    }

    /// `nineteen ninety-six`, `nineteen eighty`: a year in words.
    fn r_spelled_year(&self, i: usize) -> Option<Cand> {
        let Lex::NumWord(c @ 11..=20) = self.lx(i) else { return None };
        let Lex::NumWord(t @ (10..=90)) = self.lx(i + 1) else { return None };
        if t % 10 != 0 && t > 19 {
            return None;
        }
        let mut y = c * 100 + t;
        let mut end = i + 2;
        if t >= 20 {
            let k = self.hyphen(end).unwrap_or(end);
            if let Lex::NumWord(u @ 1..=9) = self.lx(k) {
                y += u;
                end = k + 1;
            }
        }
        let y = i32::try_from(y).ok()?;
        let sem =
            date(DateSpec::Cal { year: Some(y), month: None, day: None, shift: Shift::Tense });
        cand(i, end, sem, TimexType::Date, "spelled-year")
    }

    // ----------------------------------------------------------------- modifiers

    /// `about`, `nearly`, `more than`, `at least`, `up to`, … before a core.
    fn with_quantity_mod(&self, i: usize) -> Option<Cand> {
        let (m, j) = match self.lx(i) {
            Lex::Mod(ModWord::About) => (Mod::Approx, i + 1),
            Lex::Mod(ModWord::Nearly) => (Mod::LessThan, i + 1),
            Lex::Mod(ModWord::Some) => (Mod::Approx, i + 1),
            Lex::Mod(ModWord::Over) => (Mod::MoreThan, i + 1),
            Lex::Mod(ModWord::Under) => (Mod::LessThan, i + 1),
            Lex::Mod(ModWord::More) if self.fw(i + 1, Fw::Than) => (Mod::MoreThan, i + 2),
            Lex::Mod(ModWord::Less | ModWord::Fewer) if self.fw(i + 1, Fw::Than) => {
                (Mod::LessThan, i + 2)
            }
            Lex::Mod(ModWord::Close) if self.fw(i + 1, Fw::To) => (Mod::Approx, i + 2),
            Lex::Fw(Fw::At) if self.modw(i + 1, ModWord::Least) => (Mod::EqualOrMore, i + 2),
            Lex::Fw(Fw::At) if self.modw(i + 1, ModWord::Most) => (Mod::EqualOrLess, i + 2),
            Lex::Mod(ModWord::Up) if self.fw(i + 1, Fw::To) => (Mod::EqualOrLess, i + 2),
            Lex::Fw(Fw::No) if self.modw(i + 1, ModWord::More) && self.fw(i + 2, Fw::Than) => {
                (Mod::EqualOrLess, i + 3)
            }
            Lex::Fw(Fw::No) if self.modw(i + 1, ModWord::Less) && self.fw(i + 2, Fw::Than) => {
                (Mod::EqualOrMore, i + 3)
            }
            Lex::Mod(ModWord::Just | ModWord::Well) => {
                let inner = self.with_quantity_mod(i + 1)?;
                return Some(Cand { start: i, ..inner });
            }
            _ => return None,
        };
        // `over the past decade`, `under its two-year plan`, `over three years` (spread over):
        // prepositions. `for over a week` is more than a week.
        if matches!(self.lx(i), Lex::Mod(ModWord::Over | ModWord::Under | ModWord::Some)) {
            let amount = matches!(
                self.lx(j),
                Lex::Digits { .. } | Lex::NumWord(_) | Lex::Fw(Fw::A | Fw::An)
            );
            let prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
            let verb_before = i.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.txt(p),
                    "last" | "lasted" | "lasts" | "took" | "take" | "takes" | "spent" | "spend"
                )
            });
            let quantity_context = self.modw(i, ModWord::Some)
                || verb_before
                || matches!(
                    prev,
                    Lex::Fw(Fw::For | Fw::In | Fw::Of | Fw::After | Fw::Within | Fw::Than)
                );
            if !amount || !quantity_context {
                return None;
            }
        }
        let c = self.core(j).or_else(|| self.with_position_mod(j))?;
        let ok = match c.sem {
            Sem::Duration { .. } => true,
            // `some` only quantifies amounts; `over` and `under` before a date are prepositions.
            // `almost two years ago`: approximately a date.
            Sem::Point(_) if c.rule == "offset" => true,
            Sem::Point(_) | Sem::Range(..) => m == Mod::Approx && !self.modw(i, ModWord::Some),
            _ => false,
        };
        if !ok {
            return None;
        }
        // `about two years ago` is a date, approximately.
        let m = if matches!(c.sem, Sem::Point(_)) { Mod::Approx } else { m };
        Some(Cand { start: i, modifier: Some(m), ..c })
    }

    /// `early`, `late`, `mid-`, `the end of`, `the beginning of`, … before a date.
    fn with_position_mod(&self, i: usize) -> Option<Cand> {
        let (m, j) = match self.lx(i) {
            Lex::Mod(ModWord::Early) => (Mod::Early, i + 1),
            Lex::Mod(ModWord::Late) => (Mod::Late, i + 1),
            Lex::Mod(ModWord::Mid) => (Mod::Mid, self.hyphen(i + 1).unwrap_or(i + 1)),
            Lex::Fw(Fw::The) => {
                let (m, k) = match self.lx(i + 1) {
                    Lex::Mod(ModWord::End) => (Mod::End, i + 2),
                    Lex::Mod(ModWord::Beginning | ModWord::Start) => (Mod::Start, i + 2),
                    Lex::Mod(ModWord::Middle) => (Mod::Mid, i + 2),
                    Lex::Mod(ModWord::Turn) => (Mod::Start, i + 2),
                    Lex::Mod(ModWord::Early) => (Mod::Early, i + 2),
                    Lex::Mod(ModWord::Late) => (Mod::Late, i + 2),
                    Lex::Mod(ModWord::Mid) => (Mod::Mid, self.hyphen(i + 2).unwrap_or(i + 2)),
                    Lex::Rel(Rel::Last) | Lex::Ordinal(1 | 2)
                        if self.modw(i + 2, ModWord::Half) =>
                    {
                        return self.half_of(i);
                    }
                    _ => return None,
                };
                if matches!(m, Mod::End | Mod::Start | Mod::Mid) && self.txt(i + 1) != "mid" {
                    if !self.fw(k, Fw::Of) {
                        return None;
                    }
                    (m, k + 1)
                } else {
                    (m, k)
                }
            }
            _ => return None,
        };
        let c = self.core(j)?;
        match c.sem {
            Sem::Point(p) => {
                if matches!(c.ty, TimexType::Duration) {
                    return None;
                }
                // `the end of` needs a period, not a day.
                let _ = p;
                let ty = c.ty;
                let mut out = Cand { start: i, modifier: Some(m), ..c };
                // TimeBank/TIMEX3 put `the beginning of May` on the month with START.
                out.ty = ty;
                Some(out)
            }
            _ => None,
        }
    }

    /// `the first half of 1990`, `the last half of the '80s`.
    fn half_of(&self, i: usize) -> Option<Cand> {
        let h = match self.lx(i + 1) {
            Lex::Ordinal(1) => 1,
            _ => 2,
        };
        if !self.fw(i + 3, Fw::Of) {
            return None;
        }
        let c = self.core(i + 4)?;
        match c.sem {
            Sem::Point(Point {
                date: DateSpec::Cal { year, month: None, day: None, .. }, ..
            }) => cand(i, c.end, date(DateSpec::Half { year, h }), TimexType::Date, "half-of-year"),
            Sem::Point(Point { date: DateSpec::Offset { unit: Unit::Year, .. }, .. }) => {
                Some(Cand {
                    start: i,
                    modifier: Some(if h == 1 { Mod::Early } else { Mod::Late }),
                    ..c
                })
            }
            Sem::Point(_) => Some(Cand {
                start: i,
                modifier: Some(if h == 1 { Mod::Early } else { Mod::Late }),
                ..c
            }),
            _ => None,
        }
    }

    /// `or so`, `or more`, `or later`, `and beyond` after a core.
    fn suffix_mod(&self, c: Cand) -> Cand {
        let e = c.end;
        let next = self.lx(e);
        let after = self.lx(e + 1);
        let m = match (next, after, c.sem) {
            (Lex::Fw(Fw::Or), Lex::Fw(Fw::So), _) => Some((Mod::Approx, e + 2)),
            (Lex::Fw(Fw::Or), Lex::Mod(ModWord::More), Sem::Duration { .. }) => {
                Some((Mod::EqualOrMore, e + 2))
            }
            (Lex::Fw(Fw::Or), Lex::Mod(ModWord::Later), Sem::Point(_)) => {
                Some((Mod::OnOrAfter, e + 2))
            }
            (Lex::Fw(Fw::And), Lex::Fw(Fw::Beyond), Sem::Point(_)) => Some((Mod::OnOrAfter, e + 2)),
            (Lex::Fw(Fw::Or), Lex::Mod(ModWord::Earlier), Sem::Point(_)) => {
                Some((Mod::OnOrBefore, e + 2))
            }
            _ => None,
        };
        match m {
            Some((m, end)) if c.modifier.is_none() => Cand { end, modifier: Some(m), ..c },
            _ => c,
        }
    }

    // ----------------------------------------------------------------- pieces

    /// A month name at `i`, capitalised (or in an all-caps text).
    fn month(&self, i: usize) -> Option<(u8, bool)> {
        let w = self.w(i)?;
        match w.lex {
            Lex::Month { m, abbr } if w.cap => Some((m, abbr)),
            _ => None,
        }
    }

    /// A day of the month at `i`: `19`, `19th`, `nineteenth` (not `19 years`, `19%`).
    fn day(&self, i: usize) -> Option<u8> {
        let d = match self.lx(i) {
            Lex::Digits { n, len: 1..=2 } => n,
            Lex::Ordinal(n) => n,
            _ => return None,
        };
        if !(1..=31).contains(&d) {
            return None;
        }
        match self.lx(i + 1) {
            Lex::Unit { .. } | Lex::Fw(Fw::Times | Fw::Old) | Lex::AmPm(_) => return None,
            _ => {}
        }
        if matches!(self.txt(i + 1), "%" | "percent" | "per") {
            return None;
        }
        u8::try_from(d).ok()
    }

    /// A four-digit year at `i` (any year 1000–2999 in an explicit date), or a shorter one
    /// with an era (`218 BC`). Returns the year and the end.
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        match self.lx(i) {
            Lex::Digits { n, len } => {
                let n = i32::try_from(n).ok()?;
                match self.lx(i + 1) {
                    Lex::Era(bc) if len <= 4 && n > 0 => {
                        return Some((if bc { 1 - n } else { n }, i + 2));
                    }
                    _ => {}
                }
                if len == 4 && (1000..=2999).contains(&n) {
                    // Not the first half of a range of numbers glued by a hyphen (`1990-92` is
                    // handled by the range rule) nor a thousands group.
                    return Some((n, i + 1));
                }
                None
            }
            Lex::Era(false) => match self.lx(i + 1) {
                Lex::Digits { n, len: 1..=4 } if n > 0 => Some((i32::try_from(n).ok()?, i + 2)),
                _ => None,
            },
            _ => None,
        }
    }

    /// A year standing alone (`in 1948`): not a count (`1500 soldiers`), not money.
    fn bare_year(&self, i: usize) -> Option<(i32, usize)> {
        let (y, end) = self.year(i)?;
        if end > i + 1 {
            return Some((y, end));
        }
        let prev = i.checked_sub(1).map(|p| (self.lx(p), self.txt(p)));
        if let Some((_, t)) = prev
            && matches!(
                t,
                "$" | "£"
                    | "€"
                    | "#"
                    | "No."
                    | "no."
                    | "No"
                    | "number"
                    | "Number"
                    | "Flight"
                    | "flight"
                    | "Route"
                    | "route"
            )
        {
            return None;
        }
        let next_t = self.txt(i + 1);
        if matches!(next_t, "%" | "percent") {
            return None;
        }
        let strong_context = matches!(
            prev.map(|p| p.0),
            Some(
                Lex::Fw(
                    Fw::In
                        | Fw::Since
                        | Fw::Of
                        | Fw::By
                        | Fw::Until
                        | Fw::From
                        | Fw::To
                        | Fw::Through
                        | Fw::During
                        | Fw::Before
                        | Fw::After
                        | Fw::Between
                        | Fw::Fiscal
                ) | Lex::Month { .. }
                    | Lex::Season(_)
                    | Lex::Mod(_)
                    | Lex::Comma
            )
        );
        if !strong_context && !self.bare_years.contains(&y) {
            return None;
        }
        // `1500 soldiers`, `2000 troops`: a plural noun after the number makes it a count.
        if let Some(nw) = self.w(i + 1)
            && nw.kind == TokenKind::Word
            && !nw.cap
            && next_t.len() > 3
            && next_t.ends_with('s')
            && !next_t.ends_with("ss")
            && !matches!(
                next_t,
                "was"
                    | "has"
                    | "does"
                    | "this"
                    | "thus"
                    | "its"
                    | "his"
                    | "as"
                    | "is"
                    | "saw"
                    | "sees"
                    | "says"
                    | "makes"
                    | "marks"
                    | "remains"
                    | "seems"
                    | "comes"
                    | "goes"
                    | "brings"
                    | "becomes"
            )
        {
            return None;
        }
        // A number in a list of numbers (`1948 and 1949 rounds` are years, `2000 2500` not).
        if let Some(Lex::Digits { .. }) = prev.map(|p| p.0) {
            return None;
        }
        if matches!(self.lx(i + 1), Lex::Unit { .. })
            && !matches!(self.lx(i + 1), Lex::Unit { plural: false, .. })
        {
            return None;
        }
        Some((y, end))
    }

    /// `, 2024` or ` 2024` or ` of 2024` after a date part: the year and the end.
    fn trailing_year(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.lx(i) == Lex::Comma || self.fw(i, Fw::Of) { i + 1 } else { i };
        let (y, e) = self.year(j)?;
        // `June 19, 2024 troops` is unlikely; `in May 2000 soldiers` would be odd too.
        Some((y, e))
    }

    // ----------------------------------------------------------------- rules

    /// `[Friday,] June 19[, 2024]`, `June 19-20`, `June 2024`, `June`.
    fn r_month(&self, i: usize) -> Option<Cand> {
        let (m, abbr) = self.month(i)?;
        let mut j = i + 1;
        // `June 19`, `Jun. 19th`, `June the 19th`.
        let k = if self.is_the(j) { j + 1 } else { j };
        if let Some(d) = self.day(k).filter(|&d| valid_day(None, m, d)) {
            j = k + 1;
            // Compact range: `June 19-20`, `June 19 - July 2`.
            if let Some(c) = self.month_day_range(i, m, d, j) {
                return Some(c);
            }
            let (year, end) = match self.trailing_year(j) {
                Some((y, e)) if valid_day(Some(y), m, d) => (Some(y), e),
                _ => (None, j),
            };
            if !valid_day(year, m, d) {
                return None;
            }
            let sem =
                date(DateSpec::Cal { year, month: Some(m), day: Some(d), shift: Shift::Tense });
            return cand(i, end, sem, TimexType::Date, "month-day");
        }
        // `June 2024`, `June of 2024`.
        if let Some((y, e)) = self.trailing_year(j)
            && (self.lx(j) != Lex::Comma || !abbr)
        {
            let sem = date(DateSpec::Cal {
                year: Some(y),
                month: Some(m),
                day: None,
                shift: Shift::Tense,
            });
            return cand(i, e, sem, TimexType::Date, "month-year");
        }
        // `August of that year`, `October of the following year`: the year of the last date.
        if self.fw(j, Fw::Of) {
            let k = if self.is_the(j + 1) { j + 2 } else { j + 1 };
            let years = match self.rel(k) {
                Some(Rel::That | Rel::Same) => Some(0),
                Some(Rel::Following | Rel::Next) if k == j + 2 => Some(1),
                Some(Rel::Previous | Rel::Prior) if k == j + 2 => Some(-1),
                _ => None,
            };
            if let Some(years) = years
                && self.unit(k + 1) == Some((Unit::Year, false))
            {
                let sem = date(DateSpec::InAnchorYear { month: m, years });
                return cand(i, k + 2, sem, TimexType::Date, "month-of-that-year");
            }
        }
        // `June last year`, `January this year`.
        if let (Some(Rel::Last | Rel::This | Rel::Next), Some((Unit::Year, false))) =
            (self.rel(j), self.unit(j + 1))
        {
            let years = match self.rel(j) {
                Some(Rel::Last) => -1,
                Some(Rel::Next) => 1,
                _ => 0,
            };
            let sem = date(DateSpec::InRelYear { month: m, day: None, years });
            return cand(i, j + 2, sem, TimexType::Date, "month-rel-year");
        }
        // `May - June 2024`? Rare; the month alone:
        if !self.month_alone_ok(i, m, abbr) {
            return None;
        }
        let sem =
            date(DateSpec::Cal { year: None, month: Some(m), day: None, shift: Shift::Tense });
        cand(i, j, sem, TimexType::Date, "month")
    }

    /// Whether a month name without day or year is a month here: `in May`, not `may` the verb,
    /// `March` the verb or `April` the name.
    fn month_alone_ok(&self, i: usize, m: u8, abbr: bool) -> bool {
        let Some(w) = self.w(i) else { return false };
        if abbr && !w.period {
            return false;
        }
        if abbr && w.period {
            // `Jan.` alone ends sentences often enough; accept after a preposition only.
        }
        let prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
        let prev_ok = matches!(
            prev,
            Lex::Fw(
                Fw::In
                    | Fw::Since
                    | Fw::Until
                    | Fw::By
                    | Fw::During
                    | Fw::From
                    | Fw::Through
                    | Fw::To
                    | Fw::Of
                    | Fw::Before
                    | Fw::After
                    | Fw::Between
                    | Fw::And
                    | Fw::Or
                    | Fw::Each
                    | Fw::Every
            ) | Lex::Mod(_)
                | Lex::Rel(_)
        );
        let next = self.lx(i + 1);
        let next_ok = matches!(next, Lex::Comma | Lex::Punct)
            || matches!(next, Lex::Fw(Fw::And | Fw::Or | Fw::To | Fw::Through));
        let ambiguous = matches!(m, 3 | 4 | 5 | 6 | 8);
        if ambiguous {
            // Sentence-initial `May` is a modal more often than a month.
            if !prev_ok {
                return false;
            }
            // `in May be` is odd; `may` after `and` needs a month before.
            if matches!(prev, Lex::Fw(Fw::And | Fw::Or))
                && !i.checked_sub(2).is_some_and(|p| matches!(self.lx(p), Lex::Month { .. }))
            {
                return false;
            }
            // A name: `June Carter`, `April Ryan`.
            if self.w(i + 1).is_some_and(|n| {
                n.cap && n.kind == TokenKind::Word && !matches!(n.lex, Lex::Month { .. })
            }) && !self.is_all_caps(i)
            {
                return false;
            }
            return true;
        }
        if self
            .w(i + 1)
            .is_some_and(|n| n.cap && n.kind == TokenKind::Word && matches!(n.lex, Lex::Other))
            && !prev_ok
            && !self.is_all_caps(i)
        {
            // `December Boys`, but `In December Putin` passes through prev_ok.
            return false;
        }
        let _ = next_ok;
        true
    }

    /// After `Month D`: `-D2`, `-Month D2`, ` to D2` — a range in one expression.
    fn month_day_range(&self, i: usize, m: u8, d: u8, j: usize) -> Option<Cand> {
        let dash = self.lx(j) == Lex::Dash;
        let to = self.fw(j, Fw::To) || self.fw(j, Fw::Through) || self.fw(j, Fw::Until);
        if !dash && !to {
            return None;
        }
        let k = j + 1;
        let (m2, d2, e) = if let Some((m2, _)) = self.month(k) {
            let d2 = self.day(k + 1)?;
            (m2, d2, k + 2)
        } else {
            let d2 = self.day(k)?;
            if to && !self.join_ranges {
                return None;
            }
            (m, d2, k + 1)
        };
        if (m2, d2) <= (m, d) {
            return None;
        }
        let (year, end) = match self.trailing_year(e) {
            Some((y, e2)) => (Some(y), e2),
            None => (None, e),
        };
        if !valid_day(year, m, d) || !valid_day(year, m2, d2) {
            return None;
        }
        let a = Point {
            date: DateSpec::Cal { year, month: Some(m), day: Some(d), shift: Shift::Tense },
            time: None,
        };
        let b = Point {
            date: DateSpec::Cal { year, month: Some(m2), day: Some(d2), shift: Shift::Tense },
            time: None,
        };
        cand(i, end, Sem::Range(a, b), TimexType::Date, "month-day-range")
    }

    /// `19 June 2024`, `the 19th of June`, `19-20 June`.
    fn r_day_month(&self, i: usize) -> Option<Cand> {
        let j = if self.is_the(i) { i + 1 } else { i };
        let d = self.day(j)?;
        let mut k = j + 1;
        let mut d2 = None;
        if self.lx(k) == Lex::Dash
            && let Some(x) = self.day(k + 1)
            && x > d
        {
            d2 = Some(x);
            k += 2;
        }
        if self.fw(k, Fw::Of) {
            k += 1;
        }
        let (m, _) = self.month(k)?;
        let mut end = k + 1;
        let mut year = None;
        if let Some((y, e)) = self.trailing_year(end) {
            year = Some(y);
            end = e;
        }
        if !valid_day(year, m, d) {
            return None;
        }
        let a = Point {
            date: DateSpec::Cal { year, month: Some(m), day: Some(d), shift: Shift::Tense },
            time: None,
        };
        if let Some(d2) = d2 {
            if !valid_day(year, m, d2) {
                return None;
            }
            let b = Point {
                date: DateSpec::Cal { year, month: Some(m), day: Some(d2), shift: Shift::Tense },
                time: None,
            };
            return cand(i, end, Sem::Range(a, b), TimexType::Date, "day-month-range");
        }
        cand(i, end, Sem::Point(a), TimexType::Date, "day-month")
    }

    /// `6/19/2024`, `2024-06-19`, `19.06.2024`.
    fn r_numdate(&self, i: usize) -> Option<Cand> {
        match self.lx(i) {
            Lex::NumDate { y: Some(y), m, d } if valid_day(Some(y), m, d) => {
                let sem = date(DateSpec::Cal {
                    year: Some(y),
                    month: Some(m),
                    day: Some(d),
                    shift: Shift::Tense,
                });
                cand(i, i + 1, sem, TimexType::Date, "numeric-date")
            }
            // `2024-06-19` split at the hyphens.
            Lex::Digits { n, len: 4 } => {
                let (m, d) = match (self.lx(i + 1), self.lx(i + 2), self.lx(i + 3), self.lx(i + 4))
                {
                    (
                        Lex::Dash,
                        Lex::Digits { n: m, len: 2 },
                        Lex::Dash,
                        Lex::Digits { n: d, len: 2 },
                    ) if self.glued(i)
                        && self.glued(i + 1)
                        && self.glued(i + 2)
                        && self.glued(i + 3) =>
                    {
                        (u8::try_from(m).ok()?, u8::try_from(d).ok()?)
                    }
                    _ => return None,
                };
                let y = i32::try_from(n).ok()?;
                if !valid_day(Some(y), m, d) {
                    return None;
                }
                let sem = date(DateSpec::Cal {
                    year: Some(y),
                    month: Some(m),
                    day: Some(d),
                    shift: Shift::Tense,
                });
                cand(i, i + 5, sem, TimexType::Date, "iso-date")
            }
            // `on 6/19`: month/day without year, only after `on`.
            Lex::NumDate { y: None, m, d }
                if i.checked_sub(1).is_some_and(|p| self.fw(p, Fw::On))
                    && valid_day(None, m, d) =>
            {
                let sem = date(DateSpec::Cal {
                    year: None,
                    month: Some(m),
                    day: Some(d),
                    shift: Shift::Tense,
                });
                cand(i, i + 1, sem, TimexType::Date, "numeric-month-day")
            }
            _ => None,
        }
    }

    /// `1948`, `218 BC`, `1990-92`, `the year 2000`, `fiscal 1989`, `FY2024`.
    fn r_year(&self, i: usize) -> Option<Cand> {
        match self.lx(i) {
            Lex::FiscalYear(y) => {
                let sem = date(DateSpec::Cal {
                    year: Some(y),
                    month: None,
                    day: None,
                    shift: Shift::Tense,
                });
                return cand(i, i + 1, sem, TimexType::Date, "fiscal-year");
            }
            Lex::Fw(Fw::Fiscal) => {
                // `fiscal 1989`, `fiscal year 1989`, `fiscal 2024`.
                let mut j = i + 1;
                if self.unit(j) == Some((Unit::Year, false)) {
                    j += 1;
                }
                if let Some((y, e)) = self.year(j) {
                    let sem = date(DateSpec::Cal {
                        year: Some(y),
                        month: None,
                        day: None,
                        shift: Shift::Tense,
                    });
                    return cand(i, e, sem, TimexType::Date, "fiscal-year");
                }
                if self.txt(j) == "FY" || self.txt(j) == "fy" {
                    return None;
                }
                return None;
            }
            Lex::Fw(Fw::The) if self.unit(i + 1) == Some((Unit::Year, false)) => {
                let (y, e) = self.year(i + 2)?;
                let sem = date(DateSpec::Cal {
                    year: Some(y),
                    month: None,
                    day: None,
                    shift: Shift::Tense,
                });
                return cand(i, e, sem, TimexType::Date, "the-year-y");
            }
            _ => {}
        }
        if self.txt(i) == "FY"
            && let Some((y, e)) = self.year(i + 1)
        {
            let sem =
                date(DateSpec::Cal { year: Some(y), month: None, day: None, shift: Shift::Tense });
            return cand(i, e, sem, TimexType::Date, "fiscal-year");
        }
        let (y, e) = self.bare_year(i)?;
        // Decades are `1990` + `s`: leave them to the decade rule.
        if self.glued(e - 1) && matches!(self.txt(e), "s" | "S") {
            return None;
        }
        // Ranges `1990-92`, `2019-2021`, `2019–21`.
        if self.lx(e) == Lex::Dash
            && e == i + 1
            && let Lex::Digits { n, len } = self.lx(e + 1)
            && self.glued(e)
            && self.glued(e - 1)
        {
            let y2 = match len {
                2 => (y / 100) * 100 + i32::try_from(n).ok()?,
                4 => i32::try_from(n).ok()?,
                _ => -1,
            };
            if y2 > y && y2 - y < 100 {
                let a = Point {
                    date: DateSpec::Cal {
                        year: Some(y),
                        month: None,
                        day: None,
                        shift: Shift::Tense,
                    },
                    time: None,
                };
                let b = Point {
                    date: DateSpec::Cal {
                        year: Some(y2),
                        month: None,
                        day: None,
                        shift: Shift::Tense,
                    },
                    time: None,
                };
                return cand(i, e + 2, Sem::Range(a, b), TimexType::Date, "year-range");
            }
            if len == 2 || len == 4 {
                // Not a year range: a score, a code.
                return None;
            }
        }
        let sem =
            date(DateSpec::Cal { year: Some(y), month: None, day: None, shift: Shift::Tense });
        cand(i, e, sem, TimexType::Date, "year")
    }

    /// `the 1990s`, `the '90s`, `1990's`, `the nineties`, `the 1800s` (a century).
    fn r_decade(&self, i: usize) -> Option<Cand> {
        let j = if self.is_the(i) { i + 1 } else { i };
        let (sem, end) = match self.lx(j) {
            Lex::Decade { decade, short: false } => (date(DateSpec::Decade(decade)), j + 1),
            Lex::Decade { decade, short: true } => {
                (date(DateSpec::ShortDecade(u8::try_from(decade).ok()?)), j + 1)
            }
            Lex::DecadeWord(d) if j > i => (date(DateSpec::Decade(190 + i32::from(d))), j + 1),
            Lex::Digits { n, len: 4 }
                if n % 10 == 0 && self.glued(j) && matches!(self.txt(j + 1), "s" | "S") =>
            {
                let n = i32::try_from(n).ok()?;
                if n % 100 == 0 && j > i {
                    (date(DateSpec::Century(n / 100)), j + 2)
                } else {
                    (date(DateSpec::Decade(n / 10)), j + 2)
                }
            }
            Lex::Digits { n, len: 2 }
                if n % 10 == 0
                    && self.glued(j)
                    && matches!(self.txt(j + 1), "s" | "S")
                    && j > i =>
            {
                (date(DateSpec::ShortDecade(u8::try_from(n / 10).ok()?)), j + 2)
            }
            _ => return None,
        };
        cand(i, end, sem, TimexType::Date, "decade")
    }

    /// `the 20th century`, `the twentieth century`, `this century`.
    fn r_century(&self, i: usize) -> Option<Cand> {
        let j = if self.is_the(i) { i + 1 } else { i };
        let Lex::Ordinal(n) = self.lx(j) else { return None };
        let mut k = j + 1;
        if let Some(h) = self.hyphen(k) {
            k = h;
        }
        if self.unit(k) != Some((Unit::Century, false)) || !(1..=30).contains(&n) {
            return None;
        }
        let mut c = i32::try_from(n).ok()? - 1;
        let mut end = k + 1;
        if let Lex::Era(bc) = self.lx(end) {
            if bc {
                c = -c - 1;
            }
            end += 1;
        }
        cand(i, end, date(DateSpec::Century(c)), TimexType::Date, "century")
    }

    /// `the third quarter [of 1989]`, `third-quarter`, `Q3 2024`, `fiscal second-quarter`,
    /// `the 1988 third quarter`, `the first half`.
    fn r_quarter(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let mut the = false;
        // Where the span starts: `its` stays outside (`its third-quarter loss`).
        let mut start = i;
        if self.fw(j, Fw::Its) {
            j += 1;
            start = j;
            the = true;
        } else if self.is_the(j) {
            j += 1;
            the = true;
        }
        let mut year = None;
        // Years back from the resolved year: `last year's quarter`, `the year-ago quarter`.
        let mut back = 0i8;
        let mut shift = Shift::Tense;
        // `this year's third quarter`, `next year's first quarter`.
        if let Some(r @ (Rel::This | Rel::Last | Rel::Next)) = self.rel(j)
            && self.unit(j + 1) == Some((Unit::Year, false))
            && self.lx(j + 2) == Lex::Possessive
        {
            back = match r {
                Rel::Last => 1,
                Rel::Next => -1,
                _ => 0,
            };
            shift = Shift::This;
            j += 3;
            the = true;
        }
        // `the comparable year-ago quarter`, `the year-earlier third quarter`.
        if matches!(self.txt(j), "comparable" | "corresponding" | "same") && the {
            j += 1;
        }
        if self.unit(j) == Some((Unit::Year, false))
            && let Some(k) = self.hyphen(j + 1)
            && matches!(self.lx(k), Lex::Fw(Fw::Ago) | Lex::Mod(ModWord::Earlier))
        {
            back = 1;
            j = k + 1;
        }
        if let Some((y, e)) = self.year(j).filter(|_| the) {
            year = Some(y);
            j = e;
        }
        if self.fw(j, Fw::Fiscal) {
            j += 1;
            if let Some(h) = self.hyphen(j) {
                j = h;
            }
        }
        if let Lex::QuarterTok(q) = self.lx(j) {
            let mut end = j + 1;
            if let Some((y, e)) = self.trailing_year(end) {
                year = Some(y);
                end = e;
            }
            let sem = date(DateSpec::Quarter { year, q, shift, back });
            return cand(start, end, sem, TimexType::Date, "quarter");
        }
        let (n, mut k) = match self.lx(j) {
            Lex::Ordinal(n @ 1..=4) => (n, j + 1),
            Lex::Rel(Rel::Last) if the => (4, j + 1),
            Lex::Fw(Fw::Final) if the => (4, j + 1),
            _ => {
                // `the quarter`, `the latest quarter`, `the year-ago period`.
                if !the {
                    return None;
                }
                let (rel, k) = match self.rel(j) {
                    Some(r @ (Rel::Latest | Rel::Current | Rel::Recent | Rel::Same)) => {
                        (Some(r), j + 1)
                    }
                    _ => (None, j),
                };
                let period = back == 1 && self.txt(k) == "period";
                if (self.unit(k) != Some((Unit::Quarter, false)) && !period)
                    || self.fw(k + 1, Fw::Of)
                {
                    return None;
                }
                let n = if rel == Some(Rel::Current) { 0 } else { -1 } - 4 * i32::from(back);
                let sem =
                    date(DateSpec::Offset { unit: Unit::Quarter, n, anchoring: Anchoring::Dct });
                return cand(start, k + 1, sem, TimexType::Date, "the-quarter");
            }
        };
        let adjectival = self.hyphen(k).is_some();
        if let Some(h) = self.hyphen(k) {
            k = h;
        }
        if self.fw(k, Fw::Fiscal) {
            k += 1;
            if let Some(h) = self.hyphen(k) {
                k = h;
            }
        }
        let is_half = self.modw(k, ModWord::Half);
        if self.unit(k) != Some((Unit::Quarter, false)) && !is_half {
            return None;
        }
        if is_half && n > 2 {
            return None;
        }
        let mut end = k + 1;
        if year.is_none()
            && let Some((y, e)) = self.trailing_year(end)
        {
            year = Some(y);
            end = e;
        }
        // `the third-quarter loss`: the determiner belongs to the noun, not to the date.
        if adjectival && start == i && the && j == i + 1 && !self.fw(i, Fw::Its) {
            start = i + 1;
        }
        let q = u8::try_from(n).ok()?;
        let sem = if is_half {
            date(DateSpec::Half { year, h: q })
        } else {
            date(DateSpec::Quarter { year, q, shift, back })
        };
        cand(start, end, sem, TimexType::Date, if is_half { "half" } else { "quarter" })
    }

    /// `summer 2023`, `the summer of 1969`, `this spring`, `last fall`.
    fn r_season(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let mut shift = Shift::Tense;
        let mut strong = false;
        if self.is_the(j) {
            j += 1;
            strong = true;
        }
        match self.rel(j) {
            Some(Rel::This) if self.rel(j + 1) == Some(Rel::Past) => {
                shift = Shift::Last;
                j += 2;
                strong = true;
            }
            Some(Rel::This | Rel::Current) => {
                shift = Shift::This;
                j += 1;
                strong = true;
            }
            Some(Rel::Last | Rel::Past | Rel::Previous) => {
                shift = Shift::Last;
                j += 1;
                strong = true;
            }
            Some(Rel::Next | Rel::Coming) => {
                shift = Shift::Next;
                j += 1;
                strong = true;
            }
            _ => {}
        }
        let Lex::Season(s) = self.lx(j) else { return None };
        let mut end = j + 1;
        let mut year = None;
        if let Some((y, e)) = self.trailing_year(end).filter(|_| self.lx(end) != Lex::Comma) {
            year = Some(y);
            end = e;
            strong = true;
        }
        // `fall` and `spring` are verbs and nouns too: a season needs a determiner, a year or
        // a preposition before it.
        let prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
        if !strong {
            let prep = matches!(
                prev,
                Lex::Fw(
                    Fw::In
                        | Fw::Since
                        | Fw::During
                        | Fw::Until
                        | Fw::By
                        | Fw::Through
                        | Fw::Each
                        | Fw::Every
                ) | Lex::Mod(ModWord::Early | ModWord::Late | ModWord::Mid)
            );
            if !prep
                || matches!(s, Season::Fall | Season::Spring)
                    && !self.w(j).is_some_and(|w| w.cap)
                    && self.fw(end, Fw::Of)
            {
                return None;
            }
        }
        // `the fall of Berlin`, `the spring of discontent`.
        if year.is_none() && self.fw(end, Fw::Of) {
            return None;
        }
        let sem = date(DateSpec::Season { year, s, shift });
        cand(i, end, sem, TimexType::Date, "season")
    }

    /// `today`, `yesterday morning`, `tonight`, `the day before yesterday`.
    fn r_deictic(&self, i: usize) -> Option<Cand> {
        if self.is_the(i) && self.unit(i + 1) == Some((Unit::Day, false)) {
            let n = match (self.lx(i + 2), self.lx(i + 3)) {
                (Lex::Fw(Fw::Before), Lex::DayDeictic { offset: -1, .. }) => -2,
                (Lex::Fw(Fw::After), Lex::DayDeictic { offset: 1, .. }) => 2,
                _ => return None,
            };
            let sem = date(DateSpec::Offset { unit: Unit::Day, n, anchoring: Anchoring::Dct });
            return cand(i, i + 4, sem, TimexType::Date, "deictic-day");
        }
        let Lex::DayDeictic { offset, night } = self.lx(i) else { return None };
        let d =
            DateSpec::Offset { unit: Unit::Day, n: i32::from(offset), anchoring: Anchoring::Dct };
        if night {
            let sem = Sem::Point(Point { date: d, time: Some(TimeSpec::Part(Part::Night)) });
            return cand(i, i + 1, sem, TimexType::Time, "deictic-night");
        }
        if let Lex::Part(p) = self.lx(i + 1)
            && !matches!(p, Part::Noon | Part::Midnight)
        {
            let sem = Sem::Point(Point { date: d, time: Some(TimeSpec::Part(p)) });
            return cand(i, i + 2, sem, TimexType::Time, "deictic-part");
        }
        cand(i, i + 1, date(d), TimexType::Date, "deictic-day")
    }

    /// `now`, `currently`, `recently`, `the past`, `the future`, `these days`.
    fn r_ref(&self, i: usize) -> Option<Cand> {
        match self.lx(i) {
            Lex::Fw(Fw::Now) => {
                // `now that` is still `now`; `Now,` at the start too (TimeBank annotates both).
                cand(i, i + 1, Sem::Ref(RefKind::Present), TimexType::Date, "ref-now")
            }
            Lex::Fw(Fw::Right) if self.fw(i + 1, Fw::Now) => {
                cand(i, i + 2, Sem::Ref(RefKind::Present), TimexType::Date, "ref-now")
            }
            Lex::RefWord(r) => cand(i, i + 1, Sem::Ref(r), TimexType::Date, "ref-word"),
            Lex::Fw(Fw::These) if self.unit(i + 1) == Some((Unit::Day, true)) => {
                cand(i, i + 2, Sem::Ref(RefKind::Present), TimexType::Date, "ref-these-days")
            }
            Lex::Fw(Fw::The) => {
                let (r, k) = match (self.lx(i + 1), self.lx(i + 2)) {
                    (Lex::Rel(Rel::Past), next) => {
                        // `the past` alone, not `the past three months`.
                        if matches!(
                            next,
                            Lex::Unit { .. }
                                | Lex::Digits { .. }
                                | Lex::NumWord(_)
                                | Lex::Fw(Fw::Few | Fw::Several | Fw::Couple | Fw::Many)
                                | Lex::Season(_)
                                | Lex::Weekday { .. }
                                | Lex::Month { .. }
                        ) {
                            return None;
                        }
                        if self.w(i + 2).is_some_and(|w| {
                            w.kind == TokenKind::Word
                                && !matches!(w.lex, Lex::Fw(_) | Lex::Rel(_))
                                && !w.cap
                        }) {
                            // `the past president`: an adjective.
                            if !matches!(self.lx(i + 2), Lex::Fw(Fw::And | Fw::Or)) {
                                return None;
                            }
                        }
                        (RefKind::Past, i + 2)
                    }
                    (Lex::Fw(Fw::Term), _) if self.txt(i + 1).eq_ignore_ascii_case("future") => {
                        (RefKind::Future, i + 2)
                    }
                    (Lex::Fw(Fw::Present), _)
                        if !self.w(i + 2).is_some_and(|w| {
                            w.kind == TokenKind::Word && !matches!(w.lex, Lex::Fw(_))
                        }) =>
                    {
                        (RefKind::Present, i + 2)
                    }
                    (Lex::Fw(Fw::New), Lex::Fw(Fw::Term)) if false => (RefKind::Future, i + 3),
                    _ => {
                        // `the near future`, `the near term`, `the short term`, `the long term`.
                        let t = self.txt(i + 1);
                        if matches!(
                            t,
                            "near" | "short" | "long" | "foreseeable" | "distant" | "immediate"
                        ) && self.lx(i + 2) == Lex::Fw(Fw::Term)
                        {
                            let k = i + 3;
                            if matches!(t, "long") && !self.txt(i + 2).eq_ignore_ascii_case("term")
                            {
                                return None;
                            }
                            if self.hyphen_before(i + 2) {
                                return None;
                            }
                            (RefKind::Future, k)
                        } else {
                            return None;
                        }
                    }
                };
                cand(i, k, Sem::Ref(r), TimexType::Date, "ref-the")
            }
            _ => None,
        }
    }

    fn hyphen_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| self.lx(p) == Lex::Dash)
    }

    /// `last year`, `next week`, `this month`, `last September`, `next Friday`, `earlier this
    /// month`, `the following day`, `that year`, `the weekend`.
    fn r_rel(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let mut modifier = None;
        // `earlier this month`, `later this year`, `late last week`.
        match self.lx(j) {
            Lex::Mod(ModWord::Earlier) => {
                modifier = Some(Mod::Early);
                j += 1;
            }
            Lex::Mod(ModWord::Later) => {
                modifier = Some(Mod::Late);
                j += 1;
            }
            _ => {}
        }
        if modifier.is_some() && self.fw(j, Fw::In) && self.is_the(j + 1) {
            // `earlier in the year`, `later in the week`.
            let (unit, false) = self.unit(j + 2)? else { return None };
            if !matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day) {
                return None;
            }
            let sem = date(DateSpec::Offset { unit, n: 0, anchoring: Anchoring::Dct });
            return Some(Cand {
                start: i,
                end: j + 3,
                sem,
                ty: TimexType::Date,
                modifier,
                rule: "rel-in-the",
            });
        }
        let the = self.is_the(j);
        if the {
            j += 1;
        }
        let rel = self.rel(j)?;
        let mut k = j + 1;
        let rel = match rel {
            Rel::This if self.rel(k) == Some(Rel::Past) => {
                k += 1;
                Rel::Last
            }
            Rel::This if self.rel(k) == Some(Rel::Coming) => {
                k += 1;
                Rel::Next
            }
            r => r,
        };
        // With `the`: `the following day`, `the previous year`, `the same day`; `the past
        // year` is a duration (handled there), `the last week` too.
        let anaphoric = the
            || matches!(rel, Rel::That | Rel::Following | Rel::Previous | Rel::Same | Rel::Prior);
        if the
            && !matches!(
                rel,
                Rel::Following
                    | Rel::Previous
                    | Rel::Same
                    | Rel::Next
                    | Rel::Prior
                    | Rel::Current
                    | Rel::Coming
            )
        {
            if rel == Rel::Past || rel == Rel::Last || rel == Rel::Latest || rel == Rel::Recent {
                return None;
            }
            if rel == Rel::That || rel == Rel::This {
                return None;
            }
        }
        if modifier.is_some()
            && !matches!(rel, Rel::This | Rel::Last | Rel::Next | Rel::That | Rel::Current)
        {
            return None;
        }
        let shift = match rel {
            Rel::Last | Rel::Past | Rel::Previous | Rel::Prior => Shift::Last,
            Rel::Next | Rel::Coming | Rel::Following => Shift::Next,
            _ => Shift::This,
        };
        // Weekday: `last Friday`, `this Monday morning`.
        if let Lex::Weekday { d, plural: false, .. } = self.lx(k) {
            if !self.w(k).is_some_and(|w| w.cap)
                || the
                    && anaphoric
                    && shift != Shift::Next
                    && rel != Rel::Previous
                    && rel != Rel::Following
            {
                return None;
            }
            if matches!(rel, Rel::That | Rel::Same | Rel::Recent | Rel::Latest) {
                return None;
            }
            let dspec = DateSpec::Weekday { d, shift };
            let (time, end) = match self.lx(k + 1) {
                Lex::Part(p) => (Some(TimeSpec::Part(p)), k + 2),
                _ => (None, k + 1),
            };
            let ty = if time.is_some() { TimexType::Time } else { TimexType::Date };
            return Some(Cand {
                start: i,
                end,
                sem: Sem::Point(Point { date: dspec, time }),
                ty,
                modifier,
                rule: "rel-weekday",
            });
        }
        // Month: `last September`, `this June`.
        if let Some((m, _)) = self.month(k) {
            if the
                || matches!(
                    rel,
                    Rel::That
                        | Rel::Same
                        | Rel::Recent
                        | Rel::Latest
                        | Rel::Current
                        | Rel::Following
                        | Rel::Previous
                        | Rel::Prior
                )
            {
                return None;
            }
            let sem = date(DateSpec::Cal { year: None, month: Some(m), day: None, shift });
            return Some(Cand {
                start: i,
                end: k + 1,
                sem,
                ty: TimexType::Date,
                modifier,
                rule: "rel-month",
            });
        }
        // Part of day: `this morning`, `last night`, `that evening`.
        if let Lex::Part(p) = self.lx(k) {
            if matches!(p, Part::Noon | Part::Midnight) {
                return None;
            }
            let n = match (rel, p) {
                (Rel::Last, Part::Night | Part::Evening) => -1,
                (Rel::This | Rel::That | Rel::Same, _) => 0,
                _ => return None,
            };
            let anchoring = if rel == Rel::This || rel == Rel::Last {
                Anchoring::Dct
            } else {
                Anchoring::Anaphor
            };
            let dspec = DateSpec::Offset { unit: Unit::Day, n, anchoring };
            let sem = Sem::Point(Point { date: dspec, time: Some(TimeSpec::Part(p)) });
            return Some(Cand {
                start: i,
                end: k + 1,
                sem,
                ty: TimexType::Time,
                modifier,
                rule: "rel-part",
            });
        }
        // Unit: `last year`, `next week`, `this month`, `the following day`.
        let (unit, plural) = self.unit(k)?;
        if plural {
            return None;
        }
        if matches!(rel, Rel::Recent | Rel::Latest) {
            return None;
        }
        let (n, anchoring) = match rel {
            Rel::Last | Rel::Past => (-1, Anchoring::Dct),
            Rel::Next | Rel::Coming if !the => (1, Anchoring::Dct),
            Rel::Next | Rel::Following | Rel::Coming => (1, Anchoring::Anaphor),
            Rel::Previous | Rel::Prior => {
                (-1, if the { Anchoring::Anaphor } else { Anchoring::Dct })
            }
            Rel::This | Rel::Current => (0, Anchoring::Dct),
            Rel::That | Rel::Same => (0, Anchoring::Anaphor),
            Rel::Recent | Rel::Latest => return None,
        };
        if unit == Unit::Weekend {
            let shift = match n {
                -1 => Shift::Last,
                1 => Shift::Next,
                _ => Shift::This,
            };
            let sem = date(DateSpec::Weekend { shift });
            return Some(Cand {
                start: i,
                end: k + 1,
                sem,
                ty: TimexType::Date,
                modifier,
                rule: "rel-weekend",
            });
        }
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second | Unit::Fortnight) {
            return None;
        }
        // `that day` before a noun phrase is still a day; `the same day` too. `this day and
        // age`: fine.
        // `the next day`, `the following year`: anaphoric; `the previous year`.
        // `this year's`: the possessive stays outside.
        let mut end = k + 1;
        // `the day before`, `the day after`: anaphoric day.
        let _ = &mut end;
        let sem = date(DateSpec::Offset { unit, n, anchoring });
        Some(Cand { start: i, end, sem, ty: TimexType::Date, modifier, rule: "rel-unit" })
    }

    /// `Friday`, `Friday, Oct. 13`, `Monday morning`, `on Mondays` (a set).
    fn r_weekday(&self, i: usize) -> Option<Cand> {
        let w = self.w(i)?;
        let Lex::Weekday { d, abbr, plural } = w.lex else { return None };
        if !w.cap {
            return None;
        }
        if abbr && !w.period {
            // `Sat`, `Sun`, `Wed` are words; `Fri` alone is rare: need a date after.
            let j = if self.lx(i + 1) == Lex::Comma { i + 2 } else { i + 1 };
            self.month(j)?;
        }
        if plural {
            let prev_on = i.checked_sub(1).is_some_and(|p| self.fw(p, Fw::On));
            if !prev_on {
                return None;
            }
            let sem = Sem::Set { value: SetVal::Weekday(d), quant: None, freq: None };
            return cand(i, i + 1, sem, TimexType::Set, "weekday-plural");
        }
        // `Friday, Oct. 13, 1989`, `Friday Oct. 13`.
        let j = if self.lx(i + 1) == Lex::Comma { i + 2 } else { i + 1 };
        if let Some(c) =
            self.r_month(j).filter(|c| matches!(c.rule, "month-day" | "month-day-range"))
        {
            return Some(Cand { start: i, ..c });
        }
        if let Some(c) = self.r_day_month(j).filter(|c| self.day(j).is_some() && c.end > j) {
            return Some(Cand { start: i, ..c });
        }
        // `Friday the 13th`.
        if self.is_the(i + 1)
            && let Some(day) = self.day(i + 2)
            && matches!(self.lx(i + 2), Lex::Ordinal(_))
        {
            let sem = date(DateSpec::Cal {
                year: None,
                month: None,
                day: Some(day),
                shift: Shift::Tense,
            });
            let _ = sem;
            let sem = date(DateSpec::Weekday { d, shift: Shift::Tense });
            return cand(i, i + 3, sem, TimexType::Date, "weekday-the-nth");
        }
        let dspec = DateSpec::Weekday { d, shift: Shift::Tense };
        if let Lex::Part(p) = self.lx(i + 1) {
            let sem = Sem::Point(Point { date: dspec, time: Some(TimeSpec::Part(p)) });
            return cand(i, i + 2, sem, TimexType::Time, "weekday-part");
        }
        cand(i, i + 1, date(dspec), TimexType::Date, "weekday")
    }

    /// A number at `i`: digits, words (`twenty four`, `twenty-four`, `one hundred`), `a`,
    /// `a couple of`, fractions (`2 1/2`, `two and a half`); `None` value for `several`,
    /// `a few`, `many`. Returns (value, end, exact).
    fn amount(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let (mut v, mut j): (Option<f64>, usize) = match self.lx(i) {
            Lex::Digits { n, len } if len <= 6 => (Some(f64::from(n)), i + 1),
            Lex::Other if self.w(i).is_some_and(|w| w.kind == TokenKind::Number) => {
                // `2.5`, `1,000`.
                let t = self.txt(i).replace(',', "");
                let x: f64 = t.parse().ok()?;
                (Some(x), i + 1)
            }
            Lex::NumWord(n) => {
                let mut v = n;
                let mut j = i + 1;
                // `twenty four`, `twenty-four`.
                if (20..100).contains(&n) && n % 10 == 0 {
                    let k = self.hyphen(j).unwrap_or(j);
                    if let Lex::NumWord(u @ 1..=9) = self.lx(k) {
                        v += u;
                        j = k + 1;
                    }
                }
                if let Lex::NumWord(100 | 1000) = self.lx(j) {
                    if let Lex::NumWord(m) = self.lx(j) {
                        v *= m;
                    }
                    j += 1;
                }
                (Some(f64::from(v)), j)
            }
            Lex::Fw(Fw::A | Fw::An) => match self.lx(i + 1) {
                Lex::Fw(Fw::Few) => (None, i + 2),
                Lex::Fw(Fw::Couple) => {
                    (Some(2.0), if self.fw(i + 2, Fw::Of) { i + 3 } else { i + 2 })
                }
                Lex::Fw(Fw::Number) if self.fw(i + 2, Fw::Of) => (None, i + 3),
                Lex::NumWord(n @ (12 | 100 | 1000)) => (Some(f64::from(n)), i + 2),
                _ => (Some(1.0), i + 1),
            },
            Lex::Fw(Fw::Several | Fw::Few | Fw::Many | Fw::Various | Fw::Numerous) => (None, i + 1),
            Lex::Fw(Fw::Dozens | Fw::Hundreds | Fw::Thousands) if self.fw(i + 1, Fw::Of) => {
                (None, i + 2)
            }
            Lex::Fw(Fw::Couple) if self.fw(i + 1, Fw::Of) => (Some(2.0), i + 2),
            _ => return None,
        };
        // `2 1/2`.
        if let (Some(x), Lex::NumDate { y: None, m, d }) = (v, self.lx(j))
            && m < d
            && (2..=4).contains(&d)
        {
            v = Some(x + f64::from(m) / f64::from(d));
            j += 1;
        }
        // `two and a half`.
        if let Some(x) = v
            && self.fw(j, Fw::And)
            && self.fw(j + 1, Fw::A)
            && self.modw(j + 2, ModWord::Half)
        {
            v = Some(x + 0.5);
            j += 3;
        }
        Some((v, j))
    }

    /// `24 years`, `the past three months`, `five-year`, `a couple of years`, `recent years`,
    /// `two years ago`, `a year earlier`, `8-month-old`.
    fn r_duration(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let mut the = false;
        if self.is_the(j) || self.fw(j, Fw::These) || self.fw(j, Fw::Those) || self.fw(j, Fw::Its) {
            the = true;
            j += 1;
        }
        // `the past`, `the next`, `the first`, `the coming`, `recent`.
        let mut rel = None;
        match self.lx(j) {
            Lex::Rel(
                r @ (Rel::Past
                | Rel::Last
                | Rel::Next
                | Rel::Coming
                | Rel::Previous
                | Rel::Following
                | Rel::Latest
                | Rel::Recent
                | Rel::Prior),
            ) => {
                rel = Some(r);
                j += 1;
            }
            Lex::Ordinal(1)
            | Lex::Fw(Fw::Final | Fw::Initial | Fw::Remaining | Fw::Another | Fw::Additional)
                if the || self.fw(j, Fw::Another) =>
            {
                rel = Some(Rel::Same);
                j += 1;
            }
            Lex::Fw(Fw::Another) => {
                rel = Some(Rel::Same);
                j += 1;
            }
            _ => {}
        }
        // `a three-year period`: the article is a determiner here, not the amount.
        if matches!(self.lx(j), Lex::Fw(Fw::A | Fw::An))
            && matches!(self.lx(j + 1), Lex::Digits { .. } | Lex::NumWord(_))
            && !matches!(self.lx(j + 1), Lex::NumWord(12 | 100 | 1000))
        {
            the = true;
            j += 1;
        }
        // `half an hour`, `half a century`.
        if self.modw(j, ModWord::Half) && (self.fw(j + 1, Fw::A) || self.fw(j + 1, Fw::An)) {
            let (unit, false) = self.unit(j + 2)? else { return None };
            let sem = Sem::Duration { amount: Some(0.5), unit };
            return cand(i, j + 3, sem, TimexType::Duration, "duration-half");
        }
        let (amount, mut k) = match self.amount(j) {
            Some((a, k)) => (a, k),
            None => (None, j),
        };
        let has_amount = k > j;
        // `the past two weeks` vs `the next few years`; `more`, `straight`.
        if matches!(
            self.lx(k),
            Lex::Fw(
                Fw::Additional | Fw::Straight | Fw::Consecutive | Fw::Full | Fw::Whole | Fw::Entire
            ) | Lex::Mod(ModWord::More)
        ) && (has_amount || the)
        {
            k += 1;
        }
        // Adjectival: `five-year`, `16-hour`, `8-month-old`, `day-long`.
        let adjectival = has_amount && self.hyphen(k).is_some();
        if adjectival {
            k += 1;
        }
        let (unit, plural) = self.unit(k)?;
        if unit == Unit::Weekend && !has_amount {
            return None;
        }
        // A number word alone before a unit is enough; a bare unit needs a context.
        let mut end = k + 1;
        if !has_amount {
            if adjectival {
                return None;
            }
            match rel {
                // `recent years`, `the past months`, `the coming weeks`, `the next year`.
                Some(
                    Rel::Recent
                    | Rel::Coming
                    | Rel::Past
                    | Rel::Last
                    | Rel::Next
                    | Rel::Following
                    | Rel::Previous
                    | Rel::Latest
                    | Rel::Prior,
                ) => {
                    if !plural && !the {
                        return None; // `last year`: the relative-date rule.
                    }
                    if !plural
                        && matches!(
                            rel,
                            Some(
                                Rel::Next
                                    | Rel::Following
                                    | Rel::Previous
                                    | Rel::Prior
                                    | Rel::Coming
                            )
                        )
                    {
                        return None; // `the next day`: anaphoric date.
                    }
                    if matches!(unit, Unit::Quarter) && !plural {
                        return None;
                    }
                }
                Some(_) => {
                    if !plural && !the {
                        return None;
                    }
                }
                None => {
                    if !plural {
                        return None;
                    }
                    if the || !self.bare_plural_ok(i, k) {
                        return None;
                    }
                }
            }
        }
        // `decade-long`, `years-long`. Ages (`a 6-year-old`, `52 years old`) are not times.
        if self.hyphen(end).is_some() && self.fw(end + 1, Fw::Long) {
            end += 2;
        } else if (self.hyphen(end).is_some() && self.fw(end + 1, Fw::Old)) || self.fw(end, Fw::Old)
        {
            return None;
        }
        // A unit that is part of a larger unit name: `quarter` in `a quarter of`, `a second`.
        if unit == Unit::Quarter && self.fw(end, Fw::Of) {
            return None;
        }
        if matches!(self.txt(end), "%" | "percent") {
            return None;
        }
        // `two years ago`, `a year earlier`, `five days later`, `two weeks from now`.
        let offset = match (self.lx(end), self.lx(end + 1)) {
            (Lex::Fw(Fw::Ago), _) => Some((-1, Anchoring::Ago, end + 1)),
            (Lex::Fw(Fw::Hence), _) => Some((1, Anchoring::Dct, end + 1)),
            (Lex::Fw(Fw::From), Lex::Fw(Fw::Now)) => Some((1, Anchoring::Dct, end + 2)),
            (Lex::Mod(ModWord::Earlier), _) => Some((-1, Anchoring::Anaphor, end + 1)),
            (Lex::Mod(ModWord::Later), _) => Some((1, Anchoring::Anaphor, end + 1)),
            (Lex::Fw(Fw::Before), next) if !self.np_starts(end + 1, next) => {
                Some((-1, Anchoring::Anaphor, end + 1))
            }
            (Lex::Fw(Fw::After), next) if !self.np_starts(end + 1, next) => {
                Some((1, Anchoring::Anaphor, end + 1))
            }
            _ => None,
        };
        if let Some((sign, anchoring, e)) = offset
            && !adjectival
            && rel.is_none()
            && !the
        {
            return match amount {
                Some(x) if x.fract() == 0.0 && x < 100_000.0 => {
                    let n = sign * (x as i32);
                    // `a decade ago` is a year, ten years back.
                    let (unit, n) = match unit {
                        Unit::Decade => (Unit::Year, n * 10),
                        Unit::Century => (Unit::Year, n * 100),
                        u => (u, n),
                    };
                    let sem = date(DateSpec::Offset { unit, n, anchoring });
                    cand(i, e, sem, TimexType::Date, "offset")
                }
                _ => {
                    let r = if sign < 0 { RefKind::Past } else { RefKind::Future };
                    cand(i, e, Sem::Ref(r), TimexType::Date, "offset-vague")
                }
            };
        }
        let mut amount = if has_amount {
            amount
        } else if plural {
            None
        } else {
            Some(1.0)
        };
        // `a year and a half`, `an hour and a half`.
        if self.fw(end, Fw::And) && self.fw(end + 1, Fw::A) && self.modw(end + 2, ModWord::Half) {
            amount = amount.map(|a| a + 0.5);
            end += 3;
        }
        // `$33 million a year`, `50 cents a day`: a rate, so a set.
        if self.fw(j, Fw::A) && k == j + 1 && !plural && !the && rel.is_none() {
            let prev = i.checked_sub(1).and_then(|p| self.w(p));
            let rate = prev.is_some_and(|w| {
                w.kind == TokenKind::Number
                    || matches!(
                        self.txt(i - 1),
                        "million"
                            | "billion"
                            | "trillion"
                            | "thousand"
                            | "percent"
                            | "%"
                            | "dollars"
                            | "cents"
                    )
            });
            if rate {
                let sem =
                    Sem::Set { value: SetVal::Every { n: 1.0, unit }, quant: None, freq: None };
                return cand(i, end, sem, TimexType::Set, "set-rate");
            }
        }
        // `two to three weeks`, `12 to 18 months`: the first amount, spanning both.
        let sem = Sem::Duration { amount, unit };
        let mut start = i;
        // `the eight-year war`, `its two-year plan`, `the two days of music`: the determiner
        // goes with the noun; `the past three months` keeps it.
        if the && rel.is_none() && has_amount && (adjectival || (!plural && amount != Some(1.0))) {
            start = i + 1;
        }
        // `a three-year period`, `its one-year term`: the period noun is part of it.
        if adjectival && matches!(self.txt(end), "period" | "term" | "span" | "stretch") {
            start = i;
            end += 1;
        }
        let mut c = cand(start, end, sem, TimexType::Duration, "duration")?;
        // `the weeks ahead`.
        if self.fw(end, Fw::Ahead) && the {
            c.end = end + 1;
        }
        Some(c)
    }

    /// `two to three weeks`, `12 to 18 months`.
    fn r_duration_range(&self, i: usize) -> Option<Cand> {
        let (Some(_), k) = self.amount(i)? else { return None };
        if !(self.fw(k, Fw::To) || self.fw(k, Fw::Or) || self.lx(k) == Lex::Dash) || k == i {
            return None;
        }
        let second = self.r_duration(k + 1)?;
        if second.start != k + 1 || second.ty != TimexType::Duration {
            return None;
        }
        let (Some(a), _) = self.amount(i)? else { return None };
        let Sem::Duration { unit, .. } = second.sem else { return None };
        let sem = Sem::Duration { amount: Some(a), unit };
        cand(i, second.end, sem, TimexType::Duration, "duration-range")
    }

    /// Whether words from `i` start a noun phrase (`after the war`), so that `before`/`after`
    /// are prepositions, not adverbs.
    fn np_starts(&self, i: usize, next: Lex) -> bool {
        match next {
            Lex::Punct | Lex::Comma => false,
            Lex::Fw(Fw::And | Fw::Or) => false,
            _ => self.w(i).is_some(),
        }
    }

    /// A plural unit with no number (`years`, `months`) is a duration after `for`, `in`,
    /// `over`, `within`, `after`, or before `ago`/`later`.
    fn bare_plural_ok(&self, i: usize, k: usize) -> bool {
        let prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
        let prev_ok = matches!(
            prev,
            Lex::Fw(Fw::For | Fw::In | Fw::Within | Fw::After | Fw::Before | Fw::During | Fw::Than)
        ) || prev == Lex::Mod(ModWord::Over);
        let next_ok = matches!(
            self.lx(k + 1),
            Lex::Fw(Fw::Ago) | Lex::Mod(ModWord::Later | ModWord::Earlier)
        );
        // `for years`, not `for years of service`? Both fine; but `in days of old` is rare.
        (prev_ok && !self.fw(k + 1, Fw::Of)) || next_ok
    }

    /// `5:30 p.m.`, `10 a.m. EDT`, `noon`, `midnight`, `6pm`, `10 p.m. Wednesday`.
    fn r_time(&self, i: usize) -> Option<Cand> {
        let (time, mut end) = match self.lx(i) {
            Lex::Clock { h, min } => {
                let mut end = i + 1;
                let mut h = h;
                if let Lex::AmPm(pm) = self.lx(end) {
                    h = to_24(h, pm)?;
                    end += 1;
                } else if !self.clock_context(i) {
                    return None;
                }
                (TimeSpec::Clock(h, min), end)
            }
            Lex::Digits { n: n @ 1..=12, len: 1..=2 } if self.fw(i + 1, Fw::OClock) => {
                (TimeSpec::Clock(u8::try_from(n).ok()?, 0), i + 2)
            }
            Lex::Digits { n, len: 1..=4 } => {
                let Lex::AmPm(pm) = self.lx(i + 1) else { return None };
                // `6pm` is glued; `6 pm`, `6 p.m.` spaced. `am` spaced is the verb: need dots.
                let t = self.txt(i + 1);
                if !self.glued(i) && !t.contains('.') && !t.eq_ignore_ascii_case("pm") {
                    return None;
                }
                let (h, min) = if n >= 100 { (n / 100, n % 100) } else { (n, 0) };
                if min >= 60 {
                    return None;
                }
                let h = to_24(u8::try_from(h).ok()?, pm)?;
                (TimeSpec::Clock(h, u8::try_from(min).ok()?), i + 2)
            }
            Lex::NumWord(n @ 1..=12) if self.fw(i + 1, Fw::OClock) => {
                (TimeSpec::Clock(u8::try_from(n).ok()?, 0), i + 2)
            }
            Lex::Part(Part::Noon) => (TimeSpec::Clock(12, 0), i + 1),
            Lex::Part(Part::Midnight) => (TimeSpec::Clock(0, 0), i + 1),
            _ => return None,
        };
        if self.lx(end) == Lex::Zone {
            end += 1;
        }
        // `4 in the morning`.
        if let TimeSpec::Clock(h, m) = time
            && self.fw(end, Fw::In)
            && self.is_the(end + 1)
            && let Lex::Part(p @ (Part::Morning | Part::Afternoon | Part::Evening | Part::Night)) =
                self.lx(end + 2)
        {
            let h = match p {
                Part::Morning => h % 12,
                _ if h < 12 => h + 12,
                _ => h,
            };
            let sem = Sem::Point(Point {
                date: DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor },
                time: Some(TimeSpec::Clock(h, m)),
            });
            return cand(i, end + 3, sem, TimexType::Time, "time");
        }
        // A day right after: `10 p.m. Wednesday`, `noon Thursday`, `9 a.m. today`.
        let j = if self.fw(end, Fw::On) { end + 1 } else { end };
        let day = self
            .r_deictic(j)
            .or_else(|| self.r_weekday(j))
            .or_else(|| self.r_month(j).filter(|c| c.rule == "month-day"));
        if let Some(d) = day
            && let Sem::Point(p) = d.sem
            && p.time.is_none()
            && j == end
        {
            let sem = Sem::Point(Point { date: p.date, time: Some(time) });
            return cand(i, d.end, sem, TimexType::Time, "time-day");
        }
        let sem = Sem::Point(Point {
            date: DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor },
            time: Some(time),
        });
        cand(i, end, sem, TimexType::Time, "time")
    }

    /// A clock time without a.m./p.m. is a time after `at`, `by`, `until`, `from`, `to`,
    /// `around`, or before a time zone.
    fn clock_context(&self, i: usize) -> bool {
        let prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
        matches!(
            prev,
            Lex::Fw(
                Fw::At
                    | Fw::By
                    | Fw::Until
                    | Fw::From
                    | Fw::To
                    | Fw::Before
                    | Fw::After
                    | Fw::Since
            ) | Lex::Mod(ModWord::About)
        ) || self.lx(i + 1) == Lex::Zone
    }

    /// `daily`, `every Monday`, `each year`, `twice a week`, `every other day`.
    fn r_set(&self, i: usize) -> Option<Cand> {
        match self.lx(i) {
            Lex::SetAdverb(unit) => {
                let sem =
                    Sem::Set { value: SetVal::Every { n: 1.0, unit }, quant: None, freq: None };
                cand(i, i + 1, sem, TimexType::Set, "set-adverb")
            }
            Lex::Fw(q @ (Fw::Every | Fw::Each)) => {
                let quant = if q == Fw::Every { "EVERY" } else { "EACH" };
                let mut j = i + 1;
                let mut n = 1.0;
                if self.fw(j, Fw::Other) {
                    n = 2.0;
                    j += 1;
                } else if let Some((Some(x), k)) = self.amount(j).filter(|_| !self.fw(j, Fw::A)) {
                    n = x;
                    j = k;
                }
                let value = match self.lx(j) {
                    Lex::Unit { unit, .. } => SetVal::Every { n, unit },
                    Lex::Weekday { d, .. } if self.w(j).is_some_and(|w| w.cap) => {
                        SetVal::Weekday(d)
                    }
                    Lex::Month { m, .. } if self.w(j).is_some_and(|w| w.cap) => SetVal::Month(m),
                    Lex::Season(s) => SetVal::Season(s),
                    Lex::Part(p) if !matches!(p, Part::Noon | Part::Midnight) => SetVal::Part(p),
                    _ => return None,
                };
                if matches!(value, SetVal::Every { unit: Unit::Weekend, .. }) {
                    let sem = Sem::Set { value: SetVal::Weekend, quant: Some(quant), freq: None };
                    return cand(i, j + 1, sem, TimexType::Set, "set-every");
                }
                let sem = Sem::Set { value, quant: Some(quant), freq: None };
                cand(i, j + 1, sem, TimexType::Set, "set-every")
            }
            Lex::Fw(Fw::Once | Fw::Twice | Fw::Thrice) | Lex::Digits { .. } | Lex::NumWord(_) => {
                let (freq, j) = match self.lx(i) {
                    Lex::Fw(Fw::Once) => (1, i + 1),
                    Lex::Fw(Fw::Twice) => (2, i + 1),
                    Lex::Fw(Fw::Thrice) => (3, i + 1),
                    _ => {
                        let (Some(x), k) = self.amount(i)? else { return None };
                        if !self.fw(k, Fw::Times) || x.fract() != 0.0 || x > 1000.0 {
                            return None;
                        }
                        (x as u32, k + 1)
                    }
                };
                let k = if matches!(
                    self.lx(j),
                    Lex::Fw(Fw::A | Fw::An | Fw::Per | Fw::Each | Fw::Every)
                ) {
                    j + 1
                } else {
                    return None;
                };
                let (unit, false) = self.unit(k)? else { return None };
                let sem = Sem::Set {
                    value: SetVal::Every { n: 1.0, unit },
                    quant: None,
                    freq: Some(freq),
                };
                cand(i, k + 1, sem, TimexType::Set, "set-times")
            }
            _ => None,
        }
    }

    /// `Christmas`, `Thanksgiving Day`, `New Year's Eve`, `Election Day`, `Easter 2024`.
    fn r_holiday(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let mut shift = Shift::Tense;
        match self.rel(j) {
            Some(Rel::Last) => {
                shift = Shift::Last;
                j += 1;
            }
            Some(Rel::Next) => {
                shift = Shift::Next;
                j += 1;
            }
            Some(Rel::This) => {
                shift = Shift::This;
                j += 1;
            }
            _ => {}
        }
        let w = self.w(j)?;
        if !w.cap {
            return None;
        }
        let is_day =
            |k: usize| self.unit(k) == Some((Unit::Day, false)) && self.w(k).is_some_and(|w| w.cap);
        let (h, mut end) = match w.lex {
            Lex::Holiday(h) => {
                let mut e = j + 1;
                if h == Holiday::Christmas && self.fw(e, Fw::Eve) {
                    return self.holiday_tail(i, Holiday::ChristmasEve, e + 1, shift);
                }
                if is_day(e)
                    || (h == Holiday::Easter && matches!(self.lx(e), Lex::Weekday { d: 7, .. }))
                {
                    e += 1;
                }
                (h, e)
            }
            Lex::HolidayHead(Holiday::GoodFriday)
                if matches!(self.lx(j + 1), Lex::Weekday { d: 5, .. }) =>
            {
                (Holiday::GoodFriday, j + 2)
            }
            Lex::HolidayHead(h @ Holiday::ValentinesDay)
                if self.lx(j + 1) == Lex::Possessive && is_day(j + 2) =>
            {
                (h, j + 3)
            }
            Lex::HolidayHead(h) if h != Holiday::GoodFriday && is_day(j + 1) => (h, j + 2),
            Lex::Fw(Fw::New)
                if self.unit(j + 1) == Some((Unit::Year, false))
                    && self.lx(j + 2) == Lex::Possessive =>
            {
                if self.fw(j + 3, Fw::Eve) {
                    (Holiday::NewYearsEve, j + 4)
                } else if is_day(j + 3) {
                    (Holiday::NewYearsDay, j + 4)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        if end == j + 1 && shift == Shift::Tense && self.fw(end, Fw::Of) {
            // `Easter of`, rare; keep.
        }
        let _ = &mut end;
        self.holiday_tail(i, h, end, shift)
    }

    fn holiday_tail(&self, i: usize, h: Holiday, end: usize, shift: Shift) -> Option<Cand> {
        let (year, end) = match self.trailing_year(end) {
            Some((y, e)) => (Some(y), e),
            None => (None, end),
        };
        let sem = date(DateSpec::Holiday { h, year, shift });
        cand(i, end, sem, TimexType::Date, "holiday")
    }

    /// `from 2019 to 2021`, `between May and July`, `from Monday through Friday`.
    fn r_range(&self, i: usize) -> Option<Cand> {
        let between = self.fw(i, Fw::Between);
        if !between && !self.fw(i, Fw::From) {
            return None;
        }
        let a = self.core(i + 1)?;
        let j = a.end;
        let ok_sep = if between {
            self.fw(j, Fw::And)
        } else {
            self.fw(j, Fw::To)
                || self.fw(j, Fw::Through)
                || self.fw(j, Fw::Until)
                || self.lx(j) == Lex::Dash
        };
        if !ok_sep {
            return None;
        }
        let b = self.core(j + 1)?;
        let (Sem::Point(pa), Sem::Point(pb)) = (a.sem, b.sem) else { return None };
        if a.ty == TimexType::Duration || b.ty == TimexType::Duration {
            return None;
        }
        // Borrow the year of the end: `from May to July 2024`.
        let pa = match (pa.date, pb.date) {
            (
                DateSpec::Cal { year: None, month, day, shift },
                DateSpec::Cal { year: Some(y), .. },
            ) => Point { date: DateSpec::Cal { year: Some(y), month, day, shift }, time: pa.time },
            _ => pa,
        };
        cand(i, b.end, Sem::Range(pa, pb), a.ty, "range")
    }
}

fn to_24(h: u8, pm: bool) -> Option<u8> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// Whether `d` is a day of month `m` (in `year`, or in some year when unknown).
pub(crate) fn valid_day(year: Option<i32>, m: u8, d: u8) -> bool {
    let y = match year {
        Some(y) if (-9999..=9999).contains(&y) => y,
        Some(_) => return false,
        // A leap year, so `February 29` passes.
        None => 2000,
    };
    let (Ok(y), Ok(m), Ok(d)) = (i16::try_from(y), i8::try_from(m), i8::try_from(d)) else {
        return false;
    };
    jiff::civil::Date::new(y, m, d).is_ok()
}
