//! Word lists: reporting verbs and nouns, hedges, generic sources and the function words the
//! attribution patterns need, looked up by folded form (and by Snowball stem for the
//! inflectable cue words).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use nutgraf_tokenize::normalize::Stemmer;

use crate::claim::Stance;

/// Bit flags of a word class.
pub(crate) mod flag {
    /// A reporting verb: `say`, `claim`, `deny` (inflected forms through stems).
    pub const CUE: u32 = 1 << 0;
    /// A reporting adverb that is its own cue: `reportedly`, `allegedly`.
    pub const CUE_ADV: u32 = 1 << 1;
    /// A reporting noun that can introduce content: `claim`, `assertion`, `denial`.
    pub const REPORT_NOUN: u32 = 1 << 2;
    /// A generic source noun: `officials`, `monitors`, `reports`, `sources`.
    pub const SOURCE_NOUN: u32 = 1 << 3;
    /// A hedge: `might`, `could`, `reportedly`, `possibly`.
    pub const HEDGE: u32 = 1 << 4;
    /// An approximator before a number: `about`, `around`, `nearly`.
    pub const APPROX: u32 = 1 << 5;
    /// A personal pronoun for a person: `he`, `she`.
    pub const PRON_PERSON: u32 = 1 << 6;
    /// Another subject pronoun: `it`, `they`, `we`, `I`.
    pub const PRON_OTHER: u32 = 1 << 7;
    /// A determiner or possessive: `the`, `a`, `his`.
    pub const DET: u32 = 1 << 8;
    /// A word that may stand between a source and its verb: `has`, `also`, `repeatedly`.
    pub const AUX: u32 = 1 << 9;
    /// A negation: `not`, `n't`, `never`.
    pub const NEG: u32 = 1 << 10;
    /// A modal verb: `may`, `could`, `should`.
    pub const MODAL: u32 = 1 << 11;
    /// A future marker: `will`, `'ll`, `would`.
    pub const FUTURE: u32 = 1 << 12;
    /// A comparison word: `than`, `more`, `most`, `twice`.
    pub const COMPARE: u32 = 1 << 13;
    /// A causal connective or verb: `because`, `caused`, `due`.
    pub const CAUSAL: u32 = 1 << 14;
    /// A number word: `one`, `dozens`, `million`.
    pub const NUMWORD: u32 = 1 << 15;
    /// A month name.
    pub const MONTH: u32 = 1 << 16;
    /// A title or role that marks a person: `President`, `spokesperson`, `Mr.`.
    pub const TITLE: u32 = 1 << 17;
    /// A word that heads an organisation name: `Department`, `Kremlin`, `Times`.
    pub const ORG_HEAD: u32 = 1 << 18;
    /// A clause connective that ends a content span: `though`, `while`, `but`.
    pub const CLAUSE: u32 = 1 << 19;
    /// A greeting or thanks: `thank`, `welcome`, `hello`.
    pub const GREETING: u32 = 1 << 20;
    /// `that` (complementiser or determiner).
    pub const THAT: u32 = 1 << 21;
    /// `whether`, `if`.
    pub const WHETHER: u32 = 1 << 22;
    /// A verb of opinion: `think`, `believe`, `feel`, `hope`.
    pub const OPINION: u32 = 1 << 23;
    /// A capital or seat of government used for its government: `Washington`, `Kremlin`.
    pub const CAPITAL: u32 = 1 << 24;
    /// A preposition.
    pub const PREP: u32 = 1 << 25;
    /// A relative pronoun: `who`, `which`.
    pub const RELATIVE: u32 = 1 << 26;
    /// A first-person word: `I`, `we`, `my`, `our`.
    pub const FIRST: u32 = 1 << 27;
    /// A second-person word: `you`, `your`.
    pub const SECOND: u32 = 1 << 28;
    /// A form of `be` or `have` (a copula or auxiliary).
    pub const BE_HAVE: u32 = 1 << 29;
    /// A unit after a number: `percent`, `dollars`, `people`, `years`.
    pub const UNIT: u32 = 1 << 30;
    /// A question word: `what`, `why`, `how`.
    pub const WH: u32 = 1 << 31;
}

/// What the lexicon knows about a folded word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub flags: u32,
    /// The stance of a cue (assert for most reporting verbs).
    pub stance: Stance,
}

/// Identity hasher for keys that are already 64-bit hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
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

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// FNV-1a, 64 bits: the hash of folded words everywhere in this crate.
#[inline]
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The word lists, keyed by the hash of the folded form (with the form kept to rule out
/// collisions) and, for inflectable cue words, by Snowball stem.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    exact: IdMap<(Box<str>, Entry)>,
    stems: IdMap<(Box<str>, Entry)>,
    /// Bit sets of the hashes of the first four (and five) bytes of every stem, so that only
    /// words that could stem to a cue are stemmed.
    prefix4: Box<[u64; 1024]>,
    prefix5: Box<[u64; 1024]>,
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

/// Nouns that report content (`the claim that`, `his assertion that`).
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
            exact: IdMap::default(),
            stems: IdMap::default(),
            prefix4: Box::new([0; 1024]),
            prefix5: Box::new([0; 1024]),
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
        for &(w, stance) in REPORT_NOUNS {
            lex.add_exact(w, flag::REPORT_NOUN, stance);
        }
        for &w in &["reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"] {
            lex.add_exact(w, flag::CUE_ADV, Stance::Assert);
        }
        let simple: &[(&[&str], u32)] = &[
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
    pub(crate) fn add_exact(&mut self, word: &str, flags: u32, stance: Stance) {
        let e = self
            .exact
            .entry(fnv(word.as_bytes()))
            .or_insert_with(|| (word.into(), Entry { flags: 0, stance }));
        if e.0.as_ref() == word {
            if flags & (flag::CUE | flag::REPORT_NOUN | flag::CUE_ADV) != 0 {
                e.1.stance = stance;
            }
            e.1.flags |= flags;
        }
    }

    /// Adds flags to every word with the stem of `word`.
    pub(crate) fn add_stem(&mut self, stemmer: &Stemmer, word: &str, flags: u32, stance: Stance) {
        let stem = stemmer.stem(word);
        let e = self
            .stems
            .entry(fnv(stem.as_bytes()))
            .or_insert_with(|| (stem.as_ref().into(), Entry { flags: 0, stance }));
        if e.0.as_ref() == stem.as_ref() {
            e.1.flags |= flags;
            e.1.stance = stance;
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

    /// Looks up a folded word whose hash is `hash`; stems it when its prefix could be a cue.
    #[inline]
    pub(crate) fn lookup(&self, folded: &str, hash: u64, stemmer: &Stemmer) -> Entry {
        let mut entry = match self.exact.get(&hash) {
            Some((w, e)) if w.as_ref() == folded => *e,
            _ => Entry::default(),
        };
        let bytes = folded.as_bytes();
        if entry.flags & flag::CUE == 0
            && bytes.len() >= 4
            && bytes[..4].iter().all(u8::is_ascii_lowercase)
            && (bit(&self.prefix4, fnv(&bytes[..4]))
                || bytes.len() >= 5 && bit(&self.prefix5, fnv(&bytes[..5])))
        {
            let stem = stemmer.stem(folded);
            if let Some((w, e)) = self.stems.get(&fnv(stem.as_bytes()))
                && w.as_ref() == stem.as_ref()
            {
                entry.flags |= e.flags;
                if entry.flags & flag::REPORT_NOUN == 0 {
                    entry.stance = e.stance;
                }
            }
        }
        entry
    }
}
