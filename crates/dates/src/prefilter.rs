//! The prefilter: a single pass over the bytes that finds the places worth tokenizing.
//!
//! A temporal expression always contains a trigger: a month or weekday name, a unit word
//! (`years`), a deictic (`yesterday`, `now`), a season, a part of the day, a holiday, a year-like
//! number (`1948`), a decade (`1990s`), a clock time (`5:30`, `6 p.m.`) or a date in digits
//! (`6/19/2024`). Text without one costs one byte scan; around each trigger a window, snapped
//! to whitespace so tokens are not cut, is handed to the tokenizer and the grammar.

use std::sync::OnceLock;

use crate::lexicon::{is_trigger_word, trigger_words};

/// Bytes of context on each side of a trigger: enough for the longest expressions
/// (`at least the past 18 months`, `the first nine months of 1989`).
const WINDOW: usize = 48;

/// A byte range worth tokenizing, and where its last trigger starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// First byte (at whitespace or the text's start).
    pub(crate) start: usize,
    /// End (at whitespace or the text's end).
    pub(crate) end: usize,
    /// Where the last trigger of the region starts: an expression contains a trigger, so no
    /// word after this byte starts one.
    pub(crate) last_trigger: usize,
}

/// Appends to `out` the regions (start and end at whitespace or at the text's ends) that
/// contain every trigger of `text`, in order and not overlapping.
pub(crate) fn regions(text: &str, out: &mut Vec<Region>) {
    let b = text.as_bytes();
    let mut grow = Grow { b, out, cur: None };
    // Runs of ASCII letters and digits, found 64 bytes at a time from a bit mask (one bit
    // per byte): the bytes between and inside words cost a few instructions per eight.
    // A run still open at the end of a block: where it started.
    let mut open: Option<usize> = None;
    for (k, block) in b.chunks(64).enumerate() {
        let base = k * 64;
        let m = alnum_mask(block);
        // Bit `i`: byte `i - 1` is a letter or digit (for bit 0, the last byte of the
        // previous block).
        let before = (m << 1) | u64::from(open.is_some());
        let mut starts = m & !before;
        // Bit `i`: the first byte after a run (bits past a short last block are clear, so
        // a run that reaches the end of the text ends there).
        let mut ends = !m & before;
        // Starts and ends alternate, so the lowest end closes the open run, then each
        // start pairs with the lowest end left.
        if let Some(s) = open {
            if ends == 0 {
                continue;
            }
            open = None;
            grow.word(s, base + ends.trailing_zeros() as usize);
            ends &= ends - 1;
        }
        while starts != 0 {
            let s = base + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            if ends == 0 {
                open = Some(s);
                break;
            }
            grow.word(s, base + ends.trailing_zeros() as usize);
            ends &= ends - 1;
        }
    }
    if let Some(start) = open {
        grow.word(start, b.len());
    }
    if let Some(r) = grow.cur {
        grow.out.push(r);
    }
}

/// Bit `i` is set when byte `i` of `block` (at most 64 bytes) is an ASCII letter or digit.
#[inline]
fn alnum_mask(block: &[u8]) -> u64 {
    let mut m = 0u64;
    let mut chunks = block.chunks_exact(8);
    let mut shift = 0;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        m |= alnum_bits(u64::from_le_bytes(w)) << shift;
        shift += 8;
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let mut w = [0u8; 8];
        if let Some(dst) = w.get_mut(..tail.len()) {
            dst.copy_from_slice(tail);
        }
        m |= alnum_bits(u64::from_le_bytes(w)) << shift;
    }
    m
}

