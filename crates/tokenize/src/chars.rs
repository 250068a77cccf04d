//! Character classes for the scanner.

/// ASCII bytes that separate chunks: whitespace and control characters.
#[inline]
pub(crate) const fn is_ascii_sep(c: u8) -> bool {
    c <= b' ' || c == 0x7F
}

/// Non-ASCII characters that separate chunks: Unicode whitespace (no-break space, thin space,
/// line and paragraph separators, …), controls, and invisible separators.
#[inline]
pub(crate) fn is_unicode_sep(ch: char) -> bool {
    ch.is_whitespace()
        || (ch.is_control())
        || matches!(ch, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')
}

/// True for line breaks as the sentence splitter counts them.
#[inline]
pub(crate) const fn is_newline(ch: char) -> bool {
    matches!(ch, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Characters that make up words: letters and digits of any script, combining marks, and the
/// invisible joiners that occur inside words (soft hyphen, zero-width non-joiner).
#[inline]
pub(crate) fn is_word_char(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric();
    }
    // Quotes, dashes and the ellipsis (General Punctuation) are frequent in news and never
    // word characters: answer without the Unicode tables.
    if ('\u{2000}'..='\u{206F}').contains(&ch) {
        return matches!(ch, '\u{200C}');
    }
    ch.is_alphanumeric() || is_mark(ch) || matches!(ch, '\u{AD}' | '\u{200C}')
}

/// Combining marks in the common blocks (the standard library has no general category).
#[inline]
fn is_mark(ch: char) -> bool {
    matches!(ch,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Apostrophes that may join a word and its clitic (`don't`, `Russia’s`).
#[inline]
pub(crate) const fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '’')
}

/// Hyphens that join compounds (`male-dominated`).
#[inline]
pub(crate) const fn is_hyphen(ch: char) -> bool {
    matches!(ch, '-' | '\u{2010}' | '\u{2011}')
}

/// Characters that start an emoji sequence.
#[inline]
pub(crate) fn is_emoji(ch: char) -> bool {
    matches!(ch,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{231A}'..='\u{231B}'
        | '\u{23E9}'..='\u{23FA}'
        | '\u{2122}' | '\u{2139}' | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}')
}

/// Characters that continue an emoji sequence: variation selectors, the zero-width joiner,
/// skin-tone modifiers, the keycap mark and tag characters.
#[inline]
pub(crate) fn is_emoji_continuation(ch: char) -> bool {
    matches!(ch,
        '\u{FE0E}' | '\u{FE0F}' | '\u{200D}' | '\u{20E3}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}')
}

/// Bullets that start a list item, and so a new sentence.
#[inline]
pub(crate) const fn is_bullet(ch: char) -> bool {
    matches!(
        ch,
        '•' | '‣'
            | '⁃'
            | '◦'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '➢'
            | '✓'
            | '✔'
            | '·'
    )
}

/// Opening quotes and brackets.
#[inline]
pub(crate) const fn is_opener(ch: char) -> bool {
    matches!(ch, '(' | '[' | '{' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '¿' | '¡' | '‟' | '‛')
}

/// Closing quotes and brackets.
#[inline]
pub(crate) const fn is_closer(ch: char) -> bool {
    matches!(ch, ')' | ']' | '}' | '”' | '’' | '»' | '›')
}

/// Straight quotes, which open or close depending on where they stand.
#[inline]
pub(crate) const fn is_straight_quote(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '`')
}

/// ASCII punctuation and symbols whose repeats form one token (`--`, `!!`, `***`, `$$$`).
#[inline]
pub(crate) const fn ascii_repeats(c: u8) -> bool {
    matches!(
        c,
        b'-' | b'='
            | b'*'
            | b'<'
            | b'>'
            | b'$'
            | b'~'
            | b'+'
            | b'/'
            | b'\\'
            | b'_'
            | b'#'
            | b'^'
            | b'|'
            | b'`'
    )
}

/// True for ASCII punctuation as opposed to symbols.
#[inline]
pub(crate) const fn ascii_is_punct(c: u8) -> bool {
    matches!(
        c,
        b'.' | b'!'
            | b'?'
            | b','
            | b';'
            | b':'
            | b'('
            | b')'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'"'
            | b'\''
            | b'-'
            | b'`'
            | b'/'
            | b'\\'
            | b'_'
    )
}

/// Non-ASCII punctuation (as opposed to symbols): quotes, dashes, ellipsis, bullets, CJK and
/// general punctuation.
#[inline]
pub(crate) fn is_unicode_punct(ch: char) -> bool {
    matches!(ch,
        '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{3000}'..='\u{303F}'
        | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}'
        | '\u{2E00}'..='\u{2E7F}')
        || is_bullet(ch)
}

/// Dashes and the ellipsis, whose repeats form one token.
#[inline]
pub(crate) const fn unicode_repeats(ch: char) -> bool {
    matches!(ch, '\u{2012}'..='\u{2015}' | '…')
}
