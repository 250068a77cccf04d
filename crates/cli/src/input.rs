//! Reading documents: whole files, standard input, or JSON Lines records.

use std::io::{self, BufRead, Read};
use std::path::Path;

use anyhow::Context;
use nutgraf::dates::Reference;
use nutgraf::tokenize::Excerpt;
use serde::Deserialize;

/// One document to analyse.
#[derive(Debug)]
pub struct Doc {
    pub id: Option<String>,
    pub text: String,
    /// The document's date (and time) from its JSONL record.
    pub date: Option<Reference>,
}

/// A JSONL input record: `{"id", "text", "date"?}`; other fields are ignored. The fields
/// are read as any JSON value and checked afterwards, so that a record whose `text` or
/// `date` has the wrong type is still reported with its `id`.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<serde_json::Value>,
}

/// The JSON type of a value, for messages.
fn type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Why one input (a file or a JSONL line) could not be read.
#[derive(Debug)]
pub struct InputError {
    /// Where: `FILE`, or `FILE:LINE`.
    pub location: String,
    /// The 1-based line of a JSONL input, if the error is about one line.
    pub line: Option<usize>,
    /// The record's id, if it could be read (from a line that is no valid JSON too, when
    /// it starts with a readable `"id"`).
    pub id: Option<String>,
    pub message: String,
    /// The first bytes of a bad JSONL line (at most [`EXCERPT_BYTES`], cut at a character
    /// boundary), so that a record can be found in a large input.
    pub excerpt: Option<String>,
}

/// How much of a bad line an error record quotes.
pub const EXCERPT_BYTES: usize = 80;

/// The first [`EXCERPT_BYTES`] of a line, invalid UTF-8 replaced, cut at a character boundary.
pub fn excerpt(bytes: &[u8]) -> String {
    let head = bytes.get(..bytes.len().min(EXCERPT_BYTES + 3)).unwrap_or(bytes);
    let text = String::from_utf8_lossy(head);
    let mut end = text.len().min(EXCERPT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("").to_owned()
}

/// The `id` of a record that is no valid JSON as a whole, when its line has a JSON string
/// `"id": "…"` (of at most 1,000 bytes) that can be read: `{"id": "a-17", "text": "cut sh`.
pub fn recover_id(bytes: &[u8]) -> Option<String> {
    let at = bytes.windows(4).take(4096).position(|w| w == b"\"id\"")?;
    let rest = bytes.get(at + 4..)?;
    let skip = |r: &[u8]| r.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(r.len());
    let rest = rest.get(skip(rest)..)?.strip_prefix(b":")?;
    let rest = rest.get(skip(rest)..)?;
    if rest.first() != Some(&b'"') {
        return None;
    }
    // The closing quote: the first one not escaped.
    let mut k = 1;
    while k < rest.len().min(1002) {
        match rest[k] {
            b'\\' => k += 2,
            b'"' => {
                let quoted = std::str::from_utf8(rest.get(..=k)?).ok()?;
                return serde_json::from_str(quoted).ok();
            }
            _ => k += 1,
        }
    }
    None
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Reads a whole file (or standard input for `-`) as one document.
pub fn read_whole(path: &str) -> anyhow::Result<Result<Doc, InputError>> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes).context("cannot read standard input")?;
    } else {
        bytes = std::fs::read(Path::new(path)).with_context(|| format!("cannot read {path}"))?;
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => Ok(Doc { id: Some(path.to_owned()), text, date: None }),
        Err(e) => Err(InputError {
            location: path.to_owned(),
            line: None,
            id: None,
            message: format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
            excerpt: None,
        }),
    })
}

/// Calls `f` for every line of a JSONL source: a document, or the reason the line is bad.
/// Empty lines are skipped. Stops early only on an I/O error.
pub fn for_each_jsonl(
    path: &str,
    mut f: impl FnMut(Result<Doc, InputError>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(io::BufReader::new(io::stdin().lock()))
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("cannot open {path}"))?;
        Box::new(io::BufReader::new(file))
    };
    let name = if path == "-" { "<stdin>" } else { path };
    for_each_line(reader, name, &mut f)
}

fn for_each_line(
    mut reader: impl BufRead,
    name: &str,
    f: &mut impl FnMut(Result<Doc, InputError>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    // Stops between lines when the user interrupts.
    while !crate::interrupted() {
        buf.clear();
        let n =
            reader.read_until(b'\n', &mut buf).with_context(|| format!("cannot read {name}"))?;
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        f(parse_line(&buf, name, line_no))?;
    }
    Ok(())
}

/// Parses one JSONL line.
pub fn parse_line(bytes: &[u8], name: &str, line_no: usize) -> Result<Doc, InputError> {
    let err = |id: Option<String>, message: String| InputError {
        location: format!("{name}:{line_no}"),
        line: Some(line_no),
        id,
        message,
        excerpt: Some(excerpt(bytes)),
    };
    let line = std::str::from_utf8(bytes).map_err(|e| {
        err(recover_id(bytes), format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))
    })?;
    let record: Record = serde_json::from_str(line.trim_end()).map_err(|e| {
        err(recover_id(bytes), format!("invalid JSON: {}", Excerpt::new(&e.to_string())))
    })?;
    let id = record.id.and_then(|v| match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    });
    let text = match record.text {
        Some(serde_json::Value::String(s)) => s,
        None | Some(serde_json::Value::Null) => {
            return Err(err(id, "missing \"text\" field".to_owned()));
        }
        Some(other) => {
            return Err(err(id, format!("\"text\" must be a string, not {}", type_name(&other))));
        }
    };
    let date = match record.date {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => match parse_date(&s) {
            Ok(d) => Some(d),
            Err(e) => return Err(err(id, e)),
        },
        Some(other) => {
            let message = format!("\"date\" must be a string ({FORMS}), not {}", type_name(&other));
            return Err(err(id, message));
        }
    };
    Ok(Doc { id, text, date })
}

