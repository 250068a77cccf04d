//! The check-worthiness model: hashed sparse features of a sentence (word n-grams, light
//! stems and rule features) and a logistic regression over them.
//!
//! The embedded model (feature `embedded`) is trained by `examples/train.rs` on the ClaimBuster
//! and CLEF CheckThat! sentences named in `DATA_SOURCES.md`; the same types let you train and
//! load your own:
//!
//! ```
//! use nutgraf_claims::model::{FeatureOptions, Model, features};
//! use nutgraf_claims::ClaimDetector;
//! use nutgraf_tokenize::Tokenizer;
//!
//! // A toy model: one weight per feature, learned elsewhere.
//! let options = FeatureOptions::default();
//! let bits = 12;
//! let mut weights = vec![0.0f32; 1 << bits];
//! let text = "Unemployment fell to 4.1 percent in March.";
//! let tokens = Tokenizer::new().tokenize(text);
//! let mut feats = Vec::new();
//! features(text, &tokens, options, &mut feats);
//! for &f in &feats {
//!     let (index, sign) = Model::slot(f, bits);
//!     weights[index] += 0.5 * sign;
//! }
//! let model = Model::from_weights(options, bits, -1.0, &weights).unwrap();
//! let bytes = model.to_bytes("toy model");
//! let detector = ClaimDetector::builder().model(Model::from_bytes(&bytes).unwrap()).build().unwrap();
//! assert!(detector.checkworthiness(text, &tokens) > 0.5);
//! ```

use std::borrow::Cow;
use std::sync::OnceLock;

use nutgraf_tokenize::normalize::Stemmer;
use nutgraf_tokenize::{Token, TokenKind};

use crate::error::{BuildError, BuildErrorKind};
use crate::lexicon::{Lexicon, flag, fnv};
use crate::words::{Shape, Word, Words, is_year, is_year_bytes};

/// Which features the model uses. Stored in the model file, so a model is always scored with
/// the features it was trained on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FeatureOptions {
    /// Word bigrams (with sentence-start and sentence-end markers).
    pub bigrams: bool,
    /// Word trigrams.
    pub trigrams: bool,
    /// Light stems (`taxes` → `tax`, `cutting` → `cutt`) as extra unigrams.
    pub stems: bool,
    /// Rule features: numbers, years, percentages, money, length, question, first and second
    /// person, cues, hedges, modality, negation, comparison, causality, capitalised words.
    pub rules: bool,
    /// Scale the feature sum by 1/√n (n features), so long sentences do not win by length.
    pub normalize: bool,
}

impl Default for FeatureOptions {
    fn default() -> Self {
        FeatureOptions { bigrams: true, trigrams: false, stems: true, rules: true, normalize: true }
    }
}

impl FeatureOptions {
    fn to_bits(self) -> u32 {
        u32::from(self.bigrams)
            | u32::from(self.trigrams) << 1
            | u32::from(self.stems) << 2
            | u32::from(self.rules) << 3
            | u32::from(self.normalize) << 4
    }

    fn from_bits(b: u32) -> FeatureOptions {
        FeatureOptions {
            bigrams: b & 1 != 0,
            trigrams: b & 2 != 0,
            stems: b & 4 != 0,
            rules: b & 8 != 0,
            normalize: b & 16 != 0,
        }
    }
}

/// A logistic regression over hashed features, its weights quantised to one byte each
/// through a 256-entry codebook.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    options: FeatureOptions,
    bits: u8,
    bias: f32,
    codebook: [f32; 256],
    table: Vec<u8>,
}

const MAGIC: &[u8] = b"nutgraf-claims model 1\n";
const BODY: &[u8] = b"\n---\n";

impl Model {
    /// The slot of feature hash `feature` in a table of `2^bits` weights, and its sign
    /// (features are hashed with a sign so that collisions cancel out on average).
    #[inline]
    pub fn slot(feature: u64, bits: u8) -> (usize, f32) {
        let bits = u32::from(bits.clamp(1, 30));
        let index = (feature >> (64 - bits)) as usize;
        let sign = if feature & 1 == 0 { 1.0 } else { -1.0 };
        (index, sign)
    }

