//! The learned claim filter: whether an attribution the patterns found is one a reader (the
//! PolNeAR annotators) would mark. A logistic regression over hashed features of the claim as
//! built — its pattern, its cue's words, its claimer's kind and form, the length and first
//! words of its content, the cue model's probability — trained on the PolNeAR training
//! articles by `examples/train_filter.rs` (see `DATA_SOURCES.md`). With it the patterns
//! propose learned cues (words the rules' lists miss) from lower probabilities of the cue
//! model: before a clause, a quotation or a preposition from [`CANDIDATE_THRESHOLD`], before
//! a plain object from [`CANDIDATE_OBJECT_THRESHOLD`] when the claimer is known to speak (a
//! personal pronoun, a person or body of the hints, a common noun phrase of people; not a
//! bare capitalised name, which may be a country that acts: the seed article's `North Korea
//! recognized the independence …` is no claim). The filter keeps such a claim when it scores
//! at least [`THRESHOLD`]. The claims of listed cues are the patterns' alone. It runs once
//! per attributed claim, never per word, so it costs next to nothing.

use nutgraf_tokenize::Span;

use crate::claim::Claim;
use crate::features::mix;
use crate::lexicon::fnv;

/// A claim the filter scores at least this probable is kept (chosen on the held-out fifth of
/// the training articles, see `DATA_SOURCES.md`).
pub(crate) const THRESHOLD: f32 = 0.4;

/// With the filter, a learned cue is proposed from this probability of the cue model on.
pub(crate) const CANDIDATE_THRESHOLD: f32 = 0.1;

/// With the filter, a learned cue with a plain object is proposed from this probability on
/// (its claimer must be known to speak, see `find_in_sentence`); without it, from 0.6.
pub(crate) const CANDIDATE_OBJECT_THRESHOLD: f32 = 0.2;

/// The name of the reason that carries the cue model's probability of a learned cue.
pub(crate) const CUE_MODEL_REASON: &str = "cue-model";

// Feature family seeds.
const F_BIAS: u64 = 0x6669_6c00;
const F_PATTERN: u64 = 0x6669_6c01;
const F_CUE: u64 = 0x6669_6c02;
const F_CUE_LAST: u64 = 0x6669_6c03;
const F_KIND: u64 = 0x6669_6c04;
const F_PATTERN_KIND: u64 = 0x6669_6c05;
const F_CUE_PATTERN: u64 = 0x6669_6c06;
const F_CUE_KIND: u64 = 0x6669_6c07;
const F_CLAIMER_WORD: u64 = 0x6669_6c08;
const F_CLAIMER_LEN: u64 = 0x6669_6c09;
const F_CONTENT_LEN: u64 = 0x6669_6c0a;
const F_CONTENT_FIRST: u64 = 0x6669_6c0b;
const F_CONTENT_QUOTE: u64 = 0x6669_6c0c;
const F_AFTER_CUE: u64 = 0x6669_6c0d;
const F_BEFORE_CUE: u64 = 0x6669_6c0e;
const F_PROB: u64 = 0x6669_6c0f;
const F_PROB_PATTERN: u64 = 0x6669_6c10;
const F_STANCE: u64 = 0x6669_6c11;
const F_QUOTES: u64 = 0x6669_6c12;
const F_CUE_AFTER: u64 = 0x6669_6c13;
const F_CONTENT_LEN_PATTERN: u64 = 0x6669_6c14;
const F_CLAIMER_SIDE: u64 = 0x6669_6c15;
const F_RESPONDS: u64 = 0x6669_6c16;
const F_PROB_KIND: u64 = 0x6669_6c17;

/// Lowercase bytes of at most 24 letters of `s`, in `buf`.
fn folded<'b>(s: &str, buf: &'b mut [u8; 24]) -> &'b [u8] {
    let mut n = 0;
    for b in s.bytes() {
        if n == buf.len() {
            break;
        }
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    &buf[..n]
}

/// The hash of the first word of `s` (lowercase; a punctuation mark is a word).
fn first_word(s: &str) -> u64 {
    let s = s.trim_start();
    let end = s
        .char_indices()
        .find(|&(k, c)| k > 0 && (c.is_whitespace() || !c.is_alphanumeric() && c != '\''))
        .map_or(s.len(), |(k, _)| k);
    let mut buf = [0; 24];
    fnv(folded(&s[..end], &mut buf))
}

/// The hash of the last word of `s`.
fn last_word(s: &str) -> u64 {
    let s = s.trim_end();
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || !c.is_alphanumeric() && c != '\'')
        .map_or(0, |(k, c)| if k + c.len_utf8() == s.len() { k } else { k + c.len_utf8() });
    let mut buf = [0; 24];
    fnv(folded(&s[start..], &mut buf))
}

