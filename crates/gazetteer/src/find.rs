//! Matching: words → word ids → the word trie (token-aligned leftmost-longest with case
//! checks), then the rules (person names, title cues, partial names, disambiguation,
//! patterns).

use std::sync::Arc;

use nutgraf_tokenize::normalize::fold_char;
use nutgraf_tokenize::{Span, Token, TokenKind, Tokenizer};

use crate::entry::{CaseMode, EntityKind};
use crate::mention::{How, Mention};
use crate::store::{FormRef, Store, form_case, form_offset, role};
use crate::trie::Trie;
use crate::vocab::{self, FxMap, FxSet, Vocab, flag};

mod misc;
mod names;
mod orgs;
mod people;
mod words;

use words::{next_in, words_in};

/// The built gazetteer.
#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) store: Arc<Store>,
    pub(crate) vocab: Arc<Vocab>,
    pub(crate) trie: Trie,
    pub(crate) stop_list: bool,
    pub(crate) rules: bool,
    pub(crate) tokenizer: Tokenizer,
    /// Tells this gazetteer's entries in a thread's [`Scratch::short_cache`] from another's.
    pub(crate) cache_id: u64,
}

/// A new [`Inner::cache_id`] (never 0, the id of an empty cache).
pub(crate) fn new_cache_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Slots of [`Scratch::short_cache`] (a power of two): 32 KB, which stays in the first-level
/// cache while the frequent words of a text repeat.
const SHORT_CACHE: usize = 2048;

/// Slots of [`Scratch::mid_cache`] (a power of two): 32 KB.
const MID_CACHE: usize = 1024;

/// The words of a token used for matching: a possessive (`’s`, `'s`, `’`) is split off, other
/// contractions stay whole, so a match never starts or ends inside a token except before a
/// possessive (`Russia’s` → `Russia`).
pub(crate) fn token_words(t: &Token, text: &str) -> impl Iterator<Item = Span> {
    let mut parts = t.words();
    let split = if t.is_multiword() {
        let second = Span::new(t.span.start + usize::from(t.split), t.span.end);
        is_possessive(second.get(text).unwrap_or(""))
    } else {
        false
    };
    let (a, b) = if split { (parts.next(), parts.next()) } else { (Some(t.span), None) };
    a.into_iter().chain(b)
}

fn is_possessive(s: &str) -> bool {
    let mut chars = s.chars().map(fold_char);
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('\''), None, _) | (Some('\''), Some('s' | 'S'), None)
    )
}

/// Shape bits of a word.
mod shape {
    /// First letter uppercase.
    pub const CAP: u8 = 1;
    /// Has letters, all uppercase.
    pub const UPPER: u8 = 1 << 1;
    /// Has at least one letter.
    pub const ALPHA: u8 = 1 << 2;
    /// First of its sentence (heuristic).
    pub const INITIAL: u8 = 1 << 3;
    /// A possessive marker (`’s`).
    pub const POSS: u8 = 1 << 4;
    /// In a line written in capitals (headline, dateline).
    pub const CAPS_LINE: u8 = 1 << 5;
    /// No whitespace between the previous word and this one.
    pub const GLUED: u8 = 1 << 6;
    /// A line break between the previous word and this one.
    pub const NEWLINE: u8 = 1 << 7;
}

/// A word of the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    span: Span,
    /// Vocabulary id when the word is part of some surface form, else 0.
    id: u32,
    flags: u16,
    shape: u8,
    kind: TokenKind,
}

impl Word {
    fn is(&self, s: u8) -> bool {
        self.shape & s != 0
    }
    fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }
}

/// A surface-form match: words `w0..w1`, the trie node `pat` of its form, and which of its
/// candidates passed the case and stop-list checks (bit `i` = candidate `i`, at most 64).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lex {
    pub(crate) w0: usize,
    pub(crate) w1: usize,
    pub(crate) pat: u32,
    pub(crate) mask: u64,
}

/// A proposed mention over words `w0..w1`.
#[derive(Clone, Debug)]
struct Prop {
    w0: usize,
    w1: usize,
    kind: EntityKind,
    /// The chosen entry, if any.
    entry: Option<u32>,
    how: How,
    /// Tie-break between proposals with the same span (higher wins).
    rank: u8,
    /// For a partial name without an entry: the words of the full name it refers to.
    link: Option<(usize, usize)>,
    /// For a first name joined by `and` to a full name: the word of the surname they share
    /// (`Tom` in `Tom and Ana Reyes` is Tom Reyes).
    shared: Option<usize>,
}

impl Prop {
    /// A mention that a rule proposes over words `w0..w1`, with no entry of the lists.
    fn rule(w0: usize, w1: usize, kind: EntityKind, how: How, rank: u8) -> Prop {
        Prop { w0, w1, kind, entry: None, how, rank, link: None, shared: None }
    }
}

/// A full person name: its entry (if any) and its words.
type Target = (Option<u32>, (usize, usize));

