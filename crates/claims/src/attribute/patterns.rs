//! The attribution patterns tried at each cue word: verb cues with a source on either side,
//! `according to`, reporting nouns, passives and reporting adverbs.

use nutgraf_tokenize::{Span, TokenKind};

use super::content::{adjunct_tail, clause_after, content_after, content_before};
use super::np::{
    apposition_after, apposition_before, bare_plural_np, common_np, complete_left, left_np,
    quantity_np, right_np, subject_at,
};
use super::{Ctx, Found, MAX_CLAIMS_PER_SENTENCE, MAX_CLAUSE_WORDS, MAX_GAP, Np};
use crate::claim::{ClaimerKind, HintKind, Stance};
use crate::lexicon::flag;
use crate::model::Model;
use crate::words::Shape;

/// True for a word that can stand between a subject and its verb.
pub(super) fn is_gap(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(w) = ctx.w.get(i) else { return false };
    if w.shape != Shape::Lower || !ctx.is_word(i) {
        return false;
    }
    let s = ctx.words.lower(w);
    // Adverbs without `-ly` that stand before a verb: `has since said`, `also showed`,
    // `have long argued`, `They both said`.
    if matches!(
        s,
        "also"
            | "still"
            | "already"
            | "just"
            | "since"
            | "never"
            | "ever"
            | "often"
            | "always"
            | "again"
            | "now"
            | "then"
            | "later"
            | "once"
            | "first"
            | "even"
            | "soon"
            | "long"
            | "too"
            | "all"
            | "both"
            | "there"
            | "here"
            | "alone"
            | "however"
            | "themselves"
            | "himself"
            | "herself"
            | "itself"
    ) {
        return true;
    }
    (w.has(flag::AUX)
        || w.has(flag::NEG)
        || (s.ends_with("ly") && s.len() > 4 && !w.has(flag::SOURCE_NOUN)))
        && !w.has(flag::PRON_OTHER | flag::PRON_PERSON | flag::PREP)
        || s == "n't"
}

/// The flags of the words that can open a pattern of [`find_in_sentence`].
const SCANNED: u64 = flag::ANY_CUE
    | flag::REPORT_NOUN
    | flag::LEARNED_CUE
    | flag::ACCORDING
    | flag::CUE_ADV
    | flag::STANCE_NOUN
    | flag::CONTINUE;

/// Finds the claims of sentence `si` (words `s0..s1`); `relaxed` when a claim filter
/// follows (learned cues are proposed from lower probabilities, whose probabilities go to
/// `probs`).
#[allow(clippy::too_many_arguments)]
pub(super) fn find_in_sentence(
    ctx: &Ctx<'_>,
    cues: Option<&Model>,
    relaxed: bool,
    si: usize,
    s0: usize,
    s1: usize,
    out: &mut Vec<Found>,
    features: &mut Vec<u64>,
    probs: &mut Vec<(usize, f32)>,
) {
    let threshold =
        if relaxed { crate::filter::CANDIDATE_THRESHOLD } else { crate::cues::THRESHOLD };
    // The first word that is not punctuation, a clause word or `and`: an `according to`
    // up to here opens the sentence.
    let lead = (s0..s1)
        .find(|&k| {
            !(ctx.kind(k) == Some(TokenKind::Punct) || ctx.has(k, flag::CLAUSE) || ctx.is(k, "and"))
        })
        .unwrap_or(s1);
    let headline = is_headline(ctx, s0, s1);
    let mut quote_seen: Option<((usize, usize), bool)> = None;
    let mut i = s0;
    while i < s1 && out.len() < MAX_CLAIMS_PER_SENTENCE {
        let Some(w) = ctx.w.get(i) else { break };
        let next = i + 1;
        // Most words open no pattern: only cues (listed, learned, nouns, adverbs), `according`,
        // `continued`, the sentence's first word and a colon do (by their flags: no word is
        // compared here but punctuation with the colon).
        if !w.has(SCANNED) && i != lead && (w.kind != TokenKind::Punct || !ctx.is(i, ":")) {
            i = next;
            continue;
        }
        // `NY Daily News: Paris Attacks Highlight Threat`: a headline's source before a colon.
        if headline
            && ctx.is(i, ":")
            && i > s0
            && let Some(np) = left_np(ctx, s0, i - 1).filter(|np| np.first == s0)
            // A dateline (`NEW DELHI:`) is a place, not a source.
            && !(np.first..=np.last).all(|k| ctx.w.get(k).is_some_and(|w| w.shape != Shape::Title))
            && let Some(content) = clause_after(ctx, i + 1, s0, s1)
        {
            out.push(colon_claim(si, i, np, content, "pattern:headline-colon"));
            i = next;
            continue;
        }
        // `RIVERA: Honestly, I …`, `Dana Reyes: ‘The senator is
        // fair game.’`, `Poll: the mayor holds a narrow lead`: a speaker or a source
        // before a colon that opens the sentence, in the body too.
        if !headline
            && ctx.is(i, ":")
            && i > s0
            && let Some(np) = colon_speaker(ctx, s0, i)
            && let Some(content) = clause_after(ctx, i + 1, s0, s1)
            && (ctx.is_open_quote(i + 1) || has_verb(ctx, i + 1..s1) || ctx.is(s1 - 1, "?"))
        {
            let mut f = colon_claim(si, i, np, content, "pattern:speaker-colon");
            // (`AUDIENCE MEMBER: What are we going to do?`: a question.)
            if ctx.is(s1 - 1, "?") {
                f.stance = Stance::Question;
            }
            out.push(f);
            i = next;
            continue;
        }
        // `his support for abortion rights`, `Clinton's refusal to release her speeches`,
        // `their attacks on Trump`: a stance its possessor holds.
        if w.has(flag::STANCE_NOUN)
            && w.shape == Shape::Lower
            && let Some(f) = possessive_noun(ctx, si, s0, s1, i)
        {
            out.push(f);
            i = next;
            continue;
        }
        // `In a Gallup poll released Monday, 52 percent …`, `… leads in the polls.`: a poll
        // that a phrase of `in` names (looked for once per sentence, at its first word).
        if i == lead
            && let Some(f) = in_poll(ctx, si, s0, s1, lead)
        {
            out.push(f);
        }
        // A participle that opens the sentence: `Noting that …, Schlafly said`, `Calling the
        // plan a disaster, Senator Hale said`, `Asked whether …, Trump said`.
        if i == lead
            && w.kind == TokenKind::Word
            && w.shape == Shape::Title
            && (w.has(flag::ANY_CUE) || ctx.low(i) == "asked")
            && (ctx.low(i).ends_with("ing") || ctx.low(i) == "asked")
            // (`Speaking at a rally, Trump said`: where, not what.)
            && !matches!(
                ctx.low(i),
                "speaking" | "talking" | "writing" | "responding" | "replying" | "reporting"
                    | "recalling" | "appearing"
            )
            && let Some(f) = participle_opener(ctx, si, i, s1)
        {
            out.push(f);
            i = next;
            continue;
        }
        // `Lewandowski: FBI director acted as judge and jury`, `HuffPollster: “…”`: a named
        // person or body before a colon that opens the sentence (in running text too).
        if !headline
            && ctx.is(i, ":")
            && i > lead
            && i <= lead + 4
            && let Some(np) = left_np(ctx, s0, i - 1).filter(|np| np.first == lead)
            && matches!(np.kind, ClaimerKind::Person | ClaimerKind::Organization)
            // A person or body the entities stage knows, not a label (`Q:`, `The Latest:`).
            && ctx.hint_at(np.last).is_some_and(|h| matches!(h.kind, HintKind::Person | HintKind::Organization))
            && (np.first..=np.last).all(|k| ctx.is_cap(k) || ctx.kind(k) == Some(TokenKind::Punct))
            && !(np.first..=np.last).all(|k| ctx.w.get(k).is_some_and(|w| w.shape != Shape::Title))
            // A statement, not a count or a slogan (`Sanders: 1,547`, `Rubio: Finish second`).
            && (ctx.is_open_quote(i + 1)
                || i + 5 < s1 && ctx.kind(i + 1) != Some(TokenKind::Number) && has_verb(ctx, i + 2..s1))
            && let Some(content) = clause_after(ctx, i + 1, s0, s1)
        {
            out.push(colon_claim(si, i, np, content, "pattern:name-colon"));
            i = next;
            continue;
        }
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
                responds: false,
            });
            i = next;
            continue;
        }
        // Inside a quotation the speaker's own reports are part of what is quoted (`“I said
        // she was right,” he said`): the quotation is one claim, of its speaker.
        // (Within one paragraph: a quotation paired across paragraphs may be mispaired.)
        if let Some(q) = ctx.in_quote(i) {
            // (Each quotation is looked at once: many words of a sentence may be inside it.)
            let one_paragraph = match quote_seen {
                Some((seen, inside)) if seen == q => inside,
                _ => {
                    let inside = ctx
                        .span(q.0, q.1)
                        .get(ctx.text)
                        .is_some_and(|t| !t.as_bytes().contains(&b'\n'));
                    quote_seen = Some((q, inside));
                    inside
                }
            };
            if one_paragraph {
                i = next;
                continue;
            }
        }
        // In a headline every word is capitalised: `Clinton Says Russians Hacked DNC`.
        let is_cue = w.has(flag::ANY_CUE)
            && w.kind == TokenKind::Word
            && (w.shape == Shape::Lower || headline && w.shape == Shape::Title && i > s0)
            && !agent_or_action_noun(ctx.low(i))
            && !ctx.in_compound(i)
            // Credits: `Writing by Scott Malone`.
            && !(w.shape == Shape::Title && ctx.is(i + 1, "by"));
        let is_noun = w.has(flag::REPORT_NOUN) && w.kind == TokenKind::Word;
        // A word the lists miss, that the cue model takes for a cue in its context.
        if !is_cue
            && !is_noun
            && let Some(model) = cues
            && w.has(flag::LEARNED_CUE)
            && w.kind == TokenKind::Word
            && w.shape == Shape::Lower
            && !ctx.in_compound(i)
            && !(i > s0 && ctx.has(i - 1, flag::DET))
            && !ctx.noun_before_verb(i)
            // (`continued to question …`, `went on to say …`: the listed cue after `to`
            // reports, with this verb's subject.)
            && ![i + 2, i + 3].into_iter().any(|c| {
                c < s1 && ctx.has(c, flag::ANY_CUE) && catenative_before(ctx, s0, c) == Some(i)
            })
        {
            // (Not inside what an earlier claim of the sentence attributes: nesting needs a
            // listed cue, `said the minister told him`.)
            let nested = ctx
                .w
                .get(i)
                .is_some_and(|x| out.iter().any(|f| f.content.is_some_and(|c| c.contains(x.span))));
            // What a learned cue attributes is a clause, a quotation or the object of a
            // preposition (`raised questions about …`, `focused on …`), never a plain object
            // alone (`recognized the independence`, `sent workers`, `invited Putin`).
            let preposition = |m: usize| {
                matches!(
                    ctx.low(m),
                    "about"
                        | "on"
                        | "of"
                        | "for"
                        | "against"
                        | "with"
                        | "to"
                        | "over"
                        | "at"
                        | "whether"
                        | "if"
                        | "how"
                        | "why"
                        | "what"
                )
            };
            let clause = clause_follows(ctx, i, s1);
            let complement = preposition(i + 1)
                || ctx.is_comma(i + 1)
                || ctx.is_end(i + 1, s1)
                || clause
                || (i + 1..s1.min(i + 5))
                    .any(|m| ctx.is(m, "that") || ctx.is(m, ":") || ctx.is_open_quote(m));
            // The model runs last: the checks above are cheaper and turn most words away.
            let probability = |features: &mut Vec<u64>| {
                let sentence = ctx.w.get(s0..s1).unwrap_or(&[]);
                features.clear();
                crate::cues::features(ctx.words, sentence, i - s0, features);
                crate::model::sigmoid(model.logit(features))
            };
            // A plain object only where the model is sure (`endorsed Clinton`), and not when a
            // cue follows that carries the content (`issued a statement saying …`).
            let vehicle = (i + 1..s1.min(i + 5))
                .take_while(|&m| !matches!(ctx.low(m), "and" | "but" | "or") && !ctx.is_comma(m))
                .any(|m| ctx.is_verb_cue(m) && ctx.low(m).ends_with("ing"));
            let p = if nested || !complement && vehicle { 0.0 } else { probability(features) };
            let object_threshold =
                if relaxed { crate::filter::CANDIDATE_OBJECT_THRESHOLD } else { OBJECT_THRESHOLD };
            let likely = !nested
                && (complement && p >= threshold
                    || !complement && !vehicle && p >= object_threshold);
            // A plain object below the cue model's own threshold needs a claimer known to
            // speak: a personal pronoun, a person or body the entities stage names, or a
            // common noun phrase of people (`the senator`, `critics`); a bare capitalised
            // name may be a country that acts (`North Korea sent workers`).
            let weak_object = !complement && p < OBJECT_THRESHOLD;
            let speaker = |np: Np| {
                let head = np.head.map_or(np.last, |h| h.1);
                np.first == np.last && ctx.has(np.first, flag::PRON_PERSON)
                    || ctx.hint_at(head).is_some_and(|h| {
                        matches!(h.kind, HintKind::Person | HintKind::Organization)
                    })
                    || np.kind == ClaimerKind::Generic && !ctx.is_cap(np.last)
            };
            if likely {
                let prev = out.last().and_then(|f| f.claimer);
                // The model finds the verb; what it attributes must follow it, or be the
                // quotation before it (`“…,” X continued.` but not `The talks continued.`).
                if let Some(f) = verb_cue(ctx, si, s0, s1, i, prev)
                    .filter(|f| !weak_object || f.claimer.is_some_and(speaker))
                    .filter(|f| {
                        f.pattern != "pattern:content-source-cue"
                            || f.content.is_some_and(|c| {
                                let first = ctx.text.get(c.start..).and_then(|t| t.chars().next());
                                first.is_some_and(|ch| matches!(ch, '“' | '"' | '\'' | '«'))
                            })
                    })
                {
                    let mut f = f;
                    // A plain object is the content, not a second verb of the subject after a
                    // conjunction (`voiced concerns but has said …`).
                    if !complement
                        && let Some(c) = f.content
                        && let Some(stop) = (i + 2..s1).find(|&m| {
                            ctx.w.get(m).is_some_and(|w| w.span.start >= c.start)
                                && matches!(ctx.low(m), "and" | "but" | "or")
                                && ctx.has(m + 1, flag::AUX | flag::BE_HAVE | flag::MODAL)
                        })
                        && let Some(end) = ctx.w.get(stop - 1).map(|w| w.span.end)
                        && end > c.start
                        && end < c.end
                    {
                        f.content = Some(Span::new(c.start, end));
                    }
                    probs.push((f.cue.0, p));
                    out.push(f);
                }
            }
            i = next;
            continue;
        }
        // `when asked about his daughter’s work`, `When asked whether D.C. should have a vote,
        // he said …`: a question put to someone, what it asks about up to the comma.
        if ctx.is(i, "asked")
            && i > s0
            && matches!(ctx.low(i - 1), "when" | "after" | "if" | "once" | "before")
            && matches!(ctx.low(i + 1), "about" | "whether" | "if" | "how" | "why" | "what" | "who")
            && out.len() < MAX_CLAIMS_PER_SENTENCE
        {
            let start = if ctx.is(i + 1, "about") { i + 2 } else { i + 1 };
            let end = (start..s1.min(start + MAX_CLAUSE_WORDS))
                .find(|&m| ctx.is_comma(m) || ctx.is_end(m, s1) || ctx.is(m, ";"))
                .unwrap_or(s1.min(start + MAX_CLAUSE_WORDS));
            if end > start {
                out.push(Found {
                    cue: (i, i),
                    claimer: None,
                    content: Some(ctx.span(start, end - 1)),
                    stance: Stance::Question,
                    pattern: "pattern:when-asked",
                    sentences: (si, si),
                    responds: false,
                });
            }
            i = next;
            continue;
        }
        // `“…,” he continued.`: a verb of going on that reports the quotation before its
        // subject, and nothing else (`The talks continued.`).
        // `He continued: “…”`, `She continued, “…”`: or the quotation after it.
        let quote_after = ctx.is(i + 1, ":")
            || ctx.is_open_quote(i + 1)
            || ctx.is_comma(i + 1) && ctx.is_open_quote(i + 2);
        if !is_cue
            && matches!(ctx.low(i), "continued" | "continues")
            && ((i.saturating_sub(4).max(s0)..i).any(|m| ctx.is_close_quote(m)) || quote_after)
        {
            let prev = out.last().and_then(|f| f.claimer);
            if let Some(f) = verb_cue(ctx, si, s0, s1, i, prev).filter(|f| {
                (f.pattern == "pattern:content-source-cue"
                    || quote_after && f.pattern == "pattern:source-cue-content")
                    && f.content.is_some_and(|c| {
                        let first = ctx.text.get(c.start..).and_then(|t| t.chars().next());
                        first.is_some_and(|ch| matches!(ch, '“' | '"' | '\'' | '«'))
                    })
            }) {
                out.push(f);
            }
            i = next;
            continue;
        }
        if !is_cue && !is_noun {
            i = next;
            continue;
        }
        // `As reported by Western Journalism, …`, `…, as The Huffington Post previously
        // reported.`: a clause of manner that names the source.
        if is_cue && let Some(f) = as_reported(ctx, si, s0, s1, i, lead) {
            out.push(f);
            i = next;
            continue;
        }
        // A listed cue that the cue model, which knows the word, finds most unlikely here
        // (the plain verbs of saying are trusted as they are).
        // (After `continued to`, `went on to`, the cue model, which takes the verb of going
        // on for the head of such a cue, is no judge of the cue.)
        if is_cue
            && let Some(model) = cues
            && w.has(flag::LEARNED_CUE)
            && catenative_before(ctx, s0, i).is_none()
            && !matches!(
                ctx.low(i),
                "say" | "says" | "said" | "saying" | "tell" | "tells" | "told" | "telling"
            )
        {
            let sentence = ctx.w.get(s0..s1).unwrap_or(&[]);
            features.clear();
            crate::cues::features(ctx.words, sentence, i - s0, features);
            if crate::model::sigmoid(model.logit(features)) < crate::cues::VETO {
                i = next;
                continue;
            }
        }
        // A reporting noun: `the claim that`, `his assertion that`, `Trump's claim that`.
        // (`Some say`, `Many said`, `Another says`, `One told`: a quantifier alone is the
        // subject.)
        let prev_det = i > s0
            && (ctx.has(i - 1, flag::DET) && !ctx.floating_quantifier(i - 1)
                || ctx.is(i - 1, "'s"))
            && !(quantifier_subject(ctx.low(i - 1)) && plain_saying(ctx.low(i)));
        if is_noun && (prev_det || !is_cue) {
            // `said in a statement that …`: the clause is the verb's content already.
            let taken = ctx.w.get(i + 2).is_some_and(|w| {
                out.iter().any(|f| f.content.is_some_and(|c| c.start == w.span.start))
            });
            if (ctx.is(i + 1, "that") || ctx.is(i + 1, ":"))
                && !taken
                && let Some(f) = reporting_noun(ctx, si, s0, s1, i)
            {
                out.push(f);
            }
            i = next;
            continue;
        }
        if !is_cue
            || prev_det
            || i > s0 + 1 && ctx.after_determiner(i)
            || (i > s0
                && ctx.is(i - 1, "to")
                && !ctx.is(i.saturating_sub(2), "on")
                && catenative_before(ctx, s0, i).is_none())
        {
            i = next;
            continue;
        }
        // `Media reports suggest`, `Refugee advocates said`: a noun cue right before a verb
        // cue is part of the source.
        if w.has(flag::SOURCE_NOUN)
            && ctx.has(i + 1, flag::ANY_CUE)
            && ctx.w.get(i + 1).is_some_and(|n| n.shape == Shape::Lower)
            || ctx.noun_before_verb(i)
        {
            i = next;
            continue;
        }
        let prev = out.last().and_then(|f| f.claimer);
        if let Some(f) = verb_cue(ctx, si, s0, s1, i, prev) {
            out.push(f);
        }
        i = next;
    }
}

