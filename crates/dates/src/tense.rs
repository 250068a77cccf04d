//! The tense around an expression, from cheap lexical cues in its sentence.
//!
//! `on Monday` is the coming Monday in `Putin will visit on Monday` and the last one in
//! `Putin visited on Monday`. The cue nearest to the expression wins: in `said Friday that it
//! will sell`, `Friday` goes with `said`.

/// The tense of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

use std::sync::OnceLock;

/// How far to look on each side, in bytes.
const REACH: usize = 160;

/// The tense nearest to the byte range `start..end` of `text`, within its sentence.
pub(crate) fn tense_at(text: &str, start: usize, end: usize) -> Tense {
    let b = text.as_bytes();
    let lo = sentence_start(b, start);
    let hi = sentence_end(b, end);
    // Reporting verbs (`said`, `announced`) govern an expression right next to them
    // (`said Friday`); farther away, the tense of the reported clause wins (`will head to
    // Vietnam on June 19-20, the Kremlin announced`).
    let mut best: Option<(usize, Tense)> = None;
    let mut best_report: Option<(usize, Tense)> = None;
    let mut consider = |dist: usize, t: Tense, report: bool| {
        let slot = if report { &mut best_report } else { &mut best };
        if slot.is_none_or(|(d, _)| dist < d) {
            *slot = Some((dist, t));
        }
    };
    let mut i = lo;
    let mut prev: &[u8] = b"";
    while i < hi {
        if !b[i].is_ascii_alphabetic() && b[i] != b'\'' {
            i += 1;
            continue;
        }
        let s = i;
        while i < hi && (b[i].is_ascii_alphabetic() || b[i] == b'\'') {
            i += 1;
        }
        let w = &b[s..i];
        if s >= start && i <= end {
            prev = w;
            continue;
        }
        let dist = if s >= end { s - end } else { start.saturating_sub(i) };
        if let Some(t) = cue(w, prev) {
            consider(dist, t, is_reporting(w));
        }
        prev = w;
    }
    match (best, best_report) {
        // A reporting verb right beside the expression dates the report: `said Friday`,
        // `said on Friday` (up to four bytes apart).
        (_, Some((d, t))) if d <= 4 => t,
        (Some((_, t)), _) => t,
        (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

fn sentence_start(b: &[u8], pos: usize) -> usize {
    let floor = pos.saturating_sub(REACH);
    let mut i = pos.min(b.len());
    while i > floor {
        let c = b[i - 1];
        if c == b'\n'
            || ((c == b'.' || c == b'?' || c == b'!' || c == b';') && b.get(i) == Some(&b' '))
        {
            return i;
        }
        i -= 1;
    }
    // Do not start inside a UTF-8 sequence.
    while i < pos && i < b.len() && (b[i] & 0xC0) == 0x80 {
        i += 1;
    }
    i
}

fn sentence_end(b: &[u8], pos: usize) -> usize {
    let ceil = (pos + REACH).min(b.len());
    let mut i = pos.min(b.len());
    while i < ceil {
        let c = b[i];
        if c == b'\n'
            || ((c == b'.' || c == b'?' || c == b'!' || c == b';') && b.get(i + 1) == Some(&b' '))
        {
            return i;
        }
        i += 1;
    }
    i
}

fn lower_eq(w: &[u8], s: &str) -> bool {
    w.eq_ignore_ascii_case(s.as_bytes())
}

/// Reporting verbs: right beside an expression they date the report (`said Friday`).
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "announced",
    "told",
    "reported",
    "added",
    "stated",
    "according",
    "confirmed",
    "noted",
    "explained",
    "claimed",
    "wrote",
];

/// Words that look ahead.
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "won't",
    "gonna",
    "upcoming",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "expected",
    "expects",
    "expect",
    "intends",
    "intend",
    "due",
    "set",
    "slated",
    "hopes",
    "aims",
    "would",
    "could",
    "next",
    "tomorrow",
    "until",
    "till",
];

/// Past forms and words that look back.
const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "went",
    "came",
    "met",
    "made",
    "took",
    "gave",
    "began",
    "left",
    "held",
    "saw",
    "fell",
    "rose",
    "won",
    "lost",
    "sold",
    "bought",
    "paid",
    "became",
    "got",
    "found",
    "knew",
    "thought",
    "brought",
    "sent",
    "spent",
    "built",
    "hit",
    "cut",
    "put",
    "set",
    "led",
    "fought",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "drove",
    "ran",
    "grew",
    "threw",
    "flew",
    "ago",
    "yesterday",
    "earlier",
    "last",
    "since",
    "ended",
    "killed",
    "announced",
    "reported",
    "according",
    "been",
];

/// Present forms.
const PRESENT: &[&str] = &["is", "are", "says", "say", "has", "have", "am", "now"];

/// More irregular past forms (consulted first).
const MORE_PAST: &[&str] = &[
    "struck",
    "stood",
    "felt",
    "kept",
    "meant",
    "sought",
    "taught",
    "caught",
    "heard",
    "understood",
    "withdrew",
    "drew",
    "forgot",
    "froze",
    "hung",
    "laid",
    "lent",
    "rode",
    "rang",
    "sang",
    "sank",
    "shot",
    "shut",
    "slid",
    "split",
    "spread",
    "stole",
    "stuck",
    "swept",
    "swore",
    "tore",
    "woke",
    "wore",
    "overtook",
    "underwent",
    "undertook",
    "dealt",
    "dug",
    "fed",
    "fled",
    "forgave",
    "hid",
    "lit",
    "slept",
    "sped",
    "spun",
    "sprang",
    "swam",
    "swung",
    "wept",
    "arose",
    "awoke",
    "bore",
    "forbade",
];

