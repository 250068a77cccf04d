//! Lists: TSV and JSON loading, errors with line numbers, later sources winning.

use nutgraf_gazetteer::{CaseMode, EntityKind, Entry, ErrorKind, Gazetteer, How, WordClass};
use nutgraf_tokenize::Excerpt;

fn ids(g: &Gazetteer, text: &str) -> Vec<(String, EntityKind, String)> {
    g.find(text).into_iter().map(|m| (m.text(text).to_owned(), m.kind, m.id)).collect()
}

#[test]
fn tsv_entries_with_aliases_and_attributes() {
    let list = "# a comment\n\
                \n\
                organization\tAcme Corporation\tAcme Corp.\tAcme|ACME\tcc=US;role=company\n\
                place\tSpringfield, Illinois\tSpringfield\t\tcc=US;pop=114394;prior=5.1;context=illinois\n\
                given\tZorbulat|Quixa\n";
    let g = Gazetteer::builder().add_reader(list.as_bytes()).unwrap().build().unwrap();
    assert_eq!(g.len(), 2);
    assert_eq!(
        ids(&g, "ACME moved to Springfield."),
        [
            ("ACME".into(), EntityKind::Organization, "Acme Corporation".into()),
            ("Springfield".into(), EntityKind::Place, "Springfield, Illinois".into()),
        ]
    );
    let e = &g.lookup("acme")[0];
    assert_eq!(e.name, "Acme Corp.");
    assert_eq!(e.country.as_deref(), Some("US"));
    assert_eq!(e.role.as_deref(), Some("company"));
    assert_eq!(e.ticker, None);
    let s = &g.lookup("Springfield")[0];
    assert_eq!(s.population, Some(114_394));
    assert_eq!(s.context, ["illinois"]);
    // Given names from the list make person names.
    let found = g.find("Then Quixa Vantablack spoke.");
    assert_eq!(found[0].id, "Quixa Vantablack");
    assert_eq!(found[0].how, How::Pattern);
}

#[test]
fn tsv_errors_name_the_line() {
    let cases: &[(&str, usize, &str)] = &[
        ("place\tParis\nplanet\tMars\n", 2, "unknown kind \"planet\""),
        ("\n\nplace\n", 3, "missing id and name"),
        ("place\tParis\t\t\tpop=many\n", 1, "population \"many\" is not a whole number"),
        ("place\tParis\t\t\tcolour=blue\n", 1, "unknown attribute \"colour\""),
        ("place\tParis\t\t\tcc\n", 1, "attribute \"cc\" is not key=value"),
        ("place\tParis\t\t\tcase=loud\n", 1, "case \"loud\""),
        ("place\tParis\t\t\tprior=high\n", 1, "prior \"high\" is not a number"),
        ("# ok\ngiven\n", 2, "given line without words"),
        ("place\tA\tB\tC\tcc=FR\textra\n", 1, "more than five tab-separated columns"),
    ];
    for (list, line, message) in cases {
        let err = Gazetteer::builder().add_reader(list.as_bytes()).unwrap_err();
        match err.kind() {
            ErrorKind::Parse { line: l, message: m } => {
                assert_eq!(l, line, "{list:?}");
                assert!(m.contains(message), "{m:?} should contain {message:?}");
            }
            other => panic!("{list:?}: unexpected error {other:?}"),
        }
        assert!(err.to_string().starts_with(&format!("line {line}: ")));
    }
    let err = Gazetteer::builder().add_reader(&b"place\tA\xff\n"[..]).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { .. }), "{err:?}");
    assert_eq!(err.to_string(), "cannot read list: line 1: not UTF-8");
}

