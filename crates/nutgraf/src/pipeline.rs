//! Pipelines of stages.

use std::sync::Arc;

use crate::claims_stage::ClaimsStage;
use crate::dates_stage::DatesStage;
use crate::gazetteer_stage::GazetteerStage;
use crate::sections::SectionsStage;
use crate::stage::{Stage, StageError, TokenizeStage};
use crate::{Document, Layer, Metadata};

/// Stages run in order over a [`Document`].
///
/// [`Pipeline::default()`] runs the built-in stages; [`Pipeline::builder()`] composes any
/// stages, checking when it builds that every stage's inputs are produced by an earlier one.
/// A pipeline is `Send + Sync`: one instance can serve many threads. It is itself a
/// [`Stage`], so pipelines nest.
///
/// ```
/// use nutgraf::Pipeline;
///
/// let pipeline = Pipeline::default();
/// let doc = pipeline.run("Putin’s visit\n\nPutin will visit North Korea.").unwrap();
/// assert_eq!(doc.sentences().len(), 2);
/// ```
#[derive(Clone)]
pub struct Pipeline {
    stages: Vec<Arc<dyn Stage>>,
    requires: Vec<Layer>,
    provides: Vec<Layer>,
}

impl Default for Pipeline {
    /// The built-in stages in order: tokenize, sections, gazetteer, dates, claims.
    ///
    /// The first call in a process builds the embedded default gazetteer (about 100 ms and
    /// some tens of MB); later pipelines share it, so build one pipeline and reuse it (it is
    /// `Send + Sync` and cheap to clone).
    fn default() -> Pipeline {
        Pipeline::builder().defaults().build_unchecked()
    }
}

impl core::fmt::Debug for PipelineBuilder {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let names: Vec<&str> = self.stages.iter().map(|s| s.name()).collect();
        f.debug_struct("PipelineBuilder")
            .field("stages", &names)
            .field("inputs", &self.inputs)
            .finish()
    }
}

impl core::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let names: Vec<&str> = self.stages.iter().map(|s| s.name()).collect();
        f.debug_struct("Pipeline").field("stages", &names).finish()
    }
}

impl Pipeline {
    /// A builder for a pipeline of any stages.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The default stages, with `gazetteer` (built from your lists, with or without the
    /// embedded default) in place of the default gazetteer.
    ///
    /// ```
    /// use nutgraf::Pipeline;
    /// use nutgraf::gazetteer::{EntityKind, Entry, Gazetteer};
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.add_defaults().add(Entry::new("Acme Rockets", EntityKind::Organization).alias("ARC"));
    /// let pipeline = Pipeline::with_gazetteer(builder.build().unwrap());
    /// let doc = pipeline.run("ARC said the launch in Japan failed.").unwrap();
    /// let ids: Vec<&str> = doc.entities().iter().map(|m| m.id.as_str()).collect();
    /// assert_eq!(ids, ["Acme Rockets", "Japan"]);
    /// ```
    pub fn with_gazetteer(gazetteer: nutgraf_gazetteer::Gazetteer) -> Pipeline {
        Pipeline::builder()
            .stage(TokenizeStage::new())
            .stage(SectionsStage::new())
            .stage(GazetteerStage::with_gazetteer(gazetteer))
            .stage(DatesStage::new())
            .stage(ClaimsStage::new())
            .build_unchecked()
    }

    /// Runs the pipeline on a new document with this text.
    pub fn run(&self, text: impl Into<String>) -> Result<Document, StageError> {
        let mut doc = Document::new(text);
        self.process(&mut doc)?;
        Ok(doc)
    }

    /// Runs the pipeline on a new document with this text and metadata.
    pub fn run_with(
        &self,
        text: impl Into<String>,
        metadata: Metadata,
    ) -> Result<Document, StageError> {
        let mut doc = Document::with_metadata(text, metadata);
        self.process(&mut doc)?;
        Ok(doc)
    }

    /// Runs every stage, in order, on `doc` (the same as [`Stage::process`], without importing
    /// the trait).
    pub fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        for stage in &self.stages {
            stage.process(doc)?;
        }
        Ok(())
    }

    /// The names of the stages, in order.
    pub fn stage_names(&self) -> impl Iterator<Item = &str> {
        self.stages.iter().map(|s| s.name())
    }
}

