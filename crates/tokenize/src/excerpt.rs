//! Short excerpts of long text for error messages.

use core::fmt;

/// At most this many bytes of a field are shown in a message.
pub const EXCERPT_BYTES: usize = 80;

/// A field of input shown in a message: at most [`EXCERPT_BYTES`] bytes of it (cut on a
/// character boundary), then `…` and its length when it is longer, so that a 10 MB garbage
/// line gives a one-line message. `Display` writes the excerpt as is, `Debug` in quotes with
/// escapes, as `{:?}` of a `&str` does.
///
/// ```
/// use nutgraf_tokenize::Excerpt;
///
/// assert_eq!(format!("unknown kind {:?}", Excerpt::new("planet")), "unknown kind \"planet\"");
/// let long = "x".repeat(10_000);
/// let message = format!("unknown kind {:?}", Excerpt::new(&long));
/// assert_eq!(message, format!("unknown kind \"{}\"… (10000 bytes)", "x".repeat(80)));
/// ```
#[derive(Clone, Copy)]
pub struct Excerpt<'a> {
    shown: &'a str,
    len: usize,
}

impl<'a> Excerpt<'a> {
    /// The excerpt of `s`.
    pub fn new(s: &'a str) -> Excerpt<'a> {
        let mut end = s.len().min(EXCERPT_BYTES);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        Excerpt { shown: s.get(..end).unwrap_or(""), len: s.len() }
    }

    /// The part of the field that is shown.
    pub fn shown(&self) -> &'a str {
        self.shown
    }

    /// Whether the field was cut.
    pub fn is_cut(&self) -> bool {
        self.shown.len() < self.len
    }

    fn tail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_cut() { write!(f, "… ({} bytes)", self.len) } else { Ok(()) }
    }
}

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.shown)?;
        self.tail(f)
    }
}

impl fmt::Debug for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.shown, f)?;
        self.tail(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_never_splits_a_character() {
        let s = "é".repeat(100);
        let e = Excerpt::new(&s);
        assert!(e.is_cut());
        assert_eq!(e.shown().len(), 80);
        assert_eq!(e.to_string(), format!("{}… (200 bytes)", "é".repeat(40)));
        let s = format!("a{}", "é".repeat(100));
        assert_eq!(Excerpt::new(&s).shown().len(), 79);
    }

    #[test]
    fn short_fields_are_shown_whole() {
        assert_eq!(Excerpt::new("").to_string(), "");
        assert_eq!(format!("{:?}", Excerpt::new("a\"b")), "\"a\\\"b\"");
        assert!(!Excerpt::new(&"y".repeat(80)).is_cut());
    }
}
