//! Reading documents: whole files, standard input, or JSON Lines records.

use std::io::{self, BufRead, Read};
use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

/// One document to analyse.
#[derive(Debug)]
pub struct Doc {
    pub id: Option<String>,
    pub text: String,
    /// The document's date from its JSONL record.
    pub date: Option<nutgraf::dates::Date>,
}

/// A JSONL input record: `{"id", "text", "date"?}`.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// Why one input (a file or a JSONL line) could not be read.
#[derive(Debug)]
pub struct InputError {
    /// Where: `FILE`, or `FILE:LINE`.
    pub location: String,
    /// The 1-based line of a JSONL input, if the error is about one line.
    pub line: Option<usize>,
    /// The record's id, if it could be read.
    pub id: Option<String>,
    pub message: String,
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
    loop {
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
}

/// Parses one JSONL line.
pub fn parse_line(bytes: &[u8], name: &str, line_no: usize) -> Result<Doc, InputError> {
    let err = |id: Option<String>, message: String| InputError {
        location: format!("{name}:{line_no}"),
        line: Some(line_no),
        id,
        message,
    };
    let line = std::str::from_utf8(bytes)
        .map_err(|e| err(None, format!("invalid UTF-8 at byte {} of the line", e.valid_up_to())))?;
    let record: Record = serde_json::from_str(line.trim_end())
        .map_err(|e| err(None, format!("invalid JSON: {e}")))?;
    let id = record.id.map(|v| match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    let text = record.text.ok_or_else(|| err(id.clone(), "missing \"text\" field".to_owned()))?;
    let date = match record.date.as_deref().map(parse_date) {
        None => None,
        Some(Ok(d)) => Some(d),
        Some(Err(e)) => return Err(err(id, e)),
    };
    Ok(Doc { id, text, date })
}

/// Parses a document date, `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<nutgraf::dates::Date, String> {
    s.trim().parse().map_err(|e| format!("invalid \"date\" {s:?}: expected YYYY-MM-DD ({e})"))
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
}
