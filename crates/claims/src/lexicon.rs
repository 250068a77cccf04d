//! Word lists: reporting verbs and nouns, hedges, generic sources and the function words the
//! attribution patterns need, looked up by folded form (and by Snowball stem for the
//! inflectable cue words).

use std::cell::RefCell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use nutgraf_tokenize::normalize::Stemmer;

use crate::claim::Stance;

/// Bit flags of a word class.
pub(crate) mod flag {
    /// A reporting verb: `say`, `claim`, `deny` (inflected forms through stems).
    pub const CUE: u64 = 1 << 0;
    /// A verb that attributes a stance or speech act without reporting speech as such:
    /// `urge`, `criticize`, `praise`, `call` (for) (inflected forms through stems). A cue for
    /// attribution only: the check-worthiness model's rule features see [`CUE`] alone.
    pub const ATTRIB: u64 = 1 << 10;
    /// Either kind of cue.
    pub const ANY_CUE: u64 = CUE | ATTRIB;
    /// A word the learned cue model scores (`crate::cues`): it headed a cue in its training
    /// articles at least twice.
    pub const LEARNED_CUE: u64 = 1 << 12;
    /// A reporting adverb that is its own cue: `reportedly`, `allegedly`.
    pub const CUE_ADV: u64 = 1 << 42;
    /// A reporting noun that can introduce content: `claim`, `assertion`, `denial`.
    pub const REPORT_NOUN: u64 = 1 << 2;
    /// A generic source noun: `officials`, `monitors`, `reports`, `sources`.
    pub const SOURCE_NOUN: u64 = 1 << 3;
    /// A hedge: `might`, `could`, `reportedly`, `possibly`.
    pub const HEDGE: u64 = 1 << 4;
    /// An approximator before a number: `about`, `around`, `nearly`.
    pub const APPROX: u64 = 1 << 5;
    /// A personal pronoun for a person: `he`, `she`.
    pub const PRON_PERSON: u64 = 1 << 6;
    /// Another subject pronoun: `it`, `they`, `we`, `I`.
    pub const PRON_OTHER: u64 = 1 << 7;
    /// A determiner or possessive: `the`, `a`, `his`.
    pub const DET: u64 = 1 << 8;
    /// A word that may stand between a source and its verb: `has`, `also`, `repeatedly`.
    pub const AUX: u64 = 1 << 9;
    /// A negation: `not`, `n't`, `never`.
    pub const NEG: u64 = 1 << 44;
    /// A modal verb: `may`, `could`, `should`.
    pub const MODAL: u64 = 1 << 11;
    /// A future marker: `will`, `'ll`, `would`.
    pub const FUTURE: u64 = 1 << 43;
    /// A comparison word: `than`, `more`, `most`, `twice`.
    pub const COMPARE: u64 = 1 << 45;
    /// A causal connective or verb: `because`, `caused`, `due`.
    pub const CAUSAL: u64 = 1 << 46;
    /// A number word: `one`, `dozens`, `million`.
    pub const NUMWORD: u64 = 1 << 15;
    /// A month name.
    pub const MONTH: u64 = 1 << 16;
    /// A title or role that marks a person: `President`, `spokesperson`, `Mr.`.
    pub const TITLE: u64 = 1 << 17;
    /// A word that heads an organisation name: `Department`, `Kremlin`, `Times`.
    pub const ORG_HEAD: u64 = 1 << 18;
    /// A clause connective that ends a content span: `though`, `while`, `but`.
    pub const CLAUSE: u64 = 1 << 19;
    /// A greeting or thanks: `thank`, `welcome`, `hello`.
    pub const GREETING: u64 = 1 << 20;
    /// `that` (complementiser or determiner).
    pub const THAT: u64 = 1 << 21;
    /// `whether`, `if`.
    pub const WHETHER: u64 = 1 << 22;
    /// A verb of opinion: `think`, `believe`, `feel`, `hope`.
    pub const OPINION: u64 = 1 << 49;
    /// A capital or seat of government used for its government: `Washington`, `Kremlin`.
    pub const CAPITAL: u64 = 1 << 24;
    /// A preposition.
    pub const PREP: u64 = 1 << 25;
    /// A relative pronoun: `who`, `which`.
    pub const RELATIVE: u64 = 1 << 26;
    /// A first-person word: `I`, `we`, `my`, `our`.
    pub const FIRST: u64 = 1 << 47;
    /// A second-person word: `you`, `your`.
    pub const SECOND: u64 = 1 << 48;
    /// A form of `be` or `have` (a copula or auxiliary).
    pub const BE_HAVE: u64 = 1 << 29;
    /// A unit after a number: `percent`, `dollars`, `people`, `years`.
    pub const UNIT: u64 = 1 << 30;
    /// A question word: `what`, `why`, `how`.
    pub const WH: u64 = 1 << 31;
    /// `percent`, `percentage` (a rule feature of the model).
    pub const PCT_WORD: u64 = 1 << 40;
    /// A currency word: `dollars`, `cents`, `euros` (a rule feature of the model).
    pub const MONEY_WORD: u64 = 1 << 41;
    /// The pronoun `I`.
    pub const I: u64 = 1 << 34;
    /// A word that may start a hedge or claim-kind pattern of the attribution code (`at`
    /// least, `more` than, `will`, `because`, `than`): the patterns compare words only where
    /// this is set.
    pub const PATTERN: u64 = 1 << 35;
    /// `according` (to).
    pub const ACCORDING: u64 = 1 << 36;
    /// A noun of a stance, a plan or an attack that a possessor holds: `his support for`,
    /// `Clinton's refusal to`, `their attacks on`.
    pub const STANCE_NOUN: u64 = 1 << 50;
    /// `continued`, `continues`: a verb of going on that may report a quotation.
    pub const CONTINUE: u64 = 1 << 51;
    /// A word that may start a prediction, comparison or cause of a claim's kinds (`will`,
    /// `than`, `because`; `many` and `much` of `as many as`): a subset of [`PATTERN`].
    pub const KIND_START: u64 = 1 << 52;
    /// Bits 40 to 49 are the classes that feed rule features as they are, in the order of
    /// `words::rule` from `words::rule::PCT` on (a compile-time check in `words.rs` ties
    /// them): `PCT_WORD`, `MONEY_WORD`, `CUE_ADV`,
    /// `FUTURE`, `NEG`, `COMPARE`, `CAUSAL`, `FIRST`, `SECOND`, `OPINION`.
    pub const RULE_SHIFT: u32 = 40;
    /// The mask of those ten bits (after the shift).
    pub const RULE_MASK: u64 = 0x3ff;
}

