//! The reference point that relative expressions resolve against: a date, optionally a time
//! of day, optionally a UTC offset.

use core::fmt;
use core::str::FromStr;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;

/// What relative expressions resolve against: the document's date (or none), the time of
/// day it was written at (optional) and its UTC offset (optional).
///
/// With a date only, times of day stay on the day they are given for (`at 3 p.m.` is 3 p.m.
/// of the reference day) and amounts under a day (`two hours ago`) resolve to the day. With a
/// time too, those resolve to the minute (`two hours ago` at 01:30 is 23:30 the day before),
/// and the resolution policy picks between today's and tomorrow's `midnight` or `at 8`.
/// The offset is carried for the caller: values are local times of the reference, written
/// without an offset, as TIMEX3 writes them. The clock is never read.
///
/// ```
/// use nutgraf_dates::Reference;
///
/// let r: Reference = "2024-06-18T09:30+02:00".parse().unwrap();
/// assert_eq!(r.date.unwrap().to_string(), "2024-06-18");
/// assert_eq!(r.time.unwrap().to_string(), "09:30:00");
/// assert_eq!(r.offset.unwrap().seconds(), 7200);
/// assert_eq!(r.to_string(), "2024-06-18T09:30:00+02:00");
///
/// // The same forms the CLI's `--date` takes; anything else is refused.
/// assert!("2024-06-18".parse::<Reference>().is_ok());
/// assert!("2024-06-18T09:30:15Z".parse::<Reference>().is_ok());
/// assert!("2024-06-18 09:30".parse::<Reference>().is_err());
/// assert!("20240618".parse::<Reference>().is_err());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Reference {
    /// The reference date; without it, what depends on it stays underspecified (`XXXX-09`).
    pub date: Option<Date>,
    /// The time of day at the reference date (ignored without a date).
    pub time: Option<Time>,
    /// The reference's offset from UTC, when known.
    pub offset: Option<Offset>,
}

impl Reference {
    /// No reference: relative values stay underspecified.
    pub const NONE: Reference = Reference { date: None, time: None, offset: None };

    /// A reference date without a time of day.
    pub fn date(date: Date) -> Reference {
        Reference { date: Some(date), time: None, offset: None }
    }

    /// A reference date and time of day.
    pub fn datetime(datetime: DateTime) -> Reference {
        Reference { date: Some(datetime.date()), time: Some(datetime.time()), offset: None }
    }

    /// The same reference with a UTC offset.
    pub fn with_offset(mut self, offset: Offset) -> Reference {
        self.offset = Some(offset);
        self
    }

    /// The reference date and time, when both are known.
    pub fn to_datetime(&self) -> Option<DateTime> {
        Some(self.date?.to_datetime(self.time?))
    }
}

impl From<Date> for Reference {
    fn from(date: Date) -> Reference {
        Reference::date(date)
    }
}

impl From<Option<Date>> for Reference {
    fn from(date: Option<Date>) -> Reference {
        Reference { date, time: None, offset: None }
    }
}

impl From<DateTime> for Reference {
    fn from(datetime: DateTime) -> Reference {
        Reference::datetime(datetime)
    }
}

impl fmt::Display for Reference {
    /// `2024-06-18`, `2024-06-18T09:30:00`, `2024-06-18T09:30:00+02:00` (or `Z`); nothing
    /// without a date.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(d) = self.date else { return Ok(()) };
        write!(f, "{d}")?;
        if let Some(t) = self.time {
            write!(f, "T{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())?;
        }
        if let Some(o) = self.offset {
            let s = o.seconds();
            if s == 0 {
                f.write_str("Z")?;
            } else {
                let sign = if s < 0 { '-' } else { '+' };
                let a = s.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", a / 3600, a / 60 % 60)?;
            }
        }
        Ok(())
    }
}

/// Why a reference string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferenceError {
    message: String,
    reason: Option<String>,
}

impl ReferenceError {
    /// Why a string of the right shape is not a real date or time (`2024-02-30`), if that is
    /// the fault.
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ReferenceError {}

/// Reads `n` ASCII digits at `at`.
fn digits(b: &[u8], at: usize, n: usize) -> Option<i32> {
    let part = b.get(at..at + n)?;
    part.iter().try_fold(0i32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + i32::from(c - b'0')))
}

