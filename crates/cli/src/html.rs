//! A self-contained HTML view of an analysed document: the text with its annotations marked
//! (the kind of picture spaCy's displaCy gives), no external assets.
//!
//! Annotations become [`Mark`]s (a span, CSS classes, a tooltip, data attributes). Marks may
//! nest (an entity inside a claim) or cross (a date that overlaps a sentence end); the
//! renderer closes and reopens elements at every crossing so the output is always well
//! formed.

use std::fmt::Write;

use nutgraf::{Document, SectionKind, Span};

/// One marked span of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    /// The element (`span`, `mark`, `div`…).
    pub tag: &'static str,
    /// Space-separated CSS classes.
    pub class: String,
    /// Hover text.
    pub title: Option<String>,
    /// `data-*` attributes (name without the prefix, value).
    pub data: Vec<(&'static str, String)>,
    /// A short label shown after the span (a normalised date value).
    pub label: Option<String>,
    /// An inline style (a claim's background strength follows its score).
    pub style: Option<String>,
}

impl Mark {
    pub fn new(span: Span, tag: &'static str, class: impl Into<String>) -> Mark {
        Mark {
            span,
            tag,
            class: class.into(),
            title: None,
            data: Vec::new(),
            label: None,
            style: None,
        }
    }

    pub fn title(mut self, title: impl Into<String>) -> Mark {
        self.title = Some(title.into());
        self
    }

    pub fn style(mut self, style: impl Into<String>) -> Mark {
        self.style = Some(style.into());
        self
    }

    pub fn data(mut self, name: &'static str, value: impl Into<String>) -> Mark {
        self.data.push((name, value.into()));
        self
    }
}

/// The marks of every layer: sections, entities, dates, claims (with claimer, cue and
/// hedges).
pub fn marks(doc: &Document) -> Vec<Mark> {
    let mut marks = Vec::new();
    for t in doc.timexes() {
        let kind = t.kind.as_str();
        let mut mark =
            Mark::new(t.span, "span", format!("timex timex-{}", kind.to_ascii_lowercase()))
                .title(format!("{kind} {}", t.value))
                .data("value", t.value.as_str());
        mark.label = Some(t.value.clone());
        marks.push(mark);
    }
    for m in doc.entities() {
        let kind = m.kind.as_str();
        marks.push(
            Mark::new(m.span, "span", format!("ent ent-{kind}"))
                .title(format!("{kind}: {} ({})", m.id, m.how.as_str()))
                .data("id", m.id.as_str())
                .data("kind", kind),
        );
    }
    for c in doc.claims() {
        let kinds: Vec<&str> = c.kinds.iter().map(|k| k.as_str()).collect();
        let who = c
            .claimer
            .map_or_else(|| "unattributed".to_owned(), |cl| doc.text_of(cl.span).to_owned());
        marks.push(
            Mark::new(c.span, "mark", "claim")
                .title(format!(
                    "claim · check-worthiness {:.2} · {} · {} · {}",
                    c.score,
                    who,
                    c.stance.as_str(),
                    kinds.join(", ")
                ))
                .data("score", format!("{:.3}", c.score))
                .data("stance", c.stance.as_str())
                .style(format!(
                    "background: rgba(255, 214, 0, {:.2})",
                    0.08 + 0.5 * c.score.clamp(0.0, 1.0)
                )),
        );
        if let Some(cl) = c.claimer {
            // Hovering shows the canonical claimer: `claimer (person) · Vladimir Putin`.
            let entity = doc.claimer_entity(c);
            let title = match entity {
                Some(m) => format!("claimer ({}) · {}", cl.kind.as_str(), m.id),
                None => format!("claimer ({})", cl.kind.as_str()),
            };
            let mut mark =
                Mark::new(cl.span, "span", "claimer").title(title).data("kind", cl.kind.as_str());
            if let Some(m) = entity {
                mark = mark.data("id", m.id.as_str());
            }
            marks.push(mark);
        }
        if let Some(cue) = c.cue {
            marks.push(Mark::new(cue, "span", "cue").title(format!("cue · {}", c.stance.as_str())));
        }
        for &h in &c.hedges {
            marks.push(Mark::new(h, "span", "hedge").title("hedge"));
        }
    }
    for s in doc.sections() {
        let (tag, class) = match s.kind {
            SectionKind::Headline => ("span", "section headline"),
            SectionKind::Boilerplate => ("span", "section boilerplate"),
            _ => ("span", "section body"),
        };
        let mark = Mark::new(s.span, tag, class).data("section", s.kind.as_str());
        let mark = if s.kind == SectionKind::Boilerplate {
            mark.title("boilerplate: not the article's text")
        } else {
            mark
        };
        marks.push(mark);
    }
    marks
}

