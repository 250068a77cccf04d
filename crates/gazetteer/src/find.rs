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
mod orgs;

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
const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la",
    "le", "du", "dos", "das", "ter", "st.", "bint", "abu", "ben",
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

/// Surname endings of Slavic, Nordic, Greek, Turkish, Georgian and Armenian names.
fn has_surname_ending(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "enko", "sky", "ski", "ska", "skaya", "skiy", "vic", "vich",
        "wicz", "czyk", "sson", "dottir", "poulos", "opoulos", "idis", "akis", "oglu", "ian",
        "yan", "shvili", "dze", "ovic", "evic", "escu", "ich", "ovs", "iev",
    ];
    let w = word.to_ascii_lowercase();
    w.len() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// The first word at or after word `i` that an index such as [`Scratch::next_cap`] holds;
/// `i` itself past the end.
#[inline]
fn next_in(next: &[u32], i: usize) -> usize {
    next.get(i).map_or(i, |&x| x as usize)
}

/// The words an index such as [`Scratch::next_cap`] holds, in a text of `n` words, in order.
fn words_in(next: &[u32], n: usize) -> impl Iterator<Item = usize> + '_ {
    core::iter::successors(Some(next_in(next, 0)), move |&i| Some(next_in(next, i + 1)))
        .take_while(move |&i| i < n)
}

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
    fn push_word(
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
    fn any_word(&self, text: &str, w: Span, s: &mut Scratch) -> (u32, u16, u8, bool) {
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
    fn short_word(&self, bytes: &[u8], w: Span, s: &mut Scratch) -> Option<(u32, u16, u8, bool)> {
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
    fn mid_word(&self, text: &str, w: Span, s: &mut Scratch) -> (u32, u16, u8, bool) {
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
    fn lookup_folded(&self, wt: &str, upper: bool, s: &mut Scratch) -> (u32, u16) {
        if !vocab::fold_word(wt, &mut s.folded) {
            (0, 0)
        } else if !upper {
            self.vocab.get_lower(&s.folded)
        } else {
            self.vocab.get(&s.folded)
        }
    }

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

    /// Person names: a title cue or a first name followed by capitalised words.
    fn person_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        let lex_at = |i: usize| at.lex_at(lex, i);
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        // A capitalised word that no list knows as something else.
        let free = |i: usize| {
            words.get(i).is_some_and(|w| {
                self.name_word(w)
                    && !w.is(shape::CAPS_LINE)
                    && !w.is(shape::UPPER)
                    && !w.has(flag::COMMON)
                    && !at.inside.get(i).copied().unwrap_or(true)
                    && !at.title(i, TITLE_START)
                    && lex_at(i).is_none_or(|l| l.kind == EntityKind::Person)
            })
        };
        // A one-word town that is also a surname in a name (`Carla Sacramento ( Portugal )`).
        let single_place = |i: usize| {
            lex_at(i).is_some_and(|l| l.kind == EntityKind::Place && l.w1 == i + 1)
                && words.get(i).is_some_and(|w| !w.is(shape::UPPER))
        };
        // A one-word town, neither a country nor a capital nor a state.
        let single_town = |i: usize| {
            single_place(i)
                && lex_at(i).and_then(|l| l.entry).is_some_and(|e| {
                    self.store.roles(e)
                        & (role::COUNTRY | role::CAPITAL | role::STATE | role::CONTINENT)
                        == 0
                })
        };
        let org_word = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| w.has(flag::ORG_SUFFIX | flag::ORG_PREFIX | flag::EVENT_SUFFIX))
        };
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            // Every rule below starts at a capitalised word outside a line of capitals.
            if !self.name_word(w) || w.is(shape::CAPS_LINE) {
                i = next_in(at.next_cap, i + 1);
                continue;
            }
            // Not a title after a title (`Mr. President`, `Mr. Vice President`): a form of
            // address, not a name.
            // (Nor a verb of a headline in title case: `Mayor Announces New Budget`, a
            // common word in -s, no name, before another capitalised word or the line end.)
            // (The word or its stem, `announce` for `Announces`, is a common word.)
            let common = |t: &str| {
                let low = t.to_ascii_lowercase();
                let stem = low.strip_suffix('s').unwrap_or(&low);
                w.has(flag::COMMON)
                    || (self.vocab.get_lower(stem).1 | self.vocab.get(stem).1) & flag::COMMON != 0
            };
            let headline_verb = !w.has(flag::SURNAME | flag::GIVEN)
                && word(i).len() > 3
                && word(i).ends_with('s')
                && words.get(i + 1).is_none_or(|n| n.is(shape::CAP) || n.is(shape::NEWLINE))
                && at.title(i, TITLE_BEFORE)
                && common(word(i));
            let cue = at.title(i, TITLE_BEFORE)
                && !org_word(i)
                && !at.title(i, TITLE_START)
                && !headline_verb;
            // `Kyran Bracken`, `Zelimkhan Yandarbiyev`: an unknown capitalised word and a
            // surname (from the list, or by its ending).
            let surname_pair = free(i)
                && free(i + 1)
                && words.get(i + 1).is_some_and(|x| {
                    !x.is(shape::NEWLINE)
                        // `Supreme Court`, `Sesame Street`: a surname that names an
                        // organisation, event or place after a capitalised word is not one.
                        && !x.has(flag::ORG_SUFFIX | flag::EVENT_SUFFIX | flag::PLACE_SUFFIX)
                        && (x.has(flag::SURNAME)
                            || has_surname_ending(word(i + 1))
                            || lex_at(i + 1).is_some_and(|l| l.w1 == i + 2))
                });
            // `Tatiana Stiajkina ( Ukraine )`: a name before a country in brackets, as in
            // results and lists.
            let bracketed_country = {
                let mut r = i;
                while r < words.len()
                    && r - i < 4
                    && (free(r) || r > i && single_place(r))
                    && (r == i || !words[r].is(shape::NEWLINE))
                {
                    r += 1;
                }
                r >= i + 2
                    && word(r) == "("
                    && lex_at(r + 1).is_some_and(|l| {
                        matches!(l.kind, EntityKind::Place | EntityKind::Nationality)
                            && word(l.w1) == ")"
                    })
            };
            // `10 - Zorb Quill ,` in a line-up, `Zorb Quill ( 21st minute )` among scorers:
            // two or three unknown capitalised words (particles between them).
            let listed = {
                let mut r = i;
                while r < words.len()
                    && r - i < 4
                    && (free(r)
                        || r > i
                            && !words[r].is(shape::CAP)
                            && self.is_particle(text, &words[r])
                            && free(r + 1))
                    && (r == i || !words[r].is(shape::NEWLINE))
                {
                    r += 1;
                }
                let number = |k: usize| {
                    words.get(k).is_some_and(|x| x.kind == TokenKind::Number) && word(k).len() <= 2
                };
                let lineup = i >= 2
                    && word(i - 1) == "-"
                    && !words[i - 1].is(shape::GLUED)
                    && number(i - 2)
                    && matches!(word(r), "," | ";" | "(" | ".");
                let ordinal = |k: usize| {
                    let t = word(k);
                    t.len() >= 3
                        && t.bytes().next().is_some_and(|b| b.is_ascii_digit())
                        && ["st", "nd", "rd", "th"].iter().any(|e| t.ends_with(e))
                };
                // (Not `3 - Zorbex Holdings ,`: a telling word makes it another name.)
                let telling = words[i..r]
                    .iter()
                    .any(|x| x.has(flag::ORG_SUFFIX | flag::EVENT_SUFFIX | flag::PLACE_SUFFIX));
                r >= i + 2 && !telling && (lineup || word(r) == "(" && ordinal(r + 1))
            };
            // `… , said Beck .`, `Viljoen said`: a lone capitalised word next to a reporting
            // verb.
            let reporting = free(i)
                && !w.is(shape::INITIAL)
                && !words.get(i + 1).is_some_and(|x| self.name_word(x))
                && (words.get(i + 1).is_some_and(|x| x.has(flag::REPORTING))
                    || i > 0 && words[i - 1].has(flag::REPORTING));
            if reporting && !cue {
                out.push(Prop::rule(i, i + 1, EntityKind::Person, How::Pattern, 0));
                i += 1;
                continue;
            }
            let given = w.has(flag::GIVEN)
                && !(w.is(shape::INITIAL) && w.has(flag::COMMON))
                && !at.title(i, TITLE_START);
            // `P. Johnson`, `J. Pooley`: an initial and a capitalised word.
            // (A town may be the surname: `P. Zorbton` where Zorbton is a town.)
            let initial = w.kind == TokenKind::Abbreviation
                && word(i).len() == 2
                && word(i).ends_with('.')
                && (free(i + 1) || single_town(i + 1));
            let starts = self.name_word(w)
                && !w.is(shape::CAPS_LINE)
                && (cue || surname_pair || bracketed_country || given || initial || listed);
            if !starts {
                i += 1;
                continue;
            }
            // A known non-person name right after a title is not a person (`President Obama` is,
            // `Minister of Defence` is not).
            if lex_at(i).is_some_and(|l| {
                l.kind != EntityKind::Person && !w.has(flag::GIVEN) && !w.has(flag::SURNAME)
            }) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && j - i < 5 {
                let x = &words[j];
                if x.is(shape::GLUED) && x.kind == TokenKind::Punct && x.span.len() == 1 {
                    // `Jong-un`, `Jean-Claude`: a hyphen glued on both sides.
                    // Not `Zorbo-based`, `Zorbo-Israeli`: a common word or a nationality
                    // after the hyphen makes a compound, not a name.
                    if words.get(j + 1).is_some_and(|y| {
                        y.is(shape::GLUED)
                            && y.is(shape::ALPHA)
                            && !y.is(shape::POSS)
                            && (y.is(shape::CAP) || y.span.len() <= 3)
                            && lex_at(j + 1).is_none_or(|l| l.kind == EntityKind::Person)
                    }) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                if x.is(shape::POSS) || x.is(shape::NEWLINE) {
                    break;
                }
                let folded_particle = !x.is(shape::CAP) && self.is_particle(text, x);
                if folded_particle && words.get(j + 1).is_some_and(|y| self.name_word(y)) {
                    j += 2;
                    continue;
                }
                if !self.name_word(x) || x.is(shape::CAPS_LINE) {
                    break;
                }
                if let Some(l) = lex_at(j) {
                    let surname = x.has(flag::SURNAME) || x.has(flag::GIVEN);
                    let bracketed = bracketed_country && l.w1 == j + 1 && single_place(j);
                    // `P. Zorbton`, `Dana Zorbton`: a town right after an initial or a first
                    // name, ending the name, is its surname.
                    let town_surname = j == i + 1
                        && (initial || given)
                        && single_town(j)
                        && !words.get(j + 1).is_some_and(|y| self.name_word(y));
                    let surname_here = surname && l.w1 == j + 1;
                    if !(l.kind == EntityKind::Person || surname_here || bracketed || town_surname)
                    {
                        break;
                    }
                }
                // A title ends the name only if it announces another one (`John Major` is a
                // name, `… Kemp Major Smith` is two).
                if at.title(j, TITLE_START) && words.get(j + 1).is_some_and(|y| self.name_word(y)) {
                    break;
                }
                if x.has(flag::COMMON) && !x.has(flag::SURNAME) && !x.has(flag::GIVEN) {
                    break;
                }
                // `Venice Beach`: a place and a place word after it name a place.
                if j == i + 1
                    && x.has(flag::PLACE_SUFFIX)
                    && !cue
                    && (lex_at(i).is_some_and(|l| l.kind == EntityKind::Place && l.w1 == j)
                        || !x.has(flag::SURNAME))
                {
                    break;
                }
                j += 1;
            }
            let len = j - i;
            if len >= 2 || cue {
                let how = if cue { How::TitleCue } else { How::Pattern };
                out.push(Prop::rule(i, j, EntityKind::Person, how, 1));
                // `Tom and Ana Reyes`: a lone first name joined by `and` shares the surname
                // (not `John Smith and Ana Reyes`).
                let lone_given = |k: usize| {
                    words.get(k).is_some_and(|x| {
                        x.has(flag::GIVEN) && self.name_word(x) && !x.is(shape::CAPS_LINE)
                    }) && lex_at(k).is_none_or(|l| l.kind == EntityKind::Person && l.w1 == k + 1)
                };
                if len >= 2
                    && i >= 2
                    && word(i - 1) == "and"
                    && lone_given(i - 2)
                    && !(i >= 3 && words.get(i - 3).is_some_and(|x| self.name_word(x)))
                    && words[i].has(flag::GIVEN)
                {
                    out.push(Prop {
                        w0: i - 2,
                        w1: i - 1,
                        kind: EntityKind::Person,
                        entry: None,
                        how: How::Pattern,
                        rank: 3,
                        link: None,
                        shared: Some(j - 1),
                    });
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }

    /// Sports results and fixtures: a town, state or region followed by a score
    /// (`Dundee 1 Hamilton 0`) or joined by `v` (`Walsall v Wrexham`) names a team, an
    /// organisation. Countries stay places (national teams are reported as places).
    fn team_rule(&self, text: &str, words: &[Word], chosen: &mut [Prop]) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let score = |i: usize| {
            words.get(i).is_some_and(|w| {
                w.kind == TokenKind::Number
                    && word(i).bytes().all(|b| b.is_ascii_digit())
                    && word(i).len() <= 3
            })
        };
        for p in chosen.iter_mut() {
            if p.kind != EntityKind::Place || p.how != How::Alias {
                continue;
            }
            let Some(e) = p.entry else { continue };
            let roles = self.store.roles(e);
            if roles & (role::COUNTRY | role::CONTINENT) != 0 {
                continue;
            }
            let versus = |w: &str| matches!(w, "v" | "vs" | "vs." | "v.");
            let beaten = |w: &str| matches!(w, "beat" | "defeated" | "edged" | "thrashed");
            // Not `lost` or `drew`: `Newton lost its factory`, `Mendoza drew his pistol`.
            let beats = |w: &str| matches!(w, "beat" | "defeated" | "edged" | "thrashed");
            let town = roles & role::CAPITAL == 0;
            // A score in a result or a table: the end of the line, a name or another number
            // follows it (`Dundee 1 Hamilton 0`, `Torquay 4 2 1 1 5 3 7`), not a noun
            // (`Everett 25 years ago`, `Mach 20 and`).
            // Or the second half of a result (`Dundee 1 Hamilton 0.`), or scorers follow in
            // brackets (`Leeds 2 ( Yeboah 45 )`).
            let cap = |i: usize| words.get(i).is_some_and(|w| w.is(shape::CAP));
            // Cricket: `Zorbshire 22 points`, `Zorbshire 199 and 426`, `Zorbshire 429-7`.
            let cricket = score(p.w1)
                && (word(p.w1 + 1) == "points" || word(p.w1 + 1) == "and" && score(p.w1 + 2))
                || innings(words, text, p.w1);
            let result = cricket
                || score(p.w1)
                    && (words.get(p.w1 + 1).is_none_or(|n| {
                        n.is(shape::NEWLINE)
                            || n.is(shape::CAP) && n.kind == TokenKind::Word
                            || n.kind == TokenKind::Number
                    }) || p.w0 >= 2 && score(p.w0 - 1) && cap(p.w0 - 2)
                        || word(p.w1 + 1) == "(" && cap(p.w1 + 2));
            // In a fixture list `KANSAS CITY AT DETROIT` the visitors are a team and the
            // host a place.
            if result
                || versus(word(p.w1))
                || word(p.w1) == "AT"
                || versus(word(p.w0.wrapping_sub(1)))
                || town && (beaten(word(p.w0.wrapping_sub(1))) || beats(word(p.w1)))
            {
                p.kind = EntityKind::Organization;
            }
        }
    }

    /// Capitalised words that no list knows, typed by what surrounds them: acronyms
    /// (`NAPM`, `LIFFE`) and names before `news agency` are organisations, and so are names
    /// in lines of results (`Puchon 2 Chonbuk 1`) or fixtures (`v Derbyshire`).
    fn unknown_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let unknown = |i: usize| {
            words.get(i).is_some_and(|w| {
                self.name_word(w)
                    && !w.is(shape::CAPS_LINE)
                    && !w.has(flag::COMMON)
                    && !w.has(flag::GIVEN)
                    && !at.inside.get(i).copied().unwrap_or(true)
                    && at.lex_at(lex, i).is_none()
                    && !at.title(i, TITLE_START)
            })
        };
        let score = |i: usize| {
            words.get(i).is_some_and(|w| {
                w.kind == TokenKind::Number
                    && word(i).len() <= 3
                    && word(i).bytes().all(|b| b.is_ascii_digit())
            })
        };
        let push = |w0: usize, w1: usize, out: &mut Vec<Prop>| {
            out.push(Prop::rule(w0, w1, EntityKind::Organization, How::Pattern, 0));
        };
        // Runs of unknown capitalised words.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let after_hyphen = words[i].is(shape::GLUED) && word(i.wrapping_sub(1)) == "-";
            if !unknown(i) || after_hyphen || words[i].is(shape::INITIAL) && !score(i + 1) {
                i = next_in(at.next_cap, i + 1);
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && j - i < 4 && unknown(j) && !words[j].is(shape::NEWLINE) {
                j += 1;
            }
            runs.push((i, j));
            i = j;
        }
        for &(a, b) in &runs {
            let acronym = b == a + 1 && {
                let t = word(a);
                words[a].is(shape::UPPER)
                    && (3..=6).contains(&t.len())
                    && t.bytes().all(|c| c.is_ascii_uppercase())
                    && !t.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L'))
                    && !words[a].has(flag::NOT_NAME)
            };
            // A speaker label of a transcript (`DJ BOOGIE:`, `ADMINISTRATOR FUGATE:`) names a
            // person, not an organisation.
            let label = word(b) == ":"
                && (a.saturating_sub(2)..=a).any(|k| k == 0 || words[k].is(shape::NEWLINE));
            // Ordinary words in capitals around it (`MARKETS RALLY AS TECH SHARES CLIMB`, in
            // a line that is not all in capitals): a phrase in capitals, no acronym.
            let caps_word = |i: usize| {
                words.get(i).is_some_and(|w| {
                    w.is(shape::UPPER) && w.span.len() >= 2 && w.has(flag::COMMON | flag::STOP)
                })
            };
            let before = |k: usize| a.checked_sub(k).is_some_and(caps_word);
            let in_phrase = before(1) && caps_word(b)
                || before(1) && before(2)
                || caps_word(b) && caps_word(b + 1);
            let acronym = acronym && !label && !in_phrase;
            let agency = word(b) == "news" && word(b + 1) == "agency"
                || matches!(word(b), "agency" | "newspaper" | "daily");
            // A result pairs two names with scores, side by side (`Puchon 2 Chonbuk 1`); two
            // such names apart in one long line (`Article 5 … Article 5`) are not one.
            let cap = |i: usize| words.get(i).is_some_and(|w| w.is(shape::CAP));
            let pair_before = a >= 2 && score(a - 1) && cap(a - 2);
            let pair_after = cap(b + 1)
                && (b + 2..b + 6)
                    .find(|&j| !cap(j) || words[j].is(shape::NEWLINE))
                    .is_some_and(|j| score(j) && !words[j].is(shape::NEWLINE));
            // Scorers in brackets (`Nottinghamshire 214 ( P. Johnson 84 ; …`).
            let scorers = word(b + 1) == "(" && cap(b + 2);
            let results = score(b) && (pair_before || pair_after || scorers);
            let versus = matches!(word(a.wrapping_sub(1)), "v" | "vs" | "vs.")
                || matches!(word(b), "v" | "vs" | "vs.");
            if acronym || agency || results || versus {
                push(a, b, out);
            }
        }
    }

    fn is_particle(&self, text: &str, w: &Word) -> bool {
        let t = w.span.get(text).unwrap_or("");
        t.len() <= 4 && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(t))
    }

    /// Names with a telling first or last word: `Tumen River`, `Lake Baikal`, `Acme Corp`,
    /// `Bank of England`.
    fn pattern_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        // Stop words may be part of a longer name (`Lake Khanka`).
        let run_word = |w: &Word| {
            w.is(shape::CAP)
                && !w.is(shape::POSS)
                && !w.has(flag::CONTRACTION)
                && !w.is(shape::CAPS_LINE)
                && matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation)
        };
        // In a line of capitals every word is capitalised, so runs say nothing; but a place
        // or nationality followed within two words by an event word is an event
        // (`HONG KONG OPEN`, `ENGLISH COUNTY CHAMPIONSHIP`).
        for l in lex {
            if !words.get(l.w0).is_some_and(|w| w.is(shape::CAPS_LINE))
                || !matches!(l.kind, EntityKind::Place | EntityKind::Nationality)
            {
                continue;
            }
            for (end, w) in words.iter().enumerate().skip(l.w1).take(2) {
                if !w.is(shape::UPPER) || w.kind != TokenKind::Word || w.is(shape::NEWLINE) {
                    break;
                }
                if w.has(flag::EVENT_SUFFIX) {
                    out.push(Prop::rule(l.w0, end + 1, EntityKind::Other, How::Pattern, 0));
                    break;
                }
            }
        }
        let mut i = 0;
        while i < words.len() {
            if !run_word(&words[i]) {
                i = next_in(at.next_cap, i + 1);
                continue;
            }
            // A run of capitalised words, with `of`, `and`, `for`, `the`, `&` inside.
            let mut j = i + 1;
            let mut last_name = i;
            while j < words.len() && j - i < 8 {
                let x = &words[j];
                if x.is(shape::POSS) || x.is(shape::NEWLINE) {
                    break;
                }
                if run_word(x) {
                    last_name = j;
                    j += 1;
                    continue;
                }
                let t = x.span.get(text).unwrap_or("");
                // `All-England Club`: a hyphen glued on both sides.
                let hyphen = t == "-"
                    && x.is(shape::GLUED)
                    && words.get(j + 1).is_some_and(|y| y.is(shape::GLUED) && run_word(y));
                let joiner =
                    hyphen || matches!(t, "of" | "and" | "for" | "the" | "&" | "de" | "du" | "des");
                if joiner && words.get(j + 1).is_some_and(run_word) {
                    j += 1;
                    continue;
                }
                break;
            }
            let end = last_name + 1;
            // Skip a leading sentence-initial common word (`The`, `In`) and what joins it.
            let mut start = i;
            while start < end
                && (!run_word(&words[start])
                    || words[start].has(flag::COMMON) && words[start].is(shape::INITIAL))
            {
                start += 1;
            }
            // A name that starts after a hyphen belongs to the compound (`Itar-Tass`).
            if words[i].is(shape::GLUED) && i > 0 && words[i - 1].kind == TokenKind::Punct {
                i = end.max(i + 1);
                continue;
            }
            let last = words[end.max(1) - 1].flags;
            // A name ending in a telling word starts after the last `of`, `and` or `for` when
            // what comes before it is a name of its own: a person or a title before `of`
            // (`Lynn Reaser of Barnett Banks Inc.`, `President of Morgan State University`), a
            // complete name before `and` or `for` (`Johnson Controls Inc and Lear Corp`). Else
            // the joiner is part of the name (`Department of Health and Human Services`,
            // `University of Pittsburgh Medical Center`, `Medal of Honor Society`).
            // A title and `of` before a name are not part of it (`Secretary of Health and
            // Human Services`).
            if at.title(start, TITLE_START)
                && let Some(e) = (start + 1..end).find(|&e| at.title(e, TITLE_BEFORE))
                && words[e].span.get(text) == Some("of")
            {
                start = e + 1;
            }
            let telling_flags = flag::ORG_SUFFIX | flag::EVENT_SUFFIX | flag::PLACE_SUFFIX;
            let telling = last & telling_flags != 0;
            let joiner = (start..end)
                .rev()
                .find(|&k| matches!(words[k].span.get(text), Some("of" | "and" | "for")));
            if telling && let Some(k) = joiner {
                let before = k.checked_sub(1).and_then(|b| words.get(b));
                let name_ends = at.lex_before(lex, k).is_some_and(|l| l.w0 >= start);
                // What follows is one known name (`Members of Congress`, `House and Senate`).
                let known_after = at.lex_at(lex, k + 1).is_some_and(|l| l.w1 == end);
                let cut = known_after || {
                    let joiner = words[k].span.get(text);
                    // A person or a title before `of` or `for` (`Lisa Schlein for VOA News`).
                    let person = at.title(k, TITLE_BEFORE)
                        || before.is_some_and(|b| b.has(flag::GIVEN | flag::SURNAME))
                        || words.get(start).is_some_and(|w| w.has(flag::GIVEN))
                        || at.lex_before(lex, k).is_some_and(|l| l.kind == EntityKind::Person);
                    // A complete name before the joiner, or a known place or nationality
                    // opening the second name (`Walter Reed and Bethesda Naval Hospital`,
                    // `World Vision and American Jewish World Service`).
                    let complete = before.is_some_and(|b| b.has(telling_flags))
                        || name_ends
                        || at.lex_at(lex, k + 1).is_some_and(|l| {
                            matches!(l.kind, EntityKind::Place | EntityKind::Nationality)
                        });
                    match joiner {
                        Some("of") => person,
                        Some("for") => person || complete,
                        _ => complete,
                    }
                };
                if cut {
                    // The name before `and` is one too when it ends in a telling word
                    // (`Zorbex Holdings and Texas Medical Center`).
                    let left_last = before.map_or(0, |b| b.flags);
                    let left_kind = if left_last & flag::ORG_SUFFIX != 0 {
                        Some(EntityKind::Organization)
                    } else if left_last & flag::EVENT_SUFFIX != 0 {
                        Some(EntityKind::Other)
                    } else if left_last & flag::PLACE_SUFFIX != 0 {
                        Some(EntityKind::Place)
                    } else {
                        None
                    };
                    let known = at.lex_at(lex, start).is_some_and(|l| l.w1 == k);
                    if let (Some(kind), false, true) = (left_kind, known, k >= start + 2)
                        && words[k].span.get(text) == Some("and")
                    {
                        out.push(Prop::rule(start, k, kind, How::Pattern, 0));
                    }
                    start = k + 1;
                }
            }
            if end >= start + 2 {
                let first = words[start].flags;
                let has_of = words[start..end].iter().any(|w| w.span.get(text) == Some("of"));
                let kind = if last & flag::ORG_SUFFIX != 0 {
                    Some(EntityKind::Organization)
                } else if last & flag::EVENT_SUFFIX != 0 {
                    Some(EntityKind::Other)
                } else if last & flag::PLACE_SUFFIX != 0 || first & flag::PLACE_PREFIX != 0 {
                    Some(EntityKind::Place)
                } else if first & flag::ORG_PREFIX != 0 && has_of {
                    Some(EntityKind::Organization)
                } else if first & flag::EVENT_PREFIX != 0 && has_of {
                    Some(EntityKind::Other)
                } else if end == start + 2
                    && at
                        .lex_at(lex, start)
                        .is_some_and(|l| l.kind == EntityKind::Place && l.w1 == start + 1)
                    && at.lex_at(lex, start + 1).is_none()
                    && words[start + 1].span.len() > 3
                    && words[start + 1].span.get(text).is_some_and(|t| t.ends_with('s'))
                    && !words[start + 1].has(flag::GIVEN)
                {
                    // A place and a plural (`Texas Rangers`, `Philadelphia Eagles`): a team or
                    // a company.
                    Some(EntityKind::Organization)
                } else {
                    None
                };
                // The whole run must not be one known name already.
                let known = at.lex_at(lex, start).is_some_and(|l| l.w1 == end);
                if let (Some(kind), false) = (kind, known) {
                    out.push(Prop::rule(start, end, kind, How::Pattern, 0));
                }
            }
            i = end.max(i + 1);
        }
    }

    /// Links one-word mentions and capitalised words to full person names of the document
    /// (before or after them): `Putin` → Vladimir Putin, `Miller` → Matthew Miller.
    fn link_partials(&self, text: &str, words: &[Word], caps: &[u32], chosen: &mut Vec<Prop>) {
        let mut folded = String::new();
        // Last word of each full name → (entry, words of the full name); None when ambiguous.
        let mut full: FxMap<String, Option<Target>> = FxMap::default();
        for p in chosen.iter().filter(|p| p.kind == EntityKind::Person && p.w1 >= p.w0 + 2) {
            let Some(w) = words.get(p.w1 - 1) else { continue };
            if w.is(shape::UPPER) || !vocab::fold_word(w.span.get(text).unwrap_or(""), &mut folded)
            {
                continue;
            }
            let target = (p.entry, (p.w0, p.w1));
            let same = |a: &Target, b: &Target| {
                a.0.is_some() && a.0 == b.0
                    || a.0.is_none()
                        && b.0.is_none()
                        && written_name(text, &words[a.1.0..a.1.1])
                            == written_name(text, &words[b.1.0..b.1.1])
            };
            match full.get_mut(folded.as_str()) {
                Some(slot) => {
                    if slot.as_ref().is_some_and(|t| !same(t, &target)) {
                        *slot = None;
                    }
                }
                None => {
                    full.insert(folded.clone(), Some(target));
                }
            }
        }
        if full.is_empty() {
            return;
        }
        let mut plural = String::new();
        let mut lookup = |w: &Word| -> Option<Target> {
            if !vocab::fold_word(w.span.get(text).unwrap_or(""), &mut folded) {
                return None;
            }
            full.get(folded.as_str()).copied().flatten()
        };
        for p in chosen.iter_mut() {
            if p.w1 != p.w0 + 1 {
                continue;
            }
            let Some(w) = words.get(p.w0) else { continue };
            // `Hillary Clinton … the Clintons`, `the Joneses`: the plural of a surname of the
            // document after `the`, found by a rule, is the family (people, no one's id).
            if p.how == How::Pattern
                && p.entry.is_none()
                && p.kind != EntityKind::Person
                && w.is(shape::CAP)
                && !w.is(shape::UPPER)
                && p.w0
                    .checked_sub(1)
                    .and_then(|k| words.get(k))
                    .is_some_and(|b| matches!(b.span.get(text).unwrap_or(""), "the" | "The"))
                && vocab::fold_word(w.span.get(text).unwrap_or(""), &mut plural)
            {
                let family = [1, 2].iter().any(|&cut| {
                    plural.len() > cut + 2
                        && plural.ends_with(if cut == 1 { "s" } else { "es" })
                        && plural
                            .get(..plural.len() - cut)
                            .is_some_and(|one| full.contains_key(one))
                });
                if family {
                    p.kind = EntityKind::Person;
                    continue;
                }
            }
            let Some((entry, range)) = lookup(w) else { continue };
            match p.kind {
                EntityKind::Person if p.entry.is_none() => {
                    p.entry = entry;
                    p.link = Some(range);
                    p.how = How::PartialName;
                }
                // (Not a place right after a preposition of place: `Dana Paris arrived in
                // Paris.`: the context says otherwise; but `in Jordan's film`.)
                EntityKind::Place
                    if !w.is(shape::POSS)
                        && !words.get(p.w0 + 1).is_some_and(|n| {
                            n.is(shape::POSS)
                                || matches!(n.span.get(text).unwrap_or(""), "'s" | "’s" | "'")
                        })
                        && p.w0.checked_sub(1).and_then(|k| words.get(k)).is_some_and(|b| {
                            matches!(
                                b.span.get(text).unwrap_or(""),
                                "in" | "near" | "across" | "outside" | "inside" | "throughout"
                            )
                        }) => {}
                EntityKind::Place | EntityKind::Organization | EntityKind::Other
                    if w.is(shape::CAP) && !w.is(shape::UPPER) =>
                {
                    p.kind = EntityKind::Person;
                    p.entry = entry;
                    p.link = Some(range);
                    p.how = How::PartialName;
                }
                _ => {}
            }
        }
        let mut covered = vec![false; words.len()];
        for p in chosen.iter() {
            for c in covered.iter_mut().take(p.w1.min(words.len())).skip(p.w0) {
                *c = true;
            }
        }
        let mut added = Vec::new();
        for i in words_in(caps, words.len()) {
            let w = &words[i];
            if covered[i]
                || !self.name_word(w)
                || w.is(shape::UPPER)
                || w.is(shape::CAPS_LINE)
                || w.is(shape::INITIAL) && w.has(flag::COMMON)
            {
                continue;
            }
            // Not the first word of a longer capitalised name (`Miller Park`).
            if words.get(i + 1).is_some_and(|n| self.name_word(n) && !n.is(shape::INITIAL)) {
                continue;
            }
            if let Some((entry, range)) = lookup(w) {
                added.push(Prop {
                    w0: i,
                    w1: i + 1,
                    kind: EntityKind::Person,
                    entry,
                    how: How::PartialName,
                    rank: 1,
                    link: Some(range),
                    shared: None,
                });
            }
        }
        if !added.is_empty() {
            chosen.extend(added);
            chosen.sort_by_key(|p| p.w0);
        }
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

/// Words of the current line with letters (more than one character), and how many of them
/// are in capitals: lines where most words are (headlines, datelines) are marked. Lines are
/// cut where a word follows a line break.
#[derive(Default)]
struct LineCount {
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
mod class {
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

static BYTE_CLASS: [u8; 256] = {
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
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 && !w.is(shape::GLUED) {
            out.push(' ');
        }
        out.extend(w.span.get(text).unwrap_or("").chars().map(fold_char));
    }
    out
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
