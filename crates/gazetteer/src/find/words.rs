//! The words of a text: each token's words with their shape (capitals, line, sentence
//! start), vocabulary id and flags, looked up through the thread's caches, and the indexes
//! of capitalised and marked words that the rules walk.

use super::*;

/// The first word at or after word `i` that an index such as [`Scratch::next_cap`] holds;
/// `i` itself past the end.
#[inline]
pub(super) fn next_in(next: &[u32], i: usize) -> usize {
    next.get(i).map_or(i, |&x| x as usize)
}

/// The words an index such as [`Scratch::next_cap`] holds, in a text of `n` words, in order.
pub(super) fn words_in(next: &[u32], n: usize) -> impl Iterator<Item = usize> + '_ {
    core::iter::successors(Some(next_in(next, 0)), move |&i| Some(next_in(next, i + 1)))
        .take_while(move |&i| i < n)
}

/// Words of the current line with letters (more than one character), and how many of them
/// are in capitals: lines where most words are (headlines, datelines) are marked. Lines are
/// cut where a word follows a line break.
#[derive(Default)]
pub(super) struct LineCount {
    start: usize,
    alpha: u32,
    upper: u32,
}

impl LineCount {
    /// Ends the line before the next word: marks its words if they are mostly capitals.
    fn close(&mut self, words: &mut [Word]) {
        if self.alpha >= 2 && self.upper * 10 >= self.alpha * 6 {
            for w in words.get_mut(self.start..).unwrap_or(&mut []) {
                w.shape |= shape::CAPS_LINE;
            }
        }
        *self = LineCount { start: words.len(), alpha: 0, upper: 0 };
    }
}

/// Byte classes for the shape of a word.
pub(super) mod class {
    /// `a`–`z`.
    pub const LOWER: u8 = 1;
    /// `A`–`Z`.
    pub const UPPER: u8 = 2;
    /// Needs folding beyond ASCII lowercase: non-ASCII, a backquote, a control byte or space.
    pub const SPECIAL: u8 = 4;
    /// Not ASCII.
    pub const NON_ASCII: u8 = 8;
    /// DEL, dropped by folding.
    pub const DEL: u8 = 16;
}

pub(super) static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_lowercase() {
            class::LOWER
        } else if c.is_ascii_uppercase() {
            class::UPPER
        } else if c >= 0x80 {
            class::SPECIAL | class::NON_ASCII
        } else if c == b'`' || c <= b' ' {
            class::SPECIAL
        } else if c == 0x7f {
            class::DEL
        } else {
            0
        };
        i += 1;
    }
    t
};

impl Inner {
    /// Splits the text into words, gives each its shape and looks it up.
    pub(crate) fn prepare(&self, text: &str, tokens: &[Token], s: &mut Scratch) {
        s.words.clear();
        s.next_cap.clear();
        s.next_mark.clear();
        s.words.reserve(tokens.len() + tokens.len() / 16 + 1);
        let bytes = text.as_bytes();
        let mut prev_end = 0usize;
        let mut sentence_start = true;
        // The current line (for lines of capitals): its first word and its counts.
        let mut line = LineCount::default();
        for t in tokens {
            let (start, end) = (t.span.start, t.span.end);
            let gap = bytes.get(prev_end.min(start)..start).unwrap_or(&[]);
            // Gaps are a byte or two: a plain loop, not a call to `memchr`.
            #[allow(clippy::manual_contains)]
            let newline = gap.iter().any(|&c| c == b'\n');
            if newline {
                sentence_start = true;
            }
            let wordlike = t.kind.is_wordlike();
            // A possessive (`’s`, `'s`, `’`) is its own word; other contractions stay whole.
            let split = usize::from(t.split);
            let mid = start + split;
            let poss_split =
                split != 0 && mid < end && is_possessive(text.get(mid..end).unwrap_or(""));
            let first_end = if poss_split { mid } else { end };
            let mut sh = 0u8;
            if gap.is_empty() && prev_end > 0 {
                sh |= shape::GLUED;
            }
            if newline {
                sh |= shape::NEWLINE;
                line.close(&mut s.words);
            }
            if sentence_start && wordlike {
                sh |= shape::INITIAL;
            }
            let w = Span::new(start, first_end);
            self.push_word(text, w, sh, t.kind, s, &mut line);
            if split != 0
                && mid < end
                && !poss_split
                && let Some(w) = s.words.last_mut()
            {
                w.flags |= flag::CONTRACTION;
            }
            if poss_split {
                // Never sentence-initial: only word-like tokens are, and their first word ends
                // the sentence start.
                self.push_word(text, Span::new(mid, end), shape::POSS, t.kind, s, &mut line);
            }
            if wordlike {
                sentence_start = false;
            }
            if t.kind == TokenKind::Punct {
                let tt = t.text(text);
                let last = tt.chars().next_back();
                if matches!(
                    last,
                    Some('.' | '!' | '?' | ':' | ';' | '"' | '“' | '(' | '[' | '—' | '–')
                ) || tt == "-" && t.space_after && !gap.is_empty()
                {
                    sentence_start = true;
                }
            }
            prev_end = end;
        }
        line.close(&mut s.words);
        let n = s.words.len();
        s.next_cap.resize(n + 1, n as u32);
        s.next_mark.resize(n + 1, n as u32);
    }

