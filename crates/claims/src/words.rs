//! The word view shared by the scorer and the attribution patterns: syntactic words with
//! their folded form, n-gram term, shape and lexicon classes.

use core::ops::Range;

use nutgraf_tokenize::normalize::{Stemmer, fold_char};
use nutgraf_tokenize::{Sentence, Span, Token, TokenKind};

use crate::claim::Stance;
use crate::lexicon::{KEY, Key, Lexicon, flag, fnv};

/// The case pattern of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Starts with a lowercase letter (or has no letters).
    Lower,
    /// Starts with an uppercase letter, not all caps: `Putin`, `McConnell`.
    Title,
    /// All caps, two letters or more: `NATO`, `US`.
    Upper,
}

/// One syntactic word (`Russia’s` is `Russia` + `’s`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub span: Span,
    pub kind: TokenKind,
    /// Range of the folded form in [`Words::lower`].
    pub lo: u32,
    pub hi: u32,
    /// Lexicon classes ([`flag`]).
    pub flags: u64,
    /// Stance of a cue word.
    pub stance: Stance,
    pub shape: Shape,
    /// Whether the word has a light stem ([`light_stem_cut`]).
    pub has_stem: bool,
    /// The term of the word in n-gram features ([`term`]).
    pub term: u64,
    /// The hash of its light stem, when it has one.
    pub stem: u64,
    /// What it brings to the rule features ([`rule`]).
    pub rule: u32,
}

impl Word {
    #[inline]
    pub fn has(&self, f: u64) -> bool {
        self.flags & f != 0
    }
}

/// The words of a text, sentence by sentence.
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// Folded forms of all words, concatenated.
    pub lower: String,
    pub words: Vec<Word>,
    /// For each sentence, the range of its words.
    pub sentences: Vec<Range<usize>>,
    /// What was found out about recent words (direct-mapped by key; empty until
    /// [`Words::build`] uses it). The same few words make most of a text.
    cache: Vec<Cached>,
    /// Whether [`Words::lower`] begins with the text of the sentences in ASCII lowercase, so
    /// plain words point into it ([`Words::build`]) rather than being appended
    /// ([`Words::build_one`]).
    prefilled: bool,
    /// The byte offset in the text where that prefilled copy starts.
    base: usize,
}

/// log2 of the number of [`Words::cache`] entries.
const CACHE_BITS: u32 = 13;

/// What a folded word of some kind gives, whatever its case, once looked up: one cache line.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(64))]
struct Cached {
    /// The lexicon it was looked up in (0: an empty entry).
    lexicon: u64,
    key: Key,
    flags: u64,
    term: u64,
    stem: u64,
    /// The rule bits of the word in lowercase (bits 0-19) and capitalised (20-39), its
    /// length (40-47), kind (48-55, [`kind_code`]), stance (56-57) and whether it has a
    /// light stem (58).
    packed: u64,
}

impl Cached {
    #[inline]
    fn len(&self) -> usize {
        (self.packed >> 40 & 0xff) as usize
    }

    #[inline]
    fn kind(&self) -> u8 {
        (self.packed >> 48 & 0xff) as u8
    }

    #[inline]
    fn stance(&self) -> Stance {
        match self.packed >> 56 & 3 {
            1 => Stance::Deny,
            2 => Stance::Question,
            _ => Stance::Assert,
        }
    }

    #[inline]
    fn has_stem(&self) -> bool {
        self.packed >> 58 & 1 != 0
    }

    #[inline]
    fn rule(&self, shape: Shape) -> u32 {
        let r = if shape == Shape::Lower { self.packed } else { self.packed >> 20 };
        (r & 0xf_ffff) as u32
    }
}

/// A small code for each token kind (0 for kinds this crate does not know: never cached).
#[inline]
fn kind_code(kind: TokenKind) -> u8 {
    match kind {
        TokenKind::Word => 1,
        TokenKind::Number => 2,
        TokenKind::Abbreviation => 3,
        TokenKind::Punct => 4,
        TokenKind::Symbol => 5,
        TokenKind::Url => 6,
        TokenKind::Email => 7,
        TokenKind::Hashtag => 8,
        TokenKind::Mention => 9,
        TokenKind::Emoji => 10,
        TokenKind::Emoticon => 11,
        _ => 0,
    }
}

