//! People: names from title cues, first names and capitalised words, and the later mentions
//! of a name by its surname alone.

use super::*;

/// Surname endings of Slavic, Nordic, Greek, Turkish, Georgian and Armenian names.
pub(super) fn has_surname_ending(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "enko", "sky", "ski", "ska", "skaya", "skiy", "vic", "vich",
        "wicz", "czyk", "sson", "dottir", "poulos", "opoulos", "idis", "akis", "oglu", "ian",
        "yan", "shvili", "dze", "ovic", "evic", "escu", "ich", "ovs", "iev",
    ];
    let w = word.to_ascii_lowercase();
    w.len() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

#[rustfmt::skip]
pub(super) const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la",
    "le", "du", "dos", "das", "ter", "st.", "bint", "abu", "ben",
];

impl Inner {
    /// Person names: a title cue or a first name followed by capitalised words.
    pub(super) fn person_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        let lex_at = |i: usize| at.lex_at(lex, i);
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        // A capitalised word that no list knows as something else.
        let free = |i: usize| {
            words.get(i).is_some_and(|w| {
                self.name_word(w)
                    && !w.is(shape::CAPS_LINE)
                    && !w.is(shape::UPPER)
                    && !w.has(flag::COMMON)
                    && !at.inside.get(i).copied().unwrap_or(true)
                    && !at.title(i, TITLE_START)
                    && lex_at(i).is_none_or(|l| l.kind == EntityKind::Person)
            })
        };
        // A one-word town that is also a surname in a name (`Carla Sacramento ( Portugal )`).
        let single_place = |i: usize| {
            lex_at(i).is_some_and(|l| l.kind == EntityKind::Place && l.w1 == i + 1)
                && words.get(i).is_some_and(|w| !w.is(shape::UPPER))
        };
        // A one-word town, neither a country nor a capital nor a state.
        let single_town = |i: usize| {
            single_place(i)
                && lex_at(i).and_then(|l| l.entry).is_some_and(|e| {
                    self.store.roles(e)
                        & (role::COUNTRY | role::CAPITAL | role::STATE | role::CONTINENT)
                        == 0
                })
        };
        let org_word = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| w.has(flag::ORG_SUFFIX | flag::ORG_PREFIX | flag::EVENT_SUFFIX))
        };
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            // Every rule below starts at a capitalised word outside a line of capitals.
            if !self.name_word(w) || w.is(shape::CAPS_LINE) {
                i = next_in(at.next_cap, i + 1);
                continue;
            }
            // Not a title after a title (`Mr. President`, `Mr. Vice President`): a form of
            // address, not a name.
            // (Nor a verb of a headline in title case: `Mayor Announces New Budget`, a
            // common word in -s, no name, before another capitalised word or the line end.)
            // (The word or its stem, `announce` for `Announces`, is a common word.)
            let common = |t: &str| {
                let low = t.to_ascii_lowercase();
                let stem = low.strip_suffix('s').unwrap_or(&low);
                w.has(flag::COMMON)
                    || (self.vocab.get_lower(stem).1 | self.vocab.get(stem).1) & flag::COMMON != 0
            };
            let headline_verb = !w.has(flag::SURNAME | flag::GIVEN)
                && word(i).len() > 3
                && word(i).ends_with('s')
                && words.get(i + 1).is_none_or(|n| n.is(shape::CAP) || n.is(shape::NEWLINE))
                && at.title(i, TITLE_BEFORE)
                && common(word(i));
            let cue = at.title(i, TITLE_BEFORE)
                && !org_word(i)
                && !at.title(i, TITLE_START)
                && !headline_verb;
            // `Kyran Bracken`, `Zelimkhan Yandarbiyev`: an unknown capitalised word and a
            // surname (from the list, or by its ending).
            let surname_pair = free(i)
                && free(i + 1)
                && words.get(i + 1).is_some_and(|x| {
                    !x.is(shape::NEWLINE)
                        // `Supreme Court`, `Sesame Street`: a surname that names an
                        // organisation, event or place after a capitalised word is not one.
                        && !x.has(flag::ORG_SUFFIX | flag::EVENT_SUFFIX | flag::PLACE_SUFFIX)
                        && (x.has(flag::SURNAME)
                            || has_surname_ending(word(i + 1))
                            || lex_at(i + 1).is_some_and(|l| l.w1 == i + 2))
                });
            // `Tatiana Stiajkina ( Ukraine )`: a name before a country in brackets, as in
            // results and lists.
            let bracketed_country = {
                let mut r = i;
                while r < words.len()
                    && r - i < 4
                    && (free(r) || r > i && single_place(r))
                    && (r == i || !words[r].is(shape::NEWLINE))
                {
                    r += 1;
                }
                r >= i + 2
                    && word(r) == "("
                    && lex_at(r + 1).is_some_and(|l| {
                        matches!(l.kind, EntityKind::Place | EntityKind::Nationality)
                            && word(l.w1) == ")"
                    })
            };
            // `10 - Zorb Quill ,` in a line-up, `Zorb Quill ( 21st minute )` among scorers:
            // two or three unknown capitalised words (particles between them).
            let listed = {
                let mut r = i;
                while r < words.len()
                    && r - i < 4
                    && (free(r)
                        || r > i
                            && !words[r].is(shape::CAP)
                            && self.is_particle(text, &words[r])
                            && free(r + 1))
                    && (r == i || !words[r].is(shape::NEWLINE))
                {
                    r += 1;
                }
                let number = |k: usize| {
                    words.get(k).is_some_and(|x| x.kind == TokenKind::Number) && word(k).len() <= 2
                };
                let lineup = i >= 2
                    && word(i - 1) == "-"
                    && !words[i - 1].is(shape::GLUED)
                    && number(i - 2)
                    && matches!(word(r), "," | ";" | "(" | ".");
                let ordinal = |k: usize| {
                    let t = word(k);
                    t.len() >= 3
                        && t.bytes().next().is_some_and(|b| b.is_ascii_digit())
                        && ["st", "nd", "rd", "th"].iter().any(|e| t.ends_with(e))
                };
                // (Not `3 - Zorbex Holdings ,`: a telling word makes it another name.)
                let telling = words[i..r]
                    .iter()
                    .any(|x| x.has(flag::ORG_SUFFIX | flag::EVENT_SUFFIX | flag::PLACE_SUFFIX));
                r >= i + 2 && !telling && (lineup || word(r) == "(" && ordinal(r + 1))
            };
            // `… , said Beck .`, `Viljoen said`: a lone capitalised word next to a reporting
            // verb.
            let reporting = free(i)
                && !w.is(shape::INITIAL)
                && !words.get(i + 1).is_some_and(|x| self.name_word(x))
                && (words.get(i + 1).is_some_and(|x| x.has(flag::REPORTING))
                    || i > 0 && words[i - 1].has(flag::REPORTING));
            if reporting && !cue {
                out.push(Prop::rule(i, i + 1, EntityKind::Person, How::Pattern, 0));
                i += 1;
                continue;
            }
            let given = w.has(flag::GIVEN)
                && !(w.is(shape::INITIAL) && w.has(flag::COMMON))
                && !at.title(i, TITLE_START);
            // `P. Johnson`, `J. Pooley`: an initial and a capitalised word.
            // (A town may be the surname: `P. Zorbton` where Zorbton is a town.)
            let initial = w.kind == TokenKind::Abbreviation
                && word(i).len() == 2
                && word(i).ends_with('.')
                && (free(i + 1) || single_town(i + 1));
            let starts = self.name_word(w)
                && !w.is(shape::CAPS_LINE)
                && (cue || surname_pair || bracketed_country || given || initial || listed);
            if !starts {
                i += 1;
                continue;
            }
            // A known non-person name right after a title is not a person (`President Obama` is,
            // `Minister of Defence` is not).
            if lex_at(i).is_some_and(|l| {
                l.kind != EntityKind::Person && !w.has(flag::GIVEN) && !w.has(flag::SURNAME)
            }) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && j - i < 5 {
                let x = &words[j];
                if x.is(shape::GLUED) && x.kind == TokenKind::Punct && x.span.len() == 1 {
                    // `Jong-un`, `Jean-Claude`: a hyphen glued on both sides.
                    // Not `Zorbo-based`, `Zorbo-Israeli`: a common word or a nationality
                    // after the hyphen makes a compound, not a name.
                    if words.get(j + 1).is_some_and(|y| {
                        y.is(shape::GLUED)
                            && y.is(shape::ALPHA)
                            && !y.is(shape::POSS)
                            && (y.is(shape::CAP) || y.span.len() <= 3)
                            && lex_at(j + 1).is_none_or(|l| l.kind == EntityKind::Person)
                    }) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                if x.is(shape::POSS) || x.is(shape::NEWLINE) {
                    break;
                }
                let folded_particle = !x.is(shape::CAP) && self.is_particle(text, x);
                if folded_particle && words.get(j + 1).is_some_and(|y| self.name_word(y)) {
                    j += 2;
                    continue;
                }
                if !self.name_word(x) || x.is(shape::CAPS_LINE) {
                    break;
                }
                if let Some(l) = lex_at(j) {
                    let surname = x.has(flag::SURNAME) || x.has(flag::GIVEN);
                    let bracketed = bracketed_country && l.w1 == j + 1 && single_place(j);
                    // `P. Zorbton`, `Dana Zorbton`: a town right after an initial or a first
                    // name, ending the name, is its surname.
                    let town_surname = j == i + 1
                        && (initial || given)
                        && single_town(j)
                        && !words.get(j + 1).is_some_and(|y| self.name_word(y));
                    let surname_here = surname && l.w1 == j + 1;
                    if !(l.kind == EntityKind::Person || surname_here || bracketed || town_surname)
                    {
                        break;
                    }
                }
                // A title ends the name only if it announces another one (`John Major` is a
                // name, `… Kemp Major Smith` is two).
                if at.title(j, TITLE_START) && words.get(j + 1).is_some_and(|y| self.name_word(y)) {
                    break;
                }
                if x.has(flag::COMMON) && !x.has(flag::SURNAME) && !x.has(flag::GIVEN) {
                    break;
                }
                // `Venice Beach`: a place and a place word after it name a place.
                if j == i + 1
                    && x.has(flag::PLACE_SUFFIX)
                    && !cue
                    && (lex_at(i).is_some_and(|l| l.kind == EntityKind::Place && l.w1 == j)
                        || !x.has(flag::SURNAME))
                {
                    break;
                }
                j += 1;
            }
            let len = j - i;
            if len >= 2 || cue {
                let how = if cue { How::TitleCue } else { How::Pattern };
                out.push(Prop::rule(i, j, EntityKind::Person, how, 1));
                // `Tom and Ana Reyes`: a lone first name joined by `and` shares the surname
                // (not `John Smith and Ana Reyes`).
                let lone_given = |k: usize| {
                    words.get(k).is_some_and(|x| {
                        x.has(flag::GIVEN) && self.name_word(x) && !x.is(shape::CAPS_LINE)
                    }) && lex_at(k).is_none_or(|l| l.kind == EntityKind::Person && l.w1 == k + 1)
                };
                if len >= 2
                    && i >= 2
                    && word(i - 1) == "and"
                    && lone_given(i - 2)
                    && !(i >= 3 && words.get(i - 3).is_some_and(|x| self.name_word(x)))
                    && words[i].has(flag::GIVEN)
                {
                    out.push(Prop {
                        w0: i - 2,
                        w1: i - 1,
                        kind: EntityKind::Person,
                        entry: None,
                        how: How::Pattern,
                        rank: 3,
                        link: None,
                        shared: Some(j - 1),
                    });
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }

    pub(super) fn is_particle(&self, text: &str, w: &Word) -> bool {
        let t = w.span.get(text).unwrap_or("");
        t.len() <= 4 && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(t))
    }

    /// Links one-word mentions and capitalised words to full person names of the document
    /// (before or after them): `Putin` → Vladimir Putin, `Miller` → Matthew Miller.
    pub(super) fn link_partials(
        &self,
        text: &str,
        words: &[Word],
        caps: &[u32],
        chosen: &mut Vec<Prop>,
    ) {
        let mut folded = String::new();
        // Last word of each full name → (entry, words of the full name); None when ambiguous.
        let mut full: FxMap<String, Option<Target>> = FxMap::default();
        for p in chosen.iter().filter(|p| p.kind == EntityKind::Person && p.w1 >= p.w0 + 2) {
            let Some(w) = words.get(p.w1 - 1) else { continue };
            if w.is(shape::UPPER) || !vocab::fold_word(w.span.get(text).unwrap_or(""), &mut folded)
            {
                continue;
            }
            let target = (p.entry, (p.w0, p.w1));
            let same = |a: &Target, b: &Target| {
                a.0.is_some() && a.0 == b.0
                    || a.0.is_none()
                        && b.0.is_none()
                        && written_name(text, &words[a.1.0..a.1.1])
                            == written_name(text, &words[b.1.0..b.1.1])
            };
            match full.get_mut(folded.as_str()) {
                Some(slot) => {
                    if slot.as_ref().is_some_and(|t| !same(t, &target)) {
                        *slot = None;
                    }
                }
                None => {
                    full.insert(folded.clone(), Some(target));
                }
            }
        }
        if full.is_empty() {
            return;
        }
        let mut plural = String::new();
        let mut lookup = |w: &Word| -> Option<Target> {
            if !vocab::fold_word(w.span.get(text).unwrap_or(""), &mut folded) {
                return None;
            }
            full.get(folded.as_str()).copied().flatten()
        };
        for p in chosen.iter_mut() {
            if p.w1 != p.w0 + 1 {
                continue;
            }
            let Some(w) = words.get(p.w0) else { continue };
            // `Hillary Clinton … the Clintons`, `the Joneses`: the plural of a surname of the
            // document after `the`, found by a rule, is the family (people, no one's id).
            if p.how == How::Pattern
                && p.entry.is_none()
                && p.kind != EntityKind::Person
                && w.is(shape::CAP)
                && !w.is(shape::UPPER)
                && p.w0
                    .checked_sub(1)
                    .and_then(|k| words.get(k))
                    .is_some_and(|b| matches!(b.span.get(text).unwrap_or(""), "the" | "The"))
                && vocab::fold_word(w.span.get(text).unwrap_or(""), &mut plural)
            {
                let family = [1, 2].iter().any(|&cut| {
                    plural.len() > cut + 2
                        && plural.ends_with(if cut == 1 { "s" } else { "es" })
                        && plural
                            .get(..plural.len() - cut)
                            .is_some_and(|one| full.contains_key(one))
                });
                if family {
                    p.kind = EntityKind::Person;
                    continue;
                }
            }
            let Some((entry, range)) = lookup(w) else { continue };
            match p.kind {
                EntityKind::Person if p.entry.is_none() => {
                    p.entry = entry;
                    p.link = Some(range);
                    p.how = How::PartialName;
                }
                // (Not a place right after a preposition of place: `Dana Paris arrived in
                // Paris.`: the context says otherwise; but `in Jordan's film`.)
                EntityKind::Place
                    if !w.is(shape::POSS)
                        && !words.get(p.w0 + 1).is_some_and(|n| {
                            n.is(shape::POSS)
                                || matches!(n.span.get(text).unwrap_or(""), "'s" | "’s" | "'")
                        })
                        && p.w0.checked_sub(1).and_then(|k| words.get(k)).is_some_and(|b| {
                            matches!(
                                b.span.get(text).unwrap_or(""),
                                "in" | "near" | "across" | "outside" | "inside" | "throughout"
                            )
                        }) => {}
                EntityKind::Place | EntityKind::Organization | EntityKind::Other
                    if w.is(shape::CAP) && !w.is(shape::UPPER) =>
                {
                    p.kind = EntityKind::Person;
                    p.entry = entry;
                    p.link = Some(range);
                    p.how = How::PartialName;
                }
                _ => {}
            }
        }
        let mut covered = vec![false; words.len()];
        for p in chosen.iter() {
            for c in covered.iter_mut().take(p.w1.min(words.len())).skip(p.w0) {
                *c = true;
            }
        }
        let mut added = Vec::new();
        for i in words_in(caps, words.len()) {
            let w = &words[i];
            if covered[i]
                || !self.name_word(w)
                || w.is(shape::UPPER)
                || w.is(shape::CAPS_LINE)
                || w.is(shape::INITIAL) && w.has(flag::COMMON)
            {
                continue;
            }
            // Not the first word of a longer capitalised name (`Miller Park`).
            if words.get(i + 1).is_some_and(|n| self.name_word(n) && !n.is(shape::INITIAL)) {
                continue;
            }
            if let Some((entry, range)) = lookup(w) {
                added.push(Prop {
                    w0: i,
                    w1: i + 1,
                    kind: EntityKind::Person,
                    entry,
                    how: How::PartialName,
                    rank: 1,
                    link: Some(range),
                    shared: None,
                });
            }
        }
        if !added.is_empty() {
            chosen.extend(added);
            chosen.sort_by_key(|p| p.w0);
        }
    }
}
