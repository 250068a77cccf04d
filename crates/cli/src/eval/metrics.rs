//! Precision, recall and F1.

use std::fmt;

/// Counts for precision / recall / F1: matched items, system items, gold items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    pub matched: usize,
    pub system: usize,
    pub gold: usize,
}

impl Prf {
    pub fn add(&mut self, other: Prf) {
        self.matched += other.matched;
        self.system += other.system;
        self.gold += other.gold;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    pub fn to_json(self) -> serde_json::Value {
        serde_json::json!({
            "precision": round4(self.precision()),
            "recall": round4(self.recall()),
            "f1": round4(self.f1()),
            "matched": self.matched,
            "system": self.system,
            "gold": self.gold,
        })
    }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.4}  R {:.4}  F1 {:.4}  (matched {}, system {}, gold {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.matched,
            self.system,
            self.gold
        )
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_is_the_harmonic_mean() {
        let m = Prf { matched: 3, system: 4, gold: 6 };
        assert!((m.precision() - 0.75).abs() < 1e-12);
        assert!((m.recall() - 0.5).abs() < 1e-12);
        assert!((m.f1() - 0.6).abs() < 1e-12);
        assert_eq!(Prf::default().f1(), 0.0);
    }
}