/// The cache slot of a key.
#[inline]
fn cache_slot(key: &Key, len: usize) -> usize {
    let h = (key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42) ^ len as u64)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - CACHE_BITS)) as usize
}

impl Words {
    /// The folded form of a word.
    #[inline]
    pub fn lower(&self, w: &Word) -> &str {
        self.lower.get(w.lo as usize..w.hi as usize).unwrap_or("")
    }

    /// Bytes held, roughly.
    pub fn size(&self) -> usize {
        self.lower.capacity()
            + self.words.capacity() * size_of::<Word>()
            + self.sentences.capacity() * size_of::<Range<usize>>()
    }

    /// The folded form of a word, as bytes.
    #[inline]
    pub fn bytes(&self, w: &Word) -> &[u8] {
        self.lower.as_bytes().get(w.lo as usize..w.hi as usize).unwrap_or(&[])
    }

    /// Builds the words of `sentences` (spans of `tokens` of `text`), calling `each` with
    /// every sentence and the range of its words once they are built.
    pub fn build(
        &mut self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        lexicon: &Lexicon,
        stemmer: &Stemmer,
        mut each: impl FnMut(&Words, &Sentence, Range<usize>),
    ) {
        self.lower.clear();
        self.words.clear();
        self.sentences.clear();
        // The text of the sentences in ASCII lowercase: a plain word's folded form is then
        // its own span of `lower`, and only other words are folded and appended after it.
        let (first, last) = (sentences.first(), sentences.last());
        self.base = first.map_or(0, |s| s.span.start);
        let own = text.get(self.base..last.map_or(0, |s| s.span.end)).unwrap_or("");
        self.lower.reserve(own.len() + own.len() / 8);
        self.lower.push_str(own);
        self.lower.make_ascii_lowercase();
        self.prefilled = true;
        let own_tokens =
            last.map_or(0, |s| s.tokens.end).saturating_sub(first.map_or(0, |s| s.tokens.start));
        self.words.reserve(own_tokens + own_tokens / 8);
        let mut cache = std::mem::take(&mut self.cache);
        if cache.is_empty() {
            cache.resize(1 << CACHE_BITS, Cached::default());
        }
        for s in sentences {
            let start = self.words.len();
            for t in tokens.get(s.tokens.clone()).unwrap_or(&[]) {
                self.push_token(text, t, lexicon, stemmer, &mut cache);
            }
            self.sentences.push(start..self.words.len());
            // While its words are in the cache.
            each(self, s, start..self.words.len());
        }
        self.cache = cache;
    }

    /// Builds the words of one sentence's tokens.
    pub fn build_one(
        &mut self,
        text: &str,
        tokens: &[Token],
        lexicon: &Lexicon,
        stemmer: &Stemmer,
    ) {
        self.lower.clear();
        self.words.clear();
        self.sentences.clear();
        self.prefilled = false;
        for t in tokens {
            self.push_token(text, t, lexicon, stemmer, &mut []);
        }
        self.sentences.push(0..self.words.len());
    }

    #[inline]
    fn push_token(
        &mut self,
        text: &str,
        t: &Token,
        lexicon: &Lexicon,
        stemmer: &Stemmer,
        cache: &mut [Cached],
    ) {
        // As `Token::words`: one word, or two split at `split`.
        let split = usize::from(t.split);
        if split == 0 || split >= t.span.len() {
            self.push_word(text, t.span, t.kind, lexicon, stemmer, cache);
        } else {
            let (kind, mid) = (t.kind, t.span.start + split);
            let first = Span::new(t.span.start, mid);
            self.push_word(text, first, kind, lexicon, stemmer, cache);
            let second = Span::new(mid, t.span.end);
            self.push_word(text, second, kind, lexicon, stemmer, cache);
        }
    }