    /// Adds one word: shape bits from its letters, and its vocabulary id and flags.
    #[inline]
    pub(super) fn push_word(
        &self,
        text: &str,
        w: Span,
        sh: u8,
        kind: TokenKind,
        s: &mut Scratch,
        line: &mut LineCount,
    ) {
        let (id, flags, shape, inner) = match self.short_word(text.as_bytes(), w, s) {
            Some(x) => x,
            None => self.mid_word(text, w, s),
        };
        // The indexes of capitalised and marked words: the words since the last one so
        // indexed point to this one.
        let k = s.words.len();
        if shape & shape::CAP != 0 {
            s.next_cap.resize(k + 1, k as u32);
        }
        if inner
            || shape & shape::CAP != 0
            || kind == TokenKind::Abbreviation
            || matches!(text.as_bytes().get(w.start), Some(b'"' | b'`' | b'\'' | b'(' | 0xE2))
        {
            s.next_mark.resize(k + 1, k as u32);
        }
        // Without capitals a word can only be part of a form that has it so (`of`, `’s`,
        // `spokesperson`); the rules only read flags of capitalised words.
        let id = if flags & flag::IN_FORM != 0 { id } else { 0 };
        let sh = sh | shape;
        if sh & shape::ALPHA != 0 && w.len() > 1 {
            line.alpha += 1;
            line.upper += u32::from(sh & shape::UPPER != 0);
        }
        s.words.push(Word { span: w, id, flags, shape: sh, kind });
    }

    /// Id, flags and shape bits (capitalised, all capitals, letters) of any word, and whether
    /// it has an ASCII capital or `&` in it.
    pub(super) fn any_word(&self, text: &str, w: Span, s: &mut Scratch) -> (u32, u16, u8, bool) {
        let mut sh = 0;
        let wt = w.get(text).unwrap_or("");
        let b = wt.as_bytes();
        let mut acc = 0u8;
        for &c in b {
            acc |= BYTE_CLASS[c as usize];
        }
        let (id, flags) = if acc & class::NON_ASCII == 0 {
            if b.first().is_some_and(u8::is_ascii_uppercase) {
                sh |= shape::CAP;
            }
            if acc & (class::LOWER | class::UPPER) != 0 {
                sh |= shape::ALPHA;
                if acc & class::LOWER == 0 {
                    sh |= shape::UPPER;
                }
            }
            if acc & (class::UPPER | class::SPECIAL) == 0 {
                // Lowercase ASCII without a backquote or a control byte is its own folded form.
                self.vocab.get_lower(wt)
            } else if acc & (class::SPECIAL | class::DEL) == 0 {
                s.folded.clear();
                s.folded.push_str(wt);
                s.folded.make_ascii_lowercase();
                if acc & class::UPPER == 0 {
                    self.vocab.get_lower(&s.folded)
                } else {
                    self.vocab.get(&s.folded)
                }
            } else {
                self.lookup_folded(wt, acc & class::UPPER != 0, s)
            }
        } else {
            let (mut letters, mut upper) = (0usize, 0usize);
            for (i, ch) in wt.chars().enumerate() {
                if ch.is_alphabetic() {
                    letters += 1;
                    if ch.is_uppercase() {
                        upper += 1;
                        if i == 0 {
                            sh |= shape::CAP;
                        }
                    }
                }
            }
            if letters > 0 {
                sh |= shape::ALPHA;
                if upper == letters {
                    sh |= shape::UPPER;
                }
            }
            self.lookup_folded(wt, upper > 0, s)
        };
        (id, flags, sh, b.iter().any(|&c| c.is_ascii_uppercase() || c == b'&'))
    }

