//! Errors loading lists and building a gazetteer.

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
        /// The parser's message.
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

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match &self.kind {
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
