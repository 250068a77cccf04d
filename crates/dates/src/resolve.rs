//! Resolution: from a match's meaning to a TIMEX3 value, against the reference date, the
//! tense of the sentence and the last date mentioned. All calendar arithmetic is jiff's.

use std::borrow::Cow;
use std::fmt::Write;

use jiff::civil::{Date, Time, Weekday};
use nutgraf_tokenize::Span;

use crate::grammar::{Anchoring, Cand, DateSpec, Point, Sem, SetVal, Shift, TimeSpec};
use crate::lexicon::{Holiday, Part, Season, Unit};
use crate::tense::{Tense, tense_at};
use crate::timex::{Granularity, Mod, Timex, TimexRange, TimexType};
use crate::{Reference, Resolution};

/// The last date mentioned, for anaphoric expressions (`the following day`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Anchor {
    /// The first day of the period mentioned.
    date: Date,
    gran: Granularity,
    /// Where the mention ended.
    at: usize,
}

/// Resolution state for one document.
pub(crate) struct Ctx<'t> {
    pub text: &'t str,
    pub dct: Option<Date>,
    /// The reference time of day (only with a reference date).
    time: Option<Time>,
    resolution: Resolution,
    anchor: Option<Anchor>,
    /// The year of the last date written with its year (`June 1941`) and where it ended,
    /// for narratives.
    explicit_year: Option<(i32, usize)>,
    /// The document tells of other years than its date's (a history, not news): dates
    /// without a year take the last year written out.
    narrative: bool,
}

/// How close (in bytes) a written-out year must be for a following bare month to take it
/// in a news text (`In 2015, ... In March, ...`).
const NEAR: usize = 250;

impl<'t> Ctx<'t> {
    pub(crate) fn new(
        text: &'t str,
        reference: Reference,
        resolution: Resolution,
        found: &[(Cand, Span)],
    ) -> Ctx<'t> {
        let dct = reference.date;
        let time = dct.and(reference.time);
        let narrative = match dct {
            None => true,
            Some(d) => {
                let y = i32::from(d.year());
                let (mut far, mut near) = (0, 0);
                for (c, _) in found {
                    match c.sem {
                        Sem::Point(Point {
                            date: DateSpec::Cal { year: Some(cy), .. }, ..
                        }) => {
                            if (cy - y).abs() >= 2 {
                                far += 1;
                            } else {
                                near += 1;
                            }
                        }
                        // `yesterday`, `last week`, `on Friday`: told from the document date.
                        Sem::Point(Point {
                            date:
                                DateSpec::Offset { anchoring: Anchoring::Dct, .. }
                                | DateSpec::Weekday { .. }
                                | DateSpec::Weekend { .. },
                            ..
                        }) => near += 1,
                        _ => {}
                    }
                }
                far >= 3 && far > 3 * near
            }
        };
        Ctx { text, dct, time, resolution, anchor: None, explicit_year: None, narrative }
    }
}

