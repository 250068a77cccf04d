//! Organisations from context, for capitalised names that no list knows (one linear pass over
//! the words, then one pass over the chosen mentions):
//!
//! - a noun before the name (`tyre giant Zorbex`, `the club Nice`, `shares of Zorbex`) or a
//!   word after it (`Zorbex chairman`, `Zorbex shares`, `Zorbex CEO`, `Zorbex ’s chief
//!   executive`, `Zorbex said in a statement`, `the Zorbex app`);
//! - a place inside a longer capitalised name (`Air France`, `Statistics Canada`, `Kansas
//!   City Royals`): the name, not the place;
//! - a long name before its acronym in brackets (`National Association of Widget Makers
//!   ( NAWM )`);
//! - names in lines of results and tables: a name and a score beside another name and score
//!   (`Greenock Morton 1 Falkirk 0`), a name before three numbers (`St Mirren 3 1 1 1 5 4 4`),
//!   or joined by `v`;
//! - one type per name: a name typed an organisation by these rules (or a town typed a team)
//!   is one wherever else the document writes it, also at a sentence start or in a headline
//!   in capitals, unless `in`, `at` or `near` precede it or it opens a dateline.

use super::*;

/// Words of a place name that say where in it, not which organisation (`Eastern Europe`).
#[rustfmt::skip]
const PLACE_MODIFIERS: &[&str] = &[
    "central", "downtown", "east", "eastern", "greater", "inner", "lower", "metropolitan",
    "mid", "new", "north", "northeast", "northern", "northwest", "old", "outer", "south",
    "southeast", "southern", "southwest", "upper", "west", "western",
];

/// Words after a name and its possessive that make it an organisation's (`Zorbex ’s chief
/// executive`).
const AFTER_POSSESSIVE: &[&str] =
    &["board", "chairman", "chief", "shareholders", "shares", "spokesman", "stock"];