/// What the lexicon knows about a folded word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub flags: u64,
    /// The stance of a cue (assert for most reporting verbs).
    pub stance: Stance,
}

/// An open-addressing table from folded words to entries, keyed by their [`fnv`] hash.
/// A probe reads 16-bit tags only (a few kilobytes that stay in the first-level cache); the
/// slot, with words up to [`INLINE`] bytes kept inline, is read on a tag match.
#[derive(Clone, Debug)]
struct WordTable {
    tags: Vec<u16>,
    slots: Vec<Slot>,
    /// Words longer than [`INLINE`] bytes, by slot.
    long: Vec<(usize, Box<str>)>,
    len: usize,
    shift: u32,
}

/// Bytes of a word stored in its slot, and of a look-up key: the word's first bytes,
/// zero-padded.
pub(crate) const KEY: usize = 24;
const INLINE: usize = KEY;

/// A look-up key: the first [`KEY`] bytes of a word, zero-padded, as little-endian words.
pub(crate) type Key = [u64; KEY / 8];

#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    hash: u64,
    entry: Entry,
    len: u16,
    bytes: Key,
}

/// The look-up key of a word: its first [`KEY`] bytes, zero-padded.
pub(crate) fn key(word: &[u8]) -> Key {
    let mut key = [0; KEY / 8];
    for (i, &b) in word.iter().take(KEY).enumerate() {
        key[i / 8] |= u64::from(b) << (8 * (i % 8));
    }
    key
}

/// The first `len` bytes of a key.
fn unkey(key: &Key, len: usize) -> Vec<u8> {
    key.iter().flat_map(|k| k.to_le_bytes()).take(len).collect()
}

/// The tag of a hash: never 0 (an empty slot).
#[inline]
fn tag(hash: u64) -> u16 {
    (hash >> 48) as u16 | 1
}

impl WordTable {
    fn new() -> WordTable {
        WordTable {
            tags: vec![0; 64],
            slots: vec![Slot::default(); 64],
            long: Vec::new(),
            len: 0,
            shift: 64 - 6,
        }
    }

