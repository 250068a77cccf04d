//! The learned cue model: which words report an attribution that the rules' word lists miss
//! (`raised questions about`, `focused on`, `doubled down on`). A logistic regression over
//! hashed features of a word and its neighbours, trained on the PolNeAR training articles by
//! `examples/train_cues.rs` (see `DATA_SOURCES.md`); only the words that head a cue there at
//! least twice are scored (the lexicon marks them `flag::LEARNED_CUE`).

use nutgraf_tokenize::{Span, Token, TokenKind};

use crate::features::mix;
use crate::lexicon::fnv;
use crate::words::{Shape, Word, Words};

/// A word the model scores at least this probable is a cue.
pub(crate) const THRESHOLD: f32 = 0.3;

/// A listed cue word the model scores less probable than this is no cue here.
pub(crate) const VETO: f32 = 0.1;

// Feature family seeds.
const F_WORD: u64 = 0x6375_6577;
const F_SUFFIX3: u64 = 0x6375_6533;
const F_SUFFIX2: u64 = 0x6375_6532;
const F_PREV: u64 = 0x6375_6570;
const F_PREV2: u64 = 0x6375_6571;
const F_NEXT: u64 = 0x6375_656e;
const F_NEXT2: u64 = 0x6375_656f;
const F_PREV_WORD: u64 = 0x0063_7565_7077;
const F_WORD_NEXT: u64 = 0x0063_7565_776e;
const F_SHAPES_BEFORE: u64 = 0x6375_6562;
const F_SHAPES_AFTER: u64 = 0x6375_6561;
const F_BIAS: u64 = 0x6375_6500;

/// The term of a missing neighbour (before the sentence or after it).
const EDGE: u64 = 0x3c65_6467_653e;

/// Appends the features of word `k` of the sentence `ws` to `out`.
pub(crate) fn features(words: &Words, ws: &[Word], k: usize, out: &mut Vec<u64>) {
    let term = |j: Option<usize>| j.and_then(|j| ws.get(j)).map_or(EDGE, |w| w.term);
    let shape = |j: Option<usize>| match j.and_then(|j| ws.get(j)) {
        None => b'S',
        Some(w) if !w.kind.is_wordlike() => b'p',
        Some(w) if w.shape == Shape::Lower => b'l',
        Some(_) => b'C',
    };
    let (p1, p2, p3) = (k.checked_sub(1), k.checked_sub(2), k.checked_sub(3));
    let (n1, n2) = (Some(k + 1), Some(k + 2));
    let w = term(Some(k));
    let folded = ws.get(k).map_or("", |x| words.lower(x)).as_bytes();
    let suffix = |n: usize| &folded[folded.len().saturating_sub(n)..];
    out.push(F_BIAS);
    out.push(mix(F_WORD, w));
    out.push(mix(F_SUFFIX3, fnv(suffix(3))));
    out.push(mix(F_SUFFIX2, fnv(suffix(2))));
    out.push(mix(F_PREV, term(p1)));
    out.push(mix(F_PREV2, term(p2)));
    out.push(mix(F_NEXT, term(n1)));
    out.push(mix(F_NEXT2, term(n2)));
    out.push(mix(mix(F_PREV_WORD, term(p1)), w));
    out.push(mix(mix(F_WORD_NEXT, w), term(n1)));
    out.push(mix(F_SHAPES_BEFORE, fnv(&[shape(p1), shape(p2), shape(p3)])));
    out.push(mix(F_SHAPES_AFTER, fnv(&[shape(n1), shape(n2)])));
}

/// The words of one sentence (its `tokens`, spans into `text`) that the learned cue model
/// can score — lowercase words — each with its span and the hashes of its cue features: the
/// input of a cue model like the embedded one (`examples/train_cues.rs`), which scores them
/// with [`Model::logit`](crate::model::Model::logit) of a model without normalisation.
pub fn cue_candidates(text: &str, tokens: &[Token]) -> Vec<(Span, Vec<u64>)> {
    let d = crate::lexicon::defaults();
    let mut words = Words::default();
    words.build_one(text, tokens, &d.lexicon, &d.stemmer);
    let ws = &words.words[..];
    ws.iter()
        .enumerate()
        .filter(|(_, w)| w.kind == TokenKind::Word && w.shape == Shape::Lower)
        .map(|(k, w)| {
            let mut f = Vec::with_capacity(12);
            crate::cues::features(&words, ws, k, &mut f);
            (w.span, f)
        })
        .collect()
}