/// Quantifiers that stand alone as a subject before a verb of saying (`Some say`, `Another
/// says`, `One told me`, `Both agreed`).
pub(super) fn quantifier_subject(w: &str) -> bool {
    matches!(
        w,
        "some"
            | "many"
            | "most"
            | "several"
            | "few"
            | "all"
            | "another"
            | "one"
            | "both"
            | "each"
            | "none"
            | "neither"
            | "either"
    )
}

/// Finite forms of the plain verbs of saying and thinking, which a quantifier alone can be
/// the subject of (`Another says`), where after other verbs it is a determiner (`each
/// report`).
pub(super) fn plain_saying(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "say"
            | "says"
            | "told"
            | "tell"
            | "tells"
            | "added"
            | "wrote"
            | "argued"
            | "argue"
            | "argues"
            | "noted"
            | "agreed"
            | "agree"
            | "agrees"
            | "believe"
            | "believes"
            | "think"
            | "thinks"
            | "thought"
            | "predicted"
            | "warned"
            | "insisted"
            | "claimed"
            | "suggested"
    )
}

/// A finite verb of saying whose subject may be the whole opening of its sentence.
fn opening_saying(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "wrote"
            | "writes"
            | "added"
            | "adds"
            | "argued"
            | "argues"
            | "noted"
            | "notes"
            | "insisted"
            | "insists"
            | "claimed"
            | "claims"
            | "warned"
            | "warns"
            | "explained"
            | "acknowledged"
            | "conceded"
            | "contended"
            | "asserted"
            | "stressed"
            | "predicted"
            | "suggested"
    )
}

/// The speaker or source before the colon at `c` that opens a sentence of the body: a label
/// of a transcript in capitals (`RIVERA`, `ANA LOPEZ`; not `Q` and `A`, an interview's
/// questions and answers, which readers do not mark as claims), or a noun phrase that
/// makes up all the words before the colon and names a person or a body (`Dana Reyes`,
/// `WSJ editorial`, `Poll`) — not a place (a dateline, `NEW DELHI:`), a date or a label of
/// the page (`Note:`, `ALSO READ:`, `Update:`).
fn colon_speaker(ctx: &Ctx<'_>, s0: usize, c: usize) -> Option<Np> {
    let first = (s0..c).find(|&m| ctx.kind(m) != Some(TokenKind::Punct))?;
    if c - first > 6 || (first..c).any(|m| ctx.in_date(m) || ctx.is_comma(m)) {
        return None;
    }
    let label = (first..c).any(|m| {
        matches!(
            ctx.low(m),
            "note"
                | "update"
                | "updated"
                | "related"
                | "read"
                | "also"
                | "more"
                | "photo"
                | "photos"
                | "video"
                | "watch"
                | "listen"
                | "source"
                | "sources"
                | "correction"
                | "advertisement"
                | "disclosure"
                | "caption"
                | "credit"
                | "by"
                | "tags"
                | "topics"
                | "share"
                | "follow"
                | "subscribe"
                | "image"
                | "graphic"
                | "chart"
                | "map"
                | "warning"
                | "editor"
                | "editors"
                | "here"
                | "then"
                | "example"
                | "instance"
                | "question"
                | "answer"
        )
    });
    if label || (first..c).any(|m| ctx.hint_at(m).is_some_and(|h| h.kind == HintKind::Place)) {
        return None;
    }
    let generic = |a: usize, b: usize| Np {
        head: None,
        first: a,
        last: b,
        kind: ClaimerKind::Generic,
        refers_to: None,
    };
    // A label of a transcript: capitals only, or `Q` / `A`.
    let upper = (first..c).all(|m| {
        ctx.w.get(m).is_some_and(|w| {
            w.shape == Shape::Upper && w.kind == TokenKind::Word && ctx.low(m).len() > 1
                || matches!(ctx.low(m), "." | "'s")
        })
    });
    if upper {
        return Some(Np { kind: ClaimerKind::Person, ..generic(first, c - 1) });
    }
    let np = left_np(ctx, first, c - 1)
        .or_else(|| common_np(ctx, first, c - 1))
        .filter(|n| n.first == first && n.last == c - 1)?;
    let head = np.head.map_or(np.last, |h| h.1);
    let speaks = ctx
        .hint_at(head)
        .is_some_and(|h| matches!(h.kind, HintKind::Person | HintKind::Organization))
        || ctx.has(head, flag::SOURCE_NOUN);
    speaks.then_some(np)
}

