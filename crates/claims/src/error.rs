//! The error type.

/// An error building a [`ClaimDetector`](crate::ClaimDetector) or reading a
/// [`Model`](crate::model::Model).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    kind: BuildErrorKind,
}

impl BuildError {
    pub(crate) fn new(kind: BuildErrorKind) -> BuildError {
        BuildError { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &BuildErrorKind {
        &self.kind
    }
}

/// The kinds of [`BuildError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildErrorKind {
    /// A word added to a list is empty or has whitespace inside.
    InvalidWord {
        /// Which list (`"cue"`, `"source noun"`, `"hedge"`).
        list: &'static str,
        /// The word as given.
        word: String,
    },
    /// The threshold is not in [0, 1].
    InvalidThreshold,
    /// Model bytes or weights are malformed.
    InvalidModel(String),
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
            BuildErrorKind::InvalidWord { list, word } => {
                let word = nutgraf_tokenize::Excerpt::new(word);
                write!(f, "invalid {list} {word:?}: expected one word without spaces")
            }
            BuildErrorKind::InvalidThreshold => f.write_str("threshold must be between 0 and 1"),
            BuildErrorKind::InvalidModel(why) => write!(f, "invalid check-worthiness model: {why}"),
        }
    }
}

impl std::error::Error for BuildError {}
