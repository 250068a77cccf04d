//! Errors loading lists and building a gazetteer.

#[cfg(feature = "serde")]
use nutgraf_tokenize::{EXCERPT_BYTES, Excerpt};

/// An error loading a list or building a [`Gazetteer`](crate::Gazetteer).
///
/// ```
/// use nutgraf_gazetteer::{ErrorKind, Gazetteer};
///
/// let list = "place\tParis\n\nplanet\tMars\n";
/// let err = Gazetteer::builder().add_reader(list.as_bytes()).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::Parse { line: 3, .. }));
/// assert_eq!(err.to_string(), "line 3: unknown kind \"planet\" (expected person, place, \
///     organization, nationality, title, other, given, surname, stop or common)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A line of a TSV list is malformed.
    Parse {
        /// 1-based line number.
        line: usize,
        /// What is wrong, in lowercase.
        message: String,
    },
    /// A JSON list is malformed (feature `serde`).
    Json {
        /// 1-based line number where the JSON parser stopped.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong: the parser's message (quoted fields cut to 80 bytes), after
        /// `entry at index N: ` when it is inside the entry at index `N` of the array.
        message: String,
    },
    /// Reading the list failed.
    Io {
        /// The I/O error's message.
        message: String,
    },
    /// An entry has no usable surface form (its id, name and aliases are empty).
    EmptyEntry {
        /// The entry's id as given.
        id: String,
    },
    /// More distinct words, entries or text than the compact tables can address
    /// (2,097,151 words; 1 GiB of names).
    TooLarge,
    /// The matching automaton could not be built. Not produced by this version (its word trie
    /// always builds); kept so that code matching on it still compiles.
    Automaton {
        /// The automaton builder's message.
        message: String,
    },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn parse(line: usize, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Parse { line, message: message.into() } }
    }

    /// An error of a JSON list from the parser's, with the index of the entry it is in.
    #[cfg(feature = "serde")]
    pub(crate) fn json(e: &serde_json::Error, entry: Option<usize>) -> Error {
        if e.is_io() {
            return Error::new(ErrorKind::Io { message: e.to_string() });
        }
        let (line, column) = (e.line(), e.column());
        // The parser's message ends with the position, which Display puts first.
        let full = e.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = cut_quoted(full.strip_suffix(suffix.as_str()).unwrap_or(&full));
        let message = match entry {
            Some(i) => format!("entry at index {i}: {message}"),
            None => message,
        };
        Error::new(ErrorKind::Json { line, column, message })
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.kind.fmt(f)
    }
}

/// The message of the error, as [`Error`] writes it.
impl core::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ErrorKind::Parse { line, message } => write!(f, "line {line}: {message}"),
            ErrorKind::Json { line, column, message } => {
                write!(f, "line {line}, column {column}: invalid JSON list: {message}")
            }
            ErrorKind::Io { message } => write!(f, "cannot read list: {message}"),
            ErrorKind::EmptyEntry { id } => {
                write!(
                    f,
                    "entry {:?} has no name or alias to match",
                    nutgraf_tokenize::Excerpt::new(id)
                )
            }
            ErrorKind::TooLarge => f.write_str(
                "gazetteer too large: more than 2,097,151 distinct words or 1 GiB of names",
            ),
            ErrorKind::Automaton { message } => {
                write!(f, "cannot build the matching automaton: {message}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// Longest message kept whole after [`cut_quoted`].
#[cfg(feature = "serde")]
const MAX_MESSAGE: usize = 16 * EXCERPT_BYTES;

/// A parser message with every part quoted in backticks or double quotes cut as [`Excerpt`]
/// cuts a field: serde quotes the offending field or value whole (``unknown field `…` ``,
/// `invalid type: string "…"`). A message still longer than [`MAX_MESSAGE`] (a quote inside a
/// field throws the quoting off) is cut as a whole.
#[cfg(feature = "serde")]
fn cut_quoted(message: &str) -> String {
    use core::fmt::Write;
    let mut out = String::new();
    let mut rest = message;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = if rest.as_bytes().get(open) == Some(&b'`') { '`' } else { '"' };
        let (before, after) = rest.split_at_checked(open + 1).unwrap_or((rest, ""));
        out.push_str(before);
        // Double quotes come from `{:?}`: skip escaped characters.
        let mut escaped = false;
        let end = after.find(|c: char| {
            let close = c == quote && !escaped;
            escaped = quote == '"' && c == '\\' && !escaped;
            close
        });
        let (inner, next) = match end.and_then(|end| after.split_at_checked(end)) {
            Some((inner, next)) => (inner, next.get(1..).unwrap_or("")),
            None => (after, ""),
        };
        let excerpt = Excerpt::new(inner);
        // Half an escape before the closing quote would escape it.
        let mut shown = excerpt.shown();
        if (shown.len() - shown.trim_end_matches('\\').len()) % 2 == 1 {
            shown = shown.get(..shown.len() - 1).unwrap_or("");
        }
        out.push_str(shown);
        if end.is_some() {
            out.push(quote);
        }
        if excerpt.is_cut() {
            let _ = write!(out, "… ({} bytes)", inner.len());
        }
        rest = next;
    }
    out.push_str(rest);
    if out.len() > MAX_MESSAGE { Excerpt::new(&out).to_string() } else { out }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    #[test]
    fn cut_quoted_cuts_each_long_quoted_part_and_nothing_else() {
        let short = "unknown variant `planet`, expected one of `person`, `place`";
        assert_eq!(cut_quoted(short), short);
        let x = "x".repeat(100);
        let x80 = "x".repeat(80);
        assert_eq!(
            cut_quoted(&format!("unknown field `{x}`, expected `id`")),
            format!("unknown field `{x80}`… (100 bytes), expected `id`")
        );
        // Escaped quotes do not end a double-quoted part; half an escape is dropped.
        assert_eq!(
            cut_quoted(&format!(r#"invalid type: string "a\"{x}", expected u64"#)),
            format!(r#"invalid type: string "a\"{}"… (103 bytes), expected u64"#, "x".repeat(77))
        );
        let x79 = "x".repeat(79);
        assert_eq!(
            cut_quoted(&format!(r#"string "{x79}\"{x}""#)),
            format!(r#"string "{x79}"… (181 bytes)"#)
        );
        let escapes = r"\\".repeat(60);
        assert_eq!(
            cut_quoted(&format!(r#"string "{escapes}""#)),
            format!(r#"string "{}"… (120 bytes)"#, r"\\".repeat(40))
        );
        // An unclosed quote: the rest is the quoted part.
        assert_eq!(cut_quoted(&format!("field `{x}")), format!("field `{x80}… (100 bytes)"));
        // A message the quoting cannot cut (a quote inside the field) is cut as a whole.
        let odd = format!("unknown field `a`{}`, expected `id`", "y".repeat(2000));
        assert_eq!(cut_quoted(&odd), Excerpt::new(&odd).to_string());
    }
}