    #[inline]
    fn push_word(
        &mut self,
        text: &str,
        span: Span,
        kind: TokenKind,
        lexicon: &Lexicon,
        stemmer: &Stemmer,
        cache: &mut [Cached],
    ) {
        let mut lo = self.lower.len();
        let bytes = text.as_bytes().get(span.start..span.end).unwrap_or(&[]);
        let mut shape = Shape::Lower;
        // Plain ASCII (the common case) folds by lowercasing; one pass lowercases and keeps
        // the first bytes as the look-up key.
        let mut key: Key = [0; KEY / 8];
        let mut plain = true;
        // `lower` begins with the text lowercased (see `build`): a plain word of at most
        // `KEY` bytes is already there, and its key is read from it eight bytes at a time.
        let at = span.start.wrapping_sub(self.base);
        let prefix = if self.prefilled && span.start >= self.base {
            plain_key(self.lower.as_bytes(), at, bytes.len())
        } else {
            None
        };
        if let Some(k) = prefix {
            key = k;
            lo = at;
        } else {
            for (i, &b) in bytes.iter().enumerate() {
                if b >= 0x80 || b == b'`' {
                    plain = false;
                    break;
                }
                let l = b.to_ascii_lowercase();
                self.lower.push(char::from(l));
                if let Some(k) = key.get_mut(i / 8) {
                    *k |= u64::from(l) << (8 * (i % 8));
                }
            }
        }
        if plain {
            if bytes.first().is_some_and(u8::is_ascii_uppercase) {
                let upper = bytes.len() > 1
                    && bytes.iter().all(|c| !c.is_ascii_lowercase())
                    && bytes.iter().filter(|c| c.is_ascii_uppercase()).count() > 1;
                shape = if upper { Shape::Upper } else { Shape::Title };
            }
        } else {
            self.lower.truncate(lo);
            let s = text.get(span.start..span.end).unwrap_or("");
            let mut chars = s.chars();
            if let Some(c) = chars.clone().next()
                && c.is_uppercase()
            {
                let upper = s.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !s.chars().any(char::is_lowercase);
                shape = if upper { Shape::Upper } else { Shape::Title };
            }
            for ch in chars.by_ref() {
                let f = fold_char(ch);
                if f.is_ascii() {
                    self.lower.push(f.to_ascii_lowercase());
                } else {
                    self.lower.extend(f.to_lowercase());
                }
            }
            key = crate::lexicon::key(self.lower.as_bytes().get(lo..).unwrap_or(&[]));
        }
        let hi = if prefix.is_some() { at + bytes.len() } else { self.lower.len() };
        let len = hi - lo;
        let code = kind_code(kind);
        let slot =
            if len <= KEY && code != 0 { cache.get_mut(cache_slot(&key, len)) } else { None };
        let info = match slot {
            Some(c)
                if c.lexicon == lexicon.id()
                    && c.key == key
                    && c.len() == len
                    && c.kind() == code =>
            {
                *c
            }
            slot => {
                let folded = self.lower.get(lo..hi).unwrap_or("");
                let info = describe(folded, &key, kind, lexicon, stemmer);
                if let Some(c) = slot {
                    *c = info;
                }
                info
            }
        };
        self.words.push(Word {
            span,
            kind,
            lo: lo as u32,
            hi: hi as u32,
            flags: info.flags,
            stance: info.stance(),
            shape,
            has_stem: info.has_stem(),
            term: info.term,
            stem: info.stem,
            rule: info.rule(shape),
        });
    }
}

