//! Check-worthiness scoring and claim attribution for English news text.
//!
//! `nutgraf-claims` is the claims stage of [nutgraf](https://crates.io/crates/nutgraf). It
//! tells a fact-checker which sentences are worth checking and, for each claim, who made it
//! with which words, for or against, and how hedged:
//!
//! - every sentence gets a check-worthiness score in [0, 1] from a logistic regression over
//!   hashed word n-grams and rule features (see [`model`]), which in a document takes in what
//!   was found in the sentence: a claim reported by someone raises it, plain background and
//!   questions lower it (see [`ClaimDetectorBuilder::calibrate`]);
//! - [`Claim`]s carry a content span, a [`Claimer`] with its [`ClaimerKind`] (person,
//!   organisation, place standing for a government, generic source such as `Ukrainian
//!   officials`), the cue (`said`, `claims`, `according to`, `reportedly`, `deny`), a
//!   [`Stance`], hedges, direct quotations, numbers, [`ClaimKind`]s and the [`Reason`]s that
//!   fired.
//!
//! It builds on the tokens and sentences of [`nutgraf_tokenize`] and takes entity, date and
//! boilerplate [`Hint`]s as plain spans with a kind, so it needs no gazetteer; without hints
//! it relies on capitalisation, titles, pronouns and generic source nouns.
//!
//! # Example
//!
//! ```
//! use nutgraf_claims::{ClaimDetector, ClaimerKind, Stance};
//!
//! let text = "Washington claims that North Korea has provided weapons to Russia, \
//!             though Pyongyang & Moscow deny this. Ukrainian officials say about 50 \
//!             missiles were delivered.";
//! let detector = ClaimDetector::new();
//! let found = detector.detect_text(text, &[]);
//!
//! let claims: Vec<(&str, &str, Stance)> = found
//!     .claims
//!     .iter()
//!     .filter_map(|c| Some((&text[c.claimer?.span.range()], &text[c.cue?.range()], c.stance)))
//!     .collect();
//! assert_eq!(claims, [
//!     ("Washington", "claims", Stance::Assert),
//!     ("Pyongyang & Moscow", "deny", Stance::Deny),
//!     ("Ukrainian officials", "say", Stance::Assert),
//! ]);
//! assert_eq!(found.claims[0].claimer.unwrap().kind, ClaimerKind::Place);
//! assert_eq!(found.claims[2].claimer.unwrap().kind, ClaimerKind::Generic);
//! assert_eq!(&text[found.claims[2].hedges[0].range()], "about");
//! assert_eq!(found.checkworthiness.len(), 2);
//! ```
//!
//! With tokens, sentences and hints from earlier stages, call [`ClaimDetector::detect`].
//!
//! # Crate features
//!
//! - `embedded` (on by default): the trained check-worthiness model compiled in, so
//!   [`ClaimDetector::new`] works offline. Without it the detector scores with hand-set
//!   weights on the rule features ([`Model::rules`](model::Model::rules)) unless a model is
//!   loaded with [`ClaimDetectorBuilder::model`].
//! - `serde` (off by default): `Serialize`/`Deserialize` for [`Claim`], [`Claimer`],
//!   [`Hint`], [`Detection`] and their enums.

#![forbid(unsafe_code)]

mod attribute;
mod claim;
mod cues;
mod error;
mod features;
mod filter;
mod lexicon;
pub mod model;
mod words;

use std::cell::RefCell;
use std::sync::Arc;

use nutgraf_tokenize::normalize::Stemmer;
use nutgraf_tokenize::{Sentence, Span, Token, Tokenizer};

pub use attribute::MAX_CLAIMS_PER_SENTENCE;
#[allow(deprecated)]
pub use claim::Analysis;
pub use claim::{
    Claim, ClaimKind, Claimer, ClaimerKind, Detection, Hint, HintKind, Reason, Stance,
};
pub use error::{BuildError, BuildErrorKind};

use crate::lexicon::{Lexicon, flag};
use crate::model::Model;
use crate::words::Words;

