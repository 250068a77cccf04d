//! Claimers: the noun phrase before a verb (a subject) or after it (`said Smith`,
//! `according to Reuters`), and its kind.

use nutgraf_tokenize::TokenKind;

use super::{Ctx, MAX_NAME_WORDS, Np};
use crate::claim::{ClaimerKind, HintKind};
use crate::lexicon::flag;
use crate::words::Shape;

/// Is word `i` a possible name word (capitalised, not a function word at sentence start)?
pub(super) fn name_word(ctx: &Ctx<'_>, i: usize, s0: usize) -> bool {
    if !ctx.is_cap(i) {
        return false;
    }
    if i == s0 || ctx.is_open_quote(i.wrapping_sub(1)) {
        // Sentence-initial: a capitalised function word is not a name.
        let f = flag::PREP
            | flag::CLAUSE
            | flag::AUX
            | flag::WH
            | flag::PRON_OTHER
            | flag::PRON_PERSON
            | flag::THAT;
        if ctx.has(i, f) && ctx.w.get(i).is_some_and(|w| w.shape == Shape::Title) {
            return false;
        }
    }
    !matches!(ctx.low(i), "i")
}

/// The noun phrase that ends at word `j` (a subject to its left).
pub(super) fn left_np(ctx: &Ctx<'_>, s0: usize, j: usize) -> Option<Np> {
    let w = ctx.w.get(j)?;
    if j < s0 {
        return None;
    }
    // A hint.
    if let Some(h) = ctx.hint_at(j)
        && h.span.end == w.span.end
        && matches!(
            h.kind,
            HintKind::Person | HintKind::Organization | HintKind::Place | HintKind::Group
        )
    {
        let mut first = ctx.word_at(h.span.start, s0, j + 1);
        // Coordinated hints: `Pyongyang & Moscow`.
        let mut kind = hint_kind(h.kind);
        while first > s0 + 1 && (ctx.is(first - 1, "&") || ctx.is(first - 1, "and")) {
            let Some(h2) = ctx.hint_at(first - 2) else { break };
            if ctx.w.get(first - 2).map(|x| x.span.end) != Some(h2.span.end) {
                break;
            }
            if hint_kind(h2.kind) != kind {
                kind = ClaimerKind::Generic;
            }
            first = ctx.word_at(h2.span.start, s0, first);
        }
        if first > s0
            && ctx.has(first - 1, flag::DET)
            && matches!(ctx.low(first - 1), "the" | "a" | "an")
        {
            first -= 1;
        }
        // Modifiers before a group hint: `Ukrainian officials`.
        return Some(Np { first, last: j, kind, refers_to: None });
    }
    let low = ctx.words.lower(w);
    // Pronouns.
    if w.has(flag::PRON_PERSON) && matches!(low, "he" | "she") {
        return Some(Np {
            first: j,
            last: j,
            kind: ClaimerKind::Person,
            refers_to: ctx.person_before(w.span.start),
        });
    }
    if matches!(low, "they" | "it" | "we" | "i" | "you") && w.kind == TokenKind::Word {
        let kind = match low {
            "it" => ClaimerKind::Organization,
            "i" | "you" => ClaimerKind::Person,
            _ => ClaimerKind::Generic,
        };
        return Some(Np { first: j, last: j, kind, refers_to: None });
    }
    // (Its antecedent is no relative pronoun itself, so this recursion is one step deep.)
    if w.has(flag::RELATIVE)
        && matches!(low, "who" | "which")
        && j >= s0 + 2
        && ctx.is(j - 1, ",")
        && !ctx.has(j - 2, flag::RELATIVE)
    {
        let ante = left_np(ctx, s0, j - 2)?;
        return Some(Np {
            first: j,
            last: j,
            kind: ante.kind,
            refers_to: Some(ctx.span(ante.first, ante.last)),
        });
    }
    // A capitalised name, possibly with `&`, `and`, `of` inside.
    if name_word(ctx, j, s0) || (w.kind == TokenKind::Abbreviation && w.shape != Shape::Lower) {
        let mut first = j;
        let lo = s0.max(j.saturating_sub(MAX_NAME_WORDS));
        loop {
            if first > lo && name_word(ctx, first - 1, s0) {
                first -= 1;
            } else if first > lo + 1
                && matches!(ctx.low(first - 1), "&" | "of" | "and" | "for" | "de" | "'s")
                && name_word(ctx, first - 2, s0)
            {
                first -= 2;
            } else {
                break;
            }
        }
        // A sentence-initial capitalised word that is a determiner stays (`The US State Department`).
        let mut kind = name_kind(ctx, first, j);
        if first > s0
            && ctx.is(first - 1, "the")
            && ctx.w.get(first - 1).is_some_and(|x| x.shape == Shape::Lower)
        {
            first -= 1;
        }
        if first > s0
            && ctx.has(first - 1, flag::TITLE)
            && ctx.w.get(first - 1).is_some_and(|x| x.shape == Shape::Lower)
        {
            kind = ClaimerKind::Person;
        }
        return Some(Np { first, last: j, kind, refers_to: None });
    }
    // A generic source or a role: `Ukrainian officials`, `UN monitors`, `the minister`.
    if (w.has(flag::SOURCE_NOUN) || w.has(flag::TITLE))
        && w.kind == TokenKind::Word
        && w.shape == Shape::Lower
    {
        let mut first = j;
        let mut steps = 0;
        while first > s0 && steps < 4 {
            let p = first - 1;
            let pw = ctx.w.get(p)?;
            let modifier = match pw.kind {
                TokenKind::Number => true,
                TokenKind::Word | TokenKind::Abbreviation => {
                    pw.shape != Shape::Lower && !ctx.has(p, flag::PREP | flag::CLAUSE | flag::WH)
                        || pw.shape == Shape::Lower
                            && !ctx.has(
                                p,
                                flag::DET
                                    | flag::PREP
                                    | flag::AUX
                                    | flag::CLAUSE
                                    | flag::CUE
                                    | flag::THAT
                                    | flag::NEG
                                    | flag::WH
                                    | flag::RELATIVE
                                    | flag::PRON_OTHER
                                    | flag::PRON_PERSON,
                            )
                            && !ctx.is(p, "and")
                }
                _ => false,
            };
            if !modifier {
                break;
            }
            first = p;
            steps += 1;
        }
        if first > s0 && ctx.has(first - 1, flag::DET) && !ctx.is(first - 1, "that") {
            first -= 1;
        }
        let kind = if w.has(flag::SOURCE_NOUN)
            && !matches!(
                low,
                "official"
                    | "aide"
                    | "leader"
                    | "analyst"
                    | "economist"
                    | "inspector"
                    | "prosecutor"
                    | "investigator"
                    | "expert"
                    | "source"
                    | "diplomat"
                    | "witness"
                    | "resident"
                    | "scientist"
                    | "researcher"
                    | "auditor"
            ) {
            ClaimerKind::Generic
        } else if w.has(flag::TITLE) || w.has(flag::SOURCE_NOUN) {
            if ctx.has(j, flag::ORG_HEAD) { ClaimerKind::Organization } else { ClaimerKind::Person }
        } else {
            ClaimerKind::Generic
        };
        return Some(Np { first, last: j, kind, refers_to: None });
    }
    // `the company`, `the ministry`, `the agency`.
    if w.has(flag::ORG_HEAD) && w.shape == Shape::Lower && j > s0 && ctx.has(j - 1, flag::DET) {
        return Some(Np {
            first: j - 1,
            last: j,
            kind: ClaimerKind::Organization,
            refers_to: None,
        });
    }
    None
}

