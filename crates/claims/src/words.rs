//! The word view shared by the scorer and the attribution patterns: syntactic words with
//! their folded form, hash, shape and lexicon classes.

use core::ops::Range;

use nutgraf_tokenize::normalize::{Stemmer, fold_char};
use nutgraf_tokenize::{Sentence, Span, Token, TokenKind};

use crate::claim::Stance;
use crate::lexicon::{Lexicon, fnv};

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
    /// [`fnv`] of the folded form.
    pub hash: u64,
    /// Lexicon classes ([`flag`]).
    pub flags: u32,
    /// Stance of a cue word.
    pub stance: Stance,
    pub shape: Shape,
}

impl Word {
    #[inline]
    pub fn has(&self, f: u32) -> bool {
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
        for span in t.words() {
            self.push_word(text, span, t.kind, lexicon, stemmer);
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
        let s = span.get(text).unwrap_or("");
        let lo = self.lower.len();
        let mut shape = Shape::Lower;
        let bytes = s.as_bytes();
        if bytes.iter().all(|&b| b.is_ascii() && b != b'`') {
            if let Some(&b) = bytes.first()
                && b.is_ascii_uppercase()
            {
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
        let hi = self.lower.len();
        let folded = self.lower.get(lo..hi).unwrap_or("");
        let hash = fnv(folded.as_bytes());
        let entry = match kind {
            TokenKind::Number => Default::default(),
            _ => lexicon.lookup(folded, hash, stemmer),
        };
        self.words.push(Word {
            span,
            kind,
            lo: lo as u32,
            hi: hi as u32,
            hash,
            flags: entry.flags,
            stance: entry.stance,
            shape,
        });
    }
}

/// True for a four-digit number that reads as a year (1000–2099).
#[inline]
pub(crate) fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && matches!(s.as_bytes().first(), Some(b'1' | b'2'))
        && s < "2100"
}
