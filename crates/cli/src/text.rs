//! `--format text`: a readable summary of an analysed document.

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
    let mut by_id: Vec<(&str, &str, usize)> = Vec::new();
    for m in doc.entities() {
        match by_id.iter_mut().find(|(id, kind, _)| *id == m.id && *kind == m.kind.as_str()) {
            Some(e) => e.2 += 1,
            None => by_id.push((m.id.as_str(), m.kind.as_str(), 1)),
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
    let s: String = doc.text_of(span).split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}