/// The claim of a noun of stance at `i` with a possessor before it, up to two modifiers
/// between (`his long support for`, `Mr. Trump's harsh attacks on`), and a complement after
/// it: a preposition and its noun phrase, or `to` and a verb. The possessor is the claimer;
/// the content is the complement's phrase, to a comma, a clause word or a verb.
fn possessive_noun(ctx: &Ctx<'_>, si: usize, s0: usize, s1: usize, i: usize) -> Option<Found> {
    let prep = matches!(
        ctx.low(i + 1),
        "of" | "for" | "to" | "about" | "on" | "against" | "over" | "with" | "toward" | "towards"
    );
    if !prep || i == s0 {
        return None;
    }
    // `to` and a verb (`refusal to release`), or `to` and a noun phrase (`opposition to the deal`).
    let start = i + 2;
    // Modifiers between the possessor and the noun.
    let mut p = i - 1;
    let mut mods = 0;
    while p > s0
        && mods < 2
        && ctx.w.get(p).is_some_and(|w| w.shape == Shape::Lower && w.kind == TokenKind::Word)
        && !ctx.has(p, flag::DET | flag::PREP | flag::AUX | flag::BE_HAVE | flag::MODAL)
        && !ctx.is_verb_cue(p)
        && !matches!(ctx.low(p), "'s" | "’s" | "and" | "or")
    {
        p -= 1;
        mods += 1;
    }
    let claimer = match ctx.low(p) {
        "his" | "her" => Np {
            head: None,
            first: p,
            last: p,
            kind: ClaimerKind::Person,
            refers_to: ctx.person_before(ctx.w.get(p)?.span.start),
        },
        "their" | "its" | "our" => {
            Np { head: None, first: p, last: p, kind: ClaimerKind::Generic, refers_to: None }
        }
        "'s" | "’s" if p > s0 => {
            let owner = left_np(ctx, s0, p - 1).map(|n| complete_left(ctx, s0, n))?;
            // (A name, a role or a body, not a thing: `the bill's criticism of`.)
            let head = owner.head.map_or(owner.last, |h| h.1);
            let named = ctx.is_cap(head)
                || ctx.has(head, flag::TITLE | flag::SOURCE_NOUN)
                || ctx.hint_at(head).is_some_and(|h| {
                    matches!(h.kind, HintKind::Person | HintKind::Organization | HintKind::Group)
                });
            if !named {
                return None;
            }
            owner
        }
        _ => return None,
    };
    // The complement: to a comma, a clause word, a quotation or a verb.
    let stop = |e: usize| {
        e >= start + 15
            || ctx.is_end(e, s1)
            || ctx.is_comma(e) && !ctx.glued_hyphen(e)
            || ctx.is_open_quote(e)
            || ctx.is_close_quote(e)
            || ctx.has(e, flag::THAT | flag::RELATIVE | flag::WH | flag::CLAUSE)
            || e > start
                && ctx.w.get(e).is_some_and(|w| w.shape == Shape::Lower)
                && (ctx.has(e, flag::BE_HAVE | flag::MODAL | flag::AUX) || ctx.is_verb_cue(e))
    };
    let mut e = start;
    while !stop(e) {
        e += 1;
    }
    if e <= start || !ctx.is_word(start) && ctx.kind(start) != Some(TokenKind::Number) {
        return None;
    }
    let content = ctx.span(start, e - 1);
    Some(Found {
        cue: (i, i + 1),
        claimer: Some(claimer),
        content: Some(content),
        stance: ctx.w.get(i).map_or(Stance::Assert, |w| w.stance),
        pattern: "pattern:possessive-noun",
        sentences: (si, si),
        responds: false,
    })
}

/// The verb of going on, starting or trying before `to` and the cue at `i` (`continued to
/// question`, `went on to say`, `began to argue`, `sought to reassure`), if any: its first
/// word. Its subject is the cue's.
fn catenative_before(ctx: &Ctx<'_>, s0: usize, i: usize) -> Option<usize> {
    if i < s0 + 2 || !ctx.is(i - 1, "to") {
        return None;
    }
    let v = i - 2;
    if ctx.is(v, "on") && v > s0 && matches!(ctx.low(v - 1), "went" | "goes" | "go" | "going") {
        return Some(v - 1);
    }
    matches!(
        ctx.low(v),
        "continued"
            | "continues"
            | "continue"
            | "continuing"
            | "began"
            | "begins"
            | "begin"
            | "begun"
            | "started"
            | "starts"
            | "tried"
            | "tries"
            | "try"
            | "trying"
            | "sought"
            | "seeks"
            | "seek"
            | "seeking"
            | "moved"
            | "rushed"
            | "hastened"
            | "proceeded"
            | "decided"
            | "used"
    )
    .then_some(v)
}

/// The word before the closing quotation mark `q` (the last of its tokens), past a nested
/// quotation's closing mark: the `?` of `…?”`, `…?''` and `… help?’”`.
fn mark_before_close(ctx: &Ctx<'_>, q: usize) -> Option<usize> {
    let b = q.checked_sub(if ctx.is(q, "'") { 2 } else { 1 })?;
    if matches!(ctx.low(b), "’" | "'") && b > 0 && !ctx.is_word(b - 1) {
        return Some(b - 1);
    }
    Some(b)
}

/// Whether a sentence that starts at `s0` with its subject and ends at the cue `i` is the
/// attribution of the quotation before it, split off by the tokenizer (`“… now?” he asked.`,
/// `“…” Ortiz said.`), rather than a sentence of its own after a quoted sentence (`“… now.”
/// Sen. Cruz agreed.`): the quotation ends in a comma, `?` or `!`, or the cue is a plain verb
/// of saying.
fn split_attribution(ctx: &Ctx<'_>, s0: usize, i: usize) -> bool {
    let Some(q) = s0.checked_sub(1).filter(|&q| ctx.is_close_quote(q)) else { return true };
    let before = mark_before_close(ctx, q);
    before.is_some_and(|b| matches!(ctx.low(b), "," | "?" | "!" | "-" | "—" | "…" | "..."))
        || matches!(
            ctx.low(i),
            "said"
                | "says"
                | "say"
                | "added"
                | "adds"
                | "asked"
                | "asks"
                | "told"
                | "wrote"
                | "writes"
                | "explained"
                | "continued"
                | "stated"
                | "declared"
        )
}

/// A source after its verb with what belongs to it: a prepositional phrase after a common
/// noun (`one person with knowledge of the talks`, `a spokesman for the campaign`) and a
/// relative clause without a comma (`a supporter who runs the account`).
fn extend_right(ctx: &Ctx<'_>, mut np: Np, s1: usize) -> Np {
    if has_verb(ctx, np.first..np.last + 1) {
        return np;
    }
    let generic = ctx.w.get(np.last).is_some_and(|w| w.shape == Shape::Lower);
    for _ in 0..3 {
        let m = np.last + 1;
        if !generic || !matches!(ctx.low(m), "with" | "for" | "from" | "at" | "of") {
            break;
        }
        match right_np(ctx, m + 1, s1) {
            Some(pp) if pp.last > np.last => np.last = pp.last,
            _ => break,
        }
    }
    let m = np.last + 1;
    if matches!(ctx.low(m), "who" | "whose") {
        let mut e = m;
        while e + 1 < s1
            && e < m + 20
            && !ctx.is_comma(e + 1)
            && !ctx.is_end(e + 1, s1)
            && !ctx.is_open_quote(e + 1)
            && !ctx.is_close_quote(e + 1)
        {
            e += 1;
        }
        if e > m && (ctx.is_end(e + 1, s1) || ctx.is_comma(e + 1)) {
            np.head = Some(np.head.unwrap_or((np.first, np.last)));
            np.last = e;
        }
    }
    np
}

/// The claim of a source `np` before the colon at `i` (sentence `si`): what follows it.
fn colon_claim(si: usize, i: usize, np: Np, content: Span, pattern: &'static str) -> Found {
    Found {
        cue: (i, i),
        claimer: Some(np),
        content: Some(content),
        stance: Stance::Assert,
        pattern,
        sentences: (si, si),
        responds: false,
    }
}

/// The claim of a participle at `i` that opens the sentence, ending at the comma before
/// the main clause: its claimer is the main clause's subject (none for `Asked`, whose asker
/// is not named), its content what the participle governs.
fn participle_opener(ctx: &Ctx<'_>, si: usize, i: usize, s1: usize) -> Option<Found> {
    let asked = ctx.low(i) == "asked";
    let mut c = i + 1;
    while c < s1 && c < i + 40 {
        if ctx.is(c, ",")
            && ctx.in_quote(c).is_none()
            && let Some(np) = right_np(ctx, c + 1, s1)
            && (np.first..=np.last).all(|m| !ctx.is_verb_cue(m) && !has_verb(ctx, m..m + 1))
        {
            // The main clause: its subject, then its verb.
            let mut v = np.last + 1;
            while v < s1 && v < np.last + 4 && is_gap(ctx, v) {
                v += 1;
            }
            let verb = ctx.is_verb_cue(v)
                || ctx.w.get(v).is_some_and(|w| w.shape == Shape::Lower)
                    && (ctx.has(v, flag::BE_HAVE | flag::AUX | flag::MODAL)
                        || ctx.low(v).ends_with("ed"));
            if verb && c > i + 1 {
                return Some(Found {
                    cue: (i, i),
                    claimer: (!asked).then_some(np),
                    content: Some(ctx.span(i + 1, c - 1)),
                    stance: stance(ctx, i, i),
                    pattern: "pattern:participle-opener",
                    sentences: (si, si),
                    responds: false,
                });
            }
        }
        if ctx.is_end(c, s1) {
            break;
        }
        c += 1;
    }
    None
}

/// Adjectives and participles of attitude after `be`, whose subject holds the attitude
/// (`are concerned that`, `was eager to`), where other participles are passives.
fn attitude(w: &str) -> bool {
    matches!(
        w,
        "concerned"
            | "convinced"
            | "worried"
            | "optimistic"
            | "pessimistic"
            | "hopeful"
            | "eager"
            | "upset"
            | "unhappy"
            | "happy"
            | "angry"
            | "confident"
            | "skeptical"
            | "sceptical"
            | "adamant"
            | "determined"
            | "pleased"
            | "disappointed"
            | "frustrated"
            | "furious"
            | "proud"
            | "satisfied"
            | "dissatisfied"
            | "afraid"
            | "fearful"
            | "unsure"
            | "uncertain"
            | "doubtful"
            | "quick"
            | "critical"
            | "supportive"
            | "opposed"
    )
}

/// Whether the words `a..b` are a sentence adverb set off by commas: `however`, `for
/// example`, `in turn`, `for his part`.
fn interjection(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    if b <= a || b - a > 3 {
        return false;
    }
    let mut words = [""; 3];
    for (k, m) in (a..b).enumerate() {
        words[k] = ctx.low(m);
    }
    matches!(
        words[..b - a],
        ["however" | "meanwhile" | "though" | "too" | "instead" | "also" | "then" | "nonetheless"]
            | ["for", "example" | "instance"]
            | ["in", "turn" | "fact" | "particular" | "addition" | "response" | "contrast"]
            | ["of", "course"]
            | ["for", "his" | "her" | "their" | "its", "part"]
            | ["at", "the", "time"]
    )
}

