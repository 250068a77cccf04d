//! Durations: amounts of units (`24 years`, `three months`, `a decade`) and their ranges.

use super::*;

impl Parser<'_> {
    /// A number at `i`: digits, words (`twenty four`, `twenty-four`, `one hundred`), `a`,
    /// `a couple of`, fractions (`2 1/2`, `two and a half`); `None` value for `several`,
    /// `a few`, `many`. Returns (value, end, exact).
    pub(super) fn amount(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let (mut v, mut j): (Option<f64>, usize) = match self.lx(i) {
            Lex::Digits { n, len } if len <= 6 => (Some(f64::from(n)), i + 1),
            // The unit is the same word (see `unit`).
            Lex::NumUnit { n, .. } => return Some((Some(f64::from(n)), i)),
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

    fn compound_offset(
        &self,
        i: usize,
        amount: Option<f64>,
        unit: Unit,
        end: usize,
    ) -> Option<Cand> {
        let size = |u: Unit| -> Option<i64> {
            Some(match u {
                Unit::Second => 1,
                Unit::Minute => 60,
                Unit::Hour => 3600,
                Unit::Day => 86_400,
                Unit::Week => 604_800,
                _ => return None,
            })
        };
        let a = amount.filter(|a| a.fract() == 0.0 && *a < 10_000.0)?;
        let mut total = a as i64 * size(unit)?;
        let (mut smallest, mut last) = (unit, size(unit)?);
        let mut k = end;
        let mut parts = 1;
        loop {
            let mut j = k;
            if matches!(self.lx(j), Lex::Comma) {
                j += 1;
            }
            if self.fw(j, Fw::And) {
                j += 1;
            }
            let Some((Some(x), u_at)) = self.amount(j) else { break };
            let Some((u, _)) = self.unit(u_at) else { break };
            let Some(sz) = size(u) else { break };
            if sz >= last || x.fract() != 0.0 || x >= 10_000.0 {
                break;
            }
            total += x as i64 * sz;
            (smallest, last) = (u, sz);
            k = u_at + 1;
            parts += 1;
        }
        if parts < 2 {
            return None;
        }
        let (sign, anchoring, e) = match (self.lx(k), self.lx(k + 1)) {
            (Lex::Fw(Fw::Ago), _) => (-1, Anchoring::Ago, k + 1),
            (Lex::Fw(Fw::From), Lex::Fw(Fw::Now)) => (1, Anchoring::Dct, k + 2),
            (Lex::Mod(ModWord::Earlier), _) => (-1, Anchoring::Anaphor, k + 1),
            (Lex::Mod(ModWord::Later), _) => (1, Anchoring::Anaphor, k + 1),
            _ => return None,
        };
        let n = i32::try_from(total / size(smallest)?).ok()?;
        let sem = date(DateSpec::Offset { unit: smallest, n: sign * n, anchoring });
        cand(i, e, sem, TimexType::Date, "offset-compound")
    }

    /// `24 years`, `the past three months`, `five-year`, `a couple of years`, `recent years`,
    /// `two years ago`, `a year earlier`, `8-month-old`.
    pub(super) fn r_duration(&self, i: usize) -> Option<Cand> {
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
            && matches!(self.lx(j + 1), Lex::Digits { .. } | Lex::NumWord(_) | Lex::NumUnit { .. })
            && !matches!(self.lx(j + 1), Lex::NumWord(12 | 100 | 1000))
        {
            the = true;
            j += 1;
        }
        // `half an hour`, `half a century`.
        if self.modw(j, ModWord::Half) && (self.fw(j + 1, Fw::A) || self.fw(j + 1, Fw::An)) {
            let (unit, false) = self.unit(j + 2)? else { return None };
            // `half an hour ago`, `half a day later`: the half in the next smaller unit.
            let offset = match (self.lx(j + 3), self.lx(j + 4)) {
                (Lex::Fw(Fw::Ago), _) => Some((-1, Anchoring::Ago, j + 4)),
                (Lex::Fw(Fw::From), Lex::Fw(Fw::Now)) => Some((1, Anchoring::Dct, j + 5)),
                (Lex::Mod(ModWord::Earlier), _) => Some((-1, Anchoring::Anaphor, j + 4)),
                (Lex::Mod(ModWord::Later), _) => Some((1, Anchoring::Anaphor, j + 4)),
                _ => None,
            };
            let half = match unit {
                Unit::Hour => Some((Unit::Minute, 30)),
                Unit::Minute => Some((Unit::Second, 30)),
                Unit::Day => Some((Unit::Hour, 12)),
                Unit::Year => Some((Unit::Month, 6)),
                _ => None,
            };
            if let (Some((sign, anchoring, e)), Some((unit, n))) = (offset, half) {
                let sem = date(DateSpec::Offset { unit, n: sign * n, anchoring });
                return cand(i, e, sem, TimexType::Date, "offset-half");
            }
            // In the smaller unit (`PT30M` either way), so that `in half an hour` can be
            // the point it comes to.
            let sem = match half {
                Some((unit, n)) => Sem::Duration { amount: Some(f64::from(n)), unit },
                None => Sem::Duration { amount: Some(0.5), unit },
            };
            return cand(i, j + 3, sem, TimexType::Duration, "duration-half");
        }
        let (amount, mut k) = match self.amount(j) {
            Some((a, k)) => (a, k),
            None => (None, j),
        };
        // `15min`: the amount and the unit are one word.
        let has_amount = k > j || matches!(self.lx(j), Lex::NumUnit { .. });
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
        // `1 day 21 hours ago`, `15 hours 29 min ago`, `3 min and 49 sec later`: smaller
        // amounts after the first, counted in the smallest unit.
        if let Some(c) = self.compound_offset(i, amount, unit, end) {
            return Some(c);
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
            // `the vote is a week out`, `a min out`: ahead of now.
            (Lex::Other, Lex::Punct | Lex::Comma) if self.txt(end) == "out" => {
                Some((1, Anchoring::Dct, end + 1))
            }
            _ => None,
        };
        if let Some((sign, anchoring, e)) = offset
            && !adjectival
            && rel.is_none()
            && !the
        {
            return match amount.and_then(|x| whole(x, unit)) {
                Some((x, unit)) => {
                    let n = sign * x;
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
    pub(super) fn r_duration_range(&self, i: usize) -> Option<Cand> {
        let (Some(_), k) = self.amount(i)? else { return None };
        if !(self.fw(k, Fw::To) || self.fw(k, Fw::Or) || matches!(self.lx(k), Lex::Dash)) || k == i
        {
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

    /// An amount and its unit at `k` written the short way: `3w`, `1d`, `-3y` (one word),
    /// `1h`, `3m 49s`, `21 h` (a number and a letter), `1 mon`; or in full (`2 hours`,
    /// `15min`). Returns the amount, the unit, how it is written ([`Written`]) and the end.
    fn short_amount(&self, k: usize) -> Option<(i32, Unit, Written, usize)> {
        let letter = |t: &str| match t {
            "h" => Some(Unit::Hour),
            "m" => Some(Unit::Minute),
            "s" => Some(Unit::Second),
            "d" => Some(Unit::Day),
            "w" => Some(Unit::Week),
            "y" => Some(Unit::Year),
            _ => None,
        };
        let small = |n: u32| i32::try_from(n).ok().filter(|n| *n < 10_000);
        match self.lx(k) {
            Lex::Other => {
                let t = self.txt(k);
                let cut = t.bytes().position(|b| !b.is_ascii_digit())?;
                let n = small(t.get(..cut)?.parse().ok()?)?;
                let u = letter(t.get(cut..)?)?;
                (cut > 0).then_some((n, u, Written::Letter, k + 1))
            }
            Lex::Digits { n, len: 1..=4 } => {
                let n = small(n)?;
                if let Some(u) = letter(self.txt(k + 1)) {
                    return Some((n, u, Written::Letter, k + 2));
                }
                if matches!(self.txt(k + 1), "mon" | "Mon" | "mo" | "mos") {
                    return Some((n, Unit::Month, Written::Short, k + 2));
                }
                let (u, _) = self.unit(k + 1)?;
                let how = if self.glued(k) { Written::Short } else { Written::Word };
                Some((n, u, how, k + 2))
            }
            Lex::NumUnit { n, unit, .. } => Some((small(n)?, unit, Written::Short, k + 1)),
            _ => {
                let (Some(x), u_at) = self.amount(k)? else { return None };
                let (u, _) = self.unit(u_at)?;
                let ok = x.fract() == 0.0 && x < 10_000.0 && u_at > k;
                ok.then_some((x as i32, u, Written::Word, u_at + 1))
            }
        }
    }

    /// `+15min`, `-3y`, `+2 months, 5 days`, `now + 40minutes` (a sign before), `1h ago`,
    /// `3w later`, `1d 21 h 25m ago`, `2 months 5 days ago` (after), `in 1d 2hr 5min`, `in
    /// 1 mon`: amounts of units from the reference, in decreasing units.
    pub(super) fn r_moved(&self, i: usize) -> Option<Cand> {
        // A sign glued to the amount, or spaced after another word (`now + 40minutes`); not
        // a hyphen inside a word (`a-3y`).
        let sign = match (self.lx(i), self.txt(i)) {
            (Lex::Punct, "+") => 1,
            (Lex::Dash, "-" | "−") => -1,
            _ => 0,
        };
        if sign != 0 && (i > 0 && self.glued(i - 1) || sign < 0 && !self.glued(i)) {
            return None;
        }
        let first = if sign != 0 { i + 1 } else { i };
        let mut by = [None; 4];
        let (mut parts, mut letters, mut words, mut hours) = (0, 0, 0, false);
        let mut k = first;
        let mut last = None;
        while parts < by.len() {
            let mut j = k;
            if parts > 0 {
                if matches!(self.lx(j), Lex::Comma) {
                    j += 1;
                }
                if self.fw(j, Fw::And) {
                    j += 1;
                }
            }
            let Some((n, u, how, e)) = self.short_amount(j) else { break };
            if last.is_some_and(|l| u >= l) || matches!(u, Unit::Weekend) {
                break;
            }
            if let Some(slot) = by.get_mut(parts) {
                *slot = Some((u, n));
            }
            last = Some(u);
            parts += 1;
            hours |= how == Written::Letter && u == Unit::Hour;
            match how {
                Written::Letter => letters += 1,
                Written::Word => words += 1,
                Written::Short => {}
            }
            k = e;
        }
        if parts == 0 {
            return None;
        }
        // One amount in full (`2 hours ago`) is the duration rule's.
        let short_or_many = parts > 1 || words == 0;
        let (factor, end, within) = if sign != 0 {
            (sign, k, false)
        } else {
            match (self.lx(k), self.lx(k + 1)) {
                (Lex::Fw(Fw::Ago), _) if short_or_many => (-1, k + 1, false),
                (Lex::Mod(ModWord::Later), _) if short_or_many => (1, k + 1, false),
                (Lex::Fw(Fw::From), Lex::Fw(Fw::Now)) if short_or_many => (1, k + 2, false),
                // `in 1d 2hr 5min`, `in 1 mon`, `in 2h`: not letters alone unless one is
                // hours (`ran in 3m 5s` may be metres).
                _ if i > 0
                    && self.fw(i - 1, Fw::In)
                    && short_or_many
                    && (letters < parts || hours) =>
                {
                    (1, k, true)
                }
                _ => return None,
            }
        };
        for (_, n) in by.iter_mut().flatten() {
            *n *= factor;
        }
        let sem = Sem::Moved { base: None, by, within, signed: sign != 0 };
        cand(i, end, sem, TimexType::Date, "moved")
    }

    /// Whether words from `i` start a noun phrase (`after the war`), so that `before`/`after`
    /// are prepositions, not adverbs.
    pub(super) fn np_starts(&self, i: usize, next: Lex) -> bool {
        match next {
            Lex::Punct | Lex::Comma => false,
            Lex::Fw(Fw::And | Fw::Or) => false,
            _ => self.w(i).is_some(),
        }
    }

    /// A plural unit with no number (`years`, `months`) is a duration after `for`, `in`,
    /// `over`, `within`, `after`, or before `ago`/`later`.
    pub(super) fn bare_plural_ok(&self, i: usize, k: usize) -> bool {
        let prev = i.checked_sub(1).map_or(Lex::Punct, |p| self.lx(p));
        let prev_ok = matches!(
            prev,
            Lex::Fw(Fw::For | Fw::In | Fw::Within | Fw::After | Fw::Before | Fw::During | Fw::Than)
        ) || matches!(prev, Lex::Mod(ModWord::Over));
        let next_ok = matches!(
            self.lx(k + 1),
            Lex::Fw(Fw::Ago) | Lex::Mod(ModWord::Later | ModWord::Earlier)
        );
        // `for years`, not `for years of service`? Both fine; but `in days of old` is rare.
        (prev_ok && !self.fw(k + 1, Fw::Of)) || next_ok
    }
}

/// How an amount and its unit are written (see `Parser::short_amount`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Written {
    /// In full: `2 hours`, `a minute`.
    Word,
    /// Glued or shortened: `15min`, `2hr`, `1 mon`.
    Short,
    /// A single letter (`3w`, `1h`, `3m 49s`): a unit only with a sign, `ago` or `later`
    /// (`3d glasses`, `ran in 3m 5s`).
    Letter,
}

/// An amount as a whole number of `unit`, or of the next smaller unit when it is a fraction
/// that the smaller unit counts exactly (`1.5 hours` = 90 minutes, `2.5 days` = 60 hours).
pub(crate) fn whole(x: f64, unit: Unit) -> Option<(i32, Unit)> {
    if !(0.0..100_000.0).contains(&x) {
        return None;
    }
    if x.fract() == 0.0 {
        return Some((x as i32, unit));
    }
    let (smaller, k) = match unit {
        Unit::Minute => (Unit::Second, 60.0),
        Unit::Hour => (Unit::Minute, 60.0),
        Unit::Day => (Unit::Hour, 24.0),
        Unit::Week => (Unit::Day, 7.0),
        Unit::Year => (Unit::Month, 12.0),
        _ => return None,
    };
    let y = x * k;
    ((y - y.round()).abs() < 1e-9).then_some((y.round() as i32, smaller))
}
