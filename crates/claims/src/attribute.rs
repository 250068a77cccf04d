//! Attribution: who claims what, with which cue.
//!
//! Patterns, tried at every cue word of a sentence:
//!
//! - `SOURCE CUE (that) CONTENT` — `Washington claims that …`, `Ukrainian officials say …`;
//! - `CONTENT, SOURCE CUE` — `…, the Kremlin announced.`;
//! - `CONTENT, CUE SOURCE` — `…, said Smith.`;
//! - `according to SOURCE, CONTENT` and `CONTENT, according to SOURCE`;
//! - reporting nouns: `the claim that …`, `his assertion that …`;
//! - passives: `it was reported that …`;
//! - reporting adverbs: `Russia reportedly purchased …`.
//!
//! Content that starts or ends inside a direct quotation extends to the quote's ends, across
//! sentence boundaries. Sources are hint spans, capitalised names (with titles), pronouns
//! (linked to the nearest preceding person), relative pronouns (linked to their antecedent)
//! or generic source noun phrases (`UN monitors`, `media reports`).

use std::borrow::Cow;

use nutgraf_tokenize::{Sentence, Span, TokenKind};

use crate::claim::{Claim, ClaimKind, Claimer, ClaimerKind, Hint, HintKind, Reason, Stance};
use crate::lexicon::flag;
use crate::model::{ScoredBlock, name_top};
use crate::words::{Shape, Word, Words, is_year};

/// How many words a subject may be away from its verb (auxiliaries, adverbs, negation).
const MAX_GAP: usize = 4;

/// Claims found in one sentence at most: the first ones in text order are kept. News
/// sentences hold one to three (seven at most in 18 MB of political text); the cap bounds
/// the work and output of run-on text (scraped tables, text without punctuation), where
/// every claim would otherwise repeat the whole sentence.
pub const MAX_CLAIMS_PER_SENTENCE: usize = 16;

/// Words of a clause at most (the longest content in 18 MB of political text has 130): a
/// content span never runs on further, whatever the sentence.
const MAX_CLAUSE_WORDS: usize = 400;

/// Words of the sentence(s) of a claim at most: in a longer run-on sentence a claim spans
/// its own words only (claimer, cue and content).
const MAX_CLAIM_WORDS: usize = 1_000;

/// Words of a capitalised name at most (`the U.S. Department of Health and Human Services`
/// has eight).
const MAX_NAME_WORDS: usize = 16;

/// A claim before its details are filled in. Word indices are global (into `Words::words`).
#[derive(Clone, Debug)]
struct Found {
    /// First and last word of the cue.
    cue: (usize, usize),
    claimer: Option<Np>,
    content: Option<Span>,
    stance: Stance,
    pattern: &'static str,
    /// Sentences the claim spans (first, last), when a quote carries it beyond its own.
    sentences: (usize, usize),
}

/// A noun phrase: a claimer.
#[derive(Clone, Copy, Debug)]
struct Np {
    first: usize,
    last: usize,
    kind: ClaimerKind,
    refers_to: Option<Span>,
}

/// Everything the patterns look at.
struct Ctx<'a> {
    text: &'a str,
    words: &'a Words,
    w: &'a [Word],
    /// Hints sorted by start.
    hints: &'a [Hint],
    has_person_hints: bool,
    /// Quotations as word index pairs (opening mark, closing mark), in order.
    quotes: Vec<(usize, usize)>,
    /// People named in the text (hints, or titled names without hints), in text order.
    people: Vec<Span>,
    /// Person claimers found so far when there are no person hints, in text order. Kept
    /// apart from `people` so that adding one never shifts the whole list.
    claimers: Vec<Span>,
}