    /// A model from trained weights (`2^bits` of them, indexed by [`Model::slot`]) and the
    /// intercept. Weights are quantised to a 256-level codebook.
    pub fn from_weights(
        options: FeatureOptions,
        bits: u8,
        bias: f32,
        weights: &[f32],
    ) -> Result<Model, BuildError> {
        if !(8..=24).contains(&bits) || weights.len() != 1 << bits {
            return Err(BuildError::new(BuildErrorKind::InvalidModel(format!(
                "expected 2^bits weights with bits in 8..=24, got {} weights for {bits} bits",
                weights.len()
            ))));
        }
        let codebook = codebook(weights);
        let table = weights.iter().map(|&w| quantise(&codebook, w)).collect::<Vec<u8>>();
        Ok(Model { options, bits, bias, codebook, table })
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, BuildError> {
        let (options, bits, bias, codebook, table) = parse(bytes)?;
        Ok(Model { options, bits, bias, codebook, table })
    }

    /// The embedded model (feature `embedded`), parsed once.
    #[cfg(feature = "embedded")]
    pub fn embedded() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            let parsed = Model::from_bytes(include_bytes!("../data/checkworthiness.model"));
            debug_assert!(parsed.is_ok(), "the embedded model is well-formed");
            parsed.unwrap_or_else(|_| Model::rules())
        })
    }

    /// A model with hand-set weights on the rule features only, used when no trained model
    /// is available.
    pub fn rules() -> Model {
        let options = FeatureOptions {
            bigrams: false,
            trigrams: false,
            stems: false,
            rules: true,
            normalize: false,
        };
        let bits = 12u8;
        let mut weights = vec![0.0f32; 1 << bits];
        for &(name, w) in RULE_WEIGHTS {
            let (i, sign) = Model::slot(rule_hash(name), bits);
            if let Some(slot) = weights.get_mut(i) {
                *slot += sign * w;
            }
        }
        let codebook = codebook(&weights);
        let table = weights.iter().map(|&w| quantise(&codebook, w)).collect::<Vec<u8>>();
        Model { options, bits, bias: -1.2, codebook, table }
    }

    /// Writes the model, with `header` (free text: how it was made, from what) in front.
    pub fn to_bytes(&self, header: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.table.len() + 2048);
        out.extend_from_slice(MAGIC);
        for line in header.lines() {
            out.extend_from_slice(b"# ");
            out.extend_from_slice(line.replace("---", "- - -").as_bytes());
            out.push(b'\n');
        }
        out.extend_from_slice(&BODY[1..]);
        out.extend_from_slice(&self.options.to_bits().to_le_bytes());
        out.push(self.bits);
        out.extend_from_slice(&self.bias.to_le_bytes());
        for c in &self.codebook {
            out.extend_from_slice(&c.to_le_bytes());
        }
        // Run-length coding of the zero code: 0x00 then the run length (LEB128).
        let zero = quantise(&self.codebook, 0.0);
        out.push(zero);
        let mut i = 0;
        let t = &self.table;
        while i < t.len() {
            if t[i] == zero {
                let mut j = i;
                while j < t.len() && t[j] == zero {
                    j += 1;
                }
                out.push(zero);
                leb128(&mut out, (j - i) as u64);
                i = j;
            } else {
                out.push(t[i]);
                i += 1;
            }
        }
        out
    }

    /// The features the model uses.
    pub fn options(&self) -> FeatureOptions {
        self.options
    }

    /// log2 of the number of weights.
    pub fn bits(&self) -> u8 {
        self.bits
    }

    /// The intercept.
    pub fn bias(&self) -> f32 {
        self.bias
    }

    /// The weight of a feature hash (with its sign).
    #[inline]
    pub fn weight(&self, feature: u64) -> f32 {
        let (i, _) = Model::slot(feature, self.bits);
        self.signed(feature, i)
    }

    /// The weight in slot `i` with the sign of `feature` (no branch on the sign: `-w` is
    /// `w` with its sign bit flipped, as `-1.0 * w` would give).
    #[inline]
    fn signed(&self, feature: u64, i: usize) -> f32 {
        let code = self.table.get(i).copied().unwrap_or(0);
        let w = self.codebook[usize::from(code)];
        f32::from_bits(w.to_bits() ^ ((feature & 1) as u32) << 31)
    }

    /// Appends the weights of `feats` to `out`.
    #[inline]
    pub(crate) fn weights_into(&self, feats: &[(u64, Origin)], out: &mut Vec<f32>) {
        let shift = 64 - u32::from(self.bits.clamp(1, 30));
        out.extend(feats.iter().map(|&(f, _)| self.signed(f, (f >> shift) as usize)));
    }

    /// The weight stored in slot `index` (before the feature's sign), 0 outside the table.
    #[inline]
    pub fn slot_weight(&self, index: usize) -> f32 {
        self.table.get(index).map_or(0.0, |&c| self.codebook[usize::from(c)])
    }

    /// The log-odds of a feature list.
    #[inline]
    pub fn logit(&self, feats: &[u64]) -> f32 {
        let sum: f32 = feats.iter().map(|&f| self.weight(f)).sum();
        self.bias + sum * norm(self.options, feats.len())
    }
}

