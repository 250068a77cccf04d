//! Claimers: the noun phrase before a verb (a subject) or after it (`said Smith`,
//! `according to Reuters`), and its kind.

use nutgraf_tokenize::TokenKind;

use super::{Ctx, MAX_NAME_WORDS, Np};
use crate::claim::{ClaimerKind, HintKind};
use crate::lexicon::flag;
use crate::words::Shape;

/// Function words, which never modify a noun in a source phrase.
const FUNCTION_WORDS: u64 = flag::DET
    | flag::PREP
    | flag::AUX
    | flag::CLAUSE
    | flag::THAT
    | flag::NEG
    | flag::WH
    | flag::RELATIVE
    | flag::PRON_OTHER
    | flag::PRON_PERSON;

/// Whether word `i` is a capitalised participle that no list knows as a name (`Asked`,
/// `Speaking`, `Having`): at the start of a sentence, it opens a clause of its own.
fn opening_participle(ctx: &Ctx<'_>, i: usize) -> bool {
    let low = ctx.low(i);
    (low.ends_with("ed") || low.ends_with("ing"))
        && ctx.w.get(i).is_some_and(|w| w.shape == Shape::Title)
        && ctx.hint_at(i).is_none()
}

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
        if ctx.has(i, f | flag::BE_HAVE) && ctx.w.get(i).is_some_and(|w| w.shape == Shape::Title) {
            return false;
        }
        // A participle that opens the sentence: `Asked on Monday whether …, Mrs. Clinton
        // said`, `Having announced that …, Judge Berman said`.
        if opening_participle(ctx, i) && ctx.has(i, flag::ANY_CUE | flag::BE_HAVE) {
            return false;
        }
        // Conjunctions and adverbs that open a sentence: `As Politico reported`, `And
        // surveys suggest`.
        if matches!(
            ctx.low(i),
            "as" | "and"
                | "or"
                | "so"
                | "then"
                | "now"
                | "still"
                | "also"
                | "thus"
                | "meanwhile"
                | "instead"
                | "indeed"
                | "here"
                | "there"
                | "even"
                | "only"
                | "just"
        ) {
            return false;
        }
    }
    !matches!(ctx.low(i), "i")
}

/// Whether word `k` can open an apposition or a relative clause after a name: `a political
/// adviser`, `the director of`, `chairman of`, `who currently hold`.
fn appositive_start(ctx: &Ctx<'_>, k: usize, relative: bool) -> bool {
    let lower = ctx.w.get(k).is_some_and(|w| w.shape == Shape::Lower);
    (ctx.has(k, flag::DET) && !ctx.is(k, "that") && lower)
        || ctx.has(k, flag::TITLE | flag::SOURCE_NOUN) && ctx.is_word(k)
        || relative
            && ctx.has(k, flag::RELATIVE)
            && matches!(ctx.low(k), "who" | "which" | "whose")
            && lower
        || matches!(ctx.low(k), "former" | "then" | "now" | "longtime" | "senior" | "top" | "chief")
            && lower
        // A possessive: `Sanders' senior media adviser`, `New Jersey’s sitting governor`.
        || ctx.is_cap(k)
            && (k + 1..k + 4)
                .take_while(|&m| ctx.is_cap(m) || matches!(ctx.low(m), "'s" | "’s" | "'"))
                .any(|m| matches!(ctx.low(m), "'s" | "’s" | "'"))
        // A role without a determiner: `legal director for …`, `senior policy adviser`.
        || lower
            && (k + 1..k + 3)
                .take_while(|&m| !ctx.has(m, flag::AUX | flag::BE_HAVE | flag::PREP | flag::THAT))
                .any(|m| ctx.has(m, flag::TITLE) && ctx.is_word(m))
            && !ctx.has(k, flag::AUX | flag::BE_HAVE | flag::PREP | flag::THAT)
        // A role of a body: `publisher of SCOTUSblog`, `founder of the center`, and with a
        // hyphen, `co-director of the center`.
        || lower
            && ctx.is_word(k)
            && !ctx.has(k, flag::AUX | flag::BE_HAVE | flag::PREP | flag::THAT | flag::CLAUSE)
            && !ctx.is_verb_cue(k)
            && (ctx.is(k + 1, "of") || ctx.glued_hyphen(k + 1) && ctx.has(k + 2, flag::TITLE))
        // A party and state: `Jeff Flake, Republican of Arizona, said`.
        || ctx.is_cap(k)
            && matches!(ctx.low(k), "republican" | "democrat" | "independent" | "libertarian")
            && matches!(ctx.low(k + 1), "of" | "from" | ",")
        // A participle clause on the left: `McKeague, writing for the majority, said`.
        || relative && lower && ctx.low(k).len() > 5 && ctx.low(k).ends_with("ing")
}

/// The last word of an apposition (or relative clause) that starts after the comma at
/// `comma`, when one does: it runs to the end of the sentence, or to a comma before a claim
/// of its own (`, adding that …`), a semicolon or a quotation. (`said Steve Schmidt, a top
/// Republican strategist on John McCain's campaign in 2008.`)
pub(super) fn apposition_after(ctx: &Ctx<'_>, comma: usize, s1: usize) -> Option<usize> {
    let start = comma + 1;
    if !ctx.is_comma(comma) || !appositive_start(ctx, start, false) {
        return None;
    }
    let mut last = None;
    let mut m = start;
    // Inside a relative clause of the apposition (`a letter carrier who lined up to hear
    // him`), whose verbs are part of it.
    let mut relative = false;
    while m < s1 && m < start + 40 {
        if ctx.is_end(m, s1) || ctx.is_open_quote(m) || ctx.is_close_quote(m) || ctx.is(m, ";") {
            break;
        }
        if ctx.glued_hyphen(m) {
            m += 1;
            continue;
        }
        let lower = ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower);
        if m > start && lower && matches!(ctx.low(m), "who" | "whose") && !relative {
            relative = true;
            m += 1;
            continue;
        }
        // A possessive is no verb: `the Cruz campaign's Iowa director`.
        let possessive = matches!(ctx.low(m), "'s" | "’s")
            && ctx.w.get(m - 1).zip(ctx.w.get(m)).is_some_and(|(a, b)| a.span.end == b.span.start)
            && ctx.is_word(m + 1);
        // A relative clause or a verb ends it (`a Republican who described himself …`).
        if m > start
            && !possessive
            && !relative
            && lower
            && (ctx.has(m, flag::RELATIVE | flag::AUX) || ctx.is_verb_cue(m) || ctx.is(m, "that"))
        {
            break;
        }
        // Another apposition may follow (`, a group that …`); anything else ends it.
        if ctx.is_comma(m) && !appositive_start(ctx, m + 1, false) {
            break;
        }
        if ctx.kind(m) != Some(TokenKind::Punct) || matches!(ctx.low(m), ")" | "]") {
            last = Some(m);
        }
        m += 1;
    }
    // Only an apposition that ends within the limit: one cut short is running text.
    (m < start + 40).then_some(last).flatten()
}

