//! The grammar: temporal expressions as patterns over classified words.
//!
//! [`Parser::parse_at`] tries every rule at a word and keeps the longest match; the tagger
//! walks the words left to right, so matches are leftmost-longest and never overlap. Rules
//! produce a [`Sem`], an unresolved meaning (`last September` = the September before the
//! reference month); `resolve` turns it into a TIMEX3 value.

use nutgraf_tokenize::{Span, TokenKind};

use crate::lexicon::{Fw, Holiday, Lex, ModWord, Part, RefKind, Rel, Season, Unit};
use crate::timex::{Mod, TimexType};

mod dates;
mod durations;
pub(crate) use durations::whole;
mod holidays;
mod modifiers;
mod ranges;
mod relative;
mod sets;
mod times;

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
    /// The next one after the reference (`the next Friday`, `this coming Friday`, `next
    /// September`; `next Friday` alone is the Friday of next week).
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
    /// A weekday of a week counted from the reference's: `Tuesday of next week` (1), `Friday
    /// of last week` (-1), `Monday of this week` (0).
    WeekdayOfWeek {
        d: u8,
        weeks: i8,
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
    /// The working day (Monday to Friday) after (`n` 1) or before (-1) the reference:
    /// `next weekday`, `last weekday`.
    Workday {
        n: i8,
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
    /// A time to the second, as ISO 8601 writes it (`13:15:30`).
    ClockSec(u8, u8, u8),
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
    /// An amount of a unit from a point: `two days after Christmas`, `2 weeks after
    /// yesterday`, `a month before 02/02` (`n` negative before).
    Shifted {
        base: Point,
        unit: Unit,
        n: i32,
    },
    /// Amounts of several units (or written the short way) added to a point: `+2 months, 5
    /// days`, `-3y`, `1d 21 h 25m ago`, `next tuesday +10 days`. `base` `None` is the
    /// reference date and time; `within` marks an amount after `in` (`in 1d 2hr 5min`),
    /// a point only when the sentence looks ahead (else a duration); `signed` one written
    /// with a sign, which moves a date right before it.
    Moved {
        base: Option<Point>,
        by: [Option<(Unit, i32)>; 4],
        within: bool,
        signed: bool,
    },
    /// A date written with a day its month does not have (`June 31, 2022`, `February 29,
    /// 2022`, `February 20 - 29, 2022`): the words are taken, so that no part of them (the
    /// year) is read alone, and nothing is reported.
    Invalid,
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

/// The words `start..end` hold an impossible date: they give nothing (see [`Sem::Invalid`]).
fn invalid(start: usize, end: usize) -> Option<Cand> {
    cand(start, end, Sem::Invalid, TimexType::Date, "invalid-date")
}

fn date(d: DateSpec) -> Sem {
    Sem::Point(Point { date: d, time: None })
}

/// Keeps the longer of `best` and `c` (the earlier on a tie), in place: a match is large,
/// and the rules are tried at every word.
#[inline]
fn pick(best: &mut Option<Cand>, c: Option<Cand>) {
    if let Some(c) = c
        && best.as_ref().is_none_or(|b| c.end > b.end)
    {
        *best = Some(c);
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
    /// Whether a numeric date that reads both ways is day first (`6/10/2018` = 6 October).
    pub day_first: bool,
}

impl<'a> Parser<'a> {
    pub(super) fn lx(&self, i: usize) -> Lex {
        self.ws.get(i).map_or(Lex::Punct, |w| w.lex)
    }

    pub(super) fn fw(&self, i: usize, f: Fw) -> bool {
        matches!(self.lx(i), Lex::Fw(g) if g == f)
    }

    pub(super) fn txt(&self, i: usize) -> &'a str {
        self.ws.get(i).and_then(|w| w.span.get(self.text)).unwrap_or("")
    }

    pub(super) fn w(&self, i: usize) -> Option<&W> {
        self.ws.get(i)
    }

    /// Whether words `i` and `i + 1` are glued (no whitespace between): `mid-2023`.
    pub(super) fn glued(&self, i: usize) -> bool {
        self.w(i).is_some_and(|w| !w.space_after)
    }

    pub(super) fn is_the(&self, i: usize) -> bool {
        self.fw(i, Fw::The)
    }

    pub(super) fn modw(&self, i: usize, m: ModWord) -> bool {
        matches!(self.lx(i), Lex::Mod(g) if g == m)
    }

    pub(super) fn rel(&self, i: usize) -> Option<Rel> {
        match self.lx(i) {
            Lex::Rel(r) => Some(r),
            _ => None,
        }
    }

    pub(super) fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lx(i) {
            Lex::Unit { unit, plural } | Lex::NumUnit { unit, plural, .. } => Some((unit, plural)),
            // `15min`, `3wks` split by the tokenizer: a short unit glued to its number;
            // `29 min`, `49 sec` spaced too.
            Lex::Other
                if i > 0
                    && matches!(self.lx(i - 1), Lex::Digits { .. })
                    && (self.glued(i - 1) || matches!(self.txt(i), "min" | "sec")) =>
            {
                crate::lexicon::glued_unit(self.txt(i))
            }
            _ => None,
        }
    }

    pub(super) fn is_all_caps(&self, i: usize) -> bool {
        let t = self.txt(i);
        t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
    }

    /// Skips a hyphen glued on both sides (`five-year`).
    pub(super) fn hyphen(&self, i: usize) -> Option<usize> {
        (matches!(self.lx(i), Lex::Dash)
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
            // `+15min`, `-3y`, `3w later`, `1d 21 h 25m ago`.
            Lex::Other | Lex::Punct | Lex::Dash => {
                let t = self.txt(i);
                let moved =
                    matches!(t, "+" | "-" | "−") || t.starts_with(|c: char| c.is_ascii_digit());
                if !moved {
                    return None;
                }
                // `1.5 hours ago`, `in 2.5 hours`: a decimal amount from now (a decimal
                // duration alone is left as it was, mostly a measure).
                let mut best = self.r_moved(i);
                if self.w(i).is_some_and(|w| w.kind == TokenKind::Number) {
                    let after_in = i > 0 && self.fw(i - 1, Fw::In);
                    let c = self.r_duration(i).filter(|c| c.rule == "offset" || after_in);
                    pick(&mut best, c);
                }
                return best;
            }
            Lex::Comma | Lex::Slash | Lex::Possessive => return None,
            _ => {}
        }
        let mut best = self.core(i);
        pick(&mut best, self.with_position_mod(i));
        pick(&mut best, self.with_quantity_mod(i));
        if self.join_ranges {
            pick(&mut best, self.r_range(i));
            if let Some(a) = best {
                pick(&mut best, self.bare_range(&a));
            }
        }
        let c = self.part_at_clock(best?);
        Some(self.suffix_mod(c))
    }

    /// `tonight at 8`, `this afternoon at 3:30`, `Monday morning at 9`: a part of the day and
    /// an hour after `at` without a.m. or p.m. are one time, in that part of the day.
    fn part_at_clock(&self, c: Cand) -> Cand {
        let Sem::Point(p @ Point { time: Some(TimeSpec::Part(part)), .. }) = c.sem else {
            return c;
        };
        if !self.fw(c.end, Fw::At) {
            return c;
        }
        let k = c.end + 1;
        let (h, m) = match self.lx(k) {
            Lex::Digits { n: n @ 1..=12, len: 1..=2 } => (n as u8, 0),
            Lex::Clock { h: h @ 1..=12, min } => (h, min),
            _ => return c,
        };
        if matches!(self.lx(k + 1), Lex::AmPm(_)) {
            return c;
        }
        let h = match part {
            Part::Morning => h % 12,
            Part::Afternoon | Part::Evening => h % 12 + 12,
            // `tonight at 11`, but `at 2` in the night is 2 a.m.
            Part::Night if h >= 6 => h % 12 + 12,
            Part::Night => h,
            Part::Noon | Part::Midnight => return c,
        };
        let sem = Sem::Point(Point { date: p.date, time: Some(TimeSpec::Clock(h, m)) });
        Cand { end: k + 1, sem, ty: TimexType::Time, rule: "part-at-clock", ..c }
    }

    /// Every core rule at `i`, longest wins.
    pub(super) fn core(&self, i: usize) -> Option<Cand> {
        // Prepositions, conjunctions and copulas stay outside an expression, as TIMEX3 marks
        // them (`in [June]`, `for [three years]`, `[two days] ago`): no core rule starts at
        // one. (The modifiers and ranges, tried after, may: `at least`, `from … to`.)
        if matches!(
            self.lx(i),
            Lex::Fw(
                Fw::To
                    | Fw::And
                    | Fw::Or
                    | Fw::Of
                    | Fw::In
                    | Fw::On
                    | Fw::At
                    | Fw::For
                    | Fw::By
                    | Fw::From
                    | Fw::Since
                    | Fw::Until
                    | Fw::Through
                    | Fw::During
                    | Fw::Within
                    | Fw::Between
                    | Fw::Per
                    | Fw::Than
                    | Fw::Is
                    | Fw::Was
                    | Fw::So
                    | Fw::Ago
                    | Fw::Hence
            )
        ) {
            return None;
        }
        let mut best = None;
        pick(&mut best, self.r_month(i));
        pick(&mut best, self.r_day_month(i));
        pick(&mut best, self.r_numdate(i));
        pick(&mut best, self.r_year(i));
        pick(&mut best, self.r_decade(i));
        pick(&mut best, self.r_century(i));
        pick(&mut best, self.r_quarter(i));
        pick(&mut best, self.r_season(i));
        pick(&mut best, self.r_deictic(i));
        pick(&mut best, self.r_ref(i));
        pick(&mut best, self.r_rel(i));
        pick(&mut best, self.r_weekday(i));
        pick(&mut best, self.r_duration(i));
        pick(&mut best, self.r_duration_range(i));
        pick(&mut best, self.r_moved(i));
        pick(&mut best, self.r_time(i));
        pick(&mut best, self.r_set(i));
        pick(&mut best, self.r_holiday(i));
        pick(&mut best, self.r_the_unit(i));
        pick(&mut best, self.r_spelled_year(i));
        best
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

/// One moment from a day and a time of day found next to each other, in either order: a
/// day-precise date without a time and a time without a day of its own.
pub(crate) fn date_and_time(a: &Cand, b: &Cand) -> Option<Cand> {
    let bare_time = |p: Point| {
        p.time.is_some_and(|t| matches!(t, TimeSpec::Clock(..) | TimeSpec::ClockSec(..)))
            && p.date == DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor }
    };
    // `9:00 AM to 5:00 PM, Tuesday, 20 May 2013`: a range of times on one day.
    if let (Sem::Range(ra, rb), Sem::Point(d)) | (Sem::Point(d), Sem::Range(ra, rb)) =
        (a.sem, b.sem)
        && bare_time(ra)
        && bare_time(rb)
        && d.time.is_none()
        && matches!(d.date, DateSpec::Cal { day: Some(_), .. } | DateSpec::Weekday { .. })
    {
        let sem = Sem::Range(Point { date: d.date, ..ra }, Point { date: d.date, ..rb });
        return Some(Cand {
            start: a.start,
            end: b.end,
            sem,
            ty: TimexType::Time,
            modifier: None,
            rule: "date-time",
        });
    }
    let (pa, pb) = match (a.sem, b.sem) {
        (Sem::Point(pa), Sem::Point(pb)) => (pa, pb),
        // `Oct 26 - 28, 11:00`: a range of days at one time.
        (Sem::Range(ra, rb), Sem::Point(t))
            if bare_time(t)
                && [ra, rb].iter().all(|p| {
                    p.time.is_none() && matches!(p.date, DateSpec::Cal { day: Some(_), .. })
                }) =>
        {
            let sem = Sem::Range(Point { time: t.time, ..ra }, Point { time: t.time, ..rb });
            return Some(Cand { end: b.end, sem, ty: TimexType::Time, rule: "date-time", ..*a });
        }
        _ => return None,
    };
    let day = |p: Point| {
        p.time.is_none()
            && match p.date {
                DateSpec::Cal { day, .. } => day.is_some(),
                DateSpec::Weekday { .. } | DateSpec::WeekdayOfWeek { .. } => true,
                DateSpec::Offset { unit: Unit::Day, anchoring, .. } => {
                    anchoring != Anchoring::Anaphor
                }
                _ => false,
            }
    };
    let (date, time) = if day(pa) && bare_time(pb) {
        (pa.date, pb.time)
    } else if bare_time(pa) && day(pb) {
        (pb.date, pa.time)
    } else {
        return None;
    };
    Some(Cand {
        start: a.start,
        end: b.end,
        sem: Sem::Point(Point { date, time }),
        ty: TimexType::Time,
        modifier: a.modifier.or(b.modifier),
        rule: "date-time",
    })
}

/// A day and time without a year (`a`) and a year right after it (`b`), as Unix dates
/// write them: `Thu Oct 26 11:00:09 EDT 2023`. The year goes on the day (on both ends of a
/// range).
pub(crate) fn with_year(a: &Cand, b: &Cand) -> Option<Cand> {
    let Sem::Point(Point {
        date: DateSpec::Cal { year: Some(y), month: None, day: None, .. },
        time: None,
    }) = b.sem
    else {
        return None;
    };
    if b.rule != "year" {
        return None;
    }
    let set = |p: Point| match p.date {
        DateSpec::Cal { year: None, month: Some(m), day: Some(d), shift } if p.time.is_some() => {
            Some(Point {
                date: DateSpec::Cal { year: Some(y), month: Some(m), day: Some(d), shift },
                ..p
            })
        }
        _ => None,
    };
    let sem = match a.sem {
        Sem::Point(p) => Sem::Point(set(p)?),
        Sem::Range(p, q) => Sem::Range(set(p)?, set(q)?),
        _ => return None,
    };
    Some(Cand { end: b.end, sem, ..*a })
}

/// A time of day alone (`a`) that a day right after `on` (`b`) places: `at midnight on
/// 12th August`, `at 9 a.m. on Friday`. The time with that day; `b` stays as it is.
pub(crate) fn time_on_day(a: &Cand, b: &Cand) -> Option<Cand> {
    let (Sem::Point(pa), Sem::Point(pb)) = (a.sem, b.sem) else { return None };
    let bare = matches!(pa.time, Some(TimeSpec::Clock(..) | TimeSpec::ClockSec(..)))
        && pa.date == DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor };
    let day = pb.time.is_none()
        && matches!(
            pb.date,
            DateSpec::Cal { day: Some(_), .. }
                | DateSpec::Weekday { .. }
                | DateSpec::Holiday { .. }
        );
    (bare && day).then_some(Cand { sem: Sem::Point(Point { date: pb.date, ..pa }), ..*a })
}

/// Two points joined by a dash, `to`, `through` or `until` (`gap`, trimmed) as one range:
/// two times (`10am to 12pm`), a time and a day with a time (`9:00 AM to 5:00 PM, Tuesday,
/// 20 May 2013`: the begin takes the end's day, `2014-04-18 13:00 - 16:00` the end the
/// begin's), two days (`today - next friday`, `monday - friday`); and a range of days with a
/// time after `at` (`22-23 Feb at 7pm`: the time on both).
pub(crate) fn range_of(a: &Cand, b: &Cand, gap: &str) -> Option<Cand> {
    let bare = |p: &Point| {
        matches!(p.time, Some(TimeSpec::Clock(..) | TimeSpec::ClockSec(..)))
            && p.date == DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor }
    };
    let day = |p: &Point| {
        p.time.is_none()
            && match p.date {
                DateSpec::Cal { day, .. } => day.is_some(),
                DateSpec::Weekday { .. } | DateSpec::WeekdayOfWeek { .. } => true,
                DateSpec::Offset { unit: Unit::Day, anchoring, .. } => {
                    anchoring != Anchoring::Anaphor
                }
                _ => false,
            }
    };
    let timed = |p: &Point| matches!(p.time, Some(TimeSpec::Clock(..) | TimeSpec::ClockSec(..)));
    let joins = matches!(
        gap.to_ascii_lowercase().as_str(),
        "-" | "–" | "to" | "through" | "thru" | "until" | "till"
    );
    let sem = match (a.sem, b.sem) {
        (Sem::Range(pa, pb), Sem::Point(t)) if gap.eq_ignore_ascii_case("at") => {
            if !(day(&pa) && day(&pb) && bare(&t)) {
                return None;
            }
            Sem::Range(Point { time: t.time, ..pa }, Point { time: t.time, ..pb })
        }
        (Sem::Point(pa), Sem::Point(pb)) if joins => {
            if bare(&pa) && timed(&pb) {
                Sem::Range(Point { date: pb.date, ..pa }, pb)
            } else if timed(&pa) && bare(&pb) {
                Sem::Range(pa, Point { date: pa.date, ..pb })
            } else if (timed(&pa) && timed(&pb)) || (day(&pa) && day(&pb)) {
                Sem::Range(pa, pb)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let ty = if a.ty == TimexType::Time || b.ty == TimexType::Time {
        TimexType::Time
    } else {
        TimexType::Date
    };
    Some(Cand { start: a.start, end: b.end, sem, ty, modifier: None, rule: "range" })
}

/// `2 weeks after yesterday`, `three days before Christmas`: a whole amount of days, weeks,
/// months or years (`a`, `two`, `10`) and a date without a time of day, joined by `after`
/// or `before` (`sign` 1 or -1).
pub(crate) fn shifted(amount: &Cand, sign: i32, base: &Cand) -> Option<Cand> {
    let Sem::Duration { amount: Some(a), unit } = amount.sem else { return None };
    if amount.rule != "duration" || a.fract() != 0.0 || !(1.0..=1000.0).contains(&a) {
        return None;
    }
    let (unit, n) = match unit {
        Unit::Day | Unit::Month | Unit::Year => (unit, a as i32),
        Unit::Week => (Unit::Day, 7 * a as i32),
        Unit::Fortnight => (Unit::Day, 14 * a as i32),
        _ => return None,
    };
    let Sem::Point(p) = base.sem else { return None };
    if p.time.is_some() {
        return None;
    }
    let precise = match p.date {
        DateSpec::Cal { month, day, .. } => month.is_some() && (day.is_some() || unit != Unit::Day),
        DateSpec::Weekday { .. } | DateSpec::WeekdayOfWeek { .. } | DateSpec::Holiday { .. } => {
            true
        }
        DateSpec::Offset { unit: u, anchoring, .. } => {
            anchoring != Anchoring::Anaphor && matches!(u, Unit::Day | Unit::Week | Unit::Month)
        }
        _ => false,
    };
    if !precise {
        return None;
    }
    Some(Cand {
        start: amount.start,
        end: base.end,
        sem: Sem::Shifted { base: p, unit, n: sign * n },
        ty: TimexType::Date,
        modifier: amount.modifier,
        rule: "shifted",
    })
}