#[test]
fn later_sources_win_for_the_same_surface_form() {
    let first = "place\tJordan\t\t\tcc=JO\nplace\tAmman\n";
    let second = "person\tJordan Peterson\tJordan Peterson\tJordan\n";
    let g = Gazetteer::builder()
        .add_reader(first.as_bytes())
        .unwrap()
        .add_reader(second.as_bytes())
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(
        ids(&g, "Jordan flew to Amman."),
        [
            ("Jordan".into(), EntityKind::Person, "Jordan Peterson".into()),
            ("Amman".into(), EntityKind::Place, "Amman".into()),
        ]
    );
    // The same form added in one source keeps both entries as candidates.
    let both = "place\tJordan\t\t\tprior=2\nperson\tJordan Peterson\t\tJordan\tprior=1\n";
    let g = Gazetteer::builder().add_reader(both.as_bytes()).unwrap().build().unwrap();
    assert_eq!(g.lookup("Jordan").len(), 2);
    assert_eq!(ids(&g, "Jordan")[0].1, EntityKind::Place);
    // Entries added with `add` after a list form a newer source; case and quotes fold.
    let g = Gazetteer::builder()
        .add_reader(first.as_bytes())
        .unwrap()
        .add(Entry::new("JORDAN Inc.", EntityKind::Organization).alias("jordan"))
        .build()
        .unwrap();
    assert_eq!(ids(&g, "Jordan")[0].1, EntityKind::Organization);
}

#[test]
fn defaults_can_be_overridden() {
    let g = Gazetteer::builder()
        .add_defaults()
        .add(Entry::new("Paris Hilton", EntityKind::Person).alias("Paris"))
        .build()
        .unwrap();
    assert_eq!(ids(&g, "Paris")[0], ("Paris".into(), EntityKind::Person, "Paris Hilton".into()));
    assert_eq!(ids(&g, "Berlin")[0].2, "Berlin");
}

#[test]
fn case_modes() {
    let g = Gazetteer::builder()
        .add(Entry::new("NATO", EntityKind::Organization))
        .add(Entry::new("Turkey", EntityKind::Place))
        .add(Entry::new("eBay", EntityKind::Organization).case(CaseMode::Insensitive))
        .add(Entry::new("Apple", EntityKind::Organization).case(CaseMode::Exact))
        // Lexical matches only: the rules would find `APPLE` as an unknown acronym.
        .rules(false)
        .build()
        .unwrap();
    let found = |t: &str| ids(&g, t).into_iter().map(|x| x.0).collect::<Vec<_>>();
    assert_eq!(found("NATO nato Nato"), ["NATO"]);
    assert_eq!(found("Turkey turkey TURKEY"), ["Turkey", "TURKEY"]);
    assert_eq!(found("EBAY ebay"), ["EBAY", "ebay"]);
    assert_eq!(found("Apple APPLE apple"), ["Apple"]);
}

#[test]
fn word_classes_and_switches() {
    let g = Gazetteer::builder()
        .add(Entry::new("March", EntityKind::Place))
        .add_words(WordClass::StopWord, ["march"])
        .add_words(WordClass::GivenName, ["Zorbulat"])
        .build()
        .unwrap();
    assert!(g.find("In March.").is_empty());
    let g2 = Gazetteer::builder()
        .add(Entry::new("March", EntityKind::Place))
        .add_words(WordClass::StopWord, ["march"])
        .stop_list(false)
        .rules(false)
        .build()
        .unwrap();
    assert_eq!(g2.find("In March.").len(), 1);
    assert_eq!(g.find("Zorbulat Quenby left.")[0].id, "Zorbulat Quenby");
    assert!(g2.find("Zorbulat Quenby left.").is_empty());
}

#[test]
fn json_lists() {
    let json = r#"[
        {"id": "Acme Corporation", "name": "Acme", "kind": "organization", "aliases": ["ACME"]},
        {"name": "Springfield", "kind": "place", "country": "US", "population": 114394}
    ]"#;
    let g = Gazetteer::builder().add_json_reader(json.as_bytes()).unwrap().build().unwrap();
    assert_eq!(ids(&g, "Acme in Springfield")[1].2, "Springfield");
    assert_eq!(g.lookup("ACME")[0].id, "Acme Corporation");
    let bad = "[\n  {\"id\": \"A\", \"kind\": \"planet\"}\n]";
    let err = Gazetteer::builder().add_json_reader(bad.as_bytes()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Json { line: 2, .. }), "{err:?}");
    assert!(err.to_string().starts_with("line 2, column"));
}

#[test]
fn an_entry_needs_a_name() {
    let err = Gazetteer::builder().add(Entry::new("", EntityKind::Place)).build().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::EmptyEntry { .. }));
    assert_eq!(err.to_string(), "entry \"\" has no name or alias to match");
}

