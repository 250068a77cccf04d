//! The details of a found claim: its span, score, hedges, quotations, numbers, kinds and the
//! reasons that fired.

use std::borrow::Cow;

use nutgraf_tokenize::{Sentence, Span, TokenKind};

use super::{Ctx, Found, MAX_CLAIM_WORDS};

/// The mark of a claim that answers an earlier one, until the claims of its block are in
/// order and [`link_responses`](super::link_responses) finds which.
pub(super) const RESPONDS: usize = usize::MAX;
use crate::claim::{Claim, ClaimKind, Claimer, ClaimerKind, Reason, Stance};
use crate::lexicon::flag;
use crate::model::{ScoredBlock, name_top};
use crate::words::{Shape, is_year, rule};

pub(super) fn build_claim(
    ctx: &Ctx<'_>,
    sentences: &[Sentence],
    scored: ScoredBlock<'_>,
    f: &Found,
) -> Claim {
    let scores = scored.scores;
    let (fs, ls) = f.sentences;
    let mut span = match (sentences.get(fs), sentences.get(ls)) {
        (Some(a), Some(b)) => a.span.cover(b.span),
        (Some(a), None) | (None, Some(a)) => a.span,
        _ => Span::default(),
    };
    let score = (fs..=ls).filter_map(|s| scores.get(s)).copied().fold(0.0f32, f32::max);
    let attributed = f.cue.0 != usize::MAX;
    let cue = attributed.then(|| ctx.span(f.cue.0, f.cue.1));
    let claimer = f.claimer.map(|np| Claimer {
        span: ctx.span(np.first, np.last),
        kind: np.kind,
        refers_to: np.refers_to,
        head: np.head.map(|(a, b)| ctx.span(a, b)),
    });
    // Word ranges of the claim and of its content.
    let mut all = match (ctx.words.sentences.get(fs), ctx.words.sentences.get(ls)) {
        (Some(a), Some(b)) => a.start..b.end,
        _ => 0..0,
    };
    let content_words = match f.content {
        Some(c) => {
            let a = ctx.word_at(c.start, all.start, all.end);
            let b = ctx.word_at(c.end, a, all.end);
            a..b
        }
        None => all.clone(),
    };
    // In run-on text the claim is its own words (claimer, cue, content), not a sentence
    // that no reader would call one.
    if all.len() > MAX_CLAIM_WORDS && attributed {
        let (mut lo, mut hi) = (f.cue.0, f.cue.1 + 1);
        if let Some(np) = f.claimer {
            (lo, hi) = (lo.min(np.first), hi.max(np.last + 1));
        }
        if f.content.is_some() {
            (lo, hi) = (lo.min(content_words.start), hi.max(content_words.end));
        }
        all = lo.max(all.start)..hi.min(all.end);
        span = ctx.span(all.start, all.end.saturating_sub(1));
    }
    let hedges = hedges(ctx, all.clone(), f.cue);
    let numbers = numbers(ctx, content_words.clone());
    let first_quote = ctx.quotes.partition_point(|q| q.0 < all.start);
    let quotes: Vec<Span> = ctx.quotes[first_quote..]
        .iter()
        .take_while(|q| q.0 < all.end)
        .filter(|q| q.1 < all.end)
        .map(|&(o, c)| ctx.span(o, c))
        .collect();
    let mut kinds = Vec::new();
    if !numbers.is_empty() {
        kinds.push(ClaimKind::Statistical);
    }
    if !quotes.is_empty() {
        kinds.push(ClaimKind::Quotation);
    }
    if attributed {
        kinds.push(ClaimKind::Attributed);
    }
    if is_prediction(ctx, content_words.clone()) {
        kinds.push(ClaimKind::Prediction);
    }
    if is_comparison(ctx, content_words.clone()) {
        kinds.push(ClaimKind::Comparison);
    }
    if is_causal(ctx, content_words.clone()) {
        kinds.push(ClaimKind::Causal);
    }
    if kinds.is_empty() {
        kinds.push(ClaimKind::Factual);
    }
    let stance = f.stance;
    // Room for every reason below (pattern, cue, claimer and link, stance, quotation, the
    // hedges and numbers, up to three model features), so the vector never grows.
    let mut why: Vec<Reason> = Vec::with_capacity(9 + hedges.len() + numbers.len());
    let r = |s: String| Reason { feature: Cow::Owned(s), weight: 0.0 };
    why.push(Reason { feature: Cow::Borrowed(f.pattern), weight: 0.0 });
    if let Some(c) = cue {
        why.push(r(format!(
            "cue:{}",
            nutgraf_tokenize::normalize::fold(c.get(ctx.text).unwrap_or(""))
        )));
    }
    if let Some(c) = &claimer {
        let kind = match c.kind {
            ClaimerKind::Person => "claimer:person",
            ClaimerKind::Organization => "claimer:organization",
            ClaimerKind::Place => "claimer:place",
            ClaimerKind::Generic => "claimer:generic",
        };
        why.push(Reason { feature: Cow::Borrowed(kind), weight: 0.0 });
        if c.refers_to.is_some() {
            why.push(Reason { feature: Cow::Borrowed("claimer:linked"), weight: 0.0 });
        }
    }
    match stance {
        Stance::Deny => why.push(Reason { feature: Cow::Borrowed("stance:deny"), weight: 0.0 }),
        Stance::Question => {
            why.push(Reason { feature: Cow::Borrowed("stance:question"), weight: 0.0 })
        }
        _ => {}
    }
    for h in &hedges {
        why.push(r(format!(
            "hedge:{}",
            nutgraf_tokenize::normalize::fold(h.get(ctx.text).unwrap_or(""))
        )));
    }
    if !quotes.is_empty() {
        why.push(Reason { feature: Cow::Borrowed("quotation"), weight: 0.0 });
    }
    for n in &numbers {
        why.push(r(format!("number:{}", n.get(ctx.text).unwrap_or(""))));
    }
    if let (Some(range), Some(top)) = (ctx.words.sentences.get(fs), scored.top.get(fs)) {
        name_top(ctx.words, range.clone(), top, &mut why);
    }
    Claim {
        span,
        score,
        content: f.content,
        claimer,
        cue,
        stance,
        hedges,
        quotes,
        numbers,
        kinds,
        why,
        responds_to: f.responds.then_some(RESPONDS),
    }
}

