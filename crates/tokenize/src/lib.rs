//! Tokenizer and sentence splitter for English news text, with UTF-8 byte offsets.
//!
//! `nutgraf-tokenize` is the first stage of [nutgraf](https://crates.io/crates/nutgraf). It cuts
//! text into [`Token`]s and [`Sentence`]s without copying or changing it: every token and
//! sentence is a [`Span`], a half-open byte range into the original text, and the tokens joined
//! with the gaps between them give back the text exactly.
//!
//! Tokens follow the Universal Dependencies English conventions: `Russia’s` and `don't` are one
//! surface token each, with two syntactic [words](Token::words) (`Russia` + `’s`, `do` +
//! `n't`); hyphenated compounds split at the hyphen (`male` `-` `dominated`) while prefixes stay
//! (`e-mail`, `non-human`); numbers keep their separators (`11,000`, `3.5`); abbreviations keep
//! their periods (`U.S.`, `Dr.`, `a.m.`); web and e-mail addresses, hashtags, handles and emoji
//! stay whole.
//!
//! Sentences end at terminal punctuation unless an abbreviation, initial, ellipsis, list
//! marker or lowercase continuation says otherwise, and at line breaks that end a headline or
//! a line without final punctuation.
//!
//! # Example
//!
//! ```
//! use nutgraf_tokenize::{TokenKind, Tokenizer};
//!
//! let text = "NEW DELHI: Russia’s President Putin will visit the U.S. He leaves at 5 p.m.\n\n\
//!             ALSO READ: Japan";
//! let tokenizer = Tokenizer::new();
//! let doc = tokenizer.analyze(text);
//!
//! let sentences: Vec<&str> = doc.sentences.iter().map(|s| &text[s.span.range()]).collect();
//! assert_eq!(sentences, [
//!     "NEW DELHI: Russia’s President Putin will visit the U.S.",
//!     "He leaves at 5 p.m.",
//!     "ALSO READ: Japan",
//! ]);
//!
//! let russia = &doc.tokens[3];
//! assert_eq!(russia.text(text), "Russia’s");
//! assert_eq!(russia.kind, TokenKind::Word);
//! assert_eq!(russia.words().count(), 2);
//! ```
//!
//! Matching helpers for later stages (case, quote and dash folding with an offset map, and
//! Snowball stemming) are in [`normalize`].
//!
//! # Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` for [`Span`], [`Token`],
//!   [`TokenKind`] and [`Sentence`].

#![forbid(unsafe_code)]

mod chars;
mod excerpt;
mod lists;
pub mod normalize;
mod scan;
mod sentence;
mod span;
mod token;

pub use excerpt::{EXCERPT_BYTES, Excerpt};
pub use span::Span;
pub use token::{Sentence, Token, TokenKind, Words};

/// A tokenizer and sentence splitter. Cheap to clone; `Send + Sync`, so one instance can
/// serve many threads.
///
/// ```
/// use nutgraf_tokenize::Tokenizer;
///
/// let text = "A 15-year-old was hurt.";
/// let tokens = Tokenizer::new().tokenize(text);
/// let surface: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(surface, ["A", "15", "-", "year", "-", "old", "was", "hurt", "."]);
/// // The compound can be put back together: no space after its parts.
/// assert!(!tokens[1].space_after && !tokens[2].space_after);
/// ```
#[derive(Clone, Debug)]
pub struct Tokenizer {
    split_hyphens: bool,
    /// Extra abbreviations (lowercase, without final period), sorted.
    abbreviations: Vec<Box<str>>,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// A tokenizer with the default options: hyphenated compounds split, built-in
    /// abbreviations only.
    pub fn new() -> Tokenizer {
        Tokenizer { split_hyphens: true, abbreviations: Vec::new() }
    }