/// An apposition before a verb: `Maria Lopez, the director of the state election board and
/// a former prosecutor, said` (`comma` is the comma before the verb). The claimer is the
/// whole phrase, its head the name.
pub(super) fn apposition_before(ctx: &Ctx<'_>, s0: usize, comma: usize) -> Option<Np> {
    let lo = s0.max(comma.saturating_sub(40));
    let mut c = comma;
    // The comma that opens the apposition: no quotation or `that` in between, and no cue
    // unless it opens a relative clause (`Clinton, who called Sanders, told …`). A second
    // apposition may stand before it (`Dean Baker, co-director of the center, a think tank,
    // said`): the name is before the first.
    let mut cue = false;
    for _ in 0..3 {
        loop {
            c = c.checked_sub(1)?;
            if c < lo || ctx.is_open_quote(c) || ctx.is_close_quote(c) || ctx.is(c, "that") {
                return None;
            }
            // (`a former state party chairman`: a cue that is also a noun, after a modifier.)
            cue |= ctx.is_verb_cue(c)
                && !super::patterns::noun_like_cue(ctx.low(c))
                && !(ctx.is(c, "think") && ctx.is(c + 1, "tank"));
            if ctx.is_comma(c) && !ctx.glued_hyphen(c) {
                break;
            }
        }
        // An age alone between the commas: `Jim Bennett, 57, told`.
        let age = c + 2 == comma
            && ctx.kind(c + 1) == Some(TokenKind::Number)
            && ctx.low(c + 1).len() <= 3
            && ctx.low(c + 1).bytes().all(|b| b.is_ascii_digit());
        // A share alone between the commas: `A third of independents, 33%, say`, `Most
        // Republicans, 62 percent, said`.
        let share = ctx.kind(c + 1) == Some(TokenKind::Number)
            && (c + 2 == comma && ctx.low(c + 1).ends_with('%')
                || c + 3 == comma && matches!(ctx.low(c + 2), "%" | "percent" | "per cent"));
        if c + 1 >= comma
            || !(age || share || appositive_start(ctx, c + 1, true))
            || c == 0
            || c <= s0
        {
            return None;
        }
        // (`Mr. Manafort, citing the polls, said`: a participle that is a cue opens the
        // clause between the commas, which is no part of the subject's verb.)
        let participle = ctx.low(c + 1).len() > 5 && ctx.low(c + 1).ends_with("ing");
        if cue && !ctx.has(c + 1, flag::RELATIVE) && !participle {
            return None;
        }
        // (`Senator Chris Murphy of Connecticut, who …`: the name with what it ends.)
        // (A common noun phrase too before a relative clause, when it opens the clause: `The
        // lawmaker, who represents Albay, said`.)
        let relative = ctx.has(c + 1, flag::RELATIVE);
        let opening = |n: &Np| {
            n.first == s0
                || ctx.kind(n.first - 1) == Some(TokenKind::Punct)
                || ctx.has(n.first - 1, flag::CLAUSE)
        };
        let Some(name) = left_np(ctx, s0, c - 1).map(|n| complete_left(ctx, s0, n)).or_else(|| {
            relative.then(|| common_np(ctx, s0, c - 1)).flatten().filter(|n| opening(n))
        }) else {
            continue;
        };
        if name.kind == ClaimerKind::Generic
            && name.head.is_none()
            && !ctx.is_cap(name.last)
            && !(relative && opening(&name))
        {
            continue;
        }
        // The name opens the sentence's subject, or what came before it ends at a comma.
        let opens = opening(&name);
        if !opens && ctx.is_comma(c) && c > s0 + 1 && appositive_start(ctx, name.first, true) {
            continue;
        }
        return Some(Np {
            head: Some(name.head.unwrap_or((name.first, name.last))),
            first: name.first,
            last: comma - 1,
            kind: name.kind,
            refers_to: name.refers_to,
        });
    }
    None
}

/// Words in -ly that are adjectives or nouns, not adverbs (`an early tweet`).
fn adjective_ly(w: &str) -> bool {
    matches!(
        w,
        "early"
            | "daily"
            | "weekly"
            | "monthly"
            | "yearly"
            | "nightly"
            | "elderly"
            | "friendly"
            | "family"
            | "rally"
            | "ally"
            | "assembly"
    )
}

/// Whether `w` (lowercase) is the AP abbreviation of a US state (`N.H.`, `Calif.`), as
/// written after a town.
fn state_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "ala."
            | "ariz."
            | "ark."
            | "calif."
            | "colo."
            | "conn."
            | "del."
            | "fla."
            | "ga."
            | "ill."
            | "ind."
            | "kan."
            | "ky."
            | "la."
            | "md."
            | "mass."
            | "mich."
            | "minn."
            | "miss."
            | "mo."
            | "mont."
            | "neb."
            | "nev."
            | "n.h."
            | "n.j."
            | "n.m."
            | "n.y."
            | "n.c."
            | "n.d."
            | "okla."
            | "ore."
            | "pa."
            | "r.i."
            | "s.c."
            | "s.d."
            | "tenn."
            | "tex."
            | "vt."
            | "va."
            | "wash."
            | "w.va."
            | "wis."
            | "wyo."
            | "d.c."
    )
}