/// The scale of the feature sum for `n` features.
#[inline]
pub(crate) fn norm(options: FeatureOptions, n: usize) -> f32 {
    if options.normalize && n > 0 { 1.0 / (n as f32).sqrt() } else { 1.0 }
}

/// The logistic function.
#[inline]
pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

type Parsed = (FeatureOptions, u8, f32, [f32; 256], Vec<u8>);

fn parse(bytes: &[u8]) -> Result<Parsed, BuildError> {
    let bad = |what: &str| BuildError::new(BuildErrorKind::InvalidModel(what.to_owned()));
    let rest = bytes.strip_prefix(MAGIC).ok_or_else(|| bad("not a nutgraf-claims model"))?;
    let body = rest
        .windows(BODY.len())
        .position(|w| w == BODY)
        .map(|p| p + BODY.len())
        .or_else(|| rest.starts_with(&BODY[1..]).then_some(BODY.len() - 1))
        .ok_or_else(|| bad("no end of header"))?;
    let mut r = rest.get(body..).ok_or_else(|| bad("truncated"))?;
    let mut take = |n: usize| -> Result<&[u8], BuildError> {
        let (a, b) = (r.get(..n), r.get(n..));
        match (a, b) {
            (Some(a), Some(b)) => {
                r = b;
                Ok(a)
            }
            _ => Err(bad("truncated")),
        }
    };
    let four = |s: &[u8]| -> [u8; 4] { [s[0], s[1], s[2], s[3]] };
    let options = FeatureOptions::from_bits(u32::from_le_bytes(four(take(4)?)));
    let bits = take(1)?[0];
    if !(1..=24).contains(&bits) {
        return Err(bad("bits out of range"));
    }
    let bias = f32::from_le_bytes(four(take(4)?));
    let mut codebook = [0.0f32; 256];
    for c in codebook.iter_mut() {
        *c = f32::from_le_bytes(four(take(4)?));
        if !c.is_finite() {
            return Err(bad("weight not finite"));
        }
    }
    if !bias.is_finite() {
        return Err(bad("bias not finite"));
    }
    let zero = take(1)?[0];
    let rest = r;
    let n = 1usize << bits;
    let mut table = Vec::with_capacity(n);
    let mut i = 0;
    while i < rest.len() {
        let b = rest[i];
        i += 1;
        if b == zero {
            let (run, used) =
                read_leb128(rest.get(i..).unwrap_or(&[])).ok_or_else(|| bad("bad run"))?;
            i += used;
            if run > (n - table.len()) as u64 {
                return Err(bad("table too long"));
            }
            table.resize(table.len() + run as usize, zero);
        } else {
            if table.len() >= n {
                return Err(bad("table too long"));
            }
            table.push(b);
        }
    }
    if table.len() != n {
        return Err(bad("table too short"));
    }
    Ok((options, bits, bias, codebook, table))
}

