//! The sentence splitter.
//!
//! Works on the token list in one left-to-right pass. A sentence ends:
//! - at a blank line (a paragraph break);
//! - after terminal punctuation (`.`, `!`, `?`, `…`, spaced `. . .`) and any closing quotes or
//!   brackets attached to it, unless the next word is lowercase, a continuation (`,`, `-`) or,
//!   after an ellipsis, not a typical sentence starter;
//! - after an abbreviation only if the next word is a typical sentence starter (`U.S. How`,
//!   `Co. It`), never after a title (`Mr.`, `Mt.`) or an initial inside a name (`Jonas E.
//!   Smith`);
//! - at a single line break unless the next line starts in lowercase and reads as the rest of
//!   a wrapped sentence (headlines and lines without final punctuation are sentences);
//! - before a bullet or the next item of a numbered or lettered list (`1.) … 2.) …`).

use crate::chars::{is_bullet, is_closer, is_newline, is_opener, is_straight_quote};
use crate::lists::{self, AbbrevClass};
use crate::{Sentence, Span, Token, TokenKind, Tokenizer};

pub(crate) struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    toks: &'a [Token],
    tk: &'a Tokenizer,
}

impl<'a> Splitter<'a> {
    pub(crate) fn new(tk: &'a Tokenizer, text: &'a str, toks: &'a [Token]) -> Self {
        Splitter { text, bytes: text.as_bytes(), toks, tk }
    }

    #[inline]
    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    #[inline]
    fn first_char(&self, i: usize) -> Option<char> {
        let t = self.toks.get(i)?;
        match self.bytes.get(t.span.start) {
            Some(&c) if c < 0x80 => Some(c as char),
            _ => self.s(i).chars().next(),
        }
    }