/// Is word `k` a number or quantity word?
pub(super) fn is_quantity(ctx: &Ctx<'_>, k: usize) -> bool {
    match ctx.kind(k) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => {
            ctx.has(k, flag::NUMWORD) && ctx.w.get(k).is_some_and(|w| w.shape == Shape::Lower)
        }
        Some(TokenKind::Symbol) => matches!(ctx.low(k), "$" | "£" | "€" | "¥"),
        _ => false,
    }
}

pub(super) fn hedges(
    ctx: &Ctx<'_>,
    range: core::ops::Range<usize>,
    cue: (usize, usize),
) -> Vec<Span> {
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let Some(w) = ctx.w.get(k) else { break };
        if w.shape != Shape::Lower || w.kind != TokenKind::Word {
            k += 1;
            continue;
        }
        let low = if w.has(flag::PATTERN) { ctx.words.lower(w) } else { "" };
        // Degree + certainty: `quite certain`, `fairly sure`, `almost certainly`.
        if matches!(
            low,
            "quite"
                | "fairly"
                | "rather"
                | "pretty"
                | "relatively"
                | "somewhat"
                | "reasonably"
                | "almost"
                | "nearly"
                | "not"
        ) && matches!(
            ctx.low(k + 1),
            "certain"
                | "sure"
                | "confident"
                | "likely"
                | "clear"
                | "convinced"
                | "possible"
                | "probable"
                | "certainly"
                | "surely"
        ) {
            out.push(ctx.span(k, k + 1));
            k += 2;
            continue;
        }
        let two = |a: &str, b: &str| low == a && ctx.is(k + 1, b);
        if (two("at", "least")
            || two("up", "to")
            || two("more", "than")
            || two("less", "than")
            || two("fewer", "than")
            || two("close", "to"))
            && is_quantity(ctx, k + 2)
        {
            out.push(ctx.span(k, k + 1));
            k += 2;
            continue;
        }
        if (low == "as"
            && matches!(ctx.low(k + 1), "many" | "much" | "few" | "little")
            && ctx.is(k + 2, "as"))
            && is_quantity(ctx, k + 3)
        {
            out.push(ctx.span(k, k + 2));
            k += 3;
            continue;
        }
        let approx = w.has(flag::APPROX) && is_quantity(ctx, k + 1);
        let in_cue = cue.0 <= k && k <= cue.1;
        if approx || w.has(flag::HEDGE) && (!in_cue || w.has(flag::CUE_ADV)) {
            out.push(w.span);
        }
        k += 1;
    }
    out
}

