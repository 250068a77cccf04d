//! Integration tests for the nutgraf facade: pipelines, stages, sections, output schema.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;

use nutgraf::{
    Analysis, Document, FnStage, Layer, Metadata, Pipeline, PipelineBuildError,
    PipelineBuildErrorKind, PipelineBuilder, Section, SectionKind, SectionsStage, Stage,
    StageError, TokenizeStage, from_fn,
};

fn assert_traits<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    assert_traits::<Document>();
    #[cfg(feature = "serde")]
    assert_traits::<nutgraf::AnalysisRef<'static>>();
    assert_traits::<Layer>();
    assert_traits::<Metadata>();
    assert_traits::<Section>();
    assert_traits::<SectionKind>();
    assert_traits::<SectionsStage>();
    assert_traits::<TokenizeStage>();
    assert_traits::<StageError>();
    assert_traits::<PipelineBuildError>();
    assert_traits::<Analysis>();
    assert_traits::<FnStage<fn(&mut Document) -> Result<(), StageError>>>();
    // Pipelines hold user stages behind `Arc<dyn Stage>`: shareable across threads.
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Pipeline>();
    send_sync::<PipelineBuilder>();
}

#[test]
fn one_pipeline_serves_many_threads() {
    let pipeline = Pipeline::default();
    let texts = ["One. Two.", "Headline here\n\nBody one. Body two.", "A? B! C."];
    let counts: Vec<usize> = std::thread::scope(|s| {
        let handles: Vec<_> =
            texts.iter().map(|t| s.spawn(|| pipeline.run(*t).unwrap().sentences().len())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(counts, [2, 3, 3]);
}

#[test]
fn a_stage_whose_input_comes_later_is_refused() {
    let needs_acronyms =
        from_fn("expand", [Layer::custom("acronym")], [], |_: &mut Document| Ok(()));
    let finds_acronyms =
        from_fn("acronyms", [Layer::Tokens], [Layer::custom("acronym")], |_: &mut Document| Ok(()));
    let err = Pipeline::builder()
        .stage(TokenizeStage::new())
        .stage(needs_acronyms)
        .stage(finds_acronyms)
        .build()
        .unwrap_err();
    assert_eq!(
        err.kind(),
        &PipelineBuildErrorKind::MissingLayer {
            stage: "expand".into(),
            position: 1,
            layer: Layer::custom("acronym")
        }
    );
    assert_eq!(
        err.to_string(),
        "stage \"expand\" (number 2) requires custom layer \"acronym\", which no earlier stage provides"
    );
}

#[test]
fn a_pipeline_is_a_stage_and_nests() {
    let inner = Pipeline::builder()
        .input(Layer::Tokens)
        .input(Layer::Sentences)
        .stage(SectionsStage::new())
        .build()
        .unwrap();
    assert_eq!(inner.requires(), [Layer::Tokens, Layer::Sentences]);
    assert_eq!(inner.provides(), [Layer::Sections]);
    let outer = Pipeline::builder().stage(TokenizeStage::new()).stage(inner).build().unwrap();
    let doc = outer.run("Title line\n\nFirst sentence. Second one.").unwrap();
    assert!(doc.has(&Layer::Sections));
    assert_eq!(doc.sections().len(), 2);
    // Without the tokenizer first, the nested pipeline's inputs are missing.
    let inner = Pipeline::builder()
        .input(Layer::Tokens)
        .input(Layer::Sentences)
        .stage(SectionsStage::new())
        .build()
        .unwrap();
    assert!(Pipeline::builder().stage(inner).build().is_err());
}

#[test]
fn stages_work_through_references_boxes_and_arcs() {
    let tokenize = TokenizeStage::new();
    let sections: Box<dyn Stage> = Box::new(SectionsStage::new());
    let pipeline = Pipeline::builder().stage(Arc::new(tokenize)).stage(sections).build().unwrap();
    assert_eq!(pipeline.stage_names().collect::<Vec<_>>(), ["tokenize", "sections"]);
    let mut doc = Document::new("Hello there. General Kenobi.");
    Stage::process(&&pipeline, &mut doc).unwrap();
    assert_eq!(doc.sentences().len(), 2);
}

#[test]
fn a_failing_stage_stops_the_pipeline_with_its_name() {
    let fail = from_fn("strict", [Layer::Tokens], [], |doc: &mut Document| {
        if doc.tokens().len() > 3 {
            Err(StageError::new(
                "strict",
                format!("{} tokens, at most 3 allowed", doc.tokens().len()),
            ))
        } else {
            Ok(())
        }
    });
    let pipeline = Pipeline::builder().defaults().stage(fail).build().unwrap();
    assert!(pipeline.run("Two words").is_ok());
    let err = pipeline.run("One two three four").unwrap_err();
    assert_eq!(err.stage(), "strict");
    assert_eq!(err.to_string(), "stage \"strict\" failed: 4 tokens, at most 3 allowed");
}

#[test]
fn sections_of_a_scraped_page() {
    let text = "Skip to content\nThe Daily Planet\n\nMayor resigns after audit\n\n\
                CITY HALL: The mayor resigned on Monday. She denied wrongdoing.\n\
                An inquiry continues.\n\nREAD MORE: Budget talks stall\n\n\
                Her deputy takes over.\n\nShare this article\n© 2024 The Daily Planet";
    let doc = Pipeline::default().run(text).unwrap();
    let sections: Vec<(SectionKind, &str)> =
        doc.sections().iter().map(|s| (s.kind, doc.text_of(s.span))).collect();
    assert_eq!(
        sections,
        [
            (SectionKind::Boilerplate, "Skip to content"),
            (SectionKind::Headline, "The Daily Planet"),
            (SectionKind::Body, "Mayor resigns after audit"),
            (
                SectionKind::Body,
                "CITY HALL: The mayor resigned on Monday. She denied wrongdoing.\nAn inquiry continues."
            ),
            (SectionKind::Boilerplate, "READ MORE: Budget talks stall"),
            (SectionKind::Body, "Her deputy takes over."),
            (SectionKind::Boilerplate, "Share this article"),
            (SectionKind::Boilerplate, "© 2024 The Daily Planet"),
        ]
    );
}

#[test]
fn a_single_line_is_body_not_headline() {
    let doc = Pipeline::default().run("Just one line").unwrap();
    assert_eq!(doc.sections()[0].kind, SectionKind::Body);
    let doc = Pipeline::default().run("").unwrap();
    assert!(doc.sections().is_empty());
    assert!(doc.has(&Layer::Sections));
}

#[cfg(feature = "serde")]
#[test]
fn analysis_serialises_with_the_documented_field_names() {
    let doc = Pipeline::default()
        .run_with(
            "Big news\n\nIt’s done.",
            Metadata { id: Some("doc-1".into()), ..Metadata::default() },
        )
        .unwrap();
    let json = serde_json::to_value(Analysis::from_document(&doc)).unwrap();
    assert_eq!(json["id"], "doc-1");
    assert_eq!(json["tokens"][0], serde_json::json!({"start": 0, "end": 3, "kind": "word"}));
    // Big, news, It’s (two words), done, .
    assert_eq!(json["words"].as_array().unwrap().len(), 6);
    assert_eq!(
        (json["sentences"][1]["start"].as_u64(), json["sentences"][1]["end"].as_u64()),
        (Some(10), Some(22))
    );
    let score = json["sentences"][1]["checkworthiness"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&score));
    assert_eq!(json["sections"][0], serde_json::json!({"start": 0, "end": 8, "kind": "headline"}));
    let back: Analysis = serde_json::from_value(json).unwrap();
    assert_eq!(back, Analysis::from_document(&doc));
}

#[cfg(feature = "serde")]
#[test]
fn analysis_ref_writes_the_same_json_as_analysis() {
    let seed = include_str!("data/seed_article.txt");
    let texts = [seed, "", "Big news\n\nIt’s done.", "“We will not back down,” Ortiz said."];
    for (k, text) in texts.into_iter().enumerate() {
        for id in [None, Some(format!("doc-{k}"))] {
            let metadata = Metadata {
                id,
                date: Some(nutgraf::dates::Date::new(2024, 6, 18).unwrap()),
                ..Metadata::default()
            };
            let doc = Pipeline::default().run_with(text, metadata).unwrap();
            let owned = Analysis::from_document(&doc);
            let view = nutgraf::AnalysisRef::new(&doc);
            assert_eq!(
                serde_json::to_string(&view).unwrap(),
                serde_json::to_string(&owned).unwrap()
            );
            assert_eq!(
                serde_json::to_string_pretty(&view).unwrap(),
                serde_json::to_string_pretty(&owned).unwrap()
            );
        }
    }
}

#[test]
fn in_boilerplate_finds_the_section_of_a_span() {
    let doc = Pipeline::default()
        .run("Site icon THE DAILY\n\nPutin will visit.\n\nALSO READ: Japan\n\nHe said so.")
        .unwrap();
    let at = |s: &str| {
        let start = doc.text().find(s).unwrap();
        nutgraf::Span::new(start, start + s.len())
    };
    assert!(doc.in_boilerplate(at("Site icon")));
    assert!(doc.in_boilerplate(at("ALSO READ")));
    assert!(!doc.in_boilerplate(at("Putin will")));
    assert!(!doc.in_boilerplate(at("He said")));
    assert!(doc.in_boilerplate(at("visit.\n\nALSO")));
}

#[derive(serde::Deserialize)]
struct BoilerplateLines {
    line: Vec<BoilerplateLine>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BoilerplateLine {
    text: String,
    boilerplate: bool,
}

/// The table of `tests/data/boilerplate.toml`: each line between two body paragraphs.
#[test]
fn boilerplate_lines_of_news_pages() {
    let lines: BoilerplateLines = toml::from_str(include_str!("data/boilerplate.toml")).unwrap();
    assert!(lines.line.len() >= 30);
    let stage = SectionsStage::new();
    let mut wrong = Vec::new();
    for l in &lines.line {
        let text = format!(
            "The mayor opened the park on Monday.\n\n{}\n\nThe park cost $2 million.",
            l.text
        );
        let sections = stage.sections_of(&text);
        let found = sections.iter().any(|s| {
            s.kind == SectionKind::Boilerplate && s.span.get(&text) == Some(l.text.as_str())
        });
        if found != l.boilerplate {
            wrong.push(format!("{:?}: expected boilerplate = {}", l.text, l.boilerplate));
        }
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn a_title_case_headline_may_end_with_a_full_stop() {
    let text = "Mayor Announces New Budget for City Parks.\n\nThe mayor said on Monday that the city would spend more on its parks.";
    let kinds: Vec<SectionKind> =
        SectionsStage::new().sections_of(text).iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SectionKind::Headline, SectionKind::Body]);
    // A first paragraph of one sentence in running prose stays body.
    let text = "The mayor announced a new budget for the parks.\n\nIt passed on Monday.";
    let kinds: Vec<SectionKind> =
        SectionsStage::new().sections_of(text).iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [SectionKind::Body, SectionKind::Body]);
}
