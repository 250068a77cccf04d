//! Where the content of a claim starts and ends: the clause after a cue, or the quotation or
//! clause before it.

use nutgraf_tokenize::{Span, TokenKind};

use super::{Ctx, MAX_CLAUSE_WORDS};
use crate::lexicon::flag;
use crate::words::Shape;

/// Content after word `start`: to the end of the clause, or to the end of a quotation that
/// starts there. Returns the content and the last sentence it reaches.
pub(super) fn content_after(
    ctx: &Ctx<'_>,
    si: usize,
    start: usize,
    s0: usize,
    s1: usize,
) -> (Option<Span>, usize) {
    if ctx.is_open_quote(start)
        && let Some((o, c)) = ctx.opening(start)
    {
        let last = ctx.sentence_of(c).unwrap_or(si);
        if last > si {
            return (Some(ctx.span(o, c)), last);
        }
    }
    let c = clause_after(ctx, start, s0, s1);
    // A bare demonstrative (`deny this`) refers back; it is no content of its own.
    let c = c.filter(|sp| {
        let text = sp.get(ctx.text).unwrap_or("");
        // The longest phrase below folds from at most 45 bytes (3 per character).
        text.len() > 45
            || !matches!(
                nutgraf_tokenize::normalize::fold(text).as_ref(),
                "this"
                    | "that"
                    | "it"
                    | "so"
                    | "them"
                    | "otherwise"
                    | "the claim"
                    | "the claims"
                    | "the report"
                    | "the reports"
                    | "the allegation"
                    | "the allegations"
                    | "these claims"
                    | "this claim"
                    | "the accusation"
                    | "the accusations"
                    | "so too"
            )
    });
    (c, si)
}

/// The clause from word `start` to before a clause break (`, though`, `; `, sentence end).
pub(super) fn clause_after(ctx: &Ctx<'_>, start: usize, s0: usize, s1: usize) -> Option<Span> {
    let _ = s0;
    let mut end = start;
    let mut k = start;
    let s1 = s1.min(start.saturating_add(MAX_CLAUSE_WORDS));
    while k < s1 {
        let low = ctx.low(k);
        if matches!(low, ";") {
            break;
        }
        if ctx.is_comma(k)
            && ctx.has(k + 1, flag::CLAUSE)
            && k < ctx.w.len()
            && ctx.in_quote(k).is_none()
        {
            break;
        }
        if ctx.is_comma(k) && ctx.is(k + 1, "according") {
            break;
        }
        if ctx.is_comma(k)
            && (ctx.has(k + 1, flag::CUE)
                && ctx.w.get(k + 1).is_some_and(|w| w.shape == Shape::Lower))
        {
            break;
        }
        end = k + 1;
        k += 1;
    }
    // Trim trailing punctuation (keep a closing quote whose opening is inside).
    let mut last = end.checked_sub(1)?;
    while last >= start {
        let w = ctx.w.get(last)?;
        let keep = w.kind != TokenKind::Punct
            || ctx.closing(last).is_some_and(|q| q.0 >= start)
            || matches!(ctx.low(last), ")" | "]" | "%");
        if keep {
            break;
        }
        last = last.checked_sub(1)?;
    }
    let mut first = start;
    while first <= last
        && ctx.kind(first) == Some(TokenKind::Punct)
        && !ctx.is_open_quote(first)
        && !matches!(ctx.low(first), "(" | "[")
    {
        first += 1;
    }
    (first <= last).then(|| ctx.span(first, last))
}

/// Content before the word `end` of sentence `si` (whose first word is `s0`): from the
/// sentence start, or from the opening of a quotation that ends just before, possibly in an
/// earlier sentence. Returns the content and its first sentence.
pub(super) fn content_before(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    end: usize,
) -> (Option<Span>, usize) {
    // Skip back over `,`, closing quote marks.
    let mut last = end;
    while last > s0
        && (ctx.is_comma(last - 1)
            || ctx.kind(last - 1) == Some(TokenKind::Punct) && !ctx.is_close_quote(last - 1))
    {
        last -= 1;
    }
    let Some(mut last) = last.checked_sub(1) else { return (None, si) };
    if last < s0 && !(last + 1 == s0 && ctx.is_close_quote(last)) {
        return (None, si);
    }
    if ctx.is_close_quote(last)
        && let Some((o, c)) = ctx.closing(last)
    {
        let first_sentence = ctx.sentence_of(o).unwrap_or(si);
        return (Some(ctx.span(o, c)), first_sentence.min(si));
    }
    // Trim trailing commas.
    while last > s0 && ctx.is_comma(last) {
        last -= 1;
    }
    let mut first = s0;
    // A quote that opened in an earlier sentence and closes here.
    if let Some((o, _)) = ctx.in_quote(s0) {
        let first_sentence = ctx.sentence_of(o).unwrap_or(si);
        return (Some(ctx.span(o, last)), first_sentence.min(si));
    }
    while first < last && ctx.kind(first) == Some(TokenKind::Punct) && !ctx.is_open_quote(first) {
        first += 1;
    }
    (Some(ctx.span(first, last)), si)
}