/// Bit `i` (of the low eight) is set when byte `i` of the little-endian word `w` is an ASCII
/// letter or digit: byte-wise range tests without carries between bytes (SWAR).
#[inline]
fn alnum_bits(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Seven low bits of each byte: adding at most 0x7F to them never carries into the next
    // byte, and a byte's high bit then says whether it reached the bound.
    let x = w & !HIGH;
    let digit = (x + ONES * (0x80 - 0x30)) & !(x + ONES * (0x7F - 0x39));
    // Setting 0x20 maps `A..=Z` onto `a..=z` and nothing else into that range.
    let y = x | (ONES * 0x20);
    let alpha = (y + ONES * (0x80 - 0x61)) & !(y + ONES * (0x7F - 0x7A));
    // Non-ASCII bytes (high bit set) are never letters or digits here.
    let m = (digit | alpha) & !w & HIGH;
    // Gather the eight high bits into the low byte (the partial products never overlap).
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The regions found so far and the one being grown.
struct Grow<'a, 'o> {
    b: &'a [u8],
    out: &'o mut Vec<Region>,
    /// The region being grown.
    cur: Option<Region>,
}

impl Grow<'_, '_> {
    /// Takes the run of ASCII letters and digits `b[start..end]`: a trigger opens a region
    /// around it or grows the current one.
    #[inline(always)]
    fn word(&mut self, start: usize, end: usize) {
        let b = self.b;
        let Some(&c) = b.get(start) else { return };
        let hit = if c.is_ascii_digit() {
            number_trigger(b, start, end)
        } else {
            // A letter run glued to a preceding digit (`6pm`, `1990s`) was handled there.
            b.get(start..end).is_some_and(|w| may_be_trigger(w) && is_trigger_word(w))
        };
        if hit {
            self.trigger(start, end);
        }
    }

    /// Opens a region around the trigger `b[start..end]` or grows the current one.
    #[inline(never)]
    fn trigger(&mut self, start: usize, end: usize) {
        let b = self.b;
        let n = b.len();
        let lo = start.saturating_sub(WINDOW);
        let hi = (end + WINDOW).min(n);
        match &mut self.cur {
            Some(r) if lo <= r.end => {
                // Grow the current region forward.
                if hi > r.end {
                    r.end = snap_forward(b, hi);
                }
                r.last_trigger = start;
            }
            _ => {
                if let Some(r) = self.cur.take() {
                    self.out.push(r);
                }
                let floor = self.out.last().map_or(0, |r| r.end);
                let s = snap_backward(b, lo, floor);
                let e = snap_forward(b, hi.max(end));
                self.cur = Some(Region { start: s, end: e, last_trigger: start });
            }
        }
        // Triggers inside the region change nothing but its end and its last trigger.
    }
}

/// The index of the last two bytes of a word in [`ENDINGS`]: each lowercased letter is
/// `0..26`, any other byte 26.
#[inline]
fn ending_index(w: &[u8]) -> Option<usize> {
    let code = |c: u8| {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() { usize::from(c - b'a') } else { 26 }
    };
    match w {
        [.., a, b] => Some(code(*a) * 27 + code(*b)),
        _ => None,
    }
}

/// For each ending (last two bytes, see [`ending_index`]), a bit per length below 16 that
/// some trigger word with that ending has. A cheap necessary condition checked before the
/// lexicon: `the` starts like `thu` but ends like no trigger word of three letters.
fn endings() -> &'static [u16] {
    static ENDINGS: OnceLock<Vec<u16>> = OnceLock::new();
    ENDINGS.get_or_init(|| {
        let mut t = vec![0u16; 27 * 27];
        for w in trigger_words() {
            let w = w.as_bytes();
            if let (Some(i), true) = (ending_index(w), w.len() < 16)
                && let Some(m) = t.get_mut(i)
            {
                *m |= 1 << w.len();
            }
        }
        t
    })
}

/// False when no trigger word has the ending and length of the letter run `w`; true when
/// [`is_trigger_word`] must decide.
#[inline]
fn may_be_trigger(w: &[u8]) -> bool {
    w.len() < 16
        && ending_index(w).and_then(|i| endings().get(i)).is_some_and(|m| m & (1 << w.len()) != 0)
}

/// Moves `pos` forward to the next ASCII whitespace (or the end), never into a UTF-8
/// sequence.
fn snap_forward(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && !b[pos].is_ascii_whitespace() {
        pos += 1;
    }
    pos
}

/// Moves `pos` back to just after an ASCII whitespace, not below `floor`.
fn snap_backward(b: &[u8], mut pos: usize, floor: usize) -> usize {
    while pos > floor && !b[pos - 1].is_ascii_whitespace() {
        pos -= 1;
    }
    pos
}

