//! The token scanner.
//!
//! The text is cut into whitespace-separated chunks; an all-letter ASCII chunk is one word
//! (the common case, handled without further work). Other chunks go through [`Scanner::core`],
//! which walks the chunk once, left to right: web addresses, e-mail addresses, hashtags and
//! handles are recognised where they start; letters and digits are read as *runs* joined by
//! connectors (`.`, `'`, `-`, `,`, `:`, `/`, `&`, `_`), and each connector inside a run is then
//! kept or split (`11,000` and `e-mail` stay whole, `male-dominated` splits at the hyphen,
//! `world.Today` splits at the period); anything else is punctuation, a symbol or an emoji.
//! Every decision looks at a bounded neighbourhood, so the scanner is linear in the input.

use crate::chars::{
    ascii_is_punct, ascii_repeats, is_apostrophe, is_ascii_sep, is_emoji, is_emoji_continuation,
    is_hyphen, is_newline, is_unicode_punct, is_unicode_sep, is_word_char, unicode_repeats,
};
use crate::lists::{self, AbbrevClass};
use crate::{Span, Token, TokenKind, Tokenizer};

/// One pass of the scanner over a text, appending tokens to `out`.
pub(crate) struct Scanner<'t, 'o> {
    text: &'t str,
    b: &'t [u8],
    out: &'o mut Vec<Token>,
    tk: &'o Tokenizer,
}

/// The replacement returned for a position that is not on a char boundary (never expected).
const BAD: (char, usize) = ('\u{FFFD}', 1);

/// ASCII byte classes for the chunk loop.
const SEP: u8 = 0;
const ALPHA: u8 = 1;
const OTHER: u8 = 2;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0;
    while c < 128 {
        if is_ascii_sep(c as u8) {
            t[c] = SEP;
        } else if (c as u8).is_ascii_alphabetic() {
            t[c] = ALPHA;
        }
        c += 1;
    }
    t
};

impl<'t, 'o> Scanner<'t, 'o> {
    pub(crate) fn new(tk: &'o Tokenizer, text: &'t str, out: &'o mut Vec<Token>) -> Self {
        Scanner { text, b: text.as_bytes(), out, tk }
    }

    /// The char at byte `i` and its length; `i` must be on a char boundary.
    #[inline]
    fn char_at(&self, i: usize) -> (char, usize) {
        if let Some(&c) = self.b.get(i)
            && c < 0x80
        {
            return (c as char, 1);
        }
        match self.text.get(i..).and_then(|s| s.chars().next()) {
            Some(ch) => (ch, ch.len_utf8()),
            None => {
                debug_assert!(false, "scanner position {i} is not on a char boundary");
                BAD
            }
        }
    }

