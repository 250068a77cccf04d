//! Times of day: `5 p.m.`, `17:30`, `noon`.

use super::*;

impl Parser<'_> {
    /// `3:30-4:30pm`, `8 - 11pm`, `10:00 to 11:30 a.m.`: a begin without a.m./p.m. takes
    /// the end's (or the other half of the day when it would come after the end).
    fn time_range(&self, i: usize) -> Option<Cand> {
        let (h, m) = match self.lx(i) {
            Lex::Clock { h: h @ 1..=12, min } => (h, min),
            Lex::Digits { n: n @ 1..=12, len: 1..=2 } => (u8::try_from(n).ok()?, 0),
            _ => return None,
        };
        let j = i + 1;
        // `between 2 and 4pm`.
        let between = self.fw(j, Fw::And) && i > 0 && self.fw(i - 1, Fw::Between);
        if !(matches!(self.lx(j), Lex::Dash) || self.fw(j, Fw::To) || between) {
            return None;
        }
        let b = self.r_time(j + 1)?;
        let Sem::Point(pb @ Point { time: Some(TimeSpec::Clock(hb, _)), .. }) = b.sem else {
            return None;
        };
        // Only an end that says its half of the day (`4:30pm`, `11 p.m.`).
        if !(j + 2..b.end).any(|k| matches!(self.lx(k), Lex::AmPm(_))) {
            return None;
        }
        let pm_end = hb >= 12;
        let h12 = h % 12;
        let hb12 = hb % 12;
        let pm = if (h12, m) <= (hb12, 59) { pm_end } else { !pm_end };
        let ha = if pm { h12 + 12 } else { h12 };
        let pa = Point { date: pb.date, time: Some(TimeSpec::Clock(ha, m)) };
        cand(i, b.end, Sem::Range(pa, pb), TimexType::Time, "time-range")
    }

    /// `5:30 p.m.`, `10 a.m. EDT`, `noon`, `midnight`, `6pm`, `10 p.m. Wednesday`.
    pub(super) fn r_time(&self, i: usize) -> Option<Cand> {
        if let Some(c) = self.time_range(i) {
            return Some(c);
        }
        let (time, mut end) = match self.lx(i) {
            Lex::Clock { h, min } => {
                let mut end = i + 1;
                let mut h = h;
                if let Lex::AmPm(pm) = self.lx(end) {
                    h = to_24(h, pm)?;
                    end += 1;
                }
                // `11:00:09`: to the second (a time wherever it stands).
                let sec = self.txt(i).splitn(3, ':').nth(2).and_then(|s| s.parse::<u8>().ok());
                if end == i + 1 && sec.is_none() && !self.clock_context(i) {
                    return None;
                }
                match sec {
                    Some(s) if s < 60 && end == i + 1 => (TimeSpec::ClockSec(h, min, s), end),
                    _ => (TimeSpec::Clock(h, min), end),
                }
            }
            Lex::Digits { n: n @ 1..=12, len: 1..=2 } if self.fw(i + 1, Fw::OClock) => {
                (TimeSpec::Clock(u8::try_from(n).ok()?, 0), i + 2)
            }
            // `4:30pm` split by the tokenizer into `4`, `:`, `30`, `pm` (after a dash).
            Lex::Digits { n: n @ 0..=23, len: 1..=2 }
                if self.txt(i + 1) == ":"
                    && self.glued(i)
                    && self.glued(i + 1)
                    && matches!(self.lx(i + 2), Lex::Digits { n: 0..=59, len: 2 })
                    && matches!(self.lx(i + 3), Lex::AmPm(_)) =>
            {
                let Lex::Digits { n: min, .. } = self.lx(i + 2) else { return None };
                let Lex::AmPm(pm) = self.lx(i + 3) else { return None };
                let h = to_24(u8::try_from(n).ok()?, pm)?;
                (TimeSpec::Clock(h, u8::try_from(min).ok()?), i + 4)
            }
            // `6 in the morning`, `11 at night`.
            Lex::Digits { n: n @ 1..=12, len: 1..=2 } | Lex::NumWord(n @ 1..=12)
                if self.part_of_day_after(i + 1) =>
            {
                (TimeSpec::Clock(u8::try_from(n).ok()?, 0), i + 1)
            }
            Lex::Digits { n, len: 1..=4 } => {
                let Lex::AmPm(pm) = self.lx(i + 1) else { return None };
                // `6pm` is glued; `6 pm`, `6 p.m.` spaced. `am` spaced is the verb: need dots.
                let t = self.txt(i + 1);
                if !self.glued(i)
                    && !t.contains('.')
                    && !t.eq_ignore_ascii_case("pm")
                    && !self.clock_context(i)
                {
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
        if matches!(self.lx(end), Lex::Zone) {
            end += 1;
        }
        // `8pm - 11`: an end hour alone, ending the clause, takes the begin's half of the day.
        if self.join_ranges
            && matches!(self.lx(end - 1), Lex::AmPm(_))
            && matches!(self.lx(end), Lex::Dash)
            && let Lex::Digits { n: n @ 1..=12, len: 1..=2 } = self.lx(end + 1)
            && matches!(self.lx(end + 2), Lex::Punct | Lex::Comma)
            && !matches!(self.txt(end + 2), "%" | "$")
            && let TimeSpec::Clock(h, m) = time
        {
            let hb = u8::try_from(n % 12).ok()? + if h >= 12 { 12 } else { 0 };
            if hb > h {
                let day = DateSpec::Offset { unit: Unit::Day, n: 0, anchoring: Anchoring::Anaphor };
                let a = Point { date: day, time: Some(TimeSpec::Clock(h, m)) };
                let b = Point { date: day, time: Some(TimeSpec::Clock(hb, 0)) };
                return cand(i, end + 2, Sem::Range(a, b), TimexType::Time, "time-range");
            }
        }
        // `4 in the morning`, `11 at night`.
        let (part, after) = if self.fw(end, Fw::At) {
            (self.lx(end + 1), end + 2)
        } else {
            (self.lx(end + 2), end + 3)
        };
        if let TimeSpec::Clock(h, m) = time
            && self.part_of_day_after(end)
            && let Lex::Part(p @ (Part::Morning | Part::Afternoon | Part::Evening | Part::Night)) =
                part
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
            return cand(i, after, sem, TimexType::Time, "time");
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

    /// `in the morning` (afternoon, evening, night) or `at night` at `k`.
    fn part_of_day_after(&self, k: usize) -> bool {
        let in_the = self.fw(k, Fw::In)
            && self.is_the(k + 1)
            && matches!(
                self.lx(k + 2),
                Lex::Part(Part::Morning | Part::Afternoon | Part::Evening | Part::Night)
            );
        in_the || (self.fw(k, Fw::At) && matches!(self.lx(k + 1), Lex::Part(Part::Night)))
    }

    /// A clock time without a.m./p.m. is a time after `at`, `by`, `until`, `from`, `to`,
    /// `around`, or before a time zone.
    pub(super) fn clock_context(&self, i: usize) -> bool {
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
        ) || matches!(self.lx(i + 1), Lex::Zone)
            || self.after_a_day(i)
            // `14:15 05/31/2024`: a clock before a date in digits.
            || matches!(self.lx(i + 1), Lex::NumDate { y: Some(_), .. })
            // `13:00 - 16:00`, `10:00 to 11:30`: the end of a range of times.
            || (matches!(prev, Lex::Dash | Lex::Fw(Fw::To))
                && i.checked_sub(2).is_some_and(|p| {
                    matches!(self.lx(p), Lex::Clock { .. } | Lex::AmPm(_) | Lex::Zone)
                }))
    }

    /// Whether the words before `i` (a comma aside) end a date written to the day: `5 May
    /// 12:00`, `05/31/2024 14:15`, `2014-04-18 13:00`, `Jan 1 2025, 9:30`.
    fn after_a_day(&self, i: usize) -> bool {
        let Some(mut p) = i.checked_sub(1) else { return false };
        if matches!(self.lx(p), Lex::Comma) {
            let Some(q) = p.checked_sub(1) else { return false };
            p = q;
        }
        let ends = |k: usize| [self.r_numdate(k), self.r_month(k), self.r_day_month(k)];
        // A date rule that matches from a few words back and ends right before `i`.
        (p.saturating_sub(4)..=p).any(|k| ends(k).into_iter().flatten().any(|c| c.end == p + 1))
    }
}