/// The forms of a document date, for messages.
pub const FORMS: &str = "YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS], optionally with Z or ±HH:MM";

/// Parses a document date: exactly `YYYY-MM-DD`, or a date and time `YYYY-MM-DDTHH:MM[:SS]`
/// with an optional `Z` or `±HH:MM` ([`Reference`]'s forms), a real day of the proleptic
/// Gregorian calendar and a real time (no other forms, however a date library would read
/// them).
pub fn parse_date(s: &str) -> Result<Reference, String> {
    s.parse::<Reference>().map_err(|e| {
        let detail = e.reason().map(|r| format!(" ({r})")).unwrap_or_default();
        format!("invalid \"date\" {:?}: expected {FORMS}{detail}", Excerpt::new(s))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(input: &[u8]) -> Vec<Result<Doc, InputError>> {
        let mut out = Vec::new();
        for_each_line(input, "in.jsonl", &mut |d| {
            out.push(d);
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn bad_lines_are_reported_with_their_number_and_the_rest_still_read() {
        let input = b"{\"id\":\"a\",\"text\":\"One.\"}\n\n{\"id\":\"b\"\n\xff\xfe\n{\"id\":7,\"title\":\"x\"}\n{\"text\":\"Two.\"}\n";
        let docs = collect(input);
        assert_eq!(docs.len(), 5);
        assert_eq!(docs[0].as_ref().unwrap().id.as_deref(), Some("a"));
        let e = docs[1].as_ref().unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.to_string().starts_with("in.jsonl:3: invalid JSON"), "{e}");
        let e = docs[2].as_ref().unwrap_err();
        assert_eq!(e.to_string(), "in.jsonl:4: invalid UTF-8 at byte 0 of the line");
        let e = docs[3].as_ref().unwrap_err();
        assert_eq!(e.id.as_deref(), Some("7"));
        assert!(e.message.contains("missing \"text\""));
        assert_eq!(docs[4].as_ref().unwrap().text, "Two.");
    }

    #[test]
    fn a_record_with_a_field_of_the_wrong_type_keeps_its_id() {
        let input = b"{\"id\":\"a\",\"text\":5}\n{\"id\":\"b\",\"text\":\"x\",\"date\":20240618}\n{\"id\":\"c\",\"text\":[\"x\"]}\n";
        let docs = collect(input);
        let e = docs[0].as_ref().unwrap_err();
        assert_eq!(
            (e.id.as_deref(), e.message.as_str()),
            (Some("a"), "\"text\" must be a string, not a number")
        );
        let e = docs[1].as_ref().unwrap_err();
        assert_eq!(e.id.as_deref(), Some("b"));
        assert_eq!(e.message, format!("\"date\" must be a string ({FORMS}), not a number"));
        let e = docs[2].as_ref().unwrap_err();
        assert_eq!(
            (e.id.as_deref(), e.message.as_str()),
            (Some("c"), "\"text\" must be a string, not an array")
        );
    }

    #[test]
    fn only_the_documented_date_forms_are_accepted() {
        let day = parse_date("2024-06-18").unwrap();
        assert_eq!(day.date, Some(nutgraf::dates::Date::new(2024, 6, 18).unwrap()));
        assert_eq!(day.time, None);
        assert!(parse_date(" 2024-06-18\n").is_ok());
        let at = parse_date("2024-06-18T09:30+02:00").unwrap();
        assert_eq!(at.to_string(), "2024-06-18T09:30:00+02:00");
        assert_eq!(parse_date("2024-06-18T00:00:05Z").unwrap().to_string(), "2024-06-18T00:00:05Z");
        for bad in [
            "20240618",
            "2024-06-18 12:00",
            "+002024-06-18",
            "2024-6-18",
            "18/06/2024",
            "2024-06-18T9:00",
            "2024-06-18T09:00+0200",
            "",
        ] {
            let e = parse_date(bad).unwrap_err();
            assert!(e.ends_with(&format!("expected {FORMS}")), "{bad:?}: {e}");
        }
        assert!(
            parse_date("2010-02-30")
                .unwrap_err()
                .starts_with(&format!("invalid \"date\" \"2010-02-30\": expected {FORMS} ("))
        );
    }

    #[test]
    fn a_long_bad_field_is_cut_in_the_message() {
        let date = "9".repeat(1 << 20);
        let line = format!("{{\"id\":\"a\",\"text\":\"x\",\"date\":\"{date}\"}}");
        let e = parse_line(line.as_bytes(), "in.jsonl", 1).unwrap_err();
        assert!(e.message.len() < 200, "{} bytes", e.message.len());
        assert!(e.message.contains("… (1048576 bytes)"), "{}", e.message);
        let junk = format!("{{\"text\": {}", "x".repeat(1 << 20));
        let e = parse_line(junk.as_bytes(), "in.jsonl", 2).unwrap_err();
        assert!(e.message.len() < 200, "{}", e.message);
    }
}