impl Stage for Pipeline {
    fn name(&self) -> &str {
        "pipeline"
    }

    fn requires(&self) -> &[Layer] {
        &self.requires
    }

    fn provides(&self) -> &[Layer] {
        &self.provides
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        Pipeline::process(self, doc)
    }
}

/// Builds a [`Pipeline`]; see [`Pipeline::builder`].
///
/// ```
/// use nutgraf::{Layer, Pipeline, PipelineBuildErrorKind, SectionsStage};
///
/// // Sections need tokens, which no earlier stage provides.
/// let err = Pipeline::builder().stage(SectionsStage::new()).build().unwrap_err();
/// assert_eq!(
///     err.kind(),
///     &PipelineBuildErrorKind::MissingLayer { stage: "sections".into(), position: 0, layer: Layer::Tokens }
/// );
/// assert_eq!(
///     err.to_string(),
///     "stage \"sections\" (number 1) requires tokens, which no earlier stage provides"
/// );
/// ```
#[derive(Clone, Default)]
pub struct PipelineBuilder {
    stages: Vec<Arc<dyn Stage>>,
    inputs: Vec<Layer>,
}

impl PipelineBuilder {
    /// Appends a stage.
    pub fn stage(&mut self, stage: impl Stage + 'static) -> &mut Self {
        self.stages.push(Arc::new(stage));
        self
    }

    /// Appends the built-in stages of [`Pipeline::default()`].
    pub fn defaults(&mut self) -> &mut Self {
        self.stage(TokenizeStage::new())
            .stage(SectionsStage::new())
            .stage(GazetteerStage::new())
            .stage(DatesStage::new())
            .stage(ClaimsStage::new())
    }

    /// Declares a layer that documents already carry when they reach this pipeline, for a
    /// pipeline that runs as a stage after others.
    pub fn input(&mut self, layer: Layer) -> &mut Self {
        self.inputs.push(layer);
        self
    }

    /// Builds the pipeline, checking that every stage's required layers are inputs or are
    /// provided by an earlier stage.
    pub fn build(&self) -> Result<Pipeline, PipelineBuildError> {
        let mut have = self.inputs.clone();
        for (position, stage) in self.stages.iter().enumerate() {
            if let Some(layer) = stage.requires().iter().find(|l| !have.contains(l)) {
                return Err(PipelineBuildError {
                    kind: PipelineBuildErrorKind::MissingLayer {
                        stage: stage.name().to_owned(),
                        position,
                        layer: layer.clone(),
                    },
                });
            }
            have.extend(stage.provides().iter().cloned());
        }
        Ok(self.build_unchecked())
    }

    fn build_unchecked(&self) -> Pipeline {
        let mut provides: Vec<Layer> = Vec::new();
        for stage in &self.stages {
            for layer in stage.provides() {
                if !provides.contains(layer) {
                    provides.push(layer.clone());
                }
            }
        }
        Pipeline { stages: self.stages.clone(), requires: self.inputs.clone(), provides }
    }
}

/// An error building a [`Pipeline`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PipelineBuildError {
    kind: PipelineBuildErrorKind,
}

impl PipelineBuildError {
    /// What went wrong.
    pub fn kind(&self) -> &PipelineBuildErrorKind {
        &self.kind
    }
}

/// The kinds of [`PipelineBuildError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PipelineBuildErrorKind {
    /// A stage requires a layer that is neither an input nor provided by an earlier stage.
    MissingLayer {
        /// The stage's name.
        stage: String,
        /// The stage's position in the pipeline (0-based).
        position: usize,
        /// The missing layer.
        layer: Layer,
    },
}

impl core::fmt::Display for PipelineBuildError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.kind.fmt(f)
    }
}

/// The message of the error, as [`PipelineBuildError`] writes it.
impl core::fmt::Display for PipelineBuildErrorKind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            PipelineBuildErrorKind::MissingLayer { stage, position, layer } => write!(
                f,
                "stage {stage:?} (number {}) requires {layer}, which no earlier stage provides",
                position + 1
            ),
        }
    }
}

impl std::error::Error for PipelineBuildError {}