/// A resolved calendar value: a year (unknown = `XXXX`) and what lies below it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Body {
    Year,
    Month(Option<u8>),
    Day(Option<u8>, Option<u8>),
    Week(Option<i8>),
    Weekend(Option<i8>),
    /// `XXXX-WXX-5`.
    WeekdayX(u8),
    Quarter(Option<u8>),
    Half(u8),
    Season(Season),
    Decade(i32),
    Century(i32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rp {
    year: Option<i32>,
    body: Body,
}

impl Rp {
    fn granularity(&self) -> Granularity {
        match self.body {
            Body::Year => Granularity::Year,
            Body::Month(_) => Granularity::Month,
            Body::Day(..) | Body::WeekdayX(_) => Granularity::Day,
            Body::Week(_) | Body::Weekend(_) => Granularity::Week,
            Body::Quarter(_) => Granularity::Quarter,
            Body::Half(_) => Granularity::Half,
            Body::Season(_) => Granularity::Season,
            Body::Decade(_) => Granularity::Decade,
            Body::Century(_) => Granularity::Century,
        }
    }

    fn render(&self, out: &mut String) {
        let year = |out: &mut String| match self.year {
            Some(y) if y > 0 => {
                let _ = write!(out, "{y:04}");
            }
            // TIMEX2/TimeML practice for years before the common era: `BC0218`.
            Some(y) => {
                let _ = write!(out, "BC{:04}", 1 - i64::from(y));
            }
            None => out.push_str("XXXX"),
        };
        let two = |out: &mut String, v: Option<u8>| match v {
            Some(v) => {
                let _ = write!(out, "{v:02}");
            }
            None => out.push_str("XX"),
        };
        match self.body {
            Body::Year => year(out),
            Body::Month(m) => {
                year(out);
                out.push('-');
                two(out, m);
            }
            Body::Day(m, d) => {
                year(out);
                out.push('-');
                two(out, m);
                out.push('-');
                two(out, d);
            }
            Body::Week(w) | Body::Weekend(w) => {
                year(out);
                out.push_str("-W");
                two(out, w.and_then(|w| u8::try_from(w).ok()));
                if matches!(self.body, Body::Weekend(_)) {
                    out.push_str("-WE");
                }
            }
            Body::WeekdayX(d) => {
                year(out);
                let _ = write!(out, "-WXX-{d}");
            }
            Body::Quarter(q) => {
                year(out);
                match q {
                    Some(q) => {
                        let _ = write!(out, "-Q{q}");
                    }
                    None => out.push_str("-QX"),
                }
            }
            Body::Half(h) => {
                year(out);
                let _ = write!(out, "-H{h}");
            }
            Body::Season(s) => {
                year(out);
                out.push('-');
                out.push_str(s.code());
            }
            Body::Decade(d) => {
                if d < 0 {
                    out.push_str("XXX");
                } else {
                    let _ = write!(out, "{d:03}");
                }
            }
            Body::Century(c) => {
                if c < 0 {
                    let _ = write!(out, "BC{:02}", -c - 1);
                } else {
                    let _ = write!(out, "{c:02}");
                }
            }
        }
    }

    /// The first day of the period, when the year is known.
    fn first_day(&self) -> Option<Date> {
        let y = i16::try_from(self.year?).ok()?;
        match self.body {
            Body::Year => Date::new(y, 1, 1).ok(),
            Body::Month(m) => Date::new(y, i8::try_from(m?).ok()?, 1).ok(),
            Body::Day(m, d) => Date::new(y, i8::try_from(m?).ok()?, i8::try_from(d?).ok()?).ok(),
            Body::Week(w) | Body::Weekend(w) => {
                jiff::civil::ISOWeekDate::new(y, w?, Weekday::Monday).ok().map(|d| d.date())
            }
            Body::Quarter(q) => Date::new(y, i8::try_from(q?).ok()? * 3 - 2, 1).ok(),
            Body::Half(h) => Date::new(y, i8::try_from(h).ok()? * 6 - 5, 1).ok(),
            Body::Season(s) => Date::new(y, i8::try_from(s.first_month()).ok()?, 1).ok(),
            _ => None,
        }
    }
}

fn day_rp(d: Date) -> Rp {
    Rp {
        year: Some(i32::from(d.year())),
        body: Body::Day(u8::try_from(d.month()).ok(), u8::try_from(d.day()).ok()),
    }
}

fn week_rp(d: Date) -> Rp {
    let w = d.iso_week_date();
    Rp { year: Some(i32::from(w.year())), body: Body::Week(Some(w.week())) }
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.first_of_month().checked_add(jiff::Span::new().try_months(n).ok()?).ok()
}

fn wd_num(w: Weekday) -> i64 {
    i64::from(w.to_monday_one_offset())
}

fn quarter_of(d: Date) -> u8 {
    u8::try_from((d.month() - 1) / 3 + 1).unwrap_or(1)
}

/// Season of a date, with the year it belongs to (January's winter is last year's).
fn season_of(d: Date) -> (i32, Season) {
    let y = i32::from(d.year());
    match d.month() {
        3..=5 => (y, Season::Spring),
        6..=8 => (y, Season::Summer),
        9..=11 => (y, Season::Fall),
        12 => (y, Season::Winter),
        _ => (y - 1, Season::Winter),
    }
}

fn season_index(s: Season) -> i32 {
    match s {
        Season::Spring => 0,
        Season::Summer => 1,
        Season::Fall => 2,
        Season::Winter => 3,
    }
}

/// Picks the year of a yearly recurring thing at position `pos` (month, (month, day), …)
/// relative to the reference position `cur` in year `y`.
fn pick_year<T: PartialOrd>(y: i32, pos: T, cur: T, shift: Shift, tense: Tense) -> i32 {
    match shift {
        Shift::Last => {
            if pos < cur {
                y
            } else {
                y - 1
            }
        }
        Shift::Next => {
            if pos > cur {
                y
            } else {
                y + 1
            }
        }
        Shift::This => y,
        Shift::Tense => match tense {
            Tense::Past => {
                if pos <= cur {
                    y
                } else {
                    y - 1
                }
            }
            Tense::Future => {
                if pos >= cur {
                    y
                } else {
                    y + 1
                }
            }
            _ => y,
        },
    }
}

/// The year that puts month `m` (day `d`) nearest the reference date, with the tense of the
/// sentence as a strong preference: a past-tense sentence may still speak of a date a few
/// weeks ahead (`the dividend, payable Jan. 2`, from a November report whose verbs are past),
/// but not of one eleven months ahead.
fn nearest_year(dct: Date, m: u8, d: Option<u8>, tense: Tense, strict: bool) -> i32 {
    let y = i32::from(dct.year());
    let mut best = (i64::MAX, y);
    for cy in [y - 1, y, y + 1] {
        let (Ok(y16), Ok(m8)) = (i16::try_from(cy), i8::try_from(m)) else { continue };
        // A month counts from its middle; a day from itself (the last valid day if needed).
        let day = d.map_or(15, |d| i8::try_from(d).unwrap_or(1));
        let Ok(first) = Date::new(y16, m8, 1) else { continue };
        let date = Date::new(y16, m8, day.min(first.days_in_month())).unwrap_or(first);
        let Ok(span) = dct.until(date) else { continue };
        let days = i64::from(span.get_days());
        let same_month = d.is_none() && cy == y && dct.month() == m8;
        let lean = if strict { 1_000_000 } else { 3 };
        let cost = match tense {
            _ if same_month => 0,
            Tense::Past if days > 0 => days * lean,
            Tense::Future if days < 0 => -days * lean,
            _ => days.abs(),
        };
        if cost < best.0 {
            best = (cost, cy);
        }
    }
    best.1
}

fn holiday_date(h: Holiday, y: i32) -> Option<Date> {
    let y16 = i16::try_from(y).ok()?;
    let fixed = |m: i8, d: i8| Date::new(y16, m, d).ok();
    let nth = |m: i8, n: i8, w: Weekday| Date::new(y16, m, 1).ok()?.nth_weekday_of_month(n, w).ok();
    match h {
        Holiday::Christmas => fixed(12, 25),
        Holiday::ChristmasEve => fixed(12, 24),
        Holiday::NewYearsDay => fixed(1, 1),
        Holiday::NewYearsEve => fixed(12, 31),
        Holiday::Halloween => fixed(10, 31),
        Holiday::IndependenceDay => fixed(7, 4),
        Holiday::ValentinesDay => fixed(2, 14),
        Holiday::VeteransDay => fixed(11, 11),
        Holiday::BoxingDay => fixed(12, 26),
        Holiday::Thanksgiving => nth(11, 4, Weekday::Thursday),
        Holiday::LaborDay => nth(9, 1, Weekday::Monday),
        Holiday::MemorialDay => nth(5, -1, Weekday::Monday),
        // The Tuesday after the first Monday of November.
        Holiday::ElectionDay => add_days(nth(11, 1, Weekday::Monday)?, 1),
        Holiday::Easter => easter(y),
        Holiday::GoodFriday => add_days(easter(y)?, -2),
        Holiday::MlkDay => nth(1, 3, Weekday::Monday),
        Holiday::PresidentsDay => nth(2, 3, Weekday::Monday),
        Holiday::MothersDay => nth(5, 2, Weekday::Sunday),
        Holiday::FathersDay => nth(6, 3, Weekday::Sunday),
        Holiday::StPatricksDay => fixed(3, 17),
        Holiday::Juneteenth => fixed(6, 19),
        Holiday::ColumbusDay => nth(10, 2, Weekday::Monday),
        Holiday::FlagDay => fixed(6, 14),
        Holiday::EarthDay => fixed(4, 22),
        Holiday::GroundhogDay => fixed(2, 2),
        Holiday::InaugurationDay => fixed(1, 20),
        Holiday::BlackFriday => add_days(nth(11, 4, Weekday::Thursday)?, 1),
        Holiday::CyberMonday => add_days(nth(11, 4, Weekday::Thursday)?, 4),
        Holiday::AshWednesday => add_days(easter(y)?, -46),
        Holiday::PalmSunday => add_days(easter(y)?, -7),
        Holiday::MaundyThursday => add_days(easter(y)?, -3),
        Holiday::EasterMonday => add_days(easter(y)?, 1),
        Holiday::AscensionDay => add_days(easter(y)?, 39),
        Holiday::Pentecost => add_days(easter(y)?, 49),
        Holiday::ShroveTuesday => add_days(easter(y)?, -47),
        Holiday::RemembranceDay => fixed(11, 11),
        // The second Sunday of November (UK).
        Holiday::RemembranceSunday => nth(11, 2, Weekday::Sunday),
        Holiday::CanadaDay => fixed(7, 1),
        Holiday::AustraliaDay => fixed(1, 26),
        Holiday::BastilleDay => fixed(7, 14),
        Holiday::WomensDay => fixed(3, 8),
    }
}

/// Western Easter Sunday (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<Date> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(i16::try_from(y).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

impl Ctx<'_> {
    /// The tense around `span` (computed on demand: most expressions do not need it), or
    /// the one the resolution policy stands for: the past, the future, or a present that
    /// takes the nearer occurrence.
    fn tense(&self, span: Span) -> Tense {
        match self.resolution {
            Resolution::Past => Tense::Past,
            Resolution::Future => Tense::Future,
            Resolution::Nearest => Tense::Present,
            _ => tense_at(self.text, span.start, span.end),
        }
    }

    /// The base of an anaphoric offset in `unit`: the last date mentioned if it is precise
    /// enough, else the reference date.
    fn base(&self, unit: Unit, anchoring: Anchoring) -> Option<Date> {
        if anchoring == Anchoring::Anaphor
            && let Some(a) = self.anchor
        {
            let fine_enough = match unit {
                Unit::Day
                | Unit::Hour
                | Unit::Minute
                | Unit::Second
                | Unit::Fortnight
                | Unit::Weekend => a.gran >= Granularity::Day,
                Unit::Week => a.gran >= Granularity::Week,
                Unit::Month => a.gran >= Granularity::Month,
                Unit::Quarter => a.gran >= Granularity::Quarter,
                _ => a.gran >= Granularity::Year,
            };
            if fine_enough {
                return Some(a.date);
            }
        }
        self.dct
    }

    /// The year to use for a date written without one, for a narrative: the last year
    /// written out, if it is far from the reference date (or there is no reference date).
    fn narrative_year(&self, span: Span) -> Option<i32> {
        let (ey, at) = self.explicit_year?;
        if self.narrative {
            return Some(ey);
        }
        // In news, a year written out nearby rarely carries over (`since 1974 ... effective
        // Feb. 1`); only the sentence's own year does (`in June 1941 and in July`).
        let same_sentence = self.text.get(at..span.start).is_some_and(|between| {
            between.len() <= NEAR && !between.contains(". ") && !between.contains('\n')
        });
        match self.dct {
            Some(d) if same_sentence && (ey - i32::from(d.year())).abs() >= 2 => Some(ey),
            _ => None,
        }
    }

    fn resolve_date(&self, d: DateSpec, span: Span) -> Rp {
        let dct = self.dct;
        let y0 = dct.map(|d| i32::from(d.year()));
        let unknown = |body| Rp { year: None, body };
        match d {
            DateSpec::Cal { year: Some(y), month, day, .. } => Rp {
                year: Some(y),
                body: match (month, day) {
                    (Some(m), Some(d)) => Body::Day(Some(m), Some(d)),
                    (Some(m), None) => Body::Month(Some(m)),
                    _ => Body::Year,
                },
            },
            DateSpec::Cal { year: None, month: Some(m), day, shift } => {
                let body = match day {
                    Some(d) => Body::Day(Some(m), Some(d)),
                    None => Body::Month(Some(m)),
                };
                if shift == Shift::Tense
                    && let Some(ny) = self.narrative_year(span)
                {
                    return Rp { year: Some(ny), body };
                }
                let Some(dct) = dct else { return unknown(body) };
                let (cm, cd) =
                    (u8::try_from(dct.month()).unwrap_or(1), u8::try_from(dct.day()).unwrap_or(1));
                let y = i32::from(dct.year());
                let tense = if shift == Shift::Tense { self.tense(span) } else { Tense::Unknown };
                let year = if shift == Shift::Tense {
                    // The past and future policies are strict: never after (before) the
                    // reference; a tense only leans.
                    let strict = matches!(self.resolution, Resolution::Past | Resolution::Future);
                    nearest_year(dct, m, day, tense, strict)
                } else {
                    match day {
                        Some(d) => pick_year(y, (m, d), (cm, cd), shift, tense),
                        None => pick_year(y, m, cm, shift, tense),
                    }
                };
                Rp { year: Some(year), body }
            }
            DateSpec::Cal { year: None, month: None, day, .. } => unknown(Body::Day(None, day)),
            DateSpec::InAnchorYear { month, years } => Rp {
                year: self
                    .base(Unit::Year, Anchoring::Anaphor)
                    .map(|d| i32::from(d.year()) + years),
                body: Body::Month(Some(month)),
            },
            DateSpec::InRelYear { month, day, years } => Rp {
                year: y0.map(|y| y + years),
                body: match day {
                    Some(d) => Body::Day(Some(month), Some(d)),
                    None => Body::Month(Some(month)),
                },
            },
            DateSpec::Weekday { d, shift } => {
                let Some(dct) = dct else { return unknown(Body::WeekdayX(d)) };
                let cur = wd_num(dct.weekday());
                let d = i64::from(d);
                let back = (cur - d).rem_euclid(7);
                let fwd = (d - cur).rem_euclid(7);
                let delta = match shift {
                    Shift::Last => -(if back == 0 { 7 } else { back }),
                    Shift::Next => {
                        if fwd == 0 {
                            7
                        } else {
                            fwd
                        }
                    }
                    // The day of this week, or the coming one when this week's has passed
                    // and the sentence is not in the past (`this Saturday`, said on Sunday).
                    Shift::This if d < cur && self.tense(span) != Tense::Past => d - cur + 7,
                    Shift::This => d - cur,
                    // A present tense takes the nearer one (`meets Albright Monday`).
                    Shift::Tense => match self.tense(span) {
                        Tense::Future => fwd,
                        Tense::Present if fwd < back => fwd,
                        _ => -back,
                    },
                };
                add_days(dct, delta)
                    .map_or(unknown(Body::WeekdayX(u8::try_from(d).unwrap_or(1))), day_rp)
            }
            DateSpec::WeekdayOfWeek { d, weeks } => {
                let Some(dct) = dct else { return unknown(Body::WeekdayX(d)) };
                let delta = i64::from(d) - wd_num(dct.weekday()) + 7 * i64::from(weeks);
                add_days(dct, delta).map_or(unknown(Body::WeekdayX(d)), day_rp)
            }
            DateSpec::Decade(d) => Rp { year: None, body: Body::Decade(d) },
            DateSpec::ShortDecade(d) => {
                let d = i32::from(d);
                let century = match y0 {
                    Some(y) if d * 10 <= y.rem_euclid(100) => y.div_euclid(100),
                    Some(y) => y.div_euclid(100) - 1,
                    None => 19,
                };
                Rp { year: None, body: Body::Decade(century * 10 + d) }
            }
            DateSpec::Century(c) => Rp { year: None, body: Body::Century(c) },
            DateSpec::Quarter { year: Some(y), q, back, .. } => {
                Rp { year: Some(y - i32::from(back)), body: Body::Quarter(Some(q)) }
            }
            DateSpec::Quarter { year: None, q, shift, back } => {
                let back = i32::from(back);
                if shift == Shift::Tense
                    && let Some(ny) = self.narrative_year(span)
                {
                    return Rp { year: Some(ny - back), body: Body::Quarter(Some(q)) };
                }
                let Some(dct) = dct else { return unknown(Body::Quarter(Some(q))) };
                let cq = quarter_of(dct);
                let y = i32::from(dct.year());
                // Quarters are reported after they end: a later quarter than the current one
                // is last year's, unless the sentence looks ahead (`expects a fourth-quarter
                // charge` in October is this year's).
                let year = match shift {
                    Shift::Tense if q > cq && self.tense(span) != Tense::Future => y - 1,
                    Shift::Tense => y,
                    s => pick_year(y, q, cq, s, Tense::Unknown),
                };
                Rp { year: Some(year - back), body: Body::Quarter(Some(q)) }
            }
            DateSpec::Half { year, h } => {
                Rp { year: year.or_else(|| self.narrative_year(span)).or(y0), body: Body::Half(h) }
            }
            DateSpec::Season { year: Some(y), s, .. } => {
                Rp { year: Some(y), body: Body::Season(s) }
            }
            DateSpec::Season { year: None, s, shift } => {
                if shift == Shift::Tense
                    && let Some(ny) = self.narrative_year(span)
                {
                    return Rp { year: Some(ny), body: Body::Season(s) };
                }
                let Some(dct) = dct else { return unknown(Body::Season(s)) };
                let (cy, cs) = season_of(dct);
                let cur = cy * 4 + season_index(cs);
                let tense = if shift == Shift::Tense { self.tense(span) } else { Tense::Unknown };
                let year = match (shift, tense) {
                    (Shift::This, _) | (Shift::Tense, Tense::Unknown | Tense::Present) => {
                        if s == Season::Winter && dct.month() <= 2 {
                            cy
                        } else {
                            i32::from(dct.year())
                        }
                    }
                    _ => {
                        // The candidate years around the current season.
                        let mut best: Option<i32> = None;
                        for y in (cy - 1)..=(cy + 1) {
                            let idx = y * 4 + season_index(s);
                            let ok = match (shift, tense) {
                                (Shift::Last, _) => idx < cur,
                                (Shift::Next, _) => idx > cur,
                                (_, Tense::Past) => idx <= cur,
                                _ => idx >= cur,
                            };
                            if ok {
                                let better = match best {
                                    None => true,
                                    Some(b) => {
                                        (idx - cur).abs() < (b * 4 + season_index(s) - cur).abs()
                                    }
                                };
                                if better {
                                    best = Some(y);
                                }
                            }
                        }
                        best.unwrap_or(i32::from(dct.year()))
                    }
                };
                Rp { year: Some(year), body: Body::Season(s) }
            }
            DateSpec::Offset { unit, n, anchoring } => {
                self.resolve_offset(unit, n, anchoring, span)
            }
            DateSpec::Workday { n } => {
                let Some(mut d) = dct else { return unknown(Body::Day(None, None)) };
                let step = i64::from(n.signum());
                // At most three steps (over a weekend).
                for _ in 0..3 {
                    match add_days(d, step) {
                        Some(next) => d = next,
                        None => return unknown(Body::Day(None, None)),
                    }
                    if wd_num(d.weekday()) <= 5 {
                        break;
                    }
                }
                day_rp(d)
            }
            DateSpec::Weekend { shift } => {
                let Some(dct) = dct else { return unknown(Body::Weekend(None)) };
                let cur = wd_num(dct.weekday());
                let shift = match shift {
                    Shift::Tense => match self.tense(span) {
                        Tense::Past if cur < 6 => Shift::Last,
                        _ => Shift::This,
                    },
                    s => s,
                };
                let weeks = match shift {
                    Shift::Last if cur >= 6 => -1,
                    Shift::Last => -1,
                    Shift::Next => 1,
                    _ => 0,
                };
                match add_days(dct, weeks * 7) {
                    Some(d) => {
                        let w = d.iso_week_date();
                        Rp { year: Some(i32::from(w.year())), body: Body::Weekend(Some(w.week())) }
                    }
                    None => unknown(Body::Weekend(None)),
                }
            }
            DateSpec::Holiday { h, year, shift } => {
                let y = match year.or_else(|| {
                    if shift == Shift::Tense { self.narrative_year(span) } else { None }
                }) {
                    Some(y) => Some(y),
                    None => dct.map(|dct| {
                        let y = i32::from(dct.year());
                        let tense =
                            if shift == Shift::Tense { self.tense(span) } else { Tense::Unknown };
                        match holiday_date(h, y) {
                            Some(hd) => pick_year(y, hd, dct, shift, tense),
                            None => y,
                        }
                    }),
                };
                match y.and_then(|y| holiday_date(h, y)) {
                    Some(d) => day_rp(d),
                    None => match holiday_date(h, 2001) {
                        // Fixed holidays keep their month and day without a year.
                        Some(d) if !h.moves() => Rp {
                            year: y,
                            body: Body::Day(
                                u8::try_from(d.month()).ok(),
                                u8::try_from(d.day()).ok(),
                            ),
                        },
                        _ => Rp { year: y, body: Body::Day(None, None) },
                    },
                }
            }
        }
    }

    fn resolve_offset(&self, unit: Unit, n: i32, anchoring: Anchoring, span: Span) -> Rp {
        let n64 = i64::from(n);
        // In a narrative, `four days later` after `in 1915` is some day of 1915, not a day
        // counted from the document date.
        if anchoring == Anchoring::Anaphor
            && self.narrative
            && let Some(a) = self.anchor
            && matches!(unit, Unit::Day | Unit::Week | Unit::Month)
            && a.gran < Granularity::Day
            && (unit != Unit::Month || a.gran < Granularity::Month)
            && (unit != Unit::Week || a.gran < Granularity::Week)
        {
            let year = Some(i32::from(a.date.year()));
            return match unit {
                Unit::Day => Rp { year, body: Body::Day(None, None) },
                Unit::Week => Rp { year, body: Body::Week(None) },
                _ => Rp { year, body: Body::Month(None) },
            };
        }
        let base = self.base(unit, anchoring);
        let unknown = |body| Rp { year: None, body };
        let Some(b) = base else {
            return unknown(match unit {
                Unit::Day | Unit::Hour | Unit::Minute | Unit::Second | Unit::Fortnight => {
                    Body::Day(None, None)
                }
                Unit::Week => Body::Week(None),
                Unit::Weekend => Body::Weekend(None),
                Unit::Month => Body::Month(None),
                Unit::Quarter => Body::Quarter(None),
                Unit::Decade => Body::Decade(-1),
                Unit::Century => Body::Century(-1),
                _ => Body::Year,
            });
        };
        let y = i32::from(b.year());
        match unit {
            Unit::Day => add_days(b, n64).map_or(unknown(Body::Day(None, None)), day_rp),
            Unit::Hour | Unit::Minute | Unit::Second => day_rp(b),
            Unit::Fortnight => add_days(b, 14 * n64).map_or(unknown(Body::Day(None, None)), day_rp),
            Unit::Week => add_days(b, 7 * n64).map_or(unknown(Body::Week(None)), week_rp),
            Unit::Weekend => add_days(b, 7 * n64).map_or(unknown(Body::Weekend(None)), |d| {
                let w = d.iso_week_date();
                Rp { year: Some(i32::from(w.year())), body: Body::Weekend(Some(w.week())) }
            }),
            Unit::Month => add_months(b, n64).map_or(unknown(Body::Month(None)), |d| Rp {
                year: Some(i32::from(d.year())),
                body: Body::Month(u8::try_from(d.month()).ok()),
            }),
            Unit::Quarter => add_months(b, 3 * n64).map_or(unknown(Body::Quarter(None)), |d| Rp {
                year: Some(i32::from(d.year())),
                body: Body::Quarter(Some(quarter_of(d))),
            }),
            Unit::Year => match self.anchor {
                Some(a)
                    if anchoring != Anchoring::Dct
                        && n != 0
                        && a.gran == Granularity::Quarter
                        && span.start.saturating_sub(a.at) <= NEAR =>
                {
                    Rp {
                        year: Some(i32::from(a.date.year()) + n),
                        body: Body::Quarter(Some(quarter_of(a.date))),
                    }
                }
                // In news, `a year earlier` compares with the reporting period, near the
                // document date; in a narrative, with the last date told.
                _ if anchoring != Anchoring::Dct && n != 0 && !self.narrative => {
                    Rp { year: self.dct.map(|d| i32::from(d.year()) + n), body: Body::Year }
                }
                _ => Rp { year: Some(y + n), body: Body::Year },
            },
            Unit::Decade => Rp { year: None, body: Body::Decade(y.div_euclid(10) + n) },
            Unit::Century => Rp { year: None, body: Body::Century(y.div_euclid(100) + n) },
            Unit::Millennium => Rp { year: Some(y + 1000 * n), body: Body::Year },
        }
    }

    /// Resolves a match found at `span` into a timex, and remembers it as the anchor.
    pub(crate) fn resolve(&mut self, c: &Cand, span: Span) -> Timex {
        let mut value = String::new();
        let mut range = None;
        let mut ty = c.ty;
        let mut quant = None;
        let mut freq = None;
        // `in 5 days` said of what is to come is the day it comes to: a date.
        let sem = match c.sem {
            Sem::Duration { amount, unit } if matches!(c.rule, "duration" | "duration-half") => {
                match self.in_amount(amount, unit, span) {
                    Some(p) => {
                        ty = TimexType::Date;
                        Sem::Point(p)
                    }
                    None => c.sem,
                }
            }
            sem => sem,
        };
        let granularity = match sem {
            Sem::Point(p) => {
                let (rp, g) = self.point(p, span, &mut value);
                if p.time.is_some() || matches!(g, Granularity::Minute | Granularity::Second) {
                    ty = TimexType::Time;
                }
                self.remember(p.date, rp, g, span.end);
                g
            }
            Sem::Range(a, b) => {
                let mut va = String::new();
                let mut vb = String::new();
                let (rpa, ga) = self.point(a, span, &mut va);
                // The end of a range comes after its begin: `between November and February`.
                let b = match (b.date, rpa.year) {
                    (DateSpec::Cal { year: None, month: Some(m), day, shift }, Some(y)) => {
                        let begin = match rpa.body {
                            Body::Month(Some(bm)) => (bm, 0),
                            Body::Day(Some(bm), Some(bd)) => (bm, bd),
                            _ => (0, 0),
                        };
                        let y = if (m, day.unwrap_or(0)) < begin { y + 1 } else { y };
                        Point {
                            date: DateSpec::Cal { year: Some(y), month: Some(m), day, shift },
                            time: b.time,
                        }
                    }
                    _ => b,
                };
                let b = self.range_end(a, rpa, b);
                let (rpb, gb) = self.point(b, span, &mut vb);
                let _ = write!(value, "{va}/{vb}");
                self.remember(a.date, rpa, ga, span.end);
                self.remember(b.date, rpb, gb, span.end);
                range = Some(TimexRange { begin: va, end: vb });
                ga
            }
            Sem::Shifted { base, unit, n } => {
                let rp = self.resolve_date(base.date, span);
                let moved = rp.first_day().and_then(|d| match unit {
                    Unit::Day => add_days(d, i64::from(n)).map(day_rp),
                    Unit::Month => add_months(d, i64::from(n)).map(|d| Rp {
                        year: Some(i32::from(d.year())),
                        body: Body::Month(u8::try_from(d.month()).ok()),
                    }),
                    Unit::Year => {
                        Some(Rp { year: Some(i32::from(d.year()) + n), body: Body::Year })
                    }
                    _ => None,
                });
                let rp = moved.unwrap_or(match unit {
                    Unit::Day => Rp { year: None, body: Body::Day(None, None) },
                    Unit::Month => Rp { year: None, body: Body::Month(None) },
                    _ => Rp { year: None, body: Body::Year },
                });
                rp.render(&mut value);
                let g = rp.granularity();
                self.remember(base.date, rp, g, span.end);
                g
            }
            // Dropped before resolution (see `DateTagger::tag_with`).
            Sem::Invalid => Granularity::None,
            // `in 1d 2hr 5min` of a span of time: a duration.
            Sem::Moved { by, within: true, .. } if !self.ahead(span) => {
                ty = TimexType::Duration;
                moved_duration(&by, &mut value)
            }
            Sem::Moved { base, by, .. } => {
                let (g, clock) = self.moved(base, &by, span, &mut value);
                ty = if clock { TimexType::Time } else { TimexType::Date };
                g
            }
            Sem::Duration { amount, unit } => {
                duration_value(amount, unit, &mut value);
                unit_granularity(unit)
            }
            Sem::Ref(r) => {
                value.push_str(r.value());
                Granularity::None
            }
            Sem::Set { value: v, quant: q, freq: f } => {
                quant = q.map(Cow::Borrowed);
                freq = f.map(|f| format!("{f}X"));
                set_value(v, &mut value)
            }
        };
        Timex {
            span,
            kind: ty,
            value,
            modifier: c.modifier.filter(|m| !(matches!(c.sem, Sem::Ref(_)) && *m != Mod::Approx)),
            range,
            granularity,
            quant,
            freq,
            rule: Cow::Borrowed(c.rule),
        }
    }

    /// `in 5 days`, `in two weeks`, `in 3 hours` (with a reference time): the point that far
    /// from the reference, when the sentence speaks of what is to come (under the tense
    /// policy: a future; `rose 5% in two years` is a span of time) and no superlative,
    /// `first`, perfect or comparison comes before it (`the first visit in 24 years`, `the
    /// lowest level in a decade`, `has not seen a raise in five years`).
    fn in_amount(&self, amount: Option<f64>, unit: Unit, span: Span) -> Option<Point> {
        let a = amount?;
        if !(1.0..=10_000.0).contains(&a) {
            return None;
        }
        self.dct?;
        // `in 1.5 hours`: 90 minutes.
        let (n, unit) = crate::grammar::whole(a, unit)?;
        let (unit, n) = match unit {
            Unit::Hour | Unit::Minute | Unit::Second if self.time.is_none() => return None,
            Unit::Week => (Unit::Day, 7 * n),
            Unit::Fortnight => (Unit::Day, 14 * n),
            Unit::Weekend | Unit::Decade | Unit::Century | Unit::Millennium => return None,
            u => (u, n),
        };
        // An amount, not a stretch (`the past three months`, `the next two years`).
        let first = self.text.get(span.start..span.end)?.split_whitespace().next()?;
        if matches!(
            first.to_ascii_lowercase().as_str(),
            "the"
                | "past"
                | "last"
                | "next"
                | "these"
                | "those"
                | "its"
                | "recent"
                | "coming"
                | "previous"
                | "following"
                | "another"
                | "several"
                | "few"
                | "many"
                | "some"
        ) {
            return None;
        }
        if !self.ahead(span) {
            return None;
        }
        Some(Point { date: DateSpec::Offset { unit, n, anchoring: Anchoring::Dct }, time: None })
    }

    /// Whether the amount at `span` counts forward from the reference: after `in` (`will vote
    /// in two weeks`), or after `after` at the end of a sentence (`back after a year`; not
    /// `after a year of talks`), in a sentence that speaks of what is to come (see
    /// [`in_amount`](Ctx::in_amount)).
    fn ahead(&self, span: Span) -> bool {
        self.ahead_of(span).is_some()
    }

    fn ahead_of(&self, span: Span) -> Option<()> {
        let before = self.text.get(..span.start)?.trim_end();
        let head = match before.strip_suffix("in").or_else(|| before.strip_suffix("In")) {
            Some(h) => h,
            None => {
                let h = before.strip_suffix("after").or_else(|| before.strip_suffix("After"))?;
                let rest = self.text.get(span.end..)?.trim_start();
                // (`if, after five years, the value falls`: a span of time.)
                if !rest.chars().next().is_none_or(|c| matches!(c, '.' | '!' | '?')) {
                    return None;
                }
                h
            }
        };
        if head.chars().next_back().is_some_and(char::is_alphanumeric) {
            return None;
        }
        // The words of the sentence before `in`, nearest first (up to a dozen).
        let from = head.rfind(['.', '!', '?', '\n', ';']).map_or(0, |k| k + 1);
        let lead = head.get(from..).unwrap_or("");
        let words: Vec<String> = lead
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(12)
            .map(str::to_ascii_lowercase)
            .collect();
        // (`have to`, `has to` are obligations, not perfects.)
        let superlative = words.iter().enumerate().any(|(k, w)| {
            let obligation = k > 0 && words.get(k - 1).is_some_and(|next| next == "to");
            if obligation && matches!(w.as_str(), "have" | "has" | "had") {
                return false;
            }
            matches!(
                w.as_str(),
                "first"
                    | "last"
                    | "only"
                    | "ever"
                    | "since"
                    | "time"
                    | "times"
                    | "record"
                    | "best"
                    | "worst"
                    | "most"
                    | "least"
                    | "fewest"
                    | "highest"
                    | "lowest"
                    | "biggest"
                    | "largest"
                    | "smallest"
                    | "greatest"
                    | "longest"
                    | "shortest"
                    | "fastest"
                    | "slowest"
                    | "strongest"
                    | "weakest"
                    | "deepest"
                    | "sharpest"
                    | "steepest"
                    | "hottest"
                    | "coldest"
                    | "warmest"
                    | "wettest"
                    | "driest"
                    | "top"
                    | "high"
                    | "low"
                    | "peak"
                    // A perfect or a comparison looks back: `have not seen a raise in five
                    // years`, `faster than in five years`.
                    | "have" | "has" | "had" | "ve" | "been" | "haven" | "hasn" | "hadn" | "than"
            )
        });
        if superlative {
            return None;
        }
        // News: only what the sentence says is to come (`will vote in two weeks`; not
        // `students graduate in four years`). The other policies take every such amount as a
        // point, forward (there is no past reading of `in`).
        let point = match self.resolution {
            Resolution::Past => false,
            Resolution::Future | Resolution::Nearest => true,
            _ => tense_at(self.text, span.start, span.end) == Tense::Future,
        };
        point.then_some(())
    }

    /// An amount under a day counted from the reference date-time (`15 minutes ago`, `in
    /// two hours`), when the reference has a time: the moment, to the minute (or second).
    fn clock_offset(&self, p: Point, out: &mut String) -> Option<(Rp, Granularity)> {
        let DateSpec::Offset { unit, n, anchoring } = p.date else { return None };
        if p.time.is_some() || (anchoring == Anchoring::Anaphor && self.anchor.is_some()) {
            return None;
        }
        let at = self.dct?.to_datetime(self.time?);
        let n = i64::from(n);
        let span = match unit {
            Unit::Hour => jiff::Span::new().try_hours(n).ok()?,
            Unit::Minute => jiff::Span::new().try_minutes(n).ok()?,
            Unit::Second => jiff::Span::new().try_seconds(n).ok()?,
            _ => return None,
        };
        let t = at.checked_add(span).ok()?;
        let d = t.date();
        let _ = write!(out, "{d}T{:02}:{:02}", t.hour(), t.minute());
        let g = if unit == Unit::Second {
            let _ = write!(out, ":{:02}", t.second());
            Granularity::Second
        } else {
            Granularity::Minute
        };
        Some((day_rp(d), g))
    }

    /// A time of day alone (`at 11 a.m.`, `1am`), with a reference time and no date before
    /// it to hang on: the reference day's, or the day before or after as the policy reads
    /// it — the next one ahead for the future (or a future sentence), the last one for the
    /// past. The nearest policy, a present or no tense keep the reference day's (`11 at
    /// night` said in the morning is tonight).
    fn clock_day(&self, p: Point, span: Span) -> Option<Date> {
        let Some(TimeSpec::Clock(h, m)) = p.time else { return None };
        if p.date != (DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor })
            || self.anchor.is_some()
        {
            return None;
        }
        let (day, now) = (self.dct?, self.time?);
        let at = Time::new(i8::try_from(h).ok()?, i8::try_from(m).ok()?, 0, 0).ok()?;
        let shift = match self.tense(span) {
            Tense::Future if at < now => 1,
            Tense::Past if at > now => -1,
            Tense::Past => 0,
            // Midnight (`the deadline is midnight`) is the coming one, at the end of the day;
            // under the nearest policy the nearer one (`was midnight`, said at 1 a.m.).
            _ if at == Time::midnight() && now > at => {
                i64::from(self.resolution != Resolution::Nearest || now.hour() >= 12)
            }
            _ => 0,
        };
        add_days(day, shift)
    }

    fn point(&self, p: Point, span: Span, out: &mut String) -> (Rp, Granularity) {
        if let Some(done) = self.clock_offset(p, out) {
            return done;
        }
        if let Some(day) = self.clock_day(p, span) {
            let rp = day_rp(day);
            rp.render(out);
            if let Some(TimeSpec::Clock(h, m)) = p.time {
                let _ = write!(out, "T{h:02}:{m:02}");
            }
            return (rp, Granularity::Minute);
        }
        let mut rp = self.resolve_date(p.date, span);
        // `sunday morning` said on a Sunday evening, looking ahead: next week's.
        if let (DateSpec::Weekday { shift: Shift::Tense, .. }, Some(TimeSpec::Part(part))) =
            (p.date, p.time)
            && let (Some(day), Some(now)) = (rp.first_day(), self.time)
            && Some(day) == self.dct
            && self.tense(span) == Tense::Future
            && let Some(end) = match part {
                Part::Morning => Some(12),
                Part::Afternoon => Some(18),
                Part::Evening => Some(21),
                _ => None,
            }
            && now.hour() >= end
            && let Some(next) = add_days(day, 7)
        {
            rp = day_rp(next);
        }
        rp.render(out);
        let mut g = rp.granularity();
        match p.time {
            Some(TimeSpec::Part(part)) => {
                if matches!(rp.body, Body::Day(..) | Body::WeekdayX(_)) {
                    out.push('T');
                } else {
                    out.clear();
                    out.push_str("XXXX-XX-XXT");
                }
                out.push_str(part.code());
                g = Granularity::PartOfDay;
            }
            Some(TimeSpec::Clock(h, m)) => {
                if !matches!(rp.body, Body::Day(..) | Body::WeekdayX(_)) {
                    out.clear();
                    out.push_str("XXXX-XX-XX");
                }
                let _ = write!(out, "T{h:02}:{m:02}");
                g = Granularity::Minute;
            }
            Some(TimeSpec::ClockSec(h, m, sec)) => {
                if !matches!(rp.body, Body::Day(..) | Body::WeekdayX(_)) {
                    out.clear();
                    out.push_str("XXXX-XX-XX");
                }
                let _ = write!(out, "T{h:02}:{m:02}:{sec:02}");
                g = Granularity::Second;
            }
            None => {}
        }
        (rp, g)
    }

    /// The end of a range placed after its begin (resolved to `rpa`): a time on the begin's
    /// day (or the next day when it is earlier: `11am to 1am`), a weekday on or after the
    /// begin (`monday - friday`).
    fn range_end(&self, a: Point, rpa: Rp, b: Point) -> Point {
        let Some(ad) = rpa.first_day().filter(|_| matches!(rpa.body, Body::Day(..))) else {
            return b;
        };
        let cal = |d: Date| DateSpec::Cal {
            year: Some(i32::from(d.year())),
            month: u8::try_from(d.month()).ok(),
            day: u8::try_from(d.day()).ok(),
            shift: Shift::Tense,
        };
        let bare = DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor };
        match (b.date, b.time) {
            (date, Some(TimeSpec::Clock(hb, mb))) if date == a.date || date == bare => {
                let earlier = match a.time {
                    Some(TimeSpec::Clock(ha, ma) | TimeSpec::ClockSec(ha, ma, _)) => {
                        (hb, mb) < (ha, ma)
                    }
                    _ => false,
                };
                let d = if earlier { add_days(ad, 1) } else { Some(ad) };
                d.map_or(b, |d| Point { date: cal(d), time: b.time })
            }
            (DateSpec::Weekday { d, shift: Shift::Tense }, _) => {
                let delta = (i64::from(d) - wd_num(ad.weekday())).rem_euclid(7);
                add_days(ad, delta).map_or(b, |d| Point { date: cal(d), time: b.time })
            }
            _ => b,
        }
    }

    /// A point moved by amounts of units (`+2 months, 5 days`, `next tuesday +10 days`):
    /// rendered to the smallest unit (to the day for weeks; to the minute or second only
    /// with a reference time or a base time). Returns the granularity and whether the value
    /// has a time of day.
    fn moved(
        &mut self,
        base: Option<Point>,
        by: &[Option<(Unit, i32)>; 4],
        span: Span,
        out: &mut String,
    ) -> (Granularity, bool) {
        let smallest = by.iter().flatten().map(|&(u, _)| u).min().unwrap_or(Unit::Day);
        let (day, time) = match base {
            None => (self.dct, self.time),
            Some(p) => {
                let rp = self.resolve_date(p.date, span);
                let time = match p.time {
                    Some(TimeSpec::Clock(h, m)) => {
                        Time::new(i8::try_from(h).unwrap_or(0), i8::try_from(m).unwrap_or(0), 0, 0)
                            .ok()
                    }
                    _ => None,
                };
                (rp.first_day(), time)
            }
        };
        let clock = time.is_some() && smallest <= Unit::Hour;
        let moved = day.and_then(|d| {
            let mut at = d.to_datetime(time.unwrap_or(Time::midnight()));
            for &(u, n) in by.iter().flatten() {
                let n = i64::from(n);
                let s = jiff::Span::new();
                let s = match u {
                    Unit::Second => s.try_seconds(n),
                    Unit::Minute => s.try_minutes(n),
                    Unit::Hour => s.try_hours(n),
                    Unit::Day => s.try_days(n),
                    Unit::Week => s.try_weeks(n),
                    Unit::Fortnight => s.try_weeks(2 * n),
                    Unit::Month => s.try_months(n),
                    Unit::Quarter => s.try_months(3 * n),
                    Unit::Year => s.try_years(n),
                    Unit::Decade => s.try_years(10 * n),
                    Unit::Century => s.try_years(100 * n),
                    Unit::Millennium | Unit::Weekend => return None,
                };
                at = at.checked_add(s.ok()?).ok()?;
            }
            Some(at)
        });
        let (rp, g) = match (moved, smallest) {
            (Some(at), Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium) => {
                (Rp { year: Some(i32::from(at.year())), body: Body::Year }, Granularity::Year)
            }
            (Some(at), Unit::Quarter) => (
                Rp {
                    year: Some(i32::from(at.year())),
                    body: Body::Quarter(Some(quarter_of(at.date()))),
                },
                Granularity::Quarter,
            ),
            (Some(at), Unit::Month) => (
                Rp {
                    year: Some(i32::from(at.year())),
                    body: Body::Month(u8::try_from(at.month()).ok()),
                },
                Granularity::Month,
            ),
            (Some(at), _) => (day_rp(at.date()), Granularity::Day),
            (None, Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium) => {
                (Rp { year: None, body: Body::Year }, Granularity::Year)
            }
            (None, Unit::Month) => (Rp { year: None, body: Body::Month(None) }, Granularity::Month),
            (None, _) => (Rp { year: None, body: Body::Day(None, None) }, Granularity::Day),
        };
        rp.render(out);
        let mut g = g;
        if let (Some(at), true) = (moved, clock) {
            let _ = write!(out, "T{:02}:{:02}", at.hour(), at.minute());
            g = Granularity::Minute;
            if smallest == Unit::Second {
                let _ = write!(out, ":{:02}", at.second());
                g = Granularity::Second;
            }
        }
        let anchor = DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Dct };
        self.remember(anchor, rp, g, span.end);
        (g, clock && moved.is_some())
    }

    fn remember(&mut self, d: DateSpec, rp: Rp, g: Granularity, at: usize) {
        if let Some(first) = rp.first_day() {
            self.anchor = Some(Anchor { date: first, gran: g.min(Granularity::Day), at });
        }
        let explicit = matches!(
            d,
            DateSpec::Cal { year: Some(_), .. }
                | DateSpec::Quarter { year: Some(_), .. }
                | DateSpec::Season { year: Some(_), .. }
                | DateSpec::Holiday { year: Some(_), .. }
                | DateSpec::Half { year: Some(_), .. }
        );
        if explicit {
            self.explicit_year = rp.year.map(|y| (y, at));
        }
    }
}

