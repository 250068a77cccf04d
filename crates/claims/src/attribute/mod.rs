//! Attribution: who claims what, with which cue.
//!
//! Patterns, tried at every cue word of a sentence (`patterns.rs`):
//!
//! - `SOURCE CUE (that) CONTENT` — `Washington claims that …`, `Ukrainian officials say …`,
//!   `The senator urged voters to reject the plan`; before a plain verb of saying the source
//!   may be the whole opening of the sentence or of its main clause, with appositions,
//!   prepositional phrases and relative clauses (`Gov. Ann Ruiz of Ohio, a Republican who has
//!   refused to back the nominee, said …`);
//! - `CONTENT, SOURCE CUE (ADJUNCT)` — `…, the Kremlin announced.`, `“…,” Ortiz told
//!   reporters on Monday`;
//! - `CONTENT, CUE SOURCE` — `…, said Smith, a former senator.`;
//! - participles and second verbs of the sentence's claimer — `…, adding that …`, `issued a
//!   statement saying …`, `reported a loss and said …`;
//! - `according to SOURCE, CONTENT` and `CONTENT, according to SOURCE` (after an opening
//!   clause, `While …, according to SOURCE, CONTENT`, the content is the main clause);
//! - reporting nouns: `the claim that …`, `Lee's warning that …`;
//! - passives: `it was reported that …`, `The plan was criticized by the auditors`;
//! - reporting adverbs: `Russia reportedly purchased …`;
//! - headlines in title case: `Clinton Says …`, `Daily News: …`; in running text, a person
//!   or body the entities stage knows before a colon (`Lewandowski: the FBI director …`),
//!   and a transcript's speaker in capitals (`RIVERA: Honestly, I …`);
//! - possessive nouns of attack, criticism, call and promise: `their attacks on Trump`,
//!   `the mayor's criticism of the budget`;
//! - participles that open the sentence: `Calling the plan a disaster, Senator Hale said …`,
//!   `Asked whether …,` (a question whose asker is not named), and `when asked about …`;
//! - `“…,” he continued` (a verb of going on reports only the quotation before it);
//! - learned cues (`examples/train_cues.rs`) before a preposition, a clause or a quotation,
//!   or, where the cue model is sure, a plain object (`endorsed the mayor`).
//!
//! A cue inside a quotation is part of what is quoted (`“I said she was right,” he said`).
//! Subjects keep what belongs to the noun phrase: titles with their qualifiers (`Former
//! Florida Gov. Jeb Bush`), appositions and their relative clauses, a parenthesis (`Sen. X
//! (R-Fla.)`), the owner of a possessive and the head of a prepositional phrase (`Paul
//! Krugman of the New York Times`), a town and its state (`Stacy Baker of Columbia, South
//! Carolina`, `Derry, N.H.`), coordinated subjects that open the clause (`Donald Trump and
//! House Speaker Paul Ryan`), a relative clause before the verb (`officials who spoke with
//! The Huffington Post said`), and the capitalised words of a name the entities stage knew
//! only in part (`Jeb Bush` from a hint `Bush`); shares of people (`58 percent of voters`,
//! `Some`), people by their part (`Sanders advisers`, `Democratic strategists`), restrictive
//! relative pronouns (`voters who said …`) and common noun phrases (`a preliminary field
//! test`, `An early tweet`) are subjects too. A cue word right before a verb of saying is
//! the subject's noun (`Refugee advocates said`), and agent nouns of a cue's stem are no
//! cues (`GOP contender`, `critics`).
//!
//! Content that starts or ends inside a direct quotation extends to the quote's ends, across
//! sentence boundaries (`content.rs`). Sources (`np.rs`) are hint spans, capitalised names
//! (with honorifics, appositions and relative clauses, whose name is the claimer's head),
//! pronouns (linked to the nearest preceding person), relative pronouns (linked to their
//! antecedent) or generic source noun phrases (`UN monitors`, `media reports`). A claim that
//! only refers back (`denied it`) answers the claim before it (`Claim::responds_to`).