    #[inline]
    fn start(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    #[inline]
    fn same(&self, i: usize, slot: &Slot, word: &[u8], key: &Key) -> bool {
        usize::from(slot.len) == word.len()
            && if word.len() <= INLINE {
                slot.bytes == *key
            } else {
                self.long.iter().any(|(k, w)| *k == i && w.as_bytes() == word)
            }
    }

    /// The slot of the word with `hash`, or of the empty place where it would go.
    #[inline]
    fn find(&self, hash: u64) -> (usize, bool) {
        let mask = self.tags.len() - 1;
        let t = tag(hash);
        let mut i = self.start(hash);
        loop {
            match self.tags.get(i) {
                Some(&0) | None => return (i, false),
                Some(&x) if x == t && self.slots.get(i).is_some_and(|s| s.hash == hash) => {
                    return (i, true);
                }
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The entry of `word` (whose hash is `hash` and key `key`).
    #[inline]
    fn get(&self, word: &[u8], key: &Key, hash: u64) -> Option<Entry> {
        let (i, found) = self.find(hash);
        let slot = self.slots.get(i).filter(|_| found)?;
        // Another word with the same hash was never added (see `entry`).
        self.same(i, slot, word, key).then_some(slot.entry)
    }

    /// The entry of `word`, added with `init` if absent; `None` when another word with the
    /// same hash holds the place.
    fn entry(&mut self, word: &str, init: Entry) -> Option<&mut Entry> {
        if (self.len + 1) * 2 > self.tags.len() {
            self.grow();
        }
        let hash = fnv(word.as_bytes());
        let key = key(word.as_bytes());
        let (i, found) = self.find(hash);
        if found {
            let slot = *self.slots.get(i)?;
            return if self.same(i, &slot, word.as_bytes(), &key) {
                self.slots.get_mut(i).map(|s| &mut s.entry)
            } else {
                None
            };
        }
        let mut slot = Slot {
            hash,
            entry: init,
            len: word.len().min(usize::from(u16::MAX)) as u16,
            bytes: [0; KEY / 8],
        };
        if word.len() <= INLINE {
            slot.bytes = key;
        } else {
            self.long.push((i, word.into()));
        }
        self.len += 1;
        *self.tags.get_mut(i)? = tag(hash);
        let s = self.slots.get_mut(i)?;
        *s = slot;
        Some(&mut s.entry)
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let old_tags = std::mem::take(&mut self.tags);
        let long = std::mem::take(&mut self.long);
        self.slots = vec![Slot::default(); old.len() * 2];
        self.tags = vec![0; old.len() * 2];
        self.shift -= 1;
        self.len = 0;
        for (i, slot) in old.iter().enumerate() {
            if old_tags.get(i).is_none_or(|&t| t == 0) {
                continue;
            }
            let word: String = if usize::from(slot.len) <= INLINE {
                String::from_utf8_lossy(&unkey(&slot.bytes, usize::from(slot.len))).into_owned()
            } else {
                long.iter().find(|(k, _)| *k == i).map(|(_, w)| w.to_string()).unwrap_or_default()
            };
            if let Some(e) = self.entry(&word, slot.entry) {
                *e = slot.entry;
            }
        }
    }
}

#[inline]
fn set_bit(bits: &mut [u64; 1024], h: u64) {
    let i = (h >> 48) as usize;
    bits[i >> 6] |= 1 << (i & 63);
}

#[inline]
fn bit(bits: &[u64; 1024], h: u64) -> bool {
    let i = (h >> 48) as usize;
    bits[i >> 6] & (1 << (i & 63)) != 0
}

/// FNV-1a, 64 bits: the hash of folded words everywhere in this crate.
#[inline]
pub(crate) const fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// The word lists, keyed by the hash of the folded form (with the form kept to rule out
/// collisions) and, for inflectable cue words, by Snowball stem.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    exact: WordTable,
    stems: WordTable,
    /// Bit sets of the hashes of the first four (and five) bytes of every stem, so that only
    /// words that could stem to a cue are stemmed.
    prefix4: Box<[u64; 1024]>,
    prefix5: Box<[u64; 1024]>,
    /// Identifies the contents, for the cache of stem look-ups: a new number whenever a word
    /// is added.
    id: u64,
}

/// Where lexicon ids come from.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// Slots of the per-thread cache of stem look-ups (direct-mapped).
const CACHE_BITS: u32 = 12;

/// One cached stem look-up: the word (length and bytes), the lexicon it was looked up in
/// and the result.
#[derive(Clone, Copy, Default)]
struct Cached {
    lexicon: u64,
    len: u8,
    key: Key,
    entry: Option<Entry>,
}

thread_local! {
    /// Stemming is the slow part of a look-up, and the same few words come back again
    /// and again: their results are kept per thread. A cache hit gives exactly what
    /// stemming would.
    static STEM_CACHE: RefCell<Vec<Cached>> = const { RefCell::new(Vec::new()) };
}

/// Reporting verbs that assert. Stems of these match any inflection (`reiterates`,
/// `reiterated`, `reiterating`); irregular forms are listed in [`IRREGULAR_CUES`].
const ASSERT_CUES: &[&str] = &[
    "say",
    "tell",
    "claim",
    "state",
    "add",
    "note",
    "report",
    "announce",
    "insist",
    "argue",
    "warn",
    "explain",
    "confirm",
    "suggest",
    "estimate",
    "conclude",
    "reiterate",
    "assert",
    "allege",
    "contend",
    "declare",
    "predict",
    "reveal",
    "indicate",
    "tweet",
    "testify",
    "stress",
    "emphasize",
    "emphasise",
    "maintain",
    "complain",
    "recall",
    "respond",
    "reply",
    "observe",
    "mention",
    "acknowledge",
    "admit",
    "concede",
    "caution",
    "promise",
    "vow",
    "pledge",
    "boast",
    "charge",
    "disclose",
    "forecast",
    "calculate",
    "determine",
    "accuse",
    "write",
    "believe",
    "think",
    "show",
    "find",
    "learn",
    "cite",
    "quote",
    "contend",
    "assure",
    "agree",
    "affirm",
    "attest",
    "verify",
    "comment",
    "remark",
    "hint",
    "speculate",
    "imply",
    "acknowledge",
    "allege",
    "brag",
    "counter",
    "retort",
    "clarify",
    "certify",
    "demonstrate",
    "prove",
    "signal",
    "exclaim",
    "shout",
    "proclaim",
    "guarantee",
    "swear",
    "suspect",
    "fear",
    "expect",
    "recount",
    "inform",
    "notify",
    "reckon",
    "assume",
];

/// Reporting verbs that deny or reject.
const DENY_CUES: &[&str] = &[
    "deny",
    "reject",
    "dispute",
    "refute",
    "dismiss",
    "rebut",
    "contradict",
    "disavow",
    "repudiate",
    "debunk",
    "disprove",
    "downplay",
    "contest",
    "gainsay",
];

/// Reporting verbs that question.
/// The words the learned cue model scores, one per line after a `#` header (feature
/// `embedded`; written by `examples/train_cues.rs`).
#[cfg(feature = "embedded")]
const LEARNED_CUE_WORDS: &str = include_str!("../data/cue_words.txt");

/// Without the embedded data, none.
#[cfg(not(feature = "embedded"))]
const LEARNED_CUE_WORDS: &str = "";

/// Verbs of stance and speech acts (PolNeAR annotates them as attributions): what they
/// attribute is their object or complement (`urged voters to reject the plan`, `criticized
/// the deal`, `called for a recount`).
const ATTRIBUTION_VERBS: &[&str] = &[
    "urge",
    "call",
    "criticize",
    "criticise",
    "praise",
    "blame",
    "defend",
    "describe",
    "endorse",
    "condemn",
    "denounce",
    "blast",
    "slam",
    "propose",
    "demand",
    "recommend",
    "decline",
    "refuse",
    "threaten",
    "lament",
    "joke",
    "quip",
    "muse",
    "ponder",
    "rule",
    "characterize",
    "characterise",
    "label",
    "dub",
    "hail",
    "tout",
    "credit",
    "fault",
    "disagree",
    "object",
    "protest",
    "regret",
    "apologize",
    "apologise",
    "worry",
    "hope",
    "oppose",
    "point",
    "talk",
    "speak",
    "discuss",
    "mock",
    "ridicule",
    "applaud",
    "advise",
    "advocate",
    "champion",
    "implore",
    "plead",
    "appeal",
    "beg",
    "express",
];

/// Irregular forms of the attribution verbs.
const IRREGULAR_ATTRIBUTION: &[(&str, Stance)] =
    &[("spoke", Stance::Assert), ("spoken", Stance::Assert)];

const QUESTION_CUES: &[&str] =
    &["question", "doubt", "wonder", "ask", "query", "challenge", "inquire", "enquire"];

/// Irregular or short forms of cue verbs, listed as surface forms.
const IRREGULAR_CUES: &[(&str, Stance)] = &[
    ("said", Stance::Assert),
    ("says", Stance::Assert),
    ("say", Stance::Assert),
    ("saying", Stance::Assert),
    ("told", Stance::Assert),
    ("tells", Stance::Assert),
    ("tell", Stance::Assert),
    ("telling", Stance::Assert),
    ("wrote", Stance::Assert),
    ("written", Stance::Assert),
    ("writes", Stance::Assert),
    ("thought", Stance::Assert),
    ("found", Stance::Assert),
    ("shown", Stance::Assert),
    ("swore", Stance::Assert),
    ("sworn", Stance::Assert),
    ("added", Stance::Assert),
    ("adds", Stance::Assert),
    ("add", Stance::Assert),
    ("adding", Stance::Assert),
    ("denied", Stance::Deny),
    ("denies", Stance::Deny),
    ("deny", Stance::Deny),
    ("denying", Stance::Deny),
    ("asked", Stance::Question),
    ("asks", Stance::Question),
    ("ask", Stance::Question),
    ("asking", Stance::Question),
];

/// Words that start a pattern in `attribute::{hedges, is_prediction, is_comparison,
/// is_causal}`; every word those functions compare a position with must be here.
/// Words of the hedge patterns (with [`KIND_WORDS`], the words flagged `PATTERN`).
const HEDGE_PATTERN_WORDS: &[&str] = &[
    // hedges: degree + certainty, two-word approximators, `as many as`
    "quite",
    "fairly",
    "rather",
    "pretty",
    "relatively",
    "somewhat",
    "reasonably",
    "almost",
    "nearly",
    "not",
    "at",
    "up",
    "more",
    "less",
    "fewer",
    "close",
    "as",
];

/// Words that may start a prediction, comparison or cause (`KIND_START`, and `PATTERN`).
const KIND_WORDS: &[&str] = &[
    // predictions
    "will",
    "'ll",
    "shall",
    "might",
    "going",
    "expected",
    "set",
    "due",
    "plans",
    "planned",
    "poised",
    "scheduled",
    // comparisons
    "than",
    "compared",
    "versus",
    "vs.",
    "twice",
    "highest",
    "lowest",
    "largest",
    "smallest",
    "biggest",
    "fastest",
    "slowest",
    "outnumber",
    "outnumbered",
    // causality
    "because",
    "therefore",
    "consequently",
    "led",
    "leads",
    "lead",
    "leading",
    "resulted",
    "results",
    "result",
    "thanks",
    "blamed",
    "caused",
];

/// Nouns that report content (`the claim that`, `his assertion that`).
/// Nouns of a stance, a promise or an attack, which report what their possessor holds when a
/// complement follows (`their attacks on Trump`, `her criticism of the plan`, `his calls for
/// a recount`): read by the possessive pattern only. (Of the nouns of plans and positions,
/// `his support for`, `her decision to`, `his plan to`, `his bid for`, the PolNeAR annotators
/// mark a fifth or fewer of the training articles' possessive uses; they are left out.)
const STANCE_NOUNS: &[(&str, Stance)] = &[
    ("attacks", Stance::Assert),
    ("criticism", Stance::Assert),
    ("criticisms", Stance::Assert),
    ("critique", Stance::Assert),
    ("condemnation", Stance::Assert),
    ("calls", Stance::Assert),
    ("endorsement", Stance::Assert),
    ("embrace", Stance::Assert),
    ("promise", Stance::Assert),
    ("promises", Stance::Assert),
    ("pledge", Stance::Assert),
    ("vow", Stance::Assert),
    ("desire", Stance::Assert),
    ("preference", Stance::Assert),
    ("portrayal", Stance::Assert),
];

const REPORT_NOUNS: &[(&str, Stance)] = &[
    ("claim", Stance::Assert),
    ("claims", Stance::Assert),
    ("assertion", Stance::Assert),
    ("assertions", Stance::Assert),
    ("allegation", Stance::Assert),
    ("allegations", Stance::Assert),
    ("statement", Stance::Assert),
    ("statements", Stance::Assert),
    ("report", Stance::Assert),
    ("reports", Stance::Assert),
    ("announcement", Stance::Assert),
    ("argument", Stance::Assert),
    ("contention", Stance::Assert),
    ("suggestion", Stance::Assert),
    ("warning", Stance::Assert),
    ("belief", Stance::Assert),
    ("finding", Stance::Assert),
    ("findings", Stance::Assert),
    ("conclusion", Stance::Assert),
    ("estimate", Stance::Assert),
    ("insistence", Stance::Assert),
    ("admission", Stance::Assert),
    ("accusation", Stance::Assert),
    ("accusations", Stance::Assert),
    ("charge", Stance::Assert),
    ("charges", Stance::Assert),
    ("promise", Stance::Assert),
    ("prediction", Stance::Assert),
    ("declaration", Stance::Assert),
    ("testimony", Stance::Assert),
    ("revelation", Stance::Assert),
    ("rumor", Stance::Assert),
    ("rumors", Stance::Assert),
    ("rumour", Stance::Assert),
    ("rumours", Stance::Assert),
    ("view", Stance::Assert),
    ("denial", Stance::Deny),
    ("denials", Stance::Deny),
    ("rejection", Stance::Deny),
    ("doubts", Stance::Question),
    ("doubt", Stance::Question),
    ("question", Stance::Question),
    ("questions", Stance::Question),
];

/// Nouns that make a generic source (`Ukrainian officials`, `media reports`, `UN monitors`).
const SOURCE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "monitor",
    "monitors",
    "report",
    "reports",
    "source",
    "sources",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "critic",
    "critics",
    "observer",
    "observers",
    "diplomat",
    "diplomats",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "scientist",
    "scientists",
    "researcher",
    "researchers",
    "study",
    "studies",
    "data",
    "figures",
    "statistics",
    "poll",
    "polls",
    "survey",
    "surveys",
    "investigator",
    "investigators",
    "authorities",
    "authority",
    "police",
    "prosecutors",
    "prosecutor",
    "media",
    "press",
    "insiders",
    "insider",
    "aides",
    "aide",
    "activists",
    "activist",
    "campaigners",
    "lawmakers",
    "legislators",
    "economists",
    "economist",
    "documents",
    "document",
    "records",
    "estimates",
    "reporters",
    "journalists",
    "commentators",
    "pundits",
    "spokespeople",
    "spokesmen",
    "spokeswomen",
    "spokespersons",
    "people",
    "inspectors",
    "inspector",
    "auditors",
    "auditor",
    "doctors",
    "officers",
    "soldiers",
    "troops",
    "rebels",
    "militants",
    "protesters",
    "supporters",
    "opponents",
    "democrats",
    "republicans",
    "voters",
    "leaders",
    "leader",
    "organizers",
    "organisers",
    "volunteers",
    "agencies",
    "intelligence",
    "military",
    "army",
    "government",
    "administration",
    "ministry",
    "officers",
    "investigation",
    "findings",
    "accounts",
    "account",
    "footage",
    "assessment",
    "analysis",
    "rights",
    "groups",
    "group",
    "watchdog",
    "watchdogs",
    "regulators",
    "regulator",
    "polling",
    "forecasters",
    "historians",
    "scholars",
    // People by their part in politics and work (`Sanders advisers`, `Democratic
    // strategists`, `Cruz backers`).
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "strategist",
    "strategists",
    "allies",
    "ally",
    "backers",
    "backer",
    "supporter",
    "advocates",
    "candidates",
    "politicians",
    "politician",
    "donors",
    "donor",
    "delegates",
    "delegate",
    "executives",
    "conservatives",
    "liberals",
    "progressives",
    "moderates",
    "evangelicals",
    "staffers",
    "staff",
    "operatives",
    "operative",
    "consultants",
    "consultant",
    "pollsters",
    "pollster",
    "surrogates",
    "loyalists",
    "rivals",
    "members",
    "attendees",
    "employees",
    "employee",
    "workers",
    "lawyers",
    "lawyer",
    "attorneys",
    "attorney",
    "friends",
    "fans",
    "students",
    "parents",
    "veterans",
    "respondents",
    "participants",
    "constituents",
    "independents",
    "insiders",
    "email",
    "emails",
    "memo",
    "numbers",
    "results",
    "average",
];

/// Titles and roles that mark a person.
const TITLES: &[&str] = &[
    "president",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "secretary",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov.",
    "governor",
    "adviser",
    "advisor",
    "ambassador",
    "chief",
    "director",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "general",
    "gen.",
    "prime",
    "deputy",
    "mayor",
    "judge",
    "justice",
    "professor",
    "prof.",
    "king",
    "queen",
    "prince",
    "pope",
    "envoy",
    "commander",
    "lt.",
    "col.",
    "sgt.",
    "capt.",
    "candidate",
    "nominee",
    "lawyer",
    "attorney",
    "speaker",
    "official",
    "aide",
    "author",
    "economist",
    "analyst",
    "chancellor",
    "premier",
    "sheikh",
    "emir",
    "sultan",
    "vice",
    "colonel",
    "captain",
    "sergeant",
    "lieutenant",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "head",
    "founder",
    "owner",
    "executive",
    "manager",
    "coach",
    "president-elect",
    "sir",
    "lady",
    "lord",
    "rev.",
    "reverend",
    "father",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "dame",
];

/// Words that head an organisation name.
const ORG_HEADS: &[&str] = &[
    "department",
    "ministry",
    "agency",
    "kremlin",
    "house",
    "council",
    "commission",
    "committee",
    "party",
    "court",
    "bank",
    "fund",
    "association",
    "institute",
    "university",
    "times",
    "post",
    "news",
    "journal",
    "reuters",
    "ap",
    "afp",
    "inc.",
    "inc",
    "corp.",
    "corp",
    "company",
    "co.",
    "group",
    "office",
    "service",
    "bureau",
    "army",
    "forces",
    "force",
    "police",
    "government",
    "administration",
    "campaign",
    "organization",
    "organisation",
    "union",
    "nations",
    "pentagon",
    "congress",
    "senate",
    "parliament",
    "cabinet",
    "foundation",
    "center",
    "centre",
    "board",
    "authority",
    "commission",
    "federation",
    "league",
    "network",
    "tribune",
    "herald",
    "guardian",
    "telegraph",
    "observer",
    "gazette",
    "magazine",
    "press",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "assembly",
    "navy",
    "command",
    "ministry",
    "secretariat",
    "cia",
    "fbi",
    "nato",
    "un",
    "eu",
    "who",
    "imf",
    "opec",
    "bbc",
    "cnn",
    "nbc",
    "cbs",
    "abc",
    "fox",
    "msnbc",
    "politifact",
    "state",
    "embassy",
    "mission",
    "directorate",
    "corporation",
    "industries",
    "holdings",
    "airlines",
    "motors",
    "systems",
    "technologies",
    "labs",
    "club",
    "coalition",
    "alliance",
    "front",
    "movement",
    "society",
    "trust",
    "program",
    "programme",
    "firm",
    "firms",
    "newspaper",
    "paper",
    "outlet",
    "station",
    "channel",
    "website",
];

/// Capitals and seats of government that stand for their government (`Washington claims`).
const CAPITALS: &[&str] = &[
    "washington",
    "moscow",
    "pyongyang",
    "beijing",
    "seoul",
    "tokyo",
    "kyiv",
    "kiev",
    "london",
    "paris",
    "berlin",
    "brussels",
    "tehran",
    "ankara",
    "damascus",
    "baghdad",
    "kabul",
    "islamabad",
    "delhi",
    "new delhi",
    "jerusalem",
    "cairo",
    "riyadh",
    "doha",
    "caracas",
    "havana",
    "taipei",
    "hanoi",
    "manila",
    "jakarta",
    "canberra",
    "ottawa",
    "rome",
    "madrid",
    "warsaw",
    "minsk",
    "tripoli",
    "khartoum",
    "kremlin",
    "whitehall",
    "westminster",
    "pentagon",
    "beirut",
    "amman",
    "abuja",
    "nairobi",
    "pretoria",
    "brasilia",
    "bogota",
    "lima",
    "santiago",
    "mexico",
    "athens",
    "vienna",
    "budapest",
    "prague",
    "stockholm",
    "oslo",
    "copenhagen",
    "helsinki",
    "dublin",
    "lisbon",
    "bern",
    "tbilisi",
    "yerevan",
    "baku",
    "tashkent",
    "astana",
    "dhaka",
    "colombo",
    "kathmandu",
    "bangkok",
    "naypyidaw",
    "phnom",
    "vientiane",
];

/// Hedges that weaken whatever they modify. Approximators (`about`) count only before a
/// number; see [`APPROX`].
const HEDGES: &[&str] = &[
    "might",
    "could",
    "may",
    "possibly",
    "perhaps",
    "maybe",
    "likely",
    "unlikely",
    "probably",
    "reportedly",
    "allegedly",
    "apparently",
    "seemingly",
    "purportedly",
    "supposedly",
    "presumably",
    "appears",
    "appeared",
    "seems",
    "seemed",
    "suspected",
    "believed",
    "potentially",
    "arguably",
    "conceivably",
    "ostensibly",
];

/// Approximators, hedges only before a number (`about 50`, `nearly half`).
const APPROX: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "estimated",
    "circa",
    "ca.",
    "approx.",
    "upwards",
    "perhaps",
    "maybe",
];

/// Number words (quantities, not units).
const NUMWORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "dozen",
    "dozens",
    "half",
    "twice",
    "double",
    "triple",
    "tripled",
    "doubled",
    "halved",
];

