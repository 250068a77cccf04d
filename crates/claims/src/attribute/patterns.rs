//! The attribution patterns tried at each cue word: verb cues with a source on either side,
//! `according to`, reporting nouns, passives and reporting adverbs.

use nutgraf_tokenize::TokenKind;

use super::content::{clause_after, content_after, content_before};
use super::np::{left_np, right_np};
use super::{Ctx, Found, MAX_CLAIMS_PER_SENTENCE, MAX_CLAUSE_WORDS, MAX_GAP, Np};
use crate::claim::{ClaimerKind, Stance};
use crate::lexicon::flag;
use crate::words::Shape;

/// True for a word that can stand between a subject and its verb.
pub(super) fn is_gap(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(w) = ctx.w.get(i) else { return false };
    if w.shape != Shape::Lower || !ctx.is_word(i) {
        return false;
    }
    let s = ctx.words.lower(w);
    (w.has(flag::AUX)
        || w.has(flag::NEG)
        || (s.ends_with("ly") && s.len() > 4 && !w.has(flag::SOURCE_NOUN)))
        && !w.has(flag::PRON_OTHER | flag::PRON_PERSON | flag::PREP)
        || s == "n't"
}

pub(super) fn find_in_sentence(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    s1: usize,
    out: &mut Vec<Found>,
) {
    // The first word that is not punctuation, a clause word or `and`: an `according to`
    // up to here opens the sentence.
    let lead = (s0..s1)
        .find(|&k| {
            !(ctx.kind(k) == Some(TokenKind::Punct) || ctx.has(k, flag::CLAUSE) || ctx.is(k, "and"))
        })
        .unwrap_or(s1);
    let mut i = s0;
    while i < s1 && out.len() < MAX_CLAIMS_PER_SENTENCE {
        let Some(w) = ctx.w.get(i) else { break };
        let next = i + 1;
        // `according to SOURCE`
        if w.has(flag::ACCORDING) && ctx.is(i + 1, "to") {
            if let Some(f) = according_to(ctx, si, s0, s1, i, i <= lead) {
                out.push(f);
            }
            i += 2;
            continue;
        }
        if w.has(flag::CUE_ADV) && w.kind == TokenKind::Word {
            out.push(Found {
                cue: (i, i),
                claimer: None,
                content: clause_after(ctx, s0, s0, s1).or_else(|| Some(ctx.span(s0, s1 - 1))),
                stance: Stance::Assert,
                pattern: "pattern:reporting-adverb",
                sentences: (si, si),
            });
            i = next;
            continue;
        }
        let is_cue = w.has(flag::CUE) && w.kind == TokenKind::Word && w.shape == Shape::Lower;
        let is_noun = w.has(flag::REPORT_NOUN) && w.kind == TokenKind::Word;
        if !is_cue && !is_noun {
            i = next;
            continue;
        }
        // A reporting noun: `the claim that`, `his assertion that`, `Trump's claim that`.
        let prev_det = i > s0 && (ctx.has(i - 1, flag::DET) || ctx.is(i - 1, "'s"));
        if is_noun && (prev_det || !is_cue) {
            if (ctx.is(i + 1, "that") || ctx.is(i + 1, ":"))
                && let Some(f) = reporting_noun(ctx, si, s0, s1, i)
            {
                out.push(f);
            }
            i = next;
            continue;
        }
        if !is_cue
            || prev_det
            || (i > s0 && ctx.is(i - 1, "to") && !ctx.is(i.saturating_sub(2), "on"))
        {
            i = next;
            continue;
        }
        // `Media reports suggest`: a noun cue right before a verb cue is part of the source.
        if w.has(flag::SOURCE_NOUN)
            && ctx.has(i + 1, flag::CUE)
            && ctx.w.get(i + 1).is_some_and(|n| n.shape == Shape::Lower)
        {
            i = next;
            continue;
        }
        if let Some(f) = verb_cue(ctx, si, s0, s1, i) {
            out.push(f);
        }
        i = next;
    }
}

/// Stance of the cue at `cue`, flipped by a negation between `from` and the cue.
pub(super) fn stance(ctx: &Ctx<'_>, cue: usize, from: usize) -> Stance {
    let base = ctx.w.get(cue).map_or(Stance::Assert, |w| w.stance);
    let negated = (from..cue).any(|k| {
        ctx.has(k, flag::NEG) && ctx.w.get(k).is_some_and(|w| w.shape == Shape::Lower)
            || ctx.is(k, "n't")
    });
    match (base, negated) {
        (Stance::Assert, true) => Stance::Deny,
        (Stance::Deny, true) => Stance::Assert,
        (s, _) => s,
    }
}