    /// The first syntactic word of token `i` (`It` of `It's`).
    #[inline]
    fn first_word(&self, i: usize) -> &'a str {
        match self.toks.get(i).and_then(|t| t.words().next()) {
            Some(w) => w.get(self.text).unwrap_or(""),
            None => "",
        }
    }

    /// Number of line breaks between tokens `i` and `i + 1`, as the scanner counted them.
    #[inline]
    fn newlines_after(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| usize::from(t.newlines_after))
    }

    /// Tokens `i` and `i + 1` are separated by spaces only, on one line.
    fn single_space_after(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.toks.get(i), self.toks.get(i + 1)) else { return false };
        let gap = self.text.get(a.span.end..b.span.start).unwrap_or("\n");
        a.space_after && gap.chars().count() == 1 && !gap.chars().any(is_newline)
    }

    /// A bullet on its own: `•`, `⁃`, `▪`.
    fn is_bullet_token(&self, j: usize) -> bool {
        let t = &self.toks[j];
        if t.kind != TokenKind::Punct || t.span.len() > 3 {
            return false;
        }
        let mut cs = self.s(j).chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if is_bullet(c))
    }

    fn is_dot(&self, i: usize) -> bool {
        self.s(i) == "."
    }

    /// True when token `i` is a closing quote or bracket attached to the token before it.
    fn is_attached_closer(&self, i: usize) -> bool {
        if i == 0 || self.toks[i - 1].space_after {
            return false;
        }
        let t = &self.toks[i];
        if t.kind != TokenKind::Punct {
            return false;
        }
        let mut cs = self.s(i).chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => is_closer(c) || is_straight_quote(c),
            _ => false,
        }
    }

    /// Skips the closing quotes and brackets after token `i`: returns the last token of the
    /// sentence if it ends here, and the next token.
    fn skip_closers(&self, i: usize) -> (usize, Option<usize>) {
        let mut k = i + 1;
        while k < self.toks.len() && self.is_attached_closer(k) {
            k += 1;
        }
        // An emoticon after the punctuation belongs to the sentence: `Great to see you! :)`.
        if k < self.toks.len()
            && self.toks[k].kind == TokenKind::Emoticon
            && self.toks[k - 1].newlines_after == 0
        {
            k += 1;
        }
        (k - 1, (k < self.toks.len()).then_some(k))
    }

    /// The first word-like token at or after `k`, looking through opening quotes and brackets.
    fn word_after_openers(&self, k: usize) -> Option<usize> {
        for j in k..k + 3 {
            let t = self.toks.get(j)?;
            if t.kind.is_wordlike() {
                return Some(j);
            }
            let c = self.first_char(j)?;
            if !(is_opener(c) || is_straight_quote(c)) {
                return None;
            }
        }
        None
    }

    /// Punctuation that continues the sentence: `,`, `;`, `:`, `)`, `-`, …
    fn is_continuation(&self, k: usize) -> bool {
        let t = &self.toks[k];
        if t.kind != TokenKind::Punct && t.kind != TokenKind::Symbol {
            return false;
        }
        let Some(c) = self.first_char(k) else { return false };
        !(is_opener(c) || is_straight_quote(c) || is_bullet(c))
            && t.kind == TokenKind::Punct
            && !matches!(c, '.' | '!' | '?' | '…')
    }

    /// Token `k` is terminal punctuation attached to the token before it.
    fn is_terminal_punct(&self, k: usize) -> bool {
        k > 0
            && !self.toks[k - 1].space_after
            && self.toks[k].kind == TokenKind::Punct
            && matches!(self.first_char(k), Some('.' | '!' | '?' | '…'))
    }

    fn starts_lower(&self, k: usize) -> bool {
        self.first_char(k).is_some_and(char::is_lowercase)
    }

    fn starts_upper(&self, k: usize) -> bool {
        self.first_char(k).is_some_and(char::is_uppercase)
    }

    fn starts_digit(&self, k: usize) -> bool {
        self.first_char(k).is_some_and(|c| c.is_ascii_digit())
    }

    fn is_starter(&self, k: usize) -> bool {
        lists::contains_exact(lists::SENTENCE_STARTERS, self.first_word(k))
    }

    /// Token `k` is a list marker's number or letter: `1`, `12`, `a`, `B` (in `1.`, `a)`, …).
    fn is_marker_label(&self, k: usize) -> bool {
        let t = &self.toks[k];
        if !has_label_shape(t) {
            return false;
        }
        let s = self.s(k);
        match t.kind {
            TokenKind::Number => s.len() <= 3 && s.bytes().all(|c| c.is_ascii_digit()),
            TokenKind::Word => s.len() == 1 && s.as_bytes()[0].is_ascii_alphabetic(),
            TokenKind::Abbreviation => {
                s.len() == 2 && s.as_bytes()[0].is_ascii_alphabetic() && s.ends_with('.')
            }
            _ => false,
        }
    }

    /// True when token `i` (a `.` or `)`) closes a list marker that opens the sentence
    /// starting at token `start`: `1.`, `a)`, `• 9.`, `1.)`.
    fn closes_leading_marker(&self, i: usize, start: usize) -> bool {
        let mut k = start;
        if self.first_char(k).is_some_and(is_bullet) || self.s(k) == "(" {
            k += 1;
        }
        k < i && self.is_marker_label(k) && (i == k + 1 || (i == k + 2 && self.is_dot(k + 1)))
    }

    /// The value and style of a list marker whose label is token `k`: `(value, style)`, or
    /// `None` if `k` is not a marker followed by a capitalised word.
    fn list_marker(&self, k: usize) -> Option<(u32, u8)> {
        if !self.is_marker_label(k) || (k > 0 && !self.toks[k - 1].space_after) {
            return None;
        }
        let s = self.s(k);
        let c0 = s.as_bytes()[0];
        let (value, class) = if c0.is_ascii_digit() {
            (s.parse::<u32>().ok()?, 0u8)
        } else if c0.is_ascii_lowercase() {
            (u32::from(c0 - b'a') + 1, 1)
        } else {
            (u32::from(c0 - b'A') + 1, 2)
        };
        // The marker's punctuation: `.` (inside an abbreviation token or after), `)`, `.)`.
        let mut j = k + 1;
        let mut punct = 0u8;
        if self.toks[k].kind == TokenKind::Abbreviation {
            punct = 1;
        } else if self.is_dot(j) && !self.toks[k].space_after {
            punct = 1;
            j += 1;
        }
        if self.s(j) == ")" && !self.toks[j - 1].space_after {
            punct |= 2;
            j += 1;
        }
        if punct == 0 || !self.toks.get(j - 1)?.space_after || !self.starts_upper(j) {
            return None;
        }
        Some((value, class * 4 + punct))
    }

    /// Token indices where an inline numbered or lettered list starts a new item:
    /// `1. The first item 2. The second item` breaks before `2`.
    fn list_breaks(&self) -> Vec<usize> {
        let mut breaks = Vec::new();
        let mut chain: Vec<usize> = Vec::new();
        let mut style = 0u8;
        let mut next = 0u32;
        for (k, t) in self.toks.iter().enumerate() {
            // Checked here first: this loop visits every token.
            if !has_label_shape(t) {
                continue;
            }
            let Some((value, st)) = self.list_marker(k) else { continue };
            if !chain.is_empty() && st == style && value == next {
                chain.push(k);
                next += 1;
            } else if value == 1 {
                if chain.len() >= 2 {
                    breaks.extend_from_slice(&chain[1..]);
                }
                chain.clear();
                chain.push(k);
                style = st;
                next = 2;
            }
        }
        if chain.len() >= 2 {
            breaks.extend_from_slice(&chain[1..]);
        }
        // A marker's label is the token to break before, unless a bullet or `(` precedes it.
        for b in &mut breaks {
            if *b > 0 && matches!(self.s(*b - 1), "(" | "•") {
                *b -= 1;
            }
        }
        breaks.sort_unstable();
        breaks
    }

    /// Splits the tokens into sentences, appending to `out`.
    pub(crate) fn split(&self, out: &mut Vec<Sentence>) {
        let n = self.toks.len();
        if n == 0 {
            return;
        }
        let list_breaks = self.list_breaks();
        let mut lb = 0;
        let mut start = 0;
        let mut i = 0;
        while i + 1 < n {
            while lb < list_breaks.len() && list_breaks[lb] <= i {
                lb += 1;
            }
            // Fast path: skip tokens that cannot end a sentence, on the same line as the next
            // one, which is neither a bullet nor the next item of a list.
            let stop = list_breaks.get(lb).map_or(n, |&b| b);
            let plain = self.toks[i..stop.min(n)]
                .windows(2)
                .position(|w| !self.continues(&w[0], &w[1]))
                .unwrap_or_else(|| stop.min(n) - i - 1);
            i += plain;
            if i + 1 >= n {
                break;
            }
            let j = i + 1;
            let nl = self.newlines_after(i);
            let end = if nl >= 2 {
                Some(i)
            } else if let Some(last) = self.terminal(i, start) {
                Some(last)
            } else if (nl == 1 && self.line_break_ends(i, j))
                || self.is_bullet_token(j)
                || list_breaks.get(lb) == Some(&j)
            {
                Some(i)
            } else {
                None
            };
            match end {
                Some(last) if last + 1 < n => {
                    self.push(out, start, last);
                    start = last + 1;
                    i = last + 1;
                }
                Some(_) => break,
                None => i += 1,
            }
        }
        self.push(out, start, n - 1);
    }

    /// True when token `t` cannot end a sentence before `u`: `t` is not terminal punctuation,
    /// an abbreviation or an emoticon, no line break follows it, and `u` is not a bullet.
    #[inline]
    fn continues(&self, t: &Token, u: &Token) -> bool {
        let plain = match t.kind {
            TokenKind::Punct => {
                matches!(self.bytes[t.span.start], b',' | b';' | b':' | b'"' | b'(' | b'-')
            }
            TokenKind::Abbreviation | TokenKind::Emoticon => false,
            _ => true,
        };
        plain
            && t.newlines_after == 0
            && (u.kind != TokenKind::Punct || self.bytes[u.span.start] < 0x80)
    }

    fn push(&self, out: &mut Vec<Sentence>, first: usize, last: usize) {
        let span = Span::new(self.toks[first].span.start, self.toks[last].span.end);
        out.push(Sentence { span, tokens: first..last + 1 });
    }

    /// If the sentence ends at terminal punctuation or an abbreviation at token `i`, the index
    /// of its last token (after closing quotes and brackets).
    fn terminal(&self, i: usize, start: usize) -> Option<usize> {
        let t = &self.toks[i];
        let s = self.s(i);
        match t.kind {
            TokenKind::Abbreviation if s.ends_with('.') => self.after_abbreviation(i, start),
            // An emoticon closes what it comments on: `soon :) you should`.
            TokenKind::Emoticon => {
                let nx = i + 1;
                let ends = nx < self.toks.len()
                    && i > start
                    && !self.is_continuation(nx)
                    && !self.is_terminal_punct(nx);
                ends.then_some(i)
            }
            TokenKind::Punct => {
                let c = s.chars().next()?;
                if c == '.' && s.len() == 1 {
                    return self.after_period(i, start);
                }
                if s.bytes().all(|c| matches!(c, b'.' | b'!' | b'?')) {
                    return self.after_run(i, start, s);
                }
                if s.chars().all(|c| c == '…') {
                    let dots = if s.chars().count() > 1 { "...." } else { "..." };
                    return self.after_run(i, start, dots);
                }
                if matches!(c, '。' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉') {
                    return self.after_run(i, start, "!");
                }
                if c == ')' && self.closes_leading_marker(i, start) {
                    return None;
                }
                None
            }
            _ => None,
        }
    }

    /// Decides after a run of terminal punctuation such as `?!`, `...` or `....`.
    fn after_run(&self, i: usize, start: usize, s: &str) -> Option<usize> {
        let (last, nx) = self.skip_closers(i);
        let Some(nx) = nx else { return Some(last) };
        if self.newlines_after(last) > 0 {
            return Some(last);
        }
        if self.is_continuation(nx) {
            return None;
        }
        if self.is_terminal_punct(nx) {
            // `(?).`: the sentence ends at the later mark.
            return None;
        }
        let w = self.word_after_openers(nx);
        if s.contains(['!', '?']) {
            return match w {
                // `"Why?" she asked.`, `Yahoo! in the accounting department`.
                Some(w) if self.starts_lower(w) => {
                    let quoted = last > i;
                    let name = s.starts_with('!') && i > 0 && self.starts_upper(i - 1);
                    (!(quoted || name)).then_some(last)
                }
                _ => Some(last),
            };
        }
        // An ellipsis inside brackets is an omission: `[...]`.
        if i > 0 && self.s(i - 1) == "[" {
            return None;
        }
        let w = w?;
        // An ellipsis opening a sentence does not close it: `... Now comes the fun part`.
        if i == start {
            return None;
        }
        if s.len() >= 4 {
            // A period followed by an ellipsis: `that.... She left`.
            return self.starts_upper(w).then_some(last);
        }
        // `...` alone: a pause unless a typical sentence starter follows (not `I`, which is
        // capitalised anyway).
        (self.is_starter(w) && self.first_word(w) != "I").then_some(last)
    }

    /// Decides after a single period at token `i`.
    fn after_period(&self, i: usize, start: usize) -> Option<usize> {
        // A spaced ellipsis `. . .` or `. . . .`: handled at its first dot.
        if i > 0 && self.is_dot(i - 1) && self.single_space_after(i - 1) {
            return None;
        }
        if self.is_dot(i + 1) && self.single_space_after(i) {
            let mut g = i + 1;
            while self.is_dot(g + 1) && self.single_space_after(g) {
                g += 1;
            }
            let dots = g - i + 1;
            let attached = i > 0 && !self.toks[i - 1].space_after;
            let (last, nx) = self.skip_closers(g);
            let Some(nx) = nx else { return Some(last) };
            let w = self.word_after_openers(nx)?;
            if dots >= 4 && attached {
                // `compounds. . . . The`: the period ends the sentence, the ellipsis opens
                // the next one.
                return self.starts_upper(w).then_some(i);
            }
            if dots >= 4 {
                return self.starts_upper(w).then_some(last);
            }
            return (self.is_starter(w) && self.first_word(w) != "I").then_some(last);
        }
        if self.closes_leading_marker(i, start) {
            return None;
        }
        let (last, nx) = self.skip_closers(i);
        let Some(nx) = nx else { return Some(last) };
        if self.newlines_after(last) > 0 {
            return Some(last);
        }
        if self.is_continuation(nx) {
            // `. -- Posted by`: a dash after a period opens a new sentence if a capitalised
            // word follows it.
            let dash = matches!(self.s(nx), "--" | "—" | "–" | "-")
                && self.toks[last].space_after
                && self.toks[nx].space_after;
            return (dash && self.starts_upper(nx + 1)).then_some(last);
        }
        let Some(w) = self.word_after_openers(nx) else { return Some(last) };
        if self.starts_lower(w) {
            // `'This is great.' she said.`, `(… an engineer.) at the local University.`:
            // a quoted or bracketed sentence runs on; elsewhere a lowercase word after a
            // period starts a new sentence in careless text, since known abbreviations
            // (`etc.`, `approx.`) took their periods.
            return (last == i && self.toks[i].space_after).then_some(last);
        }
        if self.starts_digit(w) && self.numeric_abbreviation_before(i) {
            return None;
        }
        Some(last)
    }

    /// True when the text glued to the period at token `i` is an abbreviation used before
    /// numbers: `N°.` in `N°. 1026`, `No.` in `No. 5`.
    fn numeric_abbreviation_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && !self.toks[k - 1].space_after && i - k < 3 {
            k -= 1;
        }
        if k == i {
            return false;
        }
        let w = self.text.get(self.toks[k].span.start..self.toks[i].span.start).unwrap_or("");
        self.tk.abbreviation_class(w) == Some(AbbrevClass::Numeric)
    }

    /// Decides after an abbreviation with a final period at token `i`.
    fn after_abbreviation(&self, i: usize, start: usize) -> Option<usize> {
        let (last, nx) = self.skip_closers(i);
        let Some(nx) = nx else { return Some(last) };
        if self.newlines_after(last) > 0 {
            return Some(last);
        }
        if self.is_continuation(nx) {
            return None;
        }
        let w = self.word_after_openers(nx)?;
        if self.starts_lower(w) || self.starts_digit(w) || !self.starts_upper(w) {
            return None;
        }
        let s = self.s(i);
        let stem = &s[..s.len() - 1];
        match self.tk.abbreviation_class(stem) {
            Some(AbbrevClass::Prepositive) => None,
            Some(AbbrevClass::Time) => {
                // `At 5 a.m. Mr. Smith went …`: an introductory phrase is not a sentence;
                // nor does `10 a.m. (CDT)` or `5 p.m. EST` end one.
                let intro = i - start <= 4
                    && lists::contains_exact(lists::INTRO_PREPOSITIONS, self.first_word(start));
                let acronym = self.s(w).chars().all(|c| c.is_uppercase());
                (!intro && w == nx && !acronym).then_some(last)
            }
            _ if stem.chars().count() == 1 => {
                // An initial: `Jonas E. Smith`, but `you and I. Did you …`; `a. The first item`.
                if i == start {
                    return None;
                }
                let prev_upper = self.starts_upper(i - 1);
                (self.is_starter(w) && !prev_upper).then_some(last)
            }
            _ => self.is_starter(w).then_some(last),
        }
    }

    /// Whether a single line break between `i` and `j` ends the sentence.
    fn line_break_ends(&self, i: usize, j: usize) -> bool {
        if !self.starts_lower(j) {
            return true;
        }
        // A wrapped line: the previous line runs on (`,`, `-`) or the next line ends like a
        // sentence.
        if matches!(self.s(i), "," | "-" | "–" | "—" | ";") {
            return false;
        }
        !self.line_ends_sentence(j)
    }

    /// True when the line starting at token `j` ends with terminal punctuation.
    fn line_ends_sentence(&self, j: usize) -> bool {
        let mut k = j;
        while k + 1 < self.toks.len() && self.newlines_after(k) == 0 {
            k += 1;
        }
        while k > j && self.is_attached_closer(k) {
            k -= 1;
        }
        let s = self.s(k);
        matches!(s.chars().last(), Some('.' | '!' | '?' | '…'))
    }
}

/// The kind and length a list marker's label can have: a number of up to three digits, a
/// single letter, or a letter with its period (`a.`).
#[inline]
fn has_label_shape(t: &Token) -> bool {
    match t.kind {
        TokenKind::Number => t.span.len() <= 3,
        TokenKind::Word => t.span.len() == 1,
        TokenKind::Abbreviation => t.span.len() == 2,
        _ => false,
    }
}