    /// A builder for a tokenizer with other options.
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::new()
    }

    /// Cuts `text` into tokens.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 5 + 1);
        self.tokenize_into(text, &mut out);
        out
    }

    /// Appends the tokens of `text` to `out` (to reuse an allocation across documents).
    /// Token spans are offsets into `text`.
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        scan::Scanner::new(self, text, out).run();
    }

    /// Splits tokens of `text` (as returned by [`tokenize`](Tokenizer::tokenize)) into
    /// sentences. Every token belongs to exactly one sentence; sentences are in order.
    pub fn sentences(&self, text: &str, tokens: &[Token]) -> Vec<Sentence> {
        let mut out = Vec::new();
        self.sentences_into(text, tokens, &mut out);
        out
    }

    /// Appends the sentences of `tokens` to `out`.
    pub fn sentences_into(&self, text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
        sentence::Splitter::new(self, text, tokens).split(out);
    }

    /// Tokens and sentences of `text` in one call.
    pub fn analyze<'t>(&self, text: &'t str) -> Tokenized<'t> {
        let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
        let mut sentences = Vec::new();
        self.analyze_into(text, &mut tokens, &mut sentences);
        Tokenized { text, tokens, sentences }
    }

    /// Appends the tokens and sentences of `text` to `tokens` and `sentences` (sentence token
    /// ranges index `tokens`). The same result as [`tokenize_into`](Tokenizer::tokenize_into)
    /// then [`sentences_into`](Tokenizer::sentences_into), but a long text is processed in
    /// blocks that end at paragraph breaks, so each block's tokens are split into sentences
    /// while they are still in cache: throughput stays flat from kilobytes to gigabytes.
    pub fn analyze_into(&self, text: &str, tokens: &mut Vec<Token>, sentences: &mut Vec<Sentence>) {
        let base = tokens.len();
        let mut pos = 0;
        while pos < text.len() {
            let cut = paragraph_cut(text.as_bytes(), pos + BLOCK);
            let first = tokens.len();
            scan::Scanner::new(self, text, tokens).run_range(pos, cut);
            let before = sentences.len();
            sentence::Splitter::new(self, text, &tokens[first..]).split(sentences);
            for s in &mut sentences[before..] {
                s.tokens = s.tokens.start + first..s.tokens.end + first;
            }
            pos = cut;
        }
        debug_assert!(sentences.iter().all(|s| s.tokens.start >= base));
    }

    /// True when the user added abbreviations (which may be longer than the built-in ones).
    #[inline]
    pub(crate) fn has_extra_abbreviations(&self) -> bool {
        !self.abbreviations.is_empty()
    }

    /// The class of an abbreviation (without its final period), from the built-in list or the
    /// user's additions (which count as general abbreviations).
    pub(crate) fn abbreviation_class(&self, w: &str) -> Option<lists::AbbrevClass> {
        if w.len() <= lists::MAX_ABBREVIATION_LEN
            && let Some(c) = lists::abbreviation(w)
        {
            return Some(c);
        }
        if self.abbreviations.is_empty() {
            return None;
        }
        let found = self
            .abbreviations
            .binary_search_by(|e| {
                let (a, b) = (e.as_bytes(), w.as_bytes());
                a.iter()
                    .zip(b)
                    .map(|(x, y)| x.cmp(&y.to_ascii_lowercase()))
                    .find(|o| o.is_ne())
                    .unwrap_or_else(|| a.len().cmp(&b.len()))
            })
            .is_ok();
        found.then_some(lists::AbbrevClass::General)
    }
}

/// Bytes of text scanned before [`Tokenizer::analyze_into`] looks for a paragraph break to
/// split the sentences found so far.
const BLOCK: usize = 1 << 18;

/// The end of the block that starts before `at`: just after the first paragraph break (a
/// whitespace run with two line feeds) at or after `at`, or the end of the text. Paragraph
/// breaks always end a sentence, and cutting after the whole whitespace run keeps every
/// chunk and every gap in one block.
fn paragraph_cut(b: &[u8], at: usize) -> usize {
    let mut i = at;
    while i < b.len() {
        let Some(k) = b[i..].iter().position(|&c| c == b'\n') else { return b.len() };
        let nl = i + k;
        // Extend over the whitespace around this line feed; count line feeds in the run.
        let mut start = nl;
        while start > at && matches!(b[start - 1], b' ' | b'\t' | b'\r' | b'\n') {
            start -= 1;
        }
        let mut end = nl;
        let mut feeds = 0;
        while end < b.len() && matches!(b[end], b' ' | b'\t' | b'\r' | b'\n') {
            feeds += usize::from(b[end] == b'\n');
            end += 1;
        }
        feeds += b[start..nl].iter().filter(|&&c| c == b'\n').count();
        if feeds >= 2 && start > at {
            return end;
        }
        i = end.max(nl + 1);
    }
    b.len()
}

/// Options for a [`Tokenizer`].
///
/// ```
/// use nutgraf_tokenize::Tokenizer;
///
/// let tokenizer = Tokenizer::builder()
///     .split_hyphens(false)
///     .abbreviation("approx.")
///     .build()
///     .unwrap();
/// let text = "A male-dominated Dept. of Ed.";
/// let words: Vec<&str> = tokenizer.tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["A", "male-dominated", "Dept.", "of", "Ed", "."]);
/// ```
#[derive(Clone, Debug)]
pub struct TokenizerBuilder {
    split_hyphens: bool,
    abbreviations: Vec<String>,
}