const UNITS: &[&str] = &[
    "percent",
    "per",
    "cent",
    "%",
    "dollars",
    "dollar",
    "euros",
    "euro",
    "pounds",
    "yuan",
    "rubles",
    "roubles",
    "people",
    "persons",
    "years",
    "year",
    "months",
    "days",
    "weeks",
    "jobs",
    "times",
    "points",
    "tons",
    "tonnes",
    "barrels",
    "miles",
    "kilometres",
    "kilometers",
    "km",
    "acres",
    "votes",
    "deaths",
    "dead",
    "killed",
    "cases",
    "troops",
    "soldiers",
    "workers",
    "americans",
    "children",
    "students",
    "families",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "bn",
    "mn",
    "$",
    "£",
    "€",
    "¥",
    "missiles",
    "containers",
    "units",
    "members",
    "residents",
    "refugees",
    "casualties",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
];

const COMPARE: &[&str] = &[
    "than",
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "twice",
    "times",
    "compared",
    "double",
    "doubled",
    "half",
    "halved",
    "higher",
    "lower",
    "larger",
    "smaller",
    "bigger",
    "greater",
    "highest",
    "lowest",
    "largest",
    "smallest",
    "biggest",
    "greatest",
    "best",
    "worst",
    "better",
    "worse",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "rose",
    "fell",
    "risen",
    "fallen",
    "grew",
    "grown",
    "declined",
    "dropped",
    "record",
    "tripled",
    "faster",
    "slower",
    "cheaper",
    "longer",
    "shorter",
    "surpassed",
    "exceeded",
    "outnumber",
    "versus",
];