pub(super) fn verb_cue(ctx: &Ctx<'_>, si: usize, s0: usize, s1: usize, i: usize) -> Option<Found> {
    // CONTENT, CUE SOURCE: `…, said Smith.` / `“…,” says the report.`
    let after_break = i > s0 && (ctx.is_comma(i - 1) || ctx.is_close_quote(i - 1));
    if after_break
        && let Some(np) = right_np(ctx, i + 1, s1)
        && (ctx.is_end(np.last + 1, s1) || ctx.is_comma(np.last + 1))
    {
        let content = content_before(ctx, si, s0, i);
        return Some(Found {
            cue: (i, i),
            claimer: Some(np),
            content: content.0,
            stance: stance(ctx, i, i),
            pattern: "pattern:content-cue-source",
            sentences: (content.1, si),
        });
    }
    // Left source, skipping auxiliaries, adverbs and negation.
    let mut j = i;
    let mut gap = 0;
    while j > s0 && gap < MAX_GAP && is_gap(ctx, j - 1) {
        j -= 1;
        gap += 1;
    }
    let subject_end = j.checked_sub(1).filter(|&k| k >= s0)?;
    // Passive: `it was reported that …`, `it is claimed that …`.
    let participle = !ctx.low(i).ends_with("ing") && !ctx.low(i).ends_with('s');
    let expletive = ctx.is(subject_end, "it") || ctx.is(subject_end, "is") && subject_end == s0;
    if gap > 0 && participle && expletive && ctx.is(i + 1, "that") {
        let is_be =
            matches!(ctx.low(i - 1), "was" | "is" | "were" | "are" | "been" | "be" | "being");
        if is_be {
            return Some(Found {
                cue: (i - 1, i),
                claimer: None,
                content: clause_after(ctx, i + 2, s0, s1),
                stance: stance(ctx, i, subject_end + 1),
                pattern: "pattern:passive",
                sentences: (si, si),
            });
        }
    }
    let mut np = left_np(ctx, s0, subject_end);
    // An appositive before the verb: `…, Yuri Ushakov, said`.
    if np.is_none() && ctx.is(subject_end, ",") && subject_end > s0 {
        np = left_np(ctx, s0, subject_end - 1)
            .filter(|n| n.kind != ClaimerKind::Generic || n.first > s0);
    }
    let np = np?;
    let neg_from = np.last + 1;
    // What follows the cue.
    let mut k = i + 1;
    // particles and indirect objects: `pointed out`, `told reporters`, `told CNN`
    if ctx.is(k, "out") || ctx.is(k, "up") {
        k += 1;
    }
    if ctx.w.get(i).is_some_and(|w| {
        matches!(
            ctx.words.lower(w),
            "told" | "tell" | "tells" | "telling" | "assured" | "warned" | "informed" | "reminded"
        )
    }) {
        let mut m = k;
        while m < s1
            && m < k + 4
            && !ctx.is(m, "that")
            && !ctx.is_comma(m)
            && !ctx.is(m, ":")
            && !ctx.is_open_quote(m)
        {
            m += 1;
        }
        if ctx.is(m, "that") || ctx.is(m, ":") || ctx.is_open_quote(m) {
            k = m;
        }
    }
    // `said on Friday that`, `said in a statement that`, `said last September that`, `said
    // again that`: a short adjunct before `that`.
    if !ctx.is(k, "that") {
        let mut m = k;
        while m < s1
            && m < k + 6
            && !ctx.is(m, "that")
            && !ctx.is_end(m, s1)
            && !ctx.is_open_quote(m)
            && !ctx.has(m, flag::CUE)
        {
            m += 1;
        }
        if ctx.is(m, "that")
            && (ctx.has(k, flag::PREP)
                || ctx.has(k, flag::MONTH)
                || ctx.is_cap(k)
                || ctx.is_comma(k)
                || ctx.in_date(k)
                || matches!(
                    ctx.low(k),
                    "again" | "repeatedly" | "previously" | "earlier" | "later" | "publicly"
                ))
        {
            k = m;
        }
    }
    let np_after_break =
        np.first > s0 && (ctx.is_comma(np.first - 1) || ctx.is_close_quote(np.first - 1));
    // `“…,” X said in a statement.`, `…, X told a Senate panel on Wednesday.`, `…, she said,
    // adding that …`: what follows the cue is no content of its own.
    let cue_at_end = ctx.is_end(k, s1)
        || (ctx.is_comma(k) && ctx.is_end(k + 1, s1))
        || np_after_break && adjunct_tail(ctx, i, k, s1);
    let (content, first_sentence, pattern) = if np_after_break && cue_at_end {
        // CONTENT, SOURCE CUE.
        let (c, fs) = content_before(ctx, si, s0, np.first);
        (c, fs, "pattern:content-source-cue")
    } else if cue_at_end && np.first == s0 {
        // `… , he said.` split off as its own sentence by a quote: content in the quote before.
        let (c, fs) = content_before(ctx, si, s0, np.first);
        (c, fs, "pattern:content-source-cue")
    } else {
        let start = if ctx.is(k, "that") || ctx.is(k, ":") || ctx.is(k, ",") { k + 1 } else { k };
        let (c, last_sentence) = content_after(ctx, si, start, s0, s1);
        return Some(Found {
            cue: (i, i),
            claimer: Some(np),
            content: c,
            stance: stance(ctx, i, neg_from),
            pattern: "pattern:source-cue-content",
            sentences: (si, last_sentence),
        });
    };
    Some(Found {
        cue: (i, i),
        claimer: Some(np),
        content,
        stance: stance(ctx, i, neg_from),
        pattern,
        sentences: (first_sentence, si),
    })
}