    /// Shape bits, id and flags of an ASCII word of one to eight bytes without control bytes,
    /// spaces, backquotes or DEL, from one 8-byte load classified a byte lane at a time; `None`
    /// for other words (the general path gives the same answer for these).
    #[inline]
    pub(super) fn short_word(
        &self,
        bytes: &[u8],
        w: Span,
        s: &mut Scratch,
    ) -> Option<(u32, u16, u8, bool)> {
        const H: u64 = 0x8080_8080_8080_8080;
        const ONES: u64 = 0x0101_0101_0101_0101;
        let len = w.len();
        if !(1..=8).contains(&len) {
            return None;
        }
        let window: [u8; 8] = bytes.get(w.start..w.start + 8)?.try_into().ok()?;
        let valid = if len == 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
        let x = u64::from_le_bytes(window) & valid;
        if x & H != 0 {
            return None;
        }
        // High bit of each byte lane that is at least `lo` (all lanes are below 0x80).
        let ge = |lo: u8| x.wrapping_add(ONES * u64::from(0x80 - lo)) & H;
        let upper = ge(b'A') & !ge(b'Z' + 1);
        let lower = ge(b'a') & !ge(b'z' + 1);
        // Spaces and control bytes, backquotes, DEL: the general path folds these.
        let odd = (!ge(b'!') | ge(b'`') & !ge(b'`' + 1) | ge(0x7f)) & H & valid;
        if odd != 0 {
            return None;
        }
        // (`x` is the word: its bytes are never zero, so the padding tells its length.)
        s.own_caches(self.cache_id);
        let slot = (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 53) as usize & (SHORT_CACHE - 1);
        if let Some(&(k, id, flags, sh, inner)) = s.short_cache.get(slot)
            && k == x
        {
            return Some((id, flags, sh, inner));
        }
        let mut sh = 0;
        if upper & 0x80 != 0 {
            sh |= shape::CAP;
        }
        if upper | lower != 0 {
            sh |= shape::ALPHA;
            if lower == 0 {
                sh |= shape::UPPER;
            }
        }
        // Lowercase: set bit 5 of the capitals.
        let folded = x | upper >> 2;
        let (id, flags) = if upper == 0 {
            self.vocab.get_lower_key(folded)
        } else {
            // ASCII (checked above): the bytes are the folded word, no UTF-8 check needed.
            let b = folded.to_le_bytes();
            self.vocab.get_bytes(b.get(..len)?)
        };
        // A capital or `&` anywhere in the word.
        let inner = (upper | (ge(b'&') & !ge(b'&' + 1) & valid)) != 0;
        if let Some(c) = s.short_cache.get_mut(slot) {
            *c = (x, id, flags, sh, inner);
        }
        Some((id, flags, sh, inner))
    }

    /// [`any_word`](Inner::any_word) for a word of nine to sixteen bytes through
    /// [`Scratch::mid_cache`]; other words go to `any_word` directly.
    #[inline]
    pub(super) fn mid_word(&self, text: &str, w: Span, s: &mut Scratch) -> (u32, u16, u8, bool) {
        let len = w.len();
        let window = text.as_bytes().get(w.start..w.start + 16);
        let (true, Some(window)) = ((9..=16).contains(&len), window) else {
            return self.any_word(text, w, s);
        };
        let mut key = [0u64; 2];
        for (k, chunk) in key.iter_mut().zip(window.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            *k = u64::from_le_bytes(b);
        }
        // Bytes past the word are zeroed: the length is in the key.
        key[1] &= u64::MAX >> (8 * (16 - len));
        s.own_caches(self.cache_id);
        let h = (key[0] ^ key[1].rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let slot = (h >> 54) as usize & (MID_CACHE - 1);
        if let Some(&(k, l, id, flags, sh, inner)) = s.mid_cache.get(slot)
            && k == key
            && usize::from(l) == len
        {
            return (id, flags, sh, inner);
        }
        let found = self.any_word(text, w, s);
        if let Some(c) = s.mid_cache.get_mut(slot) {
            *c = (key, len as u8, found.0, found.1, found.2, found.3);
        }
        found
    }

    /// Id and flags of a word that needs full folding.
    #[cold]
    pub(super) fn lookup_folded(&self, wt: &str, upper: bool, s: &mut Scratch) -> (u32, u16) {
        if !vocab::fold_word(wt, &mut s.folded) {
            (0, 0)
        } else if !upper {
            self.vocab.get_lower(&s.folded)
        } else {
            self.vocab.get(&s.folded)
        }
    }
}
