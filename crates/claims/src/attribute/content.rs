//! Where the content of a claim starts and ends: the clause after a cue, or the quotation or
//! clause before it.

use nutgraf_tokenize::{Span, TokenKind};

use super::{Ctx, MAX_CLAUSE_WORDS};
use crate::lexicon::flag;
use crate::words::Shape;

/// The content after a cue.
pub(super) struct After {
    pub span: Option<Span>,
    /// The last sentence it reaches.
    pub last_sentence: usize,
    /// It only refers back (`deny this`, `denied it on Friday`, `confirmed the reports`): the
    /// claim answers an earlier one and has no content of its own.
    pub anaphoric: bool,
}

/// Content after word `start`: to the end of the clause, or to the end of a quotation that
/// starts there.
pub(super) fn content_after(ctx: &Ctx<'_>, si: usize, start: usize, s0: usize, s1: usize) -> After {
    if ctx.is_open_quote(start)
        && let Some((o, c)) = ctx.opening(start)
    {
        let last = ctx.sentence_of(c).unwrap_or(si);
        if last > si {
            return After { span: Some(ctx.span(o, c)), last_sentence: last, anaphoric: false };
        }
    }
    let n = anaphor(ctx, start);
    if n > 0 && (ctx.is_end(start + n, s1) || adjunct_tail(ctx, start, start + n, s1)) {
        return After { span: None, last_sentence: si, anaphoric: true };
    }
    After { span: clause_after(ctx, start, s0, s1), last_sentence: si, anaphoric: false }
}

/// How many words at `start` only refer back to something already said: `it`, `this`,
/// `so`, `the claim`, `these allegations`, `the reports` (0 if they do not).
fn anaphor(ctx: &Ctx<'_>, start: usize) -> usize {
    let said_noun = |k: usize| {
        matches!(
            ctx.low(k),
            "claim"
                | "claims"
                | "report"
                | "reports"
                | "allegation"
                | "allegations"
                | "accusation"
                | "accusations"
                | "charge"
                | "charges"
                | "assertion"
                | "assertions"
                | "suggestion"
                | "suggestions"
                | "rumor"
                | "rumors"
                | "rumour"
                | "rumours"
                | "story"
                | "stories"
                | "account"
                | "accounts"
                | "idea"
        )
    };
    match ctx.low(start) {
        "this" | "that" | "these" | "those" if said_noun(start + 1) => 2,
        "the" | "such" if said_noun(start + 1) => 2,
        "this" | "that" | "it" | "so" | "them" | "otherwise" => 1,
        _ => 0,
    }
}

