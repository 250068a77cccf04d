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

use crate::claim::Reason;
use crate::error::{BuildError, BuildErrorKind};
use crate::features::{Origin, extract, origin_reason, rule_hash};
use crate::lexicon::fnv;
use crate::words::Words;

pub use crate::cues::cue_candidates;
pub use crate::features::{FeatureOptions, features, named_features, unigram_features};
pub use crate::filter::claim_features;

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
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            let parsed = Model::from_bytes(include_bytes!("../data/checkworthiness.model"));
            debug_assert!(parsed.is_ok(), "the embedded model is well-formed");
            parsed.unwrap_or_else(|_| Model::rules())
        })
    }

    /// The embedded cue model (feature `embedded`; see `nutgraf_claims::model::cue_candidates`),
    /// parsed once, if it is well-formed.
    #[cfg(feature = "embedded")]
    pub(crate) fn embedded_cues() -> Option<&'static Model> {
        static MODEL: std::sync::OnceLock<Option<Model>> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(include_bytes!("../data/cues.model")).ok()).as_ref()
    }

    /// The embedded claim filter (feature `embedded`; see
    /// `nutgraf_claims::model::claim_features`), parsed once, if it is well-formed.
    #[cfg(feature = "embedded")]
    pub(crate) fn embedded_filter() -> Option<&'static Model> {
        static MODEL: std::sync::OnceLock<Option<Model>> = std::sync::OnceLock::new();
        MODEL
            .get_or_init(|| Model::from_bytes(include_bytes!("../data/filter.model")).ok())
            .as_ref()
    }

    /// Without the embedded data there is no claim filter.
    #[cfg(not(feature = "embedded"))]
    pub(crate) fn embedded_filter() -> Option<&'static Model> {
        None
    }

    /// Without the embedded data there is no cue model: the rules alone find cues.
    #[cfg(not(feature = "embedded"))]
    pub(crate) fn embedded_cues() -> Option<&'static Model> {
        None
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
            skip_bigrams: false,
            conjunctions: false,
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
    /// features, the three strongest positive features and the union of the words'
    /// [`rule`](crate::words::rule) bits.
    #[inline]
    pub(crate) fn score(
        &mut self,
        model: &Model,
        words: &Words,
        range: core::ops::Range<usize>,
    ) -> (f32, usize, Top, u32) {
        self.feats.clear();
        self.weights.clear();
        let rules = extract(words, range, model.options(), &mut self.feats);
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
        (sum, self.feats.len(), top, rules)
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

/// Sentence scores and, per sentence, its strongest positive model features and whether
/// boilerplate silences it.
pub(crate) struct Scored {
    pub scores: Vec<f32>,
    pub top: Vec<Top>,
    /// The sentence lies (mostly) in boilerplate: no score, no claims.
    pub silenced: Vec<bool>,
    /// The union of the [`rule`](crate::words::rule) bits of each sentence's words (0 for a
    /// sentence without a score).
    pub rules: Vec<u32>,
    /// The log-odds behind each score (−∞ for a sentence without a score).
    pub logits: Vec<f32>,
}

impl Scored {
    /// The scores of the sentences `block`, indexed from the block's first sentence.
    pub(crate) fn block(&self, block: core::ops::Range<usize>) -> ScoredBlock<'_> {
        ScoredBlock {
            scores: self.scores.get(block.clone()).unwrap_or(&[]),
            top: self.top.get(block.clone()).unwrap_or(&[]),
            silenced: self.silenced.get(block.clone()).unwrap_or(&[]),
            rules: self.rules.get(block.clone()).unwrap_or(&[]),
            logits: self.logits.get(block).unwrap_or(&[]),
        }
    }
}

/// [`Scored`] for a block of sentences.
#[derive(Clone, Copy)]
pub(crate) struct ScoredBlock<'a> {
    pub scores: &'a [f32],
    pub top: &'a [Top],
    pub silenced: &'a [bool],
    pub rules: &'a [u32],
    pub logits: &'a [f32],
}

/// Names the strongest model features of a sentence (from [`Scored::top`]).
pub(crate) fn name_top(
    words: &Words,
    range: core::ops::Range<usize>,
    top: &Top,
    out: &mut Vec<Reason>,
) {
    let ws = words.words.get(range).unwrap_or(&[]);
    for &(_, weight, origin) in top.iter().filter(|t| t.1 > 0.0) {
        out.push(Reason { feature: origin_reason(words, ws, origin), weight });
    }
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