/// Buffers of [`ClaimDetector::detect`], kept between calls on a thread.
#[derive(Default)]
struct Scratch {
    words: Words,
    scorer: model::Scorer,
    attribution: attribute::Scratch,
}

impl Scratch {
    /// Bytes held, roughly.
    fn size(&self) -> usize {
        self.words.size() + self.attribution.size()
    }
}

/// Buffers above this size are not kept.
const MAX_SCRATCH: usize = 64 << 20;

/// Sentences are read in blocks of about this many bytes (a block closes at the first
/// paragraph break past it, or at any sentence break past twice the size), so the word view
/// of a long text is never held whole. An article is one block; what attribution knows of
/// earlier blocks is the last person named and the end of the last claim, and a quotation
/// is only paired within a block.
const BLOCK_BYTES: usize = 1 << 20;

/// The blocks of sentences, as ranges of sentence indices.
fn blocks<'a>(
    text: &'a str,
    sentences: &'a [Sentence],
) -> impl Iterator<Item = core::ops::Range<usize>> + 'a {
    let mut start = 0;
    core::iter::from_fn(move || {
        let begin = sentences.get(start)?.span.start;
        let mut end = start + 1;
        while let (Some(prev), Some(next)) = (sentences.get(end - 1), sentences.get(end)) {
            let size = prev.span.end.saturating_sub(begin);
            if size >= BLOCK_BYTES {
                let gap = text.get(prev.span.end..next.span.start).unwrap_or("");
                if size >= 2 * BLOCK_BYTES || gap.contains('\n') {
                    break;
                }
            }
            end += 1;
        }
        let block = start..end;
        start = end;
        Some(block)
    })
}

thread_local! {
    static SCRATCH: RefCell<Option<Box<Scratch>>> = const { RefCell::new(None) };
}

/// Finds claims and scores sentences for check-worthiness.
///
/// Building one is cheap; one instance serves many threads (`Send + Sync`).
pub struct ClaimDetector {
    lexicon: Lexicon,
    /// The learned cue model (embedded), if any.
    cues: Option<&'static Model>,
    /// The learned claim filter (embedded), if any.
    filter: Option<&'static Model>,
    /// Whether the filter drops claims (off: every candidate it would score is kept).
    filtering: bool,
    stemmer: Stemmer,
    model: ModelRef,
    threshold: f32,
    /// Whether a document's sentence scores take in the claims found in them.
    calibrate: bool,
    tokenizer: Tokenizer,
}

#[derive(Clone, Debug)]
enum ModelRef {
    #[cfg_attr(not(feature = "embedded"), allow(dead_code))]
    Static(&'static Model),
    Owned(Arc<Model>),
}

impl ModelRef {
    #[inline]
    fn get(&self) -> &Model {
        match self {
            ModelRef::Static(m) => m,
            ModelRef::Owned(m) => m,
        }
    }
}

impl Clone for ClaimDetector {
    fn clone(&self) -> Self {
        ClaimDetector {
            lexicon: self.lexicon.clone(),
            cues: self.cues,
            filter: self.filter,
            filtering: self.filtering,
            stemmer: Stemmer::new(),
            model: self.model.clone(),
            threshold: self.threshold,
            calibrate: self.calibrate,
            tokenizer: self.tokenizer.clone(),
        }
    }
}

impl core::fmt::Debug for ClaimDetector {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ClaimDetector")
            .field("model_bits", &self.model.get().bits())
            .field("threshold", &self.threshold)
            .finish_non_exhaustive()
    }
}

impl Default for ClaimDetector {
    fn default() -> Self {
        ClaimDetector::new()
    }
}

fn default_model() -> ModelRef {
    #[cfg(feature = "embedded")]
    {
        ModelRef::Static(Model::embedded())
    }
    #[cfg(not(feature = "embedded"))]
    {
        ModelRef::Owned(Arc::new(Model::rules()))
    }
}