/// Marks on words for the rules, so that each rule is one linear pass.
struct Marks<'a> {
    /// See [`Scratch::next_cap`].
    next_cap: &'a [u32],
    /// See [`Scratch::next_mark`].
    next_mark: &'a [u32],
    /// Index of the lexical match starting at each word (`u32::MAX`: none).
    lex: Vec<u32>,
    /// Index of the lexical match ending right before each word (`u32::MAX`: none).
    lex_end: Vec<u32>,
    /// [`TITLE_START`] and [`TITLE_BEFORE`] bits.
    title: Vec<u8>,
    /// Inside a title or a lexical match, after its first word.
    inside: Vec<bool>,
}

/// A title starts at this word.
const TITLE_START: u8 = 1;
/// A title ends right before this word.
const TITLE_BEFORE: u8 = 2;

impl Marks<'_> {
    fn lex_at<'p>(&self, lex: &'p [Prop], i: usize) -> Option<&'p Prop> {
        self.lex.get(i).and_then(|&k| lex.get(k as usize))
    }
    /// The lexical match that ends right before word `i`.
    fn lex_before<'p>(&self, lex: &'p [Prop], i: usize) -> Option<&'p Prop> {
        self.lex_end.get(i).and_then(|&k| lex.get(k as usize))
    }
    fn title(&self, i: usize, bit: u8) -> bool {
        self.title.get(i).is_some_and(|t| t & bit != 0)
    }
}

/// What the unambiguous matches of a document say, for disambiguation.
struct Evidence<'a> {
    ids: &'a FxSet<&'a str>,
    countries: &'a FxSet<&'a str>,
    parents: &'a FxSet<&'a str>,
    titles: &'a [(usize, usize)],
}

/// Per-call buffers.
#[derive(Default)]
pub(crate) struct Scratch {
    words: Vec<Word>,
    /// By word (and one past the last): the first capitalised word at or after it, so that
    /// the rules, which start only at capitalised words, skip the others in one step.
    next_cap: Vec<u32>,
    /// The same for the words the shape rules and the bracket and quote rules start at:
    /// capitalised words, abbreviations, words with an ASCII capital or `&` in them, and
    /// words opening with a bracket, a quote or a byte of a typographic mark (`“`, `’`).
    next_mark: Vec<u32>,
    folded: String,
    lex: Vec<Lex>,
    /// Nodes with candidates along the current trie walk.
    path: Vec<(usize, u32)>,
    /// Tokens of the text, for [`Gazetteer::find`](crate::Gazetteer::find).
    pub(crate) tokens: Vec<Token>,
    /// Look-ups of short ASCII words ([`Inner::short_word`]) by their packed bytes: (bytes,
    /// id, flags, shape bits, a capital or `&` in the word), direct-mapped; the words of news repeat, and a hit costs no
    /// probe of the large vocabulary tables.
    short_cache: Vec<(u64, u32, u16, u8, bool)>,
    /// The same for words of nine to sixteen bytes (any bytes, general path): (bytes, zero
    /// padded, length, id, flags, shape bits, a capital or `&` in the word).
    mid_cache: Vec<([u64; 2], u8, u32, u16, u8, bool)>,
    /// The [`Inner::cache_id`] whose look-ups `short_cache` and `mid_cache` hold.
    cache_owner: u64,
}

impl Scratch {
    /// Empties the look-up caches when they hold another gazetteer's look-ups.
    #[inline]
    fn own_caches(&mut self, cache_id: u64) {
        if self.cache_owner != cache_id {
            self.short_cache.clear();
            self.short_cache.resize(SHORT_CACHE, (0, 0, 0, 0, false));
            self.mid_cache.clear();
            self.mid_cache.resize(MID_CACHE, ([0; 2], 0, 0, 0, 0, false));
            self.cache_owner = cache_id;
        }
    }

    /// Gives back the memory of buffers grown by a very long text.
    pub(crate) fn trim(&mut self) {
        const KEEP: usize = 1 << 18;
        if self.words.capacity() > KEEP || self.tokens.capacity() > KEEP {
            *self = Scratch::default();
        }
    }
}

#[rustfmt::skip]
pub(crate) const ORG_SUFFIX: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag",
    "sa", "nv", "group", "bank", "party", "union", "association", "council", "ministry",
    "committee", "commission", "federation", "club", "fc", "university", "institute", "agency",
    "company", "airlines", "airways", "motors", "industries", "holdings", "foundation",
    "organisation", "organization", "department", "office", "court", "army", "navy", "league",
    "network", "news", "times", "post", "journal", "press", "television", "radio", "tv",
    "exchange", "authority", "bureau", "parliament", "assembly", "congress", "senate", "police",
    "front", "movement", "alliance", "society", "trust", "fund", "securities", "capital",
    "partners", "systems", "technologies", "pharmaceuticals", "petroleum", "oil", "energy",
    "telecom", "communications", "insurance", "services", "school", "college", "hospital",
    "church", "brigade", "brigades", "forces", "guard", "service", "board", "centre", "center",
    "newsroom", "city", "united", "rovers", "athletic", "wanderers", "albion", "desk",
];

