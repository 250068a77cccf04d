//! Half-open byte ranges into the original text.

use core::ops::Range;

/// A half-open range of UTF-8 byte offsets, `start..end`, into the original, unmodified text.
///
/// Every annotation in nutgraf points into the text with a `Span`. Spans are `Copy`, compare by
/// position and convert from and to [`Range<usize>`].
///
/// ```
/// use nutgraf_tokenize::Span;
///
/// let text = "Russia’s invasion";
/// let span = Span::from(0..6);
/// assert_eq!(span.get(text), Some("Russia"));
/// assert_eq!(span.len(), 6);
/// // Slicing never panics: a range that is out of bounds or not on a char boundary is `None`.
/// assert_eq!(Span::from(7..8).get(text), None);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end` (exclusive).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes (0 when `end <= start`).
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a standard range.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers, or `None` if it is out of bounds or not on char boundaries.
    #[inline]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True if `other` lies entirely inside `self`.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True if the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Span {
        Span { start: r.start, end: r.end }
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

impl core::fmt::Display for Span {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_inverted_spans_are_empty() {
        assert!(Span::new(3, 3).is_empty());
        assert!(Span::new(4, 3).is_empty());
        assert_eq!(Span::new(4, 3).len(), 0);
    }

    #[test]
    fn get_refuses_a_split_char() {
        let text = "a’b";
        assert_eq!(Span::new(0, 2).get(text), None);
        assert_eq!(Span::new(1, 4).get(text), Some("’"));
    }

    #[test]
    fn overlap_is_half_open() {
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 4)));
        assert!(Span::new(0, 3).overlaps(Span::new(2, 4)));
        assert_eq!(Span::new(0, 3).cover(Span::new(2, 5)), Span::new(0, 5));
    }
}
