//! Teams in results, unknown capitalised names, and places, events and works named by their
//! shape (suffixes, prefixes, particles).

use super::*;

impl Inner {
    /// Sports results and fixtures: a town, state or region followed by a score
    /// (`Dundee 1 Hamilton 0`) or joined by `v` (`Walsall v Wrexham`) names a team, an
    /// organisation. Countries stay places (national teams are reported as places).
    pub(super) fn team_rule(&self, text: &str, words: &[Word], chosen: &mut [Prop]) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let score = |i: usize| is_score(text, words, i);
        for p in chosen.iter_mut() {
            if p.kind != EntityKind::Place || p.how != How::Alias {
                continue;
            }
            let Some(e) = p.entry else { continue };
            let roles = self.store.roles(e);
            if roles & (role::COUNTRY | role::CONTINENT) != 0 {
                continue;
            }
            let versus = |w: &str| matches!(w, "v" | "vs" | "vs." | "v.");
            let beaten = |w: &str| matches!(w, "beat" | "defeated" | "edged" | "thrashed");
            // Not `lost` or `drew`: `Newton lost its factory`, `Mendoza drew his pistol`.
            let beats = |w: &str| matches!(w, "beat" | "defeated" | "edged" | "thrashed");
            let town = roles & role::CAPITAL == 0;
            // A score in a result or a table: the end of the line, a name or another number
            // follows it (`Dundee 1 Hamilton 0`, `Torquay 4 2 1 1 5 3 7`), not a noun
            // (`Everett 25 years ago`, `Mach 20 and`).
            // Or the second half of a result (`Dundee 1 Hamilton 0.`), or scorers follow in
            // brackets (`Leeds 2 ( Yeboah 45 )`).
            let cap = |i: usize| words.get(i).is_some_and(|w| w.is(shape::CAP));
            // Cricket: `Zorbshire 22 points`, `Zorbshire 199 and 426`, `Zorbshire 429-7`.
            let cricket = score(p.w1)
                && (word(p.w1 + 1) == "points" || word(p.w1 + 1) == "and" && score(p.w1 + 2))
                || innings(words, text, p.w1);
            let result = cricket
                || score(p.w1)
                    && (words.get(p.w1 + 1).is_none_or(|n| {
                        n.is(shape::NEWLINE)
                            || n.is(shape::CAP) && n.kind == TokenKind::Word
                            || n.kind == TokenKind::Number
                    }) || p.w0 >= 2 && score(p.w0 - 1) && cap(p.w0 - 2)
                        || word(p.w1 + 1) == "(" && cap(p.w1 + 2));
            // In a fixture list `KANSAS CITY AT DETROIT` the visitors are a team and the
            // host a place.
            if result
                || versus(word(p.w1))
                || word(p.w1) == "AT"
                || versus(word(p.w0.wrapping_sub(1)))
                || town && (beaten(word(p.w0.wrapping_sub(1))) || beats(word(p.w1)))
            {
                p.kind = EntityKind::Organization;
            }
        }
    }

    /// Capitalised words that no list knows, typed by what surrounds them: acronyms
    /// (`NAPM`, `LIFFE`) and names before `news agency` are organisations, and so are names
    /// in lines of results (`Puchon 2 Chonbuk 1`) or fixtures (`v Derbyshire`).
    pub(super) fn unknown_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let unknown = |i: usize| {
            words.get(i).is_some_and(|w| {
                self.name_word(w)
                    && !w.is(shape::CAPS_LINE)
                    && !w.has(flag::COMMON)
                    && !w.has(flag::GIVEN)
                    && !at.inside.get(i).copied().unwrap_or(true)
                    && at.lex_at(lex, i).is_none()
                    && !at.title(i, TITLE_START)
            })
        };
        let score = |i: usize| is_score(text, words, i);
        let push = |w0: usize, w1: usize, out: &mut Vec<Prop>| {
            out.push(Prop::rule(w0, w1, EntityKind::Organization, How::Pattern, 0));
        };
        // Runs of unknown capitalised words.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let after_hyphen = words[i].is(shape::GLUED) && word(i.wrapping_sub(1)) == "-";
            if !unknown(i) || after_hyphen || words[i].is(shape::INITIAL) && !score(i + 1) {
                i = next_in(at.next_cap, i + 1);
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && j - i < 4 && unknown(j) && !words[j].is(shape::NEWLINE) {
                j += 1;
            }
            runs.push((i, j));
            i = j;
        }
        for &(a, b) in &runs {
            let acronym = b == a + 1 && {
                let t = word(a);
                words[a].is(shape::UPPER)
                    && (3..=6).contains(&t.len())
                    && t.bytes().all(|c| c.is_ascii_uppercase())
                    && !t.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L'))
                    && !words[a].has(flag::NOT_NAME)
            };
            // A speaker label of a transcript (`DJ BOOGIE:`, `ADMINISTRATOR FUGATE:`) names a
            // person, not an organisation.
            let label = word(b) == ":"
                && (a.saturating_sub(2)..=a).any(|k| k == 0 || words[k].is(shape::NEWLINE));
            // Ordinary words in capitals around it (`MARKETS RALLY AS TECH SHARES CLIMB`, in
            // a line that is not all in capitals): a phrase in capitals, no acronym.
            let caps_word = |i: usize| {
                words.get(i).is_some_and(|w| {
                    w.is(shape::UPPER) && w.span.len() >= 2 && w.has(flag::COMMON | flag::STOP)
                })
            };
            let before = |k: usize| a.checked_sub(k).is_some_and(caps_word);
            let in_phrase = before(1) && caps_word(b)
                || before(1) && before(2)
                || caps_word(b) && caps_word(b + 1);
            let acronym = acronym && !label && !in_phrase;
            let agency = word(b) == "news" && word(b + 1) == "agency"
                || matches!(word(b), "agency" | "newspaper" | "daily");
            // A result pairs two names with scores, side by side (`Puchon 2 Chonbuk 1`); two
            // such names apart in one long line (`Article 5 … Article 5`) are not one.
            let cap = |i: usize| words.get(i).is_some_and(|w| w.is(shape::CAP));
            let pair_before = a >= 2 && score(a - 1) && cap(a - 2);
            let pair_after = cap(b + 1)
                && (b + 2..b + 6)
                    .find(|&j| !cap(j) || words[j].is(shape::NEWLINE))
                    .is_some_and(|j| score(j) && !words[j].is(shape::NEWLINE));
            // Scorers in brackets (`Nottinghamshire 214 ( P. Johnson 84 ; …`).
            let scorers = word(b + 1) == "(" && cap(b + 2);
            let results = score(b) && (pair_before || pair_after || scorers);
            let versus = matches!(word(a.wrapping_sub(1)), "v" | "vs" | "vs.")
                || matches!(word(b), "v" | "vs" | "vs.");
            if acronym || agency || results || versus {
                push(a, b, out);
            }
        }
    }

    /// Names with a telling first or last word: `Tumen River`, `Lake Baikal`, `Acme Corp`,
    /// `Bank of England`.
    pub(super) fn pattern_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        // Stop words may be part of a longer name (`Lake Khanka`).
        let run_word = |w: &Word| {
            w.is(shape::CAP)
                && !w.is(shape::POSS)
                && !w.has(flag::CONTRACTION)
                && !w.is(shape::CAPS_LINE)
                && matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation)
        };
        // In a line of capitals every word is capitalised, so runs say nothing; but a place
        // or nationality followed within two words by an event word is an event
        // (`HONG KONG OPEN`, `ENGLISH COUNTY CHAMPIONSHIP`).
        for l in lex {
            if !words.get(l.w0).is_some_and(|w| w.is(shape::CAPS_LINE))
                || !matches!(l.kind, EntityKind::Place | EntityKind::Nationality)
            {
                continue;
            }
            for (end, w) in words.iter().enumerate().skip(l.w1).take(2) {
                if !w.is(shape::UPPER) || w.kind != TokenKind::Word || w.is(shape::NEWLINE) {
                    break;
                }
                if w.has(flag::EVENT_SUFFIX) {
                    out.push(Prop::rule(l.w0, end + 1, EntityKind::Other, How::Pattern, 0));
                    break;
                }
            }
        }
        let mut i = 0;
        while i < words.len() {
            if !run_word(&words[i]) {
                i = next_in(at.next_cap, i + 1);
                continue;
            }
            // A run of capitalised words, with `of`, `and`, `for`, `the`, `&` inside.
            let mut j = i + 1;
            let mut last_name = i;
            while j < words.len() && j - i < 8 {
                let x = &words[j];
                if x.is(shape::POSS) || x.is(shape::NEWLINE) {
                    break;
                }
                if run_word(x) {
                    last_name = j;
                    j += 1;
                    continue;
                }
                let t = x.span.get(text).unwrap_or("");
                // `All-England Club`: a hyphen glued on both sides.
                let hyphen = t == "-"
                    && x.is(shape::GLUED)
                    && words.get(j + 1).is_some_and(|y| y.is(shape::GLUED) && run_word(y));
                let joiner =
                    hyphen || matches!(t, "of" | "and" | "for" | "the" | "&" | "de" | "du" | "des");
                if joiner && words.get(j + 1).is_some_and(run_word) {
                    j += 1;
                    continue;
                }
                break;
            }
            let end = last_name + 1;
            // Skip a leading sentence-initial common word (`The`, `In`) and what joins it.
            let mut start = i;
            while start < end
                && (!run_word(&words[start])
                    || words[start].has(flag::COMMON) && words[start].is(shape::INITIAL))
            {
                start += 1;
            }
            // A name that starts after a hyphen belongs to the compound (`Itar-Tass`).
            if words[i].is(shape::GLUED) && i > 0 && words[i - 1].kind == TokenKind::Punct {
                i = end.max(i + 1);
                continue;
            }
            let last = words[end.max(1) - 1].flags;
            // A name ending in a telling word starts after the last `of`, `and` or `for` when
            // what comes before it is a name of its own: a person or a title before `of`
            // (`Lynn Reaser of Barnett Banks Inc.`, `President of Morgan State University`), a
            // complete name before `and` or `for` (`Johnson Controls Inc and Lear Corp`). Else
            // the joiner is part of the name (`Department of Health and Human Services`,
            // `University of Pittsburgh Medical Center`, `Medal of Honor Society`).
            // A title and `of` before a name are not part of it (`Secretary of Health and
            // Human Services`).
            if at.title(start, TITLE_START)
                && let Some(e) = (start + 1..end).find(|&e| at.title(e, TITLE_BEFORE))
                && words[e].span.get(text) == Some("of")
            {
                start = e + 1;
            }
            let telling_flags = flag::ORG_SUFFIX | flag::EVENT_SUFFIX | flag::PLACE_SUFFIX;
            let telling = last & telling_flags != 0;
            let joiner = (start..end)
                .rev()
                .find(|&k| matches!(words[k].span.get(text), Some("of" | "and" | "for")));
            if telling && let Some(k) = joiner {
                let before = k.checked_sub(1).and_then(|b| words.get(b));
                let name_ends = at.lex_before(lex, k).is_some_and(|l| l.w0 >= start);
                // What follows is one known name (`Members of Congress`, `House and Senate`).
                let known_after = at.lex_at(lex, k + 1).is_some_and(|l| l.w1 == end);
                let cut = known_after || {
                    let joiner = words[k].span.get(text);
                    // A person or a title before `of` or `for` (`Lisa Schlein for VOA News`).
                    let person = at.title(k, TITLE_BEFORE)
                        || before.is_some_and(|b| b.has(flag::GIVEN | flag::SURNAME))
                        || words.get(start).is_some_and(|w| w.has(flag::GIVEN))
                        || at.lex_before(lex, k).is_some_and(|l| l.kind == EntityKind::Person);
                    // A complete name before the joiner, or a known place or nationality
                    // opening the second name (`Walter Reed and Bethesda Naval Hospital`,
                    // `World Vision and American Jewish World Service`).
                    let complete = before.is_some_and(|b| b.has(telling_flags))
                        || name_ends
                        || at.lex_at(lex, k + 1).is_some_and(|l| {
                            matches!(l.kind, EntityKind::Place | EntityKind::Nationality)
                        });
                    match joiner {
                        Some("of") => person,
                        Some("for") => person || complete,
                        _ => complete,
                    }
                };
                if cut {
                    // The name before `and` is one too when it ends in a telling word
                    // (`Zorbex Holdings and Texas Medical Center`).
                    let left_last = before.map_or(0, |b| b.flags);
                    let left_kind = if left_last & flag::ORG_SUFFIX != 0 {
                        Some(EntityKind::Organization)
                    } else if left_last & flag::EVENT_SUFFIX != 0 {
                        Some(EntityKind::Other)
                    } else if left_last & flag::PLACE_SUFFIX != 0 {
                        Some(EntityKind::Place)
                    } else {
                        None
                    };
                    let known = at.lex_at(lex, start).is_some_and(|l| l.w1 == k);
                    if let (Some(kind), false, true) = (left_kind, known, k >= start + 2)
                        && words[k].span.get(text) == Some("and")
                    {
                        out.push(Prop::rule(start, k, kind, How::Pattern, 0));
                    }
                    start = k + 1;
                }
            }
            if end >= start + 2 {
                let first = words[start].flags;
                let has_of = words[start..end].iter().any(|w| w.span.get(text) == Some("of"));
                let kind = if last & flag::ORG_SUFFIX != 0 {
                    Some(EntityKind::Organization)
                } else if last & flag::EVENT_SUFFIX != 0 {
                    Some(EntityKind::Other)
                } else if last & flag::PLACE_SUFFIX != 0 || first & flag::PLACE_PREFIX != 0 {
                    Some(EntityKind::Place)
                } else if first & flag::ORG_PREFIX != 0 && has_of {
                    Some(EntityKind::Organization)
                } else if first & flag::EVENT_PREFIX != 0 && has_of {
                    Some(EntityKind::Other)
                } else if end == start + 2
                    && at
                        .lex_at(lex, start)
                        .is_some_and(|l| l.kind == EntityKind::Place && l.w1 == start + 1)
                    && at.lex_at(lex, start + 1).is_none()
                    && words[start + 1].span.len() > 3
                    && words[start + 1].span.get(text).is_some_and(|t| t.ends_with('s'))
                    && !words[start + 1].has(flag::GIVEN)
                {
                    // A place and a plural (`Texas Rangers`, `Philadelphia Eagles`): a team or
                    // a company.
                    Some(EntityKind::Organization)
                } else {
                    None
                };
                // The whole run must not be one known name already.
                let known = at.lex_at(lex, start).is_some_and(|l| l.w1 == end);
                if let (Some(kind), false) = (kind, known) {
                    out.push(Prop::rule(start, end, kind, How::Pattern, 0));
                }
            }
            i = end.max(i + 1);
        }
    }
}