use nutgraf_tokenize::{Sentence, Span, TokenKind};

use crate::claim::{Claim, ClaimerKind, Hint, HintKind, Stance};
use crate::lexicon::flag;
use crate::model::{Model, ScoredBlock};
use crate::words::{Shape, Word, Words};

mod content;
mod details;
mod np;
mod patterns;

use details::{RESPONDS, build_claim, checkable};
use patterns::{agent_or_action_noun, find_in_sentence};

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
    /// It answers an earlier claim (`denied it`, `confirmed the reports`).
    responds: bool,
}

/// A noun phrase: a claimer.
#[derive(Clone, Copy, Debug)]
struct Np {
    /// The name inside a longer phrase (`Maria Lopez` in `Maria Lopez, the director of the
    /// board,`), when there is one.
    head: Option<(usize, usize)>,
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

    /// Whether word `i` is a cue used as a verb: a lowercase cue word, not an agent or
    /// action noun of its stem (`reporters`, `statement`) and not after a determiner (`the
    /// state election board`).
    fn is_verb_cue(&self, i: usize) -> bool {
        let after_det = self.after_determiner(i);
        self.w.get(i).is_some_and(|w| {
            w.has(flag::ANY_CUE) && w.kind == TokenKind::Word && w.shape == Shape::Lower
        }) && !agent_or_action_noun(self.low(i))
            && !after_det
            && !self.in_compound(i)
            && !self.noun_before_verb(i)
    }

    /// Whether word `i` follows a determiner (`the state`), or a determiner and a capitalised
    /// word (`a Friday tweet`, `a CNN report`), where it is no finite verb of a capitalised
    /// subject (`the Senate voted`, `the Kremlin says`, `the Democrats say`).
    /// Whether word `q` is a quantifier after its noun, before the verb at `q + 1`, not a
    /// determiner: `Officials both suggested`, `They all said`.
    fn floating_quantifier(&self, q: usize) -> bool {
        let w = self.low(q + 1);
        q > 0
            && matches!(self.low(q), "both" | "all" | "each")
            && self.w.get(q - 1).is_some_and(|p| p.kind.is_wordlike())
            && (w.ends_with("ed") || matches!(w, "said" | "told" | "wrote" | "say" | "agree"))
    }

    fn after_determiner(&self, i: usize) -> bool {
        let w = self.low(i);
        // (`have a larger say`, `the final say`.)
        let say = w == "say"
            && i > 1
            && self.has(i - 2, flag::DET)
            && matches!(
                self.low(i - 1),
                "larger"
                    | "bigger"
                    | "greater"
                    | "final"
                    | "big"
                    | "real"
                    | "little"
                    | "more"
                    | "equal"
                    | "fair"
                    | "strong"
                    | "direct"
                    | "major"
                    | "decisive"
            );
        // (`…, many said`, `…, another says`: a quantifier alone is the subject of a plain
        // verb of saying.)
        say || i > 0
            && self.has(i - 1, flag::DET)
            && !self.is(i - 1, "that")
            && !self.floating_quantifier(i - 1)
            && !(patterns::quantifier_subject(self.low(i - 1)) && patterns::plain_saying(w))
            || i > 1
                && self.has(i - 2, flag::DET)
                && !matches!(self.low(i - 2), "that" | "'s" | "’s" | "'" | "’")
                && self.is_cap(i - 1)
                && !self.low(i - 1).ends_with('s')
                && !w.ends_with("ed")
                && !w.ends_with('s')
                && !matches!(
                    w,
                    "said"
                        | "told"
                        | "wrote"
                        | "spoke"
                        | "thought"
                        | "knew"
                        | "felt"
                        | "saw"
                        | "found"
                        | "held"
                        | "meant"
                        | "heard"
                        | "sought"
                        | "took"
                        | "gave"
                        | "made"
                        | "became"
                        | "began"
                        | "came"
                        | "went"
                        | "won"
                        | "lost"
                )
    }

