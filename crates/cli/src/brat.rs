//! `--format brat`: brat standoff annotations (`.ann`), the format of the brat annotation
//! tool, for reviewing or correcting nutgraf's output by hand.
//!
//! Offsets in brat are character offsets (Unicode scalar values) into the `.txt` file, so
//! byte offsets are converted. Text-bound annotations (`T`) carry the kind, notes (`#`) an
//! entity's canonical id, relations (`R`) link a claim to its claimer and cue, attributes
//! (`A`) give a claim's stance.

use std::fmt::Write;

use nutgraf::{Document, Span};

/// Converts byte offsets to character offsets of one text.
struct CharOffsets {
    /// Byte offset of every char start, in order (binary-searched).
    starts: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        CharOffsets { starts: text.char_indices().map(|(i, _)| i).collect(), len: text.len() }
    }

    fn char_at(&self, byte: usize) -> usize {
        if byte >= self.len {
            return self.starts.len();
        }
        self.starts.partition_point(|&b| b < byte)
    }
}

/// The `.ann` file of a document.
pub fn annotations(doc: &Document) -> String {
    let offsets = CharOffsets::new(doc.text());
    let mut out = String::new();
    let mut t = 0usize;
    let mut text_bound = |out: &mut String, kind: &str, span: Span| -> usize {
        t += 1;
        // brat keeps an annotation's text on one line.
        let covered: String = doc
            .text_of(span)
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        let _ = writeln!(
            out,
            "T{t}\t{kind} {} {}\t{covered}",
            offsets.char_at(span.start),
            offsets.char_at(span.end)
        );
        t
    };
    let (mut r, mut a) = (0usize, 0usize);
    for m in doc.entities() {
        let kind = capitalise(m.kind.as_str());
        let ent = text_bound(&mut out, &kind, m.span);
        // brat's notes (`#`) carry the canonical id.
        let _ = writeln!(out, "#{ent}\tAnnotatorNotes T{ent}\t{} ({})", m.id, m.how.as_str());
    }
    for t in doc.timexes() {
        let timex = text_bound(&mut out, "Timex", t.span);
        a += 1;
        let _ = writeln!(out, "A{a}\tTimexType T{timex} {}", t.kind.as_str());
        let _ = writeln!(out, "#{timex}\tAnnotatorNotes T{timex}\t{}", t.value);
    }
    for c in doc.claims() {
        let claim = text_bound(&mut out, "Claim", c.span);
        a += 1;
        let _ = writeln!(out, "A{a}\tStance T{claim} {}", c.stance.as_str());
        for kind in &c.kinds {
            a += 1;
            let _ = writeln!(out, "A{a}\t{} T{claim}", capitalise(kind.as_str()));
        }
        if let Some(cl) = c.claimer {
            let claimer = text_bound(&mut out, "Claimer", cl.span);
            r += 1;
            let _ = writeln!(out, "R{r}\tClaimedBy Arg1:T{claim} Arg2:T{claimer}");
            a += 1;
            let _ = writeln!(out, "A{a}\tSourceKind T{claimer} {}", cl.kind.as_str());
        }
        if let Some(cue) = c.cue {
            let cue = text_bound(&mut out, "Cue", cue);
            r += 1;
            let _ = writeln!(out, "R{r}\tCuedBy Arg1:T{claim} Arg2:T{cue}");
        }
        for &h in &c.hedges {
            let hedge = text_bound(&mut out, "Hedge", h);
            r += 1;
            let _ = writeln!(out, "R{r}\tHedgedBy Arg1:T{claim} Arg2:T{hedge}");
        }
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    cs.next().map_or_else(String::new, |f| f.to_uppercase().chain(cs).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_char_offsets() {
        let o = CharOffsets::new("a’b“c");
        assert_eq!([0, 1, 4, 5, 8, 9].map(|b| o.char_at(b)), [0, 1, 2, 3, 4, 5]);
    }
}