/// Words in `-ed` that are not past forms.
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "hundred",
    "based",
    "united",
    "red",
    "bed",
    "seed",
    "feed",
    "weed",
    "breed",
    "greed",
    "shed",
    "embed",
    "creed",
    "bleed",
    "heed",
    "deed",
    "steed",
    "tweed",
    "proceed",
    "naked",
    "wicked",
    "sacred",
    "rugged",
    "armed",
    "related",
    "limited",
    "detailed",
    "advanced",
    "supposed",
    "used",
    "concerned",
    "interested",
    "skilled",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "unprecedented",
    "renewed",
    "continued",
    "increased",
    "reduced",
    "combined",
];

/// What the word lists say about a word, with the precedence [`cue`] gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A cue for this tense.
    Tense(Tense),
    /// `set`, `due`: future before `to`, elsewhere no cue.
    Ambiguous,
    /// Ends in `-ed` but is no past form (`indeed`, `united`).
    NotPast,
    /// In no cue list (only a reporting verb).
    Plain,
}

/// One word of the lists.
#[derive(Debug)]
struct Entry {
    word: &'static [u8],
    class: Class,
    report: bool,
}

/// Longest word the table holds.
const MAX_LEN: usize = 16;

/// The table bucket of a word: by its first letter (`a`–`z`, case-insensitive, or `'`) and
/// its length, so a word is compared only with the few list words that share both.
#[inline]
fn bucket(w: &[u8]) -> Option<usize> {
    let len = w.len();
    if len == 0 || len > MAX_LEN {
        return None;
    }
    let first = match w.first()?.to_ascii_lowercase() {
        c @ b'a'..=b'z' => usize::from(c - b'a'),
        b'\'' => 26,
        _ => return None,
    };
    Some(first * MAX_LEN + len - 1)
}

/// The word lists, bucketed (see [`bucket`]). A word in several lists keeps the class of the
/// first list [`cue`] would consult.
fn table() -> &'static [Vec<Entry>] {
    static TABLE: OnceLock<Vec<Vec<Entry>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<Vec<Entry>> = (0..27 * MAX_LEN).map(|_| Vec::new()).collect();
        let mut add = |words: &[&'static str], class: Class, report: bool| {
            for w in words {
                let w = w.as_bytes();
                let Some(slot) = bucket(w).and_then(|b| t.get_mut(b)) else { continue };
                match slot.iter_mut().find(|e| e.word.eq_ignore_ascii_case(w)) {
                    Some(e) => {
                        if e.class == Class::Plain {
                            e.class = class;
                        }
                        e.report |= report;
                    }
                    None => slot.push(Entry { word: w, class, report }),
                }
            }
        };
        add(REPORTING, Class::Plain, true);
        add(MORE_PAST, Class::Tense(Tense::Past), false);
        add(&["set", "due"], Class::Ambiguous, false);
        add(FUTURE, Class::Tense(Tense::Future), false);
        add(PAST, Class::Tense(Tense::Past), false);
        add(PRESENT, Class::Tense(Tense::Present), false);
        add(NOT_PAST, Class::NotPast, false);
        t
    })
}

/// The list entry of a word (case-insensitive).
#[inline]
fn lookup(w: &[u8]) -> Option<&'static Entry> {
    table().get(bucket(w)?)?.iter().find(|e| w.eq_ignore_ascii_case(e.word))
}

/// Whether `w` is a reporting verb (`said`, `announced`).
fn is_reporting(w: &[u8]) -> bool {
    lookup(w).is_some_and(|e| e.report)
}

/// The tense a word signals (given the word before it).
fn cue(w: &[u8], prev: &[u8]) -> Option<Tense> {
    // `going to`, `set to`, `is to`, `expected to`: the infinitive looks ahead.
    if lower_eq(w, "to") {
        const AHEAD: &[&str] = &[
            "going",
            "about",
            "set",
            "due",
            "is",
            "are",
            "scheduled",
            "expected",
            "poised",
            "likely",
            "plans",
            "planned",
            "slated",
            "intends",
            "hopes",
            "aims",
            "agreed",
            "ready",
        ];
        return AHEAD.iter().any(|a| lower_eq(prev, a)).then_some(Tense::Future);
    }
    match lookup(w).map(|e| e.class) {
        Some(Class::Tense(t)) => return Some(t),
        // `set to`, `due to` (above): future; elsewhere ambiguous. The words of `NOT_PAST`
        // would fail the test below.
        Some(Class::Ambiguous | Class::NotPast) => return None,
        Some(Class::Plain) | None => {}
    }
    // Regular past tense and participles: `visited`, `concluded`, `recognized`.
    if w.len() >= 5
        && w.last().is_some_and(|c| c.eq_ignore_ascii_case(&b'd'))
        && w.get(w.len() - 2).is_some_and(|c| c.eq_ignore_ascii_case(&b'e'))
        && w.first().is_some_and(u8::is_ascii_lowercase)
    {
        return Some(Tense::Past);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, what: &str) -> Tense {
        let s = text.find(what).unwrap();
        tense_at(text, s, s + what.len())
    }

    #[test]
    fn nearest_cue_decides() {
        assert_eq!(at("Putin will visit on Monday.", "Monday"), Tense::Future);
        assert_eq!(at("Putin visited on Monday.", "Monday"), Tense::Past);
        assert_eq!(at("The firm said Friday that it will sell.", "Friday"), Tense::Past);
        // A reporting verb with `on` between dates the report, not the reported event.
        assert_eq!(
            at("The envoy said on Tuesday that Iraq would retaliate.", "Tuesday"),
            Tense::Past
        );
        assert_eq!(at("He will go on Tuesday, she said.", "Tuesday"), Tense::Future);
        assert_eq!(at("It rains. On Monday we meet.", "Monday"), Tense::Unknown);
    }
}