#[rustfmt::skip]
pub(crate) const PLACE_SUFFIX: &[&str] = &[
    "river", "sea", "ocean", "lake", "mountains", "mountain", "island", "islands", "valley",
    "province", "region", "county", "bay", "strait", "straits", "gulf", "peninsula", "desert",
    "canal", "coast", "district", "oblast", "krai", "prefecture", "basin", "heights", "plateau",
    "archipelago", "hills", "range", "delta", "falls", "glacier", "reef", "channel", "street",
    "square", "avenue", "airport", "stadium", "course", "beach",
];

#[rustfmt::skip]
pub(crate) const PLACE_PREFIX: &[&str] = &[
    "mount", "lake", "cape", "port", "fort", "mt.", "gulf",
];

#[rustfmt::skip]
pub(crate) const EVENT_SUFFIX: &[&str] = &[
    "cup", "open", "championship", "championships", "games", "olympics", "tournament", "trophy",
    "prix", "series", "marathon", "rally", "tour", "festival", "awards", "award", "prize",
    "classic", "masters", "grand slam", "world cup", "super bowl", "bowl", "expo", "summit", "day",
    "act", "treaty", "protocol", "accord", "accords", "agreement",
];

#[rustfmt::skip]
pub(crate) const ORG_PREFIX: &[&str] = &[
    "university", "bank", "ministry", "department", "institute", "council", "committee",
    "federation", "association", "union", "league", "party", "board", "office", "agency", "school",
    "college", "church", "academy", "court",
];

#[rustfmt::skip]
pub(crate) const REPORTING: &[&str] = &[
    "said", "says", "told", "added", "stated", "explained", "admitted", "insisted", "warned",
    "declared", "noted", "argued", "replied", "recalled", "wrote",
];

/// Acronyms that are not names.
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "GDP", "CEO", "CFO", "TV", "AIDS", "HIV", "DNA", "OK", "AM", "PM", "USD", "GMT", "EST", "PST",
    "UTC", "CPI", "IPO", "VAT", "ID", "IQ", "PC", "CD", "DVD", "MP", "MPs", "PR", "QC", "RBI",
    "ATM", "SUV", "FM", "AM", "UFO", "SMS", "PDF", "URL", "WWII", "WWI", "BC", "AD", "NB", "PS",
    "ETA", "ASAP", "FAQ", "RSVP", "Q", "A", "GCSE", "MBA", "PhD", "MD", "RIP", "COVID", "SARS",
    "LIVE", "NEW", "ALSO", "READ", "MORE", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "NOTE",
];

/// Words that open names of events, treaties and laws with `of` (`Treaty of Zorb`).
#[rustfmt::skip]
pub(crate) const EVENT_PREFIX: &[&str] = &["battle", "siege", "treaty", "war"];

/// Nouns right before an unknown name that make it an organisation (`tyre giant Pirelli`,
/// `the club Atalanta`, `the daily Zycie`).
#[rustfmt::skip]
pub(crate) const ORG_BEFORE: &[&str] = &[
    "airline", "bank", "brewer", "broadcaster", "brokerage", "carmaker", "carrier",
    "chain", "club", "company", "concern", "conglomerate", "consortium", "daily", "distributor",
    "firm", "giant", "group", "insurer", "lender", "magazine", "maker", "manufacturer",
    "newspaper", "operator", "producer", "publisher", "retailer", "side", "subsidiary",
    "supplier", "team", "unit", "weekly",
];

/// Words right after an unknown name that make it an organisation (`Zorbex chairman`,
/// `Zorbex shares`).
#[rustfmt::skip]
pub(crate) const ORG_AFTER: &[&str] = &[
    "chairman", "shareholders", "shares", "spokesman", "spokeswoman", "stock", "subsidiary",
];

/// The rules' word lists and the flag each gives its words (set in every new builder).
pub(crate) const RULE_WORDS: &[(&[&str], u16, bool)] = &[
    (EVENT_PREFIX, flag::EVENT_PREFIX, false),
    (ORG_BEFORE, flag::ORG_BEFORE, true),
    (ORG_AFTER, flag::ORG_AFTER, true),
    (ORG_SUFFIX, flag::ORG_SUFFIX, false),
    (EVENT_SUFFIX, flag::EVENT_SUFFIX, false),
    (PLACE_SUFFIX, flag::PLACE_SUFFIX, false),
    (PLACE_PREFIX, flag::PLACE_PREFIX, false),
    (ORG_PREFIX, flag::ORG_PREFIX, false),
    (REPORTING, flag::REPORTING, true),
    (NOT_NAMES, flag::NOT_NAME, false),
];