/// The look-up key of the word `lower[start..start + len]`, already in ASCII lowercase, if it
/// is plain (ASCII without a backtick, which folding would change) and at most [`KEY`] bytes
/// long: its bytes, zero-padded, as the byte-by-byte loop of [`Words::push_word`] builds
/// them. `None` for any other word.
#[inline]
fn plain_key(lower: &[u8], start: usize, len: usize) -> Option<Key> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // For each length, the bytes of the word in each 8-byte chunk of the key.
    const MASKS: [Key; KEY + 1] = {
        let mut t = [[0u64; KEY / 8]; KEY + 1];
        let mut len = 0;
        while len <= KEY {
            let mut i = 0;
            while i < KEY / 8 {
                let n = len.saturating_sub(8 * i);
                t[len][i] = if n >= 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
                i += 1;
            }
            len += 1;
        }
        t
    };
    let masks = MASKS.get(len)?;
    let mut buf = [0u8; KEY];
    let src = match lower.get(start..start + KEY) {
        Some(b) => b,
        // Near the end of `lower`.
        None => {
            buf.get_mut(..len)?.copy_from_slice(lower.get(start..start + len)?);
            &buf[..]
        }
    };
    let mut key: Key = [0; KEY / 8];
    let mut bad = 0;
    for ((k, chunk), &mask) in key.iter_mut().zip(src.chunks_exact(8)).zip(masks) {
        let w: [u8; 8] = chunk.try_into().ok()?;
        let w = u64::from_le_bytes(w) & mask;
        // A byte of 0x80 or more, or a backtick (the padding is zero, never a backtick).
        let tick = w ^ (ONES * u64::from(b'`'));
        bad |= w | (tick.wrapping_sub(ONES) & !tick);
        *k = w;
    }
    (bad & HIGH == 0).then_some(key)
}

/// Looks up a folded word of `kind` (whose key is `key`).
fn describe(
    folded: &str,
    key: &Key,
    kind: TokenKind,
    lexicon: &Lexicon,
    stemmer: &Stemmer,
) -> Cached {
    let fb = folded.as_bytes();
    // FNV-1a of the folded form, and of its first four and five bytes.
    let (hash, h4, h5) = match (fb.get(..4), fb.get(4), fb.get(5..)) {
        (Some(p), Some(&b), Some(rest)) => {
            let h4 = fnv(p);
            let h5 = fnv_step(h4, b);
            (fnv_from(h5, rest), h4, h5)
        }
        (Some(p), _, _) => {
            let h4 = fnv(p);
            (h4, h4, FNV_OFFSET)
        }
        _ => (fnv(fb), FNV_OFFSET, FNV_OFFSET),
    };
    let stem = if kind == TokenKind::Word {
        light_stem_cut(fb).and_then(|cut| {
            let n = fb.len();
            if !fb.iter().all(u8::is_ascii_lowercase) {
                return None;
            }
            Some(match cut {
                Cut::Ies => fnv_from(fnv(&fb[..n - 3]), b"y"),
                Cut::Bytes(k) => fnv(&fb[..n - k]),
            })
        })
    } else {
        None
    };
    let entry = match kind {
        TokenKind::Number => Default::default(),
        _ => lexicon.lookup(folded, key, hash, h4, h5, stemmer),
    };
    let stance: u64 = match entry.stance {
        Stance::Deny => 1,
        Stance::Question => 2,
        _ => 0,
    };
    let rule_lower = u64::from(rule_bits(kind, entry.flags, Shape::Lower, fb));
    let rule_cap = u64::from(rule_bits(kind, entry.flags, Shape::Title, fb));
    Cached {
        lexicon: lexicon.id(),
        key: *key,
        flags: entry.flags,
        term: term(kind, folded, hash),
        stem: stem.unwrap_or(0),
        packed: rule_lower
            | rule_cap << 20
            | (fb.len().min(0xff) as u64) << 40
            | u64::from(kind_code(kind)) << 48
            | stance << 56
            | u64::from(stem.is_some()) << 58,
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

#[inline]
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a continued from state `h` over `bytes`.
#[inline]
fn fnv_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = fnv_step(h, b);
    }
    h
}

/// True for a four-digit number that reads as a year (1000–2099).
#[inline]
pub(crate) fn is_year_bytes(s: &[u8]) -> bool {
    matches!(s, [b'1' | b'2', b, c, d] if [*b, *c, *d].iter().all(u8::is_ascii_digit) && s < b"2100".as_slice())
}

/// True for a four-digit number that reads as a year (1000–2099).
#[inline]
pub(crate) fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && matches!(s.as_bytes().first(), Some(b'1' | b'2'))
        && s < "2100"
}