#[cfg(feature = "serde")]
#[test]
fn mentions_serialize() {
    let g = Gazetteer::new();
    let m = &g.find("Putin spoke.")[0];
    let v = serde_json::to_value(m).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"span": {"start": 0, "end": 5}, "kind": "person",
            "id": "Vladimir Putin", "name": "Vladimir Putin", "how": "alias"})
    );
}

/// A distinct capitalised word for each number: `Qa`, `Qb`, …, `Qaa`, ….
fn word(mut i: usize) -> String {
    let mut w = String::from("Q");
    loop {
        w.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return w;
        }
    }
}

#[test]
fn many_aliases_on_one_entry_load_in_linear_time() {
    // Every alias twice (once padded with spaces) and the name again among them: the loaders
    // keep the first occurrence of each form, in order, and all of them match.
    const N: usize = 100_000;
    let unique: Vec<String> = (0..N).map(|i| format!("Acme {}", word(i))).collect();
    let mut aliases = Vec::with_capacity(2 * N + 1);
    for (i, a) in unique.iter().enumerate() {
        aliases.push(a.clone());
        if i % 2 == 0 {
            aliases.push(format!("  {a} "));
        }
        if i == N / 2 {
            aliases.push("Acme Corporation".to_owned());
        }
    }
    for a in unique.iter().rev().step_by(3) {
        aliases.push(a.clone());
    }
    let tsv = format!("organization\tAcme Corporation\t\t{}\n", aliases.join("|"));
    let json = serde_json::json!([
        {"id": "Acme Corporation", "kind": "organization", "aliases": aliases}
    ])
    .to_string();
    let text = unique.join(", ");
    for (format, g) in [
        ("TSV", Gazetteer::builder().add_reader(tsv.as_bytes()).unwrap().rules(false).build()),
        (
            "JSON",
            Gazetteer::builder().add_json_reader(json.as_bytes()).unwrap().rules(false).build(),
        ),
    ] {
        let g = g.unwrap();
        assert_eq!(g.len(), 1, "{format}");
        let entry = &g.lookup("Acme Corporation")[0];
        assert!(entry.aliases == unique, "{format}: the aliases are the distinct forms, in order");
        let found = g.find(&text);
        assert_eq!(found.len(), N, "{format}");
        assert!(found.iter().all(|m| m.id == "Acme Corporation"), "{format}");
        assert_eq!(found[N - 1].text(&text), unique[N - 1], "{format}");
    }
}