/// The noun phrase that ends at word `j` (a subject to its left).
pub(super) fn left_np(ctx: &Ctx<'_>, s0: usize, j: usize) -> Option<Np> {
    let w = ctx.w.get(j)?;
    if j < s0 {
        return None;
    }
    // A town and its state's abbreviation: `Derry, N.H.` (as `Columbia, South Carolina`
    // below).
    if state_abbreviation(ctx.low(j))
        && j > s0 + 1
        && ctx.is_comma(j - 1)
        && name_word(ctx, j - 2, s0)
        && let Some(town) = left_np(ctx, s0, j - 2)
    {
        return Some(Np { last: j, kind: ClaimerKind::Generic, ..town });
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
        let single = first;
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
        // (`Trump met Clinton and Sanders said`: names joined by `and` after a verb are no
        // subject of this one.)
        if first < single
            && first > s0
            && (single - 1..single).any(|a| ctx.is(a, "and"))
            && !(ctx.kind(first - 1) == Some(TokenKind::Punct)
                || ctx.has(first - 1, flag::CLAUSE)
                || matches!(ctx.low(first - 1), "but" | "and" | "both" | "while"))
        {
            first = single;
            kind = hint_kind(h.kind);
        }
        // A place before a party's name used for one of its members (`The Arizona
        // Republican`, `the Vermont Democrat`): a person.
        if matches!(h.kind, HintKind::Organization | HintKind::Group)
            && first == j
            && first > s0
            && matches!(
                ctx.low(j),
                "republican" | "democrat" | "libertarian" | "independent" | "conservative"
            )
            && let Some(h2) = ctx.hint_at(first - 1)
            && h2.kind == HintKind::Place
            && ctx.w.get(first - 1).is_some_and(|x| x.span.end == h2.span.end)
            && ctx.is_cap(first - 1)
        {
            let p = ctx.word_at(h2.span.start, s0, first);
            if p > s0 && matches!(ctx.low(p - 1), "the" | "a" | "an") {
                first = p;
                kind = ClaimerKind::Person;
            }
        }
        // A name the gazetteer knew only in part: `Jeb Bush`, `Jomana Karadsheh`, `Joel
        // Pollak of Breitbart California`, `The Wisconsin Republican` (capitalised words
        // before the hint that are no title, no function word and no name of their own).
        if matches!(h.kind, HintKind::Person | HintKind::Place | HintKind::Organization) {
            let lo = s0.max(j.saturating_sub(MAX_NAME_WORDS));
            while first > lo
                && name_word(ctx, first - 1, s0)
                && ctx.w.get(first - 1).is_some_and(|x| x.kind == TokenKind::Word)
                && !ctx.has(first - 1, flag::TITLE | FUNCTION_WORDS | flag::ANY_CUE)
                && ctx.hint_at(first - 1).is_none()
            {
                first -= 1;
            }
            // A place that qualifies a person: `The Wisconsin Republican`, `Texas Democrat
            // Beto O'Rourke`.
            if h.kind == HintKind::Person
                && first > s0
                && let Some(h2) = ctx.hint_at(first - 1)
                && h2.kind == HintKind::Place
                && ctx.w.get(first - 1).is_some_and(|x| x.span.end == h2.span.end)
                && ctx.is_cap(first - 1)
            {
                let p = ctx.word_at(h2.span.start, s0, first);
                if p == s0 || !ctx.has(p - 1, flag::PREP) {
                    first = p;
                }
            }
        }
        // A town and its state: `Columbia, South Carolina`, `Derry, N.H.` (the head of `of`
        // after a name: `Stacy Baker of Columbia, South Carolina`).
        if h.kind == HintKind::Place
            && first > s0 + 1
            && ctx.is_comma(first - 1)
            && name_word(ctx, first - 2, s0)
            && (ctx.hint_at(first - 2).is_some_and(|h2| h2.kind == HintKind::Place)
                || first > s0 + 2 && matches!(ctx.low(first - 3), "of" | "from" | "in"))
        {
            first = match ctx.hint_at(first - 2) {
                Some(h2) => ctx.word_at(h2.span.start, s0, first - 1),
                None => first - 2,
            };
        }
        // A one-word place after an honorific is a person's name: `Ms. Warren`, `Mr.
        // Lincoln`, `Sen. Warren`.
        if h.kind == HintKind::Place && first == j && first > s0 && honorific(ctx.low(first - 1)) {
            return Some(Np {
                head: None,
                first: first - 1,
                last: j,
                kind: ClaimerKind::Person,
                refers_to: None,
            });
        }
        // Titles and roles before a person: `Mr. Hedge`, `State spokesman Mark Toner`,
        // `columnist Jonathan Chait`.
        let mut head = None;
        if h.kind == HintKind::Person {
            let name = first;
            let mut steps = 0;
            // Honorifics only: a role before the name (`spokesperson Matthew Miller`) stays
            // out of the claimer, as in the seed article's gold.
            while first > s0 && steps < 2 {
                let p = first - 1;
                if !honorific(ctx.low(p)) {
                    break;
                }
                first = p;
                steps += 1;
            }
            // A capitalised title and what qualifies it: `President Obama`, `Attorney
            // General Loretta Lynch`, `Former Florida Gov. Jeb Bush`, `Indiana GOP Rep.
            // Susan Brooks` (a lowercase role stays out, as above).
            let titled = first < name;
            if first > s0
                && (titled
                    || ctx.has(first - 1, flag::TITLE)
                        && ctx.w.get(first - 1).is_some_and(|x| x.shape != Shape::Lower))
            {
                let mut t = if titled { first } else { first - 1 };
                while t > s0
                    && name - t < 6
                    && (ctx.is_cap(t - 1) && !ctx.has(t - 1, flag::DET | flag::PREP | flag::CLAUSE)
                        || matches!(ctx.low(t - 1), "former" | "then" | "late" | "retired"))
                    && ctx.hint_at(t - 1).is_none_or(|h| h.kind != HintKind::Person)
                {
                    t -= 1;
                }
                // (A sentence-initial conjunction or adverb is no part of it: `But President …`.)
                while t < first && t == s0 && !name_word(ctx, t, s0) {
                    t += 1;
                }
                first = t;
            }
            if first < name {
                head = Some((name, j));
            }
        }
        if first > s0
            && ctx.has(first - 1, flag::DET)
            && matches!(ctx.low(first - 1), "the" | "a" | "an")
        {
            first -= 1;
        }
        // Modifiers before a group hint: `Ukrainian officials`.
        return Some(Np { head, first, last: j, kind, refers_to: None });
    }
    let low = ctx.words.lower(w);
    // Pronouns.
    if w.has(flag::PRON_PERSON) && matches!(low, "he" | "she") {
        return Some(Np {
            head: None,
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
        return Some(Np { head: None, first: j, last: j, kind, refers_to: None });
    }
    // (Its antecedent is no relative pronoun itself, so this recursion is one step deep.)
    if w.has(flag::RELATIVE)
        && matches!(low, "who" | "which")
        && j >= s0 + 2
        // (after a comma or a dash: `Donald Trump — who previously said …`)
        && (ctx.is(j - 1, ",") || ctx.is_dash(j - 1))
        && !ctx.has(j - 2, flag::RELATIVE)
    {
        // (`a young child, who said …`: a common noun phrase too.)
        let ante = left_np(ctx, s0, j - 2).or_else(|| common_np(ctx, s0, j - 2))?;
        return Some(Np {
            head: None,
            first: j,
            last: j,
            kind: ante.kind,
            refers_to: Some(ctx.span(ante.first, ante.last)),
        });
    }
    // A restrictive relative clause: `voters who said …`, `a Texas consultant who said …`
    // (the claimer is the relative pronoun, its antecedent the noun before it).
    if low == "who" && w.shape == Shape::Lower && j > s0 && ctx.is_word(j - 1) {
        let ante = left_np(ctx, s0, j - 1).or_else(|| common_np(ctx, s0, j - 1));
        let plain_noun = ctx.w.get(j - 1).is_some_and(|p| p.shape == Shape::Lower)
            && !ctx.has(j - 1, FUNCTION_WORDS | flag::ANY_CUE | flag::BE_HAVE);
        if ante.is_some() || plain_noun {
            return Some(Np {
                head: None,
                first: j,
                last: j,
                kind: ante.map_or(ClaimerKind::Generic, |a| a.kind),
                refers_to: ante.map(|a| ctx.span(a.first, a.last)),
            });
        }
    }
    // A capitalised name, possibly with `&`, `and`, `of` inside.
    if name_word(ctx, j, s0) || (w.kind == TokenKind::Abbreviation && w.shape != Shape::Lower) {
        let mut first = j;
        let lo = s0.max(j.saturating_sub(MAX_NAME_WORDS));
        loop {
            if first > lo && name_word(ctx, first - 1, s0) {
                first -= 1;
            } else if first > lo + 1 && ctx.glued_hyphen(first - 1) && name_word(ctx, first - 2, s0)
            {
                // `Mohamed El-Erian`, `Lopez-Cantera`.
                first -= 2;
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
        return Some(Np { head: None, first, last: j, kind, refers_to: None });
    }
    // A generic source or a role: `Ukrainian officials`, `UN monitors`, `the minister`.
    if (w.has(flag::SOURCE_NOUN) || w.has(flag::TITLE))
        && w.kind == TokenKind::Word
        && w.shape == Shape::Lower
    {
        let mut first = j;
        let mut steps = 0;
        let mut saw_cap = false;
        while first > s0 && steps < 4 {
            let p = first - 1;
            let pw = ctx.w.get(p)?;
            // `the place Pentagon officials say`: a lowercase word before a capitalised
            // modifier starts another phrase.
            if saw_cap && pw.shape == Shape::Lower {
                break;
            }
            saw_cap |= pw.shape != Shape::Lower;
            // `An ABC News-Washington Post poll`, `a Times/CBS News survey`: a mark glued
            // between two capitalised words.
            let glued_mark = matches!(ctx.low(p), "-" | "/")
                && p > s0
                && ctx.is_cap(p - 1)
                && ctx.w.get(p - 1).is_some_and(|a| a.span.end == pw.span.start)
                && ctx.w.get(p + 1).is_some_and(|b| b.span.start == pw.span.end);
            let modifier = match pw.kind {
                TokenKind::Number => true,
                TokenKind::Punct => glued_mark,
                TokenKind::Word | TokenKind::Abbreviation => {
                    pw.shape != Shape::Lower && !ctx.has(p, flag::PREP | flag::CLAUSE | flag::WH)
                        || pw.shape == Shape::Lower
                            && !ctx.has(p, FUNCTION_WORDS | flag::ANY_CUE)
                            && !matches!(ctx.low(p), "and" | "as" | "or" | "than" | "like")
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
            first = determiner_before(ctx, s0, first - 1);
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
        return Some(Np { head: None, first, last: j, kind, refers_to: None });
    }
    // `the company`, `the ministry`, `the central bank`, `the state election board`.
    if w.has(flag::ORG_HEAD) && w.shape == Shape::Lower && j > s0 {
        let modifier = |k: usize| {
            ctx.w.get(k).is_some_and(|x| x.shape == Shape::Lower && x.kind == TokenKind::Word)
                && !ctx.has(k, flag::DET | flag::PREP | flag::AUX | flag::CLAUSE | flag::BE_HAVE)
                && !matches!(ctx.low(k), "and" | "or" | "as" | "than")
        };
        let mut first = j;
        while first > s0 && j - first < 2 && modifier(first - 1) {
            first -= 1;
        }
        if first > s0 && ctx.has(first - 1, flag::DET) && !ctx.is(first - 1, "that") {
            // The owner of a possessive: `the senator's campaign`.
            let owner = matches!(ctx.low(first - 1), "'s" | "’s")
                .then(|| first.checked_sub(2).and_then(|o| left_np(ctx, s0, o)))
                .flatten();
            return Some(Np {
                head: None,
                first: owner.map_or(first - 1, |o| o.first),
                last: j,
                kind: ClaimerKind::Organization,
                refers_to: None,
            });
        }
    }
    None
}

/// The last word of a source before the preposition at `p` that a phrase after it qualifies:
/// the word before `p`, or before an adjective or participle of closeness and knowledge
/// (`close to`, `familiar with`, `briefed on`, `involved in`, `with knowledge of`).
fn source_link(ctx: &Ctx<'_>, s0: usize, p: usize) -> Option<usize> {
    let e = p.checked_sub(1).filter(|&e| e >= s0)?;
    // A document with what was done to it: `A statement posted on the website`, `a memo
    // obtained by CNN`, `an email sent to supporters`.
    let done = ctx.low(e);
    if e > s0
        && done.len() > 4
        && done.ends_with("ed")
        && ctx.w.get(e).is_some_and(|w| w.shape == Shape::Lower)
        && matches!(ctx.low(p), "on" | "to" | "by" | "in" | "at" | "from" | "with")
        && (super::patterns::document_noun(ctx.low(e - 1))
            || ctx.has(e - 1, flag::REPORT_NOUN | flag::SOURCE_NOUN)
                && !ctx.has(e - 1, flag::TITLE))
    {
        return Some(e - 1);
    }
    let linked = match (ctx.low(p), ctx.low(e)) {
        ("to", "close" | "closest" | "loyal" | "allied" | "connected" | "sympathetic")
        | ("with", "familiar" | "involved" | "affiliated" | "associated" | "connected")
        | ("on", "briefed")
        | ("in", "involved") => true,
        ("of", "knowledge") => {
            // `with knowledge of`, `with direct knowledge of`.
            let mut q = e.checked_sub(1).filter(|&q| q >= s0)?;
            if matches!(ctx.low(q), "direct" | "firsthand" | "first-hand" | "intimate" | "detailed")
            {
                q = q.checked_sub(1).filter(|&q| q >= s0)?;
            }
            if ctx.low(q) != "with" {
                return Some(e);
            }
            return q.checked_sub(1).filter(|&q| q >= s0);
        }
        _ => false,
    };
    if linked { e.checked_sub(1).filter(|&e| e >= s0) } else { Some(e) }
}

/// Where a determiner at `d` starts its phrase: at `d`, or at a definite determiner before a
/// number or `other` there (`The two lawmakers`, `the other Republicans`, `his three
/// rivals`).
fn determiner_before(ctx: &Ctx<'_>, s0: usize, d: usize) -> usize {
    let counted = ctx.has(d, flag::NUMWORD) || matches!(ctx.low(d), "other" | "few" | "many");
    let definite = |k: usize| {
        matches!(
            ctx.low(k),
            "the" | "these" | "those" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
        )
    };
    // (`a dozen Republicans`, `a handful of aides`; not `a few hours later`.)
    let indefinite = |k: usize| ctx.is(k, "a") && matches!(ctx.low(d), "dozen" | "handful");
    if counted && d > s0 && (definite(d - 1) || indefinite(d - 1)) { d - 1 } else { d }
}

/// A form of address that only comes before a person's name: `Mr.`, `Ms.`, `Sen.`, `Dr.`.
fn honorific(low: &str) -> bool {
    matches!(
        low,
        "mr."
            | "mrs."
            | "ms."
            | "dr."
            | "sen."
            | "rep."
            | "gov."
            | "gen."
            | "lt."
            | "col."
            | "capt."
            | "sgt."
            | "rev."
            | "prof."
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "sir"
            | "dame"
    )
}

/// Whether word `k` is a lowercase content word that can be part of a common noun phrase.
fn plain_noun_word(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.w.get(k).is_some_and(|x| x.shape == Shape::Lower && x.kind == TokenKind::Word)
        && !ctx.has(k, FUNCTION_WORDS | flag::BE_HAVE)
        && !ctx.is_verb_cue(k)
        && !matches!(ctx.low(k), "and" | "or" | "as" | "than" | "like" | "but" | "'s" | "’s")
        && (!ctx.low(k).ends_with("ly") || adjective_ly(ctx.low(k)))
}

/// The first of up to four modifiers before the head `j` of a common noun phrase, plain or
/// capitalised (`the Sanders campaign`, `The NFL legend`).
fn modifiers_before(ctx: &Ctx<'_>, s0: usize, j: usize) -> usize {
    let modifier = |k: usize| {
        plain_noun_word(ctx, k)
            || ctx.is_cap(k) && !ctx.has(k, flag::DET | flag::PREP | flag::CLAUSE)
    };
    let mut first = j;
    while first > s0 && j - first < 4 && modifier(first - 1) {
        first -= 1;
    }
    first
}

/// A common noun phrase with a determiner or a possessive ending at `j`: `a preliminary
/// field test`, `the new analysis`, `Clinton's team`, `Early results of the poll` (its
/// first word capitalised at the start of the sentence). A generic claimer.
pub(super) fn common_np(ctx: &Ctx<'_>, s0: usize, j: usize) -> Option<Np> {
    let plain = |k: usize| plain_noun_word(ctx, k);
    if !plain(j) || j <= s0 {
        return None;
    }
    // Capitalised modifiers too: `the Sanders campaign`, `The NFL legend`.
    let first = modifiers_before(ctx, s0, j);
    let before = first.checked_sub(1).filter(|&p| p >= s0);
    let lead = before.is_some_and(|p| {
        ctx.has(p, flag::DET) && !ctx.is(p, "that")
            || matches!(ctx.low(p), "'s" | "’s" | "'")
            || ctx.kind(p) == Some(TokenKind::Number)
    });
    if !lead {
        return None;
    }
    let p = before?;
    let mut start = determiner_before(ctx, s0, p);
    // The owner of a possessive: `Clinton's team`, `the campaign's lawyers`.
    if matches!(ctx.low(p), "'s" | "’s" | "'") {
        let owner = left_np(ctx, s0, p.checked_sub(1)?)?;
        start = owner.first;
    }
    Some(Np { head: None, first: start, last: j, kind: ClaimerKind::Generic, refers_to: None })
}

/// A plural without a determiner that opens its clause and ends at `j`, with up to four
/// modifiers: `Private companies say`, `But progressive organizations say`, `Multiple outlets
/// reported`. A generic claimer (for listed verbs of saying only: before other verbs such a
/// phrase is a subject of anything, `Explosions blasted him out`).
pub(super) fn bare_plural_np(ctx: &Ctx<'_>, s0: usize, j: usize) -> Option<Np> {
    // A plain noun in the plural.
    let plural_at = |k: usize| {
        let w = ctx.low(k);
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && plain_noun_word(ctx, k)
    };
    if !plural_at(j) {
        return None;
    }
    let mut first = modifiers_before(ctx, s0, j);
    // (`farmers and union leaders say`: two plurals joined.)
    if first >= s0 + 2 && ctx.is(first - 1, "and") && plural_at(first - 2) {
        first = modifiers_before(ctx, s0, first - 2);
    }
    let opens = first.checked_sub(1).filter(|&p| p >= s0).is_none_or(|p| {
        ctx.has(p, flag::CLAUSE)
            || ctx.is_comma(p)
            || matches!(ctx.low(p), "but" | "and" | "yet" | "so" | "while" | "because")
            // (the object of what they call: `in what officials called a hate crime`)
            || matches!(ctx.low(p), "what" | "that" | "which")
    });
    opens.then_some(Np { head: None, first, last: j, kind: ClaimerKind::Generic, refers_to: None })
}

/// The noun phrase that starts at word `i` (a source after its verb, or after `according to`).
pub(super) fn right_np(ctx: &Ctx<'_>, i: usize, s1: usize) -> Option<Np> {
    let w = ctx.w.get(i)?;
    if i >= s1 || ctx.has(i, flag::THAT) {
        return None;
    }
    let low = ctx.words.lower(w);
    // An adverb is no source (`said dryly`), and no part of one (`said recently elected
    // Mayor Bob Smith`: the phrase starts after it).
    if w.shape == Shape::Lower
        && low.len() > 4
        && low.ends_with("ly")
        && !ctx.has(i, flag::SOURCE_NOUN | flag::TITLE)
    {
        // (The next word is no -ly adverb itself, so this recursion is one step deep.)
        let next = ctx.low(i + 1);
        let plain = ctx.w.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
            && !(next.len() > 4 && next.ends_with("ly"));
        return if plain && i + 1 < s1 && !ctx.is_end(i + 1, s1) {
            right_np(ctx, i + 1, s1).map(|np| Np { first: i, ..np })
        } else {
            None
        };
    }
    if matches!(low, "he" | "she") {
        return Some(Np {
            head: None,
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
        return Some(Np { head: None, first: i, last: i, kind, refers_to: None });
    }
    // Scan the phrase: determiners, modifiers, names, up to a noun; stop at a comma, a verb
    // cue, a preposition after the head, or the sentence end.
    let mut last = None;
    let mut k = i;
    let mut saw_det = false;
    while k < s1 && k < i + 8 {
        let Some(x) = ctx.w.get(k) else { break };
        if ctx.glued_hyphen(k) && last.is_some() {
            k += 1;
            continue;
        }
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
            // `of` inside names or roles: `the Bank of England`, `the head of the agency`;
            // after a quantifier: `one of those advisers`, `some of his aides`.
            let quantifier =
                saw_det && k == i + 1 && super::patterns::quantifier_subject(ctx.low(i));
            if ctx.is(k, "of") && (last.is_some() || quantifier) && k + 1 < s1 {
                k += 1;
                continue;
            }
            // (`according to some on social media`: the quantifier is the head.)
            if quantifier && last.is_none() {
                last = Some(i);
            }
            break;
        }
        // A possessive inside the phrase: `the network’s chief correspondent`.
        if ctx.is(k, "'s") && last.is_some() {
            k += 1;
            continue;
        }
        if (ctx.is_verb_cue(k)
            || ctx.has(k, flag::BE_HAVE) && x.shape == Shape::Lower
            || matches!(
                ctx.low(k),
                "as" | "than"
                    | "because"
                    | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "although"
                    | "though"
                    | "until"
            ))
            && last.is_some()
        {
            break;
        }
        if matches!(
            x.kind,
            TokenKind::Word
                | TokenKind::Abbreviation
                | TokenKind::Number
                | TokenKind::Mention
                | TokenKind::Url
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
    Some(Np { head: None, first, last, kind, refers_to: None })
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

/// The subject of the clause that starts the sentence at `s0`, for a verb at `before` that
/// has none of its own (`Warren praised the plan, saying …`, `Twitter reported a loss and
/// said …`): the first noun phrase, after an opening phrase that ends at a comma (`In a
/// statement, the ministry …`). With `common`, a common noun phrase is one too (`The
/// town issued a statement saying …`).
pub(super) fn subject_at(ctx: &Ctx<'_>, s0: usize, before: usize, common: bool) -> Option<Np> {
    let mut k = s0;
    let skip = |k: usize| {
        ctx.kind(k) == Some(TokenKind::Punct)
            || ctx.has(k, flag::CLAUSE)
            || matches!(ctx.low(k), "and" | "but" | "so" | "yet" | "still" | "meanwhile")
    };
    while k < before && skip(k) {
        k += 1;
    }
    // A dateline: `NEW DELHI:`, `DALLAS (AP) —`.
    if let Some(d) = (k..before.min(k + 6)).find(|&m| matches!(ctx.low(m), ":" | "—" | "–"))
        && (k..d).all(|m| {
            ctx.w.get(m).is_some_and(|w| w.shape == Shape::Upper || w.kind == TokenKind::Punct)
        })
    {
        k = d + 1;
    }
    // An opening phrase: `In a statement,`, `On Monday,`, `After the vote,`, and a longer
    // participle clause: `Asked on Monday whether Mr. Clinton would hold a cabinet position,`.
    let participle = opening_participle(ctx, k);
    if ctx.has(k, flag::PREP) || ctx.in_date(k) || participle {
        let most = if participle { 24 } else { 10 };
        let comma = (k..before.min(k + most)).find(|&m| ctx.is_comma(m))?;
        k = comma + 1;
    }
    // The noun phrase ends before the first word that is no part of one.
    let mut e = k;
    while e + 1 < before && e < k + 8 {
        let n = e + 1;
        let lower = ctx.w.get(n).is_some_and(|w| w.shape == Shape::Lower);
        let part = ctx.is_cap(n)
            || ctx.hint_at(n).is_some_and(|h| ctx.hint_at(k) == Some(h))
            || matches!(ctx.low(n), "&" | "of" | "'s" | "’s")
            || lower && ctx.has(n, flag::SOURCE_NOUN | flag::TITLE | flag::ORG_HEAD)
            || lower
                && ctx.has(e, flag::DET)
                && !ctx.has(n, flag::PREP | flag::AUX | flag::BE_HAVE)
                && !ctx.is_verb_cue(n);
        if !part || ctx.is_comma(n) {
            break;
        }
        e = n;
    }
    // (With `common`, a common noun phrase too: `The town issued a statement saying …`.)
    let np = left_np(ctx, k, e).or_else(|| common.then(|| common_np(ctx, k, e)).flatten())?;
    (np.first == k || np.first + 1 == k).then_some(np)
}

/// A quantity of people as a subject, before a verb of saying: `Some said`, `Others say`,
/// `58 percent of Florida Latino voters said`, `Nearly eight in 10 Democratic voters said`,
/// `Twenty-four percent said`, `Many of them said`. It starts the sentence or follows a
/// comma or a conjunction. A generic claimer.
pub(super) fn quantity_np(ctx: &Ctx<'_>, s0: usize, j: usize) -> Option<Np> {
    let quantity = |m: usize| {
        ctx.kind(m) == Some(TokenKind::Number)
            || ctx.has(m, flag::NUMWORD)
            || matches!(
                ctx.low(m),
                "some"
                    | "others"
                    | "many"
                    | "most"
                    | "several"
                    | "few"
                    | "half"
                    | "third"
                    | "quarter"
                    | "majority"
                    | "plurality"
                    | "minority"
                    | "percent"
                    | "%"
                    | "none"
                    | "two-thirds"
                    | "three-quarters"
            )
    };
    let inside = |m: usize| {
        let Some(w) = ctx.w.get(m) else { return false };
        quantity(m)
            || matches!(ctx.low(m), "of" | "in" | "than" | "them" | "those" | "these" | "-")
            || matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation)
                && !ctx.has(
                    m,
                    flag::AUX
                        | flag::BE_HAVE
                        | flag::PREP
                        | flag::CLAUSE
                        | flag::THAT
                        | flag::NEG
                        | flag::WH
                        | flag::RELATIVE
                        | flag::PRON_PERSON,
                )
                && !ctx.is_verb_cue(m)
                && !matches!(ctx.low(m), "and" | "or" | "but" | "as")
    };
    let lo = s0.max(j.saturating_sub(12));
    let mut start = None;
    let mut k = j + 1;
    while k > lo && inside(k - 1) {
        k -= 1;
        if quantity(k) {
            start = Some(k);
        }
    }
    let mut first = start?;
    // `More than`, `Nearly`, `About`, `A`: modifiers of the quantity.
    while first > s0
        && matches!(
            ctx.low(first - 1),
            "a" | "an"
                | "nearly"
                | "almost"
                | "about"
                | "roughly"
                | "only"
                | "just"
                | "than"
                | "more"
                | "fewer"
                | "less"
                | "over"
                | "some"
        )
    {
        first -= 1;
    }
    let opens = first == s0
        || ctx.is_comma(first - 1)
        || ctx.kind(first - 1) == Some(TokenKind::Punct)
        || matches!(ctx.low(first - 1), "but" | "and" | "while" | "yet");
    // A bare number alone is a date or an age more often than a group (`In 2012 said`).
    let bare_number = first == j && ctx.kind(j) == Some(TokenKind::Number);
    (opens && !bare_number).then_some(Np {
        head: None,
        first,
        last: j,
        kind: ClaimerKind::Generic,
        refers_to: None,
    })
}

/// A subject completed to its left: the owner of a possessive (`Trump's opponents`) and the
/// head of a prepositional phrase it ends (`Paul Krugman of the New York Times`, `Attorneys
/// for Clinton`, `A lawmaker in the Philippines`), whose name becomes the head.
pub(super) fn complete_left(ctx: &Ctx<'_>, s0: usize, mut np: Np) -> Np {
    // A quantifier before it: `some Democrats`, `many Republicans`.
    // (`5 million Americans`, not `a $5 billion Fund`: an amount of money.)
    let money = |k: usize| k > s0 && matches!(ctx.low(k - 1), "$" | "£" | "€" | "us$");
    if np.first > s0
        && (matches!(
            ctx.low(np.first - 1),
            "some" | "many" | "most" | "several" | "few" | "both" | "all" | "other"
        ) || ctx.has(np.first - 1, flag::NUMWORD)
            && ctx.w.get(np.first - 1).is_some_and(|x| x.kind == TokenKind::Word)
            && !(np.first > s0 + 1 && money(np.first - 2)))
        && ctx.kind(np.first) != Some(TokenKind::Punct)
    {
        np.first = determiner_before(ctx, s0, np.first - 1);
        if np.first > s0 && ctx.kind(np.first - 1) == Some(TokenKind::Number) {
            np.first -= 1;
        }
    }
    for _ in 0..2 {
        let Some(p) = np.first.checked_sub(1).filter(|&p| p >= s0) else { break };
        // (`Breitbart News’ Michael Patrick Leahy`: an apostrophe glued after an -s.)
        let bare = |k: usize| {
            matches!(ctx.low(k), "'" | "’")
                && k > s0
                && ctx.low(k - 1).ends_with('s')
                && ctx
                    .w
                    .get(k - 1)
                    .zip(ctx.w.get(k))
                    .is_some_and(|(a, b)| a.span.end == b.span.start)
        };
        if matches!(ctx.low(np.first), "'s" | "’s") || matches!(ctx.low(p), "'s" | "’s") || bare(p)
        {
            let at = if matches!(ctx.low(np.first), "'s" | "’s") { np.first } else { p };
            match at.checked_sub(1).and_then(|o| left_np(ctx, s0, o)) {
                Some(owner) if owner.first < np.first => np.first = owner.first,
                _ => break,
            }
            continue;
        }
        if p == s0
            || !matches!(
                ctx.low(p),
                "of" | "for" | "in" | "at" | "from" | "to" | "with" | "on" | "by"
            )
            || ctx.w.get(p).is_some_and(|w| w.shape != Shape::Lower)
        {
            break;
        }
        // How the source stands to what follows: `People close to the campaign`, `A person
        // familiar with the planning`, `People briefed on the talks`, `Officials involved in
        // the talks`, `People with direct knowledge of the matter`.
        let Some(e) = source_link(ctx, s0, p) else { break };
        let outer = left_np(ctx, s0, e).or_else(|| common_np(ctx, s0, e));
        // (Before `to`, `with`, `on` and `by` without such a word, a source, a role, a body or
        // a report: `Advisers to Mr. Rubio`, `Officials with the committee`, `A study by the
        // center`; not `it on a new foundation`, `a visit to Iowa`, `in Ohio on Monday`.)
        let near = matches!(ctx.low(p), "to" | "with" | "on" | "by");
        let people = |o: &Np| {
            ctx.is_word(o.last)
                && !ctx.in_date(np.first)
                && (e + 1 < p
                    || ctx.has(
                        o.last,
                        flag::SOURCE_NOUN | flag::TITLE | flag::REPORT_NOUN | flag::ORG_HEAD,
                    ))
        };
        match outer {
            Some(o) if o.first < p && (!near || people(&o)) => {
                np = Np {
                    head: Some(o.head.unwrap_or((o.first, o.last))),
                    first: o.first,
                    last: np.last,
                    kind: o.kind,
                    refers_to: o.refers_to,
                };
            }
            _ => break,
        }
    }
    // Coordinated subjects: `Donald Trump and House Speaker Paul Ryan`, `He and Brafman`,
    // `Sanders and his allies`, `Both The New York Times and the Wall Street Journal` (the
    // first one opens the clause).
    if np.first >= s0 + 2 && matches!(ctx.low(np.first - 1), "and" | "&") {
        let a = np.first - 2;
        let left = left_np(ctx, s0, a).or_else(|| common_np(ctx, s0, a));
        if let Some(l) = left
            && l.first < np.first
        {
            let mut first = l.first;
            if first > s0 && ctx.is(first - 1, "both") {
                first -= 1;
            }
            let opens = first == s0
                || ctx.kind(first - 1) == Some(TokenKind::Punct)
                || ctx.has(first - 1, flag::CLAUSE);
            if opens {
                np = Np {
                    head: None,
                    first,
                    last: np.last,
                    kind: if l.kind == np.kind { np.kind } else { ClaimerKind::Generic },
                    refers_to: None,
                };
            }
        }
    }
    np
}

/// The whole opening of the sentence, or of its main clause, up to `last`, as the subject
/// of a verb of saying, when it is one noun phrase with what may follow a noun:
/// prepositional phrases, appositions between commas, a relative clause and a parenthesis
/// (`Opponents of new limits on campaign spending say`, `Sen. Ann Ruiz (D-Ohio), another
/// first-term senator, said`, `Tom Reyes, a doctor who advised the mayor, said`). The
/// main clause follows an opening subordinate clause (`While farmers were away, opponents
/// of the limits said …`) or a conjunction after a comma (`…, but Mayor Tom Reyes says`). The rules for shorter phrases come first; this one reads what they leave. Its
/// head is the noun phrase of its first words.
pub(super) fn opening_subject(ctx: &Ctx<'_>, s0: usize, last: usize) -> Option<Np> {
    let mut k = s0;
    while k <= last
        && (ctx.kind(k) == Some(TokenKind::Punct) && !ctx.is_open_quote(k)
            || matches!(
                ctx.low(k),
                "and" | "but" | "so" | "yet" | "still" | "meanwhile" | "indeed"
            ))
    {
        k += 1;
    }
    if k > last {
        return None;
    }
    // An opening phrase up to a comma: `In a statement,`, `On Monday,`, `Separately,`.
    let opener = ctx.has(k, flag::PREP)
        || ctx.in_date(k)
        || ctx.is_comma(k + 1) && ctx.low(k).ends_with("ly")
        || matches!(ctx.low(k), "however" | "instead" | "now" | "later" | "earlier" | "also");
    if opener && !ctx.has(k, flag::CLAUSE) {
        k = (k..last.min(k + 10)).find(|&m| ctx.is_comma(m))? + 1;
    }
    if let Some(np) = subject_from(ctx, k, last) {
        return Some(np);
    }
    let lo = last.saturating_sub(60).max(k);
    // After an opening subordinate clause: the first comma after which a subject reads.
    // (Only commas close enough to the verb: a subject has at most 40 words.)
    if ctx.has(k, flag::CLAUSE) {
        let found = (last.saturating_sub(42).max(k + 1)..last)
            .filter(|&m| ctx.is_comma(m) && !ctx.glued_hyphen(m))
            .find_map(|m| subject_from(ctx, m + 1, last));
        if found.is_some() {
            return found;
        }
    }
    // After a comma and a conjunction, or a semicolon: the last such break.
    let brk = (lo + 1..last).rev().find(|&m| {
        ctx.is(m, ";")
            || ctx.is_comma(m - 1) && matches!(ctx.low(m), "but" | "and" | "while" | "whereas")
    })?;
    subject_from(ctx, brk + 1, last)
}

/// [`opening_subject`] from word `k`, when the words `k..=last` are such a subject.
fn subject_from(ctx: &Ctx<'_>, k: usize, last: usize) -> Option<Np> {
    let e = if ctx.is_comma(last) { last.checked_sub(1)? } else { last };
    if e < k || e - k > 40 || ctx.kind(e) == Some(TokenKind::Punct) && !ctx.is(e, ")") {
        return None;
    }
    // It opens as a noun phrase does, with a name, a determiner, a number or a noun.
    let w0 = ctx.w.get(k)?;
    if !matches!(w0.kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number)
        // (A modifier of a quantity may open it: `Just over a third, 35 percent, say`.)
        || ctx.has(k, flag::CLAUSE | flag::WH | flag::PREP | flag::AUX | flag::BE_HAVE | flag::NEG)
            && !(matches!(ctx.low(k), "just" | "only" | "nearly" | "almost" | "roughly")
                && (ctx.has(k + 1, flag::NUMWORD | flag::PREP | flag::DET)
                    || ctx.kind(k + 1) == Some(TokenKind::Number)))
        || ctx.has(k, flag::RELATIVE | flag::MODAL)
        // (`That person said`: a demonstrative that opens the sentence.)
        || ctx.has(k, flag::THAT) && !(k < e && ctx.is_cap(k))
        || ctx.has(k, flag::PRON_PERSON | flag::PRON_OTHER)
            && e == k
            && !super::patterns::quantifier_subject(ctx.low(k))
        || opening_participle(ctx, k)
        || ctx.has(k, flag::WHETHER)
        || matches!(ctx.low(k), "let" | "please" | "then" | "now" | "here" | "there" | "as")
    {
        return None;
    }
    // A personal pronoun is a subject of its own (`I mean, think …`, `She pretty much
    // said`, `let me say`), and an adverb before the verb is no part of a noun phrase
    // (`Suddenly everybody says`, `maybe everybody would say`): the other rules read those.
    // (A relative clause may hold them: `others who want to see him said`.)
    let clause = (k + 1..=e)
        .find(|&m| {
            matches!(ctx.low(m), "who" | "whose" | "which" | "that")
                && ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower)
        })
        .unwrap_or(e + 1);
    if (k..clause).any(|m| {
        matches!(
            ctx.low(m),
            "i" | "me"
                | "you"
                | "he"
                | "him"
                | "she"
                | "it"
                | "we"
                | "us"
                | "they"
                | "them"
                | "maybe"
                | "perhaps"
                | "ca"
                | "wo"
                | "dare"
        ) || ctx.low(m).len() > 4
            && ctx.low(m).ends_with("ly")
            && !adjective_ly(ctx.low(m))
            // (`nearly nine years`: of a number)
            && !(ctx.kind(m + 1) == Some(TokenKind::Number) || ctx.has(m + 1, flag::NUMWORD))
    }) {
        return None;
    }
    // A parenthesis is read as one word: `Mayor Tom Reyes (a Democrat …)`.
    // (At most 41 words: `e - k` is at most 40, checked above; no allocation per cue.)
    let mut inside = [false; 41];
    let mut m = k;
    while m <= e {
        if ctx.is(m, "(") {
            let close = (m + 1..=e.min(m + 30)).find(|&c| ctx.is(c, ")"))?;
            for x in &mut inside[m + 1 - k..close - k] {
                *x = true;
            }
            m = close;
        }
        m += 1;
    }
    let open = |m: usize| !inside[m - k];
    // (A hyphen inside a compound joins words, it makes no verb: `self-described`.)
    let verb = |m: usize| {
        open(m)
            && ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower)
            && ctx.is_word(m)
            && !(m > 0 && ctx.glued_hyphen(m - 1))
            && !matches!(ctx.low(m), "'s" | "’s")
            && (ctx.has(m, flag::BE_HAVE | flag::MODAL | flag::FUTURE | flag::AUX)
                || ctx.is_verb_cue(m) && !super::patterns::noun_like_cue(ctx.low(m))
                || ctx.low(m).len() > 4
                    && ctx.low(m).ends_with("ed")
                    // (after a determiner, an adjective: `a registered Republican`)
                    && !(m > k && ctx.has(m - 1, flag::DET)))
    };
    let stop = |m: usize| {
        open(m)
            && (ctx.is_open_quote(m)
                || ctx.is_close_quote(m)
                || matches!(ctx.low(m), ":" | ";" | "?" | "!")
                || ctx.is(m, "that") && m > k
                || ctx.is_dash(m) && !ctx.glued_hyphen(m))
    };
    let comma = |m: usize| open(m) && ctx.is_comma(m) && !ctx.glued_hyphen(m);
    // The first phrase, to the first comma: no verb, no clause but a relative clause after
    // its noun (`Farmers and others who want to end the quota said`).
    let first_comma = (k..=e).find(|&m| comma(m));
    let phrase_end = first_comma.map_or(e, |c| c - 1);
    let rel = (k + 2..=phrase_end).find(|&m| {
        open(m)
            && matches!(ctx.low(m), "who" | "that")
            && ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower)
            && plain_noun_word(ctx, m - 1)
            && ctx.w.get(m + 1).is_some_and(|w| w.shape == Shape::Lower && w.kind.is_wordlike())
    });
    let first_end = rel.map_or(phrase_end, |r| r - 1);
    if first_end < k
        || (k..=first_end).any(|m| {
            stop(m) || verb(m) || open(m) && m > k && ctx.has(m, flag::RELATIVE | flag::WH)
        })
        || rel.is_some_and(|r| (r + 1..=phrase_end).any(|m| stop(m) || ctx.is(m, "that")))
        || !(ctx.is_word(first_end)
            || ctx.is(first_end, ")")
            || ctx.kind(first_end) == Some(TokenKind::Number))
        || ctx.has(first_end, FUNCTION_WORDS)
            && !ctx.has(first_end, flag::PRON_OTHER)
            && !super::patterns::quantifier_subject(ctx.low(first_end))
    {
        return None;
    }
    // Each phrase between commas after it is an apposition (with a relative clause of its
    // own: `an oncologist who advised Obama`), an age or a share, a participle clause, a
    // sentence adverb or a company (`along with …`); or it opens a relative clause that runs
    // to the verb.
    let mut c = first_comma;
    let mut relative = rel.is_some();
    while let Some(at) = c {
        let start = at + 1;
        if start > e {
            return None;
        }
        let end = (start..=e).find(|&m| comma(m)).map_or(e, |m| m - 1);
        if end < start || (start..=end).any(&stop) {
            return None;
        }
        let rel_at = (start..=end).find(|&m| {
            open(m) && ctx.has(m, flag::RELATIVE) && matches!(ctx.low(m), "who" | "whose" | "which")
        });
        relative |= rel_at == Some(start);
        if !relative {
            let participle = ctx.w.get(start).is_some_and(|w| w.shape == Shape::Lower)
                && ctx.low(start).len() > 5
                && ctx.low(start).ends_with("ing");
            let number = end < start + 3 && ctx.kind(start) == Some(TokenKind::Number);
            // (`a representative in Allentown, Pa.,`: the state of the place before)
            let state = end == start && state_abbreviation(ctx.low(start)) && ctx.is_cap(at - 1);
            let adverb = end == start
                && matches!(
                    ctx.low(start),
                    "meanwhile" | "however" | "too" | "also" | "though" | "instead" | "then"
                );
            let company = matches!(
                (ctx.low(start), ctx.low(start + 1)),
                ("along" | "together", "with") | ("as", "well") | ("like" | "including", _)
            );
            let verb_free = (start..=rel_at.map_or(end, |r| r - 1)).all(|m| !verb(m));
            if !(number || state || adverb || company || participle && end > start)
                && !(appositive_start(ctx, start, false) && verb_free)
            {
                return None;
            }
        }
        c = (end < e).then_some(end + 1);
    }
    // The head: the noun phrase before the first preposition, when a rule reads one there.
    let head_end = (k..=first_end)
        .find(|&m| m > k && (ctx.has(m, flag::PREP) || ctx.is(m, "(")))
        .map_or(first_end, |m| m - 1);
    let head = left_np(ctx, k, head_end)
        .or_else(|| common_np(ctx, k, head_end))
        .or_else(|| bare_plural_np(ctx, k, head_end))
        .or_else(|| quantity_np(ctx, k, head_end))
        .filter(|h| h.first <= k + 1);
    Some(Np {
        head: head.map(|h| h.head.unwrap_or((h.first, h.last))).filter(|&(a, b)| (a, b) != (k, e)),
        first: k,
        last: e,
        kind: head.map_or(ClaimerKind::Generic, |h| h.kind),
        refers_to: head.and_then(|h| h.refers_to),
    })
}