const CAUSAL: &[&str] = &[
    "because",
    "caused",
    "cause",
    "causes",
    "causing",
    "due",
    "led",
    "leads",
    "result",
    "resulted",
    "resulting",
    "therefore",
    "thus",
    "hence",
    "consequently",
    "thanks",
    "owing",
    "since",
    "blamed",
    "responsible",
    "triggered",
    "sparked",
    "fuelled",
    "fueled",
    "driven",
    "contributed",
    "effect",
    "impact",
    "impacting",
    "so",
];

const DETS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "many", "several", "another", "other", "both", "all", "each", "every", "few",
    "no", "any", "such", "one", "two", "three", "most", "more", "'s",
];

const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "been",
    "be",
    "will",
    "would",
    "also",
    "did",
    "does",
    "do",
    "repeatedly",
    "previously",
    "again",
    "recently",
    "publicly",
    "later",
    "earlier",
    "then",
    "further",
    "still",
    "often",
    "already",
    "privately",
    "officially",
    "initially",
    "first",
    "once",
    "separately",
    "reportedly",
    "allegedly",
    "falsely",
    "wrongly",
    "correctly",
    "rightly",
    "openly",
    "flatly",
    "strongly",
    "firmly",
    "vehemently",
    "have",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "'s",
    "'ve",
    "'d",
    "'ll",
    "'re",
    "'m",
    "always",
    "never",
    "not",
    "n't",
    "just",
    "now",
    "long",
    "consistently",
    "emphatically",
    "explicitly",
    "angrily",
    "quickly",
    "immediately",
    "subsequently",
    "tacitly",
    "implicitly",
    "even",
    "only",
    "too",
    "finally",
    "ultimately",
    "had",
    "being",
    "yet",
    "in",
    "turn",
    "instead",
];