impl FromStr for Reference {
    type Err = ReferenceError;

    /// Exactly `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, each optionally
    /// followed by `Z` or `±HH:MM` (after a time only); surrounding whitespace is ignored.
    fn from_str(s: &str) -> Result<Reference, ReferenceError> {
        const FORMS: &str = "YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or either with Z or ±HH:MM";
        let excerpt = nutgraf_tokenize::Excerpt::new(s);
        let bad = |why: &str| {
            let reason = why.strip_prefix(" (").and_then(|r| r.strip_suffix(')'));
            ReferenceError {
                message: format!("invalid reference date {excerpt:?}: expected {FORMS}{why}"),
                reason: reason.map(str::to_owned),
            }
        };
        let b = s.trim().as_bytes();
        let (Some(y), Some(mo), Some(d)) = (digits(b, 0, 4), digits(b, 5, 2), digits(b, 8, 2))
        else {
            return Err(bad(""));
        };
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(bad(""));
        }
        let date = Date::new(y as i16, mo as i8, d as i8).map_err(|e| bad(&format!(" ({e})")))?;
        let mut r = Reference::date(date);
        let mut at = 10;
        if b.len() == at {
            return Ok(r);
        }
        if b.get(at) != Some(&b'T') {
            return Err(bad(""));
        }
        let (Some(h), Some(mi)) = (digits(b, at + 1, 2), digits(b, at + 4, 2)) else {
            return Err(bad(""));
        };
        if b.get(at + 3) != Some(&b':') {
            return Err(bad(""));
        }
        at += 6;
        let mut sec = 0;
        if b.get(at) == Some(&b':') {
            sec = digits(b, at + 1, 2).ok_or_else(|| bad(""))?;
            at += 3;
        }
        let time =
            Time::new(h as i8, mi as i8, sec as i8, 0).map_err(|e| bad(&format!(" ({e})")))?;
        r.time = Some(time);
        match b.get(at) {
            None => return Ok(r),
            Some(b'Z') if b.len() == at + 1 => r.offset = Some(Offset::UTC),
            Some(&sign @ (b'+' | b'-')) if b.len() == at + 6 && b.get(at + 3) == Some(&b':') => {
                let (Some(oh), Some(om)) = (digits(b, at + 1, 2), digits(b, at + 4, 2)) else {
                    return Err(bad(""));
                };
                if oh > 23 || om > 59 {
                    return Err(bad(" (offset out of range)"));
                }
                let secs = (oh * 3600 + om * 60) * if sign == b'-' { -1 } else { 1 };
                r.offset = Some(Offset::from_seconds(secs).map_err(|e| bad(&format!(" ({e})")))?);
            }
            Some(_) => return Err(bad("")),
        }
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_forms_are_read_and_written_back() {
        for s in [
            "2024-06-18",
            "2024-06-18T09:30:00",
            "2024-06-18T23:59:59Z",
            "2024-06-18T00:00:00-05:30",
            "0001-01-01T00:00:00+14:00",
        ] {
            let r: Reference = s.parse().unwrap();
            assert_eq!(r.to_string(), s);
        }
        let r: Reference = " 2024-06-18T09:30 ".parse().unwrap();
        assert_eq!(r.to_string(), "2024-06-18T09:30:00");
    }

    #[test]
    fn other_forms_are_refused_with_the_expected_forms() {
        for s in [
            "",
            "20240618",
            "2024-06-18 09:30",
            "+002024-06-18",
            "2024-6-18",
            "2024-06-18T9:30",
            "2024-06-18T09:30:00.5",
            "2024-06-18Z",
            "2024-06-18T09:30+0200",
            "2024-06-18T09:30+02:00:00",
            "2024-06-18T24:00",
            "2024-02-30",
            "2024-06-18T09:30+24:00",
            "２０２４-06-18",
        ] {
            let e = s.parse::<Reference>().unwrap_err().to_string();
            assert!(e.starts_with("invalid reference date"), "{s:?}: {e}");
            assert!(e.contains("YYYY-MM-DD"), "{e}");
        }
        let long = "9".repeat(1 << 16);
        assert!(long.parse::<Reference>().unwrap_err().to_string().len() < 300);
    }
}