    /// Whether the cue word `i` is a noun that heads the subject of a verb of saying right
    /// after it (`Refugee advocates said`, `An early tweet suggested`, `a news report
    /// claims`): the next word, or the one after `also` or an -ly adverb, is a lowercase cue
    /// in a finite form.
    fn noun_before_verb(&self, i: usize) -> bool {
        let raw_cue = |k: usize| {
            self.w.get(k).is_some_and(|w| {
                w.has(flag::ANY_CUE) && w.kind == TokenKind::Word && w.shape == Shape::Lower
            }) && !self.low(k).ends_with("ing")
                && !agent_or_action_noun(self.low(k))
        };
        let mut n = i + 1;
        if self.is(n, "also") || self.low(n).len() > 4 && self.low(n).ends_with("ly") {
            n += 1;
        }
        self.w.get(i).is_some_and(|w| w.shape == Shape::Lower)
            && !self.low(i).ends_with("ed")
            && !matches!(self.low(i), "said" | "told" | "says" | "say" | "tells" | "tell")
            && raw_cue(n)
    }

    /// Whether word `i` is part of a hyphenated compound (`talk-show host`,
    /// `Spanish-speaking`, `under-stress`).
    fn in_compound(&self, i: usize) -> bool {
        let glued = |a: usize, b: usize| matches!((self.w.get(a), self.w.get(b)), (Some(x), Some(y)) if x.span.end == y.span.start);
        i > 0 && self.is(i - 1, "-") && glued(i - 1, i) || self.is(i + 1, "-") && glued(i, i + 1)
    }

    /// Whether word `i` is a hyphen written between two words (`El-Erian`, `co-director`).
    fn glued_hyphen(&self, i: usize) -> bool {
        let glued = |a: usize, b: usize| matches!((self.w.get(a), self.w.get(b)), (Some(x), Some(y)) if x.span.end == y.span.start);
        i > 0 && self.is(i, "-") && glued(i - 1, i) && glued(i, i + 1) && self.is_word(i + 1)
    }

