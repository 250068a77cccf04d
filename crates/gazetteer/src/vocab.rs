//! The word vocabulary: every folded word of every surface form gets a small integer id
//! (a surface form is a path of word ids in the word trie) and a set of word-class flags.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use nutgraf_tokenize::normalize::fold_char;

/// A small, fast, non-cryptographic hasher (the rustc "Fx" multiply-rotate scheme). The
/// tables are built from the gazetteer, not from the text, so flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
pub(crate) type FxMap<K, V> = HashMap<K, V, FxBuild>;
pub(crate) type FxSet<K> = std::collections::HashSet<K, FxBuild>;

/// Word-class flags.
pub(crate) mod flag {
    /// A given (first) name.
    pub const GIVEN: u16 = 1;
    /// A surname.
    pub const SURNAME: u16 = 1 << 1;
    /// A stop word: never a one-word place, organisation or other name on its own.
    pub const STOP: u16 = 1 << 2;
    /// A common lowercase English word.
    pub const COMMON: u16 = 1 << 3;
    /// Part of some surface form of an entry.
    pub const IN_FORM: u16 = 1 << 4;
    /// Ends organisation names (`Corp`, `Party`, `United`).
    pub const ORG_SUFFIX: u16 = 1 << 5;
    /// Ends event names (`Open`, `Cup`).
    pub const EVENT_SUFFIX: u16 = 1 << 6;
    /// Ends place names (`River`, `Island`).
    pub const PLACE_SUFFIX: u16 = 1 << 7;
    /// Starts place names (`Lake`, `Mount`).
    pub const PLACE_PREFIX: u16 = 1 << 8;
    /// Starts organisation names with `of` (`University`, `Bank`).
    pub const ORG_PREFIX: u16 = 1 << 9;
    /// A reporting verb (`said`, `told`).
    pub const REPORTING: u16 = 1 << 10;
    /// An acronym that is not a name (`GDP`, `CEO`).
    pub const NOT_NAME: u16 = 1 << 11;
    /// A noun that announces an organisation's name after it (`firm`, `club`, `daily`).
    pub const ORG_BEFORE: u16 = 1 << 12;
    /// A word after a name that makes it an organisation's (`chairman`, `shares`).
    pub const ORG_AFTER: u16 = 1 << 13;
    /// Opens names of events and treaties with `of` (`Treaty`, `Battle`).
    pub const EVENT_PREFIX: u16 = 1 << 14;
    /// Set on a word of the text (not in the vocabulary): a token with a contraction other
    /// than a possessive (`I’ve`, `We're`), never part of a name.
    pub const CONTRACTION: u16 = 1 << 15;
}

/// Folds a word for lookup into `out` (cleared first): lowercase, quotes, apostrophes and
/// dashes folded, control bytes dropped. Returns false if the word is empty after folding.
#[inline]
pub(crate) fn fold_word(word: &str, out: &mut String) -> bool {
    out.clear();
    if word.bytes().all(|b| b.is_ascii_graphic() && b != b'`') {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        for ch in word.chars() {
            let f = fold_char(ch);
            if f.is_control() || f.is_whitespace() {
                continue;
            }
            if f.is_ascii() {
                out.push(f.to_ascii_lowercase());
            } else {
                out.extend(f.to_lowercase());
            }
        }
    }
    !out.is_empty()
}

/// An open-addressing table from words to ids: 8-byte slots (32-bit hash tag, id) over the
/// vocabulary's string arena, so a lookup touches one slot and, on a tag match, the word's
/// bytes. Several times smaller than a map of boxed strings, and no allocation per word.
#[derive(Clone, Debug, Default)]
struct Table {
    /// `tag << 32 | id`, 0 when empty; the length is a power of two.
    slots: Vec<u64>,
    len: usize,
}

#[inline]
fn hash_word(word: &str) -> u64 {
    hash_bytes(word.as_bytes())
}