impl Ctx<'_> {
    #[inline]
    fn low(&self, i: usize) -> &str {
        self.w.get(i).map_or("", |w| self.words.lower(w))
    }

    #[inline]
    fn is(&self, i: usize, s: &str) -> bool {
        self.w.get(i).is_some_and(|w| self.words.bytes(w) == s.as_bytes())
    }

    #[inline]
    fn has(&self, i: usize, f: u64) -> bool {
        self.w.get(i).is_some_and(|w| w.flags & f != 0)
    }

    #[inline]
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.w.get(i).map(|w| w.kind)
    }

    #[inline]
    fn is_cap(&self, i: usize) -> bool {
        self.w.get(i).is_some_and(|w| {
            w.shape != Shape::Lower
                && matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Mention)
        })
    }

    #[inline]
    fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Abbreviation))
    }

    fn is_comma(&self, i: usize) -> bool {
        matches!(self.low(i), "," | ";" | "-" | "--")
    }

    /// The quotation that word `i` closes (quotations are disjoint and in order, so a
    /// binary search finds it).
    fn closing(&self, i: usize) -> Option<(usize, usize)> {
        let p = self.quotes.partition_point(|q| q.1 < i);
        self.quotes.get(p).filter(|q| q.1 == i).copied()
    }

    /// The quotation that word `i` opens.
    fn opening(&self, i: usize) -> Option<(usize, usize)> {
        let p = self.quotes.partition_point(|q| q.0 < i);
        self.quotes.get(p).filter(|q| q.0 == i).copied()
    }

    /// The quotation that word `i` is inside (between its marks).
    fn in_quote(&self, i: usize) -> Option<(usize, usize)> {
        let p = self.quotes.partition_point(|q| q.0 < i);
        let q = *self.quotes.get(p.checked_sub(1)?)?;
        (i < q.1).then_some(q)
    }

    /// The sentence of word `i`.
    fn sentence_of(&self, i: usize) -> Option<usize> {
        (i < self.w.len()).then(|| self.words.sentences.partition_point(|r| r.end <= i))
    }

    fn is_close_quote(&self, i: usize) -> bool {
        self.closing(i).is_some()
    }

    fn is_open_quote(&self, i: usize) -> bool {
        self.opening(i).is_some()
    }

    fn is_end(&self, i: usize, s1: usize) -> bool {
        i >= s1 || matches!(self.low(i), "." | "!" | "?" | "..." | "…" | ";")
    }

    fn span(&self, first: usize, last: usize) -> Span {
        match (self.w.get(first), self.w.get(last)) {
            (Some(a), Some(b)) if a.span.start <= b.span.end => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }

    /// The hint that covers word `i`.
    fn hint_at(&self, i: usize) -> Option<Hint> {
        let sp = self.w.get(i)?.span;
        let k = self.hints.partition_point(|h| h.span.start <= sp.start);
        self.hints[..k]
            .iter()
            .rev()
            .take(8)
            .find(|h| {
                h.span.contains(sp) && h.kind != HintKind::Boilerplate && h.kind != HintKind::Date
            })
            .copied()
    }

    /// Whether word `i` is inside a date hint (`last September`, `on Friday`).
    fn in_date(&self, i: usize) -> bool {
        let Some(sp) = self.w.get(i).map(|w| w.span) else { return false };
        let k = self.hints.partition_point(|h| h.span.start <= sp.start);
        self.hints[..k]
            .iter()
            .rev()
            .take(8)
            .any(|h| h.kind == HintKind::Date && h.span.contains(sp))
    }

    /// The first word index at or after byte `pos` in `lo..hi`.
    fn word_at(&self, pos: usize, lo: usize, hi: usize) -> usize {
        let ws = self.w.get(lo..hi).unwrap_or(&[]);
        lo + ws.partition_point(|w| w.span.start < pos)
    }

    /// The nearest person before byte `pos`.
    fn person_before(&self, pos: usize) -> Option<Span> {
        let before = |list: &[Span]| {
            let k = list.partition_point(|p| p.end <= pos);
            k.checked_sub(1).and_then(|k| list.get(k)).copied()
        };
        match (before(&self.people), before(&self.claimers)) {
            (Some(a), Some(b)) => Some(if (b.end, b.start) > (a.end, a.start) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
}

/// Pairs quotation marks: `“…”`, `«…»` and straight `"…"` (opening when not after a word).
fn pair_quotes(
    ctx: &Ctx<'_>,
    max_sentences: u32,
    mut out: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    out.clear();
    let mut open: Option<usize> = None;
    for (i, w) in ctx.w.iter().enumerate() {
        if w.kind != TokenKind::Punct {
            continue;
        }
        let raw = w.span.get(ctx.text).unwrap_or("");
        let role = match raw {
            "“" | "«" | "„" => 1,
            "”" | "»" => 2,
            "\"" => {
                let prev = i.checked_sub(1).and_then(|p| ctx.w.get(p));
                let after_word = prev.is_some_and(|p| {
                    p.span.end == w.span.start
                        && (p.kind != TokenKind::Punct
                            || matches!(ctx.words.lower(p), "." | "," | "?" | "!"))
                });
                if open.is_some() || after_word { 2 } else { 1 }
            }
            _ => 0,
        };
        match role {
            1 => open = Some(i),
            2 => {
                if let Some(o) = open.take() {
                    let (so, sc) = (ctx.sentence_of(o), ctx.sentence_of(i));
                    if sc.unwrap_or(0).saturating_sub(so.unwrap_or(0)) <= max_sentences as usize {
                        out.push((o, i));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A block of sentences for [`find`], with what the detector knows of them.
pub(crate) struct Block<'a> {
    /// The sentences; `Words` holds their words.
    pub sentences: &'a [Sentence],
    pub scored: ScoredBlock<'a>,
    /// The hints that start in the block, sorted by start (longest first).
    pub hints: &'a [Hint],
    /// Whether the document has person hints at all.
    pub has_person_hints: bool,
}

/// What attribution carries from one block of sentences to the next.
#[derive(Debug, Default)]
pub(crate) struct Carry {
    /// The last person named or claiming in earlier blocks (a pronoun's referent).
    last_person: Option<Span>,
    /// The end of the furthest claim so far: a sentence inside a quoted claim is no claim
    /// of its own.
    covered_until: usize,
}

/// Finds the claims of a block of sentences and appends them to `claims`, in text order.
pub(crate) fn find(
    threshold: f32,
    text: &str,
    words: &Words,
    block: &Block<'_>,
    scratch: &mut Scratch,
    carry: &mut Carry,
    claims: &mut Vec<Claim>,
) {
    let Block { sentences, scored, hints, has_person_hints } = *block;
    let scores = scored.scores;
    let w = &words.words[..];
    let mut people: Vec<Span> = carry.last_person.into_iter().collect();
    if has_person_hints {
        people.extend(hints.iter().filter(|h| h.kind == HintKind::Person).map(|h| h.span));
    }
    let mut ctx = Ctx {
        text,
        words,
        w,
        has_person_hints,
        hints,
        quotes: std::mem::take(&mut scratch.quotes),
        people,
        claimers: Vec::new(),
    };
    let buffer = std::mem::take(&mut ctx.quotes);
    ctx.quotes = pair_quotes(&ctx, 8, buffer);
    if !ctx.has_person_hints {
        let titled = titled_people(&ctx);
        ctx.people.extend(titled);
    }

    let mut found: Vec<Found> = Vec::new();
    let first_claim = claims.len();
    let mut covered_until = carry.covered_until;
    for (si, range) in words.sentences.iter().enumerate() {
        let Some(sent) = sentences.get(si) else { break };
        if scored.silenced.get(si).copied().unwrap_or(false) {
            continue;
        }
        let (s0, s1) = (range.start, range.end);
        found.clear();
        find_in_sentence(&ctx, si, s0, s1, &mut found);
        for f in &found {
            if f.claimer.is_some_and(|c| c.kind == ClaimerKind::Person)
                && !ctx.has_person_hints
                && let Some(c) = f.claimer
                && c.refers_to.is_none()
                && !ctx.has(c.first, flag::PRON_PERSON | flag::RELATIVE)
            {
                let sp = ctx.span(c.first, c.last);
                let k = ctx.claimers.partition_point(|p| p.start < sp.start);
                let known = |list: &[Span]| {
                    list.get(list.partition_point(|p| p.start < sp.start)) == Some(&sp)
                };
                if !known(&ctx.people) && !known(&ctx.claimers) {
                    ctx.claimers.insert(k, sp);
                }
            }
        }
        for f in &found {
            let claim = build_claim(&ctx, sentences, scored, f);
            covered_until = covered_until.max(claim.span.end);
            claims.push(claim);
        }
        let score = scores.get(si).copied().unwrap_or(0.0);
        let inside_claim = covered_until >= sent.span.end;
        if found.is_empty() && !inside_claim && score >= threshold && !is_question(&ctx, s0, s1) {
            let f = Found {
                cue: (usize::MAX, usize::MAX),
                claimer: None,
                content: None,
                stance: Stance::Assert,
                pattern: "pattern:unattributed",
                sentences: (si, si),
            };
            claims.push(build_claim(&ctx, sentences, scored, &f));
        }
    }
    claims[first_claim..].sort_by_key(|c| (c.span.start, c.cue.map_or(usize::MAX, |s| s.start)));
    carry.last_person = ctx.person_before(usize::MAX);
    carry.covered_until = covered_until;
    scratch.quotes = ctx.quotes;
}

/// Buffers of [`find`], kept between calls.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    quotes: Vec<(usize, usize)>,
}

impl Scratch {
    /// Bytes held.
    pub(crate) fn size(&self) -> usize {
        self.quotes.capacity() * size_of::<(usize, usize)>()
    }
}

fn is_question(ctx: &Ctx<'_>, s0: usize, s1: usize) -> bool {
    (s0..s1)
        .rev()
        .find(|&i| !matches!(ctx.low(i), "\"" | "'" | ")"))
        .is_some_and(|i| ctx.is(i, "?"))
}

/// People named with a title (`President Putin`, `spokesperson Matthew Miller`, `Mr. Clarke`)
/// when no person hints were given.
fn titled_people(ctx: &Ctx<'_>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.w.len() {
        if ctx.has(i, flag::TITLE)
            && ctx.is_cap(i + 1)
            && !ctx.has(i + 1, flag::TITLE | flag::ORG_HEAD)
        {
            let mut j = i + 1;
            while ctx.is_cap(j + 1)
                && !ctx.has(j + 1, flag::ORG_HEAD)
                && ctx.sentence_of(j + 1) == ctx.sentence_of(i)
            {
                j += 1;
            }
            out.push(ctx.span(i + 1, j));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// True for a word that can stand between a subject and its verb.
fn is_gap(ctx: &Ctx<'_>, i: usize) -> bool {
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

fn find_in_sentence(ctx: &Ctx<'_>, si: usize, s0: usize, s1: usize, out: &mut Vec<Found>) {
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
fn stance(ctx: &Ctx<'_>, cue: usize, from: usize) -> Stance {
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

fn verb_cue(ctx: &Ctx<'_>, si: usize, s0: usize, s1: usize, i: usize) -> Option<Found> {
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
    let cue_at_end = ctx.is_end(k, s1) || (ctx.is_comma(k) && ctx.is_end(k + 1, s1));
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

/// Content after word `start`: to the end of the clause, or to the end of a quotation that
/// starts there. Returns the content and the last sentence it reaches.
fn content_after(
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
fn clause_after(ctx: &Ctx<'_>, start: usize, s0: usize, s1: usize) -> Option<Span> {
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
fn content_before(ctx: &Ctx<'_>, si: usize, s0: usize, end: usize) -> (Option<Span>, usize) {
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

/// `according to SOURCE` at word `i`; `initial` when only punctuation, clause words and
/// `and` come before it in the sentence.
fn according_to(
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

fn reporting_noun(ctx: &Ctx<'_>, si: usize, s0: usize, s1: usize, i: usize) -> Option<Found> {
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

/// Is word `i` a possible name word (capitalised, not a function word at sentence start)?
fn name_word(ctx: &Ctx<'_>, i: usize, s0: usize) -> bool {
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
fn left_np(ctx: &Ctx<'_>, s0: usize, j: usize) -> Option<Np> {
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
fn right_np(ctx: &Ctx<'_>, i: usize, s1: usize) -> Option<Np> {
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

fn hint_kind(k: HintKind) -> ClaimerKind {
    match k {
        HintKind::Person | HintKind::Title => ClaimerKind::Person,
        HintKind::Organization => ClaimerKind::Organization,
        HintKind::Place => ClaimerKind::Place,
        _ => ClaimerKind::Generic,
    }
}

/// The kind of a capitalised name `first..=last` without hints.
fn name_kind(ctx: &Ctx<'_>, first: usize, last: usize) -> ClaimerKind {
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

fn build_claim(ctx: &Ctx<'_>, sentences: &[Sentence], scored: ScoredBlock<'_>, f: &Found) -> Claim {
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
    }
}

/// Is word `k` a number or quantity word?
fn is_quantity(ctx: &Ctx<'_>, k: usize) -> bool {
    match ctx.kind(k) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => {
            ctx.has(k, flag::NUMWORD) && ctx.w.get(k).is_some_and(|w| w.shape == Shape::Lower)
        }
        Some(TokenKind::Symbol) => matches!(ctx.low(k), "$" | "£" | "€" | "¥"),
        _ => false,
    }
}

fn hedges(ctx: &Ctx<'_>, range: core::ops::Range<usize>, cue: (usize, usize)) -> Vec<Span> {
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

fn numbers(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
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
        out.push(ctx.span(first, last));
        k = m;
    }
    out
}

fn is_prediction(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    range.clone().any(|k| {
        if !ctx.has(k, flag::PATTERN) {
            return false;
        }
        let low = ctx.low(k);
        let lower = ctx.w.get(k).is_some_and(|w| w.shape == Shape::Lower || k == range.start);
        lower
            && (matches!(low, "will" | "'ll" | "shall" | "might")
                || low == "going" && ctx.is(k + 1, "to") && ctx.has(k - 1, flag::BE_HAVE)
                || matches!(
                    low,
                    "expected" | "set" | "due" | "plans" | "planned" | "poised" | "scheduled"
                ) && ctx.is(k + 1, "to")
                    && ctx.has(k.wrapping_sub(1), flag::BE_HAVE))
    })
}

fn is_comparison(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    range.clone().any(|k| {
        ctx.has(k, flag::PATTERN)
            && matches!(
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
            )
            || ctx.has(k, flag::PATTERN)
                && ctx.is(k, "as")
                && matches!(ctx.low(k + 1), "many" | "much")
                && ctx.is(k + 2, "as")
    })
}

fn is_causal(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    range.clone().any(|k| {
        if !ctx.has(k, flag::PATTERN) {
            return false;
        }
        let low = ctx.low(k);
        matches!(low, "because" | "therefore" | "consequently")
            || low == "due" && ctx.is(k + 1, "to")
            || matches!(low, "led" | "leads" | "lead" | "leading") && ctx.is(k + 1, "to")
            || matches!(low, "resulted" | "results" | "result") && ctx.is(k + 1, "in")
            || low == "result" && ctx.is(k + 1, "of") && ctx.is(k.wrapping_sub(1), "a")
            || low == "thanks" && ctx.is(k + 1, "to")
            || low == "blamed" && ctx.is(k + 1, "for")
            || low == "caused" && !ctx.is(k + 1, "by")
    })
}