impl Inner {
    /// The trie node of a surface form, whatever its case (0 if it is no form).
    pub(crate) fn node_of(&self, form: &str) -> u32 {
        let mut node = 0;
        let mut folded = String::new();
        for t in self.tokenizer.tokenize(form) {
            for w in token_words(&t, form) {
                if vocab::fold_word(w.get(form).unwrap_or(""), &mut folded) {
                    let (id, flags) = self.vocab.get(&folded);
                    if id == 0 || flags & flag::IN_FORM == 0 {
                        return 0;
                    }
                    node = self.trie.step(node, id);
                    if node == 0 {
                        return 0;
                    }
                }
            }
        }
        node
    }

    /// The candidates (surface forms) of the form ending at trie node `pat`.
    #[inline]
    pub(crate) fn cands(&self, pat: u32) -> &[FormRef] {
        self.trie.cands(pat)
    }

    /// The entry of a candidate.
    #[inline]
    pub(crate) fn cand_entry(&self, c: FormRef) -> u32 {
        self.store.entry_of(form_offset(c))
    }

    /// Which candidates of `pat` accept the words `w0..w1` (bit mask).
    pub(crate) fn check(&self, text: &str, words: &[Word], w0: usize, w1: usize, pat: u32) -> u64 {
        let (Some(first), Some(last)) = (words.get(w0), words.get(w1.wrapping_sub(1))) else {
            return 0;
        };
        // A match never starts inside a token (at the `’s` of `Kim’s`).
        if first.is(shape::POSS) {
            return 0;
        }
        // An acronym in a line of capitals must not be a common word (`WHO`, `US` in
        // `WHO IS IN CHARGE`, `US TROOPS`… are checked by the rules, not assumed).
        let caps_common = first.is(shape::CAPS_LINE)
            && words[w0..w1].iter().any(|w| w.has(flag::COMMON | flag::STOP));
        let span = Span::new(first.span.start, last.span.end);
        let surface = span.get(text).unwrap_or("");
        let one_stop = w1 == w0 + 1 && first.has(flag::STOP) && self.stop_list;
        let mut mask = 0u64;
        for (i, &c) in self.cands(pat).iter().enumerate().take(64) {
            let Some(p) = self.store.entries.get(self.cand_entry(c) as usize) else {
                continue;
            };
            let kind = p.kind;
            if one_stop && kind != EntityKind::Person && kind != EntityKind::Title {
                continue;
            }
            let case = form_case(c);
            if caps_common && case == CaseMode::Exact {
                continue;
            }
            if case_ok(case, self.store.alias(form_offset(c)), surface) {
                mask |= 1 << i;
            }
        }
        mask
    }

    /// Token-aligned leftmost-longest matches of surface forms, with case checks: where the
    /// longest form at a word fails its check, shorter ones at the same word are tried; then
    /// the search moves one word on. The trie is walked from every word that starts a form,
    /// so the time is linear in the text times the length of the longest walk (at most the
    /// number of words of the longest form).
    pub(crate) fn lexical(&self, text: &str, s: &mut Scratch) {
        s.lex.clear();
        let words = &s.words;
        let mut i = 0;
        while i < words.len() {
            let first = words[i].id;
            if first == 0 || !self.trie.starts_form(first) {
                i += 1;
                continue;
            }
            s.path.clear();
            let mut node = 0;
            let mut j = i;
            while let Some(w) = words.get(j) {
                if w.id == 0 {
                    break;
                }
                node = self.trie.step(node, w.id);
                if node == 0 {
                    break;
                }
                j += 1;
                if !self.trie.cands(node).is_empty() {
                    s.path.push((j, node));
                }
            }
            let mut next = i + 1;
            for &(w1, node) in s.path.iter().rev() {
                let mask = self.check(text, words, i, w1, node);
                if mask != 0 {
                    s.lex.push(Lex { w0: i, w1, pat: node, mask });
                    next = w1;
                    break;
                }
            }
            i = next;
        }
    }

    /// The same matches as [`lexical`](Self::lexical), by trying every form at every word
    /// (the reference the trie is tested against).
    #[cfg(test)]
    pub(crate) fn lexical_naive(&self, text: &str, s: &Scratch) -> Vec<Lex> {
        let mut out = Vec::new();
        let forms = self.trie.forms_for_test();
        let words = &s.words;
        let mut k = 0;
        while k < words.len() {
            let mut found = None;
            for n in (1..=self.trie.max_words).rev() {
                let Some(span) = words.get(k..k + n) else { continue };
                // The n words must all be words of some form.
                if span.iter().any(|w| w.id == 0) {
                    continue;
                }
                let key: Vec<u32> = span.iter().map(|w| w.id).collect();
                if let Some(&(_, node)) = forms.iter().find(|(f, _)| *f == key) {
                    let mask = self.check(text, words, k, k + n, node);
                    if mask != 0 {
                        found = Some((n, Lex { w0: k, w1: k + n, pat: node, mask }));
                        break;
                    }
                }
            }
            match found {
                Some((n, lex)) => {
                    out.push(lex);
                    k += n;
                }
                None => k += 1,
            }
        }
        out
    }