/// The noun phrase that starts at word `i` (a source after its verb, or after `according to`).
pub(super) fn right_np(ctx: &Ctx<'_>, i: usize, s1: usize) -> Option<Np> {
    let w = ctx.w.get(i)?;
    if i >= s1 {
        return None;
    }
    let low = ctx.words.lower(w);
    if matches!(low, "he" | "she") {
        return Some(Np {
            first: i,
            last: i,
            kind: ClaimerKind::Person,
            refers_to: ctx.person_before(w.span.start),
        });
    }
    if matches!(low, "they" | "it" | "we" | "i") {
        let kind = match low {
            "it" => ClaimerKind::Organization,
            "i" => ClaimerKind::Person,
            _ => ClaimerKind::Generic,
        };
        return Some(Np { first: i, last: i, kind, refers_to: None });
    }
    // Scan the phrase: determiners, modifiers, names, up to a noun; stop at a comma, a verb
    // cue, a preposition after the head, or the sentence end.
    let mut last = None;
    let mut k = i;
    let mut saw_det = false;
    while k < s1 && k < i + 8 {
        let Some(x) = ctx.w.get(k) else { break };
        if ctx.is_comma(k) || ctx.is_end(k, s1) || x.kind == TokenKind::Punct && !ctx.is(k, "&") {
            break;
        }
        if ctx.has(k, flag::DET) && x.shape == Shape::Lower && k == i {
            saw_det = true;
            k += 1;
            continue;
        }
        if (ctx.has(k, flag::PREP)
            || ctx.has(k, flag::CLAUSE)
            || ctx.has(k, flag::THAT)
            || ctx.has(k, flag::RELATIVE))
            && x.shape == Shape::Lower
        {
            // `of` inside names or roles: `the Bank of England`, `the head of the agency`.
            if ctx.is(k, "of") && last.is_some() && k + 1 < s1 {
                k += 1;
                continue;
            }
            break;
        }
        if ctx.has(k, flag::CUE | flag::BE_HAVE) && x.shape == Shape::Lower && last.is_some() {
            break;
        }
        if matches!(
            x.kind,
            TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number | TokenKind::Mention
        ) || ctx.is(k, "&")
        {
            last = Some(k);
        }
        k += 1;
    }
    let last = last?;
    if last < i || ctx.is(last, "&") {
        return None;
    }
    let first = i;
    let head = ctx.w.get(last)?;
    let kind = if let Some(h) = ctx.hint_at(last) {
        hint_kind(h.kind)
    } else if head.shape != Shape::Lower && !saw_det {
        let f = (first..=last).find(|&k| ctx.is_cap(k)).unwrap_or(first);
        name_kind(ctx, f, last)
    } else if head.has(flag::ORG_HEAD) {
        ClaimerKind::Organization
    } else if head.has(flag::TITLE) && !head.has(flag::SOURCE_NOUN) {
        ClaimerKind::Person
    } else if head.shape != Shape::Lower {
        name_kind(ctx, first, last)
    } else {
        ClaimerKind::Generic
    };
    Some(Np { first, last, kind, refers_to: None })
}