fn unit_granularity(unit: Unit) -> Granularity {
    match unit {
        Unit::Second => Granularity::Second,
        Unit::Minute => Granularity::Minute,
        Unit::Hour => Granularity::Hour,
        Unit::Day => Granularity::Day,
        Unit::Week | Unit::Fortnight | Unit::Weekend => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Quarter => Granularity::Quarter,
        Unit::Year => Granularity::Year,
        Unit::Decade => Granularity::Decade,
        Unit::Century => Granularity::Century,
        Unit::Millennium => Granularity::Millennium,
    }
}

/// `P24Y`, `PT2H`, `P2Y6M`, `PXY`.
fn duration_value(amount: Option<f64>, unit: Unit, out: &mut String) {
    // (letter, time part, multiplier into that letter, sub-unit letter and factor)
    let (letter, time, mult, sub): (&str, bool, f64, Option<(&str, f64)>) = match unit {
        Unit::Second => ("S", true, 1.0, None),
        Unit::Minute => ("M", true, 1.0, Some(("S", 60.0))),
        Unit::Hour => ("H", true, 1.0, Some(("M", 60.0))),
        Unit::Day => ("D", false, 1.0, Some(("H", 24.0))),
        Unit::Week => ("W", false, 1.0, Some(("D", 7.0))),
        Unit::Fortnight => ("W", false, 2.0, Some(("D", 7.0))),
        Unit::Weekend => ("WE", false, 1.0, None),
        Unit::Month => ("M", false, 1.0, None),
        Unit::Quarter => ("Q", false, 1.0, None),
        Unit::Year => ("Y", false, 1.0, Some(("M", 12.0))),
        Unit::Decade => ("Y", false, 10.0, Some(("M", 12.0))),
        Unit::Century => ("Y", false, 100.0, None),
        Unit::Millennium => ("Y", false, 1000.0, None),
    };
    out.push('P');
    if time {
        out.push('T');
    }
    let Some(x) = amount else {
        out.push('X');
        out.push_str(match unit {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            Unit::Millennium => "ML",
            _ => letter,
        });
        return;
    };
    let x = x * mult;
    if !x.is_finite() || !(0.0..=1e9).contains(&x) {
        out.push('X');
        out.push_str(letter);
        return;
    }
    let whole = x.trunc();
    let frac = x - whole;
    if frac.abs() < 1e-9 {
        let _ = write!(out, "{}{letter}", whole as u64);
        return;
    }
    if let Some((sl, f)) = sub {
        let s = frac * f;
        if (s - s.round()).abs() < 1e-6 {
            let sub_is_time = unit == Unit::Day;
            if whole > 0.0 {
                let _ = write!(out, "{}{letter}", whole as u64);
            }
            if sub_is_time {
                out.push('T');
            }
            let _ = write!(out, "{}{sl}", s.round() as u64);
            return;
        }
    }
    let _ = write!(out, "{x}{letter}");
}

