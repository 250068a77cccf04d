//! Sections of a scraped news page: headline, body paragraphs, and boilerplate lines (site
//! banners, "ALSO READ" teasers, share and subscribe prompts) that are not the article's.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};
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

/// The embedded boilerplate phrases (`data/boilerplate.txt`: line prefixes, and whole
/// lines marked with a final `$`).
pub const DEFAULT_PHRASES: &str = include_str!("../data/boilerplate.txt");

/// How many characters of a phrase count: longer ones are refused.
pub const MAX_PHRASE_CHARS: usize = 200;

/// The most sentences a boilerplate line has: a longer line is text of the article even if it
/// starts with a boilerplate phrase (`Editor's Note: An article on Monday about … reported
/// that …`, several sentences on what the article got wrong).
pub const MAX_FURNITURE_SENTENCES: usize = 3;

/// Boilerplate phrases, folded (case, quotes, dashes): line prefixes, matched in one pass
/// with an anchored Aho-Corasick automaton, and whole lines.
#[derive(Debug)]
struct Phrases {
    /// None when there are no prefix phrases.
    prefixes: Option<AhoCorasick>,
    whole: HashSet<String>,
    /// Characters of the longest prefix and of the longest whole line.
    longest_prefix: usize,
    longest_whole: usize,
}

/// A phrase list that cannot be used: which line, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseError {
    /// The 1-based line of the phrase in its list.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl core::fmt::Display for PhraseError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl core::error::Error for PhraseError {}

/// `s` folded as lines are: quotes and dashes folded, ASCII lowercased.
fn fold_into(s: &str, max_chars: usize, out: &mut String) {
    out.clear();
    for c in s.chars().take(max_chars) {
        out.push(nutgraf_tokenize::normalize::fold_char(c).to_ascii_lowercase());
    }
}

/// A line without the punctuation and spaces it ends with (`Comments:`, `Share ›`).
fn trim_end_marks(line: &str) -> &str {
    line.trim_end_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '›' | '»' | '…' | '|')
    })
}

impl Phrases {
    /// The phrases of lists in the format of `data/boilerplate.txt`.
    fn parse<'a>(lists: impl IntoIterator<Item = &'a str>) -> Result<Phrases, PhraseError> {
        let mut prefixes: Vec<String> = Vec::new();
        let mut whole = HashSet::new();
        let mut folded = String::new();
        for list in lists {
            for (k, raw) in list.lines().enumerate() {
                let phrase = raw.trim();
                if phrase.is_empty() || phrase.starts_with('#') {
                    continue;
                }
                let (phrase, is_whole) = match phrase.strip_suffix('$') {
                    Some(p) => (trim_end_marks(p), true),
                    None => (phrase, false),
                };
                if phrase.chars().count() > MAX_PHRASE_CHARS {
                    let shown: String = phrase.chars().take(40).collect();
                    return Err(PhraseError {
                        line: k + 1,
                        message: format!(
                            "phrase longer than {MAX_PHRASE_CHARS} characters: {shown:?}…"
                        ),
                    });
                }
                fold_into(phrase, MAX_PHRASE_CHARS, &mut folded);
                if folded.is_empty() {
                    continue;
                }
                if is_whole {
                    whole.insert(folded.clone());
                } else {
                    prefixes.push(folded.clone());
                }
            }
        }
        let longest_prefix = prefixes.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        let longest_whole = whole.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        let prefixes = if prefixes.is_empty() {
            None
        } else {
            let ac = AhoCorasick::builder().start_kind(StartKind::Anchored).build(&prefixes);
            Some(ac.map_err(|e| PhraseError { line: 0, message: e.to_string() })?)
        };
        Ok(Phrases { prefixes, whole, longest_prefix, longest_whole })
    }

    /// The embedded phrases, built once.
    fn default_set() -> Arc<Phrases> {
        static DEFAULT: OnceLock<Arc<Phrases>> = OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                // (The embedded list is checked by a test; an error leaves no phrase.)
                Arc::new(Phrases::parse([DEFAULT_PHRASES]).unwrap_or_else(|_| Phrases {
                    prefixes: None,
                    whole: HashSet::new(),
                    longest_prefix: 0,
                    longest_whole: 0,
                }))
            })
            .clone()
    }

    /// Whether a line is page furniture: it starts with a prefix phrase or is a whole-line
    /// one.
    fn matches(&self, line: &str, buf: &mut String) -> bool {
        if let Some(prefixes) = &self.prefixes {
            fold_into(line, self.longest_prefix, buf);
            if prefixes.find(Input::new(buf.as_str()).anchored(Anchored::Yes)).is_some() {
                return true;
            }
        }
        let trimmed = trim_end_marks(line.trim_start());
        if self.whole.is_empty() || trimmed.len() > 4 * self.longest_whole {
            return false;
        }
        fold_into(trimmed, self.longest_whole + 1, buf);
        self.whole.contains(buf.as_str())
    }
}

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
#[derive(Clone, Debug)]
pub struct SectionsStage {
    phrases: Arc<Phrases>,
}

impl Default for SectionsStage {
    fn default() -> SectionsStage {
        SectionsStage::new()
    }
}

impl SectionsStage {
    /// The sections stage, with the embedded boilerplate phrases ([`DEFAULT_PHRASES`]).
    pub fn new() -> SectionsStage {
        SectionsStage { phrases: Phrases::default_set() }
    }

