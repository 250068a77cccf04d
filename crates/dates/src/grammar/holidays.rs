//! Holidays: named days and their variants (`Christmas`, `New Year's Eve`).

use super::*;

impl Parser<'_> {
    /// `Christmas`, `Thanksgiving Day`, `New Year's Eve`, `Election Day`, `Easter 2024`.
    pub(super) fn r_holiday(&self, i: usize) -> Option<Cand> {
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

    pub(super) fn holiday_tail(
        &self,
        i: usize,
        h: Holiday,
        end: usize,
        shift: Shift,
    ) -> Option<Cand> {
        let (year, end) = match self.trailing_year(end) {
            Some((y, e)) => (Some(y), e),
            None => (None, end),
        };
        let sem = date(DateSpec::Holiday { h, year, shift });
        cand(i, end, sem, TimexType::Date, "holiday")
    }
}