/// [`hash_word`] of a word given as bytes.
#[inline]
fn hash_bytes(word: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(word);
    // Mix the high bits down: slots are chosen with the low bits.
    let x = h.finish();
    x ^ (x >> 29) ^ (x >> 47)
}

impl Table {
    #[inline]
    fn find<'k>(&self, word: &str, key: impl Fn(u32) -> &'k str) -> Option<u32> {
        self.find_bytes(word.as_bytes(), key)
    }

    /// [`find`](Table::find) for a word given as bytes.
    #[inline]
    fn find_bytes<'k>(&self, word: &[u8], key: impl Fn(u32) -> &'k str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let h = hash_bytes(word);
        let tag = (h >> 32) as u32 | 1;
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let s = *self.slots.get(i)?;
            if s == 0 {
                return None;
            }
            if (s >> 32) as u32 == tag && key(s as u32).as_bytes() == word {
                return Some(s as u32);
            }
            i = (i + 1) & mask;
        }
    }

    /// Inserts a word known to be absent.
    fn insert<'k>(&mut self, word: &str, id: u32, key: impl Fn(u32) -> &'k str) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.resize((self.slots.len() * 2).max(1024), key);
        }
        self.place(word, id);
    }

    /// Moves the entries to a table of `size` slots (a power of two).
    fn resize<'k>(&mut self, size: usize, key: impl Fn(u32) -> &'k str) {
        let old = core::mem::replace(&mut self.slots, vec![0; size]);
        self.len = 0;
        for s in old.into_iter().filter(|&s| s != 0) {
            self.place(key(s as u32), s as u32);
        }
    }

    fn place(&mut self, word: &str, id: u32) {
        let h = hash_word(word);
        let tag = (h >> 32) as u32 | 1;
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        while self.slots.get(i).is_some_and(|&s| s != 0) {
            i = (i + 1) & mask;
        }
        if let Some(slot) = self.slots.get_mut(i) {
            *slot = u64::from(tag) << 32 | u64::from(id);
            self.len += 1;
        }
    }

    fn reserve<'k>(&mut self, words: usize, key: impl Fn(u32) -> &'k str) {
        let want = ((self.len + words) * 2).next_power_of_two();
        if want > self.slots.len() {
            self.resize(want, key);
        }
    }
}

/// Word `id` of an arena (`""` when out of range).
#[inline]
fn word_at<'a>(arena: &'a str, starts: &[u32], id: u32) -> &'a str {
    let i = id as usize;
    match (starts.get(i), starts.get(i + 1)) {
        (Some(&a), Some(&b)) => arena.get(a as usize..b as usize).unwrap_or(""),
        _ => "",
    }
}

/// The vocabulary.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vocab {
    /// All words, one after the other; word `id` is `arena[starts[id]..starts[id + 1]]`.
    arena: String,
    starts: Vec<u32>,
    ids: Table,
    /// The words that can match text written without capitals: those written so in some
    /// surface form, or in a case-insensitive one. Lowercase text words are looked up here
    /// only; the table is small, so the lookup stays in cache.
    lower: Table,
    /// A 65,536-bit filter over (first byte, last byte, length) of the words in `lower`: most
    /// lowercase text words are rejected without hashing.
    lower_filter: Vec<u64>,
    /// The words of `lower` of at most eight bytes, keyed by their bytes packed in a `u64`:
    /// most text words are short, and this lookup needs no hashing of a string and no
    /// string comparison.
    short: ShortTable,
    /// Flags by id (index 0 unused).
    flags: Vec<u16>,
}

/// An open-addressing table from words of at most eight bytes (packed in a non-zero `u64`)
/// to ids.
#[derive(Clone, Debug, Default)]
struct ShortTable {
    /// Packed word (0: empty) and id; the length is a power of two.
    slots: Vec<(u64, u32)>,
    len: usize,
}

/// A word of one to eight bytes packed into a `u64` (its bytes, zero padded; words never
/// contain a zero byte).
#[inline]
fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let mut x = [0u8; 8];
    x.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(x))
}