    /// Finds the mentions in `text` given its tokens.
    pub(crate) fn find(&self, text: &str, tokens: &[Token], s: &mut Scratch) -> Vec<Mention> {
        self.prepare(text, tokens, s);
        self.lexical(text, s);
        let words = &s.words;
        let mut titles: Vec<(usize, usize)> = Vec::new();
        let mut props: Vec<Prop> = Vec::with_capacity(s.lex.len() + 8);
        // Evidence for disambiguation: ids and countries of unambiguous matches.
        let mut doc_ids: FxSet<&str> = FxSet::default();
        let mut doc_cc: FxSet<&str> = FxSet::default();
        let mut doc_parents: FxSet<&str> = FxSet::default();
        // Per lexical match: how many readings other than titles pass, and the last one.
        let mut readings: Vec<(u32, u32)> = Vec::with_capacity(s.lex.len());
        for l in &s.lex {
            let cands = self.cands(l.pat);
            // (The mask holds the first 64 readings of a form: `check` looks at no more.)
            let passing =
                || cands.iter().enumerate().take(64).filter(|(i, _)| l.mask >> i & 1 == 1);
            let (mut title, mut other) = (false, 0);
            let mut single = None;
            for (_, &c) in passing() {
                let entry = self.cand_entry(c);
                match self.kind_of(entry) {
                    EntityKind::Title => title = true,
                    _ => {
                        other += 1;
                        single = Some(entry);
                    }
                }
            }
            readings.push((other, single.unwrap_or(0)));
            if title && other == 0 {
                titles.push((l.w0, l.w1));
                continue;
            }
            if other == 1
                && let Some(f) = single.and_then(|e| self.store.fields(e))
            {
                doc_ids.insert(f.id);
                if !f.country.is_empty() {
                    doc_cc.insert(f.country);
                }
                if !f.parent.is_empty() {
                    doc_parents.insert(f.parent);
                }
            }
        }
        for (l, &(other, single)) in s.lex.iter().zip(&readings) {
            let cands = self.cands(l.pat);
            let mut best: Option<(f32, u32)> = None;
            if other == 1 {
                // One reading: nothing to choose.
                best = Some((0.0, single));
            }
            for (i, &c) in cands.iter().enumerate().take(if other > 1 { 64 } else { 0 }) {
                let entry = self.cand_entry(c);
                if l.mask >> i & 1 == 0 || self.kind_of(entry) == EntityKind::Title {
                    continue;
                }
                let ev = Evidence {
                    ids: &doc_ids,
                    countries: &doc_cc,
                    parents: &doc_parents,
                    titles: &titles,
                };
                let score = self.score(entry, text, words, l.w0, l.w1, &ev);
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, entry));
                }
            }
            // A brand's one-word name next to another capitalised word is a word of a longer
            // name (`Conan O’Brien`, `Kaili McLaren`, `Hale Koa Hotel`), no brand.
            let in_longer_name = |e: u32| {
                let cap = |i: Option<usize>| {
                    i.and_then(|i| words.get(i)).is_some_and(|w| self.name_word(w))
                };
                l.w1 == l.w0 + 1
                    && (cap(l.w0.checked_sub(1))
                        && !words.get(l.w0).is_some_and(|w| w.is(shape::NEWLINE))
                        || cap(Some(l.w1))
                            && !words.get(l.w1).is_some_and(|w| w.is(shape::NEWLINE)))
                    && self.store.roles(e) & role::BRAND != 0
            };
            if let Some((_, e)) = best.filter(|&(_, e)| !(self.rules && in_longer_name(e))) {
                props.push(Prop {
                    w0: l.w0,
                    w1: l.w1,
                    kind: self.kind_of(e),
                    entry: Some(e),
                    how: How::Alias,
                    rank: 2,
                    link: None,
                    shared: None,
                });
            }
        }
        if self.rules {
            let lex = props.clone();
            // Per word: the lexical match starting there, and title starts and ends.
            let mut at = Marks {
                next_cap: &s.next_cap,
                next_mark: &s.next_mark,
                lex: vec![u32::MAX; words.len()],
                lex_end: vec![u32::MAX; words.len() + 1],
                title: vec![0; words.len()],
                inside: vec![false; words.len()],
            };
            for (k, l) in lex.iter().enumerate() {
                if let Some(x) = at.lex.get_mut(l.w0) {
                    *x = k as u32;
                }
                if let Some(x) = at.lex_end.get_mut(l.w1) {
                    *x = k as u32;
                }
                for x in at.inside.iter_mut().take(l.w1).skip(l.w0 + 1) {
                    *x = true;
                }
            }
            for &(a, b) in &titles {
                for x in at.inside.iter_mut().take(b).skip(a) {
                    *x = true;
                }
                if let Some(x) = at.title.get_mut(a) {
                    *x |= TITLE_START;
                }
                if let Some(x) = at.title.get_mut(b) {
                    *x |= TITLE_BEFORE;
                }
            }
            self.person_rule(text, words, &at, &lex, &mut props);
            self.pattern_rule(text, words, &at, &lex, &mut props);
            self.unknown_rule(text, words, &at, &lex, &mut props);
            self.org_rule(text, words, &at, &lex, &mut props);
            self.quoted_titles(text, words, &at, &lex, &mut props);
        }
        let mut chosen = select(props);
        if self.rules {
            self.link_partials(text, words, &s.next_cap, &mut chosen);
            self.team_rule(text, words, &mut chosen);
            self.one_type_per_name(text, words, &s.next_cap, &mut chosen);
            self.join_groups(text, words, &mut chosen);
            self.hyphen_adjectives(text, words, &mut chosen);
            // The passes after the selection may add a mention over another (`United
            // States-oAGV` over the brand `oAGV`): mentions stay disjoint, leftmost-longest.
            chosen.sort_by_key(|p| (p.w0, core::cmp::Reverse(p.w1)));
            let mut end = 0;
            chosen.retain(|p| {
                let keep = p.w0 >= end && p.w1 > p.w0;
                if keep {
                    end = p.w1;
                }
                keep
            });
        }
        chosen
            .into_iter()
            .filter(|p| p.kind != EntityKind::Title)
            .map(|p| self.mention(text, words, &p))
            .collect()
    }

    fn kind_of(&self, entry: u32) -> EntityKind {
        self.store.entries.get(entry as usize).map_or(EntityKind::Other, |p| p.kind)
    }

    fn score(
        &self,
        entry: u32,
        text: &str,
        words: &[Word],
        w0: usize,
        w1: usize,
        ev: &Evidence<'_>,
    ) -> f32 {
        let Some(p) = self.store.entries.get(entry as usize) else { return f32::MIN };
        let Some(f) = self.store.fields(entry) else { return f32::MIN };
        let prior = self.store.prior(entry);
        let mut score = if prior != 0.0 {
            prior
        } else {
            self.store.population(entry).map_or(0.0, |n| (n.max(1) as f32).log10())
        };
        if !f.context.is_empty() {
            let lo = w0.saturating_sub(12);
            let hi = (w1 + 12).min(words.len());
            let mut folded = String::new();
            let near = words[lo..hi].iter().any(|w| {
                vocab::fold_word(w.span.get(text).unwrap_or(""), &mut folded)
                    && f.context.split(' ').any(|c| c == folded)
            });
            if near {
                score += 4.0;
            }
        }
        // The document names the parent (`Georgia` … `Atlanta`) or a child (`Atlanta` is in
        // the state of Georgia) of this reading, or a place of the same country.
        if !f.parent.is_empty() && ev.ids.contains(f.parent) || ev.parents.contains(f.id) {
            score += 3.0;
        }
        if !f.country.is_empty()
            && ev.countries.contains(f.country)
            && p.kind != EntityKind::Nationality
        {
            score += 1.5;
        }
        if p.kind == EntityKind::Person && ev.titles.binary_search_by_key(&w0, |&(_, e)| e).is_ok()
        {
            score += 5.0;
        }
        score
    }

    fn name_word(&self, w: &Word) -> bool {
        w.is(shape::CAP)
            && !w.is(shape::POSS)
            && !w.has(flag::CONTRACTION)
            && matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation)
            && !w.has(flag::STOP)
    }

    fn mention(&self, text: &str, words: &[Word], p: &Prop) -> Mention {
        let span = Span::new(
            words.get(p.w0).map_or(0, |w| w.span.start),
            words.get(p.w1.wrapping_sub(1)).map_or(0, |w| w.span.end),
        );
        match p.entry.and_then(|e| self.store.id_and_name(e)) {
            Some((id, name)) => {
                Mention { span, kind: p.kind, id: id.to_owned(), name: name.to_owned(), how: p.how }
            }
            None => {
                let (a, b) = p.link.unwrap_or((p.w0, p.w1));
                let mut name = written_name(text, &words[a.min(words.len())..b.min(words.len())]);
                if let Some(s) = p.shared.and_then(|s| words.get(s..s + 1)) {
                    name.push(' ');
                    name.push_str(&written_name(text, s));
                }
                Mention { span, kind: p.kind, id: name.clone(), name, how: p.how }
            }
        }
    }
}