pub(super) fn numbers(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    each_number(ctx, range, |span| {
        out.push(span);
        true
    });
    out
}

/// Whether the words `range` hold a number (as [`numbers`] finds them).
fn has_number(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    let mut found = false;
    each_number(ctx, range, |_| {
        found = true;
        false
    });
    found
}

/// Calls `each` with the span of every number of the words `range` (a count, amount or
/// share; not a year, a date or a time of day), in order, until it returns `false`.
#[inline]
fn each_number(ctx: &Ctx<'_>, range: core::ops::Range<usize>, mut each: impl FnMut(Span) -> bool) {
    let mut k = range.start;
    let mut date_until = 0usize;
    while k < range.end {
        let Some(w) = ctx.w.get(k) else { break };
        let low = ctx.words.lower(w);
        if w.has(flag::MONTH) && w.shape != Shape::Lower {
            // `June 19-20`, `January 5, 2024`: date numbers.
            let mut m = k + 1;
            while m < range.end
                && m < k + 6
                && (ctx.kind(m) == Some(TokenKind::Number)
                    || matches!(ctx.low(m), "-" | "," | "–" | "to" | "and"))
            {
                m += 1;
            }
            date_until = m;
            k += 1;
            continue;
        }
        let start_here = match w.kind {
            TokenKind::Number => {
                let year = is_year(low) && !ctx.has(k + 1, flag::UNIT);
                let dated = k < date_until
                    || ctx.has(k + 1, flag::MONTH)
                        && ctx.w.get(k + 1).is_some_and(|x| x.shape != Shape::Lower);
                let time =
                    low.contains(':') || matches!(ctx.low(k + 1), "a.m." | "p.m." | "am" | "pm");
                !(year || dated || time)
            }
            TokenKind::Symbol => {
                matches!(low, "$" | "£" | "€" | "¥") && ctx.kind(k + 1) == Some(TokenKind::Number)
            }
            TokenKind::Word => {
                w.shape == Shape::Lower
                    && w.has(flag::NUMWORD)
                    && !(low == "one"
                        && (matches!(ctx.low(k + 1), "of" | "another" | "day" | "thing" | "way")
                            || ctx.kind(k + 1) == Some(TokenKind::Punct)
                            || k > 0 && ctx.has(k - 1, flag::DET) && !ctx.has(k - 1, flag::APPROX)))
                    && (low != "half" || ctx.is(k + 1, "of"))
                    && !(k > 0 && matches!(ctx.low(k - 1), "the" | "these" | "those" | "both"))
                    && !matches!(low, "double" | "triple" | "twice")
            }
            _ => false,
        };
        if !start_here {
            k += 1;
            continue;
        }
        let first = k;
        let mut last = k;
        let mut m = k + 1;
        // Number parts: `$ 1.2 bn`, `45 %`, `3 million`, `two hundred`.
        while m < range.end {
            let ok = match ctx.kind(m) {
                Some(TokenKind::Number) => {
                    ctx.kind(m - 1) == Some(TokenKind::Symbol) || ctx.has(m - 1, flag::NUMWORD)
                }
                Some(TokenKind::Symbol) => ctx.is(m, "%"),
                Some(TokenKind::Word) => {
                    matches!(
                        ctx.low(m),
                        "percent"
                            | "per"
                            | "cent"
                            | "bn"
                            | "mn"
                            | "m"
                            | "k"
                            | "million"
                            | "billion"
                            | "trillion"
                            | "thousand"
                            | "hundred"
                    ) || ctx.has(m, flag::NUMWORD)
                        && ctx.has(m - 1, flag::NUMWORD)
                        && ctx.w.get(m).is_some_and(|x| x.shape == Shape::Lower)
                }
                _ => false,
            };
            if !ok {
                break;
            }
            last = m;
            m += 1;
        }
        if !each(ctx.span(first, last)) {
            return;
        }
        k = m;
    }
}