/// The content `c` of a claim whose claimer is a relative pronoun set off by a comma or a
/// dash (`Trump — who previously said he would bomb the fields — said …`, `Lee, who said she
/// had left, arrived`) ends where the relative clause does: at the closing dash, or at a
/// comma before the verb of the sentence's subject.
fn relative_clause_end(ctx: &Ctx<'_>, np: Np, c: Span, s1: usize) -> Span {
    if np.first != np.last || np.first == 0 || !ctx.has(np.first, flag::RELATIVE) {
        return c;
    }
    let dash = match ctx.low(np.first - 1) {
        "," => false,
        "-" | "--" => true,
        _ => return c,
    };
    let a = ctx.word_at(c.start, np.last, s1);
    let stop = (a + 1..s1.min(a + MAX_CLAUSE_WORDS))
        .take_while(|&m| ctx.w.get(m).is_some_and(|w| w.span.start < c.end))
        .find(|&m| {
            if dash {
                ctx.is_dash(m)
            } else {
                ctx.is(m, ",")
                    && ctx.w.get(m + 1).is_some_and(|w| w.shape == Shape::Lower)
                    && (ctx.low(m + 1).ends_with("ed")
                        || ctx.has(m + 1, flag::AUX | flag::BE_HAVE | flag::MODAL)
                        || ctx.is_verb_cue(m + 1))
            }
        });
    match stop.and_then(|m| ctx.w.get(m - 1)) {
        Some(w) if w.span.end > c.start => Span::new(c.start, w.span.end),
        _ => c,
    }
}

/// Whether the content `c` is a clause, not a fragment that a comma cut off (`Now`, `And
/// then`, `But over the past two years`): three words or more, with a verb.
fn clause_like(ctx: &Ctx<'_>, c: Span) -> bool {
    let a = ctx.word_at(c.start, 0, ctx.w.len());
    let b = ctx.word_at(c.end, a, ctx.w.len());
    (a..b).filter(|&m| ctx.is_word(m)).count() >= 3 && has_verb(ctx, a..b)
}

/// Words of an aside between a subject and its verb at most.
const MAX_ASIDE_WORDS: usize = 24;

/// The opening mark of an aside that ends at `close` (a dash or a comma right before a
/// verb): `— who is listed as an attorney —`, `— including Muslims and Jews —`, `, after
/// previous rallies,`. The words before the opening mark must be a subject (the aside
/// follows a word, not the sentence's start), and the aside holds no verb of saying.
fn aside_before(ctx: &Ctx<'_>, s0: usize, close: usize) -> Option<usize> {
    let dash = |m: usize| ctx.is_dash(m);
    // (A dash is a comma to `is_comma`.)
    let comma = !dash(close) && ctx.is_comma(close);
    if !dash(close) && !comma {
        return None;
    }
    let from = close.saturating_sub(MAX_ASIDE_WORDS).max(s0 + 1);
    // (A relative clause between dashes may report on its own: `Trump — who previously said
    // he would bomb the fields — said …`.)
    let relative = |m: usize| dash(m) && matches!(ctx.low(m + 1), "who" | "which" | "whose");
    let open = (from..close)
        .rev()
        .take_while(|&m| {
            // (A cue word after a preposition is a noun: `after two days of talks`.)
            (!ctx.is_verb_cue(m)
                || ctx.has(m - 1, flag::PREP)
                || !comma && (from..m).rev().take(MAX_ASIDE_WORDS).any(relative))
                && !ctx.is_close_quote(m)
                && !ctx.is_open_quote(m)
        })
        .find(|&m| if comma { ctx.is_comma(m) } else { dash(m) })?;
    if open + 1 >= close || !ctx.is_word(open - 1) {
        return None;
    }
    if comma {
        // (Only an adjunct that a preposition of time or place opens, with no verb: `Smith,
        // the mayor, said` is an apposition, kept with the subject.)
        let first = ctx.low(open + 1);
        let adjunct = matches!(
            first,
            "after" | "before" | "during" | "in" | "at" | "on" | "since" | "like" | "unlike"
        );
        // (A verb makes it a clause; a cue word after a preposition is a noun.)
        let verb =
            (open + 2..close).any(|m| !ctx.has(m - 1, flag::PREP) && has_verb(ctx, m - 1..m + 1));
        if !adjunct || close - open > 9 || verb {
            return None;
        }
    }
    Some(open)
}

/// Whether a clause without `that` follows the cue at `i`: `Polls show Trump is trailing`,
/// `I think it was wrong` (a subject, then a verb within a few words, before any other cue
/// or comma).
fn clause_follows(ctx: &Ctx<'_>, i: usize, s1: usize) -> bool {
    (ctx.is_cap(i + 1)
        || ctx.has(i + 1, flag::PRON_PERSON | flag::DET)
        || matches!(ctx.low(i + 1), "they" | "it" | "we" | "i" | "there"))
        && !ctx.is_end(i + 2, s1)
        && (i + 2..s1.min(i + 7)).take_while(|&m| !ctx.is_verb_cue(m) && !ctx.is_comma(m)).any(
            |m| {
                ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower)
                    && ctx.has(m, flag::AUX | flag::MODAL | flag::BE_HAVE | flag::FUTURE)
            },
        )
}

/// Whether the cue at `i` is a verb by its form (`-ed`, a past tense of its own, `say`) or by
/// what follows it (`that`, a colon, a quotation).
fn verb_form(ctx: &Ctx<'_>, i: usize) -> bool {
    let low = ctx.low(i);
    low.ends_with("ed")
        || matches!(
            low,
            "said"
                | "say"
                | "says"
                | "told"
                | "wrote"
                | "found"
                | "saw"
                | "thought"
                | "knew"
                | "felt"
                | "held"
                | "spoke"
                | "meant"
                | "heard"
                | "sought"
                | "argues"
                | "insists"
                | "believes"
                | "thinks"
                | "suggests"
                | "shows"
                | "finds"
        )
        || ctx.is(i + 1, "that")
        || ctx.is(i + 1, ":")
        || ctx.is_open_quote(i + 1)
}

/// The opening parenthesis of a short parenthesis that closes at `close` (`(R-Fla.)`, `(D)`,
/// `(57)`), when the word before it can end a subject.
pub(super) fn paren_before(ctx: &Ctx<'_>, s0: usize, close: usize) -> Option<usize> {
    if !ctx.is(close, ")") {
        return None;
    }
    let open = (close.saturating_sub(8).max(s0)..close).rev().find(|&k| ctx.is(k, "("))?;
    let inside = open + 1..close;
    let short = !inside.is_empty()
        && inside.clone().all(|k| !ctx.is_verb_cue(k) && !ctx.is(k, ")") && !ctx.is(k, ","));
    (short && open > s0).then_some(open)
}

/// The least probability of the cue model for a learned cue with a plain object after it
/// (`endorsed Clinton`, `criticized the decision`). On the fifth of the PolNeAR training
/// articles that a cue model trained on the other four fifths never saw (`train_cues
/// --four-fifths`), attribution F1 rises from .681 without plain objects to .690 here
/// (precision .846 -> .831) and to .694 at 0.45; below 0.6 the seed article's actions with an
/// object (`recognized the independence`, `sent workers`) would pass as claims.
const OBJECT_THRESHOLD: f32 = 0.6;

/// Whether the sentence `s0..s1` is a headline in title case: three words of four letters
/// or more, nearly all of them capitalised.
fn is_headline(ctx: &Ctx<'_>, s0: usize, s1: usize) -> bool {
    let (mut words, mut caps) = (0, 0);
    for k in s0..s1 {
        if ctx.kind(k) == Some(TokenKind::Word) && ctx.low(k).len() > 3 {
            words += 1;
            caps += usize::from(ctx.is_cap(k));
            // More lowercase words than a fifth of all the words: no headline, whatever
            // follows (most sentences end here after a few words).
            if (words - caps) * 5 > s1 - s0 {
                return false;
            }
        }
    }
    // (A verb of saying in lowercase makes it a sentence about a long name: `Iowa State
    // University’s Dianne Bystrom agreed.`)
    words >= 3 && caps * 10 >= words * 8 && !(s0..s1).any(|k| ctx.is_verb_cue(k))
}

/// Whether the cue at `i` is a verb of telling, whose addressee comes before its content.
fn telling(ctx: &Ctx<'_>, i: usize) -> bool {
    matches!(
        ctx.low(i),
        "told" | "tell" | "tells" | "telling" | "assured" | "warned" | "informed" | "reminded"
    )
}

/// After a verb of telling, the word at `that`, `:` or a quotation after a short
/// addressee (`told reporters that`, `told CNN:`), or `k` itself.
fn skip_addressee(ctx: &Ctx<'_>, k: usize, s1: usize) -> usize {
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
        return m;
    }
    // `told her he had …`, `told them the plan was dead`: a pronoun addressee before the
    // subject of the clause.
    let subject = |n: usize| {
        matches!(
            ctx.low(n),
            "he" | "she"
                | "they"
                | "we"
                | "i"
                | "it"
                | "you"
                | "there"
                | "the"
                | "a"
                | "an"
                | "this"
        ) || ctx.is_cap(n)
    };
    if matches!(ctx.low(k), "me" | "him" | "her" | "us" | "them") && k + 1 < s1 && subject(k + 1) {
        return k + 1;
    }
    // `told reporters he …`, `told The Huffington Post he’s …`: a name or a plural noun
    // before a pronoun that opens the clause.
    let first = if ctx.is(k, "the") || ctx.is(k, "The") { k + 1 } else { k };
    let mut n = first;
    while n < s1 && n < first + 5 && ctx.is_cap(n) {
        n += 1;
    }
    if n == first
        && ctx.is_word(n)
        && ctx.w.get(n).is_some_and(|w| w.shape == Shape::Lower)
        && (ctx.low(n).ends_with('s') || first > k)
        && !ctx.has(n, flag::PRON_PERSON | flag::PRON_OTHER | flag::DET | flag::AUX | flag::BE_HAVE)
    {
        n += 1;
    }
    if n > first && matches!(ctx.low(n), "he" | "she" | "they" | "we" | "i" | "it" | "there") {
        return n;
    }
    // `told reporters the budget was balanced`, `told the committee the agency would act`:
    // an addressee before a subject with a determiner whose verb follows.
    if n > first
        && matches!(ctx.low(n), "the" | "a" | "an" | "this" | "his" | "her" | "their" | "its")
        && (n + 2..(n + 5).min(s1)).any(|m| ctx.has(m, flag::AUX | flag::BE_HAVE))
        && !(n + 1..(n + 2).min(s1)).any(|m| ctx.has(m, flag::AUX | flag::BE_HAVE))
    {
        return n;
    }
    k
}

/// Whether a word is an agent or action noun that shares a cue's stem (`reporter`,
/// `supporters`, `adviser`, `suggestion`, `statement`): no cue.
pub(super) fn agent_or_action_noun(w: &str) -> bool {
    let b = w.strip_suffix('s').unwrap_or(w);
    b.len() > 5
        && (b.ends_with("ter") || b.ends_with("ser") || b.ends_with("tor") || b.ends_with("sor"))
        && !matches!(b, "counter" | "encounter")
        || b.len() > 6 && (b.ends_with("ion") || b.ends_with("ment"))
        // Other agent nouns whose stem is a cue's: `contender`, `speaker`, `critics`.
        || b.len() > 6 && b.ends_with("er") && !verb_in_er(b)
        || matches!(b, "critic" | "skeptic" | "sceptic")
}

