//! Other names (CoNLL's MISC) from the shape of the text:
//!
//! - peoples and nationalities side by side are one name (`Bosnian Serbs`, `Iraqi Kurdish`,
//!   `Arab-Israeli`), with the entry of the last;
//! - a place or nationality glued by a hyphen to a lowercase word is an adjective, one
//!   other name (`Zorbville-based`, `Paris-born`, `U.S.-led`), as CoNLL writes them;
//! - a run of capitalised words alone inside double quotes is a title of a work
//!   (`"The Zorbing Game"`), when no list knows it and it has two words or more.

use super::*;

impl Inner {
    /// Joins nationalities side by side (or glued by a hyphen) into one mention.
    pub(super) fn join_groups(&self, text: &str, words: &[Word], chosen: &mut Vec<Prop>) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let group = |p: &Prop| p.kind == EntityKind::Nationality;
        if chosen.windows(2).all(|w| !(group(&w[0]) && group(&w[1]))) {
            return;
        }
        let mut out: Vec<Prop> = Vec::with_capacity(chosen.len());
        for p in chosen.drain(..) {
            if let Some(last) = out.last_mut()
                && group(last)
                && group(&p)
                && !words.get(p.w0).is_some_and(|w| w.is(shape::NEWLINE))
                && (p.w0 == last.w1
                    || p.w0 == last.w1 + 1
                        && word(last.w1) == "-"
                        && words.get(last.w1).is_some_and(|w| w.is(shape::GLUED))
                        && words.get(p.w0).is_some_and(|w| w.is(shape::GLUED)))
            {
                last.w1 = p.w1;
                last.entry = p.entry;
                last.how = How::Pattern;
                continue;
            }
            out.push(p);
        }
        *chosen = out;
    }

    /// Places and nationalities glued to a lowercase word by a hyphen (`Paris-born`).
    pub(super) fn hyphen_adjectives(&self, text: &str, words: &[Word], chosen: &mut [Prop]) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        let glued = |i: usize| words.get(i).is_some_and(|w| w.is(shape::GLUED));
        for p in chosen.iter_mut() {
            if !matches!(p.kind, EntityKind::Place | EntityKind::Nationality) {
                continue;
            }
            let lower = words.get(p.w1 + 1).is_some_and(|w| {
                w.is(shape::ALPHA) && !w.is(shape::CAP) && w.kind == TokenKind::Word
            });
            if word(p.w1) == "-" && glued(p.w1) && glued(p.w1 + 1) && lower {
                p.w1 += 2;
                p.kind = EntityKind::Other;
                p.entry = None;
                p.how = How::Pattern;
                p.link = None;
            }
        }
    }

    /// Titles of works: capitalised runs alone inside double quotes.
    pub(super) fn quoted_titles(
        &self,
        text: &str,
        words: &[Word],
        at: &Marks<'_>,
        lex: &[Prop],
        out: &mut Vec<Prop>,
    ) {
        let word = |i: usize| words.get(i).and_then(|w| w.span.get(text)).unwrap_or("");
        // (The first byte rules most words out before the span is read.)
        let quote = |i: usize| {
            words.get(i).is_some_and(|w| {
                matches!(text.as_bytes().get(w.span.start), Some(b'"' | b'`' | b'\'' | 0xE2))
            }) && matches!(word(i), "\"" | "“" | "”" | "``" | "''")
        };
        let small = |i: usize| matches!(word(i), "of" | "the" | "a" | "an" | "in" | "and" | "on");
        let mut i = 0;
        while i < words.len() {
            if !quote(i) {
                i = next_in(at.next_mark, i + 1);
                continue;
            }
            // The words up to the closing quote: capitalised, small words between them.
            let mut j = i + 1;
            let mut caps = 0;
            while j < words.len() && j - i <= 8 {
                let w = &words[j];
                if w.is(shape::NEWLINE) || quote(j) {
                    break;
                }
                if w.is(shape::CAP) && !w.is(shape::CAPS_LINE) && w.is(shape::ALPHA) {
                    caps += 1;
                } else if !(small(j) || w.is(shape::POSS)) || j == i + 1 {
                    break;
                }
                j += 1;
            }
            let closed = quote(j) && j > i + 1 && !small(j - 1);
            let known = at.lex_at(lex, i + 1).is_some_and(|l| l.w1 == j);
            if closed && caps >= 2 && !known {
                out.push(Prop::rule(i + 1, j, EntityKind::Other, How::Pattern, 1));
            }
            i = if closed { j + 1 } else { i + 1 };
        }
    }
}
