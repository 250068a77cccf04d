//! Ranges: `June 19-20`, `from May to July`, `between 2020 and 2022`.

use super::*;

impl Parser<'_> {
    /// After `Month D`: `-D2`, `-Month D2`, ` to D2` — a range in one expression.
    pub(super) fn month_day_range(&self, i: usize, m: u8, d: u8, j: usize) -> Option<Cand> {
        let dash = matches!(self.lx(j), Lex::Dash);
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
        // `February 20 - 29, 2022`: a day the month does not have spoils the whole range.
        if !valid_day(year, m, d) || !valid_day(year, m2, d2) {
            return invalid(i, end);
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

    /// `17 August 2013 to 19 August 2013`, `8/10/2012 - 8/15/2012`, `10 August - 12
    /// September`: two dates to the day joined by a dash, `to`, `through` or `until` without
    /// `from`, given the first.
    pub(super) fn bare_range(&self, a: &Cand) -> Option<Cand> {
        let to_the_day = |c: &Cand| {
            matches!(
                c.sem,
                Sem::Point(Point {
                    date: DateSpec::Cal { month: Some(_), day: Some(_), .. },
                    time: None
                })
            )
        };
        if !to_the_day(a) {
            return None;
        }
        let j = a.end;
        if !(matches!(self.lx(j), Lex::Dash)
            || self.fw(j, Fw::To)
            || self.fw(j, Fw::Through)
            || self.fw(j, Fw::Until))
        {
            return None;
        }
        let b = self.core(j + 1).filter(to_the_day)?;
        let (Sem::Point(pa), Sem::Point(pb)) = (a.sem, b.sem) else { return None };
        // Borrow the year of the end (`10 August - 12 September 2013`).
        let pa = borrow_end_year(pa, pb);
        cand(a.start, b.end, Sem::Range(pa, pb), TimexType::Date, "range")
    }

    /// `from 2019 to 2021`, `between May and July`, `from Monday through Friday`.
    pub(super) fn r_range(&self, i: usize) -> Option<Cand> {
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
                || matches!(self.lx(j), Lex::Dash)
        };
        if !ok_sep {
            return None;
        }
        let b = self.core(j + 1)?;
        let (Sem::Point(pa), Sem::Point(pb)) = (a.sem, b.sem) else { return None };
        if a.ty == TimexType::Duration || b.ty == TimexType::Duration {
            return None;
        }
        // Borrow the year of the end: `from May to July 2024`; a time alone the end's day
        // (`from 2pm to 4pm tomorrow`).
        let mut pa = borrow_end_year(pa, pb);
        let bare = DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor };
        if pa.date == bare && pa.time.is_some() && pb.time.is_some() {
            pa.date = pb.date;
        }
        cand(i, b.end, Sem::Range(pa, pb), a.ty, "range")
    }
}

/// The begin of a range with the end's year when it has none: the same year, or the year
/// before when the begin comes later in the year than the end (`from December to May 2022`
/// begins in 2021).
fn borrow_end_year(pa: Point, pb: Point) -> Point {
    match (pa.date, pb.date) {
        (
            DateSpec::Cal { year: None, month, day, shift },
            DateSpec::Cal { year: Some(y), month: mb, day: db, .. },
        ) => {
            let later = month
                .zip(mb)
                .is_some_and(|(ma, mb)| (ma, day.unwrap_or(0)) > (mb, db.unwrap_or(0)));
            let year = Some(if later { y - 1 } else { y });
            Point { date: DateSpec::Cal { year, month, day, shift }, time: pa.time }
        }
        _ => pa,
    }
}