    /// The sections stage with the embedded boilerplate phrases and these lists of your
    /// own, each in the format of [`DEFAULT_PHRASES`]: one phrase a line that a boilerplate
    /// line starts with, or, ending in `$`, a whole line; `#` comments. Case, quotes and
    /// dashes do not matter.
    ///
    /// In a pipeline, put it where [`SectionsStage::new`] goes (after tokenizing, before the
    /// gazetteer): `Pipeline::builder().stage(TokenizeStage::new()).stage(sections)…`.
    ///
    /// ```
    /// use nutgraf::{SectionKind, SectionsStage};
    ///
    /// let sections = SectionsStage::with_phrases(["# my site\nHelp us report\nTip jar$"])?;
    /// let text = "Mayor opens park\n\nThe mayor opened the park.\n\n\
    ///             HELP US REPORT: give today\n\nTip jar";
    /// let kinds: Vec<SectionKind> = sections.sections_of(text).iter().map(|s| s.kind).collect();
    /// assert_eq!(kinds, [
    ///     SectionKind::Headline,
    ///     SectionKind::Body,
    ///     SectionKind::Boilerplate,
    ///     SectionKind::Boilerplate,
    /// ]);
    /// # Ok::<(), nutgraf::PhraseError>(())
    /// ```
    pub fn with_phrases<'a>(
        lists: impl IntoIterator<Item = &'a str>,
    ) -> Result<SectionsStage, PhraseError> {
        let lists: Vec<&str> = core::iter::once(DEFAULT_PHRASES).chain(lists).collect();
        Ok(SectionsStage { phrases: Arc::new(Phrases::parse(lists)?) })
    }

    /// The sections of a text, tokenized here (for trying phrase lists out).
    pub fn sections_of(&self, text: &str) -> Vec<Section> {
        let doc = nutgraf_tokenize::Tokenizer::new().analyze(text);
        self.sections(text, &doc.tokens, &doc.sentences)
    }

    /// The sections of a tokenized text.
    pub fn sections(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Section> {
        let mut out: Vec<Section> = Vec::new();
        let mut buf = String::new();
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
            // (Page furniture is short: a line of more than `MAX_FURNITURE_SENTENCES`
            // sentences is text, whatever it starts with, such as an editor's note that
            // corrects the article.)
            let sentences_in_line = k + 1 - line_start;
            let kind = if sentences_in_line <= MAX_FURNITURE_SENTENCES
                && self.phrases.matches(line, &mut buf)
            {
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

/// A first line that reads like a title: one sentence, short, without a final period, or
/// with one when most of its words are capitalised (`Mayor Announces New Budget for City
/// Parks.`).
fn is_headline(line: &str, sentences: usize) -> bool {
    let words = line.split_whitespace().count();
    sentences == 1
        && (2..=25).contains(&words)
        && (!line.trim_end().ends_with('.') || title_case(line))
}

/// Whether at least three quarters of a line's words of four letters or more, and at least
/// two, start with a capital letter, as titles are written.
fn title_case(line: &str) -> bool {
    let (mut long, mut capital) = (0usize, 0usize);
    for w in line.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) {
            long += 1;
            capital += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    long >= 2 && capital * 4 >= long * 3
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

    fn is_boilerplate(line: &str) -> bool {
        Phrases::default_set().matches(line, &mut String::new())
    }

    #[test]
    fn the_embedded_list_parses() {
        let phrases = Phrases::parse([DEFAULT_PHRASES]).unwrap();
        assert!(phrases.longest_prefix > 20 && phrases.whole.contains("comments"));
    }

    #[test]
    fn prefixes_and_whole_lines_fold_case_quotes_and_dashes() {
        for line in [
            "Advertisement",
            "ADVERTISEMENT - scroll to continue",
            "Read More: the story",
            "Read more’s",
            "Related: Putin visits",
            "Don’t miss: the budget explained",
            "Comments",
            "Share ›",
            "COMMENTS:",
            "Related\u{a0}news",
        ] {
            assert!(is_boilerplate(line), "{line:?}");
        }
        for line in [
            "",
            "A",
            "Rélated news",
            // (A mark before the phrase hides it.)
            "«Subscribe»",
            "ℹ️ Listen to this article",
            "Comments by the minister were noted.",
            "Listen to this artic",
            "The president said on Tuesday that the talks would resume.",
            "Promoted to general in 2010, he led the army.",
        ] {
            assert!(!is_boilerplate(line), "{line:?}");
        }
    }

    #[test]
    fn a_line_of_many_sentences_is_text_whatever_it_starts_with() {
        let text = "Mayor opens park\n\n\
                    Editor's note: This story was updated.\n\n\
                    Editor's Note: An article on Monday misstated the cost. The park cost $2 \
                    million, officials said. The city paid half. A charity paid the rest.\n\n\
                    The mayor opened the park.";
        let kinds: Vec<SectionKind> =
            SectionsStage::new().sections_of(text).iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [SectionKind::Headline, SectionKind::Boilerplate, SectionKind::Body, SectionKind::Body,]
        );
    }

    #[test]
    fn user_phrases_add_to_the_defaults_and_bad_ones_name_their_line() {
        let stage = SectionsStage::with_phrases(["# mine\nHelp us report\nTip jar$"]).unwrap();
        let mut buf = String::new();
        assert!(stage.phrases.matches("HELP US REPORT: give", &mut buf));
        assert!(stage.phrases.matches("Tip jar.", &mut buf));
        assert!(!stage.phrases.matches("Tip jar for the staff", &mut buf));
        assert!(stage.phrases.matches("Advertisement", &mut buf));
        let long = format!("ok\n{}", "x".repeat(300));
        let err = SectionsStage::with_phrases([long.as_str()]).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.to_string().starts_with("line 2: phrase longer than 200 characters"));
    }
}