/// Whether the words `range` hold one of the checkable kinds of a claim: a quotation, a
/// number, a prediction, a comparison or a cause (what [`build_claim`] marks besides
/// `attributed`; without them a claim is of kind `factual` alone). `rules` is the union of the
/// words' [`rule`] bits (from the scoring pass), so that most sentences are decided without
/// looking at their words again; `first_quote` is the index of the first quotation of
/// `ctx.quotes` that does not open before the range.
pub(super) fn checkable(
    ctx: &Ctx<'_>,
    rules: Option<u32>,
    first_quote: usize,
    range: core::ops::Range<usize>,
) -> bool {
    if ctx.quotes.get(first_quote).is_some_and(|q| q.0 < range.end && q.1 < range.end) {
        return true;
    }
    let bits = rules.unwrap_or(u32::MAX);
    if bits & rule::KIND != 0 {
        let ws = ctx.w.get(range.clone()).unwrap_or(&[]);
        for k in (0..ws.len()).filter(|&i| ws[i].has(flag::KIND_START)).map(|i| range.start + i) {
            if prediction_at(ctx, k, range.start)
                || comparison_at(ctx, k)
                || causal_at(ctx, k)
                || k > range.start && ctx.is(k - 1, "as") && comparison_at(ctx, k - 1)
            {
                return true;
            }
        }
    }
    // A number starts at a number (a year too, before a unit), a currency sign or a number
    // word (`one` has only the `KIND` bit).
    bits & (rule::NUM | rule::YEAR | rule::MONEY | rule::KIND) != 0 && has_number(ctx, range)
}

pub(super) fn is_prediction(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    range.clone().any(|k| ctx.has(k, flag::PATTERN) && prediction_at(ctx, k, range.start))
}

/// Whether a prediction starts at word `k` (a pattern word) of a range starting at `start`.
#[inline]
fn prediction_at(ctx: &Ctx<'_>, k: usize, start: usize) -> bool {
    let low = ctx.low(k);
    let lower = ctx.w.get(k).is_some_and(|w| w.shape == Shape::Lower || k == start);
    lower
        && (matches!(low, "will" | "'ll" | "shall" | "might")
            || low == "going" && ctx.is(k + 1, "to") && ctx.has(k - 1, flag::BE_HAVE)
            || matches!(
                low,
                "expected" | "set" | "due" | "plans" | "planned" | "poised" | "scheduled"
            ) && ctx.is(k + 1, "to")
                && ctx.has(k.wrapping_sub(1), flag::BE_HAVE))
}

pub(super) fn is_comparison(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    range.clone().any(|k| ctx.has(k, flag::PATTERN) && comparison_at(ctx, k))
}

/// Whether a comparison starts at word `k` (a pattern word).
#[inline]
fn comparison_at(ctx: &Ctx<'_>, k: usize) -> bool {
    matches!(
        ctx.low(k),
        "than"
            | "compared"
            | "versus"
            | "vs."
            | "twice"
            | "highest"
            | "lowest"
            | "largest"
            | "smallest"
            | "biggest"
            | "fastest"
            | "slowest"
            | "outnumber"
            | "outnumbered"
    ) || ctx.is(k, "as") && matches!(ctx.low(k + 1), "many" | "much") && ctx.is(k + 2, "as")
}

pub(super) fn is_causal(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    range.clone().any(|k| ctx.has(k, flag::PATTERN) && causal_at(ctx, k))
}

/// Whether a cause starts at word `k` (a pattern word).
#[inline]
fn causal_at(ctx: &Ctx<'_>, k: usize) -> bool {
    let low = ctx.low(k);
    matches!(low, "because" | "therefore" | "consequently")
        || low == "due" && ctx.is(k + 1, "to")
        || matches!(low, "led" | "leads" | "lead" | "leading") && ctx.is(k + 1, "to")
        || matches!(low, "resulted" | "results" | "result") && ctx.is(k + 1, "in")
        || low == "result" && ctx.is(k + 1, "of") && ctx.is(k.wrapping_sub(1), "a")
        || low == "thanks" && ctx.is(k + 1, "to")
        || low == "blamed" && ctx.is(k + 1, "for")
        || low == "caused" && !ctx.is(k + 1, "by")
}
