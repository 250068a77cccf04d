//! Integration tests for the `nutgraf` binary: real runs of the built executable.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn nutgraf(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutgraf"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        // A command that fails before reading all of its input closes the pipe: what it
        // says about that is in its output.
        if let Err(e) = input.write_all(bytes) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn json(out: &[u8]) -> Vec<serde_json::Value> {
    serde_json::Deserializer::from_slice(out).into_iter().map(Result::unwrap).collect()
}

#[test]
fn analyze_the_seed_article() {
    let out = nutgraf(&["analyze", "examples/data/seed_article.txt"], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let docs = json(&out.stdout);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["id"], "examples/data/seed_article.txt");
    let text = std::fs::read_to_string(root().join("examples/data/seed_article.txt")).unwrap();
    let sentences = doc["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 32);
    let first = &sentences[0];
    let (s, e) =
        (first["start"].as_u64().unwrap() as usize, first["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], "Site icon THE NEW INDIAN");
    // The possessive: one token, two words, UTF-8 byte offsets.
    let tokens = doc["tokens"].as_array().unwrap();
    let putin = tokens.iter().find(|t| t["start"] == 26).unwrap();
    assert_eq!(
        (putin["start"].as_u64(), putin["end"].as_u64(), putin["kind"].as_str()),
        (Some(26), Some(35), Some("word"))
    );
    let words = doc["words"].as_array().unwrap();
    assert!(words.iter().any(|w| w["start"] == 26 && w["end"] == 31));
    assert!(words.iter().any(|w| w["start"] == 31 && w["end"] == 35));
    assert!(words.len() > tokens.len());
}

#[test]
fn jsonl_input_keeps_ids_and_reports_bad_lines_without_stopping() {
    let input = b"{\"id\":\"a\",\"text\":\"One. Two.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Three.\",\"date\":\"2024-06-18\"}\n\xff\n{\"id\":\"c\"}\n";
    let out = nutgraf(&["analyze", "--jsonl-input", "--format", "jsonl", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1), "bad lines make the exit code non-zero");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "one output line per input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[3]["line"], 4);
    assert_eq!(lines[3]["error"], "invalid UTF-8 at byte 0 of the line");
    assert_eq!(lines[4]["id"], "c");
    assert_eq!(lines[4]["error"], "missing \"text\" field");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("<stdin>:2: invalid JSON"), "{stderr}");
    assert!(stderr.contains("<stdin>:4: invalid UTF-8"), "{stderr}");
}

#[test]
fn invalid_utf8_file_is_named_and_other_files_still_run() {
    let dir = std::env::temp_dir().join(format!("nutgraf-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Hello \xc3\x28 world").unwrap();
    let bad = bad.to_str().unwrap();
    let out =
        nutgraf(&["analyze", "--format", "jsonl", bad, "examples/data/seed_article.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(&format!("{bad}: invalid UTF-8 at byte 6")), "{stderr}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let out = nutgraf(&["analyze", "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("nutgraf: cannot read no/such/file.txt"), "{stderr}");
}

#[test]
fn eval_sbd_counts_exact_cases() {
    let out = nutgraf(
        &["eval", "sbd", "--gold", "crates/cli/tests/data/golden_mini.jsonl", "--json"],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = &json(&out.stdout)[0];
    assert_eq!(report["cases"], 3);
    // The third gold case removed a newline from the text: offsets can never match it.
    assert_eq!(report["exact"], 2);
    assert_eq!(report["pysbd48"]["exact"], 1);
}

#[test]
fn eval_timex_cases_scores_plain_cases_options_and_negatives() {
    let out = nutgraf(
        &[
            "eval",
            "timex-cases",
            "--gold",
            "crates/cli/tests/data/timex_cases_mini.jsonl",
            "--json",
        ],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = &json(&out.stdout)[0];
    assert_eq!(report["kind"], "timex-cases");
    // Three plain cases, all right: a numeric date, a casual day against the reference's
    // date, a month range by its first month and its end.
    assert_eq!(
        (report["plain"]["right"].as_u64(), report["plain"]["total"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(report["options_or_variant"]["total"], 1);
    assert_eq!(
        (report["negatives"]["right"].as_u64(), report["negatives"]["total"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(report["forms"]["casual_day"]["right"], 1);
}

#[test]
fn eval_tokens_scores_tokens_words_and_sentences() {
    let out = nutgraf(
        &["eval", "tokens", "--gold", "crates/cli/tests/data/ud_mini.jsonl", "--json"],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = &json(&out.stdout)[0];
    for layer in ["tokens", "words", "sentences"] {
        assert_eq!(report[layer]["f1"], 1.0, "{layer}: {}", report[layer]);
    }
    assert_eq!(report["words"]["gold"], 15);
}

#[test]
fn eval_pipeline_scores_the_seed_article_through_the_default_pipeline() {
    let gold = "tests/data/seed_article.gold.json";
    let run = |kind: &str| {
        let out = nutgraf(&["eval", kind, "--pipeline", "--gold", gold, "--json"], None);
        assert!(out.status.success(), "{kind}: {}", String::from_utf8_lossy(&out.stderr));
        json(&out.stdout).remove(0)
    };
    let ner = run("ner");
    assert!(ner["micro"]["f1"].as_f64().unwrap() >= 0.95, "{}", ner["micro"]);
    for t in ["PER", "LOC"] {
        assert_eq!(ner["types"][t]["recall"], 1.0, "{t}: {}", ner["types"][t]);
    }
    assert_eq!(ner["ids"]["accuracy"], 1.0);
    let timex = run("timex");
    assert_eq!(timex["strict"]["f1"], 1.0, "{}", timex["strict"]);
    assert_eq!(timex["value"]["f1"], 1.0, "{}", timex["value"]);
    // Boilerplate comes from the sections stage here, not from the gold file's list.
    let claims = run("claims");
    assert_eq!(claims["attributed"]["f1"], 1.0, "{}", claims["attributed"]);
    assert_eq!(claims["claims"]["recall"], 1.0, "{}", claims["claims"]);
    assert_eq!(claims["claimer_exact"]["accuracy"], 1.0);
    assert_eq!(claims["claimer_exact_trimmed"]["accuracy"], 1.0);
    assert_eq!(claims["cue_exact"]["accuracy"], 1.0);
    assert_eq!(claims["stance"]["accuracy"], 1.0);
}

#[test]
fn eval_pipeline_is_refused_for_the_tokenizer_metrics() {
    let out = nutgraf(
        &["eval", "sbd", "--pipeline", "--gold", "crates/cli/tests/data/golden_mini.jsonl"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("--pipeline applies to ner, timex and claims"), "{stderr}");
}

#[test]
fn a_malformed_gold_file_names_the_line() {
    let dir = std::env::temp_dir().join(format!("nutgraf-cli-gold-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = dir.join("gold.jsonl");
    std::fs::write(&gold, "{\"id\":\"x\",\"text\":\"A.\",\"sentences\":[\"A.\"]}\n{\"id\": 3}\n")
        .unwrap();
    let out = nutgraf(&["eval", "sbd", "--gold", gold.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("gold.jsonl:2: not a valid gold record"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn batch_keeps_input_order_across_threads_and_chunks() {
    // More lines than one chunk holds, with documents of very different lengths.
    let mut input = String::new();
    for i in 0..1500 {
        let text = "Word. ".repeat(1 + (i * 37) % 50);
        input.push_str(&serde_json::json!({"id": format!("doc-{i}"), "text": text}).to_string());
        input.push('\n');
    }
    let out = nutgraf(&["batch", "--threads", "2"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1500);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], format!("doc-{i}"));
        assert_eq!(line["sentences"].as_array().unwrap().len(), 1 + (i * 37) % 50);
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("nutgraf batch: 1500 documents, "), "{stderr}");
    assert!(stderr.trim_end().ends_with(", 0 errors"), "{stderr}");
}

#[test]
fn batch_puts_an_error_record_in_place_of_each_bad_line() {
    let input = b"{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\",\"text\":7}\n\n\xfe\xff\n{\"id\":\"c\",\"text\":\"Also fine.\"}\n{broken\n";
    let out = nutgraf(&["batch", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "the empty line is skipped, every other line answered");
    assert_eq!(lines[0]["id"], "a");
    // A field of the wrong type: the record keeps its id (it used to be lost).
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(lines[1]["error"], "\"text\" must be a string, not a number");
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[2]["error"], "invalid UTF-8 at byte 0 of the line");
    assert_eq!(lines[3]["id"], "c");
    assert_eq!(lines[4]["line"], 6);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(", 3 errors"), "{stderr}");
}

#[test]
fn batch_answers_a_big_line_in_place_and_skips_one_over_the_limit() {
    // A 9 MB line (mostly spaces, quick to analyse even in a debug build): over the size
    // that is analysed alone and streamed. The limit of 10 MB turns the 12 MB line into an
    // error record without reading it.
    let spaces = " ".repeat(9 << 20);
    let big = format!("The ministry said the plant was closed.{spaces}Officials said it was safe.");
    let huge = "x".repeat(12 << 20);
    let mut input = Vec::new();
    // The big line follows another in the same chunk of input, and is followed by others.
    for (id, text) in [
        ("a", "Fine."),
        ("big", big.as_str()),
        ("b", "Also fine."),
        ("huge", huge.as_str()),
        ("c", "Last."),
    ] {
        input.extend_from_slice(serde_json::json!({"id": id, "text": text}).to_string().as_bytes());
        input.push(b'\n');
    }
    let out = nutgraf(&["batch", "--max-line-mb", "10", "-"], Some(&input));
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let lines = json(&out.stdout);
    assert_eq!(lines.len(), 5);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap_or("")).collect();
    assert_eq!(ids, ["a", "big", "b", "", "c"]);
    let claimers: Vec<&str> = lines[1]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["claimer"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(claimers, ["The ministry", "Officials"]);
    assert_eq!(lines[3]["line"], 4);
    let error = lines[3]["error"].as_str().unwrap();
    assert!(error.starts_with("line of 12.6 MB is longer than --max-line-mb allows"), "{error}");
}

#[cfg(unix)]
#[test]
fn batch_stops_on_ctrl_c_after_whole_lines() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutgraf"))
        .args(["batch", "--threads", "1", "-"])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    for k in 0..300 {
        let text = format!("Officials said the plant number {k} was closed.");
        writeln!(input, "{}", serde_json::json!({"id": k, "text": text})).unwrap();
    }
    input.flush().unwrap();
    // The input stays open: the command waits for more when the signal comes.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    drop(input);
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.is_empty() || stdout.ends_with('\n'));
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["claims"].is_array(), "{line}");
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}

#[test]
fn batch_refuses_zero_threads() {
    let out = nutgraf(&["batch", "--threads", "0"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--threads must be at least 1"));
}

/// Headless Chromium, if installed: `NUTGRAF_CHROMIUM`, or `chromium` / `chromium-browser`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NUTGRAF_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|d| ["chromium", "chromium-browser"].map(|n| d.join(n)))
        .find(|p| p.is_file())
}

/// The DOM of an HTML file as headless Chromium parsed it.
fn dump_dom(
    browser: &std::path::Path,
    page: &std::path::Path,
    profile: &std::path::Path,
) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The text content of an HTML fragment: tags removed, entities decoded.
fn text_content(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[test]
fn the_html_view_of_the_seed_article_renders_in_a_browser() {
    let Some(browser) = chromium() else {
        assert!(std::env::var_os("NUTGRAF_CI").is_none(), "CI must have chromium (see .ci/run)");
        eprintln!(
            "skipped: no chromium on PATH (install Debian's chromium package to run this test)"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("nutgraf-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("seed.html");
    let out =
        nutgraf(&["html", "examples/data/seed_article.txt", "-o", page.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let dom = dump_dom(&browser, &page, &dir.join("profile"));

    // The article element holds exactly the original text: nothing lost, nothing added.
    let start = dom.find("<article>").expect("an <article> element") + "<article>".len();
    let end = dom[start..].find("</article>").unwrap() + start;
    let article = &dom[start..end];
    let text = std::fs::read_to_string(root().join("examples/data/seed_article.txt")).unwrap();
    assert_eq!(text_content(article), text);
    // The browser kept our structure: four boilerplate lines and the headline are marked.
    assert_eq!(article.matches("class=\"section boilerplate\"").count(), 4, "{article}");
    assert_eq!(article.matches("class=\"section headline\"").count(), 1);
    assert!(article.contains("data-section=\"headline\" data-start=\"26\" data-end=\"80\""));
    // Entities and claims are marked, with their ids and claimers.
    assert!(
        article.contains("class=\"ent ent-person\" title=\"person: Vladimir Putin (alias)\""),
        "{article}"
    );
    assert!(article.matches("class=\"claimer\"").count() >= 9);
    // Hovering a claimer shows its canonical entity.
    assert!(article.contains("title=\"claimer (organization) · Kremlin\""), "{article}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn brat_output_has_char_offsets_that_match_the_text() {
    let dir = std::env::temp_dir().join(format!("nutgraf-brat-{}", std::process::id()));
    let out = nutgraf(
        &[
            "analyze",
            "--format",
            "brat",
            "--out-dir",
            dir.to_str().unwrap(),
            "examples/data/seed_article.txt",
        ],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text: Vec<char> =
        std::fs::read_to_string(dir.join("seed_article.txt")).unwrap().chars().collect();
    let ann = std::fs::read_to_string(dir.join("seed_article.ann")).unwrap();
    let mut claimers = Vec::new();
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let parts: Vec<&str> = fields[1].split(' ').collect();
        let (s, e): (usize, usize) = (parts[1].parse().unwrap(), parts[2].parse().unwrap());
        let covered: String = text[s..e].iter().map(|&c| if c == '\n' { ' ' } else { c }).collect();
        assert_eq!(covered, fields[2], "{line}");
        if parts[0] == "Claimer" {
            claimers.push(fields[2].to_owned());
        }
    }
    assert!(claimers.contains(&"Pyongyang & Moscow".to_owned()), "{claimers:?}");
    assert!(ann.lines().any(|l| l.starts_with('R') && l.contains("ClaimedBy")));
    // Several documents on standard output would be ambiguous for a page format.
    let out = nutgraf(
        &[
            "analyze",
            "--format",
            "brat",
            "examples/data/seed_article.txt",
            "examples/data/seed_article.txt",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs --out-dir"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn text_summary_lists_claims_with_claimer_and_cue() {
    let out = nutgraf(&["analyze", "--format", "text", "examples/data/seed_article.txt"], None);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.starts_with("── examples/data/seed_article.txt\n32 sentences · sections: 1 headline,"),
        "{s}"
    );
    assert!(s.contains("headline: Putin’s historic visit to North Korea after 24 years"));
    assert!(s.contains("Pyongyang & Moscow [place] —deny→ (deny;"), "{s}");
    // The canonical entity of a claimer follows its kind.
    assert!(s.contains("Matthew Miller [person = Matthew Miller] —reiterated→"), "{s}");
    assert!(s.contains("the Kremlin [organization = Kremlin] —announced→"), "{s}");
    // The denial answers the claim it denies.
    assert!(s.contains("(deny; attributed; answers the claim at byte 1603)"), "{s}");
}

#[test]
fn user_gazetteer_lists_add_names_and_bad_lists_name_the_line() {
    let dir = std::env::temp_dir().join(format!("nutgraf-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("list.tsv");
    std::fs::write(
        &list,
        "# my outlets\norganization\tnew-indian\tThe New Indian\tTHE NEW INDIAN\n",
    )
    .unwrap();
    let out = nutgraf(
        &[
            "analyze",
            "--format",
            "jsonl",
            "--gazetteer",
            list.to_str().unwrap(),
            "examples/data/seed_article.txt",
        ],
        None,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = &json(&out.stdout)[0];
    let first = &doc["entities"][0];
    assert_eq!(
        (first["text"].as_str(), first["id"].as_str(), first["kind"].as_str()),
        (Some("THE NEW INDIAN"), Some("new-indian"), Some("organization"))
    );

    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "place\tx\tX\nplanet\tmars\tMars\n").unwrap();
    let out =
        nutgraf(&["batch", "--gazetteer", bad.to_str().unwrap()], Some(b"{\"text\":\"Mars.\"}\n"));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bad.tsv: line 2: unknown kind \"planet\""), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn prefer_chooses_which_way_dates_without_a_year_resolve() {
    let text = b"The board meets on Monday. The vote was in March.";
    let value = |prefer: &str| {
        let out = nutgraf(
            &["analyze", "--format", "jsonl", "--date", "2024-06-18", "--prefer", prefer, "-"],
            Some(text),
        );
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let doc = &json(&out.stdout)[0];
        let values: Vec<String> = doc["timexes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["value"].as_str().unwrap().to_owned())
            .collect();
        values
    };
    assert_eq!(value("tense"), ["2024-06-17", "2024-03"]);
    assert_eq!(value("future"), ["2024-06-24", "2025-03"]);
    assert_eq!(value("past"), ["2024-06-17", "2024-03"]);
    let out = nutgraf(&["analyze", "--prefer", "sideways", "-"], Some(text));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn dates_resolve_against_the_date_option_or_the_record_date() {
    let out = nutgraf(
        &["analyze", "--format", "jsonl", "--date", "2024-06-18", "-"],
        Some("He came last September.".as_bytes()),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc = &json(&out.stdout)[0];
    assert_eq!(doc["timexes"][0]["value"], "2023-09");
    assert_eq!(doc["timexes"][0]["text"], "last September");

    let input = b"{\"id\":\"a\",\"text\":\"He came last September.\",\"date\":\"2010-03-01\"}\n{\"id\":\"b\",\"text\":\"Yesterday.\",\"date\":\"2010-02-30\"}\n{\"id\":\"c\",\"text\":\"Yesterday.\"}\n";
    let out = nutgraf(&["batch", "--date", "2024-06-18"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["timexes"][0]["value"], "2009-09", "the record's date wins");
    assert_eq!(lines[1]["id"], "b");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("invalid \"date\" \"2010-02-30\": expected YYYY-MM-DD"),
        "{}",
        lines[1]
    );
    assert_eq!(
        lines[2]["timexes"][0]["value"], "2024-06-17",
        "--date applies to records without one"
    );

    let out = nutgraf(&["analyze", "--date", "18/06/2024", "examples/data/seed_article.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected YYYY-MM-DD"));
}

#[test]
fn a_date_with_a_time_resolves_amounts_under_a_day_to_the_minute() {
    let input = b"{\"id\":\"a\",\"text\":\"The polls closed 15 minutes ago.\",\"date\":\"2012-08-10T12:14:00-04:00\"}\n{\"id\":\"b\",\"text\":\"The polls closed 15 minutes ago.\"}\n{\"id\":\"c\",\"text\":\"x\",\"date\":\"2012-08-10T25:00\"}\n";
    let out = nutgraf(&["batch", "--date", "2012-08-10"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> =
        stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["timexes"][0]["value"], "2012-08-10T11:59");
    assert_eq!(lines[0]["timexes"][0]["type"], "TIME");
    assert_eq!(lines[1]["timexes"][0]["value"], "2012-08-10", "a date alone: the day");
    assert_eq!(lines[2]["id"], "c");
    assert!(lines[2]["error"].as_str().unwrap().contains("expected YYYY-MM-DD, YYYY-MM-DDTHH:MM"));

    let dir = std::env::temp_dir().join(format!("nutgraf-datetime-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("note.txt");
    std::fs::write(&file, "Results will come in 12 hours.").unwrap();
    let out = nutgraf(&["analyze", "--date", "2012-08-10T12:14Z", file.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(json(&out.stdout)[0]["timexes"][0]["value"], "2012-08-11T00:14");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn day_first_reads_numeric_dates_that_go_both_ways_day_first() {
    let dir = std::env::temp_dir().join(format!("nutgraf-day-first-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("uk.txt");
    std::fs::write(&file, "Polls close on 6/10/2018 and counting ends 13/10/2018.").unwrap();
    let path = file.to_str().unwrap();
    let values = |args: &[&str]| -> Vec<String> {
        let out = nutgraf(args, None);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        json(&out.stdout)[0]["timexes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["value"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(values(&["analyze", path]), ["2018-06-10", "2018-10-13"]);
    assert_eq!(values(&["analyze", "--day-first", path]), ["2018-10-06", "2018-10-13"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn layers_choose_the_fields_written_and_the_rest_is_unchanged() {
    let input =
        br#"{"id":"a","text":"Putin said on Monday that the talks went well.","date":"2024-06-18"}
{"id":"b","text":"Officials said prices rose."}
"#;
    let all = nutgraf(&["batch", "-q"], Some(input));
    let some = nutgraf(&["batch", "-q", "--layers", "entities,timexes,claims"], Some(input));
    assert!(all.status.success() && some.status.success());
    let (all, some) = (json(&all.stdout), json(&some.stdout));
    assert_eq!(all.len(), 2);
    for (a, s) in all.iter().zip(&some) {
        let mut keys: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["claims", "entities", "id", "timexes"]);
        for k in ["id", "entities", "timexes", "claims"] {
            assert_eq!(a[k], s[k], "{k}");
        }
    }
    assert_eq!(some[0]["timexes"][0]["value"], "2024-06-17");
    // The text view shows only the chosen layers.
    let text = nutgraf(
        &["analyze", "--format", "text", "--layers", "claims", "-"],
        Some(b"Putin said the talks went well."),
    );
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("entities: 0 mentions") && text.contains("claims: 1"), "{text}");
    // An unknown layer is refused with the list of the known ones.
    let bad = nutgraf(&["analyze", "--layers", "entities,entites", "-"], Some(b"x"));
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(err.contains("unknown layer \"entites\"") && err.contains("timexes"), "{err}");
}

#[test]
fn error_records_quote_the_bad_line_and_recover_its_id_and_exit_zero_keeps_them() {
    let long_text = "x".repeat(200);
    let input = format!(
        "{{\"id\": \"a-17\", \"text\": \"cut short\n{{\"id\":\"ok\",\"text\":\"Officials said prices rose.\"}}\n{{\"id\":\"b\",\"text\":\"{long_text}\n"
    );
    let out = nutgraf(&["batch", "-q"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let recs = json(&out.stdout);
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["id"], "a-17");
    assert_eq!(recs[0]["line"], 1);
    assert_eq!(recs[0]["excerpt"], "{\"id\": \"a-17\", \"text\": \"cut short");
    assert_eq!(recs[1]["id"], "ok");
    assert!(recs[1].get("error").is_none());
    // At most 80 bytes of the line.
    assert_eq!(recs[2]["id"], "b");
    assert_eq!(recs[2]["excerpt"].as_str().unwrap().len(), 80);
    // The same records, and exit code 0.
    let zero = nutgraf(&["batch", "-q", "--exit-zero"], Some(input.as_bytes()));
    assert_eq!(zero.status.code(), Some(0));
    assert_eq!(zero.stdout, out.stdout);
}

#[test]
fn boilerplate_lists_add_phrases_and_a_bad_list_names_its_line() {
    let dir = std::env::temp_dir().join(format!("nutgraf-bp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("site.txt");
    std::fs::write(&list, "# my site\nHelp us report\nTip jar$\n").unwrap();
    let text = b"Mayor opens park\n\nThe mayor opened the park.\n\nHELP US REPORT: give today\n\nTip jar\n";
    let out = nutgraf(
        &["analyze", "--layers", "sections", "--boilerplate", list.to_str().unwrap(), "-"],
        Some(text),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let kinds: Vec<String> = json(&out.stdout)[0]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["headline", "body", "boilerplate", "boilerplate"]);
    // Without the list the two lines are the article's.
    let plain = nutgraf(&["analyze", "--layers", "sections", "-"], Some(text));
    let sections = json(&plain.stdout)[0]["sections"].clone();
    assert!(sections.as_array().unwrap().iter().all(|s| s["kind"] != "boilerplate"));
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, format!("ok\n{}\n", "x".repeat(300))).unwrap();
    let out = nutgraf(&["analyze", "--boilerplate", bad.to_str().unwrap(), "-"], Some(b"x"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.txt:2: phrase longer than 200 characters"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn model_scores_leave_out_what_the_claims_found() {
    // By default a reported claim raises its sentence and background lowers its own; with
    // --model-scores every sentence has the model's probability alone.
    let scores = |args: &[&str]| -> Vec<f64> {
        let out = nutgraf(args, None);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        json(&out.stdout)[0]["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["checkworthiness"].as_f64().unwrap())
            .collect()
    };
    let seed = "examples/data/seed_article.txt";
    let news = scores(&["analyze", "--layers", "sentences", seed]);
    let model = scores(&["analyze", "--layers", "sentences", "--model-scores", seed]);
    assert_eq!(news.len(), model.len());
    let above = |s: &[f64]| s.iter().filter(|&&x| x >= 0.5).count();
    assert!(above(&news) <= 20, "{} sentences above 0.5", above(&news));
    assert!(above(&model) > above(&news), "{} vs {}", above(&model), above(&news));
    // `Media reports suggest she could be …`: a reported claim, below 0.5 to the model alone.
    let text = std::fs::read_to_string(root().join(seed)).unwrap();
    let doc = nutgraf(&["analyze", "--layers", "sentences", seed], None);
    let sentences = json(&doc.stdout)[0]["sentences"].as_array().unwrap().clone();
    let k = sentences
        .iter()
        .position(|s| {
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            text[a as usize..b as usize].starts_with("Media reports suggest")
        })
        .unwrap();
    assert!(news[k] >= 0.5 && model[k] < 0.5, "{} / {}", news[k], model[k]);
}
