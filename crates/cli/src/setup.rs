//! Building the pipeline the command line runs, with the user's options.

use std::path::{Path, PathBuf};

use anyhow::Context;
use nutgraf::dates::{DateTagger, Resolution};
use nutgraf::gazetteer::Gazetteer;
use nutgraf::{ClaimsStage, DatesStage, GazetteerStage, Pipeline, SectionsStage, TokenizeStage};

/// Options shared by the commands that analyse documents.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct PipelineArgs {
    /// Add a list of names to the default gazetteer: TSV (`kind<TAB>id<TAB>name<TAB>aliases`,
    /// see the nutgraf-gazetteer docs) or JSON (`.json`, an array of entries). Repeatable;
    /// later lists win for the same name.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// The document date that relative dates resolve against, for documents that do not
    /// give their own (a JSONL record's `date` wins): `YYYY-MM-DD`, or a date and time
    /// `YYYY-MM-DDTHH:MM[:SS]` with an optional `Z` or `±HH:MM`, with which times of day and
    /// amounts under a day (`two hours ago`) resolve to the minute. Without any date, values
    /// stay underspecified (`XXXX-09`).
    #[arg(long, value_name = "YYYY-MM-DD[THH:MM[:SS][±HH:MM]]", value_parser = crate::input::parse_date)]
    pub date: Option<nutgraf::dates::Reference>,
    /// Which way dates without a year or week of their own (`on Monday`, `in March`) resolve
    /// from the document date: by the tense of their sentence, as news reads (the default);
    /// always the last occurrence; always the next (calendars, listings, chat); the nearest.
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = Prefer::Tense)]
    pub prefer: Prefer,
    /// Read numeric dates that go both ways day first, as British and most European writing
    /// does (`6/10/2018` is 6 October 2018); by default they are month first, as in US news.
    #[arg(long)]
    pub day_first: bool,
    /// Add a list of boilerplate phrases to the embedded one: a line of text that starts with
    /// one of them is page furniture (its sentences get no claims); a phrase ending in `$`
    /// matches only a whole line. One phrase a line, `#` comments, case and quotes do not
    /// matter. Repeatable.
    #[arg(long, value_name = "FILE")]
    pub boilerplate: Vec<PathBuf>,
    /// Give each sentence the check-worthiness model's probability alone, without what the
    /// claims found in it (by default a claim reported by someone raises a sentence's score,
    /// and background without a number, quotation, prediction, comparison or cause, and
    /// questions, lower it, as news reads): for debate and speech transcripts, which the
    /// model was trained on.
    #[arg(long)]
    pub model_scores: bool,
    /// The layers to write, comma-separated: `tokens`, `words`, `sentences`, `sections`,
    /// `entities`, `timexes`, `claims`, or `all` (the default). JSON output leaves the others
    /// out (`entities,timexes,claims,sentences` is about a tenth of the whole output); the
    /// text, HTML and brat views show only the chosen ones of `sections`, `entities`,
    /// `timexes` and `claims`. The pipeline runs whole either way.
    #[arg(long, value_name = "LIST", default_value = "all")]
    pub layers: nutgraf::Fields,
}

/// The values of `--prefer`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Prefer {
    #[default]
    Tense,
    Past,
    Future,
    Nearest,
}

impl Prefer {
    fn resolution(self) -> Resolution {
        match self {
            Prefer::Tense => Resolution::Tense,
            Prefer::Past => Resolution::Past,
            Prefer::Future => Resolution::Future,
            Prefer::Nearest => Resolution::Nearest,
        }
    }
}

impl PipelineArgs {
    /// Leaves out of `doc` the layers of a view that `--layers` does not choose (for the
    /// text, HTML and brat views; JSON leaves them out as it writes).
    pub fn restrict(&self, doc: &mut nutgraf::Document) {
        use nutgraf::Fields;
        let layers = self.layers;
        if !layers.contains(Fields::SECTIONS) {
            doc.set_sections(Vec::new());
        }
        if !layers.contains(Fields::ENTITIES) {
            doc.set_entities(Vec::new());
        }
        if !layers.contains(Fields::TIMEXES) {
            doc.set_timexes(Vec::new());
        }
        if !layers.contains(Fields::CLAIMS) {
            let scores = doc.checkworthiness().to_vec();
            doc.set_claims(Vec::new(), scores);
        }
    }

    /// The metadata of a document read from input.
    /// The sections stage, with the user's boilerplate lists.
    fn sections(&self) -> anyhow::Result<SectionsStage> {
        if self.boilerplate.is_empty() {
            return Ok(SectionsStage::new());
        }
        let mut lists = Vec::new();
        for path in &self.boilerplate {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let at = e.utf8_error().valid_up_to();
                let line =
                    e.as_bytes().get(..at).map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
                        + 1;
                anyhow::anyhow!("{}:{line}: invalid UTF-8 at byte {at}", path.display())
            })?;
            // Each list on its own, so that an error names its file and line.
            SectionsStage::with_phrases([text.as_str()])
                .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.line, e.message))?;
            lists.push(text);
        }
        SectionsStage::with_phrases(lists.iter().map(String::as_str))
            .map_err(|e| anyhow::anyhow!("boilerplate lists: {e}"))
    }

    pub fn metadata(&self, doc: &crate::input::Doc) -> nutgraf::Metadata {
        let mut metadata = nutgraf::Metadata { id: doc.id.clone(), ..nutgraf::Metadata::default() };
        if let Some(r) = doc.date.or(self.date) {
            metadata.set_reference(r);
        }
        metadata
    }

    /// The default pipeline, with the user's lists added to the gazetteer and the date
    /// resolution policy.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        if self.gazetteer.is_empty()
            && self.boilerplate.is_empty()
            && self.prefer == Prefer::Tense
            && !self.day_first
            && !self.model_scores
        {
            return Ok(Pipeline::default());
        }
        let sections = self.sections()?;
        let tagger = DateTagger::builder()
            .resolution(self.prefer.resolution())
            .day_first(self.day_first)
            .build()
            .context("cannot build the date tagger")?;
        let claims = if self.model_scores {
            let detector = nutgraf::claims::ClaimDetector::builder()
                .calibrate(false)
                .build()
                .context("cannot build the claim detector")?;
            ClaimsStage::with_detector(detector)
        } else {
            ClaimsStage::new()
        };
        let stages = |gazetteer: GazetteerStage| -> anyhow::Result<Pipeline> {
            Ok(Pipeline::builder()
                .stage(TokenizeStage::new())
                .stage(sections.clone())
                .stage(gazetteer)
                .stage(DatesStage::with_tagger(tagger.clone()))
                .stage(claims.clone())
                .build()?)
        };
        if self.gazetteer.is_empty() {
            return stages(GazetteerStage::new());
        }
        let mut builder = Gazetteer::builder();
        builder.add_defaults();
        for path in &self.gazetteer {
            let file = std::fs::File::open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            let reader = std::io::BufReader::new(file);
            let loaded = if is_json(path) {
                builder.add_json_reader(reader)
            } else {
                builder.add_reader(reader)
            };
            loaded.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        }
        let gazetteer = builder.build().context("cannot build the gazetteer")?;
        stages(GazetteerStage::with_gazetteer(gazetteer))
    }
}

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}