/// Verbs that end in -er (`consider`, `answer`), which are no agent nouns.
fn verb_in_er(b: &str) -> bool {
    matches!(
        b,
        "consider"
            | "reconsider"
            | "answer"
            | "deliver"
            | "remember"
            | "discover"
            | "uncover"
            | "recover"
            | "register"
            | "wonder"
            | "gather"
            | "render"
            | "surrender"
            | "suffer"
            | "bother"
            | "whisper"
            | "mutter"
            | "stammer"
            | "stutter"
            | "sputter"
            | "trigger"
            | "bolster"
            | "flounder"
            | "hamper"
            | "hinder"
            | "ponder"
            | "pander"
            | "shoulder"
            | "counter"
            | "encounter"
            | "clamber"
            | "clobber"
            | "slobber"
            | "shudder"
            | "splinter"
            | "blister"
            | "thunder"
            | "murmur"
            | "quibber"
            | "blather"
            | "chatter"
            | "flatter"
            | "scatter"
            | "shatter"
            | "batter"
            | "matter"
            | "offer"
            | "differ"
            | "transfer"
            | "prefer"
            | "confer"
            | "infer"
            | "defer"
            | "refer"
            | "deter"
            | "alter"
            | "filter"
            | "falter"
            | "lower"
            | "cover"
            | "hover"
            | "order"
            | "border"
            | "enter"
            | "reenter"
            | "linger"
            | "finger"
            | "wander"
            | "squander"
            | "tinker"
            | "tamper"
            | "temper"
            | "foster"
            | "muster"
            | "master"
            | "bluster"
            | "cluster"
            | "pester"
            | "fester"
            | "sequester"
            | "administer"
            | "minister"
    )
}

/// Cues that are also common nouns (`the states`, `a TV show`, `a close call`): as verbs
/// with their content after them, they need a complement that shows it (`that`, a quote, a
/// colon, `whether`, `for`, `on`, `to`).
pub(super) fn noun_like_cue(w: &str) -> bool {
    matches!(
        w,
        "state"
            | "states"
            | "contest"
            | "contests"
            | "show"
            | "shows"
            | "rule"
            | "rules"
            | "question"
            | "questions"
            | "object"
            | "objects"
            | "talk"
            | "talks"
            | "protest"
            | "protests"
            | "appeal"
            | "appeals"
            | "counter"
            | "credit"
            | "fault"
            | "label"
            | "champion"
            | "comment"
            | "comments"
            | "signal"
            | "signals"
    )
}

/// Cues whose plain object is seldom what they attribute (`wrote the letter`, `found
/// itself`, `maintains an office`, `reported a profit`): their content after them must be a
/// clause.
fn object_doubtful_cue(w: &str) -> bool {
    matches!(
        w,
        "express"
            | "expresses"
            | "expressed"
            | "expressing"
            | "write"
            | "writes"
            | "wrote"
            | "written"
            | "writing"
            | "find"
            | "finds"
            | "found"
            | "finding"
            | "show"
            | "shows"
            | "showed"
            | "shown"
            | "showing"
            | "prove"
            | "proves"
            | "proved"
            | "proven"
            | "maintain"
            | "maintains"
            | "maintained"
            | "determine"
            | "determines"
            | "determined"
            | "declare"
            | "declares"
            | "declared"
            | "recount"
            | "recounts"
            | "recounted"
            | "add"
            | "adds"
            | "added"
            | "charge"
            | "charges"
            | "charged"
            | "advise"
            | "advises"
            | "advised"
            | "advising"
            | "learn"
            | "learned"
            | "learns"
            | "cite"
            | "cites"
            | "cited"
            | "post"
            | "posted"
            | "posts"
            | "quote"
            | "quoted"
            | "quotes"
            | "verify"
            | "verified"
            | "calculate"
            | "calculated"
            | "demonstrate"
            | "demonstrated"
            | "signal"
            | "signaled"
            | "signalled"
            | "respond"
            | "responds"
            | "responded"
            | "reply"
            | "replies"
            | "replied"
            | "conclude"
            | "concludes"
            | "concluded"
    )
}

/// Whether the words `range` read as a clause: they have a verb (a form of `be` or
/// `have`, a modal, a cue, a past tense).
fn has_verb(ctx: &Ctx<'_>, range: core::ops::Range<usize>) -> bool {
    // (A cue word after a determiner and a capitalised word is a noun: `in a Friday tweet`.)
    let noun = |m: usize| {
        m >= range.start + 2
            && ctx.has(m - 2, flag::DET)
            && ctx.is_cap(m - 1)
            && !ctx.is(m - 2, "that")
    };
    // (`’s` after a name or a noun before another noun is a possessive: `Clinton’s attorney`,
    // `the mayor’s attorney`; not `the plan’s been`, `the mayor’s going`.)
    let possessive = |m: usize| {
        let noun_after = ctx.is_word(m + 1)
            && !ctx.has(m + 1, flag::AUX | flag::BE_HAVE | flag::NEG | flag::DET | flag::MODAL)
            && !ctx.low(m + 1).ends_with("ing")
            && !ctx.low(m + 1).ends_with("ed");
        matches!(ctx.low(m), "'s" | "’s")
            && m > range.start
            && !ctx.has(m - 1, flag::PRON_PERSON | flag::PRON_OTHER)
            && (ctx.is_cap(m - 1) || noun_after)
    };
    range.clone().any(|m| {
        ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower && ctx.is_word(m))
            && !possessive(m)
            // (The second part of a compound is no verb: `a well-placed aide`.)
            && !(m > 0 && ctx.glued_hyphen(m - 1))
            && (ctx.has(m, flag::BE_HAVE | flag::MODAL | flag::FUTURE)
                || ctx.is_verb_cue(m) && !noun(m)
                || ctx.low(m).len() > 4 && ctx.low(m).ends_with("ed") && m > range.start)
    })
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

/// A claim at the verb cue `i` of the sentence `si` (words `s0..s1`); `prev` is the claimer
/// of the claim before it in the sentence, if any.
/// A document that says things: `statement`, `letter`, `memo`, `tweet`, `op-ed`.
pub(super) fn document_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "statements"
            | "letter"
            | "release"
            | "video"
            | "post"
            | "tweet"
            | "message"
            | "note"
            | "memo"
            | "ad"
            | "advertisement"
            | "email"
            | "e-mail"
            | "response"
            | "reply"
            | "op-ed"
            | "editorial"
    )
}

