//! Tokens, syntactic words and sentences.

use core::ops::Range;

use crate::Span;

/// What a token is.
///
/// New kinds may be added in minor releases, so match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A run of letters (any script), possibly with inner apostrophes (`don't`, `Russia’s`)
    /// or ampersands (`AT&T`), or a hyphenated prefix word kept whole (`e-mail`).
    Word,
    /// A number: `11,000`, `3.5`, `1st`, `5:30`, `08/16/2000`, `303-832-8160`.
    Number,
    /// A word that ends in or contains a period and stays whole: `U.S.`, `Dr.`, `a.m.`, `E.`.
    Abbreviation,
    /// Punctuation: `.`, `,`, `?!`, `...`, `“`, `’`, `(`, `–`, `—`, `-`.
    Punct,
    /// A symbol: `$`, `%`, `&`, `+`, `°`, `©`.
    Symbol,
    /// A web address: `https://example.com/a`, `www.example.com`.
    Url,
    /// An e-mail address: `jane.doe@example.com`.
    Email,
    /// A hashtag: `#NATO`.
    Hashtag,
    /// A user handle: `@StateDept`.
    Mention,
    /// An emoji, including modifier and joiner sequences: `👍🏽`, `👨‍👩‍👧`.
    Emoji,
    /// An ASCII emoticon: `:)`, `:-(`, `<3`.
    Emoticon,
}

impl TokenKind {
    /// The lowercase name used in JSON output (`"word"`, `"number"`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
            TokenKind::Emoticon => "emoticon",
        }
    }

    /// True for kinds made of letters or digits (words, numbers, abbreviations, hashtags, …),
    /// false for punctuation, symbols, emoji and emoticons.
    pub const fn is_wordlike(self) -> bool {
        !matches!(
            self,
            TokenKind::Punct | TokenKind::Symbol | TokenKind::Emoji | TokenKind::Emoticon
        )
    }
}

impl core::fmt::Display for TokenKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A surface token: a span of the text with its kind.
///
/// Tokens follow Universal Dependencies (English EWT) conventions: `Russia’s` and `don't` are
/// one surface token each, made of two syntactic [words](Token::words); hyphenated compounds
/// are split at the hyphen (`male`, `-`, `dominated`) and [`space_after`](Token::space_after)
/// tells whether whitespace follows, so a compound can be put back together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    /// True if whitespace (or a control character) follows the token.
    pub space_after: bool,
    /// How many line breaks the whitespace after the token holds (`\r\n` counts once),
    /// saturating at 255: 1 ends a line, 2 or more a paragraph.
    pub newlines_after: u8,
    /// Byte offset, relative to `span.start`, where a second syntactic word starts (`n't` in
    /// `don't`, `’s` in `Russia’s`); 0 when the token is a single word.
    pub split: u16,
}

impl Token {
    /// The token's text, or `""` if the span does not fit `text` (another text was passed).
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.get(text).unwrap_or("")
    }

    /// The syntactic words of this token: one span, or two for a contraction or possessive.
    ///
    /// ```
    /// use nutgraf_tokenize::Tokenizer;
    ///
    /// let text = "Russia’s allies don't know.";
    /// let tokens = Tokenizer::new().tokenize(text);
    /// let words: Vec<&str> =
    ///     tokens.iter().flat_map(|t| t.words()).map(|w| &text[w.range()]).collect();
    /// assert_eq!(words, ["Russia", "’s", "allies", "do", "n't", "know", "."]);
    /// ```
    #[inline]
    pub fn words(&self) -> Words {
        let split = usize::from(self.split);
        if split == 0 || split >= self.span.len() {
            Words { first: Some(self.span), second: None }
        } else {
            let mid = self.span.start + split;
            Words {
                first: Some(Span::new(self.span.start, mid)),
                second: Some(Span::new(mid, self.span.end)),
            }
        }
    }

    /// True when the token is made of more than one syntactic word.
    #[inline]
    pub fn is_multiword(&self) -> bool {
        self.split != 0
    }
}

/// Iterator over the syntactic words of one token; see [`Token::words`].
#[derive(Clone, Debug)]
pub struct Words {
    first: Option<Span>,
    second: Option<Span>,
}

impl Iterator for Words {
    type Item = Span;

    #[inline]
    fn next(&mut self) -> Option<Span> {
        self.first.take().or_else(|| self.second.take())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.first.is_some()) + usize::from(self.second.is_some());
        (n, Some(n))
    }
}

impl ExactSizeIterator for Words {}

/// A sentence: its span in the text and the range of its tokens in the token list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sentence {
    /// From the start of the first token to the end of the last one.
    pub span: Span,
    /// Indices of the sentence's tokens in the token list it was split from.
    pub tokens: Range<usize>,
}