const PREPS: &[&str] = &[
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about", "against",
    "between", "during", "after", "before", "under", "over", "through", "across", "among",
    "within", "without", "since", "until", "toward", "towards", "upon", "near", "per", "via",
    "like",
];

const CLAUSE: &[&str] =
    &["though", "although", "while", "whereas", "but", "however", "yet", "even", "unless"];

const GREETINGS: &[&str] = &[
    "thank",
    "thanks",
    "welcome",
    "hello",
    "hi",
    "congratulations",
    "goodnight",
    "goodbye",
    "applause",
    "laughter",
    "cheers",
    "please",
    "sorry",
    "okay",
    "ok",
    "yes",
    "no",
    "well",
    "oh",
    "uh",
    "um",
];

const OPINION: &[&str] = &[
    "think", "believe", "feel", "hope", "want", "wish", "guess", "suppose", "love", "like", "hate",
    "agree", "disagree", "trust", "should", "must", "need", "needs", "ought",
];

const WH: &[&str] = &["what", "why", "how", "where", "when", "who", "which", "whom", "whose"];

impl Lexicon {
    /// The built-in lists.
    pub(crate) fn new() -> Lexicon {
        let mut lex = Lexicon {
            exact: WordTable::new(),
            stems: WordTable::new(),
            prefix4: Box::new([0; 1024]),
            prefix5: Box::new([0; 1024]),
            id: next_id(),
        };
        let stemmer = Stemmer::new();
        for &w in ASSERT_CUES {
            lex.add_stem(&stemmer, w, flag::CUE, Stance::Assert);
        }
        for &w in DENY_CUES {
            lex.add_stem(&stemmer, w, flag::CUE, Stance::Deny);
        }
        for &w in QUESTION_CUES {
            lex.add_stem(&stemmer, w, flag::CUE, Stance::Question);
        }
        for &(w, stance) in IRREGULAR_CUES {
            lex.add_exact(w, flag::CUE, stance);
        }
        for &w in ATTRIBUTION_VERBS {
            lex.add_stem(&stemmer, w, flag::ATTRIB, Stance::Assert);
        }
        for &(w, stance) in IRREGULAR_ATTRIBUTION {
            lex.add_exact(w, flag::ATTRIB, stance);
        }
        for w in LEARNED_CUE_WORDS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            lex.add_exact(w.trim(), flag::LEARNED_CUE, Stance::Assert);
        }
        for &(w, stance) in REPORT_NOUNS {
            lex.add_exact(w, flag::REPORT_NOUN, stance);
        }
        for &(w, stance) in STANCE_NOUNS {
            lex.add_exact(w, flag::STANCE_NOUN, stance);
        }
        for w in ["continued", "continues"] {
            lex.add_exact(w, flag::CONTINUE, Stance::Assert);
        }
        for &w in &["reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"] {
            lex.add_exact(w, flag::CUE_ADV, Stance::Assert);
        }
        let simple: &[(&[&str], u64)] = &[
            (SOURCE_NOUNS, flag::SOURCE_NOUN),
            (TITLES, flag::TITLE),
            (ORG_HEADS, flag::ORG_HEAD),
            (CAPITALS, flag::CAPITAL),
            (HEDGES, flag::HEDGE),
            (APPROX, flag::APPROX),
            (NUMWORDS, flag::NUMWORD),
            (UNITS, flag::UNIT),
            (MONTHS, flag::MONTH),
            (COMPARE, flag::COMPARE),
            (CAUSAL, flag::CAUSAL),
            (DETS, flag::DET),
            (AUX, flag::AUX),
            (PREPS, flag::PREP),
            (CLAUSE, flag::CLAUSE),
            (GREETINGS, flag::GREETING),
            (OPINION, flag::OPINION),
            (WH, flag::WH),
            (&["he", "she", "him", "her"], flag::PRON_PERSON),
            (&["it", "they", "we", "i", "you", "them", "us", "this"], flag::PRON_OTHER),
            (&["not", "n't", "never", "no", "nobody", "nothing", "neither", "nor"], flag::NEG),
            (
                &[
                    "may", "might", "could", "can", "should", "must", "would", "will", "shall",
                    "'ll", "'d",
                ],
                flag::MODAL,
            ),
            (&["will", "'ll", "would", "shall", "gonna", "'d"], flag::FUTURE),
            (&["that"], flag::THAT),
            (&["whether", "if"], flag::WHETHER),
            (&["percent", "percentage"], flag::PCT_WORD),
            (&["dollars", "dollar", "cents", "euros", "pounds"], flag::MONEY_WORD),
            (&["i"], flag::I),
            (HEDGE_PATTERN_WORDS, flag::PATTERN),
            (KIND_WORDS, flag::PATTERN | flag::KIND_START),
            (&["many", "much"], flag::KIND_START),
            (&["according"], flag::ACCORDING),
            (&["who", "which", "whom", "whose"], flag::RELATIVE),
            (
                &["i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves", "'m"],
                flag::FIRST,
            ),
            (&["you", "your", "yours", "yourself", "yourselves"], flag::SECOND),
            (
                &[
                    "is", "was", "were", "are", "be", "been", "being", "am", "'s", "'re", "'m",
                    "has", "have", "had", "having", "'ve",
                ],
                flag::BE_HAVE,
            ),
        ];
        for (words, f) in simple {
            for w in *words {
                lex.add_exact(w, *f, Stance::Assert);
            }
        }
        lex
    }

    /// Adds flags to a folded surface form.
    pub(crate) fn add_exact(&mut self, word: &str, flags: u64, stance: Stance) {
        self.id = next_id();
        if let Some(e) = self.exact.entry(word, Entry { flags: 0, stance }) {
            if flags & (flag::CUE | flag::REPORT_NOUN | flag::CUE_ADV) != 0 {
                e.stance = stance;
            }
            e.flags |= flags;
        }
    }

    /// Adds flags to every word with the stem of `word`.
    pub(crate) fn add_stem(&mut self, stemmer: &Stemmer, word: &str, flags: u64, stance: Stance) {
        self.id = next_id();
        let stem = stemmer.stem(word);
        if let Some(e) = self.stems.entry(&stem, Entry { flags: 0, stance }) {
            e.flags |= flags;
            e.stance = stance;
        }
        let b = stem.as_bytes();
        if b.len() >= 5 {
            set_bit(&mut self.prefix5, fnv(&b[..5]));
        } else if b.len() == 4 {
            set_bit(&mut self.prefix4, fnv(b));
        }
        // The regular inflections whose stem is the same go into the exact table, so the
        // common case needs no stemming at run time; the stem lookup catches the rest.
        let base = nutgraf_tokenize::normalize::fold(word).into_owned();
        let mut forms = vec![base.clone()];
        for suffix in ["s", "es", "ed", "d", "ing"] {
            forms.push(format!("{base}{suffix}"));
        }
        if let Some(stripped) = base.strip_suffix('e') {
            forms.push(format!("{stripped}ing"));
        }
        if let Some(stripped) = base.strip_suffix('y') {
            forms.push(format!("{stripped}ies"));
            forms.push(format!("{stripped}ied"));
        }
        if let Some(last) = base.chars().last().filter(|c| !"aeiouwxy".contains(*c)) {
            forms.push(format!("{base}{last}ed"));
            forms.push(format!("{base}{last}ing"));
        }
        for form in forms {
            if form == base || stemmer.stem(&form) == stem {
                self.add_exact(&form, flags, stance);
            }
        }
    }

    /// Identifies the contents: another number whenever a word is added.
    #[inline]
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The entry of the Snowball stem of `folded` (whose hash is `hash`), through the
    /// per-thread cache.
    fn stem_entry(&self, folded: &str, key: &Key, hash: u64, stemmer: &Stemmer) -> Option<Entry> {
        let bytes = folded.as_bytes();
        let uncached = || {
            let stem = stemmer.stem(folded);
            let stem = stem.as_bytes();
            self.stems.get(stem, &self::key(stem), fnv(stem))
        };
        if bytes.len() > KEY {
            return uncached();
        }
        let i = (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - CACHE_BITS)) as usize;
        let hit = STEM_CACHE.with_borrow(|c| {
            c.get(i)
                .filter(|c| {
                    c.lexicon == self.id && usize::from(c.len) == bytes.len() && c.key == *key
                })
                .map(|c| c.entry)
        });
        if let Some(e) = hit {
            return e;
        }
        let e = uncached();
        STEM_CACHE.with_borrow_mut(|c| {
            if c.is_empty() {
                c.resize(1 << CACHE_BITS, Cached::default());
            }
            if let Some(slot) = c.get_mut(i) {
                *slot = Cached { lexicon: self.id, len: bytes.len() as u8, key: *key, entry: e };
            }
        });
        e
    }

    /// Looks up a folded word whose key is `key` ([`key`]) and hash `hash`; stems it when its
    /// prefix could be a cue
    /// (`hash4` and `hash5`: the hashes of its first four and five bytes, when it has them).
    #[inline]
    pub(crate) fn lookup(
        &self,
        folded: &str,
        key: &Key,
        hash: u64,
        hash4: u64,
        hash5: u64,
        stemmer: &Stemmer,
    ) -> Entry {
        let mut entry = self.exact.get(folded.as_bytes(), key, hash).unwrap_or_default();
        let bytes = folded.as_bytes();
        if entry.flags & flag::ANY_CUE == 0
            && bytes.len() >= 4
            && bytes[..4].iter().all(u8::is_ascii_lowercase)
            && (bit(&self.prefix4, hash4) || bytes.len() >= 5 && bit(&self.prefix5, hash5))
            && let Some(e) = self.stem_entry(folded, key, hash, stemmer)
        {
            entry.flags |= e.flags;
            if entry.flags & flag::REPORT_NOUN == 0 {
                entry.stance = e.stance;
            }
        }
        entry
    }
}

pub(crate) struct Defaults {
    pub(crate) lexicon: Lexicon,
    pub(crate) stemmer: Stemmer,
}

pub(crate) fn defaults() -> &'static Defaults {
    static D: OnceLock<Defaults> = OnceLock::new();
    D.get_or_init(|| Defaults { lexicon: Lexicon::new(), stemmer: Stemmer::new() })
}