pub(super) fn verb_cue(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    s1: usize,
    i: usize,
    prev: Option<Np>,
) -> Option<Found> {
    // `spoke on (the) condition of anonymity`: who the source is, not what it says.
    if matches!(ctx.low(i), "spoke" | "speak" | "speaks" | "speaking" | "talked" | "talking")
        && ctx.is(i + 1, "on")
        && (ctx.is(i + 2, "condition") || ctx.is(i + 3, "condition"))
    {
        return None;
    }
    // A participle clause of the sentence's subject: `…, saying the plan would fail`,
    // `…, adding that …`, `issued a statement saying …`.
    let ing = ctx.low(i).ends_with("ing");
    let after_document = i > s0 && document_noun(ctx.low(i - 1));
    // `Sanders has soared in the polls by saying that …`, `… after saying that …`.
    let after_by = i > s0 + 1
        && matches!(ctx.low(i - 1), "by" | "after" | "while" | "without" | "before")
        && (ctx.is(i + 1, "that") || clause_follows(ctx, i, s1));
    if ing
        && i > s0
        && (ctx.is_comma(i - 1) || after_document || after_by)
        // (`…, citing two officials.`: the source follows, CONTENT, CUE SOURCE below.)
        && !(matches!(ctx.low(i), "citing" | "quoting")
            && right_np(ctx, i + 1, s1).is_some_and(|n| ctx.is_end(n.last + 1, s1)))
        // (A common noun phrase is the subject of a document's participle only: `The town
        // issued a statement saying …`, not `The competition, proving …`.)
        && let Some(np) = prev.or_else(|| subject_at(ctx, s0, i, after_document))
    {
        let mut start = i + 1;
        if telling(ctx, i) {
            start = skip_addressee(ctx, start, s1);
        }
        if ctx.is(start, "that") || ctx.is(start, ":") {
            start += 1;
        }
        let after = content_after(ctx, si, start, s0, s1);
        return Some(Found {
            cue: (i, i),
            claimer: Some(np),
            content: after.span,
            stance: stance(ctx, i, i),
            pattern: "pattern:participle",
            sentences: (si, after.last_sentence),
            responds: after.anaphoric,
        });
    }
    // CONTENT, CUE SOURCE: `…, said Smith.` / `“…,” says the report.`
    // (After a verb of telling, the noun phrase is its addressee: `…, told her supporters`.)
    let after_break =
        i > s0 && (ctx.is_comma(i - 1) || ctx.is_close_quote(i - 1)) && !telling(ctx, i);
    if after_break
        && let Some(mut np) = right_np(ctx, i + 1, s1)
            .filter(|np| {
                // (a clause is content, not a source: `…, said the plan would fail`)
                // (A possessive inside the phrase is no verb: `said Clinton’s aide Jake Sullivan`.)
                (np.first..=np.last).all(|k| {
                    !(ctx.w.get(k).is_some_and(|w| w.shape == Shape::Lower)
                        && ctx.has(k, flag::AUX | flag::MODAL | flag::BE_HAVE | flag::FUTURE)
                        && !(ctx.is(k, "'s") && k > np.first))
                })
                // (nor a phrase that ends in a verb: `…, say the figures improved`)
                && !(np.last > np.first
                    && ctx.w.get(np.last).is_some_and(|w| w.shape == Shape::Lower)
                    && ctx.low(np.last).len() > 4
                    && ctx.low(np.last).ends_with("ed"))
            })
            .map(|np| extend_right(ctx, np, s1))
            // `said Sen. Amy Klobuchar (D-Minn.), who …`, `said the Vox Populi (Voice of the
            // People) column`.
            .map(|mut np| {
                if ctx.is(np.last + 1, "(")
                    && let Some(close) =
                        (np.last + 2..s1.min(np.last + 10)).find(|&m| ctx.is(m, ")"))
                    && paren_before(ctx, np.first, close) == Some(np.last + 1)
                {
                    np.head = Some(np.head.unwrap_or((np.first, np.last)));
                    np.last = close;
                    if ctx.w.get(close + 1).is_some_and(|w| w.shape == Shape::Lower)
                        && ctx.is_word(close + 1)
                        && ctx.has(close + 1, flag::SOURCE_NOUN | flag::ORG_HEAD | flag::TITLE)
                    {
                        np.last = close + 1;
                    }
                }
                np
            })
        && (ctx.is_end(np.last + 1, s1)
            || ctx.is_comma(np.last + 1)
            // A clause of time after a quotation: `“…,” said Dan Golvach when asked about …`.
            || ctx.is_close_quote(i - 1)
                && matches!(ctx.low(np.last + 1), "when" | "while" | "after" | "before" | "as")
            // An adjunct after a verb of saying: `said Mayor Don Guardian in an interview`
            // (after other verbs the phrase is an object: `…, called Donald Trump on Fox`).
            || matches!(ctx.low(i), "said" | "says" | "say" | "wrote" | "writes" | "added" | "adds")
                && (ctx.has(np.last + 1, flag::PREP) || ctx.in_date(np.last + 1))
                // (a phrase, not a clause: `…, said a carbon price in the US could …`)
                && !has_verb(
                    ctx,
                    np.first..(np.last + 1..s1)
                        .find(|&m| ctx.is_comma(m) || ctx.is_end(m, s1))
                        .unwrap_or(s1),
                ))
    {
        // `…, said Steve Schmidt, a top Republican strategist.`: the apposition is part of
        // the claimer.
        if let Some(last) = apposition_after(ctx, np.last + 1, s1) {
            np.head = Some((np.first, np.last));
            np.last = last;
        }
        let content = content_before(ctx, si, s0, i);
        // What comes before is a clause or a quotation, not the subject's own apposition
        // (`O'Malley, the former governor, stressed his experience`: no inversion).
        // (Nor a subject with its appositions: `Gov. Ann Ruiz of Ohio, a Republican who has
        // refused to back the nominee, said the family deserved better.`)
        let clause_before = content.0.is_none_or(|c| {
            let a = ctx.word_at(c.start, 0, ctx.w.len());
            apposition_before(ctx, a, i - 1).is_none_or(|n| n.first != a)
                && !(ctx.is_comma(i - 1)
                    && (a + 1..i - 1).any(|m| ctx.is_comma(m))
                    && super::np::opening_subject(ctx, a, i - 1).is_some())
        });
        if clause_before {
            return Some(Found {
                cue: (i, i),
                claimer: Some(np),
                content: content.0,
                stance: stance(ctx, i, i),
                pattern: "pattern:content-cue-source",
                sentences: (content.1, si),
                responds: false,
            });
        }
    }
    // Left source, skipping auxiliaries, adverbs and negation.
    let mut j = i;
    let mut gap = 0;
    // A verb of going on or setting about before `to` is no subject: `Trump continued to
    // question …`, `He went on to say …`, `She began to argue …`.
    if let Some(v) = catenative_before(ctx, s0, i) {
        j = v;
        gap = 1;
    }
    // Dates between the subject and its verb (`Priebus on Thursday told`) are adjuncts,
    // not the subject.
    while j > s0
        && gap < MAX_GAP + 4
        && (gap < MAX_GAP && is_gap(ctx, j - 1)
            || ctx.in_date(j - 1)
            || ctx.has(j - 1, flag::PREP) && ctx.in_date(j))
    {
        j -= 1;
        gap += 1;
    }
    // A sentence adverb between commas (`Mr. Trump, however, said`): no part of the subject.
    if j >= s0 + 4
        && ctx.is(j - 1, ",")
        && let Some(open) = (j.saturating_sub(5).max(s0)..j - 1).rev().find(|&m| ctx.is(m, ","))
        && open > s0
        && interjection(ctx, open + 1, j - 1)
    {
        j = open;
    }
    // An aside between the subject and its verb, set off by dashes (`Joyce — who is listed as
    // an attorney — told`, `Many speakers — including Muslims — said`) or by commas when it
    // opens with a preposition of time or place (`Sexton, after previous rallies, wrote`):
    // no part of the subject.
    if j >= s0 + 3
        && let Some(open) = aside_before(ctx, s0, j - 1)
    {
        j = open;
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
                responds: false,
            });
        }
    }
    // Other passives (`The plan was rejected by voters`, `He is expected to win`): the
    // subject is what is talked about, not who talks; the claimer is the agent after `by`,
    // if any.
    let be = |k: usize| {
        matches!(ctx.low(k), "was" | "is" | "were" | "are" | "been" | "be" | "being" | "'s")
    };
    if gap > 0 && participle && (be(i - 1) || i >= 2 && be(i - 2) && is_gap(ctx, i - 1)) {
        let by = (i + 1..s1.min(i + 4)).find(|&m| ctx.is(m, "by"));
        let agent = by.and_then(|m| right_np(ctx, m + 1, s1));
        // An attitude, not a passive: `some Democrats are concerned that …`, `Trump allies
        // were hopeful that …`: the subject holds it.
        let agent = agent.or_else(|| {
            attitude(ctx.low(i))
                .then(|| left_np(ctx, s0, subject_end).map(|n| complete_left(ctx, s0, n)))
                .flatten()
        });
        let start = if ctx.is(i + 1, "that") { i + 2 } else { i + 1 };
        let start = agent.filter(|a| a.first > i).map_or(start, |a| a.last + 1);
        // (`The story was first reported by MSNBC.`: with nothing after the agent, what is
        // reported is the subject.)
        let subject = || {
            let first = (s0..=subject_end)
                .find(|&k| ctx.kind(k) != Some(TokenKind::Punct) && !ctx.has(k, flag::CLAUSE))?;
            let np = left_np(ctx, s0, subject_end).or_else(|| common_np(ctx, s0, subject_end))?;
            (np.first == first).then(|| ctx.span(np.first, np.last))
        };
        let content = clause_after(ctx, start, s0, s1).or_else(|| {
            agent.filter(|a| a.first > i && ctx.is_end(a.last + 1, s1)).and_then(|_| subject())
        });
        return Some(Found {
            cue: (i, i),
            claimer: agent,
            content,
            stance: stance(ctx, i, subject_end + 1),
            pattern: "pattern:passive",
            sentences: (si, si),
            responds: false,
        });
    }
    let mut np = left_np(ctx, s0, subject_end);
    // A common noun phrase (`a preliminary field test indicated`), before a cue that is a
    // verb by its form or its complement: a noun cue after an adjective (`the subsequent
    // tweet`, `a new report`) is no verb.
    // (`a practice criticized by …`, `the four states that voted`: a noun phrase with a
    // participle or a noun after it.)
    if np.is_none() && verb_form(ctx, i) && !ctx.is(i + 1, "by") && !noun_like_cue(ctx.low(i)) {
        np = common_np(ctx, s0, subject_end).or_else(|| {
            ctx.has(i, flag::ANY_CUE).then(|| bare_plural_np(ctx, s0, subject_end)).flatten()
        });
    }
    let np = np.map(|n| complete_left(ctx, s0, n));
    let mut np = np;
    // A relative clause between the subject and its verb: `Current and former officials who
    // spoke with The Huffington Post said` (the claimer is the whole phrase, its head what
    // the clause qualifies, which opens the sentence or follows a comma).
    let end = np.map_or(subject_end + 1, |n| n.first);
    if end > s0 + 1
        && !ctx.is_comma(subject_end)
        && let Some(r) = (end.saturating_sub(10).max(s0 + 1)..end)
            .rev()
            .take_while(|&m| !ctx.is_comma(m) && !ctx.is_close_quote(m) && !ctx.is_open_quote(m))
            .find(|&m| ctx.is(m, "who") && ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower))
        && r + 1 < end
        && let Some(ante) = left_np(ctx, s0, r - 1)
            .or_else(|| common_np(ctx, s0, r - 1))
            .or_else(|| bare_plural_np(ctx, s0, r - 1))
            .map(|a| complete_left(ctx, s0, a))
        && (ante.first <= s0 + 2
            || ctx.kind(ante.first - 1) == Some(TokenKind::Punct)
            || ctx.has(ante.first - 1, flag::CLAUSE))
    {
        let first = if ante.first == s0 + 2 && ctx.is(s0 + 1, "and") { s0 } else { ante.first };
        np = Some(Np {
            head: Some(ante.head.unwrap_or((ante.first, ante.last))),
            first,
            last: subject_end,
            kind: ante.kind,
            refers_to: ante.refers_to,
        });
    }
    // `Some said`, `58 percent of voters say`, `More than six in 10 said`.
    if matches!(ctx.low(i), "said" | "say" | "says" | "told" | "added") {
        match np {
            None => np = quantity_np(ctx, s0, subject_end),
            // `58 percent of Florida Latino voters`: the share of a group named.
            Some(n) if n.first >= s0 + 2 && ctx.is(n.first - 1, "of") => {
                if let Some(q) = quantity_np(ctx, s0, n.first - 2) {
                    np = Some(Np { first: q.first, kind: ClaimerKind::Generic, ..n });
                }
            }
            Some(_) => {}
        }
    }
    // A parenthesis after the subject (`Sen. Marco Rubio (R-Fla.) said`, `Jim Bennett (57)
    // told`) is part of the claimer, its head the name.
    if np.is_none()
        && let Some(open) = paren_before(ctx, s0, subject_end)
        && let Some(name) = left_np(ctx, s0, open - 1)
    {
        np = Some(Np {
            head: Some(name.head.unwrap_or((name.first, name.last))),
            last: subject_end,
            ..name
        });
    }
    // An apposition before the verb: `Maria Lopez, the director of the board, said`.
    if ctx.is(subject_end, ",") && subject_end > s0 {
        np = apposition_before(ctx, s0, subject_end).or(np);
    }
    // The whole opening of the sentence with its appositions: `Gov. Ann Ruiz of Ohio, a
    // Republican who has refused to back the nominee, said`.
    if np.is_none() && ctx.is(subject_end, ",") && subject_end > s0 && opening_saying(ctx.low(i)) {
        np = super::np::opening_subject(ctx, s0, subject_end);
    }
    // A name before the verb, after the content: `…, Yuri Ushakov, said`.
    if np.is_none() && ctx.is(subject_end, ",") && subject_end > s0 {
        np = left_np(ctx, s0, subject_end - 1)
            .filter(|n| n.kind != ClaimerKind::Generic || n.first > s0)
            .map(|n| complete_left(ctx, s0, n));
        // `Gov. John Kasich (R-OH), said`.
        if np.is_none()
            && let Some(open) = paren_before(ctx, s0, subject_end - 1)
            && let Some(name) = left_np(ctx, s0, open - 1)
            && name.kind != ClaimerKind::Generic
        {
            np = Some(Np {
                head: Some(name.head.unwrap_or((name.first, name.last))),
                last: subject_end - 1,
                ..name
            });
        }
    }
    // A second verb of the same subject: `Twitter reported a loss and said …`, `… the
    // roads were bad, promised that …`.
    // (`Clinton has expressed concerns but has said …`.)
    let coordinated = ctx.is(subject_end, "and")
        || ctx.is(subject_end, "but") && np.is_none()
        || np.is_none() && ctx.is_comma(subject_end) && prev.is_some();
    let np = match np {
        Some(np) => np,
        None if coordinated => prev.or_else(|| subject_at(ctx, s0, subject_end, true))?,
        // The whole opening of the sentence before a plain verb of saying.
        None if opening_saying(ctx.low(i)) => super::np::opening_subject(ctx, s0, subject_end)?,
        None => return None,
    };
    let neg_from = if coordinated { subject_end + 1 } else { np.last + 1 };
    // What follows the cue.
    let mut k = i + 1;
    // particles and indirect objects: `pointed out`, `told reporters`, `told CNN`
    if ctx.is(k, "out") || ctx.is(k, "up") {
        k += 1;
    }
    if telling(ctx, i) {
        k = skip_addressee(ctx, k, s1);
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
            && !ctx.is_verb_cue(m)
            // (`said, reasoning that …`: a participle clause of its own after a comma; `says,
            // but she cautions that …`: a clause of its own, with its own subject.)
            && !(ctx.is_comma(m)
                && ctx.low(m + 1).len() > 5
                && ctx.low(m + 1).ends_with("ing")
                && ctx.w.get(m + 1).is_some_and(|w| w.shape == Shape::Lower))
            && !(ctx.is_comma(m) && matches!(ctx.low(m + 1), "but" | "and" | "yet" | "or"))
            && !matches!(ctx.low(m), "he" | "she" | "they" | "we" | "i" | "you")
        {
            m += 1;
        }
        if ctx.is(m, "that")
            && !super::content::time_that(ctx, m)
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
        } else if m > k + 1
            && ctx.is_open_quote(m)
            && (ctx.is(m - 1, ":") || ctx.is_comma(m - 1))
            && matches!(ctx.low(k), "of" | "about" | "on" | "in" | "at" | "to")
            && !matches!(ctx.low(i), "told" | "tell" | "tells" | "telling")
        {
            // `said of the senator, “She takes it seriously.”`, `added about Carson: “…”`:
            // the quotation after a short adjunct is the content.
            k = m;
        }
    }
    // `He told his audience, to loud applause:` with the quotation in the next paragraph:
    // a colon that ends the sentence after a short adjunct marks the quotation as content.
    if s1 > k + 1
        && s1 <= k + 12
        && ctx.is(s1 - 1, ":")
        && ctx.is_open_quote(s1)
        && (k..s1 - 1).all(|m| !ctx.is_verb_cue(m) && !ctx.is_open_quote(m) && !ctx.is(m, "that"))
    {
        k = s1 - 1;
    }
    // The phrase starts before the titles and roles that the claimer leaves out
    // (`…, Defense Secretary Ash Carter told`).
    let mut phrase = np.first;
    while phrase > s0
        && np.first - phrase < 4
        && (ctx.has(phrase - 1, flag::TITLE | flag::DET | flag::SOURCE_NOUN)
            || ctx.is_cap(phrase - 1)
            || matches!(
                ctx.low(phrase - 1),
                "friend"
                    | "colleague"
                    | "wife"
                    | "husband"
                    | "son"
                    | "daughter"
                    | "brother"
                    | "sister"
            ))
        && !ctx.is_comma(phrase - 1)
        && !ctx.is_close_quote(phrase - 1)
    {
        phrase -= 1;
    }
    // A longer role between a quotation or a comma and the name: `“…,” Daily News opinion
    // editor Josh Greenman told`, `…, foreign ministry spokesman Benali Cherif said Thursday.`
    // (after a comma only with a title among the role's words).
    let titled = (phrase..np.first).any(|m| ctx.has(m, flag::TITLE));
    if phrase > s0
        && !ctx.is_comma(phrase - 1)
        && !ctx.is_close_quote(phrase - 1)
        && let Some(q) = (phrase.saturating_sub(5).max(s0)..phrase)
            .rev()
            .take_while(|&m| {
                ctx.is_close_quote(m)
                    || titled && ctx.is_comma(m)
                    || ctx.is_word(m)
                        && !ctx.has(
                            m,
                            flag::AUX | flag::PREP | flag::CLAUSE | flag::THAT | flag::BE_HAVE,
                        )
                        && !ctx.is_verb_cue(m)
            })
            .find(|&m| ctx.is_close_quote(m) || titled && ctx.is_comma(m))
    {
        phrase = q + 1;
    }
    // (A second verb of the subject, `…, the mayor tried … and promised to …`, has its subject
    // far before it: what stands before that subject is no content of this verb.)
    let np_after_break =
        !coordinated && phrase > s0 && (ctx.is_comma(phrase - 1) || ctx.is_close_quote(phrase - 1));
    // `“…,” X said in a statement.`, `…, X told a Senate panel on Wednesday.`, `…, she said,
    // adding that …`: what follows the cue is no content of its own.
    // `“…,” she said and hung up`, `“…,” Trump said in August after …`, `“…!” Clinton said
    // to People`: after a quotation that the claimer follows, whatever follows the cue is no
    // content, unless it is marked as such (`that`, a colon, another quotation).
    // (A title in quotation marks is no quotation of the claimer's: `On “Sunday Morning
    // Futures,” Rep. Zorb said the count was wrong.`)
    // (A short quotation before a pronoun is its words, no title: `“Quiet,” he demanded as …`.)
    let after_quote = phrase > s0
        && ctx.is_close_quote(phrase - 1)
        && ctx.closing(phrase - 1).is_some_and(|(o, c)| {
            o + 1 < phrase - 1
                && (!ctx.title_quote((o, c))
                    || np.first == phrase && ctx.has(phrase, flag::PRON_PERSON))
        })
        && !(ctx.is(k, "that") || ctx.is(k, ":") || ctx.is_open_quote(k));
    // `“Who do they think they are?” Trump said of Apple in February, when …`: a quotation
    // that ends in `?` or `!` splits the sentence before its claimer; after a plain verb of
    // saying, what follows is no content unless it is marked as such, as after a quotation
    // in the same sentence.
    let split_quote = phrase == s0
        && s0 > 0
        && ctx.is_close_quote(s0 - 1)
        && matches!(
            ctx.low(i),
            "said" | "says" | "told" | "tells" | "asked" | "asks" | "wrote" | "writes" | "added"
        )
        && {
            // (the quotation ends in `?`, `!` or a comma inside its mark: `…?”`, `…,”`)
            let q = s0 - 1;
            mark_before_close(ctx, q)
                .is_some_and(|b| matches!(ctx.low(b), "," | "?" | "!"))
        }
        && !(ctx.is(k, "that") || ctx.is(k, ":") || ctx.is_open_quote(k))
        // (Not a sentence of its own with its own content in the next paragraph: `“Why should I
        // be surprised?”\n\nThe administration said it was doing its best.`)
        && !(ctx.line_break_before(s0) && clause_follows(ctx, i, s1));
    let cue_at_end = ctx.is_end(k, s1)
        || (ctx.is_comma(k) && ctx.is_end(k + 1, s1))
        || np_after_break && (after_quote || adjunct_tail(ctx, i, k, s1))
        || split_quote;
    // CONTENT, SOURCE CUE; but a noun phrase without a verb before the name is the name's
    // apposition, no content (`Clinton’s attorney, David Kendall, declined to comment.`).
    let set_off = ctx.is_comma(i + 1) && ctx.is_comma(phrase.saturating_sub(1));
    let before = (np_after_break && cue_at_end)
        .then(|| content_before(ctx, si, s0, phrase))
        .filter(|(c, _)| {
            c.is_none_or(|c| {
                let a = ctx.word_at(c.start, 0, ctx.w.len());
                let b = ctx.word_at(c.end, a, ctx.w.len());
                // (Set off by commas on both sides, `…, Ms. Okafor said, adding …`, a long
                // phrase before is a clause whatever its verb: `Mr. Trump intends to …`.)
                ctx.is_open_quote(a)
                    || has_verb(ctx, a..b)
                    || ctx.in_quote(a).is_some()
                    || set_off && b >= a + 6
            })
        });
    let (content, first_sentence, pattern) = if let Some((c, fs)) = before {
        (c, fs, "pattern:content-source-cue")
    } else if cue_at_end && np.first == s0 && split_attribution(ctx, s0, i) {
        // `… , he said.` split off as its own sentence by a quote: content in the quote before.
        let (c, fs) = content_before(ctx, si, s0, np.first);
        (c, fs, "pattern:content-source-cue")
    } else {
        let marked = ctx.is(k, "that")
            || ctx.is(k, ":")
            || ctx.is_open_quote(k)
            // `Conant added, “Fox made it an issue.”`
            || ctx.is_comma(k) && ctx.is_open_quote(k + 1)
            || matches!(ctx.low(k), "whether" | "if" | "how" | "why" | "what" | "when" | "who");
        let low = ctx.low(i);
        // (`A Reuters rolling poll shows Trump at the top`: a poll, a survey, an email shows
        // what follows, whatever its form.)
        // (`A state poll this month found the governor ahead`: a date may stand between.)
        let shown = matches!(low, "show" | "shows" | "showed" | "found" | "finds")
            && ctx.has(np.last, flag::SOURCE_NOUN)
            && !ctx.has(np.last, flag::TITLE)
            && (np.last + 1..i).all(|m| ctx.in_date(m) || is_gap(ctx, m));
        if noun_like_cue(low)
            && !(marked
                || shown
                || matches!(ctx.low(k), "for" | "on" | "to" | "out")
                || matches!(low, "talk" | "talks") && ctx.is(k, "about")
                || k == i + 1 && clause_follows(ctx, i, s1))
        {
            return None;
        }
        // `called for a recount`, `called the plan a disaster`: calling someone on the
        // phone attributes nothing.
        if matches!(low, "call" | "calls" | "called" | "calling")
            && !marked
            && !matches!(ctx.low(k), "for" | "on" | "upon" | "out")
            && !(k + 1..s1.min(k + 6)).any(|m| matches!(ctx.low(m), "a" | "an"))
            // (`called Obama’s ignorance of solid advice from … “disrespectful …”`)
            && !(k + 1..s1.min(k + 20)).any(|m| ctx.is_open_quote(m))
            && !matches!(ctx.low(k), "it" | "him" | "her" | "them" | "himself" | "herself" | "this")
        {
            return None;
        }
        // `Close call for the team.`: a capitalised word alone at the start of a sentence
        // may be no name at all; before a cue that is also a noun it is taken for none.
        if (noun_like_cue(low) || matches!(low, "call" | "calls"))
            && np.first == np.last
            && np.first == s0
            && ctx.hint_at(np.first).is_none()
            && !ctx.has(np.first, flag::PRON_PERSON | flag::PRON_OTHER | flag::SOURCE_NOUN)
        {
            return None;
        }
        let mut start =
            if ctx.is(k, "that") || ctx.is(k, ":") || ctx.is(k, ",") { k + 1 } else { k };
        // `spoke to reporters about the plan`, `talked of war`: what they attribute is the
        // topic; speaking to someone alone attributes nothing.
        if matches!(
            low,
            "speak"
                | "speaks"
                | "spoke"
                | "spoken"
                | "speaking"
                | "talk"
                | "talks"
                | "talked"
                | "talking"
        ) && !marked
        {
            let mut m = start;
            // `has spoken at length about`, `spoke publicly about`.
            if ctx.is(m, "at") && ctx.is(m + 1, "length") {
                m += 2;
            } else if ctx.low(m).len() > 4 && ctx.low(m).ends_with("ly") {
                m += 1;
            }
            if matches!(ctx.low(m), "to" | "with") {
                m += 1;
                while m < s1 && m < start + 6 && !ctx.has(m, flag::PREP) && !ctx.is_end(m, s1) {
                    m += 1;
                }
            }
            let date = ctx.in_date(m + 1)
                || ctx.has(m + 1, flag::MONTH)
                || matches!(
                    ctx.low(m + 1),
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "the"
                        | "a"
                ) && ctx.low(m) == "on";
            if !matches!(ctx.low(m), "about" | "of" | "on" | "against" | "out") || date {
                return None;
            }
            start = m + 1;
        }
        if object_doubtful_cue(low)
            && !marked
            && !shown
            && !has_verb(ctx, start..s1.min(start + 12))
        {
            // `The streets were deserted, he added, but …`: an attribution set off by commas
            // reports what comes before it.
            if np_after_break && k == i + 1 && ctx.is_comma(k) && ctx.is_comma(phrase - 1) {
                let (c, fs) = content_before(ctx, si, s0, phrase);
                if c.is_some_and(|c| clause_like(ctx, c)) {
                    return Some(Found {
                        cue: (i, i),
                        claimer: Some(np),
                        content: c,
                        stance: stance(ctx, i, neg_from),
                        pattern: "pattern:content-source-cue",
                        sentences: (fs, si),
                        responds: false,
                    });
                }
            }
            return None;
        }
        // `Stevens agrees, but she warns that …`: a clause of its own follows the comma,
        // no content of the cue's.
        let own_clause = !marked
            && ctx.is_comma(k)
            && matches!(ctx.low(k + 1), "but" | "and" | "yet" | "or")
            && (matches!(ctx.low(k + 2), "he" | "she" | "they" | "we" | "i" | "it" | "there")
                || clause_follows(ctx, k + 1, s1));
        let after = if own_clause {
            super::content::After { span: None, last_sentence: si, anaphoric: false }
        } else {
            content_after(ctx, si, start, s0, s1)
        };
        // `While one company says there are 2,400, another says …`: in a clause that opens
        // the sentence, the content ends at its comma, before the main clause.
        let lead = (s0..s1).find(|&m| ctx.kind(m) != Some(TokenKind::Punct)).unwrap_or(s1);
        let opening_clause = lead < np.first
            && matches!(ctx.low(lead), "while" | "whereas" | "although" | "though")
            && ctx.is_cap(lead);
        let content = after.span.map(|c| relative_clause_end(ctx, np, c, s1)).map(|c| {
            let a = ctx.word_at(c.start, 0, ctx.w.len());
            let b = ctx.word_at(c.end, a, ctx.w.len());
            match (a + 1..b).find(|&m| ctx.is_comma(m)).filter(|_| opening_clause) {
                Some(m) => ctx.span(a, m - 1),
                None => c,
            }
        });
        return Some(Found {
            cue: (i, i),
            claimer: Some(np),
            content,
            stance: stance(ctx, i, neg_from),
            pattern: "pattern:source-cue-content",
            sentences: (si, after.last_sentence),
            responds: after.anaphoric,
        });
    };
    Some(Found {
        cue: (i, i),
        claimer: Some(np),
        content,
        stance: stance(ctx, i, neg_from),
        pattern,
        sentences: (first_sentence, si),
        responds: false,
    })
}

