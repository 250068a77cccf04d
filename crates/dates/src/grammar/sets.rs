//! Sets: recurring times (`every Monday`, `weekly`, `each year`).

use super::*;

impl Parser<'_> {
    /// `daily`, `every Monday`, `each year`, `twice a week`, `every other day`.
    pub(super) fn r_set(&self, i: usize) -> Option<Cand> {
        match self.lx(i) {
            Lex::SetAdverb(unit) => {
                let sem =
                    Sem::Set { value: SetVal::Every { n: 1.0, unit }, quant: None, freq: None };
                cand(i, i + 1, sem, TimexType::Set, "set-adverb")
            }
            Lex::Fw(q @ (Fw::Every | Fw::Each)) => {
                let quant = if q == Fw::Every { "EVERY" } else { "EACH" };
                let mut j = i + 1;
                let mut n = 1.0;
                if self.fw(j, Fw::Other) {
                    n = 2.0;
                    j += 1;
                } else if let Some((Some(x), k)) = self.amount(j).filter(|_| !self.fw(j, Fw::A)) {
                    n = x;
                    j = k;
                }
                let value = match self.lx(j) {
                    Lex::Unit { unit, .. } => SetVal::Every { n, unit },
                    Lex::Weekday { d, .. } if self.weekday_name(j) => SetVal::Weekday(d),
                    Lex::Month { m, .. } if self.w(j).is_some_and(|w| w.cap) => SetVal::Month(m),
                    Lex::Season(s) => SetVal::Season(s),
                    Lex::Part(p) if !matches!(p, Part::Noon | Part::Midnight) => SetVal::Part(p),
                    _ => return None,
                };
                if matches!(value, SetVal::Every { unit: Unit::Weekend, .. }) {
                    let sem = Sem::Set { value: SetVal::Weekend, quant: Some(quant), freq: None };
                    return cand(i, j + 1, sem, TimexType::Set, "set-every");
                }
                let sem = Sem::Set { value, quant: Some(quant), freq: None };
                cand(i, j + 1, sem, TimexType::Set, "set-every")
            }
            Lex::Fw(Fw::Once | Fw::Twice | Fw::Thrice) | Lex::Digits { .. } | Lex::NumWord(_) => {
                let (freq, j) = match self.lx(i) {
                    Lex::Fw(Fw::Once) => (1, i + 1),
                    Lex::Fw(Fw::Twice) => (2, i + 1),
                    Lex::Fw(Fw::Thrice) => (3, i + 1),
                    _ => {
                        let (Some(x), k) = self.amount(i)? else { return None };
                        if !self.fw(k, Fw::Times) || x.fract() != 0.0 || x > 1000.0 {
                            return None;
                        }
                        (x as u32, k + 1)
                    }
                };
                let k = if matches!(
                    self.lx(j),
                    Lex::Fw(Fw::A | Fw::An | Fw::Per | Fw::Each | Fw::Every)
                ) {
                    j + 1
                } else {
                    return None;
                };
                let (unit, false) = self.unit(k)? else { return None };
                let sem = Sem::Set {
                    value: SetVal::Every { n: 1.0, unit },
                    quant: None,
                    freq: Some(freq),
                };
                cand(i, k + 1, sem, TimexType::Set, "set-times")
            }
            _ => None,
        }
    }
}