const STYLE: &str = r#"
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fcfcfa; }
header { font: 13px/1.4 system-ui, sans-serif; color: #555; border-bottom: 1px solid #ddd; margin-bottom: 1rem; padding-bottom: .5rem; }
header .legend span { margin-right: .8rem; padding: 0 .3rem; border-radius: 3px; font-size: 13px; font-weight: normal; }
article { white-space: pre-wrap; }
.section.headline { font-size: 1.5em; font-weight: bold; }
.section.boilerplate { color: #999; text-decoration: line-through; text-decoration-color: #ccc; }
.ent { padding: 0 .15em; border-radius: .25em; }
.ent-person { background: #ffe1b3; } .ent-place { background: #c9f0d0; } .ent-organization { background: #cfe0ff; }
.ent-nationality { background: #f3d3f5; } .ent-title { background: #eee; } .ent-other { background: #f0f0d0; }
.timex { border-bottom: 2px solid #c0392b; }
.label::after { content: attr(data-label); font: 11px system-ui, sans-serif; color: #c0392b; vertical-align: super; margin-left: .15em; }
.claim { background: rgba(255, 214, 0, .3); border-radius: .2em; }
.claimer { outline: 2px solid #8e44ad; border-radius: .2em; }
.cue { font-weight: bold; text-decoration: underline; text-decoration-color: #8e44ad; }
.hedge { font-style: italic; text-decoration: underline dotted #8e44ad; }
"#;

/// Renders the document as a standalone HTML page.
pub fn page(doc: &Document, marks: &[Mark]) -> String {
    let title = doc.metadata.id.clone().unwrap_or_else(|| "document".to_owned());
    let mut out = String::with_capacity(doc.text().len() * 3 + 4096);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(out, "<title>nutgraf — {}</title>", escape(&title));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(
        out,
        "<header><div>nutgraf · {} · {} sentences</div><div class=\"legend\">\
         <span class=\"section headline\">headline</span>\
         <span class=\"section boilerplate\">boilerplate</span>\
         <span class=\"ent ent-person\">person</span><span class=\"ent ent-place\">place</span>\
         <span class=\"ent ent-organization\">organisation</span>\
         <span class=\"timex\">date</span><span class=\"claim\">claim</span>\
         <span class=\"claimer\">claimer</span> <span class=\"cue\">cue</span></div></header>",
        escape(&title),
        doc.sentences().len()
    );
    out.push_str("<article>");
    render(doc.text(), marks, &mut out);
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

/// Writes `text` with `marks` as properly nested elements.
pub fn render(text: &str, marks: &[Mark], out: &mut String) {
    // Marks that fit the text, longest first at the same start, so they nest outside.
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| {
            let s = marks[i].span;
            s.start < s.end && s.get(text).is_some()
        })
        .collect();
    order.sort_by_key(|&i| (marks[i].span.start, std::cmp::Reverse(marks[i].span.end), i));
    // Every position where a mark starts or ends.
    let mut cuts: Vec<usize> =
        order.iter().flat_map(|&i| [marks[i].span.start, marks[i].span.end]).collect();
    cuts.push(0);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();

    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    for w in cuts.windows(2) {
        let (pos, end) = (w[0], w[1]);
        // Close the marks ending here; marks opened inside them close and reopen.
        if let Some(depth) = open.iter().position(|&i| marks[i].span.end <= pos) {
            let reopen: Vec<usize> =
                open[depth..].iter().copied().filter(|&i| marks[i].span.end > pos).collect();
            for &i in open[depth..].iter().rev() {
                close(&marks[i], marks[i].span.end <= pos, out);
            }
            open.truncate(depth);
            for i in reopen {
                open_tag(&marks[i], out);
                open.push(i);
            }
        }
        while next < order.len() && marks[order[next]].span.start == pos {
            let i = order[next];
            open_tag(&marks[i], out);
            open.push(i);
            next += 1;
        }
        out.push_str(&escape(text.get(pos..end).unwrap_or("")));
    }
    for &i in open.iter().rev() {
        close(&marks[i], true, out);
    }
}

fn open_tag(m: &Mark, out: &mut String) {
    let _ = write!(out, "<{} class=\"{}\"", m.tag, escape(&m.class));
    if let Some(t) = &m.title {
        let _ = write!(out, " title=\"{}\"", escape(t));
    }
    if let Some(st) = &m.style {
        let _ = write!(out, " style=\"{}\"", escape(st));
    }
    for (k, v) in &m.data {
        let _ = write!(out, " data-{k}=\"{}\"", escape(v));
    }
    let _ = write!(out, " data-start=\"{}\" data-end=\"{}\">", m.span.start, m.span.end);
}

/// Closes a mark's element; the label goes after the mark's real end only.
fn close(m: &Mark, at_end: bool, out: &mut String) {
    if at_end && let Some(label) = &m.label {
        // Shown by CSS from the attribute, so the page's text stays the document's text.
        let _ = write!(out, "<span class=\"label\" data-label=\"{}\"></span>", escape(label));
    }
    let _ = write!(out, "</{}>", m.tag);
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(text: &str, marks: &[Mark]) -> String {
        let mut out = String::new();
        render(text, marks, &mut out);
        out
    }

    #[test]
    fn nested_marks_nest() {
        let text = "Putin said so.";
        let marks = [
            Mark::new(Span::new(0, 14), "mark", "claim"),
            Mark::new(Span::new(0, 5), "span", "ent"),
            Mark::new(Span::new(6, 10), "span", "cue"),
        ];
        assert_eq!(
            rendered(text, &marks),
            "<mark class=\"claim\" data-start=\"0\" data-end=\"14\"><span class=\"ent\" data-start=\"0\" data-end=\"5\">Putin</span> \
             <span class=\"cue\" data-start=\"6\" data-end=\"10\">said</span> so.</mark>"
        );
    }

    #[test]
    fn crossing_marks_close_and_reopen() {
        let text = "abcdef";
        let marks = [
            Mark::new(Span::new(0, 4), "b", "x"),
            Mark { label: Some("L".into()), ..Mark::new(Span::new(2, 6), "i", "y") },
        ];
        assert_eq!(
            rendered(text, &marks),
            "<b class=\"x\" data-start=\"0\" data-end=\"4\">ab<i class=\"y\" data-start=\"2\" data-end=\"6\">cd</i></b>\
             <i class=\"y\" data-start=\"2\" data-end=\"6\">ef<span class=\"label\" data-label=\"L\"></span></i>"
        );
    }

    #[test]
    fn text_and_attributes_are_escaped_and_bad_spans_ignored() {
        let text = "<a & \"b\">’";
        let marks = [
            Mark::new(Span::new(0, 2), "span", "e").title("x\"y"),
            Mark::new(Span::new(9, 10), "span", "split-char"),
        ];
        assert_eq!(
            rendered(text, &marks),
            "<span class=\"e\" title=\"x&quot;y\" data-start=\"0\" data-end=\"2\">&lt;a</span> &amp; &quot;b&quot;&gt;’"
        );
    }
}