/// A bucket of a count: 0, 1, 2, 3–4, 5–8, 9–16, 17–32, more.
fn bucket(n: usize) -> u64 {
    match n {
        0..=2 => n as u64,
        3..=4 => 3,
        5..=8 => 4,
        9..=16 => 5,
        17..=32 => 6,
        _ => 7,
    }
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The hashed features of the claim filter for an attributed claim `claim` of `text` (with
/// the reasons [`ClaimDetector::detect`](crate::ClaimDetector::detect) gives it), appended
/// to `out`; nothing for a claim without a cue. The input of a filter model like the
/// embedded one (`examples/train_filter.rs`), which scores them with
/// [`Model::logit`](crate::model::Model::logit) of a model without normalisation.
pub fn claim_features(text: &str, claim: &Claim, out: &mut Vec<u64>) {
    let Some(cue) = claim.cue else { return };
    let get = |s: Span| s.get(text).unwrap_or("");
    let pattern = claim
        .why
        .iter()
        .find_map(|r| r.feature.strip_prefix("pattern:"))
        .map_or(0, |p| fnv(p.as_bytes()));
    let prob = claim.why.iter().find(|r| r.feature == CUE_MODEL_REASON).map(|r| r.weight);
    // The cue model's probability in tenths (11: a listed cue the model did not score).
    let prob = prob.map_or(11, |p| (p.clamp(0.0, 1.0) * 10.0) as u64);
    let cue_text = get(cue);
    let mut buf = [0; 24];
    let cue_h = fnv(folded(cue_text, &mut buf));
    let cue_last = last_word(cue_text);
    let kind = claim.claimer.map_or(0, |c| c.kind as u64 + 1);
    out.push(F_BIAS);
    out.push(mix(F_PATTERN, pattern));
    out.push(mix(F_CUE, cue_h));
    out.push(mix(F_CUE_LAST, cue_last));
    out.push(mix(F_KIND, kind));
    out.push(mix(mix(F_PATTERN_KIND, pattern), kind));
    out.push(mix(mix(F_CUE_PATTERN, cue_last), pattern));
    out.push(mix(mix(F_CUE_KIND, cue_last), kind));
    out.push(mix(F_PROB, prob));
    out.push(mix(mix(F_PROB_PATTERN, prob), pattern));
    out.push(mix(mix(F_PROB_KIND, prob), kind));
    out.push(mix(F_STANCE, claim.stance as u64));
    out.push(mix(F_QUOTES, u64::from(!claim.quotes.is_empty())));
    out.push(mix(F_RESPONDS, u64::from(claim.responds_to.is_some())));
    if let Some(c) = claim.claimer {
        let who = get(c.span);
        let n = words(who);
        // A one-word claimer by its word (`he`, `who`, `officials`), a longer one by its
        // shape.
        let word = if n == 1 {
            let mut b = [0; 24];
            fnv(folded(who, &mut b))
        } else {
            u64::from(who.starts_with(|ch: char| ch.is_uppercase()))
        };
        out.push(mix(F_CLAIMER_WORD, word));
        out.push(mix(F_CLAIMER_LEN, bucket(n)));
        out.push(mix(F_CLAIMER_SIDE, u64::from(c.span.start > cue.start)));
    } else {
        out.push(mix(F_CLAIMER_WORD, 2));
    }
    match claim.content {
        Some(c) => {
            let content = get(c);
            let n = bucket(words(content));
            out.push(mix(F_CONTENT_LEN, n));
            out.push(mix(mix(F_CONTENT_LEN_PATTERN, n), pattern));
            out.push(mix(F_CONTENT_FIRST, first_word(content)));
            let quote = content.starts_with(['“', '"', '\'', '«', '‘']);
            out.push(mix(F_CONTENT_QUOTE, u64::from(quote)));
        }
        None => out.push(mix(F_CONTENT_LEN, 99)),
    }
    let after = first_word(text.get(cue.end..).unwrap_or(""));
    out.push(mix(F_AFTER_CUE, after));
    out.push(mix(mix(F_CUE_AFTER, cue_last), after));
    out.push(mix(F_BEFORE_CUE, last_word(text.get(..cue.start).unwrap_or(""))));
}

/// Whether the claim filter `model` keeps `claim`; `feats` is a buffer.
pub(crate) fn keep(
    model: &crate::model::Model,
    text: &str,
    claim: &Claim,
    feats: &mut Vec<u64>,
) -> bool {
    // Only learned cues are proposed more freely than the rules would: the filter judges
    // those, and leaves the claims of listed cues to the patterns.
    if claim.cue.is_none() || !claim.why.iter().any(|r| r.feature == CUE_MODEL_REASON) {
        return true;
    }
    feats.clear();
    claim_features(text, claim, feats);
    crate::model::sigmoid(model.logit(feats)) >= THRESHOLD
}