/// `according to SOURCE` at word `i`; `initial` when only punctuation, clause words and
/// `and` come before it in the sentence.
/// `As reported by SOURCE, CONTENT`, `…, as first reported by SOURCE`, `As SOURCE
/// (previously) reported, CONTENT`, `…, as SOURCE noted.`: the clause of manner around the
/// cue at `i` names the source; the content is the clause after it (when it opens the
/// sentence) or before it.
fn as_reported(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    s1: usize,
    i: usize,
    lead: usize,
) -> Option<Found> {
    if !matches!(
        ctx.low(i),
        "reported" | "noted" | "said" | "wrote" | "reports" | "notes" | "says" | "writes"
    ) {
        return None;
    }
    // Back over `first`, `previously`, `earlier`.
    let mut b = i;
    while b > s0
        && i - b < 2
        && matches!(ctx.low(b - 1), "first" | "previously" | "earlier" | "also")
    {
        b -= 1;
    }
    let (open, np) = if b > s0 && ctx.is(b - 1, "as") && ctx.is(i + 1, "by") {
        // The passive: `as reported by the New York Times`.
        (b - 1, right_np(ctx, i + 2, s1)?)
    } else {
        let end = b.checked_sub(1).filter(|&e| e > s0)?;
        let np = left_np(ctx, s0, end).or_else(|| common_np(ctx, s0, end))?;
        (np.first.checked_sub(1).filter(|&a| a >= s0 && ctx.is(a, "as"))?, np)
    };
    let close = if np.first > i { np.last + 1 } else { i + 1 };
    // The clause of manner is set off: it opens the sentence (after `And`, `But`) and a comma
    // follows, or a comma comes before it and it ends the sentence or the clause.
    let (content, sentences) = if open <= lead && ctx.is_comma(close) {
        (clause_after(ctx, close + 1, s0, s1), (si, si))
    } else if open > s0
        && ctx.is_comma(open - 1)
        && (ctx.is_end(close, s1) || ctx.is_comma(close) || adjunct_tail(ctx, i, close, s1))
    {
        let (c, fs) = content_before(ctx, si, s0, open);
        (c, (fs, si))
    } else {
        return None;
    };
    content.filter(|&c| clause_like(ctx, c))?;
    Some(Found {
        cue: (i, i),
        claimer: Some(np),
        content,
        stance: Stance::Assert,
        pattern: "pattern:as-reported",
        sentences,
        responds: false,
    })
}