impl Inner {
    /// Organisations from context (see the module documentation), proposed into `out`.
    pub(super) fn org_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let score = |i: usize| is_score(text, words, i);
        let cap = |i: usize| {
            words.get(i).is_some_and(|w| {
                self.name_word(w) && !w.is(shape::CAPS_LINE) && !at.title(i, TITLE_START)
            })
        };
        // Stop words may open a name (`St`, `East`, `Port`) but never are one; at a
        // sentence start only those that open place names.
        let opener = |i: usize| {
            let t = word(i);
            words[i].has(flag::PLACE_PREFIX)
                || PLACE_MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(t))
                || matches!(t, "St" | "St." | "Saint")
        };
        let stop_cap = |i: usize| {
            words.get(i).is_some_and(|w| {
                w.has(flag::STOP)
                    && w.is(shape::CAP)
                    && !w.is(shape::POSS)
                    && !w.is(shape::CAPS_LINE)
                    && !w.has(flag::CONTRACTION)
                    && matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation)
                    && (!w.is(shape::INITIAL) || opener(i))
                    && !at.title(i, TITLE_START)
            })
        };
        // Where a person name starts (found by the person rule or a list).
        let mut person_at = vec![false; words.len()];
        for p in out.iter().filter(|p| p.kind == EntityKind::Person) {
            if let Some(x) = person_at.get_mut(p.w0) {
                *x = true;
            }
        }
        let push = |w0: usize, w1: usize, out: &mut Vec<Prop>| {
            out.push(Prop::rule(w0, w1, EntityKind::Organization, How::Pattern, 1));
        };
        // The end of the run of capitalised words from `a` (glued hyphens and `&` inside).
        let run_end = |a: usize| {
            let mut j = a + 1;
            while j < words.len() && j - a < 6 {
                let x = &words[j];
                if x.is(shape::NEWLINE) {
                    break;
                }
                // (The words of a known name go on even when they are stop words: `Kansas
                // City Zorbers`.)
                // (`Zorbex CEO Eli Moss`: an acronym that is no name ends the run.)
                if x.has(flag::NOT_NAME) {
                    break;
                }
                let in_known = at.inside.get(j).copied().unwrap_or(false)
                    && !at.title(j, TITLE_START)
                    && !at.title(a, TITLE_START);
                if cap(j) || in_known && x.is(shape::CAP) {
                    j += 1;
                    continue;
                }
                let t = word(j);
                let glued = t == "-" && x.is(shape::GLUED);
                // `Zorbex & Quillon`, not `Paris & Rome`.
                let places = at.lex_before(lex, j).is_some_and(|l| l.kind == EntityKind::Place)
                    && at.lex_at(lex, j + 1).is_some_and(|l| l.kind == EntityKind::Place);
                let amp = t == "&" && !places;
                if (glued || amp)
                    && cap(j + 1)
                    && (!glued || words[j + 1].is(shape::GLUED))
                    && !words[j + 1].is(shape::NEWLINE)
                {
                    j += 2;
                    continue;
                }
                break;
            }
            j
        };
        let mut i = 0;
        while i < words.len() {
            // (A run starts with a capital: the tests below fail at once on other words.)
            if at.inside.get(i).copied().unwrap_or(true) || !words[i].is(shape::CAP) {
                i = next_in(at.next_cap, i + 1);
                continue;
            }
            // Stop words opening the name (`St Zorbo`), but not a sentence's first word.
            let mut a = i;
            while stop_cap(a) && a - i < 2 {
                a += 1;
            }
            if !cap(a) || a > i && words[a].is(shape::NEWLINE) {
                i = a.max(i + 1);
                continue;
            }
            let b = run_end(a);
            i = b;
            // A sentence-initial common word is not part of the name (`The`, `Its`).
            if words[a].is(shape::INITIAL) && words[a].has(flag::COMMON) {
                a += 1;
            }
            if a >= b || person_at[a] || words[a].is(shape::GLUED) {
                continue;
            }
            let leading_stop = a > 0 && stop_cap(a - 1);
            let a = if leading_stop && !person_at[a] {
                let mut s = a;
                while s > 0 && stop_cap(s - 1) && a - s < 2 && !words[s].is(shape::NEWLINE) {
                    s -= 1;
                }
                s
            } else {
                a
            };
            // One letter is no name (`N / A`); an initial starts a person's name (`P. Zorb`).
            let letters: usize = words[a..b].iter().map(|w| w.span.len()).sum();
            let initial = words[a].kind == TokenKind::Abbreviation && word(a).len() == 2;
            if letters < 2 || initial {
                continue;
            }
            let one = at.lex_at(lex, a).filter(|l| l.w1 == b);
            // What lists know inside the run: its one match, or the places in it.
            let mut known_other = false;
            let mut place = false;
            let mut k = a;
            while k < b {
                match at.lex_at(lex, k) {
                    Some(l) if l.w1 <= b => {
                        match l.kind {
                            EntityKind::Place => place = true,
                            _ => known_other = true,
                        }
                        k = l.w1;
                    }
                    Some(_) => {
                        known_other = true;
                        k += 1;
                    }
                    None => k += 1,
                }
            }
            let country = one.is_some_and(|l| self.is_country(l));
            let town = one.is_some_and(|l| l.kind == EntityKind::Place) && !country;
            let given_first = words[a].has(flag::GIVEN) && b > a + 1;
            // Unknown words only, or one town (`the club Nice`).
            let unknown = !known_other && !place && !given_first;
            let lower = |i: usize| words.get(i).is_some_and(|w| !w.is(shape::CAP));
            let before = a > 0 && lower(a - 1) && words[a - 1].has(flag::ORG_BEFORE)
                || matches!(word(a.wrapping_sub(1)), "of" | "in")
                    && matches!(word(a.wrapping_sub(2)), "shares" | "stake");
            let after = lower(b) && words[b].has(flag::ORG_AFTER)
                || word(b) == "CEO"
                || word(b) == "app" && word(a.wrapping_sub(1)) == "the"
                || words.get(b).is_some_and(|w| w.is(shape::POSS))
                    && lower(b + 1)
                    && AFTER_POSSESSIVE.contains(&word(b + 1))
                || word(b) == "said"
                    && word(b + 1) == "in"
                    && word(b + 2) == "a"
                    && word(b + 3) == "statement";
            // `Zorbex & Quill`, `Zorb-Quill`: unknown capitalised words joined by `&` or a
            // glued hyphen (not `Jean-Claude`, a first name).
            let joined = (a + 1..b).any(|k| matches!(word(k), "&" | "-"));
            if joined && unknown && !words[a].has(flag::GIVEN) {
                push(a, b, out);
                continue;
            }
            if (before || after) && (unknown || town) {
                push(a, b, out);
                continue;
            }
            // Results and tables.
            if score(b) && (unknown || town || one.is_none() && !known_other) && !country {
                // Not a golfer's rounds (`Zorb Quill 71 75 75 71`).
                let round = |i: usize| word(i).parse::<u32>().is_ok_and(|n| (60..90).contains(&n));
                let table =
                    score(b + 1) && score(b + 2) && !(round(b) && round(b + 1) && round(b + 2));
                let pair_before = a >= 2 && score(a - 1) && cap(a - 2);
                let pair_after = {
                    let mut f = b + 1;
                    while stop_cap(f) && f - b < 3 {
                        f += 1;
                    }
                    cap(f) && {
                        let c = run_end(f);
                        score(c) && !words[c].is(shape::NEWLINE)
                    }
                };
                let scorers = word(b + 1) == "(" && cap(b + 2);
                let cricket = matches!(word(b + 1), "points")
                    || word(b + 1) == "and" && score(b + 2)
                    || innings(words, text, b);
                if (table || pair_before || pair_after || scorers || cricket) && !given_first {
                    push(a, b, out);
                    continue;
                }
            }
            // `Zorbshire beat Quillshire by an innings` / `by 188 runs` / `by nine wickets`.
            if (unknown || town)
                && matches!(word(b), "beat" | "defeated" | "thrashed")
                && cap(b + 1)
                && !person_at.get(b + 1).copied().unwrap_or(true)
            {
                let c = run_end(b + 1);
                let by_runs = word(c) == "by"
                    && (word(c + 1) == "an" && word(c + 2) == "innings"
                        || matches!(word(c + 2), "runs" | "wickets" | "wicket"));
                if by_runs {
                    push(a, b, out);
                    if at.lex_at(lex, b + 1).is_none_or(|l| !self.is_country(l)) {
                        push(b + 1, c, out);
                    }
                    continue;
                }
            }
            // `the Zorbers`: a plural no list knows after `the`, alone, names a team or a
            // band (not `the Islands`, `the Games`: words of the rules' lists).
            let rule_word = flag::ORG_SUFFIX
                | flag::EVENT_SUFFIX
                | flag::PLACE_SUFFIX
                | flag::ORG_PREFIX
                | flag::PLACE_PREFIX
                | flag::EVENT_PREFIX
                | flag::NOT_NAME;
            let t = word(a);
            let plural = b == a + 1
                && unknown
                && matches!(word(a.wrapping_sub(1)), "the" | "The")
                && t.len() > 3
                && t.ends_with('s')
                && !t.ends_with("ss")
                && !words[a].is(shape::UPPER)
                && !words[a].has(rule_word)
                && !words.get(b).is_some_and(|w| w.is(shape::CAP))
                && word(b) != "of";
            if plural {
                push(a, b, out);
                continue;
            }
            if matches!(word(a.wrapping_sub(1)), "v" | "vs" | "vs.") && (unknown || town)
                || matches!(word(b), "v" | "vs" | "vs.") && unknown && b > a + 1
            {
                push(a, b, out);
                continue;
            }
            // A place in a longer name of unknown words (`Air France`, `Kansas City Royals`).
            // (Not when the name goes on after a possessive: `Luhansk People’s Republic`.)
            let goes_on = words.get(b).is_some_and(|w| w.is(shape::POSS)) && cap(b + 1);
            if place && !known_other && one.is_none() && b > a + 1 && !goes_on {
                let telling = flag::ORG_SUFFIX | flag::EVENT_SUFFIX | flag::PLACE_SUFFIX;
                let mut ok = !words[b - 1].has(telling);
                let mut k = a;
                let mut seen_place = false;
                while k < b && ok {
                    if let Some(l) = at.lex_at(lex, k).filter(|l| l.w1 <= b) {
                        seen_place = true;
                        k = l.w1;
                        continue;
                    }
                    let w = &words[k];
                    let t = word(k);
                    // Before the place only common words (`Air France`, not `Zorbo Paris`,
                    // which is a person).
                    ok = !w.has(flag::STOP)
                        && !w.has(flag::GIVEN)
                        && (seen_place || w.has(flag::COMMON))
                        && (!w.is(shape::INITIAL) || !w.has(flag::COMMON))
                        && !PLACE_MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(t));
                    k += 1;
                }
                if ok {
                    push(a, b, out);
                }
            }
        }
        self.acronym_rule(text, words, at, lex, out);
        // Brands written in mixed case (`ZorbPay`, `eZorb`, `iZorb`), dotted acronyms
        // (`Z.B.Q.`) and capitals joined by `&` (`Z&Q`), which no list knows.
        for k in words_in(at.next_mark, words.len()) {
            let w = &words[k];
            if w.is(shape::CAPS_LINE)
                || !matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation)
                || w.is(shape::POSS)
                || at.lex_at(lex, k).is_some()
                || at.inside.get(k).copied().unwrap_or(true)
                || person_at[k]
            {
                continue;
            }
            let t = word(k);
            let b = t.as_bytes();
            // `the Galaxy S24`, `Google Pixel 8a` (a capitalised word no list knows and that is
            // no common word, after a determiner or its maker: not `Route A1`, `and Vitamin
            // B12`): a product and its model number.
            let code_next = || {
                let spaced = words.get(k + 1).is_some_and(|n| {
                    n.span.start > w.span.end
                        && !n.is(shape::NEWLINE)
                        && n.kind != TokenKind::Punct
                        && text.as_bytes().get(n.span.start).is_some_and(u8::is_ascii_uppercase)
                });
                spaced && model_code(word(k + 1), false)
            };
            if w.is(shape::CAP)
                && code_next()
                && b.len() >= 3
                && !w.has(flag::COMMON | flag::STOP | flag::GIVEN | flag::NOT_NAME)
                && b.iter().skip(1).all(u8::is_ascii_lowercase)
                && at.lex_at(lex, k + 1).is_none()
                // (after a determiner or its maker: `the Galaxy S24`, `Samsung Galaxy S24`)
                && k.checked_sub(1).is_some_and(|j| {
                    matches!(
                        word(j),
                        "the" | "a" | "an" | "its" | "new" | "latest" | "his" | "her" | "their"
                    ) || at.lex_at(lex, j).is_some_and(|l| {
                        l.kind == EntityKind::Organization && l.w1 == k
                    })
                })
            {
                out.push(Prop::rule(k, k + 2, EntityKind::Other, How::Pattern, 0));
                continue;
            }
            // All three shapes need a capital or `&` after the first letter, or an
            // abbreviation: most words end here after one pass over their bytes.
            let inner = b.iter().skip(1).any(|c| c.is_ascii_uppercase() || *c == b'&');
            if !inner && w.kind != TokenKind::Abbreviation {
                continue;
            }
            let camel = b.len() >= 4
                && b.iter().all(u8::is_ascii_alphanumeric)
                && b.windows(2).any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
                // Surnames: `McZorb`, `MacZorb`, `DeZorb`, `LeZorb`, `VanZorb`.
                && !["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"]
                    .iter()
                    .any(|p| t.starts_with(p));
            let dotted = w.kind == TokenKind::Abbreviation
                && t.len() >= 6
                && t.split_terminator('.')
                    .all(|p| p.len() == 1 && p.bytes().all(|c| c.is_ascii_uppercase()))
                && t.ends_with('.')
                && !words.get(k + 1).is_some_and(|n| self.name_word(n));
            // `Z&Q`: capitals joined by `&` in one word.
            let ampersand = b.len() >= 3
                && b.contains(&b'&')
                && b.iter().all(|c| c.is_ascii_uppercase() || *c == b'&')
                && b.first().is_some_and(u8::is_ascii_uppercase)
                && b.last().is_some_and(u8::is_ascii_uppercase);
            if camel || dotted || ampersand {
                // `iZorb` is a product (with its model number: `iZorb 15`); `eZorb`,
                // `ZorbPay`, `Z.B.Q.` organisations.
                let product = t.starts_with('i') && b.get(1).is_some_and(u8::is_ascii_uppercase);
                let kind = if product { EntityKind::Other } else { EntityKind::Organization };
                let numbered = product
                    && words
                        .get(k + 1)
                        .is_some_and(|n| n.span.start > w.span.end && !n.is(shape::NEWLINE))
                    && model_code(word(k + 1), true);
                out.push(Prop::rule(k, k + 1 + usize::from(numbered), kind, How::Pattern, 0));
            }
        }
    }

    /// A long name before its acronym in brackets (`National Association of Widget Makers
    /// ( NAWM )`): both are organisations unless a list knows the acronym as something else.
    fn acronym_rule(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let acronym = |i: usize| {
            let t = word(i);
            (2..=6).contains(&t.len())
                && t.bytes().all(|c| c.is_ascii_uppercase())
                && words[i].is(shape::UPPER)
                && !words[i].has(flag::NOT_NAME)
        };
        for o in words_in(at.next_mark, words.len()) {
            let bracket = text.as_bytes().get(words[o].span.start) == Some(&b'(');
            if !bracket || word(o) != "(" || !acronym(o + 1) || word(o + 2) != ")" || o < 2 {
                continue;
            }
            let kind = match at.lex_at(lex, o + 1) {
                Some(l) if l.w1 == o + 2 => l.kind,
                Some(_) => continue,
                None => EntityKind::Organization,
            };
            if !matches!(kind, EntityKind::Organization | EntityKind::Other) {
                continue;
            }
            // The name: capitalised words back from the bracket, with `of`, `and`, `for`,
            // `in`, `the` and `&` between them.
            let mut a = o;
            let mut caps = 0;
            while a > 0 && o - a < 12 {
                let w = &words[a - 1];
                if w.is(shape::NEWLINE) && a < o {
                    break;
                }
                if self.name_word(w) && !w.is(shape::CAPS_LINE) {
                    caps += 1;
                    a -= 1;
                    if w.is(shape::NEWLINE) {
                        break;
                    }
                    continue;
                }
                let joiner = matches!(word(a - 1), "of" | "and" | "for" | "in" | "the" | "&");
                let next_ok = words.get(a).is_some_and(|x| self.name_word(x)) || word(a) == "the";
                if joiner && a < o && next_ok {
                    a -= 1;
                    continue;
                }
                break;
            }
            // Joiners do not start a name; a sentence-initial common word neither.
            while a < o && !self.name_word(&words[a]) {
                a += 1;
            }
            if a < o && words[a].is(shape::INITIAL) && words[a].has(flag::COMMON) {
                a += 1;
                caps -= 1;
            }
            let known = at.lex_at(lex, a).is_some_and(|l| l.w1 == o);
            if caps >= 2 && !known && a + 1 < o && !at.title(a, TITLE_START) {
                out.push(Prop::rule(a, o, kind, How::Pattern, 1));
            }
            if at.lex_at(lex, o + 1).is_none() {
                out.push(Prop::rule(o + 1, o + 2, kind, How::Pattern, 0));
            }
        }
    }

    /// Whether a lexical match is a country or a continent (these stay places in results).
    fn is_country(&self, p: &Prop) -> bool {
        p.kind == EntityKind::Place
            && p.entry.is_some_and(|e| self.store.roles(e) & (role::COUNTRY | role::CONTINENT) != 0)
    }

    /// One type per name in a document: names typed organisations by the rules, and towns
    /// typed teams, are organisations wherever else the document writes them (see the module
    /// documentation).
    pub(super) fn one_type_per_name(
        &self,
        text: &str,
        words: &[Word],
        caps: &[u32],
        chosen: &mut Vec<Prop>,
    ) {
        let mut names: FxSet<String> = FxSet::default();
        let key =
            |p: &Prop| written_name(text, words.get(p.w0..p.w1).unwrap_or(&[])).to_lowercase();
        for p in chosen.iter() {
            let typed = p.kind == EntityKind::Organization
                && (p.how == How::Pattern
                    || p.entry.is_some_and(|e| self.kind_of(e) == EntityKind::Place));
            if typed {
                names.insert(key(p));
            }
        }
        if names.is_empty() {
            return;
        }
        // Every prefix of the names (at character boundaries): the search for a name from a
        // word stops as soon as its words are no prefix of any.
        let mut prefixes: FxSet<&str> = FxSet::default();
        // The first bytes of the names: a word written in ASCII that starts with no such byte
        // (lowercased, a backquote read as a quote, as the names are folded) starts none.
        let mut firsts = [0u64; 4];
        for n in &names {
            prefixes.extend(n.char_indices().map(|(k, _)| &n[..k]).skip(1));
            prefixes.insert(n.as_str());
            if let Some(&b) = n.as_bytes().first() {
                firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        let may_start = |t: &[u8]| match t.first() {
            Some(&b) if b.is_ascii() => {
                let b = if b == b'`' { b'\'' } else { b.to_ascii_lowercase() };
                firsts[usize::from(b >> 6)] >> (b & 63) & 1 == 1
            }
            _ => true,
        };
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let line_start = |i: usize| i == 0 || words.get(i).is_some_and(|w| w.is(shape::NEWLINE));
        for p in chosen.iter_mut() {
            let retype = match p.kind {
                EntityKind::Place => {
                    let dateline = line_start(p.w0)
                        && (word(p.w1) == ","
                            || words.get(p.w1).is_some_and(|w| w.kind == TokenKind::Number));
                    !self.is_country(p)
                        && !matches!(
                            word(p.w0.wrapping_sub(1)),
                            "in" | "at" | "near" | "IN" | "AT" | "NEAR"
                        )
                        && !dateline
                }
                // A lone name next to a reporting verb.
                EntityKind::Person => p.entry.is_none() && p.w1 == p.w0 + 1 && p.link.is_none(),
                _ => false,
            };
            if retype && names.contains(&key(p)) {
                p.kind = EntityKind::Organization;
            }
        }
        // Words no mention covers.
        let mut covered = vec![false; words.len()];
        for p in chosen.iter() {
            for c in covered.iter_mut().take(p.w1.min(words.len())).skip(p.w0) {
                *c = true;
            }
        }
        let mut added = Vec::new();
        let mut folded = String::new();
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            // Not in a hyphenated compound (`Zorbex-Quill`, `Zorbex-controlled`).
            let hyphen = |k: usize| word(k) == "-" && words[k].is(shape::GLUED);
            let compound = || {
                w.is(shape::GLUED) && i > 0 && hyphen(i - 1)
                    || words.get(i + 1).is_some_and(|n| n.is(shape::GLUED)) && hyphen(i + 1)
            };
            if covered[i]
                || !w.is(shape::CAP)
                || w.is(shape::POSS)
                || w.has(flag::CONTRACTION)
                || !may_start(text.as_bytes().get(w.span.start..w.span.end).unwrap_or(&[]))
                || compound()
            {
                i = next_in(caps, i + 1);
                continue;
            }
            // The longest run of up to four uncovered words from `i` that is such a name.
            folded.clear();
            let mut hit = 0;
            let mut n = 0;
            while n < 4 && i + n < words.len() && !covered[i + n] {
                let x = &words[i + n];
                if n > 0 && (x.is(shape::NEWLINE) || x.is(shape::POSS)) {
                    break;
                }
                if n > 0 && !x.is(shape::GLUED) {
                    folded.push(' ');
                }
                let t = x.span.get(text).unwrap_or("");
                if t.is_ascii() {
                    // (`fold_char` changes only the backquote among ASCII characters.)
                    folded.extend(t.bytes().map(|b| match b {
                        b'`' => '\'',
                        _ => char::from(b.to_ascii_lowercase()),
                    }));
                } else {
                    for c in t.chars().map(fold_char) {
                        folded.extend(c.to_lowercase());
                    }
                }
                n += 1;
                if !prefixes.contains(folded.as_str()) {
                    break;
                }
                if names.contains(folded.as_str()) {
                    hit = n;
                }
            }
            // Not the first words of a longer capitalised name.
            let longer = words.get(i + hit).is_some_and(|x| {
                hit > 0 && self.name_word(x) && !x.is(shape::NEWLINE) && !x.is(shape::CAPS_LINE)
            });
            if hit > 0 && !longer && !matches!(word(i.wrapping_sub(1)), "in" | "at" | "near") {
                added.push(Prop::rule(i, i + hit, EntityKind::Organization, How::Pattern, 1));
                i += hit;
            } else {
                i += 1;
            }
        }
        if !added.is_empty() {
            chosen.extend(added);
            chosen.sort_by_key(|p| p.w0);
        }
    }
}

/// A model number after a product's name: one to three capitals and one to four digits, with
/// a lowercase letter or a `+` after them (`S24`, `A15`, `S24+`, `X1c`); or, after a name
/// that is already a product (`iZorb 15`, `iZorb 15s`), digits alone. Not a year (`2024`).
fn model_code(t: &str, digits_alone: bool) -> bool {
    let b = t.as_bytes();
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = b[caps..].iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &b[caps + digits..];
    let tail = rest.is_empty() || rest == b"+" || rest.len() == 1 && rest[0].is_ascii_lowercase();
    let letters_ok = if digits_alone { caps <= 3 } else { (1..=3).contains(&caps) };
    letters_ok && (1..=4).contains(&digits) && (caps > 0 || digits <= 2) && tail
}
