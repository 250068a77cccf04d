//! Sections of a scraped news page: headline, body paragraphs, and boilerplate lines (site
//! banners, "ALSO READ" teasers, share and subscribe prompts) that are not the article's.

use nutgraf_tokenize::{Sentence, Span, Token};

use crate::stage::{Stage, StageError};
use crate::{Document, Layer};

/// What a section is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum SectionKind {
    /// The article's title: its first line, when short and without final punctuation.
    Headline,
    /// A paragraph of the article.
    Body,
    /// A line that belongs to the page rather than the article: a site banner, a teaser for
    /// another article, a share or subscribe prompt, a copyright notice.
    Boilerplate,
}

impl SectionKind {
    /// The lowercase name used in JSON output.
    pub const fn as_str(self) -> &'static str {
        match self {
            SectionKind::Headline => "headline",
            SectionKind::Body => "body",
            SectionKind::Boilerplate => "boilerplate",
        }
    }
}

/// Writes [`as_str`](SectionKind::as_str) (`headline`).
impl core::fmt::Display for SectionKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A section: a span made of whole sentences, and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Section {
    /// From the start of the first sentence to the end of the last one.
    pub span: Span,
    /// What the section is.
    pub kind: SectionKind,
}

/// Lines that start like this (case-insensitive, after folding quotes) are page furniture.
static BOILERPLATE_PREFIXES: &[&str] = &[
    "advertisement",
    "all rights reserved",
    "also read",
    "also watch",
    "click here",
    "copyright",
    "download the app",
    "download our app",
    "email this",
    "exit mobile version",
    "filed under",
    "follow us",
    "get the latest",
    "image credit",
    "image source",
    "join our",
    "last updated",
    "leave a comment",
    "listen to this article",
    "more from",
    "must read",
    "photo credit",
    "print this",
    "read also",
    "read more",
    "read next",
    "recommended for you",
    "related articles",
    "related news",
    "related stories",
    "related:",
    "share this",
    "share on",
    "sign up",
    "site icon",
    "skip to content",
    "sponsored",
    "subscribe",
    "suggested reading",
    "tags:",
    "trending now",
    "watch:",
    "you may also like",
    "©",
];

/// Finds the headline, body paragraphs and boilerplate lines of a document.
///
/// Requires [`Layer::Sentences`] (sections are made of whole sentences) and provides
/// [`Layer::Sections`]. Lines are runs of sentences between line breaks; a blank line ends a
/// paragraph.
///
/// ```
/// use nutgraf::{Pipeline, SectionKind};
///
/// let text = "Site icon THE NEW INDIAN\n\nPutin’s visit to North Korea\n\n\
///             Putin will visit North Korea. He leaves today.\n\n\
///             ALSO READ: Deadly bacteria spread in Japan\n\nExit mobile version";
/// let doc = Pipeline::default().run(text).unwrap();
/// let sections: Vec<(SectionKind, &str)> =
///     doc.sections().iter().map(|s| (s.kind, doc.text_of(s.span))).collect();
/// assert_eq!(sections, [
///     (SectionKind::Boilerplate, "Site icon THE NEW INDIAN"),
///     (SectionKind::Headline, "Putin’s visit to North Korea"),
///     (SectionKind::Body, "Putin will visit North Korea. He leaves today."),
///     (SectionKind::Boilerplate, "ALSO READ: Deadly bacteria spread in Japan"),
///     (SectionKind::Boilerplate, "Exit mobile version"),
/// ]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct SectionsStage {
    _private: (),
}

impl SectionsStage {
    /// The sections stage.
    pub fn new() -> SectionsStage {
        SectionsStage { _private: () }
    }

