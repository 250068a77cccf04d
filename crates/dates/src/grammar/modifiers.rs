//! Modifiers around an expression: quantities and positions (`about three years`, `early
//! 2024`, `the end of May`), `half of`, and modifiers after it (`or so`).

use super::*;

impl Parser<'_> {
    /// `about`, `nearly`, `more than`, `at least`, `up to`, … before a core.
    pub(super) fn with_quantity_mod(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn with_position_mod(&self, i: usize) -> Option<Cand> {
        let (m, j) = match self.lx(i) {
            Lex::Mod(ModWord::Early) => (Mod::Early, i + 1),
            Lex::Mod(ModWord::Late) => (Mod::Late, i + 1),
            Lex::Mod(ModWord::Mid) => (Mod::Mid, self.hyphen(i + 1).unwrap_or(i + 1)),
            // `by end of year`, `at end of June`, `end of the month` (no determiner, after a
            // preposition or opening the text).
            Lex::Mod(m @ (ModWord::End | ModWord::Beginning | ModWord::Start))
                if self.fw(i + 1, Fw::Of)
                    && i.checked_sub(1).is_none_or(|p| {
                        matches!(
                            self.lx(p),
                            Lex::Fw(
                                Fw::By
                                    | Fw::At
                                    | Fw::Until
                                    | Fw::Before
                                    | Fw::After
                                    | Fw::Since
                                    | Fw::From
                                    | Fw::Through
                            )
                        )
                    }) =>
            {
                (if m == ModWord::End { Mod::End } else { Mod::Start }, i + 2)
            }
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
    pub(super) fn half_of(&self, i: usize) -> Option<Cand> {
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
    pub(super) fn suffix_mod(&self, c: Cand) -> Cand {
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
}