impl ClaimDetector {
    /// A detector with the built-in word lists, the embedded model (or the rule model
    /// without the `embedded` feature) and a claim threshold of 0.5.
    pub fn new() -> ClaimDetector {
        ClaimDetector {
            lexicon: lexicon::defaults().lexicon.clone(),
            cues: Model::embedded_cues(),
            filter: Model::embedded_filter(),
            filtering: true,
            stemmer: Stemmer::new(),
            model: default_model(),
            threshold: 0.5,
            calibrate: true,
            tokenizer: Tokenizer::new(),
        }
    }

    /// A builder for a detector with other options.
    pub fn builder() -> ClaimDetectorBuilder {
        ClaimDetectorBuilder::new()
    }

    /// The check-worthiness threshold: unattributed sentences scoring at least this become
    /// claims.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// The check-worthiness model.
    pub fn model(&self) -> &Model {
        self.model.get()
    }

    /// Tokenizes `text` with the default [`Tokenizer`] and runs [`detect`](Self::detect).
    pub fn detect_text(&self, text: &str, hints: &[Hint]) -> Detection {
        let doc = self.tokenizer.analyze(text);
        self.detect(text, &doc.tokens, &doc.sentences, hints)
    }

    /// Scores every sentence and finds the claims of a text, given its tokens and sentences
    /// (from [`nutgraf_tokenize`]) and optional hints (entities, dates, boilerplate; in any
    /// order). Spans in the result are byte offsets into `text`.
    pub fn detect(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        hints: &[Hint],
    ) -> Detection {
        // Buffers are reused between calls on a thread (taken out, so a nested call would
        // just make new ones).
        let mut scratch = SCRATCH.with_borrow_mut(Option::take).unwrap_or_default();
        let Scratch { words, scorer, attribution } = &mut *scratch;
        // Hints that do not fit the text (out of bounds, inverted, inside a character) are
        // ignored.
        let mut hints: Vec<Hint> = hints
            .iter()
            .filter(|h| h.span.start < h.span.end && h.span.get(text).is_some())
            .copied()
            .collect();
        hints.sort_by_key(|h| (h.span.start, core::cmp::Reverse(h.span.end)));
        let has_person_hints = hints.iter().any(|h| h.kind == HintKind::Person);
        let mut scoring = Scoring::new(&hints, sentences.len());
        let mut claims = Vec::new();
        let mut carry = attribute::Carry::default();
        // Block by block, so that the word view of a long text never has to be held whole.
        for block in blocks(text, sentences) {
            let Some(ss) = sentences.get(block.clone()) else { break };
            words.build(text, tokens, ss, &self.lexicon, &self.stemmer, |words, s, range| {
                scoring.push(self, scorer, words, s, range)
            });
            let (lo, hi) =
                (ss.first().map_or(0, |s| s.span.start), ss.last().map_or(0, |s| s.span.end));
            let hs = &hints[hints.partition_point(|h| h.span.start < lo)
                ..hints.partition_point(|h| h.span.start < hi)];
            let scored = scoring.out.block(block.clone());
            let sentence_block = block;
            let block = attribute::Block {
                cues: self.cues,
                filter: self.filter,
                filtering: self.filtering,
                sentences: ss,
                scored,
                hints: hs,
                has_person_hints,
                calibrate: self.calibrate,
            };
            attribute::find(
                self.threshold,
                text,
                words,
                &block,
                attribution,
                &mut carry,
                &mut claims,
            );
            if let Some(scores) = scoring.out.scores.get_mut(sentence_block) {
                scores.copy_from_slice(&attribution.scores);
            }
        }
        if scratch.size() <= MAX_SCRATCH {
            SCRATCH.with_borrow_mut(|s| *s = Some(scratch));
        }
        Detection { checkworthiness: scoring.out.scores, claims }
    }