#[test]
fn a_long_bad_field_is_cut_in_the_message() {
    // A 1 MB bad field in every place a message quotes one: the message shows 80 bytes of it
    // and its length, and still says what is wrong and where.
    let long = "x".repeat(1_000_000);
    let x80 = "x".repeat(80);
    let cut = format!("\"{x80}\"… (1000000 bytes)");
    let cases = [
        (format!("{long}\tParis\n"), format!("line 1: unknown kind {cut} (expected person,")),
        (format!("place\tParis\t\t\tpop={long}\n"), format!("line 1: population {cut} is not a")),
        (format!("place\tParis\t\t\tprior={long}\n"), format!("line 1: prior {cut} is not a")),
        (format!("place\tParis\t\t\tcase={long}\n"), format!("line 1: case {cut} (expected auto")),
        (format!("place\tParis\t\t\t{long}=1\n"), format!("line 1: unknown attribute {cut} (")),
        (format!("place\tParis\t\t\t{long}\n"), format!("line 1: attribute {cut} is not key=")),
    ];
    for (list, start) in &cases {
        let message = Gazetteer::builder().add_reader(list.as_bytes()).unwrap_err().to_string();
        assert!(message.starts_with(start.as_str()), "{:?}", Excerpt::new(&message));
        assert!(message.len() < 300, "{:?}", Excerpt::new(&message));
    }
    // JSON: the parser's messages quote values and fields whole; they are cut the same way.
    let json_cases = [
        (
            format!(r#"[{{"name": "A", "kind": "{long}"}}]"#),
            format!("unknown variant `{x80}`… (1000000 bytes), expected one of `person`"),
        ),
        (
            format!(r#"[{{"name": "A", "case": "{long}"}}]"#),
            format!("unknown variant `{x80}`… (1000000 bytes), expected one of `auto`"),
        ),
        (
            format!(r#"[{{"name": "A", "population": "{long}"}}]"#),
            format!("invalid type: string {cut}, expected u64"),
        ),
        (
            format!(r#"[{{"name": "{long}", "aliases": "{long}"}}]"#),
            format!("invalid type: string {cut}, expected a sequence"),
        ),
        (
            format!(r#"["{long}"]"#),
            format!("invalid type: string {cut}, expected a gazetteer entry"),
        ),
    ];
    for (list, end) in &json_cases {
        let err = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("line 1, column "), "{:?}", Excerpt::new(&message));
        assert!(
            message.contains(&format!("invalid JSON list: entry at index 0: {end}")),
            "{message}"
        );
        assert!(message.len() < 300, "{message}");
    }
    let err = Gazetteer::builder().add_json_reader(format!(r#""{long}""#).as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "line 1, column 1000002: invalid JSON list: invalid type: string {cut}, expected an \
             array of gazetteer entries"
        )
    );
    // A quote inside the field throws the quoting off: the message is cut as a whole.
    let list = format!(r#"[{{"name": "A", "population": "`{long}"}}]"#);
    let message = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err().to_string();
    assert!(message.len() < 300, "{:?}", Excerpt::new(&message));
    // The kind keeps the whole id; its message does not.
    let spaces = " ".repeat(1_000_000);
    let err = Gazetteer::builder().add(Entry::new(&spaces, EntityKind::Place)).build().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::EmptyEntry { id } if *id == spaces));
    assert_eq!(
        err.to_string(),
        format!("entry \"{}\"… (1000000 bytes) has no name or alias to match", " ".repeat(80))
    );
}

#[test]
fn a_json_entry_without_name_says_where_it_is() {
    // Neither an id nor a name (blank ones count as missing): the message gives the entry's
    // index in the array and the position of its closing brace, and nothing of the list is
    // added.
    let list =
        "[\n  {\"name\": \"Acme\"},\n  {\"kind\": \"place\", \"aliases\": [\"Zorbulat\"]}\n]";
    let err = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::Json {
            line: 3,
            column: 44,
            message: "entry at index 1: missing id and name".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "line 3, column 44: invalid JSON list: entry at index 1: missing id and name"
    );
    let list = "[{\"id\": \" \", \"name\": \"\\u001f\", \"aliases\": [\"Zorbulat\"]}]";
    let err = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1, column 55: invalid JSON list: entry at index 0: missing id and name"
    );
    // Errors between entries name no entry; errors inside one do.
    let cases = [
        (
            "[{\"name\": \"A\"} {\"name\": \"B\"}]",
            "line 1, column 16: invalid JSON list: expected `,` or `]`",
        ),
        (
            "[\n{\"name\": \"A\"},\n{\"name\": 5}]",
            "line 3, column 11: invalid JSON list: entry at index 1: invalid type: integer `5`, expected a string",
        ),
        (
            "[\"Acme\"]",
            "line 1, column 7: invalid JSON list: entry at index 0: invalid type: string \"Acme\", expected a gazetteer entry (an object)",
        ),
    ];
    for (list, message) in cases {
        let err = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err();
        assert_eq!(err.to_string(), message);
    }
}

#[test]
fn an_unknown_json_field_is_refused_with_its_entry() {
    // A typo would drop the aliases: the list is refused, naming the field, the entry's index
    // and the position just after the field (its colon).
    let list =
        "[\n  {\"name\": \"Acme\"},\n  {\"name\": \"Zorbulat Inc\", \"alias\": [\"Zorbulat\"]}\n]";
    let err = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 3, column 35: invalid JSON list: entry at index 1: unknown field `alias`, expected \
         one of `id`, `name`, `kind`, `aliases`, `country`, `population`, `parent`, `role`, \
         `ticker`, `case`, `prior`, `context`"
    );
    assert!(matches!(err.kind(), ErrorKind::Json { line: 3, column: 35, .. }));
    // A long field name is cut.
    let list = format!("[{{\"name\": \"Acme\", \"{}\": 1}}]", "x".repeat(1_000_000));
    let message = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!(
            "line 1, column 1000021: invalid JSON list: entry at index 0: unknown field `{}`… \
             (1000000 bytes), expected one of `id`",
            "x".repeat(80)
        )),
        "{:?}",
        Excerpt::new(&message)
    );
    // Every field an entry serializes is known: entries round-trip through a JSON list.
    let full = Entry::new("Springfield", EntityKind::Place)
        .id("Springfield, Illinois")
        .alias("Springfield, IL")
        .country("US")
        .population(114_394)
        .parent("Illinois")
        .role("city")
        .case(CaseMode::Capitalized)
        .prior(5.1)
        .context("illinois");
    let defaults: Vec<Entry> = Gazetteer::new().entries().take(500).collect();
    let mut entries = vec![full, Entry::new("Acme", EntityKind::Organization)];
    entries.extend(defaults);
    let json = serde_json::to_string(&entries).unwrap();
    let g = Gazetteer::builder().add_json_reader(json.as_bytes()).unwrap().build().unwrap();
    assert_eq!(g.entries().collect::<Vec<_>>(), entries);
}

