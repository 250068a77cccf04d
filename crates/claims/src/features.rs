//! The sentence features of the check-worthiness model: word n-grams, light stems and rule
//! features over the [`Words`] of a sentence, hashed, each with where it came from so that
//! explanations can name it.

use std::borrow::Cow;

use nutgraf_tokenize::{Token, TokenKind};

use crate::lexicon::{defaults, flag, fnv};
use crate::words::{Shape, Word, Words, is_year, rule};

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
    /// Word pairs with one word between them (`rose _ percent`), which generalise over the
    /// word in the middle.
    pub skip_bigrams: bool,
    /// Pairs of rule features that fire together (a number and a past-tense verb, a cue and
    /// a number, a comparison and a year): interactions a linear model cannot add up.
    pub conjunctions: bool,
}

impl Default for FeatureOptions {
    fn default() -> Self {
        FeatureOptions {
            bigrams: true,
            trigrams: false,
            stems: true,
            rules: true,
            normalize: true,
            skip_bigrams: false,
            conjunctions: false,
        }
    }
}

impl FeatureOptions {
    pub(crate) fn to_bits(self) -> u32 {
        u32::from(self.bigrams)
            | u32::from(self.trigrams) << 1
            | u32::from(self.stems) << 2
            | u32::from(self.rules) << 3
            | u32::from(self.normalize) << 4
            | u32::from(self.skip_bigrams) << 5
            | u32::from(self.conjunctions) << 6
    }

    pub(crate) fn from_bits(b: u32) -> FeatureOptions {
        FeatureOptions {
            bigrams: b & 1 != 0,
            trigrams: b & 2 != 0,
            stems: b & 4 != 0,
            rules: b & 8 != 0,
            normalize: b & 16 != 0,
            skip_bigrams: b & 32 != 0,
            conjunctions: b & 64 != 0,
        }
    }
}

// Feature family seeds.
pub(crate) const FAM_UNI: u64 = 0x75_6e69;
pub(crate) const FAM_BI: u64 = 0x62_6967;
pub(crate) const FAM_TRI: u64 = 0x74_7269;
pub(crate) const FAM_STEM: u64 = 0x73_7465;
pub(crate) const FAM_RULE: u64 = 0x72_756c;
pub(crate) const FAM_SKIP: u64 = 0x73_6b69;

#[inline]
pub(crate) const fn mix(a: u64, b: u64) -> u64 {
    let x = (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let x = (x ^ (x >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 29)
}

#[inline]
pub(crate) const fn rule_hash(name: &str) -> u64 {
    mix(FAM_RULE, fnv(name.as_bytes()))
}

/// Sentence boundary terms.
pub(crate) const BOS: u64 = 0x003c_733e;
pub(crate) const EOS: u64 = 0x3c2f_733e;

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
    /// The pair of word `k` and the word two before it.
    Skip(u32),
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
        Origin::Skip(k) => {
            let k = k as usize;
            term(k.checked_sub(2), out);
            out.push_str(" _ ");
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

/// Extracts the features of the words `range` of `words` (one sentence).
#[inline]
pub(crate) fn extract<S: Sink>(
    words: &Words,
    range: core::ops::Range<usize>,
    options: FeatureOptions,
    sink: &mut S,
) -> u32 {
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
    // A loop of its own, so that the models without them pay nothing per word.
    if options.skip_bigrams {
        for (k, pair) in ws.windows(3).enumerate() {
            sink.add(mix(mix(FAM_SKIP, pair[0].term), pair[2].term), Origin::Skip(k as u32 + 2));
        }
    }
    if options.rules {
        rules(words, ws, options.conjunctions, sink)
    } else {
        ws.iter().fold(0, |any, w| any | w.rule)
    }
}

/// The rule features of a sentence's words; returns the union of their [`rule`] bits.
fn rules<S: Sink>(words: &Words, ws: &[Word], conjunctions: bool, sink: &mut S) -> u32 {
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
    if conjunctions {
        let quantity = nums > 0 || pct || money;
        let named = caps > 0;
        // One feature per pair of markers that holds.
        macro_rules! add_if {
            ($($on:expr => $name:literal),* $(,)?) => { $(if $on { add!($name); })* };
        }
        add_if! {
            quantity && past > 0 => "quantity+past",
            quantity && compare => "quantity+compare",
            quantity && cue => "quantity+cue",
            quantity && future => "quantity+future",
            quantity && (first || second) => "quantity+person",
            year && past > 0 => "year+past",
            named && past > 0 => "named+past",
            named && cue => "named+cue",
            cue && hedge => "cue+hedge",
            compare && named => "compare+named",
            causal && quantity => "causal+quantity",
            first && opinion_word(any) => "first+opinion",
            !quantity && !named && past == 0 => "no-fact-marker",
        }
    }
    any
}

/// Whether any word of the sentence is an opinion word.
#[inline]
fn opinion_word(any: u32) -> bool {
    any & rule::OPINION != 0
}

/// Appends the feature hashes of one sentence (its `tokens`, spans into `text`) to `out`:
/// the input of a model trained with `options`. Map a hash to a weight with
/// [`Model::slot`](crate::model::Model::slot).
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