/// Whether the digit run `b[start..end]` (which may continue with letters, `1990s`, `6pm`)
/// can be part of a temporal expression.
fn number_trigger(b: &[u8], start: usize, end: usize) -> bool {
    let digits = b[start..end].iter().take_while(|c| c.is_ascii_digit()).count();
    let dend = start + digits;
    let rest = &b[dend..end];
    let prev = start.checked_sub(1).and_then(|p| b.get(p)).copied();
    let next = b.get(end).copied();
    let next2 = b.get(end + 1).copied();
    // Part of a bigger number (`11,000`, `3.5`, `$1,948`): the grammar would not take it.
    let glued_before =
        matches!(prev, Some(b',' | b'.')) && start >= 2 && b[start - 2].is_ascii_digit();
    if glued_before {
        return false;
    }
    // `1990s`, `90s`.
    if rest.eq_ignore_ascii_case(b"s") && (digits == 4 || digits == 2) {
        return true;
    }
    // `6pm`, `10am`, `430pm`.
    if rest.eq_ignore_ascii_case(b"am") || rest.eq_ignore_ascii_case(b"pm") {
        return true;
    }
    // `15min`, `2hrs`, `24hours`: an amount glued to a unit word.
    if rest.len() >= 2
        && rest.iter().all(u8::is_ascii_lowercase)
        && core::str::from_utf8(rest).ok().and_then(crate::lexicon::glued_unit).is_some()
    {
        return true;
    }
    // `3w`, `1h`, `-3y`, `3m 49s`, `1 mon`: amounts with a short unit (checked by the
    // grammar, which wants a sign, `ago` or `later` with them).
    if digits <= 4 {
        let mut unit = rest;
        if rest.is_empty() && b.get(dend) == Some(&b' ') {
            let after = b.get(dend + 1..).unwrap_or(&[]);
            let n = after.iter().take(4).take_while(|c| c.is_ascii_alphabetic()).count();
            unit = after.get(..n).unwrap_or(&[]);
        }
        if matches!(unit, b"h" | b"m" | b"s" | b"d" | b"w" | b"y" | b"mon") {
            return true;
        }
    }
    // `15Sep`: a day glued to a month name.
    if (3..=9).contains(&rest.len())
        && digits <= 2
        && matches!(
            core::str::from_utf8(rest).map(crate::lexicon::classify),
            Ok(crate::lexicon::Lex::Month { .. })
        )
    {
        return true;
    }
    // Ordinals (`19th`) matter only next to a month or `century`, which trigger themselves.
    if !rest.is_empty() {
        // `FY2024` etc. start with letters; `2Q` and similar are not handled.
        return false;
    }
    match next {
        // Clock time `5:30`; date `6/19/2024`, `19.06.2024`, `2024-06-19`.
        Some(b':' | b'/') if next2.is_some_and(|c| c.is_ascii_digit()) => return true,
        Some(b'-' | b'.') if next2.is_some_and(|c| c.is_ascii_digit()) => {
            // `2024-06-19`, `19.06.2024`, `1990-92`: but not `3.5` or `15-20`.
            if digits == 4 {
                return true;
            }
            let third = digit_run(b, end + 1);
            return b.get(end + 1 + third) == Some(&b[end]);
        }
        // Thousands separator: `2,000 troops`.
        Some(b',') if next2.is_some_and(|c| c.is_ascii_digit()) => {
            // `June 19,2024` is rare; a four-digit group after the comma marks a number.
            return false;
        }
        _ => {}
    }
    if digits <= 2 {
        // `5 p.m.`, `10 am`.
        let mut k = end;
        while k < b.len() && b[k] == b' ' && k < end + 2 {
            k += 1;
        }
        let t = &b[k..b.len().min(k + 4)];
        let lower = |i: usize| t.get(i).map(|c| c.to_ascii_lowercase());
        return (lower(0) == Some(b'a') || lower(0) == Some(b'p'))
            && (lower(1) == Some(b'm') || (lower(1) == Some(b'.') && lower(2) == Some(b'm')));
    }
    if digits == 4 {
        let y = b[start..dend].iter().fold(0u32, |a, c| a * 10 + u32::from(c - b'0'));
        return (1000..=2199).contains(&y);
    }
    false
}

fn digit_run(b: &[u8], from: usize) -> usize {
    b.get(from..).map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        regions(text, &mut out);
        out.iter().map(|r| &text[r.start..r.end]).collect()
    }

    /// The runs of ASCII letters and digits, byte by byte.
    fn runs(b: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_alphanumeric() {
                let s = i;
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                out.push((s, i));
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn masks_match_bytewise_classes() {
        for c in 0..=255u8 {
            for pos in 0..8 {
                let mut w = [b' '; 8];
                w[pos] = c;
                let bits = alnum_bits(u64::from_le_bytes(w));
                assert_eq!(bits, u64::from(c.is_ascii_alphanumeric()) << pos, "byte {c}");
            }
        }
        let text = "x".repeat(63) + " 1990s ab\u{e9}c " + &"y".repeat(70) + "Z9";
        let b = text.as_bytes();
        let mut got = Vec::new();
        let mut start = None;
        for (k, block) in b.chunks(64).enumerate() {
            let m = alnum_mask(block);
            for i in 0..block.len() {
                match (m >> i & 1 == 1, start) {
                    (true, None) => start = Some(k * 64 + i),
                    (false, Some(s)) => {
                        got.push((s, k * 64 + i));
                        start = None;
                    }
                    _ => {}
                }
            }
        }
        if let Some(s) = start {
            got.push((s, b.len()));
        }
        assert_eq!(got, runs(b));
    }

    #[test]
    fn every_trigger_word_passes_the_ending_filter() {
        for w in trigger_words() {
            for v in [w.to_owned(), w.to_uppercase(), w[..1].to_uppercase() + &w[1..]] {
                let b = v.as_bytes();
                assert!(!is_trigger_word(b) || may_be_trigger(b), "{v}");
            }
        }
        assert!(!may_be_trigger(b"the"));
    }

    #[test]
    fn text_without_triggers_has_no_regions() {
        assert!(hits("11,000 containers and 15 dead, 50 missiles, 2,000 troops.").is_empty());
        assert!(hits("").is_empty());
    }

    #[test]
    fn triggers_open_regions() {
        assert_eq!(hits("in 1948"), ["in 1948"]);
        assert_eq!(hits("at 5 p.m. sharp"), ["at 5 p.m. sharp"]);
        assert_eq!(hits("the 1990s"), ["the 1990s"]);
        assert_eq!(hits("on 6/19/2024"), ["on 6/19/2024"]);
        assert_eq!(hits("Last September"), ["Last September"]);
        // Short units and days glued to a month name.
        assert_eq!(hits("3w later"), ["3w later"]);
        assert_eq!(hits("-3y"), ["-3y"]);
        assert_eq!(hits("in 1 mon"), ["in 1 mon"]);
        assert_eq!(hits("Sun 15Sep"), ["Sun 15Sep"]);
        assert!(hits("3 months").len() == 1 && hits("3 monkeys").is_empty());
    }
}
