//! Building the pipeline the command line runs, with the user's options.

use std::path::{Path, PathBuf};

use anyhow::Context;
use nutgraf::Pipeline;
use nutgraf::gazetteer::Gazetteer;

/// Options shared by the commands that analyse documents.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct PipelineArgs {
    /// Add a list of names to the default gazetteer: TSV (`kind<TAB>id<TAB>name<TAB>aliases`,
    /// see the nutgraf-gazetteer docs) or JSON (`.json`, an array of entries). Repeatable;
    /// later lists win for the same name.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// The document date (YYYY-MM-DD) that relative dates resolve against, for documents
    /// that do not give their own (a JSONL record's `date` wins). Without any date, values
    /// stay underspecified (`XXXX-09`).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::input::parse_date)]
    pub date: Option<nutgraf::dates::Date>,
}

impl PipelineArgs {
    /// The metadata of a document read from input.
    pub fn metadata(&self, doc: &crate::input::Doc) -> nutgraf::Metadata {
        nutgraf::Metadata {
            id: doc.id.clone(),
            date: doc.date.or(self.date),
            ..nutgraf::Metadata::default()
        }
    }

    /// The default pipeline, with the user's lists added to the gazetteer.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        if self.gazetteer.is_empty() {
            return Ok(Pipeline::default());
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
        Ok(Pipeline::with_gazetteer(gazetteer))
    }
}

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}