    /// The check-worthiness in [0, 1] of one sentence, given its tokens: the model's
    /// probability for the sentence alone, without the document calibration of
    /// [`detect`](Self::detect) (see [`ClaimDetectorBuilder::calibrate`]).
    pub fn checkworthiness(&self, text: &str, tokens: &[Token]) -> f32 {
        let mut words = Words::default();
        words.build_one(text, tokens, &self.lexicon, &self.stemmer);
        let mut feats = Vec::with_capacity(words.words.len() * 3 + 16);
        self.logit(&words, 0..words.words.len(), &mut feats).map_or(0.0, model::sigmoid)
    }

    /// The model features of one sentence that raised or lowered its check-worthiness most,
    /// strongest first (at most `limit`).
    pub fn explain(&self, text: &str, tokens: &[Token], limit: usize) -> Vec<Reason> {
        let mut words = Words::default();
        words.build_one(text, tokens, &self.lexicon, &self.stemmer);
        self.reasons(&words, 0..words.words.len(), limit, false)
    }

    pub(crate) fn reasons(
        &self,
        words: &Words,
        range: core::ops::Range<usize>,
        limit: usize,
        positive_only: bool,
    ) -> Vec<Reason> {
        let m = self.model.get();
        let mut feats: Vec<(u64, features::Origin)> = Vec::new();
        features::extract(words, range.clone(), m.options(), &mut feats);
        let scale = model::norm(m.options(), feats.len());
        // The first occurrence of each feature names it.
        let mut sorted: Vec<(u64, usize)> =
            feats.iter().enumerate().map(|(k, &(f, _))| (f, k)).collect();
        sorted.sort_unstable();
        // Contributions per distinct feature, strongest first.
        let mut top: Vec<(u64, f32, usize)> = Vec::new();
        for chunk in sorted.chunk_by(|a, b| a.0 == b.0) {
            let w = m.weight(chunk[0].0) * scale * chunk.len() as f32;
            if w != 0.0 && (!positive_only || w > 0.0) {
                top.push((chunk[0].0, w, chunk[0].1));
            }
        }
        top.sort_unstable_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        top.truncate(limit);
        let ws = words.words.get(range).unwrap_or(&[]);
        top.iter()
            .map(|&(_, weight, k)| Reason {
                feature: features::origin_reason(words, ws, feats[k].1),
                weight,
            })
            .collect()
    }

    /// The log-odds of the words `range`, or `None` for a sentence without words.
    fn logit(
        &self,
        words: &Words,
        range: core::ops::Range<usize>,
        feats: &mut Vec<u64>,
    ) -> Option<f32> {
        let ws = words.words.get(range.clone())?;
        if !ws.iter().any(|w| w.kind.is_wordlike()) {
            return None;
        }
        feats.clear();
        let m = self.model.get();
        features::extract(words, range, m.options(), feats);
        Some(m.logit(feats))
    }

    /// News layout the debate-trained model has never seen: a line without final
    /// punctuation (headline, teaser, navigation) and `ALSO READ:`-style teasers are not
    /// claims.
    fn layout_penalty(&self, words: &Words, range: core::ops::Range<usize>) -> f32 {
        let ws = words.words.get(range).unwrap_or(&[]);
        let Some(last) =
            ws.iter().rev().find(|w| !matches!(words.lower(w), "\"" | "'" | ")" | "]"))
        else {
            return 0.0;
        };
        let mut penalty = 0.0;
        if !matches!(words.lower(last), "." | "?" | "!" | "..." | "…" | ";" | ":") {
            penalty += 2.0;
        }
        // `ALSO READ:`, `READ MORE:`, `WATCH:`: an all-caps lead-in with a teaser word.
        let lead = ws.iter().take_while(|w| w.shape == words::Shape::Upper).count();
        if (1..=3).contains(&lead)
            && ws.get(lead).is_some_and(|w| words.lower(w) == ":")
            && ws.iter().take(lead).any(|w| {
                matches!(
                    words.lower(w),
                    "also"
                        | "read"
                        | "more"
                        | "watch"
                        | "related"
                        | "see"
                        | "listen"
                        | "advertisement"
                        | "sponsored"
                        | "recommended"
                        | "trending"
                        | "photos"
                        | "video"
                )
            })
        {
            penalty += 3.0;
        }
        penalty
    }
}