/// Whether word `k` is the noun of a poll: `poll`, `polls`, `survey`, `surveys`.
fn is_poll(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.w.get(k).is_some_and(|w| w.has(flag::SOURCE_NOUN))
        && matches!(ctx.low(k), "poll" | "polls" | "survey" | "surveys")
}

/// A poll named by a phrase of `in`, the source of the clause it frames: at the opening of
/// the sentence (`In a Gallup poll of 1,000 adults released Monday, 52 percent approved`:
/// the clause after the comma) or at its end (`The senator trails by six points in the
/// latest state poll.`: the clause before). The phrase is at most eight words to its noun, without a verb, and the clause
/// has one. `lead` is the sentence's first word.
fn in_poll(ctx: &Ctx<'_>, si: usize, s0: usize, s1: usize, lead: usize) -> Option<Found> {
    const MAX_PHRASE: usize = 8;
    // (A capitalised word is a name there, and a preposition no verb: `conducted in May`.)
    let plain = |m: usize| {
        ctx.kind(m) != Some(TokenKind::Punct)
            && (ctx.is_cap(m)
                || ctx.has(m, flag::PREP)
                || !ctx.is_verb_cue(m)
                    && !ctx.has(
                        m,
                        flag::BE_HAVE | flag::AUX | flag::MODAL | flag::RELATIVE | flag::THAT,
                    ))
    };
    // The poll noun after an `in` (no comma, verb or clause between) that opens the
    // sentence, or else the one that ends it (the last word but its punctuation).
    let after_in = |k: usize| {
        let lo = k.saturating_sub(MAX_PHRASE).max(s0);
        let mut m = k;
        while m > lo {
            m -= 1;
            if ctx.is(m, "in") {
                return Some((m, k));
            }
            if !plain(m) {
                return None;
            }
        }
        None
    };
    // (Flags first: this runs for every sentence.)
    let (cue, noun) = if ctx.has(lead, flag::PREP) && ctx.is(lead, "in") {
        (lead + 2..s1.min(lead + 2 + MAX_PHRASE)).find(|&k| is_poll(ctx, k)).and_then(after_in)?
    } else {
        let last = s1.checked_sub(1)?;
        let last =
            if ctx.kind(last) == Some(TokenKind::Punct) { last.checked_sub(1)? } else { last };
        if last < s0 || !ctx.has(last, flag::SOURCE_NOUN) {
            return None;
        }
        Some(last).filter(|&k| is_poll(ctx, k)).and_then(after_in)?
    };
    let kind = ClaimerKind::Generic;
    if cue == lead {
        // The phrase runs to its comma (`released Monday`, `of likely voters`, `conducted by
        // Marist`), then the clause it frames.
        let mut comma = (noun + 1..s1.min(noun + 1 + MAX_PHRASE)).find(|&m| ctx.is_comma(m))?;
        // (`In an online poll of 800 voters, conducted in May, …`: a participle after the
        // comma still describes the poll.)
        if ctx.w.get(comma + 1).is_some_and(|w| w.shape == Shape::Lower)
            && ctx.low(comma + 1).ends_with("ed")
        {
            comma = (comma + 2..s1.min(comma + 2 + MAX_PHRASE)).find(|&m| ctx.is_comma(m))?;
        }
        let described = |m: usize| plain(m) || ctx.low(m).ends_with("ed") || ctx.is(m, ",");
        if !(noun + 1..comma).all(described) || ctx.is_end(comma + 1, s1) {
            return None;
        }
        let end = (comma + 1..s1)
            .rev()
            .find(|&m| !ctx.is_end(m, s1) && ctx.kind(m) != Some(TokenKind::Punct))?;
        if !has_verb(ctx, comma + 1..end + 1) {
            return None;
        }
        let claimer = Np { head: None, first: cue + 1, last: comma - 1, kind, refers_to: None };
        return Some(Found {
            cue: (cue, cue),
            claimer: Some(claimer),
            content: Some(ctx.span(comma + 1, end)),
            stance: Stance::Assert,
            pattern: "pattern:in-poll",
            sentences: (si, si),
            responds: false,
        });
    }
    // After the clause: the phrase ends the sentence or a clause, or a phrase of time or
    // place follows (`ahead of the primary`).
    // One poll, not `the polls` of an election: `in a Register poll`, `in the latest survey`.
    if !matches!(ctx.low(noun), "poll" | "survey") {
        return None;
    }
    let last = (lead..cue).rev().find(|&m| ctx.kind(m) != Some(TokenKind::Punct))?;
    if last < lead + 2 || !has_verb(ctx, lead..cue) {
        return None;
    }
    let claimer = Np { head: None, first: cue + 1, last: noun, kind, refers_to: None };
    Some(Found {
        cue: (cue, cue),
        claimer: Some(claimer),
        content: Some(ctx.span(lead, last)),
        stance: Stance::Assert,
        pattern: "pattern:in-poll",
        sentences: (si, si),
        responds: false,
    })
}

pub(super) fn according_to(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    s1: usize,
    i: usize,
    initial: bool,
) -> Option<Found> {
    let mut np = right_np(ctx, i + 2, s1)?;
    // The source runs to the comma that closes it: `according to a study by economists at
    // Duke University,`, `according to some on Twitter,`.
    if ctx.has(np.last + 1, flag::PREP) && !ctx.is(np.last + 1, "that") {
        let mut m = np.last + 1;
        let mut last = np.last;
        while m < s1 && m < np.last + 16 && !ctx.is_comma(m) && !ctx.is_end(m, s1) {
            let lower = ctx.w.get(m).is_some_and(|w| w.shape == Shape::Lower);
            if ctx.is_open_quote(m) || ctx.is(m, "that") || lower && ctx.is_verb_cue(m) {
                break;
            }
            if ctx.kind(m) != Some(TokenKind::Punct) {
                last = m;
            }
            m += 1;
        }
        if ctx.is_comma(m) || ctx.is_end(m, s1) || matches!(ctx.low(m), ")" | "—" | "–") {
            np.last = last;
        }
    }
    // `according to the network’s chief correspondent, Ed Shaw, …`: the name after the
    // role is part of the source, and its head.
    if ctx.is_comma(np.last + 1)
        && let Some(name) = right_np(ctx, np.last + 2, s1)
        && ctx.is_cap(name.last)
        && ctx.is_comma(name.last + 1)
        && (name.first..=name.last)
            .all(|k| ctx.is_cap(k) || ctx.kind(k) == Some(TokenKind::Abbreviation))
    {
        np = Np { head: Some((name.first, name.last)), last: name.last, kind: name.kind, ..np };
    }
    // `While most were confidential, according to an official, two were secret.`, `In
    // addition, according to the department, …`: after an opening clause or phrase, the
    // content is the main clause after the source.
    let lead = (s0..i).find(|&m| ctx.kind(m) != Some(TokenKind::Punct)).unwrap_or(i);
    // (Not when an apposition of the source follows, `according to Brian Weiss, an
    // analyst at …`, or the verb of the opening phrase, `Among the precedents at risk,
    // according to Ms. Ortiz, are 16 …`.)
    let after = np.last + 2;
    let opener = i > lead
        && ctx.is_comma(i - 1)
        && ctx.is_comma(np.last + 1)
        && !ctx.is_end(after, s1)
        && (ctx.has(lead, flag::CLAUSE | flag::PREP)
            || matches!(ctx.low(lead), "when" | "if" | "as" | "because" | "once"))
        && (apposition_after(ctx, np.last + 1, s1).is_none()
            || has_verb(
                ctx,
                after..(after..s1).find(|&m| ctx.is_comma(m) || ctx.is_end(m, s1)).unwrap_or(s1),
            ))
        && !ctx.has(after, flag::RELATIVE | flag::BE_HAVE | flag::AUX | flag::MODAL)
        && !matches!(ctx.low(after), "including" | "who" | "which")
        && !ctx.is_verb_cue(after);
    let (content, sentences) = if initial || opener {
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
        responds: false,
    })
}

pub(super) fn reporting_noun(
    ctx: &Ctx<'_>,
    si: usize,
    s0: usize,
    s1: usize,
    i: usize,
) -> Option<Found> {
    let claimer = if i > s0 + 1 && ctx.is(i - 1, "'s") {
        left_np(ctx, s0, i - 2)
    } else if i > s0 && ctx.has(i - 1, flag::DET) {
        let p = i - 1;
        match ctx.low(p) {
            "his" | "her" => Some(Np {
                head: None,
                first: p,
                last: p,
                kind: ClaimerKind::Person,
                refers_to: ctx.person_before(ctx.w.get(p)?.span.start),
            }),
            "their" | "its" => Some(Np {
                head: None,
                first: p,
                last: p,
                kind: ClaimerKind::Generic,
                refers_to: None,
            }),
            _ => None,
        }
    } else {
        None
    };
    let after = content_after(ctx, si, i + 2, s0, s1);
    let content = after.span;
    content?;
    Some(Found {
        cue: (i, i),
        claimer,
        content,
        stance: ctx.w.get(i).map_or(Stance::Assert, |w| w.stance),
        pattern: "pattern:reporting-noun",
        sentences: (si, after.last_sentence),
        responds: false,
    })
}