    #[inline]
    /// Whether a line break stands between word `i` and the word before it.
    fn line_break_before(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (i.checked_sub(1).and_then(|p| self.w.get(p)), self.w.get(i))
        else {
            return false;
        };
        self.text.get(a.span.end..b.span.start).is_some_and(|gap| gap.contains('\n'))
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Abbreviation))
    }

    /// Whether word `i` is a dash (folded: `—`, `–` and `-` read `-`).
    fn is_dash(&self, i: usize) -> bool {
        matches!(self.low(i), "-" | "--")
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

    /// Whether the quotation `(o, c)` (its marks) is a title, not words someone said: at
    /// most six words, all capitalised but for small words (`“Sunday Morning Futures,”`,
    /// `“Meet the Press”`).
    fn title_quote(&self, (o, c): (usize, usize)) -> bool {
        let inner = o + 1..c;
        let words = inner.clone().filter(|&m| self.is_word(m) || self.is_cap(m)).count();
        (1..=6).contains(&words)
            && self.is_cap(o + 1)
            && inner.clone().all(|m| {
                self.is_cap(m)
                    || self.kind(m) == Some(TokenKind::Punct)
                        && !matches!(self.low(m), "." | "?" | "!")
                    || matches!(
                        self.low(m),
                        "the" | "of" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "with"
                    )
            })
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

/// Pairs quotation marks: `“…”`, `«…»`, straight `"…"` and its typewriter forms `''…''` and
/// ``` ``…'' ``` (two marks written together; opening when not after a word).
fn pair_quotes(
    ctx: &Ctx<'_>,
    max_sentences: u32,
    mut out: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    out.clear();
    let mut open: Option<usize> = None;
    let mut skip = false;
    for (i, w) in ctx.w.iter().enumerate() {
        if w.kind != TokenKind::Punct || std::mem::take(&mut skip) {
            continue;
        }
        let raw = w.span.get(ctx.text).unwrap_or("");
        // `''` is two apostrophe tokens written together: one mark, whose closing index is
        // its second apostrophe.
        let double = raw == "'"
            && ctx
                .w
                .get(i + 1)
                .is_some_and(|n| n.span.start == w.span.end && n.span.get(ctx.text) == Some("'"));
        let raw = if double { "\"" } else { raw };
        let role = match raw {
            "“" | "«" | "„" | "``" => 1,
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
        skip = double;
        // A quotation that runs over paragraphs opens each of them again without closing the
        // one before (the news convention): the first opening mark stays the opening.
        let continued = role == 1
            && open.is_some()
            && i.checked_sub(1).and_then(|p| ctx.w.get(p)).is_some_and(|p| {
                ctx.text.get(p.span.end..w.span.start).is_some_and(|gap| gap.contains('\n'))
                    && p.kind == TokenKind::Punct
                    && matches!(ctx.words.lower(p), "." | "?" | "!" | "...")
            });
        match role {
            1 if continued => {}
            1 => open = Some(i),
            2 => {
                let close = if double { i + 1 } else { i };
                if let Some(o) = open.take() {
                    let (so, sc) = (ctx.sentence_of(o), ctx.sentence_of(close));
                    if sc.unwrap_or(0).saturating_sub(so.unwrap_or(0)) <= max_sentences as usize {
                        out.push((o, close));
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
    /// The learned cue model, if any: it finds cues the word lists miss.
    pub cues: Option<&'a Model>,
    /// The learned claim filter, if any: with it, learned cues are proposed more freely
    /// and the filter keeps the likely ones.
    pub filter: Option<&'a Model>,
    /// Whether the filter drops claims (off: its candidates are all kept, for training).
    pub filtering: bool,
    /// The sentences; `Words` holds their words.
    pub sentences: &'a [Sentence],
    pub scored: ScoredBlock<'a>,
    /// The hints that start in the block, sorted by start (longest first).
    pub hints: &'a [Hint],
    /// Whether the document has person hints at all.
    pub has_person_hints: bool,
    /// Whether sentence scores take in what was found in them ([`ATTRIBUTED_LOGIT`],
    /// [`PLAIN_LOGIT`]).
    pub calibrate: bool,
}

/// What a sentence's check-worthiness log-odds gain in a document when an attributed claim
/// (a cue of saying, reporting or denying) covers it: in news the reported claim is the unit
/// a checker verifies, whatever words the debate-trained model sees in it. +2 multiplies the
/// odds by 7.4, so that a reported claim passes the default threshold unless the model scores
/// it as clearly uncheckable (below 0.12).
pub(crate) const ATTRIBUTED_LOGIT: f32 = 2.0;

/// What a sentence's log-odds lose in a document when it is unattributed and holds none of
/// the checkable kinds (no number, quotation, prediction, comparison or cause: a claim of kind
/// `factual` alone), or is a question: the scene-setting and background of news, which the
/// model, trained on debate speech where such sentences are rarer, scores too high. −0.9
/// moves the default threshold of such a sentence from 0.5 to 0.71.
pub(crate) const PLAIN_LOGIT: f32 = -0.9;

/// Whether `claim` reports what someone else claims, the kind [`ATTRIBUTED_LOGIT`] is for: a
/// word cue of saying (not a speaker's colon, which marks every turn of a transcript, nor a
/// verb of belief or knowledge, [`BELIEF_CUES`]), no question, and a claimer that is not the
/// speaker or the audience (`I`, `we`, `you`: in a speech or an interview those are its own
/// statements, which the model scores like any other).
fn reported(text: &str, claim: &Claim) -> bool {
    let cue = claim.cue.and_then(|c| text.get(c.range())).unwrap_or("");
    let word_cue = cue.chars().next().is_some_and(char::is_alphanumeric);
    let head = cue.split_whitespace().next().unwrap_or("");
    let belief = BELIEF_CUES.iter().any(|b| head.eq_ignore_ascii_case(b));
    let own = claim
        .claimer
        .and_then(|c| text.get(c.span.range()))
        .is_some_and(|c| ["i", "we", "you", "me", "us"].iter().any(|p| c.eq_ignore_ascii_case(p)));
    word_cue && !belief && !own && claim.stance != Stance::Question
}

/// Cues of belief, wish or knowledge (every form): attributions, but of what someone thinks
/// rather than of what they claim.
const BELIEF_CUES: &[&str] = &[
    "think",
    "thinks",
    "thinking",
    "thought",
    "believe",
    "believes",
    "believed",
    "believing",
    "feel",
    "feels",
    "feeling",
    "felt",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "know",
    "knows",
    "knew",
    "knowing",
    "known",
    "realize",
    "realizes",
    "realized",
    "realise",
    "realises",
    "realised",
    "mean",
    "means",
    "meant",
    "want",
    "wants",
    "wanted",
    "wish",
    "wishes",
    "wished",
    "guess",
    "guessed",
    "suppose",
    "supposed",
    "understand",
    "understands",
    "understood",
];

/// The probability `p` of log-odds `z` with `delta` added to them (`p` itself without a
/// shift, and 0 for a sentence without a score).
#[inline]
fn shift(p: f32, z: f32, delta: f32) -> f32 {
    if delta == 0.0 || p <= 0.0 {
        return p;
    }
    crate::model::sigmoid(z + delta)
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
    let Block { cues, filter, filtering, sentences, scored, hints, has_person_hints, calibrate } =
        *block;
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
    // The log-odds shift of each sentence of the block, and the sentences of each claim.
    let shifts = &mut scratch.shifts;
    shifts.clear();
    shifts.resize(words.sentences.len(), 0.0);
    let claim_sentences = &mut scratch.claim_sentences;
    claim_sentences.clear();
    // The first quotation that does not open before the sentence (sentences come in order).
    let mut first_quote = 0;
    for (si, range) in words.sentences.iter().enumerate() {
        let Some(sent) = sentences.get(si) else { break };
        if scored.silenced.get(si).copied().unwrap_or(false) {
            continue;
        }
        let (s0, s1) = (range.start, range.end);
        found.clear();
        scratch.probs.clear();
        let relaxed = filter.is_some() || !filtering;
        find_in_sentence(
            &ctx,
            cues,
            relaxed,
            si,
            s0,
            s1,
            &mut found,
            &mut scratch.features,
            &mut scratch.probs,
        );
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
        let mut kept = false;
        for f in &found {
            let mut claim = build_claim(&ctx, sentences, scored, f);
            if let Some(&(_, p)) = scratch.probs.iter().find(|&&(k, _)| k == f.cue.0) {
                claim.why.insert(
                    1,
                    crate::claim::Reason {
                        feature: std::borrow::Cow::Borrowed(crate::filter::CUE_MODEL_REASON),
                        weight: p,
                    },
                );
            }
            if filtering
                && let Some(model) = filter
                && !crate::filter::keep(model, text, &claim, &mut scratch.features)
            {
                continue;
            }
            covered_until = covered_until.max(claim.span.end);
            if calibrate && reported(text, &claim) {
                let (fs, ls) = f.sentences;
                for s in shifts.get_mut(fs..=ls).into_iter().flatten() {
                    *s = ATTRIBUTED_LOGIT;
                }
            }
            claim_sentences.push(f.sentences);
            kept = true;
            claims.push(claim);
        }
        let score = scores.get(si).copied().unwrap_or(0.0);
        let inside_claim = covered_until >= sent.span.end;
        let question = is_question(&ctx, s0, s1);
        // An unattributed sentence without a checkable kind, or a question, is plain.
        let plain = calibrate
            && shifts.get(si) == Some(&0.0)
            && (question
                || !kept && {
                    while ctx.quotes.get(first_quote).is_some_and(|q| q.0 < s0) {
                        first_quote += 1;
                    }
                    !checkable(&ctx, scored.rules.get(si).copied(), first_quote, s0..s1)
                });
        if plain {
            shifts[si] = PLAIN_LOGIT;
        }
        // Also when the filter dropped every candidate of the sentence: it is then an
        // unattributed sentence like any other.
        let z = scored.logits.get(si).copied().unwrap_or(f32::NEG_INFINITY);
        let shifted = if plain { shift(score, z, PLAIN_LOGIT) } else { score };
        if !kept && !inside_claim && shifted >= threshold && !question {
            let f = Found {
                cue: (usize::MAX, usize::MAX),
                claimer: None,
                content: None,
                stance: Stance::Assert,
                pattern: "pattern:unattributed",
                sentences: (si, si),
                responds: false,
            };
            claim_sentences.push((si, si));
            claims.push(build_claim(&ctx, sentences, scored, &f));
        }
    }
    // The scores of the block's sentences with their shifts, and of its claims (the highest
    // of their sentences).
    let adjusted = &mut scratch.scores;
    adjusted.clear();
    adjusted.extend(
        scores.iter().zip(scored.logits).zip(shifts.iter()).map(|((&p, &z), &d)| shift(p, z, d)),
    );
    for (claim, &(fs, ls)) in claims[first_claim..].iter_mut().zip(claim_sentences.iter()) {
        if let Some(a) = adjusted.get(fs..=ls) {
            claim.score = a.iter().copied().fold(0.0f32, f32::max);
        }
    }
    claims[first_claim..].sort_by_key(|c| (c.span.start, c.cue.map_or(usize::MAX, |s| s.start)));
    link_responses(claims, first_claim);
    carry.last_person = ctx.person_before(usize::MAX);
    carry.covered_until = covered_until;
    scratch.quotes = ctx.quotes;
}

/// How far back (in bytes, from the start of its cue) an answering claim looks for the claim
/// it answers: a few sentences.
const MAX_RESPONSE_DISTANCE: usize = 1_500;

/// Links each claim of `claims[from..]` that only refers back (`denied it`, marked with
/// [`RESPONDS`] by [`build_claim`]) to the claim it answers: the nearest earlier claim that
/// ends before its cue, a few sentences back at most, by another claimer.
fn link_responses(claims: &mut [Claim], from: usize) {
    for k in from..claims.len() {
        if claims[k].responds_to != Some(RESPONDS) {
            continue;
        }
        let (cue, claimer) = (claims[k].cue, claims[k].claimer.map(|c| c.span));
        let at = cue.map_or(claims[k].span.start, |c| c.start);
        // Claims are in text order: look back until one is too far.
        let answered = (0..k)
            .rev()
            .map(|j| (j, &claims[j]))
            .take_while(|(_, c)| c.span.end + MAX_RESPONSE_DISTANCE >= at)
            .find(|(_, c)| {
                c.responds_to != Some(RESPONDS)
                    && c.content.unwrap_or(c.span).end <= at
                    && (claimer.is_none() || c.claimer.map(|x| x.span) != claimer)
            })
            .map(|(j, _)| j);
        claims[k].responds_to = answered;
    }
}

/// Buffers of [`find`], kept between calls.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    quotes: Vec<(usize, usize)>,
    /// The features of a word the cue model scores.
    features: Vec<u64>,
    /// The cue model's probability of each learned cue of a sentence (by its first word).
    probs: Vec<(usize, f32)>,
    /// The log-odds shift of each sentence of the block.
    shifts: Vec<f32>,
    /// The first and last sentence of each claim of the block, in the order found.
    claim_sentences: Vec<(usize, usize)>,
    /// The block's sentence scores after [`find`]: with their shifts when calibrating.
    pub scores: Vec<f32>,
}

impl Scratch {
    /// Bytes held.
    pub(crate) fn size(&self) -> usize {
        self.quotes.capacity() * size_of::<(usize, usize)>()
            + self.claim_sentences.capacity() * size_of::<(usize, usize)>()
            + (self.shifts.capacity() + self.scores.capacity()) * size_of::<f32>()
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