/// Scores sentences one after another; also keeps each sentence's three strongest positive
/// model features for the explanations of its claims.
struct Scoring {
    /// Boilerplate spans, sorted, and the first that does not end before the sentence.
    boiler: Vec<Span>,
    b: usize,
    out: model::Scored,
}

impl Scoring {
    fn new(hints: &[Hint], sentences: usize) -> Scoring {
        let mut boiler: Vec<_> =
            hints.iter().filter(|h| h.kind == HintKind::Boilerplate).map(|h| h.span).collect();
        boiler.sort_unstable();
        Scoring {
            boiler,
            b: 0,
            out: model::Scored {
                scores: Vec::with_capacity(sentences),
                top: Vec::with_capacity(sentences),
                silenced: Vec::with_capacity(sentences),
                rules: Vec::with_capacity(sentences),
                logits: Vec::with_capacity(sentences),
            },
        }
    }

    /// Scores the next sentence, `s`, whose words are `range`.
    fn push(
        &mut self,
        d: &ClaimDetector,
        scorer: &mut model::Scorer,
        words: &Words,
        s: &Sentence,
        range: core::ops::Range<usize>,
    ) {
        let m = d.model.get();
        // Boilerplate spans that end before this sentence are done with.
        while self.boiler.get(self.b).is_some_and(|x| x.end <= s.span.start) {
            self.b += 1;
        }
        let silenced = self.boiler[self.b.min(self.boiler.len())..]
            .iter()
            .take_while(|x| x.start < s.span.end)
            .any(|x| x.contains(s.span) || x.overlaps(s.span) && x.len() * 2 > s.span.len());
        self.out.silenced.push(silenced);
        let mut top = model::NO_TOP;
        let mut rules = 0;
        let mut logit = f32::NEG_INFINITY;
        let score = match words.words.get(range.clone()) {
            Some(ws) if !silenced && ws.iter().any(|w| w.kind.is_wordlike()) => {
                let (sum, n, best, bits) = scorer.score(m, words, range.clone());
                rules = bits;
                let scale = model::norm(m.options(), n);
                top = best;
                for t in &mut top {
                    t.1 *= scale;
                }
                logit = m.bias() + sum * scale - d.layout_penalty(words, range);
                model::sigmoid(logit)
            }
            _ => 0.0,
        };
        self.out.scores.push(score);
        self.out.top.push(top);
        self.out.rules.push(rules);
        self.out.logits.push(logit);
    }
}

/// Options for a [`ClaimDetector`].
///
/// ```
/// use nutgraf_claims::{ClaimDetector, Stance};
///
/// let detector = ClaimDetector::builder()
///     .threshold(0.7)
///     .cue("opine", Stance::Assert)
///     .source_noun("whistleblowers")
///     .build()
///     .unwrap();
/// let text = "Whistleblowers opined that the audit was flawed.";
/// let claim = &detector.detect_text(text, &[]).claims[0];
/// assert_eq!(&text[claim.cue.unwrap().range()], "opined");
/// assert_eq!(&text[claim.claimer.unwrap().span.range()], "Whistleblowers");
/// ```
#[derive(Clone, Debug)]
pub struct ClaimDetectorBuilder {
    threshold: f32,
    model: Option<Arc<Model>>,
    cues: Vec<(String, Stance)>,
    source_nouns: Vec<String>,
    hedges: Vec<String>,
    filtering: bool,
    calibrate: bool,
}

impl Default for ClaimDetectorBuilder {
    fn default() -> Self {
        ClaimDetectorBuilder::new()
    }
}

impl ClaimDetectorBuilder {
    /// A builder with the default options.
    pub fn new() -> ClaimDetectorBuilder {
        ClaimDetectorBuilder {
            threshold: 0.5,
            model: None,
            cues: Vec::new(),
            source_nouns: Vec::new(),
            hedges: Vec::new(),
            filtering: true,
            calibrate: true,
        }
    }