/// Whether the words from `k` (after the cue at `i`) to the end of the sentence are only an
/// adjunct: a phrase of place, time or manner (`in a statement`, `on Monday`, `recently in
/// New York`, `at the time`), the addressee of a verb of telling (`told a Senate panel`),
/// or a participle clause of its own after a comma (`, adding that …`).
pub(super) fn adjunct_tail(ctx: &Ctx<'_>, i: usize, k: usize, s1: usize) -> bool {
    let telling = matches!(ctx.low(i), "told" | "tell" | "tells" | "telling");
    let opens = |m: usize| {
        ctx.has(m, flag::PREP)
            || ctx.in_date(m)
            || matches!(
                ctx.low(m),
                "recently"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "again"
                    | "later"
                    | "earlier"
                    | "repeatedly"
                    | "previously"
                    | "publicly"
                    | "privately"
                    | "often"
                    | "once"
                    | "then"
                    | "last"
                    | "this"
                    | "next"
                    | "also"
            )
    };
    if !(opens(k) || telling || ctx.is_comma(k)) {
        return false;
    }
    // `promised to cut fares`: an infinitive is content, no adjunct.
    if ctx.is(k, "to")
        && ctx.w.get(k + 1).is_some_and(|w| w.shape == Shape::Lower && w.kind == TokenKind::Word)
        && !ctx.has(k + 1, flag::DET | flag::PRON_PERSON | flag::PRON_OTHER | flag::NUMWORD)
    {
        return false;
    }
    // A subordinate clause after the cue is no content, whatever it holds: `…, Wilkin said
    // during his speech to be a delegate`, `…, he said after meeting Trump's aides, because …`.
    if matches!(
        ctx.low(k),
        "after" | "before" | "while" | "when" | "during" | "as" | "because" | "since" | "until"
    ) {
        return true;
    }
    let mut m = k;
    // A cue word after a determiner of the adjunct is a noun: `in a Friday tweet`.
    let mut det = false;
    while m < s1 && m < k + 16 {
        if ctx.is_end(m, s1) {
            return true;
        }
        det |= ctx.has(m, flag::DET) && !ctx.is(m, "that");
        if ctx.is_comma(m) {
            // `, adding that …`, `, saying …`: a claim of its own follows; `, smiling.`, `,
            // according to …`: an adjunct of its own.
            // (`Sales were great, he said, wiping sweat off his face.`: a participle clause
            // right after a verb of saying is what the claimer did, no content; not after
            // `Congress responded, drafting …`, whose content is no clause before it.)
            let next = ctx.low(m + 1);
            let participle = next.len() > 4
                && matches!(
                    ctx.low(i),
                    "said" | "says" | "added" | "adds" | "wrote" | "writes" | "noted" | "recalled"
                )
                && next.ends_with("ing")
                && ctx.w.get(m + 1).is_some_and(|w| w.shape == Shape::Lower);
            // (`CNN reported Friday morning, as the parade rolled …`: a subordinate clause
            // after the adjunct is no content either.)
            let subordinate = matches!(
                next,
                "as" | "while" | "when" | "after" | "before" | "because" | "though" | "although"
            );
            // (`…, Ms. Okafor said, and with …`, `…, he said, on condition of anonymity`: a
            // clause or a phrase of its own after the comma that closes the attribution.)
            let own = m == k
                && m == i + 1
                && (matches!(next, "and" | "but" | "on" | "speaking" | "though" | "although")
                    || ctx.is(m + 1, "in") && ctx.is(m + 2, "an"));
            return m > k && (ctx.is_end(m + 1, s1) || subordinate)
                || next.ends_with("ing") && (ctx.is_verb_cue(m + 1) || ctx.is_end(m + 2, s1))
                || m == k && participle
                || own
                || next == "according"
                || ctx.is_end(m + 1, s1);
        }
        // A possessive inside the adjunct: `told CNN's Chris Cuomo`.
        if ctx.is(m, "'s") && m > k {
            m += 1;
            continue;
        }
        // A title in quotation marks: `on MSNBC's “Morning Joe.”`.
        if m > k
            && let Some(q) = ctx.opening(m)
            && (ctx.title_quote(q)
                || q.1 > q.0 + 2
                    && matches!(ctx.low(q.1 - 1), "." | "?" | "!")
                    && ctx.title_quote((q.0, q.1 - 1)))
        {
            m = q.1 + 1;
            continue;
        }
        let lower = ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower);
        if ctx.is(m, "that") && !time_that(ctx, m)
            || ctx.is_open_quote(m)
            || ctx.is(m, ":")
            || lower && ctx.has(m, flag::BE_HAVE | flag::MODAL | flag::FUTURE)
            || ctx.is_verb_cue(m) && (!det || ctx.low(m).ends_with("ed"))
            // (`this` of a date is no pronoun: `told the paper earlier this week`)
            || lower
                && ctx.has(m, flag::PRON_PERSON | flag::PRON_OTHER)
                && !(telling && m == k)
                && !ctx.in_date(m)
        {
            return false;
        }
        m += 1;
    }
    ctx.is_end(m, s1)
}
/// Whether `that` at word `m` is a determiner of time that ends a clause (`that night.`,
/// `that day,`), no complementizer (`said that time was short`).
pub(super) fn time_that(ctx: &Ctx<'_>, m: usize) -> bool {
    ctx.is(m, "that")
        && ctx.kind(m + 2).is_none_or(|k| k == TokenKind::Punct)
        && matches!(
            ctx.low(m + 1),
            "night"
                | "day"
                | "morning"
                | "afternoon"
                | "evening"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "time"
        )
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
        // (A hyphen inside a word is no break: `an 8-point lead`.)
        let comma = ctx.is_comma(k) && !ctx.glued_hyphen(k);
        if comma && ctx.has(k + 1, flag::CLAUSE) && k < ctx.w.len() && ctx.in_quote(k).is_none() {
            break;
        }
        if comma && ctx.is(k + 1, "according") {
            break;
        }
        if comma
            && (ctx.has(k + 1, flag::ANY_CUE)
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