/// The term of a word for n-grams: its folded form, or a class for numbers and web things.
#[inline]
pub(crate) fn term(kind: TokenKind, folded: &str, hash: u64) -> u64 {
    match kind {
        TokenKind::Number => {
            let s = folded;
            let class: &[u8] = if is_year(s) {
                b"<year>"
            } else if s.contains(':') {
                b"<time>"
            } else if s.ends_with("st")
                || s.ends_with("nd")
                || s.ends_with("rd")
                || s.ends_with("th")
            {
                b"<ord>"
            } else {
                b"<num>"
            };
            fnv(class)
        }
        TokenKind::Url => const { fnv(b"<url>") },
        TokenKind::Email => const { fnv(b"<email>") },
        TokenKind::Hashtag => const { fnv(b"<hashtag>") },
        TokenKind::Mention => const { fnv(b"<mention>") },
        TokenKind::Emoji | TokenKind::Emoticon => const { fnv(b"<emoji>") },
        _ => hash,
    }
}

/// What a light stem removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cut {
    /// `ies`, replaced by `y`.
    Ies,
    /// That many bytes (1 to 3).
    Bytes(usize),
}

/// The suffix the light stem of a lowercase word `b` removes, or `None`: the light stem
/// (`taxes` → `tax`, `cutting` → `cutt`) of a word of lowercase ASCII letters is the word
/// without it.
#[inline]
pub(crate) fn light_stem_cut(b: &[u8]) -> Option<Cut> {
    let n = b.len();
    if n < 5 {
        return None;
    }
    Some(if b.ends_with(b"ies") {
        Cut::Ies
    } else if b.ends_with(b"ing") && n > 5 {
        Cut::Bytes(3)
    } else if b.ends_with(b"ed") || b.ends_with(b"es") || b.ends_with(b"ly") {
        Cut::Bytes(2)
    } else if b.ends_with(b"s") && !b.ends_with(b"ss") && !b.ends_with(b"us") {
        Cut::Bytes(1)
    } else {
        return None;
    })
}

/// What a word brings to the rule features of its sentence ([`Word::rule`]).
pub(crate) mod rule {
    /// A word, number or other non-punctuation token (counts for the length).
    pub const WORD: u32 = 1 << 0;
    /// A number other than a year, or a number word.
    pub const NUM: u32 = 1 << 1;
    pub const YEAR: u32 = 1 << 2;
    /// A straight quote mark.
    pub const QUOTE: u32 = 1 << 3;
    /// A capitalised word or acronym (not `I`, not a number).
    pub const CAP: u32 = 1 << 4;
    /// A lowercase word of five letters or more in `-ed`.
    pub const PAST: u32 = 1 << 5;
    /// A lowercase cue.
    pub const CUE: u32 = 1 << 6;
    /// A hedge that is no approximator.
    pub const HEDGE: u32 = 1 << 7;
    /// A capitalised month name.
    pub const MONTH: u32 = 1 << 8;
    // Bits 9 to 18: the lexicon classes from `flag::RULE_SHIFT` on, in their order (checked
    // at compile time below).
    pub const FROM_FLAGS: u32 = 9;
    pub const PCT: u32 = 1 << 9;
    pub const MONEY: u32 = 1 << 10;
    pub const CUE_ADV: u32 = 1 << 11;
    pub const FUTURE: u32 = 1 << 12;
    pub const NEG: u32 = 1 << 13;
    pub const COMPARE: u32 = 1 << 14;
    pub const CAUSAL: u32 = 1 << 15;
    pub const FIRST: u32 = 1 << 16;
    pub const SECOND: u32 = 1 << 17;
    pub const OPINION: u32 = 1 << 18;
    /// A word that may start a prediction, comparison or cause of a claim's kinds
    /// (`flag::KIND_START`), or a number word that [`NUM`] leaves out (`one`): no rule feature
    /// reads it; the claim kinds of unattributed sentences do. The last of the 20 bits a word
    /// cache entry holds per shape.
    pub const KIND: u32 = 1 << 19;
}

