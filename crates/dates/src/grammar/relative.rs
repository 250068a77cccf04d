//! Dates relative to the reference: `the year`, `today`, `now`, `last September`, `next
//! week`, `two years ago`, weekdays.

use super::*;

impl Parser<'_> {
    /// `the weekend`, `the year`, `the fiscal year`, `the latest period`, `the next morning`,
    /// `year-end`, `year-earlier`.
    pub(super) fn r_the_unit(&self, i: usize) -> Option<Cand> {
        let dct = |unit, n| date(DateSpec::Offset { unit, n, anchoring: Anchoring::Dct });
        // `year-end`, `year end`, `year's end`; `year-earlier`, `year-ago` (adjectives).
        if self.unit(i) == Some((Unit::Year, false)) {
            let k = self.hyphen(i + 1).unwrap_or(i + 1);
            let k = if matches!(self.lx(k), Lex::Possessive) { k + 1 } else { k };
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
        // `the day before`, `the year after`, `the min after` ending a clause: one unit
        // before or after the date in question.
        if j == i + 1
            && !matches!(unit, Unit::Weekend | Unit::Quarter)
            && let Some(sign) = match self.lx(j + 1) {
                Lex::Fw(Fw::Before) => Some(-1),
                Lex::Fw(Fw::After) => Some(1),
                _ => None,
            }
            && !self.np_starts(j + 2, self.lx(j + 2))
        {
            let sem = date(DateSpec::Offset { unit, n: sign, anchoring: Anchoring::Anaphor });
            return cand(i, j + 2, sem, TimexType::Date, "the-unit-before");
        }
        // `the year-earlier`, `the year 2000`, `the week of`: other rules.
        if matches!(self.lx(j + 1), Lex::Dash) || self.fw(j + 1, Fw::Of) && unit != Unit::Weekend {
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
                    || matches!(prev, Lex::Mod(ModWord::Over))
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

    /// `today`, `yesterday morning`, `tonight`, `the day before yesterday`.
    pub(super) fn r_deictic(&self, i: usize) -> Option<Cand> {
        // `the day before yesterday`, `day after tomorrow`.
        let d = if self.is_the(i) { i + 1 } else { i };
        if self.unit(d) == Some((Unit::Day, false)) {
            let n = match (self.lx(d + 1), self.lx(d + 2)) {
                (Lex::Fw(Fw::Before), Lex::DayDeictic { offset: -1, .. }) => -2,
                (Lex::Fw(Fw::After), Lex::DayDeictic { offset: 1, .. }) => 2,
                _ => return None,
            };
            let sem = date(DateSpec::Offset { unit: Unit::Day, n, anchoring: Anchoring::Dct });
            return cand(i, d + 3, sem, TimexType::Date, "deictic-day");
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
    pub(super) fn r_ref(&self, i: usize) -> Option<Cand> {
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
                        ) && matches!(self.lx(i + 2), Lex::Fw(Fw::Term))
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

    pub(super) fn hyphen_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| matches!(self.lx(p), Lex::Dash))
    }

    /// `last year`, `next week`, `this month`, `last September`, `next Friday`, `earlier this
    /// month`, `the following day`, `that year`, `the weekend`.
    pub(super) fn r_rel(&self, i: usize) -> Option<Cand> {
        // `lastmonth`, `nextweek`.
        if let Lex::RelUnit { rel, unit } = self.lx(i) {
            let n = match rel {
                Rel::Last => -1,
                Rel::Next => 1,
                _ => 0,
            };
            let sem = date(DateSpec::Offset { unit, n, anchoring: Anchoring::Dct });
            return cand(i, i + 1, sem, TimexType::Date, "rel-unit");
        }
        // `after this year`: from the next one on.
        if self.fw(i, Fw::After)
            && self.rel(i + 1) == Some(Rel::This)
            && let Some((unit @ (Unit::Week | Unit::Month | Unit::Quarter | Unit::Year), false)) =
                self.unit(i + 2)
            && !matches!(self.lx(i + 3), Lex::Possessive | Lex::Dash)
        {
            let sem = date(DateSpec::Offset { unit, n: 1, anchoring: Anchoring::Dct });
            return cand(i, i + 3, sem, TimexType::Date, "after-this-unit");
        }
        // `next weekday`, `last weekday`: the working day after or before.
        if let Some(r @ (Rel::Next | Rel::Last)) = self.rel(i)
            && self.fw(i + 1, Fw::Workday)
        {
            let sem = date(DateSpec::Workday { n: if r == Rel::Next { 1 } else { -1 } });
            return cand(i, i + 2, sem, TimexType::Date, "rel-workday");
        }
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
        // `next` itself (not `this coming`, `following`), for weekdays.
        let plain_next = rel == Rel::Next && !the;
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
            if !self.weekday_name(k)
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
            // `next Saturday` is the Saturday of next week (said on a Tuesday, not the one
            // four days ahead); `this coming Saturday` the nearer one.
            let dspec = if plain_next {
                DateSpec::WeekdayOfWeek { d, weeks: 1 }
            } else {
                DateSpec::Weekday { d, shift }
            };
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
    pub(super) fn r_weekday(&self, i: usize) -> Option<Cand> {
        let w = self.w(i)?;
        let Lex::Weekday { d, abbr, plural } = w.lex else { return None };
        if !self.weekday_name(i) {
            return None;
        }
        if abbr && !w.period {
            // `Sat`, `Sun`, `Wed` are words; `Fri` alone is rare: need a date after.
            let j = if matches!(self.lx(i + 1), Lex::Comma) { i + 2 } else { i + 1 };
            if self.month(j).is_none()
                && !matches!(self.lx(j), Lex::DayMonth { .. } | Lex::NumDate { y: None, .. })
            {
                return None;
            }
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
        let j = if matches!(self.lx(i + 1), Lex::Comma) { i + 2 } else { i + 1 };
        if let Some(c) =
            self.r_month(j).filter(|c| matches!(c.rule, "month-day" | "month-day-range"))
        {
            return Some(Cand { start: i, ..c });
        }
        let day_first = self.day(j).is_some() || matches!(self.lx(j), Lex::DayMonth { .. });
        if let Some(c) = self.r_day_month(j).filter(|c| day_first && c.end > j) {
            return Some(Cand { start: i, ..c });
        }
        // `Friday 8/10`, `Fri, 8/10`.
        if let Some(c) = self.numeric_month_day(j) {
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
        // `Tuesday of next week`, `Friday of last week`, `monday next week`.
        let of = usize::from(self.fw(i + 1, Fw::Of));
        if let Some(weeks) = match self.rel(i + 1 + of) {
            Some(Rel::Next | Rel::Coming | Rel::Following) => Some(1),
            Some(Rel::Last | Rel::Past | Rel::Previous) => Some(-1),
            Some(Rel::This | Rel::Current) => Some(0),
            _ => None,
        } && self.unit(i + 2 + of) == Some((Unit::Week, false))
            && of == 0
        {
            let sem = date(DateSpec::WeekdayOfWeek { d, weeks });
            return cand(i, i + 3, sem, TimexType::Date, "weekday-of-week");
        }
        if self.fw(i + 1, Fw::Of)
            && let Some(weeks) = match self.rel(i + 2) {
                Some(Rel::Next | Rel::Coming | Rel::Following) => Some(1),
                Some(Rel::Last | Rel::Past | Rel::Previous) => Some(-1),
                Some(Rel::This | Rel::Current) => Some(0),
                _ => None,
            }
            && self.unit(i + 3) == Some((Unit::Week, false))
        {
            let sem = date(DateSpec::WeekdayOfWeek { d, weeks });
            return cand(i, i + 4, sem, TimexType::Date, "weekday-of-week");
        }
        let dspec = DateSpec::Weekday { d, shift: Shift::Tense };
        if let Lex::Part(p) = self.lx(i + 1) {
            let sem = Sem::Point(Point { date: dspec, time: Some(TimeSpec::Part(p)) });
            return cand(i, i + 2, sem, TimexType::Time, "weekday-part");
        }
        cand(i, i + 1, date(dspec), TimexType::Date, "weekday")
    }
}