fn leb128(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_leb128(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut v = 0u64;
    for (i, &b) in bytes.iter().enumerate().take(10) {
        v |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    None
}

/// A 256-level codebook: code 0 is 0.0, codes 1..=127 positive and 129..=255 negative
/// magnitudes spaced evenly on a log scale over four decades below the largest weight
/// (a relative error under 4%; smaller weights round to the smallest level or to zero).
fn codebook(weights: &[f32]) -> [f32; 256] {
    let max = weights.iter().map(|w| w.abs()).filter(|m| m.is_finite()).fold(0.0f32, f32::max);
    let mut book = [0.0f32; 256];
    if max <= 1e-6 {
        return book;
    }
    let min = max * 1e-4;
    for k in 1..=127usize {
        let level = min * (max / min).powf((k - 1) as f32 / 126.0);
        book[k] = level;
        book[k + 128] = -level;
    }
    book
}

fn quantise(book: &[f32; 256], w: f32) -> u8 {
    if !w.is_finite() || w.abs() < book[1] * 0.5 {
        return 0;
    }
    let base = if w > 0.0 { 0 } else { 128 };
    let m = w.abs();
    // Levels 1..=127 are increasing: binary search for the nearest.
    let levels = &book[1..128];
    let p = levels.partition_point(|&l| l < m);
    let best = if p == 0 {
        0
    } else if p >= levels.len() {
        levels.len() - 1
    } else if (levels[p] - m).abs() < (m - levels[p - 1]).abs() {
        p
    } else {
        p - 1
    };
    (base + best + 1) as u8
}

/// Hand-set weights of the rule-only model (log-odds per feature).
const RULE_WEIGHTS: &[(&str, f32)] = &[
    ("num", 1.2),
    ("num2", 0.4),
    ("pct", 0.8),
    ("money", 0.8),
    ("year", 0.5),
    ("compare", 0.5),
    ("causal", 0.3),
    ("cue", 0.6),
    ("cue-adv", 0.6),
    ("caps:1", 0.3),
    ("caps:2", 0.6),
    ("caps:4", 0.8),
    ("past", 0.4),
    ("question", -2.0),
    ("greet", -1.5),
    ("i-think", -1.0),
    ("second", -0.3),
    ("len:0", -2.0),
    ("len:4", -0.8),
    ("len:15", 0.3),
    ("len:25", 0.3),
    ("noend", -1.0),
    ("exclaim", -1.0),
    ("opinion", -0.5),
    ("future", -0.2),
];

// Feature family seeds.
const FAM_UNI: u64 = 0x75_6e69;
const FAM_BI: u64 = 0x62_6967;
const FAM_TRI: u64 = 0x74_7269;
const FAM_STEM: u64 = 0x73_7465;
const FAM_RULE: u64 = 0x72_756c;

#[inline]
const fn mix(a: u64, b: u64) -> u64 {
    let x = (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let x = (x ^ (x >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 29)
}

#[inline]
const fn rule_hash(name: &str) -> u64 {
    mix(FAM_RULE, fnv(name.as_bytes()))
}

/// Sentence boundary terms.
const BOS: u64 = 0x003c_733e;
const EOS: u64 = 0x3c2f_733e;

/// Where a feature came from: enough to name it without extracting again. Word positions
/// are indices into the sentence's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// The unigram of word `k`.
    Uni(u32),
    /// The bigram ending at word `k`.
    Bi(u32),
    /// The trigram ending at word `k`.
    Tri(u32),
    /// The light stem of word `k`.
    Stem(u32),
    /// The bigram of the last word and the sentence end.
    Eos,
    /// A rule feature.
    Rule(&'static RuleName),
}

/// The name of a rule feature and its explanation (`model:rule:NAME`).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct RuleName {
    name: &'static str,
    reason: &'static str,
}

/// Where features go: plain hashes, or hashes with where they came from (for explanations).
pub(crate) trait Sink {
    fn add(&mut self, feature: u64, origin: Origin);
}

impl Sink for Vec<u64> {
    #[inline]
    fn add(&mut self, feature: u64, _: Origin) {
        self.push(feature);
    }
}

impl Sink for Vec<(u64, Origin)> {
    #[inline]
    fn add(&mut self, feature: u64, origin: Origin) {
        self.push((feature, origin));
    }
}

/// The three strongest positive features of a sentence (weight before normalisation) and
/// where they came from.
pub(crate) type Top = [(u64, f32, Origin); 3];

/// An empty [`Top`].
pub(crate) const NO_TOP: Top = [(0, 0.0, Origin::Eos); 3];

/// Buffers for scoring sentences one after another.
#[derive(Default)]
pub(crate) struct Scorer {
    feats: Vec<(u64, Origin)>,
    weights: Vec<f32>,
}

impl Scorer {
    /// Scores the words `range` of `words`: the sum of the feature weights, the number of
    /// features and the three strongest positive features.
    #[inline]
    pub(crate) fn score(
        &mut self,
        model: &Model,
        words: &Words,
        range: core::ops::Range<usize>,
    ) -> (f32, usize, Top) {
        self.feats.clear();
        self.weights.clear();
        extract(words, range, model.options(), &mut self.feats);
        // Weights first, in a loop of independent loads; then their sum in feature order.
        model.weights_into(&self.feats, &mut self.weights);
        let mut sum = 0.0f32;
        for &w in &self.weights {
            sum += w;
        }
        let mut top = NO_TOP;
        for (&(f, origin), &w) in self.feats.iter().zip(&self.weights) {
            // Rarely true, so predictable (no branch on the sign of `w`).
            let seen = (top[0].0 == f) | (top[1].0 == f) | (top[2].0 == f);
            if w > top[2].1 || seen && w > 0.0 {
                push_top(&mut top, f, w, origin);
            }
        }
        (sum, self.feats.len(), top)
    }
}

/// Keeps the three strongest positive features of a sentence: a feature seen again (a
/// repeated word) adds its weight to its entry instead of taking a second one.
#[inline]
fn push_top(top: &mut Top, f: u64, w: f32, origin: Origin) {
    if let Some(t) = top.iter_mut().find(|t| t.0 == f && t.1 > 0.0) {
        t.1 += w;
    } else if w > top[2].1 {
        top[2] = (f, w, origin);
    } else {
        return;
    }
    top.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
}

/// The readable name of a feature of the sentence `ws` (`the US`, `rule:num`).
pub(crate) fn origin_name(words: &Words, ws: &[Word], origin: Origin) -> String {
    let mut out = String::new();
    write_name(words, ws, origin, &mut out);
    out
}

/// Appends the name of a feature to `out`.
fn write_name(words: &Words, ws: &[Word], origin: Origin, out: &mut String) {
    let term = |k: Option<usize>, out: &mut String| match k.and_then(|k| ws.get(k)) {
        None => out.push_str("<s>"),
        Some(w) if w.kind == TokenKind::Number => {
            out.push_str(if is_year(words.lower(w)) { "<year>" } else { "<num>" });
        }
        Some(w) => out.push_str(words.lower(w)),
    };
    match origin {
        Origin::Uni(k) => term(Some(k as usize), out),
        Origin::Bi(k) => {
            let k = k as usize;
            term(k.checked_sub(1), out);
            out.push(' ');
            term(Some(k), out);
        }
        Origin::Tri(k) => {
            let k = k as usize;
            term(if k == 0 { None } else { k.checked_sub(2) }, out);
            out.push(' ');
            term(k.checked_sub(1), out);
            out.push(' ');
            term(Some(k), out);
        }
        Origin::Stem(k) => {
            out.push_str(ws.get(k as usize).map_or("", |w| words.lower(w)));
            out.push('~');
        }
        Origin::Eos => {
            term(ws.len().checked_sub(1), out);
            out.push_str(" </s>");
        }
        Origin::Rule(r) => {
            out.push_str("rule:");
            out.push_str(r.name);
        }
    }
}

/// The explanation of a feature: `model:` and its name.
pub(crate) fn origin_reason(words: &Words, ws: &[Word], origin: Origin) -> Cow<'static, str> {
    match origin {
        Origin::Rule(r) => Cow::Borrowed(r.reason),
        _ => {
            let mut out = String::with_capacity(32);
            out.push_str("model:");
            write_name(words, ws, origin, &mut out);
            Cow::Owned(out)
        }
    }
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

/// Extracts the features of the words `range` of `words` (one sentence).
#[inline]
pub(crate) fn extract<S: Sink>(
    words: &Words,
    range: core::ops::Range<usize>,
    options: FeatureOptions,
    sink: &mut S,
) {
    let ws = words.words.get(range).unwrap_or(&[]);
    let (mut p2, mut p1) = (BOS, BOS);
    for (k, w) in ws.iter().enumerate() {
        let t = w.term;
        let k32 = k as u32;
        sink.add(mix(FAM_UNI, t), Origin::Uni(k32));
        if options.bigrams {
            sink.add(mix(mix(FAM_BI, p1), t), Origin::Bi(k32));
        }
        if options.trigrams {
            sink.add(mix(mix(mix(FAM_TRI, p2), p1), t), Origin::Tri(k32));
        }
        if options.stems && w.has_stem {
            sink.add(mix(FAM_STEM, w.stem), Origin::Stem(k32));
        }
        p2 = p1;
        p1 = t;
    }
    if options.bigrams {
        sink.add(mix(mix(FAM_BI, p1), EOS), Origin::Eos);
    }
    if options.rules {
        rules(words, ws, sink);
    }
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
    // Bits 9 to 18: the lexicon classes from `flag::RULE_SHIFT` on, in their order.
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
}

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
    let mut r = rule::WORD | (((flags >> flag::RULE_SHIFT) & flag::RULE_MASK) as u32) << 9;
    match kind {
        TokenKind::Number => {
            r |= if is_year_bytes(folded) { rule::YEAR } else { rule::NUM };
        }
        TokenKind::Word if has(flag::NUMWORD) && !matches!(folded, b"one" | b"m" | b"k") => {
            r |= rule::NUM;
        }
        _ => {}
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

/// The rule features of a sentence's words.
fn rules<S: Sink>(words: &Words, ws: &[Word], sink: &mut S) {
    macro_rules! add {
        ($name:literal) => {
            sink.add(
                const { rule_hash($name) },
                Origin::Rule(&RuleName { name: $name, reason: concat!("model:rule:", $name) }),
            )
        };
    }
    let (mut nums, mut n_words, mut caps, mut past) = (0u32, 0u32, 0u32, 0u32);
    let (mut any, mut acr, mut quote, mut i_think) = (0u32, false, false, false);
    let mut prev_first = 0u8;
    for (i, w) in ws.iter().enumerate() {
        let r = w.rule;
        any |= r;
        nums += u32::from(r & rule::NUM != 0);
        n_words += u32::from(r & rule::WORD != 0);
        past += u32::from(r & rule::PAST != 0);
        if i > 0 {
            quote |= r & rule::QUOTE != 0;
            if r & rule::CAP != 0 {
                caps += 1;
                acr |= w.shape == Shape::Upper;
            }
        }
        if r & rule::WORD != 0 {
            if prev_first > 0 && r & rule::OPINION != 0 {
                i_think = true;
            }
            prev_first = if r & rule::FIRST != 0 { 3 } else { prev_first.saturating_sub(1) };
        }
    }
    let on = |bit: u32| any & bit != 0;
    let (year, pct, money, first, second) =
        (on(rule::YEAR), on(rule::PCT), on(rule::MONEY), on(rule::FIRST), on(rule::SECOND));
    let (cue, cue_adv, hedge, future, neg) =
        (on(rule::CUE), on(rule::CUE_ADV), on(rule::HEDGE), on(rule::FUTURE), on(rule::NEG));
    let (compare, causal, month) = (on(rule::COMPARE), on(rule::CAUSAL), on(rule::MONTH));
    if nums > 0 {
        add!("num");
    }
    if nums > 1 {
        add!("num2");
    }
    if year {
        add!("year");
    }
    if pct {
        add!("pct");
    }
    if money {
        add!("money");
    }
    match n_words {
        0..=3 => add!("len:0"),
        4..=7 => add!("len:4"),
        8..=14 => add!("len:8"),
        15..=24 => add!("len:15"),
        _ => add!("len:25"),
    }
    if let Some(last) = ws.iter().rev().find(|w| !matches!(words.lower(w), "\"" | "'" | ")")) {
        match words.lower(last) {
            "?" => add!("question"),
            "!" => add!("exclaim"),
            "." | "..." | ";" | ":" => {}
            _ => add!("noend"),
        }
    }
    if let Some(w) = ws.first() {
        if w.has(flag::FIRST) {
            add!("first-start");
        }
        if w.has(flag::GREETING) {
            add!("greet");
        }
        if w.has(flag::WH) {
            add!("wh-start");
        }
    }
    if first {
        add!("first");
    }
    if second {
        add!("second");
    }
    if i_think {
        add!("i-think");
    }
    if cue {
        add!("cue");
    }
    if cue_adv {
        add!("cue-adv");
    }
    if hedge {
        add!("hedge");
    }
    if future {
        add!("future");
    }
    if neg {
        add!("neg");
    }
    if compare {
        add!("compare");
    }
    if causal {
        add!("causal");
    }
    if month {
        add!("month");
    }
    if quote {
        add!("quote");
    }
    if acr {
        add!("acronym");
    }
    match caps {
        0 => {}
        1 => add!("caps:1"),
        2 | 3 => add!("caps:2"),
        _ => add!("caps:4"),
    }
    match past {
        0 => {}
        1 => add!("past"),
        _ => add!("past2"),
    }
}

/// Whether a record of an evaluation set is in the held-out part that the embedded model
/// was not trained on (nor tuned on). Records are split by group so that sentences of one
/// debate stay together: `group` is the record's debate or document when the set has one
/// (CheckThat! 2019 `debate`: held out when the FNV-1a hash of the name is 1 modulo 5, five
/// of the nineteen debates); otherwise the number at the end of `id` in blocks of 1,000
/// (ClaimBuster `cb-N`: held out when ⌊N / 1000⌋ is 4 modulo 5, a fifth of the debates'
/// sentences).
///
/// ```
/// use nutgraf_claims::model::held_out;
///
/// assert!(held_out("cb-4017", None));
/// assert!(!held_out("cb-3017", None));
/// ```
pub fn held_out(id: &str, group: Option<&str>) -> bool {
    if let Some(g) = group.filter(|g| !g.is_empty()) {
        return fnv(g.as_bytes()) % 5 == 1;
    }
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    match id.get(id.len() - digits..).and_then(|d| d.parse::<u64>().ok()) {
        Some(n) => (n / 1000) % 5 == 4,
        None => fnv(id.as_bytes()) % 5 == 4,
    }
}

struct Defaults {
    lexicon: Lexicon,
    stemmer: Stemmer,
}

fn defaults() -> &'static Defaults {
    static D: OnceLock<Defaults> = OnceLock::new();
    D.get_or_init(|| Defaults { lexicon: Lexicon::new(), stemmer: Stemmer::new() })
}

/// The default lexicon, built once.
pub(crate) fn default_lexicon() -> &'static Lexicon {
    &defaults().lexicon
}

/// Appends the feature hashes of one sentence (its `tokens`, spans into `text`) to `out`:
/// the input of a model trained with `options`. Map a hash to a weight with
/// [`Model::slot`].
pub fn features(text: &str, tokens: &[Token], options: FeatureOptions, out: &mut Vec<u64>) {
    let d = defaults();
    let mut words = Words::default();
    words.build_one(text, tokens, &d.lexicon, &d.stemmer);
    extract(&words, 0..words.words.len(), options, out);
}

/// Appends the unigram feature hash of every word of one sentence (its `tokens`, spans into
/// `text`) to `out`, in order: the word's identity for the model (its folded form, or a
/// class such as `<num>`). A trainer can give words weights learned elsewhere (from word
/// vectors, say) by adding them to these features' slots.
///
/// ```
/// use nutgraf_claims::model::{FeatureOptions, features, unigram_features};
/// use nutgraf_tokenize::Tokenizer;
///
/// let text = "Prices rose 4 percent.";
/// let tokens = Tokenizer::new().tokenize(text);
/// let mut words = Vec::new();
/// unigram_features(text, &tokens, &mut words);
/// assert_eq!(words.len(), 5);
/// let mut all = Vec::new();
/// features(text, &tokens, FeatureOptions::default(), &mut all);
/// assert!(words.iter().all(|w| all.contains(w)));
/// ```
pub fn unigram_features(text: &str, tokens: &[Token], out: &mut Vec<u64>) {
    let d = defaults();
    let mut words = Words::default();
    words.build_one(text, tokens, &d.lexicon, &d.stemmer);
    out.extend(words.words.iter().map(|w| mix(FAM_UNI, w.term)));
}

/// Like [`features`], with a readable name for each feature (`the US`, `rule:num`).
pub fn named_features(text: &str, tokens: &[Token], options: FeatureOptions) -> Vec<(u64, String)> {
    let d = defaults();
    let mut words = Words::default();
    words.build_one(text, tokens, &d.lexicon, &d.stemmer);
    let mut out: Vec<(u64, Origin)> = Vec::new();
    extract(&words, 0..words.words.len(), options, &mut out);
    out.into_iter().map(|(f, o)| (f, origin_name(&words, &words.words, o))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip() {
        let bits = 10;
        let weights: Vec<f32> = (0..1 << bits)
            .map(|i| if i % 7 == 0 { (i as f32 - 500.0) / 300.0 } else { 0.0 })
            .collect();
        let m = Model::from_weights(FeatureOptions::default(), bits, 0.25, &weights).unwrap();
        let bytes = m.to_bytes("test model\nsecond line");
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back, m);
        for (i, &w) in weights.iter().enumerate() {
            let q = back.codebook[usize::from(back.table[i])];
            assert!((q - w).abs() <= 0.04 * w.abs() + 1e-3, "{i}: {w} vs {q}");
        }
    }

    #[test]
    fn corrupt_models_are_errors() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"nutgraf-claims model 1\n---\n\x1f").is_err());
        let m = Model::rules();
        let mut bytes = m.to_bytes("x");
        bytes.truncate(bytes.len() - 1);
        assert!(Model::from_bytes(&bytes).is_err());
    }
}