#[test]
fn forms_sharing_a_long_prefix_build_in_linear_time() {
    // Two forms of thousands of the same word, one a prefix of the other: the trie tells
    // prefixes apart without comparing them word by word at every depth.
    const N: usize = 20_000;
    let long = vec!["Zorb"; N].join(" ");
    let tsv = format!("person\tZorb Zorb\t\t{long}|{long} Zap\n");
    let g = Gazetteer::builder().add_reader(tsv.as_bytes()).unwrap().rules(false).build().unwrap();
    let text = format!("It was {long} Zap, then {long}.");
    let found: Vec<usize> =
        g.find(&text).iter().map(|m| m.text(&text).split(' ').count()).collect();
    assert_eq!(found, [N + 1, N]);
}

#[test]
fn a_form_shared_by_more_than_64_entries_is_found_without_overflow() {
    // Found by fuzzing: the readings of a form are checked 64 at a time; the 65th and later
    // were then tested against a mask that has no bit for them.
    let tsv: String = (0..100).map(|i| format!("person\tP{i}\t\tAcme\n")).collect();
    let g = Gazetteer::builder().add_reader(tsv.as_bytes()).unwrap().rules(false).build().unwrap();
    let text = "Acme said so.";
    let found = g.find(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text(text), "Acme");
    assert!(found[0].id.starts_with('P'));
}

#[test]
fn tickers_load_from_tsv_and_json_and_the_embedded_lists() {
    let tsv = "organization\tZorbex Holdings\tZorbex\t\trole=company;ticker=ZRBX\n";
    let g = Gazetteer::builder().add_reader(tsv.as_bytes()).unwrap().build().unwrap();
    assert_eq!(g.lookup("Zorbex")[0].ticker.as_deref(), Some("ZRBX"));
    let json = r#"[{"name": "Quillan AG", "kind": "organization", "ticker": "QLN.DE"}]"#;
    let g = Gazetteer::builder().add_json_reader(json.as_bytes()).unwrap().build().unwrap();
    let e = &g.lookup("Quillan AG")[0];
    assert_eq!((e.ticker.as_deref(), e.role.as_deref()), (Some("QLN.DE"), None));
    let e = Entry::new("Zorbex", EntityKind::Organization).ticker("ZRBX");
    let g = Gazetteer::builder().add(e.clone()).build().unwrap();
    assert_eq!(g.lookup("Zorbex")[0], e);
    // The embedded lists: hand-written companies and those of the stock indices.
    let g = Gazetteer::new();
    let ticker = |form: &str| {
        g.lookup(form)
            .into_iter()
            .find(|e| e.kind == EntityKind::Organization)
            .and_then(|e| e.ticker)
    };
    assert_eq!(ticker("Apple").as_deref(), Some("AAPL"));
    assert_eq!(ticker("Coca-Cola").as_deref(), Some("KO"));
    assert_eq!(ticker("Rolls-Royce").as_deref(), Some("RR.L"));
    assert_eq!(ticker("WhatsApp"), None);
}