    /// Whether the learned claim filter (feature `embedded`) drops the attributions it finds
    /// unlikely (default `true`). Off, every candidate the patterns propose for it is kept:
    /// the input of its trainer (`examples/train_filter.rs`), not a setting for use.
    #[doc(hidden)]
    pub fn claim_filter(&mut self, on: bool) -> &mut Self {
        self.filtering = on;
        self
    }

    /// The check-worthiness threshold in [0, 1] above which an unattributed sentence is
    /// reported as a claim (default 0.5).
    pub fn threshold(&mut self, threshold: f32) -> &mut Self {
        self.threshold = threshold;
        self
    }

    /// Whether, in a document, a sentence's check-worthiness takes in what the detector
    /// found in it (default `true`): an attributed claim adds 2 to the model's log-odds (in
    /// news the reported claim is what a checker verifies), and an unattributed sentence with
    /// none of the checkable kinds (no number, quotation, prediction, comparison or cause) or a
    /// question loses 0.9 (scene-setting and background, which the model, trained on debate
    /// speech, scores too high in news). Off, every score is the model's probability, as
    /// [`ClaimDetector::checkworthiness`] gives for a sentence alone.
    ///
    /// ```
    /// use nutgraf_claims::ClaimDetector;
    ///
    /// let text = "The mayor said the bridge would reopen. The river runs past the old mill.";
    /// let on = ClaimDetector::new().detect_text(text, &[]);
    /// let off = ClaimDetector::builder().calibrate(false).build().unwrap().detect_text(text, &[]);
    /// assert!(on.checkworthiness[0] > off.checkworthiness[0]);
    /// assert!(on.checkworthiness[1] < off.checkworthiness[1]);
    /// ```
    pub fn calibrate(&mut self, on: bool) -> &mut Self {
        self.calibrate = on;
        self
    }

    /// Uses `model` instead of the embedded one.
    pub fn model(&mut self, model: Model) -> &mut Self {
        self.model = Some(Arc::new(model));
        self
    }

    /// Adds a reporting verb (any inflection matches, through its stem) with the stance it
    /// expresses.
    pub fn cue(&mut self, verb: &str, stance: Stance) -> &mut Self {
        self.cues.push((verb.to_owned(), stance));
        self
    }

    /// Adds a noun that makes a generic source (`whistleblowers`, `insiders`).
    pub fn source_noun(&mut self, noun: &str) -> &mut Self {
        self.source_nouns.push(noun.to_owned());
        self
    }

    /// Adds a hedge word (`conceivably`).
    pub fn hedge(&mut self, word: &str) -> &mut Self {
        self.hedges.push(word.to_owned());
        self
    }

    /// Builds the detector, checking the options.
    pub fn build(&self) -> Result<ClaimDetector, BuildError> {
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(BuildError::new(BuildErrorKind::InvalidThreshold));
        }
        let check = |list: &'static str, w: &str| {
            if w.is_empty() || w.chars().any(char::is_whitespace) {
                Err(BuildError::new(BuildErrorKind::InvalidWord { list, word: w.to_owned() }))
            } else {
                Ok(nutgraf_tokenize::normalize::fold(w).into_owned())
            }
        };
        let mut d = ClaimDetector::new();
        d.threshold = self.threshold;
        d.filtering = self.filtering;
        d.calibrate = self.calibrate;
        if let Some(m) = &self.model {
            d.model = ModelRef::Owned(Arc::clone(m));
        }
        for (w, stance) in &self.cues {
            let w = check("cue", w)?;
            d.lexicon.add_stem(&d.stemmer, &w, flag::CUE, *stance);
        }
        for w in &self.source_nouns {
            let w = check("source noun", w)?;
            d.lexicon.add_exact(&w, flag::SOURCE_NOUN, Stance::Assert);
        }
        for w in &self.hedges {
            let w = check("hedge", w)?;
            d.lexicon.add_exact(&w, flag::HEDGE, Stance::Assert);
        }
        Ok(d)
    }
}

/// The crate README's example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