impl ShortTable {
    #[inline]
    fn slot(key: u64, mask: usize) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask
    }

    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = Self::slot(key, mask);
        loop {
            let &(k, id) = self.slots.get(i)?;
            if k == key {
                return Some(id);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Inserts a key known to be absent.
    fn insert(&mut self, key: u64, id: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(256);
            let old = core::mem::replace(&mut self.slots, vec![(0, 0); size]);
            self.len = 0;
            for (k, id) in old.into_iter().filter(|s| s.0 != 0) {
                self.place(k, id);
            }
        }
        self.place(key, id);
    }

    fn place(&mut self, key: u64, id: u32) {
        let mask = self.slots.len() - 1;
        let mut i = Self::slot(key, mask);
        while self.slots.get(i).is_some_and(|s| s.0 != 0) {
            i = (i + 1) & mask;
        }
        if let Some(s) = self.slots.get_mut(i) {
            *s = (key, id);
            self.len += 1;
        }
    }
}

/// Largest word id (21 bits, as the error message says; ids index the trie's root table).
pub(crate) const MAX_ID: u32 = (1 << 21) - 1;

impl Vocab {
    pub(crate) fn new() -> Vocab {
        Vocab {
            arena: String::new(),
            starts: vec![0, 0],
            ids: Table::default(),
            lower: Table::default(),
            lower_filter: vec![0; 1024],
            short: ShortTable::default(),
            flags: vec![0],
        }
    }

    /// Word `id` (`""` for 0 or an unknown id).
    #[inline]
    fn word(&self, id: u32) -> &str {
        word_at(&self.arena, &self.starts, id)
    }

    /// The id of a folded word, interning it; `None` when the vocabulary is full.
    pub(crate) fn intern(&mut self, folded: &str) -> Option<u32> {
        if let Some(id) = self.ids.find(folded, |id| self.word(id)) {
            return Some(id);
        }
        let id = u32::try_from(self.flags.len()).ok().filter(|&id| id <= MAX_ID)?;
        let end = u32::try_from(self.arena.len() + folded.len()).ok()?;
        self.arena.push_str(folded);
        self.starts.push(end);
        self.flags.push(0);
        let (arena, starts) = (&self.arena, &self.starts);
        self.ids.insert(folded, id, |id| word_at(arena, starts, id));
        Some(id)
    }

    /// Records that an interned word can match text without capitals.
    pub(crate) fn allow_lower(&mut self, id: u32, folded: &str) {
        if let Some(key) = pack(folded.as_bytes()) {
            if self.short.find(key).is_none() {
                self.short.insert(key, id);
            }
            return;
        }
        if self.lower.find(folded, |id| self.word(id)).is_some() {
            return;
        }
        let (arena, starts) = (&self.arena, &self.starts);
        self.lower.insert(folded, id, |id| word_at(arena, starts, id));
        let bit = filter_bit(folded);
        if let Some(x) = self.lower_filter.get_mut(bit / 64) {
            *x |= 1 << (bit % 64);
        }
    }

    /// Id and flags of a folded word written without capitals in the text.
    #[inline]
    pub(crate) fn get_lower(&self, folded: &str) -> (u32, u16) {
        if let Some(key) = pack(folded.as_bytes()) {
            return match self.short.find(key) {
                Some(id) => (id, self.flags.get(id as usize).copied().unwrap_or(0)),
                None => (0, 0),
            };
        }
        let bit = filter_bit(folded);
        if self.lower_filter.get(bit / 64).is_none_or(|x| x >> (bit % 64) & 1 == 0) {
            return (0, 0);
        }
        match self.lower.find(folded, |id| self.word(id)) {
            Some(id) => (id, self.flags.get(id as usize).copied().unwrap_or(0)),
            None => (0, 0),
        }
    }

