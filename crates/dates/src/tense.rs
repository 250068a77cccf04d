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

fn is_reporting(w: &[u8]) -> bool {
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
    REPORTING.iter().any(|r| lower_eq(w, r))
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

/// The tense a word signals (given the word before it).
fn cue(w: &[u8], prev: &[u8]) -> Option<Tense> {
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
    const PRESENT: &[&str] = &["is", "are", "says", "say", "has", "have", "am", "now"];
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
    if MORE_PAST.iter().any(|f| lower_eq(w, f)) {
        return Some(Tense::Past);
    }
    if lower_eq(w, "set") || lower_eq(w, "due") {
        // `set to`, `due to`: future; elsewhere ambiguous.
        return None;
    }
    if FUTURE.iter().any(|f| lower_eq(w, f)) {
        return Some(Tense::Future);
    }
    if PAST.iter().any(|f| lower_eq(w, f)) {
        return Some(Tense::Past);
    }
    if PRESENT.iter().any(|f| lower_eq(w, f)) {
        return Some(Tense::Present);
    }
    // Regular past tense and participles: `visited`, `concluded`, `recognized`.
    if w.len() >= 5
        && w.last().is_some_and(|c| c.eq_ignore_ascii_case(&b'd'))
        && w.get(w.len() - 2).is_some_and(|c| c.eq_ignore_ascii_case(&b'e'))
        && w.first().is_some_and(u8::is_ascii_lowercase)
    {
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
        if !NOT_PAST.iter().any(|f| lower_eq(w, f)) {
            return Some(Tense::Past);
        }
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