pub(super) fn hint_kind(k: HintKind) -> ClaimerKind {
    match k {
        HintKind::Person | HintKind::Title => ClaimerKind::Person,
        HintKind::Organization => ClaimerKind::Organization,
        HintKind::Place => ClaimerKind::Place,
        _ => ClaimerKind::Generic,
    }
}

/// The kind of a capitalised name `first..=last` without hints.
pub(super) fn name_kind(ctx: &Ctx<'_>, first: usize, last: usize) -> ClaimerKind {
    let head = ctx.w.get(last);
    if ctx.has(last, flag::ORG_HEAD) && !ctx.has(last, flag::CAPITAL) {
        return ClaimerKind::Organization;
    }
    if ctx.has(last, flag::SOURCE_NOUN) {
        return ClaimerKind::Generic;
    }
    let names: Vec<usize> =
        (first..=last).filter(|&k| ctx.is_cap(k) && !ctx.has(k, flag::DET)).collect();
    if !names.is_empty() && names.iter().all(|&k| ctx.has(k, flag::CAPITAL)) {
        return if ctx.has(last, flag::ORG_HEAD) && names.len() == 1 && ctx.is(last, "kremlin")
            || ctx.is(last, "pentagon")
        {
            ClaimerKind::Organization
        } else {
            ClaimerKind::Place
        };
    }
    if (first..=last).any(|k| ctx.has(k, flag::TITLE)) {
        return ClaimerKind::Person;
    }
    if (first..=last).any(|k| ctx.has(k, flag::ORG_HEAD)) {
        return ClaimerKind::Organization;
    }
    if names.len() == 1 && head.is_some_and(|h| h.shape == Shape::Upper) {
        return ClaimerKind::Organization;
    }
    ClaimerKind::Person
}
