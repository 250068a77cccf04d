//! Calendar dates: months, days, years, numeric dates, decades, centuries, quarters and
//! seasons (`June 19`, `19 June 2024`, `06/19/2024`, `the 1990s`, `the third quarter`).

use super::*;

impl Parser<'_> {
    /// `nineteen ninety-six`, `nineteen eighty`: a year in words.
    pub(super) fn r_spelled_year(&self, i: usize) -> Option<Cand> {
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

    /// A dash or slash at `k` glued to the words on both sides (`Sep-2012`, `10/Aug/2012`).
    pub(super) fn glued_sep(&self, k: usize) -> bool {
        k > 0 && matches!(self.lx(k), Lex::Dash | Lex::Slash) && self.glued(k - 1) && self.glued(k)
    }

    /// A month name at `i`, capitalised (or in an all-caps text), or in lowercase where it
    /// cannot be a word: `september 16`, `in november`, `in jan`, `may 5` (not `you may go`,
    /// `a march`).
    pub(super) fn month(&self, i: usize) -> Option<(u8, bool)> {
        let w = self.w(i)?;
        let Lex::Month { m, abbr } = w.lex else { return None };
        if w.cap {
            return Some((m, abbr));
        }
        let t = self.txt(i);
        if !t.bytes().all(|b| b.is_ascii_lowercase() || b == b'.') {
            return None;
        }
        // A day or a year right after: `september 16`, `aug 96`, `may 2024`.
        let number_after =
            matches!(self.lx(i + 1), Lex::Digits { len: 1 | 2 | 4, .. } | Lex::Ordinal(_))
                && !self.glued(i);
        // Between numbers and glued separators: `2012/aug/10`, `10-aug-2012`.
        let between_numbers = i >= 2
            && self.glued_sep(i - 1)
            && self.glued_sep(i + 1)
            && matches!(self.lx(i - 2), Lex::Digits { .. })
            && matches!(self.lx(i + 2), Lex::Digits { .. });
        if between_numbers {
            return Some((m, abbr));
        }
        let word = matches!(t, "may" | "march" | "mar" | "august" | "jan" | "sun");
        let prev_in = i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.lx(p),
                Lex::Fw(
                    Fw::In
                        | Fw::Since
                        | Fw::Until
                        | Fw::Of
                        | Fw::From
                        | Fw::By
                        | Fw::Before
                        | Fw::After
                ) | Lex::Rel(Rel::Last | Rel::Next | Rel::This | Rel::Coming | Rel::Past)
            )
        });
        let ok = number_after || (!word && !abbr) || (prev_in && !matches!(t, "may" | "march"));
        ok.then_some((m, abbr))
    }

    /// A weekday name at `i`: capitalised, or a whole name in lowercase (`next tuesday`,
    /// `monday morning`); short forms in lowercase (`sun`, `sat`, `wed`) are words.
    pub(super) fn weekday_name(&self, i: usize) -> bool {
        let Some(w) = self.w(i) else { return false };
        let Lex::Weekday { abbr, .. } = w.lex else { return false };
        w.cap || (!abbr && self.txt(i).bytes().all(|b| b.is_ascii_lowercase()))
    }

    /// A day of the month at `i`: `19`, `19th`, `nineteenth` (not `19 years`, `19%`).
    pub(super) fn day(&self, i: usize) -> Option<u8> {
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

    /// A day of the month at `i` and its end: [`day`](Parser::day), or an ordinal in two
    /// words (`twenty-fourth`, `Thirty-first`).
    pub(super) fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        if let Lex::NumWord(t @ (20 | 30)) = self.lx(i)
            && let Some(k) = self.hyphen(i + 1)
            && let Lex::Ordinal(u @ 1..=9) = self.lx(k)
            && t + u <= 31
        {
            return Some((u8::try_from(t + u).ok()?, k + 1));
        }
        self.day(i).map(|d| (d, i + 1))
    }

    /// A four-digit year at `i` (any year 1000–2999 in an explicit date), or a shorter one
    /// with an era (`218 BC`). Returns the year and the end.
    pub(super) fn year(&self, i: usize) -> Option<(i32, usize)> {
        match self.lx(i) {
            Lex::Digits { n, len } => {
                let n = i32::try_from(n).ok()?;
                match self.lx(i + 1) {
                    Lex::Era(bc) if len <= 4 && n > 0 => {
                        return Some((if bc { 1 - n } else { n }, i + 2));
                    }
                    _ => {}
                }
                // `2555 BE`: a year of the Buddhist era, 543 years ahead.
                if len == 4 && self.txt(i + 1) == "BE" && n > 2000 {
                    return Some((n - 543, i + 2));
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
    pub(super) fn bare_year(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(super) fn trailing_year(&self, i: usize) -> Option<(i32, usize)> {
        let j = if matches!(self.lx(i), Lex::Comma) || self.fw(i, Fw::Of) { i + 1 } else { i };
        let (y, e) = self.year(j)?;
        // `June 19, 2024 troops` is unlikely; `in May 2000 soldiers` would be odd too.
        Some((y, e))
    }

    /// A year in two digits after a month or a day and month, optionally after a comma:
    /// `Aug 9, 96`, `3 Aug 96`, `21-APR-16` (`16` is 2016, `96` is 1996). Nothing but a stop
    /// or the end of the text may follow (`on Aug 9, 96 people` is a count). Returns the year
    /// and the end.
    pub(super) fn short_year(&self, i: usize) -> Option<(i32, usize)> {
        let j = if matches!(self.lx(i), Lex::Comma) { i + 1 } else { i };
        let Lex::Digits { n, len: 2 } = self.lx(j) else { return None };
        let end_ok = self.w(j + 1).is_none()
            || matches!(self.txt(j + 1), "." | "," | ";" | "!" | "?" | ")" | ":");
        if !end_ok
            || j == i
                && i > 0
                && !self.w(i - 1).is_some_and(|w| w.space_after)
                && !self.glued_sep(i - 1)
        {
            return None;
        }
        let n = i32::try_from(n).ok()?;
        Some((if n < 50 { 2000 + n } else { 1900 + n }, j + 1))
    }

    // ----------------------------------------------------------------- rules

    /// `[Friday,] June 19[, 2024]`, `June 19-20`, `June 2024`, `June`.
    pub(super) fn r_month(&self, i: usize) -> Option<Cand> {
        let (m, abbr) = self.month(i)?;
        let mut j = i + 1;
        // `Sep-2012`, `August-10-2012`, `August/10/2012`: a glued dash or slash.
        let glued_sep =
            |k: usize| self.glued_sep(k) && matches!(self.lx(k + 1), Lex::Digits { .. });
        // `August/10/2012`, which the tokenizer leaves as `August` `/` `10/2012`.
        if self.glued_sep(j)
            && matches!(self.lx(j), Lex::Slash)
            && let Lex::NumMonthYear { y, m: d } = self.lx(j + 1)
        {
            if !valid_day(Some(y), m, d) {
                return invalid(i, j + 2);
            }
            return cand(i, j + 2, date(day_of(y, m, d)), TimexType::Date, "month-day");
        }
        let sep = glued_sep(j);
        if sep {
            j += 1;
        }
        // `June 19`, `Jun. 19th`, `June the 19th`; `March, 6th 2016` (an ordinal and a year
        // after the comma).
        let comma_ordinal = matches!(self.lx(j), Lex::Comma)
            && matches!(self.lx(j + 1), Lex::Ordinal(_))
            && self.w(j + 1).is_some_and(|w| w.kind == TokenKind::Number)
            && self.year(j + 2).is_some();
        let k = if self.is_the(j) || comma_ordinal { j + 1 } else { j };
        if let Some((d, e)) = self.day_at(k) {
            j = e;
            if sep && glued_sep(j) {
                j += 1;
            }
            // Compact range: `June 19-20`, `June 19 - July 2`.
            if let Some(c) = self.month_day_range(i, m, d, j) {
                return Some(c);
            }
            let (year, end) = match self.trailing_year(j).or_else(|| self.short_year(j)) {
                Some((y, e)) => (Some(y), e),
                None => (None, j),
            };
            // `June 31`, `February 29, 2022`: no such day, so nothing (not even the year).
            if !valid_day(year, m, d) {
                return invalid(i, end);
            }
            let sem =
                date(DateSpec::Cal { year, month: Some(m), day: Some(d), shift: Shift::Tense });
            return cand(i, end, sem, TimexType::Date, "month-day");
        }
        // `June 2024`, `June of 2024`, `Aug 96` (a number no day can be).
        let short = || {
            self.short_year(j).filter(|_| matches!(self.lx(j), Lex::Digits { n: 32.., .. }) && !sep)
        };
        if let Some((y, e)) = self.trailing_year(j).or_else(short)
            && (!matches!(self.lx(j), Lex::Comma) || !abbr)
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
        if sep {
            return None;
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
    pub(super) fn month_alone_ok(&self, i: usize, m: u8, abbr: bool) -> bool {
        let Some(w) = self.w(i) else { return false };
        let mut prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
        // `mid-August`: the glued `mid-` is the modifier before the month.
        if matches!(prev, Lex::Dash)
            && i >= 2
            && matches!(self.lx(i - 2), Lex::Mod(ModWord::Mid))
            && self.glued(i - 2)
            && self.glued(i - 1)
        {
            prev = Lex::Mod(ModWord::Mid);
        }
        // A short form without its period only right after `in`, `since`, `until` or `by`
        // and before a comma, a stop or the end (`in Jan`, `since Feb.`; not `Jan Smith`).
        if abbr && !w.period {
            let after_prep = matches!(prev, Lex::Fw(Fw::In | Fw::Since | Fw::Until | Fw::By));
            let end = matches!(self.lx(i + 1), Lex::Punct | Lex::Comma) || self.w(i + 1).is_none();
            if !(after_prep && end) {
                return false;
            }
        }
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

    /// `19 June 2024`, `the 19th of June`, `19-20 June`.
    pub(super) fn r_day_month(&self, i: usize) -> Option<Cand> {
        let j = if self.is_the(i) { i + 1 } else { i };
        // `15Sep`, `15SEP 2013`.
        if let Lex::DayMonth { d, m } = self.lx(j) {
            let (year, end) = match self.trailing_year(j + 1).or_else(|| self.short_year(j + 1)) {
                Some((y, e)) => (Some(y), e),
                None => (None, j + 1),
            };
            if !valid_day(year, m, d) {
                return invalid(i, end);
            }
            let sem =
                date(DateSpec::Cal { year, month: Some(m), day: Some(d), shift: Shift::Tense });
            return cand(i, end, sem, TimexType::Date, "day-month");
        }
        let (d, mut k) = self.day_at(j)?;
        let mut d2 = None;
        // `10-August-2012`, `09/JAN/2017`, `8/Oct/2012`: glued dashes or slashes.
        let sep = self.glued_sep(k) && self.month(k + 1).is_some();
        if sep {
            k += 1;
        } else if (matches!(self.lx(k), Lex::Dash)
            || self.join_ranges
                && (self.fw(k, Fw::To) || self.fw(k, Fw::Through) || self.fw(k, Fw::Until)))
            && let Some(x) = self.day(k + 1)
            && x > d
            && (self.month(k + 2).is_some() || self.fw(k + 2, Fw::Of))
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
        // `06/Nov/2023:06:36:02`, as web server logs write the time.
        if sep
            && d2.is_none()
            && self.glued_sep(end)
            && let Lex::YearClock { y, h, min, sec } = self.lx(end + 1)
        {
            if !valid_day(Some(y), m, d) {
                return invalid(i, end + 2);
            }
            let sem = Sem::Point(Point {
                date: day_of(y, m, d),
                time: Some(TimeSpec::ClockSec(h, min, sec)),
            });
            return cand(i, end + 2, sem, TimexType::Time, "log-date-time");
        }
        // `10-August-2012`, `21-APR-16`: the glued year, in four digits or two.
        let glued_year = match self.lx(end + 1) {
            Lex::Digits { n, len: 2 } if sep && self.glued_sep(end) => {
                let n = i32::try_from(n).ok()?;
                Some((if n < 50 { 2000 + n } else { 1900 + n }, end + 2))
            }
            Lex::Digits { len: 4, .. } if sep && self.glued_sep(end) => self.year(end + 1),
            _ => None,
        };
        if let Some((y, e)) =
            glued_year.or_else(|| self.trailing_year(end)).or_else(|| self.short_year(end))
        {
            year = Some(y);
            end = e;
        }
        if !valid_day(year, m, d) || d2.is_some_and(|d2| !valid_day(year, m, d2)) {
            return invalid(i, end);
        }
        let a = Point {
            date: DateSpec::Cal { year, month: Some(m), day: Some(d), shift: Shift::Tense },
            time: None,
        };
        if let Some(d2) = d2 {
            let b = Point {
                date: DateSpec::Cal { year, month: Some(m), day: Some(d2), shift: Shift::Tense },
                time: None,
            };
            return cand(i, end, Sem::Range(a, b), TimexType::Date, "day-month-range");
        }
        cand(i, end, Sem::Point(a), TimexType::Date, "day-month")
    }

    /// `1994-11-05T13:15:30`, `2015-07-31T12:00Z`, `2024-06-18T09:30:00.250+02:00`: an ISO
    /// 8601 date and time, read from the text (the tokenizer splits it into many words).
    /// The value is the local time written; an offset or `Z` is part of the span.
    fn iso_datetime(&self, i: usize) -> Option<Cand> {
        let w = self.w(i)?;
        let b = self.text.as_bytes().get(w.span.start..)?;
        let num = |k: usize, n: usize| -> Option<u32> {
            let part = b.get(k..k + n)?;
            part.iter()
                .try_fold(0u32, |a, &c| c.is_ascii_digit().then(|| a * 10 + u32::from(c - b'0')))
        };
        let seps = b.get(4) == Some(&b'-')
            && b.get(7) == Some(&b'-')
            && matches!(b.get(10), Some(b'T' | b't'))
            && b.get(13) == Some(&b':');
        if !seps {
            return None;
        }
        let (y, mo, d, h, mi) = (num(0, 4)?, num(5, 2)?, num(8, 2)?, num(11, 2)?, num(14, 2)?);
        let mut len = 16;
        let mut sec = None;
        if b.get(16) == Some(&b':') {
            sec = Some(num(17, 2)?);
            len = 19;
            if b.get(len) == Some(&b'.') {
                let frac = b.get(len + 1..)?.iter().take_while(|c| c.is_ascii_digit()).count();
                if frac == 0 {
                    return None;
                }
                len += 1 + frac;
            }
        }
        match b.get(len) {
            Some(b'Z' | b'z') => len += 1,
            Some(b'+' | b'-') if num(len + 1, 2).is_some() => {
                len += 3;
                if b.get(len) == Some(&b':') && num(len + 1, 2).is_some() {
                    len += 3;
                } else if num(len, 2).is_some() {
                    len += 2;
                }
            }
            _ => {}
        }
        let (y, m, d) = (i32::try_from(y).ok()?, u8::try_from(mo).ok()?, u8::try_from(d).ok()?);
        if !valid_day(Some(y), m, d) || h > 23 || mi > 59 || sec.is_some_and(|s| s > 59) {
            return None;
        }
        // The words the expression covers; it must end where a word ends.
        let end_byte = w.span.start + len;
        let mut e = i;
        while self.w(e).is_some_and(|x| x.span.end <= end_byte) {
            e += 1;
        }
        if e == i || self.w(e - 1).is_none_or(|x| x.span.end != end_byte) {
            return None;
        }
        let (h, mi) = (u8::try_from(h).ok()?, u8::try_from(mi).ok()?);
        let time = match sec {
            Some(s) => TimeSpec::ClockSec(h, mi, u8::try_from(s).ok()?),
            None => TimeSpec::Clock(h, mi),
        };
        let sem = Sem::Point(Point {
            date: DateSpec::Cal {
                year: Some(y),
                month: Some(m),
                day: Some(d),
                shift: Shift::Tense,
            },
            time: Some(time),
        });
        cand(i, e, sem, TimexType::Time, "iso-datetime")
    }

    /// `2024 August`, `2024-August`, `2024/Aug/10`: the year first, then a month name (and a
    /// day, with the same glued separator).
    fn year_month(&self, i: usize) -> Option<Cand> {
        let Lex::Digits { n, len: 4 } = self.lx(i) else { return None };
        if !(1000..=2999).contains(&n) {
            return None;
        }
        let y = i32::try_from(n).ok()?;
        let sep = self.glued_sep(i + 1);
        // `2024 AD August`.
        let era = !sep && matches!(self.lx(i + 1), Lex::Era(false));
        let j = if sep || era { i + 2 } else { i + 1 };
        // A spaced month must be capitalised and not a modal (`2024 May see`).
        let (m, _) = self.month(j)?;
        if !sep && (!self.w(j)?.cap || m == 5) {
            return None;
        }
        if sep
            && self.glued_sep(j + 1)
            && let Some(d) = self.day(j + 2).filter(|&d| valid_day(Some(y), m, d))
        {
            let sem = date(day_of(y, m, d));
            return cand(i, j + 3, sem, TimexType::Date, "year-month-day");
        }
        // `2024 August 5` reads the day with the month.
        if !sep && self.day(j + 1).is_some() {
            return None;
        }
        let sem =
            date(DateSpec::Cal { year: Some(y), month: Some(m), day: None, shift: Shift::Tense });
        cand(i, j + 1, sem, TimexType::Date, "year-month")
    }

    /// Month and day of a numeric date as the tagger's order reads them: with `day_first`, a
    /// slashed or dashed date whose two numbers could both be months is day first (the
    /// lexicon reads it month first; dotted dates are day first already).
    fn numeric_order(&self, i: usize, m: u8, d: u8) -> (u8, u8) {
        let t = self.txt(i);
        let both = m <= 12 && d <= 12;
        // `2024/06/10`: the year first keeps month then day.
        let year_first = t.bytes().take_while(u8::is_ascii_digit).count() == 4;
        if self.day_first && both && !t.contains('.') && !year_first { (d, m) } else { (m, d) }
    }

    /// `2014 12 28`: a year, a month and a day in digits, spaced, and nothing but
    /// punctuation after them. Numbers that cannot be a month and day (`2012 80 10`) make the
    /// whole an impossible date, not a year.
    fn spaced_ymd(&self, i: usize, y: i32) -> Option<Cand> {
        let (Lex::Digits { n: m, len: 1..=2 }, Lex::Digits { n: d, len: 1..=2 }) =
            (self.lx(i + 1), self.lx(i + 2))
        else {
            return None;
        };
        if !(1000..=2999).contains(&y)
            || (i..i + 2).any(|k| self.glued(k))
            || !matches!(self.lx(i + 3), Lex::Punct | Lex::Comma)
            || i.checked_sub(1).is_some_and(|p| matches!(self.lx(p), Lex::Digits { .. }))
        {
            return None;
        }
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else { return invalid(i, i + 3) };
        if !valid_day(Some(y), m, d) {
            return invalid(i, i + 3);
        }
        cand(i, i + 3, date(day_of(y, m, d)), TimexType::Date, "spaced-date")
    }

    /// `6/19/2024`, `2024-06-19`, `19.06.2024`.
    pub(super) fn r_numdate(&self, i: usize) -> Option<Cand> {
        if matches!(self.lx(i), Lex::Digits { len: 4, .. })
            && let Some(c) = self.iso_datetime(i).or_else(|| self.year_month(i))
        {
            return Some(c);
        }
        match self.lx(i) {
            Lex::NumDate { y: Some(y), m, d } if valid_day(Some(y), m, d) => {
                let (m, d) = self.numeric_order(i, m, d);
                let sem = date(day_of(y, m, d));
                cand(i, i + 1, sem, TimexType::Date, "numeric-date")
            }
            // `12-30-16`, `05-25-2015`, `30-12-16`: month (or day) first with dashes, split
            // at the hyphens; two-digit parts and a year of two or four digits.
            // `1-2-2019`: one-digit parts with a four-digit year.
            Lex::Digits { n: a, len: al @ 1..=2 }
                if (1..=4).all(|k| self.glued(i + k - 1))
                    && matches!(self.lx(i + 1), Lex::Dash)
                    && matches!(self.lx(i + 3), Lex::Dash) =>
            {
                let (
                    Lex::Digits { n: b, len: bl @ 1..=2 },
                    Lex::Digits { n: y, len: yl @ (2 | 4) },
                ) = (self.lx(i + 2), self.lx(i + 4))
                else {
                    return None;
                };
                if (al == 1 || bl == 1) && yl != 4 {
                    return None;
                }
                if matches!(self.lx(i + 5), Lex::Dash) {
                    return None; // `80-32-89-89`
                }
                let y = i32::try_from(y).ok()?;
                let y = match yl {
                    4 => y,
                    _ if y < 50 => 2000 + y,
                    _ => 1900 + y,
                };
                let (a, b) = (u8::try_from(a).ok()?, u8::try_from(b).ok()?);
                // With a short year, only a day over 12 makes it a date (`12-10-10` is a
                // win-loss-tie record as often).
                if yl == 2 && a <= 12 && b <= 12 {
                    return None;
                }
                let (m, d) = if valid_day(Some(y), a, b) {
                    (a, b)
                } else if valid_day(Some(y), b, a) {
                    (b, a)
                } else {
                    return None;
                };
                let sem = date(day_of(y, m, d));
                cand(i, i + 5, sem, TimexType::Date, "dashed-date")
            }
            // `2024-06-19`, `2013-2-7` split at the hyphens.
            Lex::Digits { n, len: 4 } => {
                let y = i32::try_from(n).ok()?;
                if let Some(c) = self.spaced_ymd(i, y) {
                    return Some(c);
                }
                let (m, d) = match (self.lx(i + 1), self.lx(i + 2), self.lx(i + 3), self.lx(i + 4))
                {
                    (
                        Lex::Dash,
                        Lex::Digits { n: m, len: 1..=2 },
                        Lex::Dash,
                        Lex::Digits { n: d, len: 1..=2 },
                    ) if self.glued(i)
                        && self.glued(i + 1)
                        && self.glued(i + 2)
                        && self.glued(i + 3) =>
                    {
                        (u8::try_from(m).ok()?, u8::try_from(d).ok()?)
                    }
                    _ => return None,
                };
                // `2014-08-32`: no such day, so nothing.
                if !valid_day(Some(y), m, d) {
                    return invalid(i, i + 5);
                }
                let sem = date(day_of(y, m, d));
                cand(i, i + 5, sem, TimexType::Date, "iso-date")
            }
            // `05/31/2024.14:15`, `05/31/2024:14:15`: a date and a clock in one word.
            Lex::NumDateTime { y, m, d, h, min } if valid_day(Some(y), m, d) => {
                let (m, d) = self.numeric_order(i, m, d);
                let sem = Sem::Point(Point {
                    date: day_of(y, m, d),
                    time: Some(TimeSpec::Clock(h, min)),
                });
                cand(i, i + 1, sem, TimexType::Time, "numeric-date-time")
            }
            // `9/2012`, `Published: 06/2004`.
            Lex::NumMonthYear { y, m } => {
                let sem = date(DateSpec::Cal {
                    year: Some(y),
                    month: Some(m),
                    day: None,
                    shift: Shift::Tense,
                });
                cand(i, i + 1, sem, TimexType::Date, "numeric-month-year")
            }
            // `on 6/19`, `2 months before 02/02`, `1/8 at 12pm`: month/day without year
            // after `on`, `before`, `after`, `since` or `until`, or before `at` and a time
            // (elsewhere a fraction or a score).
            Lex::NumDate { y: None, .. }
                if (i.checked_sub(1).is_some_and(|p| {
                    matches!(
                        self.lx(p),
                        Lex::Fw(Fw::On | Fw::Before | Fw::After | Fw::Since | Fw::Until)
                    )
                }) || self.fw(i + 1, Fw::At) && self.r_time(i + 2).is_some()
                    || matches!(self.lx(i + 1), Lex::Comma) && self.year(i + 2).is_some()) =>
            {
                self.numeric_month_day(i)
            }
            _ => None,
        }
    }

    /// A month and day in digits at `i` (`8/10`), with a year after a comma (`8/10, 2012`):
    /// for the rules that know from the context that it is a date.
    pub(super) fn numeric_month_day(&self, i: usize) -> Option<Cand> {
        let Lex::NumDate { y: None, m, d } = self.lx(i) else { return None };
        let (m, d) = self.numeric_order(i, m, d);
        let (year, end) = match self.lx(i + 1) {
            Lex::Comma => self.year(i + 2).map_or((None, i + 1), |(y, e)| (Some(y), e)),
            _ => (None, i + 1),
        };
        if !valid_day(year, m, d) {
            return invalid(i, end);
        }
        let sem = date(DateSpec::Cal { year, month: Some(m), day: Some(d), shift: Shift::Tense });
        cand(i, end, sem, TimexType::Date, "numeric-month-day")
    }

    /// `1948`, `218 BC`, `1990-92`, `the year 2000`, `fiscal 1989`, `FY2024`.
    pub(super) fn r_year(&self, i: usize) -> Option<Cand> {
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
        if matches!(self.lx(e), Lex::Dash)
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
            // `2019-05`: a year and a month (ISO 8601; not the start of `2014-08-32`).
            if len == 2
                && (1..=12).contains(&n)
                && !(matches!(self.lx(e + 2), Lex::Dash) && self.glued(e + 1))
            {
                let sem = date(DateSpec::Cal {
                    year: Some(y),
                    month: Some(u8::try_from(n).ok()?),
                    day: None,
                    shift: Shift::Tense,
                });
                return cand(i, e + 2, sem, TimexType::Date, "iso-month");
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
    pub(super) fn r_decade(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn r_century(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn r_quarter(&self, i: usize) -> Option<Cand> {
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
            && matches!(self.lx(j + 2), Lex::Possessive)
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
    pub(super) fn r_season(&self, i: usize) -> Option<Cand> {
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
        if let Some((y, e)) =
            self.trailing_year(end).filter(|_| !matches!(self.lx(end), Lex::Comma))
        {
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
}

/// Year, month and day, the year's position in the text (`Shift::Tense`) aside.
fn day_of(y: i32, m: u8, d: u8) -> DateSpec {
    DateSpec::Cal { year: Some(y), month: Some(m), day: Some(d), shift: Shift::Tense }
}