/// Whether the words from `i` are a cricket innings total (`429-7`: runs, a glued hyphen,
/// wickets).
fn innings(words: &[Word], text: &str, i: usize) -> bool {
    let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
    let digits = |i: usize, max: usize| {
        let t = word(i);
        (1..=max).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let glued = |i: usize| words.get(i).is_some_and(|w| w.is(shape::GLUED));
    // (Not bowling figures, `7-0-29-0`.)
    let more = word(i + 3) == "-" && glued(i + 3);
    digits(i, 3) && word(i + 1) == "-" && glued(i + 1) && glued(i + 2) && digits(i + 2, 2) && !more
}

/// The name as written: words joined by one space (none where they were glued), quotes folded.
fn written_name(text: &str, words: &[Word]) -> String {
    let span = |w: &Word| w.span.get(text).unwrap_or("");
    let mut out = String::with_capacity(words.iter().map(|w| span(w).len() + 1).sum());
    for (k, w) in words.iter().enumerate() {
        if k > 0 && !w.is(shape::GLUED) {
            out.push(' ');
        }
        let t = span(w);
        // (`fold_char` changes only the backquote among ASCII characters.)
        if t.bytes().all(|b| b.is_ascii() && b != b'`') {
            out.push_str(t);
        } else {
            out.extend(t.chars().map(fold_char));
        }
    }
    out
}

/// Whether word `i` is a score in a result or a table: a number of one to three digits.
fn is_score(text: &str, words: &[Word], i: usize) -> bool {
    words.get(i).is_some_and(|w| {
        w.kind == TokenKind::Number
            && w.span
                .get(text)
                .is_some_and(|t| t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Non-overlapping proposals, leftmost first, longest first at a position, higher rank first
/// for the same span.
fn select(mut props: Vec<Prop>) -> Vec<Prop> {
    props.sort_by(|a, b| a.w0.cmp(&b.w0).then(b.w1.cmp(&a.w1)).then(b.rank.cmp(&a.rank)));
    let mut out: Vec<Prop> = Vec::with_capacity(props.len());
    let mut end = 0;
    for p in props {
        if p.w0 < end && !out.is_empty() {
            continue;
        }
        end = p.w1;
        out.push(p);
    }
    out
}

/// Whether `surface` (the text) agrees in case with the surface form `alias` under `mode`.
pub(crate) fn case_ok(mode: CaseMode, alias: &str, surface: &str) -> bool {
    if alias.is_ascii() && surface.is_ascii() {
        return case_ok_ascii(mode, alias.as_bytes(), surface.as_bytes());
    }
    case_ok_chars(mode, alias, surface)
}

/// [`case_ok`] for any text.
fn case_ok_chars(mode: CaseMode, alias: &str, surface: &str) -> bool {
    match mode {
        CaseMode::Insensitive => true,
        CaseMode::Exact => {
            let a = alias.chars().filter(|c| !c.is_whitespace()).map(fold_char);
            let b = surface.chars().filter(|c| !c.is_whitespace()).map(fold_char);
            a.eq(b)
        }
        CaseMode::Auto | CaseMode::Capitalized => {
            let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 4 && surface.chars().all(|c| !c.is_lowercase()) {
                return true;
            }
            let cap =
                |s: &str| s.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
            if alias.split_whitespace().count() == surface.split_whitespace().count() {
                alias
                    .split_whitespace()
                    .zip(surface.split_whitespace())
                    .all(|(x, y)| !cap(x) || cap(y))
            } else {
                !alias.chars().next().is_some_and(char::is_uppercase)
                    || surface.chars().next().is_some_and(char::is_uppercase)
            }
        }
    }
}

/// [`case_ok`] for ASCII text (the same answers as [`case_ok_chars`], byte by byte).
fn case_ok_ascii(mode: CaseMode, alias: &[u8], surface: &[u8]) -> bool {
    // The ASCII characters of `char::is_whitespace`.
    fn space(c: &u8) -> bool {
        matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
    }
    fn words(x: &[u8]) -> impl Iterator<Item = &[u8]> {
        x.split(space).filter(|w| !w.is_empty())
    }
    match mode {
        CaseMode::Insensitive => true,
        CaseMode::Exact => {
            let fold = |c: &u8| if *c == b'`' { b'\'' } else { *c };
            let a = alias.iter().filter(|c| !space(c)).map(fold);
            let b = surface.iter().filter(|c| !space(c)).map(fold);
            a.eq(b)
        }
        CaseMode::Auto | CaseMode::Capitalized => {
            let letters = surface.iter().filter(|c| c.is_ascii_alphabetic()).count();
            if letters >= 4 && !surface.iter().any(u8::is_ascii_lowercase) {
                return true;
            }
            let cap = |w: &[u8]| {
                w.iter().find(|c| c.is_ascii_alphabetic()).is_some_and(u8::is_ascii_uppercase)
            };
            if words(alias).count() == words(surface).count() {
                words(alias).zip(words(surface)).all(|(x, y)| !cap(x) || cap(y))
            } else {
                !alias.first().is_some_and(u8::is_ascii_uppercase)
                    || surface.first().is_some_and(u8::is_ascii_uppercase)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::{EntityKind, Entry, Gazetteer};

    const WORDS: &[&str] =
        &["North", "north", "Korea", "KOREA", "Sea", "of", "A", "b", "Kim’s", "’s", "-", "."];

    fn phrase() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(WORDS), 1..6).prop_map(|w| w.join(" "))
    }

    fn case() -> impl Strategy<Value = CaseMode> {
        proptest::sample::select(
            &[CaseMode::Auto, CaseMode::Exact, CaseMode::Capitalized, CaseMode::Insensitive][..],
        )
    }

    /// ASCII words with letters of both cases, digits, punctuation, spaces, control bytes,
    /// backquotes and DEL.
    fn ascii_word() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-zA-Z0-9 `\\x00-\\x1f\\x7f.'&-]{0,10}").unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// The byte-lane fast path gives every word it accepts the shape, id and flags the
        /// general path gives it.
        #[test]
        fn short_words_agree_with_the_general_path(
            word in prop_oneof![
                ascii_word(),
                proptest::sample::select(
                    &["new", "New", "NEW", "york", "York", "at", "AT", "b", "A", "said", "Said",
                      "spokesperson", "Spokesperson", "at&t", "AT&T", "`new", "New\u{7f}"][..]
                ).prop_map(str::to_owned),
            ],
            tail in ascii_word(),
        ) {
            let g = Gazetteer::builder()
                .add(Entry::new("New York", EntityKind::Place))
                .add(Entry::new("spokesperson", EntityKind::Title))
                .add(Entry::new("AT&T", EntityKind::Organization))
                .add(Entry::new("a-b", EntityKind::Other).case(CaseMode::Insensitive))
                .build()
                .unwrap();
            let text = format!("{word}{tail}");
            let w = Span::new(0, word.len());
            let mut s = Scratch::default();
            if let Some(fast) = g.inner.short_word(text.as_bytes(), w, &mut s) {
                prop_assert_eq!(fast, g.inner.any_word(&text, w, &mut s));
                // The second look-up comes from the cache, with the same answer.
                prop_assert_eq!(g.inner.short_word(text.as_bytes(), w, &mut s), Some(fast));
            }
        }

        /// Words of nine to sixteen bytes get the general path's answer, first looked up and
        /// then from the cache.
        #[test]
        fn mid_words_agree_with_the_general_path(word in "[A-Za-z&’é.-]{9,16}", tail in ascii_word()) {
            let g = Gazetteer::builder()
                .add(Entry::new("Washington Post", EntityKind::Organization))
                .add(Entry::new("spokesperson", EntityKind::Title))
                .build()
                .unwrap();
            let text = format!("{word}{tail}");
            let w = Span::new(0, word.len());
            let mut s = Scratch::default();
            let general = g.inner.any_word(&text, w, &mut s);
            prop_assert_eq!(g.inner.mid_word(&text, w, &mut s), general);
            prop_assert_eq!(g.inner.mid_word(&text, w, &mut s), general);
        }

        /// The ASCII case check agrees with the general one.
        #[test]
        fn ascii_case_check_agrees(alias in ascii_word(), surface in ascii_word(), mode in case()) {
            prop_assert_eq!(
                case_ok_ascii(mode, alias.as_bytes(), surface.as_bytes()),
                case_ok_chars(mode, &alias, &surface)
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// The trie walk with its case-check fallback finds exactly what trying every form at
        /// every word finds.
        #[test]
        fn trie_agrees_with_the_naive_matcher(
            forms in proptest::collection::vec((phrase(), case()), 1..12),
            text in proptest::collection::vec(proptest::sample::select(WORDS), 0..40),
            glue in proptest::collection::vec(proptest::sample::select(&[" ", "", "\n", ", "][..]), 40),
        ) {
            let mut b = Gazetteer::builder();
            for (f, c) in &forms {
                b.add(Entry::new(f.clone(), EntityKind::Place).case(*c));
            }
            let g = b.build().unwrap();
            let mut t = String::new();
            for (i, w) in text.iter().enumerate() {
                t.push_str(w);
                t.push_str(glue[i]);
            }
            let tokens = g.inner.tokenizer.tokenize(&t);
            let mut s = Scratch::default();
            g.inner.prepare(&t, &tokens, &mut s);
            g.inner.lexical(&t, &mut s);
            let naive = g.inner.lexical_naive(&t, &s);
            prop_assert_eq!(&s.lex, &naive);
            // Every match starts and ends at a token boundary or before a possessive.
            for l in &s.lex {
                let start = s.words[l.w0].span.start;
                let end = s.words[l.w1 - 1].span.end;
                prop_assert!(tokens.iter().any(|tk| tk.span.start == start));
                prop_assert!(tokens.iter().any(|tk| tk.span.end == end
                    || tk.split != 0 && tk.span.start + usize::from(tk.split) == end));
            }
        }
    }
}
