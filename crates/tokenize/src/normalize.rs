//! Normalised forms for matching: case folding, quote and dash folding, and stemming.
//!
//! Later stages match cue words and names against lists; they need `Said`, `said` and
//! `SAID` to be one form, `People’s` to equal `People's`, and `claims`, `claimed` and
//! `claiming` to share a stem. Nothing here changes the original text: [`fold`] works on one
//! token at a time (its span gives the offsets back) and [`Folded`] folds a whole text while
//! keeping a map from folded offsets to original ones.

use std::borrow::Cow;

/// Folds one character for matching: typographic quotes and apostrophes to `'` and `"`,
/// dashes and the minus sign to `-`, no-break spaces to a space. Other characters unchanged.
#[inline]
pub fn fold_char(ch: char) -> char {
    match ch {
        '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '\u{A0}' | '\u{2007}' | '\u{202F}' => ' ',
        _ => ch,
    }
}

/// Lowercases `s` and folds quotes, apostrophes and dashes ([`fold_char`]); borrows when
/// nothing changes.
///
/// ```
/// use nutgraf_tokenize::normalize::fold;
///
/// assert_eq!(fold("People’s"), "people's");
/// assert_eq!(fold("said"), "said"); // borrowed, no allocation
/// ```
pub fn fold(s: &str) -> Cow<'_, str> {
    let unchanged = s.bytes().all(|c| c.is_ascii() && !c.is_ascii_uppercase() && c != b'`');
    if unchanged {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        push_folded(&mut out, ch);
    }
    Cow::Owned(out)
}

#[inline]
fn push_folded(out: &mut String, ch: char) {
    let f = fold_char(ch);
    if f.is_ascii() {
        out.push(f.to_ascii_lowercase());
    } else {
        out.extend(f.to_lowercase());
    }
}

/// A whole text folded like [`fold`], with a map back to the original byte offsets.
///
/// ```
/// use nutgraf_tokenize::normalize::Folded;
///
/// let text = "Russia’s ALLIES";
/// let folded = Folded::new(text);
/// assert_eq!(folded.as_str(), "russia's allies");
/// // `allies` starts at byte 9 of the folded text, byte 11 of the original.
/// assert_eq!(folded.to_original(9), 11);
/// assert_eq!(&text[folded.to_original(9)..folded.to_original(15)], "ALLIES");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// Change points `(folded offset, original offset, folded len, original len)`: where a
    /// character changed length, or where copying resumed after one.
    points: Vec<(usize, usize, u8, u8)>,
    original_len: usize,
}

impl Folded {
    /// Folds `text`.
    pub fn new(text: &str) -> Folded {
        let mut out = String::with_capacity(text.len());
        let mut points = Vec::new();
        let mut in_copy = true;
        for (i, ch) in text.char_indices() {
            let before = out.len();
            push_folded(&mut out, ch);
            let (flen, olen) = (out.len() - before, ch.len_utf8());
            if flen != olen {
                points.push((before, i, flen as u8, olen as u8));
                in_copy = false;
            } else if !in_copy {
                points.push((before, i, 0, 0));
                in_copy = true;
            }
        }
        Folded { text: out, points, original_len: text.len() }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset of the folded text to the original text. An offset inside a folded
    /// character maps to the end of the original character; offsets past the end map to the
    /// original length.
    pub fn to_original(&self, pos: usize) -> usize {
        if pos >= self.text.len() {
            return self.original_len;
        }
        let k = self.points.partition_point(|p| p.0 <= pos);
        if k == 0 {
            return pos;
        }
        let (f, o, flen, olen) = self.points[k - 1];
        if flen == 0 {
            // A copied stretch starting at (f, o).
            o + (pos - f)
        } else if pos == f {
            o
        } else if pos < f + usize::from(flen) {
            o + usize::from(olen)
        } else {
            // Copied characters right after a changed one.
            o + usize::from(olen) + (pos - f - usize::from(flen))
        }
    }
}

/// English Snowball stemmer over folded words, for matching inflected cue words
/// (`claims`, `claimed`, `claiming` → `claim`).
///
/// ```
/// use nutgraf_tokenize::normalize::Stemmer;
///
/// let stemmer = Stemmer::new();
/// assert_eq!(stemmer.stem("Claimed"), "claim");
/// assert_eq!(stemmer.stem("reiterated"), stemmer.stem("reiterates"));
/// ```
pub struct Stemmer {
    inner: rust_stemmers::Stemmer,
}

impl Stemmer {
    /// The English (Porter 2) stemmer.
    pub fn new() -> Stemmer {
        Stemmer { inner: rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English) }
    }

    /// Folds `word` ([`fold`]) and stems it.
    pub fn stem<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match fold(word) {
            Cow::Borrowed(w) => self.inner.stem(w),
            Cow::Owned(w) => Cow::Owned(self.inner.stem(&w).into_owned()),
        }
    }
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer::new()
    }
}

impl core::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Stemmer(English)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_map_round_trips_every_char_boundary() {
        let text = "“Quite certain” — İstanbul’s Ünal said";
        let folded = Folded::new(text);
        assert_eq!(folded.as_str(), "\"quite certain\" - i\u{307}stanbul's ünal said");
        let mut f = 0;
        for (o, ch) in text.char_indices() {
            assert_eq!(folded.to_original(f), o, "folded offset {f}");
            let mut tmp = String::new();
            push_folded(&mut tmp, ch);
            f += tmp.len();
        }
        assert_eq!(f, folded.as_str().len());
        assert_eq!(folded.to_original(f), text.len());
    }

    #[test]
    fn fold_borrows_lowercase_ascii() {
        assert!(matches!(fold("already lower"), Cow::Borrowed(_)));
        assert_eq!(fold("DON’T"), "don't");
    }
}