// The lexicon classes that `rule_bits` copies as they are must land on the rule bits of the
// same meaning: `flag::RULE_SHIFT + k` on `rule::FROM_FLAGS + k`, for the ten of them.
const _: () = {
    const fn copied(f: u64) -> u32 {
        (((f >> flag::RULE_SHIFT) & flag::RULE_MASK) as u32) << rule::FROM_FLAGS
    }
    assert!(copied(flag::PCT_WORD) == rule::PCT);
    assert!(copied(flag::MONEY_WORD) == rule::MONEY);
    assert!(copied(flag::CUE_ADV) == rule::CUE_ADV);
    assert!(copied(flag::FUTURE) == rule::FUTURE);
    assert!(copied(flag::NEG) == rule::NEG);
    assert!(copied(flag::COMPARE) == rule::COMPARE);
    assert!(copied(flag::CAUSAL) == rule::CAUSAL);
    assert!(copied(flag::FIRST) == rule::FIRST);
    assert!(copied(flag::SECOND) == rule::SECOND);
    assert!(copied(flag::OPINION) == rule::OPINION);
    // Nothing else is copied: the mask covers exactly these ten bits, and they sit above
    // the rule bits set from other classes.
    assert!(flag::RULE_MASK == 0x3ff);
    assert!(rule::FROM_FLAGS == 9 && rule::MONTH < rule::PCT);
};

/// The [`rule`] bits of a word of `kind` with lexicon `flags`, `shape` and folded form
/// `folded`.
#[inline]
pub(crate) fn rule_bits(kind: TokenKind, flags: u64, shape: Shape, folded: &[u8]) -> u32 {
    match kind {
        TokenKind::Punct => {
            return if matches!(folded, b"\"" | b"'") { rule::QUOTE } else { 0 };
        }
        TokenKind::Symbol => {
            return match folded {
                b"%" => rule::PCT,
                // `$`, `£`, `€`, `¥`
                b"$" | [0xc2, 0xa3] | [0xe2, 0x82, 0xac] | [0xc2, 0xa5] => rule::MONEY,
                _ => 0,
            };
        }
        _ => {}
    }
    let has = |f: u64| flags & f != 0;
    let mut r =
        rule::WORD | (((flags >> flag::RULE_SHIFT) & flag::RULE_MASK) as u32) << rule::FROM_FLAGS;
    match kind {
        TokenKind::Number => {
            r |= if is_year_bytes(folded) { rule::YEAR } else { rule::NUM };
        }
        TokenKind::Word if has(flag::NUMWORD) => {
            r |= if matches!(folded, b"one" | b"m" | b"k") { rule::KIND } else { rule::NUM };
        }
        _ => {}
    }
    if has(flag::KIND_START) {
        r |= rule::KIND;
    }
    if has(flag::HEDGE) && !has(flag::APPROX) {
        r |= rule::HEDGE;
    }
    if shape == Shape::Lower {
        if has(flag::CUE) {
            r |= rule::CUE;
        }
        if folded.len() > 4 && folded.ends_with(b"ed") {
            r |= rule::PAST;
        }
    } else {
        if has(flag::MONTH) {
            r |= rule::MONTH;
        }
        if !has(flag::I) && kind != TokenKind::Number {
            r |= rule::CAP;
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key byte by byte, `None` for words that are not plain or longer than `KEY`.
    fn slow_key(bytes: &[u8]) -> Option<Key> {
        if bytes.len() > KEY || bytes.iter().any(|&b| b >= 0x80 || b == b'`') {
            return None;
        }
        let mut key: Key = [0; KEY / 8];
        for (i, &b) in bytes.iter().enumerate() {
            key[i / 8] |= u64::from(b.to_ascii_lowercase()) << (8 * (i % 8));
        }
        Some(key)
    }

    #[test]
    fn plain_keys_match_the_bytewise_loop() {
        let text = b"putin-kim_summit@2024xyz and more text after it";
        for c in 0..=255u8 {
            for pos in [0, 3, 7, 8, 15, 23, 30] {
                let mut t = *text;
                t[pos] = c;
                for (start, len) in [(0, 24), (0, pos), (pos, 5), (1, 25), (2, 9), (40, 8), (44, 4)]
                {
                    let want = t.get(start..start + len).and_then(slow_key);
                    assert_eq!(
                        plain_key(&t.to_ascii_lowercase(), start, len),
                        want,
                        "byte {c} at {pos}, {start}+{len}"
                    );
                }
            }
        }
    }
}