    /// The char ending at byte `i` (exclusive), if any.
    #[inline]
    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i).and_then(|s| s.chars().next_back())
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        self.push_split(start, end, kind, 0);
    }

    #[inline]
    fn push_split(&mut self, start: usize, end: usize, kind: TokenKind, split: u16) {
        debug_assert!(start < end && end <= self.b.len());
        self.out.push(Token {
            span: Span::new(start, end),
            kind,
            space_after: false,
            newlines_after: 0,
            split,
        });
    }

    /// Notes the separator `ch` at byte `i` on the token before it.
    #[inline]
    fn mark_space(&mut self, ch: char, i: usize) {
        if let Some(last) = self.out.last_mut() {
            last.space_after = true;
            if is_newline(ch) && !(ch == '\n' && i > 0 && self.b[i - 1] == b'\r') {
                last.newlines_after = last.newlines_after.saturating_add(1);
            }
        }
    }

    /// Scans the whole text.
    pub(crate) fn run(&mut self) {
        self.run_range(0, self.b.len());
    }

    /// Scans `[from, to)`; `from` and `to` must not fall inside a chunk (a separator or the
    /// text's ends must be on both sides).
    pub(crate) fn run_range(&mut self, from: usize, to: usize) {
        let b = &self.b[..to];
        let n = to;
        let mut i = from;
        while i < n {
            let c = b[i];
            if c < 0x80 {
                if is_ascii_sep(c) {
                    self.mark_space(c as char, i);
                    i += 1;
                    continue;
                }
            } else {
                let (ch, len) = self.char_at(i);
                if is_unicode_sep(ch) {
                    self.mark_space(ch, i);
                    i += len;
                    continue;
                }
            }
            // A chunk: up to the next separator. Most chunks are ASCII letters, perhaps with
            // one trailing punctuation mark; those take the fast paths.
            let start = i;
            i = ascii_letters_end(b, i);
            let letters_end = i;
            if i == n || BYTE_CLASS[usize::from(b[i])] == SEP {
                let split =
                    if (4..=8).contains(&(i - start)) { self.fused_split(start, i) } else { 0 };
                self.push_split(start, i, TokenKind::Word, split);
                continue;
            }
            while i < n {
                let c = b[i];
                if c < 0x80 {
                    if BYTE_CLASS[usize::from(c)] == SEP {
                        break;
                    }
                    i += 1;
                } else {
                    let (ch, len) = self.char_at(i);
                    if is_unicode_sep(ch) {
                        break;
                    }
                    i += len;
                }
            }
            if letters_end > start
                && i == letters_end + 1
                && matches!(b[letters_end], b',' | b'.' | b';' | b':' | b'!' | b'?' | b')')
            {
                // `word,` `word.` `Dr.`
                let end = self.single_piece(start, letters_end, i);
                if end < i {
                    self.push(end, i, TokenKind::Punct);
                }
            } else {
                self.chunk(start, i);
            }
        }
    }

    /// Split point of a fused contraction written without apostrophe (`cannot`, `gonna`).
    #[inline(always)]
    fn fused_split(&self, start: usize, end: usize) -> u16 {
        let len = end - start;
        if !(4..=8).contains(&len) {
            return 0;
        }
        // Every entry ends in `nt`, `ot`, `na`, `ta` or `me`: a cheap filter first.
        let tail = [self.b[end - 2] | 0x20, self.b[end - 1] | 0x20];
        if !matches!(&tail, b"nt" | b"ot" | b"na" | b"ta" | b"me") {
            return 0;
        }
        match self.text.get(start..end).and_then(lists::fused_contraction) {
            Some(k) => u16::from(k),
            None => 0,
        }
    }

    /// A chunk with something other than ASCII letters.
    fn chunk(&mut self, s: usize, e: usize) {
        self.core(s, e);
    }

    /// The general scanner over `[s, e)`; see the module docs.
    fn core(&mut self, s: usize, e: usize) {
        let b = self.b;
        let mut p = s;
        // The next `@` in the chunk and where the address before it would start; found once
        // per `@`, so that a long chunk costs linear time.
        let mut email: Option<(usize, usize)> = None;
        let mut searched_to = s;
        while p < e {
            let (ch, len) = self.char_at(p);
            if is_word_char(ch) {
                if let Some(end) = self.url_at(p, e) {
                    self.push(p, end, TokenKind::Url);
                    p = end;
                    continue;
                }
                if email.is_none_or(|(_, at)| at < p) && searched_to <= p {
                    email = b[p..e].iter().position(|&c| c == b'@').map(|k| {
                        let at = p + k;
                        (self.local_part_start(p, at), at)
                    });
                    searched_to = email.map_or(e, |(_, at)| at + 1);
                }
                if let Some((start, at)) = email
                    && start == p
                    && let Some(end) = self.email_end(at, e)
                {
                    self.push(p, end, TokenKind::Email);
                    p = end;
                    continue;
                }
                let (q, joined) = self.run_end(p, e);
                p = if joined { self.split_run(p, q, e) } else { self.single_piece(p, q, e) };
                continue;
            }
            if is_apostrophe(ch)
                && let Some(end) = self.elision_at(p, len, e)
            {
                self.push(p, end, TokenKind::Word);
                p = end;
                continue;
            }
            if ch == '#' || ch == '@' {
                let q = p + 1;
                if q < e && self.char_at(q).0.is_alphanumeric() {
                    let mut r = q;
                    while r < e {
                        let (c2, l2) = self.char_at(r);
                        if is_word_char(c2) || c2 == '_' {
                            r += l2;
                        } else {
                            break;
                        }
                    }
                    let kind = if ch == '#' { TokenKind::Hashtag } else { TokenKind::Mention };
                    self.push(p, r, kind);
                    p = r;
                    continue;
                }
            }
            if ch == '.' && p + 1 < e && b[p + 1].is_ascii_digit() {
                // A decimal without its leading zero: `.5`.
                let prev_word = self.char_before(p).is_some_and(is_word_char);
                if !prev_word {
                    let (q, _) = self.run_end(p + 1, e);
                    p = self.split_run(p, q, e);
                    continue;
                }
            }
            if let Some(end) = self.emoticon_at(s, p, e) {
                self.push(p, end, TokenKind::Emoticon);
                p = end;
                continue;
            }
            if is_emoji(ch) {
                let mut r = p + len;
                while r < e {
                    let (c2, l2) = self.char_at(r);
                    if is_emoji_continuation(c2) {
                        r += l2;
                        // After a joiner, the next emoji belongs to the same sequence.
                        if c2 == '\u{200D}' && r < e {
                            let (c3, l3) = self.char_at(r);
                            if is_emoji(c3) {
                                r += l3;
                            }
                        }
                    } else if ('\u{1F1E6}'..='\u{1F1FF}').contains(&ch)
                        && ('\u{1F1E6}'..='\u{1F1FF}').contains(&c2)
                        && r == p + len
                    {
                        // A flag: two regional indicators.
                        r += l2;
                    } else {
                        break;
                    }
                }
                self.push(p, r, TokenKind::Emoji);
                p = r;
                continue;
            }
            p = self.punct(p, ch, len, e);
        }
    }

    /// Emits one punctuation or symbol token at `p` and returns its end.
    fn punct(&mut self, p: usize, ch: char, len: usize, e: usize) -> usize {
        let b = self.b;
        let mut r = p + len;
        let kind = if len == 1 {
            let c = b[p];
            if matches!(c, b'.' | b'!' | b'?') {
                while r < e && matches!(b[r], b'.' | b'!' | b'?') {
                    r += 1;
                }
            } else if ascii_repeats(c) {
                while r < e && b[r] == c {
                    r += 1;
                }
            }
            if ascii_is_punct(c) { TokenKind::Punct } else { TokenKind::Symbol }
        } else {
            if unicode_repeats(ch) {
                while r < e {
                    let (c2, l2) = self.char_at(r);
                    if c2 != ch {
                        break;
                    }
                    r += l2;
                }
            }
            if is_unicode_punct(ch) { TokenKind::Punct } else { TokenKind::Symbol }
        };
        self.push(p, r, kind);
        r
    }

    /// End of the run of word characters and inner connectors starting at `p`, and whether
    /// the run has a connector.
    fn run_end(&self, p: usize, e: usize) -> (usize, bool) {
        let b = self.b;
        let mut q = p;
        let mut joined = false;
        while q < e {
            let c = b[q];
            if c.is_ascii_alphanumeric() {
                q += 1;
                continue;
            }
            let (ch, len) = if c < 0x80 { (c as char, 1) } else { self.char_at(q) };
            if c >= 0x80 && is_word_char(ch) {
                q += len;
                continue;
            }
            if is_connector(ch) && q > p && q + len < e {
                let (next, _) = self.char_at(q + len);
                if is_word_char(next) {
                    q += len;
                    joined = true;
                    continue;
                }
            }
            break;
        }
        (q, joined)
    }

    /// End of the maximal string of word characters starting at `p` (no connectors).
    #[inline]
    fn piece_end(&self, p: usize, e: usize) -> usize {
        let b = self.b;
        let mut q = p;
        while q < e {
            let c = b[q];
            if c.is_ascii_alphanumeric() {
                q += 1;
            } else if c >= 0x80 {
                let (ch, len) = self.char_at(q);
                if is_word_char(ch) {
                    q += len;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        q
    }

    /// Emits a run without connectors (a plain word or number, perhaps an abbreviation with
    /// the period at `q`) and returns the position after it.
    fn single_piece(&mut self, p: usize, q: usize, e: usize) -> usize {
        // Without connectors, only a listed abbreviation or a single letter takes the period.
        if q < e
            && self.b[q] == b'.'
            && (q - p <= lists::MAX_ABBREVIATION_LEN || self.tk.has_extra_abbreviations())
            && let Some(end) = self.abbreviation_end(p, q, e)
        {
            self.push(p, end, TokenKind::Abbreviation);
            return end;
        }
        if self.b[p].is_ascii_digit() {
            self.emit_word(p, q);
        } else {
            let split = self.fused_split(p, q);
            self.push_split(p, q, TokenKind::Word, split);
        }
        q
    }

    /// Emits the tokens of the run `[p, q)`, deciding at each connector whether to split,
    /// and takes a following period into an abbreviation when it belongs there. Returns the
    /// position after the last byte consumed (`q`, or `q + 1` for an abbreviation).
    fn split_run(&mut self, p: usize, q: usize, e: usize) -> usize {
        let whole = self.text.get(p..q).unwrap_or("");
        if let Some(kind) = whole_run_kind(whole) {
            self.push(p, q, kind);
            return q;
        }
        let mut tok_start = p;
        let mut piece_start = p;
        loop {
            let piece_end = self.piece_end(piece_start, q);
            if piece_end >= q {
                break;
            }
            let (conn, clen) = self.char_at(piece_end);
            let next_start = piece_end + clen;
            let next_end = self.piece_end(next_start, q);
            if next_end == next_start {
                // Cannot happen: run_end only takes a connector before a word character.
                debug_assert!(false, "connector without a following piece");
                break;
            }
            let tok = self.text.get(tok_start..piece_end).unwrap_or("");
            let left = self.text.get(piece_start..piece_end).unwrap_or("");
            let right = self.text.get(next_start..next_end).unwrap_or("");
            if self.keep_connector(conn, tok, left, right) {
                piece_start = next_start;
                continue;
            }
            self.emit_word(tok_start, piece_end);
            let kind = if conn.is_ascii() && !ascii_is_punct(conn as u8) {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
            self.push(piece_end, next_start, kind);
            tok_start = next_start;
            piece_start = next_start;
        }
        if let Some(end) = self.abbreviation_end(tok_start, q, e) {
            self.push(tok_start, end, TokenKind::Abbreviation);
            return end;
        }
        self.emit_word(tok_start, q);
        q
    }

    /// Whether the connector `conn` between `left` and `right` stays inside the token.
    /// `tok` is the token built so far, ending with `left`.
    fn keep_connector(&self, conn: char, tok: &str, left: &str, right: &str) -> bool {
        if is_hyphen(conn) {
            return !self.tk.split_hyphens
                || (tok.len() == left.len()
                    && lists::contains_folded(lists::HYPHEN_PREFIXES, left));
        }
        match conn {
            '\'' | '’' | '_' => true,
            '.' => !is_glued_sentence(left, right),
            ',' | ':' => all_digits(left) && all_digits(right),
            '/' => (all_digits(left) && all_digits(right)) || (left.len() <= 2 && right.len() <= 2),
            '&' => is_short_caps(left) && is_short_caps(right),
            _ => false,
        }
    }

    /// Emits `[s, e)` as a word or number token, splitting a glued unit (`10am`, `1.2bn`) and
    /// marking clitics.
    fn emit_word(&mut self, s: usize, e: usize) {
        if s >= e {
            return;
        }
        let w = self.text.get(s..e).unwrap_or("");
        let wb = w.as_bytes();
        if wb.first().is_some_and(|&c| c.is_ascii_digit() || c == b'.') {
            // Number, ordinal (`5th`), or number glued to a unit (`10am`).
            let digits_end = wb
                .iter()
                .position(|c| !(c.is_ascii_digit() || matches!(c, b'.' | b',')))
                .unwrap_or(wb.len());
            if digits_end == wb.len() {
                self.push(s, e, TokenKind::Number);
                return;
            }
            let tail = &w[digits_end..];
            if tail.bytes().all(|c| c.is_ascii_alphabetic()) {
                if is_ordinal_suffix(&w[..digits_end], tail) {
                    self.push(s, e, TokenKind::Number);
                    return;
                }
                if lists::contains_folded(lists::NUMBER_UNITS, tail)
                    && wb[digits_end - 1].is_ascii_digit()
                {
                    self.push(s, s + digits_end, TokenKind::Number);
                    self.push(s + digits_end, e, TokenKind::Word);
                    return;
                }
            }
            self.push(s, e, TokenKind::Word);
            return;
        }
        let split = clitic_split(w);
        let split = if split == 0 && !has_apostrophe(wb) { self.fused_split(s, e) } else { split };
        self.push_split(s, e, TokenKind::Word, split);
    }

    /// If `[s, q)` followed by the period at `q` is an abbreviation, the end after the period.
    fn abbreviation_end(&self, s: usize, q: usize, e: usize) -> Option<usize> {
        if q >= e || self.b[q] != b'.' {
            return None;
        }
        let w = self.text.get(s..q)?;
        let class = self.tk.abbreviation_class(w);
        match class {
            Some(AbbrevClass::Numeric) => {
                // `No. 5`, `p. 55`: only before a number.
                if self.next_nonspace_is_digit(q + 1) || w.chars().count() == 1 {
                    return Some(q + 1);
                }
                None
            }
            Some(AbbrevClass::Capitalised) => {
                if w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
                    Some(q + 1)
                } else {
                    None
                }
            }
            Some(_) => Some(q + 1),
            None => {
                if is_initialism(w) {
                    Some(q + 1)
                } else {
                    None
                }
            }
        }
    }

    fn next_nonspace_is_digit(&self, mut i: usize) -> bool {
        let b = self.b;
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        // No-break space.
        if b.get(i..i + 2) == Some(&[0xC2, 0xA0]) {
            i += 2;
        }
        b.get(i).is_some_and(u8::is_ascii_digit)
    }

    /// A web address starting at `p`: `http://`, `https://`, `ftp://` or `www.`.
    fn url_at(&self, p: usize, e: usize) -> Option<usize> {
        let b = self.b;
        let first = b[p] | 0x20;
        if !matches!(first, b'h' | b'f' | b'w') {
            return None;
        }
        let rest = &b[p..e];
        const SCHEMES: [&[u8]; 4] = [b"https://", b"http://", b"ftp://", b"www."];
        let scheme = SCHEMES
            .iter()
            .find(|pre| rest.len() > pre.len() && rest[..pre.len()].eq_ignore_ascii_case(pre))?;
        let after = p + scheme.len();
        // Something address-like must follow.
        if !b[after].is_ascii_alphanumeric() {
            return None;
        }
        // Up to the end of the chunk, minus trailing punctuation; a closing bracket stays if
        // the address opened one.
        let mut end = e;
        let opens_paren = rest.contains(&b'(');
        let opens_bracket = rest.contains(&b'[');
        while let Some(last) = self.char_before(end) {
            if end <= after {
                break;
            }
            let trim = match last {
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '’' | '”' | '»' | '>' => true,
                ')' => !opens_paren,
                ']' => !opens_bracket,
                _ => false,
            };
            if !trim {
                break;
            }
            end -= last.len_utf8();
        }
        Some(end)
    }

    /// Start of the local part of an e-mail address whose `@` is at `at` (not before `from`).
    fn local_part_start(&self, from: usize, at: usize) -> usize {
        let b = self.b;
        let mut k = at;
        while k > from
            && (b[k - 1].is_ascii_alphanumeric()
                || matches!(b[k - 1], b'.' | b'_' | b'%' | b'+' | b'-'))
        {
            k -= 1;
        }
        // The local part starts with a letter or digit.
        while k < at && !b[k].is_ascii_alphanumeric() {
            k += 1;
        }
        k
    }

    /// End of an e-mail address whose `@` is at `at`: `local@domain.tld`.
    fn email_end(&self, at: usize, e: usize) -> Option<usize> {
        let b = self.b;
        let mut end = at + 1;
        while end < e && (b[end].is_ascii_alphanumeric() || matches!(b[end], b'.' | b'-')) {
            end += 1;
        }
        while end > at + 1 && matches!(b[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &b[at + 1..end];
        let dot = domain.iter().rposition(|&c| c == b'.')?;
        let tld = &domain[dot + 1..];
        if dot == 0 || tld.len() < 2 || !tld.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        Some(end)
    }

    /// A word written with a leading apostrophe: a clitic on its own (`'s`, `’re`), a
    /// clipped year (`'90s`) or a clipped word (`'em`, `'cause`).
    fn elision_at(&self, p: usize, alen: usize, e: usize) -> Option<usize> {
        let q = p + alen;
        if q >= e {
            return None;
        }
        let end = self.piece_end(q, e);
        if end == q {
            return None;
        }
        let word = self.text.get(q..end)?;
        let ok = lists::contains_folded(lists::CLITICS, word)
            || (word.len() == 2 && all_digits(word))
            || (word.len() == 3
                && word.as_bytes()[..2].iter().all(u8::is_ascii_digit)
                && word.as_bytes()[2] | 0x20 == b's')
            || ["em", "cause", "til", "n", "tis", "twas"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word));
        // A clitic glued to a word was taken by the word already; here it follows a space, a
        // period (`Jr.'s`) or a quote.
        ok.then_some(end)
    }

    /// An ASCII emoticon at `p` that ends the chunk or is followed by punctuation.
    fn emoticon_at(&self, s: usize, p: usize, e: usize) -> Option<usize> {
        let b = self.b;
        let c = b[p];
        if !matches!(c, b':' | b';' | b'=' | b'(' | b'<' | b'^' | b'-') {
            return None;
        }
        // The first two characters of every emoticon in the list.
        if p + 1 >= e
            || !matches!(
                (c, b[p + 1]),
                (b'(', b'-' | b':')
                    | (b'-', b'_')
                    | (b':', b'\'' | b'(' | b')' | b'*' | b'-' | b'/' | b'?' | b'D' | b'O' | b'P')
                    | (b':', b'[' | b']' | b'o' | b'p' | b'|')
                    | (b';', b')' | b'-' | b'P' | b'p')
                    | (b'<', b'/' | b'3')
                    | (b'=', b'(' | b')' | b'D')
                    | (b'^', b'^' | b'_')
            )
        {
            return None;
        }
        let rest = &b[p..e.min(p + 4)];
        let mut best = None;
        for emo in lists::EMOTICONS {
            let eb = emo.as_bytes();
            if rest.starts_with(eb) && best.is_none_or(|n: usize| eb.len() > n) {
                best = Some(eb.len());
            }
        }
        let n = best?;
        let end = p + n;
        // `(:` and `(-:` only open a chunk; `-_-` must stand alone.
        if matches!(c, b'(' | b'-') && p != s {
            return None;
        }
        // Followed by the chunk end or by more punctuation, and not the colon of `word:D…`.
        let after_ok = end == e || !b[end].is_ascii_alphanumeric();
        let before_ok = p == s || !b[p - 1].is_ascii_digit();
        (after_ok && before_ok).then_some(end)
    }
}

/// The end of the run of ASCII letters starting at `i`, eight bytes at a time.
#[inline]
fn ascii_letters_end(b: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HI: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x2020_2020_2020_2020;
    while let Some(chunk) = b.get(i..i + 8) {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else { break };
        let x = u64::from_le_bytes(bytes);
        // Per byte, with the high bit cleared so that additions cannot carry: fold case,
        // then test `a <= y <= z` through the high bit of `y + (0x80 - bound)`.
        let y = (x & LO) | CASE;
        let ge_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
        let ge_brace = y.wrapping_add(0x0505_0505_0505_0505);
        let letter = ge_a & !ge_brace & !x & HI;
        let other = !letter & HI;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// True if the bytes contain `'` or `’`.
#[inline]
fn has_apostrophe(b: &[u8]) -> bool {
    b.contains(&b'\'') || b.windows(3).any(|w| w == "’".as_bytes())
}

/// Connectors that may join two pieces of a run.
#[inline]
fn is_connector(ch: char) -> bool {
    matches!(ch, '.' | '\'' | '’' | ',' | ':' | '/' | '&' | '_') || is_hyphen(ch)
}

#[inline]
fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

/// `AT`, `T`, `Q`, `R`, `D`: all-caps pieces of `AT&T`, `Q&A`, `R&D`.
#[inline]
fn is_short_caps(s: &str) -> bool {
    (1..=4).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_uppercase())
}

/// True when a period joins two sentences written without a space (`world.Today`,
/// `1,000.That`), as opposed to a name (`Newsfeed.Com`), a file (`TEXT.htm`), an
/// abbreviation (`Ph.D`) or an address.
fn is_glued_sentence(left: &str, right: &str) -> bool {
    let (l, r) = (left.as_bytes(), right.as_bytes());
    l.len() >= 2
        && r.len() >= 2
        && l.last().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && r[0].is_ascii_uppercase()
        && r[1..].iter().all(u8::is_ascii_lowercase)
        && !lists::contains_folded(lists::DOMAIN_ENDINGS, right)
}

/// Kind of a run that is one token as a whole, whatever its connectors: numbers with
/// separators (`11,000`, `3.5`, `5:30`, `08/16/2000`), telephone numbers (`303-832-8160`)
/// and domain names (`enron.com`).
fn whole_run_kind(run: &str) -> Option<TokenKind> {
    let b = run.as_bytes();
    let first = *b.first()?;
    if first.is_ascii_digit() {
        // digits ([.,:/] digits)*
        let mut pieces = 0;
        let mut ok = true;
        let mut hyphen_groups: [usize; 4] = [0; 4];
        let mut hyphens = 0usize;
        let mut only_hyphens = true;
        let mut cur = 0usize;
        for &c in b {
            if c.is_ascii_digit() {
                cur += 1;
            } else if matches!(c, b'.' | b',' | b':' | b'/' | b'-') && cur > 0 {
                if c == b'-' {
                    if hyphens < 3 {
                        hyphen_groups[hyphens] = cur;
                    }
                    hyphens += 1;
                } else {
                    only_hyphens = false;
                }
                pieces += 1;
                cur = 0;
            } else {
                ok = false;
                break;
            }
        }
        if ok && cur > 0 {
            if hyphens == 0 {
                return Some(TokenKind::Number);
            }
            // 853-3242, 3-5213, 303-832-8160
            if only_hyphens && cur == 4 && (1..=2).contains(&hyphens) {
                let groups = &hyphen_groups[..hyphens];
                let phone = match groups {
                    [g] => *g == 3 || *g == 1,
                    [g1, g2] => *g1 == 3 && *g2 == 3,
                    _ => false,
                };
                if phone {
                    return Some(TokenKind::Number);
                }
            }
            let _ = pieces;
        }
        return None;
    }
    // domain.tld: alphanumeric/hyphen labels joined by periods, a known top-level domain.
    let dot = run.rfind('.')?;
    let tld = &run[dot + 1..];
    if lists::contains_folded(lists::DOMAIN_ENDINGS[..].as_ref(), tld)
        && is_tld(tld)
        && run[..dot].bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
        && run[..dot].bytes().any(|c| c.is_ascii_lowercase())
    {
        return Some(TokenKind::Url);
    }
    None
}

/// True for the internet domains among [`lists::DOMAIN_ENDINGS`] (not file extensions).
fn is_tld(s: &str) -> bool {
    const TLDS: &[&str] = &[
        "au", "biz", "ca", "cn", "co", "com", "de", "edu", "eu", "fr", "gov", "in", "info", "int",
        "io", "jp", "mil", "net", "org", "ru", "tv", "uk", "us",
    ];
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(s))
}

/// `1st`, `22nd`, `3rd`, `11th`.
fn is_ordinal_suffix(digits: &str, tail: &str) -> bool {
    let t = tail.to_ascii_lowercase();
    let Some(last) = digits.bytes().last() else { return false };
    let teen = digits.len() >= 2 && digits.as_bytes()[digits.len() - 2] == b'1';
    match t.as_str() {
        "st" => last == b'1' && !teen,
        "nd" => last == b'2' && !teen,
        "rd" => last == b'3' && !teen,
        "th" => true,
        _ => false,
    }
}

/// Single letters (`E`, `p`) and letters joined by periods (`U.S`, `e.g`, `Ph.D`, `a.m`):
/// with a final period, an initialism or abbreviation.
fn is_initialism(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else { return false };
    if chars.next().is_none() {
        return first.is_alphabetic();
    }
    if !w.contains('.') {
        return false;
    }
    w.split('.').all(|seg| {
        let n = seg.chars().count();
        (1..=3).contains(&n) && seg.chars().all(char::is_alphabetic)
    }) && w.split('.').any(|seg| seg.chars().count() <= 2)
}

/// Where the second syntactic word starts in a word with a clitic (`do|n't`, `Russia|’s`,
/// `I|'m`), or 0.
pub(crate) fn clitic_split(w: &str) -> u16 {
    let b = w.as_bytes();
    let n = b.len();
    // n't / n’t
    for (suffix_len, apos_len) in [(3usize, 1usize), (5, 3)] {
        if n > suffix_len {
            let tail = &b[n - suffix_len..];
            let apos_ok =
                if apos_len == 1 { tail[1] == b'\'' } else { &tail[1..4] == "’".as_bytes() };
            if apos_ok && tail[0] | 0x20 == b'n' && tail[suffix_len - 1] | 0x20 == b't' {
                return u16::try_from(n - suffix_len).unwrap_or(0);
            }
        }
    }
    // 's 're 've 'll 'd 'm
    // The last apostrophe: `'`, or `’` (E2 80 99).
    let Some(k) = b.iter().rposition(|&c| c == b'\'' || c == 0x99).map(|k| {
        if b[k] == 0x99 && k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 { k - 2 } else { k }
    }) else {
        return 0;
    };
    if k == 0 || (b[k] != b'\'' && b[k] != 0xE2) {
        return 0;
    }
    let alen = if b[k] == b'\'' { 1 } else { 3 };
    let clitic = &w[k + alen..];
    if lists::contains_folded(lists::CLITICS, clitic) {
        return u16::try_from(k).unwrap_or(0);
    }
    0
}