    /// Id and flags of a word of one to eight bytes written without capitals, packed as by
    /// [`pack`] (its bytes, little-endian, zero padded).
    #[inline]
    pub(crate) fn get_lower_key(&self, key: u64) -> (u32, u16) {
        match self.short.find(key) {
            Some(id) => (id, self.flags.get(id as usize).copied().unwrap_or(0)),
            None => (0, 0),
        }
    }

    /// Number of word ids (one more than the largest).
    pub(crate) fn len(&self) -> usize {
        self.flags.len()
    }

    /// Adds flags to an interned word.
    pub(crate) fn set(&mut self, id: u32, f: u16) {
        if let Some(x) = self.flags.get_mut(id as usize) {
            *x |= f;
        }
    }

    /// [`get`](Vocab::get) for a folded word given as bytes (the same answer as for the
    /// string with these bytes).
    #[inline]
    pub(crate) fn get_bytes(&self, folded: &[u8]) -> (u32, u16) {
        match self.ids.find_bytes(folded, |id| self.word(id)) {
            Some(id) => (id, self.flags.get(id as usize).copied().unwrap_or(0)),
            None => (0, 0),
        }
    }

    /// Id and flags of a folded word (0 and 0 when unknown).
    #[inline]
    pub(crate) fn get(&self, folded: &str) -> (u32, u16) {
        self.get_bytes(folded.as_bytes())
    }

    #[cfg_attr(not(feature = "embedded"), allow(dead_code))]
    pub(crate) fn reserve(&mut self, words: usize) {
        let (arena, starts) = (&self.arena, &self.starts);
        self.ids.reserve(words, |id| word_at(arena, starts, id));
        self.flags.reserve(words);
        self.starts.reserve(words);
        self.arena.reserve(words * 8);
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.arena.capacity()
            + self.starts.capacity() * 4
            + (self.ids.slots.capacity() + self.lower.slots.capacity()) * 8
            + self.lower_filter.capacity() * 8
            + self.short.slots.capacity() * core::mem::size_of::<(u64, u32)>()
            + self.flags.capacity() * 2
    }
}

/// The bit of a word in [`Vocab::lower_filter`].
#[inline]
fn filter_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
    let h = (u32::from(first) << 8 | u32::from(last)).wrapping_mul(0x9e37_79b1)
        ^ (b.len() as u32).wrapping_mul(0x85eb_ca6b);
    (h >> 16) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_finds_every_interned_word_and_nothing_else() {
        let mut v = Vocab::new();
        let words: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
        let ids: Vec<u32> = words.iter().map(|w| v.intern(w).unwrap()).collect();
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(v.get(w).0, id);
            assert_eq!(v.intern(w), Some(id), "interning twice gives the same id");
        }
        assert_eq!(v.get("w20000"), (0, 0));
        assert_eq!(v.get(""), (0, 0));
        v.allow_lower(ids[7], "w7");
        assert_eq!(v.get_lower("w7").0, ids[7]);
        assert_eq!(v.get_lower("w8"), (0, 0));
        // Short words (packed keys) and long ones (the string table), many of each.
        for (i, w) in words.iter().enumerate().step_by(3) {
            v.allow_lower(ids[i], w);
        }
        let long = v.intern("a-rather-long-word").unwrap();
        v.allow_lower(long, "a-rather-long-word");
        for (i, w) in words.iter().enumerate() {
            let expect = if i % 3 == 0 || i == 7 { ids[i] } else { 0 };
            assert_eq!(v.get_lower(w).0, expect, "{w}");
        }
        assert_eq!(v.get_lower("a-rather-long-word").0, long);
        assert_eq!(v.get_lower("a-rather-long-wore"), (0, 0));
        assert_eq!(v.get_lower(""), (0, 0));
    }

    #[test]
    fn fold_word_folds_quotes_and_case() {
        let mut s = String::new();
        assert!(fold_word("People’s", &mut s));
        assert_eq!(s, "people's");
        assert!(fold_word("LONDON", &mut s));
        assert_eq!(s, "london");
        assert!(!fold_word("\u{1}", &mut s));
    }
}
