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
                // `Easter Monday`.
                if h == Holiday::Easter
                    && matches!(self.lx(e), Lex::Weekday { d: 1, .. })
                    && self.w(e).is_some_and(|w| w.cap)
                {
                    return self.holiday_tail(i, Holiday::EasterMonday, e + 1, shift);
                }
                if is_day(e)
                    || (h == Holiday::Easter && matches!(self.lx(e), Lex::Weekday { d: 7, .. }))
                {
                    e += 1;
                }
                (h, e)
            }
            // `Good Friday`, `Black Friday`, `Ash Wednesday`, `Remembrance Sunday`.
            Lex::HolidayHead(h)
                if let Lex::Weekday { d, .. } = self.lx(j + 1)
                    && self.w(j + 1).is_some_and(|w| w.cap)
                    && weekday_holiday(h, d).is_some() =>
            {
                (weekday_holiday(h, d)?, j + 2)
            }
            // `Labor Day`, `Mother's Day`, `Presidents' Day`, `St. Patrick's Day`, `MLK Day`,
            // `International Women's Day`.
            Lex::HolidayHead(h) if day_holiday(h) => {
                let mut k = j + 1;
                if matches!(self.lx(k), Lex::Possessive) || self.txt(k) == "'" || self.txt(k) == "’"
                {
                    k += 1;
                }
                // `Martin Luther King Jr. Day`.
                if h == Holiday::MlkDay && matches!(self.txt(k), "Jr." | "Jr") {
                    k += 1;
                }
                if !is_day(k) {
                    return None;
                }
                (h, k + 1)
            }
            Lex::Fw(Fw::New)
                if self.unit(j + 1) == Some((Unit::Year, false))
                    && matches!(self.lx(j + 2), Lex::Possessive) =>
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
        // `St. Patrick's Day`, `Saint Patrick's Day`, `International Women's Day`: the word
        // before belongs to the name.
        let mut i = i;
        if j == i
            && let Some(p) = i.checked_sub(1)
            && matches!(
                (h, self.txt(p)),
                (Holiday::StPatricksDay, "St." | "St" | "Saint")
                    | (Holiday::WomensDay, "International")
                    | (Holiday::MlkDay, "Luther")
            )
        {
            i = p;
            // `Martin Luther King Day`.
            if h == Holiday::MlkDay && i.checked_sub(1).is_some_and(|q| self.txt(q) == "Martin") {
                i -= 1;
            }
        }
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

/// The holiday a head word names before `Day`.
fn day_holiday(h: Holiday) -> bool {
    !matches!(
        h,
        Holiday::GoodFriday
            | Holiday::BlackFriday
            | Holiday::CyberMonday
            | Holiday::AshWednesday
            | Holiday::PalmSunday
            | Holiday::MaundyThursday
            | Holiday::ShroveTuesday
    )
}

/// The holiday a head word names before a weekday (`d` 1 = Monday … 7 = Sunday).
fn weekday_holiday(h: Holiday, d: u8) -> Option<Holiday> {
    Some(match (h, d) {
        (Holiday::GoodFriday, 5) => Holiday::GoodFriday,
        (Holiday::BlackFriday, 5) => Holiday::BlackFriday,
        (Holiday::CyberMonday, 1) => Holiday::CyberMonday,
        (Holiday::AshWednesday, 3) => Holiday::AshWednesday,
        (Holiday::PalmSunday, 7) => Holiday::PalmSunday,
        (Holiday::MaundyThursday, 4) => Holiday::MaundyThursday,
        (Holiday::ShroveTuesday, 2) => Holiday::ShroveTuesday,
        (Holiday::RemembranceDay, 7) => Holiday::RemembranceSunday,
        _ => return None,
    })
}