    /// The sections of a tokenized text.
    pub fn sections(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Section> {
        let mut out: Vec<Section> = Vec::new();
        let mut seen_content = false;
        let mut line_start = 0;
        // Lines: runs of sentences up to a line break.
        for (k, s) in sentences.iter().enumerate() {
            let breaks = s
                .tokens
                .end
                .checked_sub(1)
                .and_then(|last| tokens.get(last))
                .map_or(0, |t| t.newlines_after);
            let last_sentence = k + 1 == sentences.len();
            if breaks == 0 && !last_sentence {
                continue;
            }
            let first = &sentences[line_start];
            let span = Span::new(first.span.start, s.span.end);
            let line = span.get(text).unwrap_or("");
            let kind = if is_boilerplate(line) {
                SectionKind::Boilerplate
            } else if !seen_content && !last_sentence && is_headline(line, k + 1 - line_start) {
                SectionKind::Headline
            } else {
                SectionKind::Body
            };
            if kind != SectionKind::Boilerplate {
                seen_content = true;
            }
            // A body line continues the previous body paragraph unless a blank line parted them.
            let joins = kind == SectionKind::Body
                && out.last().is_some_and(|prev| {
                    prev.kind == SectionKind::Body
                        && line_start > 0
                        && tokens
                            .get(sentences[line_start - 1].tokens.end.saturating_sub(1))
                            .is_some_and(|t| t.newlines_after == 1)
                });
            match out.last_mut() {
                Some(prev) if joins => prev.span.end = span.end,
                _ => out.push(Section { span, kind }),
            }
            line_start = k + 1;
        }
        out
    }
}

/// A line of page furniture.
fn is_boilerplate(line: &str) -> bool {
    // Bytes of the longest prefix: a prefix of `n` bytes matches or not by the first `n`
    // bytes of the folded line, which come from its first `n` characters at most.
    const LONGEST: usize = {
        let mut max = 0;
        let mut i = 0;
        while i < BOILERPLATE_PREFIXES.len() {
            if BOILERPLATE_PREFIXES[i].len() > max {
                max = BOILERPLATE_PREFIXES[i].len();
            }
            i += 1;
        }
        max
    };
    // The first 40 characters (no more than the longest prefix needs), folded and lowercased,
    // in a buffer on the stack (at most four bytes a character); only prefixes with the same
    // first byte are compared.
    let mut buf = [0u8; 160];
    let mut len = 0;
    for c in line.chars().take(LONGEST.min(40)) {
        let f = nutgraf_tokenize::normalize::fold_char(c).to_ascii_lowercase();
        let Some(dst) = buf.get_mut(len..len + f.len_utf8()) else { break };
        len += f.encode_utf8(dst).len();
    }
    let head = buf.get(..len).unwrap_or(&[]);
    let Some(first) = head.first() else { return false };
    BOILERPLATE_PREFIXES
        .iter()
        .any(|p| p.as_bytes().first() == Some(first) && head.starts_with(p.as_bytes()))
}

/// A first line that reads like a title: one sentence, short, without a final period.
fn is_headline(line: &str, sentences: usize) -> bool {
    let words = line.split_whitespace().count();
    sentences == 1 && (2..=25).contains(&words) && !line.trim_end().ends_with('.')
}

impl Stage for SectionsStage {
    fn name(&self) -> &str {
        "sections"
    }
    fn requires(&self) -> &[Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn provides(&self) -> &[Layer] {
        &[Layer::Sections]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let sections = self.sections(doc.text(), doc.tokens(), doc.sentences());
        doc.set_sections(sections);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check as first written: a `String` of the first 40 folded characters.
    fn is_boilerplate_slow(line: &str) -> bool {
        let head: String = line
            .chars()
            .take(40)
            .map(|c| nutgraf_tokenize::normalize::fold_char(c).to_ascii_lowercase())
            .collect();
        BOILERPLATE_PREFIXES.iter().any(|p| head.starts_with(p))
    }

    #[test]
    fn boilerplate_check_matches_the_string_version() {
        let mut lines = vec![
            "",
            "A",
            "Advertisement",
            "ADVERTISEMENT - scroll to continue",
            "Read More: the story",
            "Read more’s",
            "Related: Putin visits",
            "Related\u{a0}news",
            "Rélated news",
            "«Subscribe»",
            "Subscribe now",
            "The president said on Tuesday that the talks would resume.",
            "ℹ️ Listen to this article",
            "Listen to this article",
            "Listen to this artic",
        ];
        for p in BOILERPLATE_PREFIXES {
            lines.push(p);
        }
        let upper: Vec<String> = lines.iter().map(|l| l.to_uppercase()).collect();
        for line in lines.iter().copied().chain(upper.iter().map(String::as_str)) {
            assert_eq!(is_boilerplate(line), is_boilerplate_slow(line), "{line:?}");
        }
    }
}