/// `P1DT2H5M`: amounts of several units as one duration; the granularity of the smallest.
fn moved_duration(by: &[Option<(Unit, i32)>; 4], out: &mut String) -> Granularity {
    out.push('P');
    let mut time = false;
    for &(u, n) in by.iter().flatten() {
        let n = i64::from(n).abs();
        let (n, letter, in_time) = match u {
            Unit::Second => (n, "S", true),
            Unit::Minute => (n, "M", true),
            Unit::Hour => (n, "H", true),
            Unit::Day => (n, "D", false),
            Unit::Week => (n, "W", false),
            Unit::Fortnight => (2 * n, "W", false),
            Unit::Weekend => (n, "WE", false),
            Unit::Month => (n, "M", false),
            Unit::Quarter => (3 * n, "M", false),
            Unit::Year => (n, "Y", false),
            Unit::Decade => (10 * n, "Y", false),
            Unit::Century => (100 * n, "Y", false),
            Unit::Millennium => (1000 * n, "Y", false),
        };
        if in_time && !time {
            out.push('T');
            time = true;
        }
        let _ = write!(out, "{n}{letter}");
    }
    by.iter().flatten().map(|&(u, _)| u).min().map_or(Granularity::None, unit_granularity)
}

fn set_value(v: SetVal, out: &mut String) -> Granularity {
    match v {
        SetVal::Every { n, unit } => {
            duration_value(Some(n), unit, out);
            unit_granularity(unit)
        }
        SetVal::Weekday(d) => {
            let _ = write!(out, "XXXX-WXX-{d}");
            Granularity::Day
        }
        SetVal::Month(m) => {
            let _ = write!(out, "XXXX-{m:02}");
            Granularity::Month
        }
        SetVal::Season(s) => {
            let _ = write!(out, "XXXX-{}", s.code());
            Granularity::Season
        }
        SetVal::Part(p) => {
            let _ = write!(out, "XXXX-XX-XXT{}", p.code());
            Granularity::PartOfDay
        }
        SetVal::Weekend => {
            out.push_str("XXXX-WXX-WE");
            Granularity::Week
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dur(a: Option<f64>, u: Unit) -> String {
        let mut s = String::new();
        duration_value(a, u, &mut s);
        s
    }

    #[test]
    fn durations_render_as_iso() {
        assert_eq!(dur(Some(24.0), Unit::Year), "P24Y");
        assert_eq!(dur(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(dur(Some(2.5), Unit::Year), "P2Y6M");
        assert_eq!(dur(Some(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(dur(Some(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(dur(None, Unit::Year), "PXY");
        assert_eq!(dur(Some(1.0), Unit::Decade), "P10Y");
        assert_eq!(dur(None, Unit::Decade), "PXDE");
    }

    #[test]
    fn easter_is_computed() {
        assert_eq!(easter(2024), Date::new(2024, 3, 31).ok());
        assert_eq!(easter(2000), Date::new(2000, 4, 23).ok());
    }
}
