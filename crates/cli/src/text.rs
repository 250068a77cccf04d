//! `--format text`: a readable summary of an analysed document.

use std::collections::HashMap;
use std::fmt::Write;

use nutgraf::{Document, SectionKind, Span};

/// The summary of one document.
pub fn summary(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "── {}", doc.metadata.id.as_deref().unwrap_or("document"));
    let count = |k: SectionKind| doc.sections().iter().filter(|s| s.kind == k).count();
    let _ = writeln!(
        out,
        "{} sentences · sections: {} headline, {} body, {} boilerplate",
        doc.sentences().len(),
        count(SectionKind::Headline),
        count(SectionKind::Body),
        count(SectionKind::Boilerplate)
    );
    if let Some(h) = doc.sections().iter().find(|s| s.kind == SectionKind::Headline) {
        let _ = writeln!(out, "headline: {}", one_line(doc, h.span, 120));
    }
    // Entities grouped by canonical id and kind (`Russia` the place, `Russian` the
    // nationality), most mentioned first.
    // (Counted through a map: a long document names many thousands of entities.)
    let mut index: HashMap<(&str, &str), usize> = HashMap::new();
    let mut by_id: Vec<(&str, &str, usize)> = Vec::new();
    for m in doc.entities() {
        let key = (m.id.as_str(), m.kind.as_str());
        let next = by_id.len();
        let at = *index.entry(key).or_insert(next);
        match by_id.get_mut(at) {
            Some(e) => e.2 += 1,
            None => by_id.push((key.0, key.1, 1)),
        }
    }
    by_id.sort_by_key(|e| std::cmp::Reverse(e.2));
    let _ = writeln!(out, "entities: {} mentions of {} names", doc.entities().len(), by_id.len());
    for (id, kind, n) in &by_id {
        let _ = writeln!(out, "  {n:>3}× {id} [{kind}]");
    }
    let date = doc.metadata.date.map_or_else(
        || "no document date: relative dates stay open".to_owned(),
        |d| format!("document date {d}"),
    );
    let _ = writeln!(out, "dates: {} ({date})", doc.timexes().len());
    for t in doc.timexes() {
        let m = t.modifier.map_or_else(String::new, |m| format!(" {}", m.as_str()));
        let _ =
            writeln!(out, "  {:<28} {} {}{m}", one_line(doc, t.span, 28), t.kind.as_str(), t.value);
    }
    let _ = writeln!(out, "claims: {} (score = check-worthiness)", doc.claims().len());
    for c in doc.claims() {
        let who = match c.claimer {
            Some(cl) => {
                let id = doc.claimer_entity(c).map_or_else(String::new, |m| format!(" = {}", m.id));
                format!("{} [{}{id}]", one_line(doc, cl.span, 60), cl.kind.as_str())
            }
            None => "(unattributed)".to_owned(),
        };
        let cue = c.cue.map_or_else(String::new, |s| format!(" —{}→", one_line(doc, s, 30)));
        let mut notes = vec![c.stance.as_str().to_owned()];
        if !c.hedges.is_empty() {
            let hedges: Vec<String> = c.hedges.iter().map(|&h| one_line(doc, h, 30)).collect();
            notes.push(format!("hedged: {}", hedges.join(", ")));
        }
        let kinds: Vec<&str> = c.kinds.iter().map(|k| k.as_str()).collect();
        notes.push(kinds.join(", "));
        if let Some(answered) = c.responds_to.and_then(|i| doc.claims().get(i)) {
            let to = answered.cue.map_or(answered.span, |s| s).start;
            notes.push(format!("answers the claim at byte {to}"));
        }
        let _ = writeln!(out, "  {:.2}  {who}{cue} ({})", c.score, notes.join("; "));
        let _ = writeln!(out, "        {}", one_line(doc, c.content.unwrap_or(c.span), 110));
    }
    out
}

/// The text of a span on one line, shortened to about `max` characters.
fn one_line(doc: &Document, span: Span, max: usize) -> String {
    // Words are joined only until the line is full, so a long span costs no more than a
    // short one.
    let mut s = String::new();
    let mut chars = 0;
    for word in doc.text_of(span).split_whitespace() {
        if chars > max {
            break;
        }
        if !s.is_empty() {
            s.push(' ');
            chars += 1;
        }
        s.push_str(word);
        chars += word.chars().count();
    }
    if chars <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_joins_words_and_cuts_long_spans() {
        let doc = Document::new("The  count\nwas accurate, officials said again and again.");
        let all = Span::new(0, doc.text().len());
        assert_eq!(
            one_line(&doc, all, 100),
            "The count was accurate, officials said again and again."
        );
        assert_eq!(one_line(&doc, all, 20), "The count was accur…");
        assert_eq!(one_line(&doc, Span::new(0, 10), 10), "The count");
    }
}