/// Whether the words from `k` (after the cue at `i`) to the end of the sentence are only an
/// adjunct: a phrase of place, time or manner (`in a statement`, `on Monday`, `recently in
/// New York`, `at the time`), the addressee of a verb of telling (`told a Senate panel`),
/// or a participle clause of its own after a comma (`, adding that …`).
fn adjunct_tail(ctx: &Ctx<'_>, i: usize, k: usize, s1: usize) -> bool {
    let telling = matches!(ctx.low(i), "told" | "tell" | "tells" | "telling");
    let opens = |m: usize| {
        ctx.has(m, flag::PREP)
            || ctx.in_date(m)
            || matches!(
                ctx.low(m),
                "recently" | "today" | "yesterday" | "tonight" | "again" | "later" | "earlier"
                    | "repeatedly" | "previously" | "publicly" | "privately" | "often" | "once"
                    | "then" | "last" | "this" | "next" | "also"
            )
    };
    if !(opens(k) || telling || ctx.is_comma(k)) {
        return false;
    }
    let mut m = k;
    while m < s1 && m < k + 16 {
        if ctx.is_end(m, s1) {
            return true;
        }
        if ctx.is_comma(m) {
            // `, adding that …`, `, saying …`: a claim of its own follows.
            let next = ctx.low(m + 1);
            return m > k && ctx.is_end(m + 1, s1)
                || next.ends_with("ing") && ctx.has(m + 1, flag::CUE)
                || ctx.is_end(m + 1, s1);
        }
        let lower = ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower);
        if ctx.is(m, "that")
            || ctx.is_open_quote(m)
            || ctx.is(m, ":")
            || lower && ctx.has(m, flag::AUX | flag::BE_HAVE | flag::MODAL | flag::CUE)
            || lower && ctx.has(m, flag::PRON_PERSON | flag::PRON_OTHER)
        {
            return false;
        }
        m += 1;
    }
    ctx.is_end(m, s1)
}

/// `according to SOURCE` at word `i`; `initial` when only punctuation, clause words and
/// `and` come before it in the sentence.
pub(super) fn according_to(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    s1: usize,
    i: usize,
    initial: bool,
) -> Option<Found> {
    let np = right_np(ctx, i + 2, s1)?;
    let (content, sentences) = if initial {
        let mut k = np.last + 1;
        let stop = s1.min(k + MAX_CLAUSE_WORDS);
        while k < stop && !ctx.is_comma(k) && !ctx.is_end(k, s1) {
            k += 1;
        }
        (clause_after(ctx, k + 1, s0, s1), (si, si))
    } else {
        let (c, fs) = content_before(ctx, si, s0, i);
        (c, (fs, si))
    };
    Some(Found {
        cue: (i, i + 1),
        claimer: Some(np),
        content,
        stance: Stance::Assert,
        pattern: "pattern:according-to",
        sentences,
    })
}

pub(super) fn reporting_noun(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    s1: usize,
    i: usize,
) -> Option<Found> {
    let claimer = if i > s0 && ctx.has(i - 1, flag::DET) {
        let p = i - 1;
        match ctx.low(p) {
            "his" | "her" => Some(Np {
                first: p,
                last: p,
                kind: ClaimerKind::Person,
                refers_to: ctx.person_before(ctx.w.get(p)?.span.start),
            }),
            "their" | "its" => {
                Some(Np { first: p, last: p, kind: ClaimerKind::Generic, refers_to: None })
            }
            _ => None,
        }
    } else if i > s0 + 1 && ctx.is(i - 1, "'s") {
        left_np(ctx, s0, i - 2)
    } else {
        None
    };
    let (content, last) = content_after(ctx, si, i + 2, s0, s1);
    content?;
    Some(Found {
        cue: (i, i),
        claimer,
        content,
        stance: ctx.w.get(i).map_or(Stance::Assert, |w| w.stance),
        pattern: "pattern:reporting-noun",
        sentences: (si, last),
    })
}