impl Default for TokenizerBuilder {
    fn default() -> Self {
        TokenizerBuilder::new()
    }
}

impl TokenizerBuilder {
    /// A builder with the default options.
    pub fn new() -> TokenizerBuilder {
        TokenizerBuilder { split_hyphens: true, abbreviations: Vec::new() }
    }

    /// Whether hyphenated compounds split at the hyphen (`male` `-` `dominated`, the UD and
    /// spaCy convention; default `true`) or stay one token (`male-dominated`).
    pub fn split_hyphens(&mut self, yes: bool) -> &mut Self {
        self.split_hyphens = yes;
        self
    }

    /// Adds an abbreviation that keeps its period (`"Gen."`, `"approx"`; the final period is
    /// optional, case does not matter). It ends a sentence only before a typical sentence
    /// starter, like the built-in `Inc.` and `etc.`.
    pub fn abbreviation(&mut self, abbreviation: &str) -> &mut Self {
        self.abbreviations.push(abbreviation.to_owned());
        self
    }

    /// Adds several abbreviations; see [`abbreviation`](TokenizerBuilder::abbreviation).
    pub fn abbreviations<I, S>(&mut self, abbreviations: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.abbreviations.extend(abbreviations.into_iter().map(|s| s.as_ref().to_owned()));
        self
    }

    /// Builds the tokenizer, checking the abbreviations.
    pub fn build(&self) -> Result<Tokenizer, BuildError> {
        let mut abbreviations = Vec::with_capacity(self.abbreviations.len());
        for (index, raw) in self.abbreviations.iter().enumerate() {
            let a = raw.strip_suffix('.').unwrap_or(raw);
            let valid = !a.is_empty()
                && a.chars().all(|c| c.is_alphanumeric() || c == '.')
                && a.chars().any(char::is_alphabetic)
                && !a.ends_with('.');
            if !valid {
                return Err(BuildError {
                    kind: BuildErrorKind::InvalidAbbreviation { index, abbreviation: raw.clone() },
                });
            }
            abbreviations.push(a.to_ascii_lowercase().into_boxed_str());
        }
        abbreviations.sort_unstable();
        abbreviations.dedup();
        Ok(Tokenizer { split_hyphens: self.split_hyphens, abbreviations })
    }
}

/// The tokens and sentences of one text, as returned by [`Tokenizer::analyze`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tokenized<'t> {
    /// The text the spans point into.
    pub text: &'t str,
    /// Surface tokens in order.
    pub tokens: Vec<Token>,
    /// Sentences in order; each names a range of `tokens`.
    pub sentences: Vec<Sentence>,
}

impl<'t> Tokenized<'t> {
    /// The syntactic words of all tokens, in order (contractions and possessives split).
    pub fn words(&self) -> impl Iterator<Item = Span> + '_ {
        self.tokens.iter().flat_map(Token::words)
    }

    /// The tokens of a sentence (an empty slice if the sentence is not from this text).
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }

    /// The text of a span of this text (`""` if it does not fit).
    pub fn text_of(&self, span: Span) -> &'t str {
        span.get(self.text).unwrap_or("")
    }
}

/// An error building a [`Tokenizer`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    kind: BuildErrorKind,
}

impl BuildError {
    /// What went wrong.
    pub fn kind(&self) -> &BuildErrorKind {
        &self.kind
    }
}

/// The kinds of [`BuildError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// An abbreviation is empty, has no letter, or contains characters other than letters,
    /// digits and periods.
    InvalidAbbreviation {
        /// Position of the abbreviation among those added to the builder.
        index: usize,
        /// The abbreviation as given.
        abbreviation: String,
    },
}

impl core::fmt::Display for BuildError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.kind.fmt(f)
    }
}

/// The message of the error, as [`BuildError`] writes it.
impl core::fmt::Display for BuildErrorKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            BuildErrorKind::InvalidAbbreviation { index, abbreviation } => write!(
                f,
                "invalid abbreviation {:?} (number {}): expected letters, digits \
                 and inner periods, like \"Gen.\" or \"e.g.\"",
                Excerpt::new(abbreviation),
                index + 1
            ),
        }
    }
}

impl std::error::Error for BuildError {}

/// The crate README's example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
