//! The word view shared by the scorer and the attribution patterns: syntactic words with
//! their folded form, n-gram term, shape and lexicon classes.

use core::ops::Range;

use nutgraf_tokenize::normalize::{Stemmer, fold_char};
use nutgraf_tokenize::{Sentence, Span, Token, TokenKind};

use crate::claim::Stance;
use crate::lexicon::{Lexicon, fnv};
use crate::model;

/// The case pattern of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Starts with a lowercase letter (or has no letters).
    Lower,
    /// Starts with an uppercase letter, not all caps: `Putin`, `McConnell`.
    Title,
    /// All caps, two letters or more: `NATO`, `US`.
    Upper,
}

/// One syntactic word (`Russia’s` is `Russia` + `’s`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub span: Span,
    pub kind: TokenKind,
    /// Range of the folded form in [`Words::lower`].
    pub lo: u32,
    pub hi: u32,
    /// Lexicon classes ([`flag`]).
    pub flags: u64,
    /// Stance of a cue word.
    pub stance: Stance,
    pub shape: Shape,
    /// Whether the word has a light stem ([`model::light_stem`]).
    pub has_stem: bool,
    /// The term of the word in n-gram features ([`model::term`]).
    pub term: u64,
    /// The hash of its light stem, when it has one.
    pub stem: u64,
}

impl Word {
    #[inline]
    pub fn has(&self, f: u64) -> bool {
        self.flags & f != 0
    }
}

/// The words of a text, sentence by sentence.
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// Folded forms of all words, concatenated.
    pub lower: String,
    pub words: Vec<Word>,
    /// For each sentence, the range of its words.
    pub sentences: Vec<Range<usize>>,
}

impl Words {
    /// The folded form of a word.
    #[inline]
    pub fn lower(&self, w: &Word) -> &str {
        self.lower.get(w.lo as usize..w.hi as usize).unwrap_or("")
    }

    /// The folded form of a word, as bytes.
    #[inline]
    pub fn bytes(&self, w: &Word) -> &[u8] {
        self.lower.as_bytes().get(w.lo as usize..w.hi as usize).unwrap_or(&[])
    }

    /// Builds the words of `sentences` (spans of `tokens` of `text`).
    pub fn build(
        &mut self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        lexicon: &Lexicon,
        stemmer: &Stemmer,
    ) {
        self.lower.clear();
        self.words.clear();
        self.sentences.clear();
        self.lower.reserve(text.len());
        self.words.reserve(tokens.len() + tokens.len() / 8);
        for s in sentences {
            let start = self.words.len();
            for t in tokens.get(s.tokens.clone()).unwrap_or(&[]) {
                self.push_token(text, t, lexicon, stemmer);
            }
            self.sentences.push(start..self.words.len());
        }
    }

    /// Builds the words of one sentence's tokens.
    pub fn build_one(
        &mut self,
        text: &str,
        tokens: &[Token],
        lexicon: &Lexicon,
        stemmer: &Stemmer,
    ) {
        self.lower.clear();
        self.words.clear();
        self.sentences.clear();
        for t in tokens {
            self.push_token(text, t, lexicon, stemmer);
        }
        self.sentences.push(0..self.words.len());
    }

    #[inline]
    fn push_token(&mut self, text: &str, t: &Token, lexicon: &Lexicon, stemmer: &Stemmer) {
        // As `Token::words`: one word, or two split at `split`.
        let split = usize::from(t.split);
        if split == 0 || split >= t.span.len() {
            self.push_word(text, t.span, t.kind, lexicon, stemmer);
        } else {
            let mid = t.span.start + split;
            self.push_word(text, Span::new(t.span.start, mid), t.kind, lexicon, stemmer);
            self.push_word(text, Span::new(mid, t.span.end), t.kind, lexicon, stemmer);
        }
    }

    #[inline]
    fn push_word(
        &mut self,
        text: &str,
        span: Span,
        kind: TokenKind,
        lexicon: &Lexicon,
        stemmer: &Stemmer,
    ) {
        let s = text.get(span.start..span.end).unwrap_or("");
        let lo = self.lower.len();
        let bytes = s.as_bytes();
        let mut shape = Shape::Lower;
        if bytes.iter().all(|&b| b < 0x80 && b != b'`') {
            // Plain ASCII: fold by lowercasing.
            if bytes.first().is_some_and(u8::is_ascii_uppercase) {
                let upper = bytes.len() > 1
                    && bytes.iter().all(|c| !c.is_ascii_lowercase())
                    && bytes.iter().filter(|c| c.is_ascii_uppercase()).count() > 1;
                shape = if upper { Shape::Upper } else { Shape::Title };
            }
            self.lower.push_str(s);
            if let Some(tail) = self.lower.get_mut(lo..) {
                tail.make_ascii_lowercase();
            }
        } else {
            let mut chars = s.chars();
            if let Some(c) = chars.clone().next()
                && c.is_uppercase()
            {
                let upper = s.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !s.chars().any(char::is_lowercase);
                shape = if upper { Shape::Upper } else { Shape::Title };
            }
            for ch in chars.by_ref() {
                let f = fold_char(ch);
                if f.is_ascii() {
                    self.lower.push(f.to_ascii_lowercase());
                } else {
                    self.lower.extend(f.to_lowercase());
                }
            }
        }
        // FNV-1a of the folded form, and of its first four and five bytes on the way.
        let folded = self.lower.as_bytes().get(lo..).unwrap_or(&[]);
        let (hash, h4, h5) = match (folded.get(..4), folded.get(4), folded.get(5..)) {
            (Some(p), Some(&b), Some(rest)) => {
                let h4 = fnv(p);
                let h5 = fnv_step(h4, b);
                (fnv_from(h5, rest), h4, h5)
            }
            (Some(p), _, _) => {
                let h4 = fnv(p);
                (h4, h4, FNV_OFFSET)
            }
            _ => (fnv(folded), FNV_OFFSET, FNV_OFFSET),
        };
        let stem = if kind == TokenKind::Word {
            model::light_stem_cut(folded).and_then(|cut| {
                let n = folded.len();
                if !folded.iter().all(u8::is_ascii_lowercase) {
                    return None;
                }
                Some(match cut {
                    model::Cut::Ies => fnv_from(fnv(&folded[..n - 3]), b"y"),
                    model::Cut::Bytes(k) => fnv(&folded[..n - k]),
                })
            })
        } else {
            None
        };
        let hi = self.lower.len();
        let folded = self.lower.get(lo..hi).unwrap_or("");
        let entry = match kind {
            TokenKind::Number => Default::default(),
            _ => lexicon.lookup(folded, hash, h4, h5, stemmer),
        };
        let term = model::term(kind, folded, hash);
        self.words.push(Word {
            span,
            kind,
            lo: lo as u32,
            hi: hi as u32,
            flags: entry.flags,
            stance: entry.stance,
            shape,
            has_stem: stem.is_some(),
            term,
            stem: stem.unwrap_or(0),
        });
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

#[inline]
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a continued from state `h` over `bytes`.
#[inline]
fn fnv_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = fnv_step(h, b);
    }
    h
}

/// True for a four-digit number that reads as a year (1000–2099).
#[inline]
pub(crate) fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && matches!(s.as_bytes().first(), Some(b'1' | b'2'))
        && s < "2100"
}
