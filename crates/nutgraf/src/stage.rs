//! The [`Stage`] trait, its error type, a closure adapter, and the tokenizer stage.

use std::sync::Arc;

use nutgraf_tokenize::Tokenizer;

use crate::{Document, Layer};

/// One step of a [`Pipeline`](crate::Pipeline): reads some layers of a [`Document`] and adds
/// others.
///
/// The trait is object safe; `&S`, `Box<S>` and `Arc<S>` are stages when `S` is, and a
/// `Pipeline` is itself a stage. [`from_fn`] turns a closure into a stage.
pub trait Stage: Send + Sync {
    /// A short name for messages (`"tokenize"`, `"sections"`).
    fn name(&self) -> &str;

    /// The layers this stage reads; a pipeline checks that earlier stages provide them.
    fn requires(&self) -> &[Layer];

    /// The layers this stage adds.
    fn provides(&self) -> &[Layer];

    /// Adds this stage's layers to `doc`.
    fn process(&self, doc: &mut Document) -> Result<(), StageError>;
}

/// `&S`, `Box<S>` and `Arc<S>` are stages when `S` is.
macro_rules! forward_stage {
    ($($ptr:ty),*) => {$(
        impl<S: Stage + ?Sized> Stage for $ptr {
            fn name(&self) -> &str {
                (**self).name()
            }
            fn requires(&self) -> &[Layer] {
                (**self).requires()
            }
            fn provides(&self) -> &[Layer] {
                (**self).provides()
            }
            fn process(&self, doc: &mut Document) -> Result<(), StageError> {
                (**self).process(doc)
            }
        }
    )*};
}

forward_stage!(&S, Box<S>, Arc<S>);

/// An error raised by a stage while processing a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageError {
    stage: String,
    message: String,
}

impl StageError {
    /// An error of the stage named `stage`.
    pub fn new(stage: impl Into<String>, message: impl Into<String>) -> StageError {
        StageError { stage: stage.into(), message: message.into() }
    }

    /// The name of the stage that failed.
    pub fn stage(&self) -> &str {
        &self.stage
    }

    /// What went wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl core::fmt::Display for StageError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "stage {:?} failed: {}", self.stage, self.message)
    }
}

impl std::error::Error for StageError {}

/// A stage made from a closure; see [`from_fn`].
pub struct FnStage<F> {
    name: String,
    requires: Vec<Layer>,
    provides: Vec<Layer>,
    f: F,
}

/// Makes a stage from a closure.
///
/// ```
/// use nutgraf::{Document, Layer, Pipeline, Span, from_fn};
///
/// // Mark every all-caps word of three or more letters as a possible acronym.
/// let acronyms = from_fn("acronyms", [Layer::Tokens], [Layer::custom("acronym")], |doc: &mut Document| {
///     let found: Vec<Span> = doc
///         .tokens()
///         .iter()
///         .filter(|t| {
///             let w = doc.text_of(t.span);
///             w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase())
///         })
///         .map(|t| t.span)
///         .collect();
///     for span in found {
///         doc.annotate("acronym", span, "acronym");
///     }
///     Ok(())
/// });
/// let pipeline = Pipeline::builder().defaults().stage(acronyms).build().unwrap();
/// let doc = pipeline.run("The USSR and the DPRK signed.").unwrap();
/// let found: Vec<&str> = doc.layer("acronym").map(|a| doc.text_of(a.span)).collect();
/// assert_eq!(found, ["USSR", "DPRK"]);
/// ```
pub fn from_fn<F>(
    name: impl Into<String>,
    requires: impl IntoIterator<Item = Layer>,
    provides: impl IntoIterator<Item = Layer>,
    f: F,
) -> FnStage<F>
where
    F: Fn(&mut Document) -> Result<(), StageError> + Send + Sync,
{
    FnStage {
        name: name.into(),
        requires: requires.into_iter().collect(),
        provides: provides.into_iter().collect(),
        f,
    }
}

impl<F> Stage for FnStage<F>
where
    F: Fn(&mut Document) -> Result<(), StageError> + Send + Sync,
{
    fn name(&self) -> &str {
        &self.name
    }
    fn requires(&self) -> &[Layer] {
        &self.requires
    }
    fn provides(&self) -> &[Layer] {
        &self.provides
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        (self.f)(doc)?;
        for layer in &self.provides {
            doc.mark(layer.clone());
        }
        Ok(())
    }
}

impl<F> core::fmt::Debug for FnStage<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FnStage").field("name", &self.name).finish_non_exhaustive()
    }
}

/// The tokenizer as a stage: provides [`Layer::Tokens`] and [`Layer::Sentences`].
#[derive(Clone, Debug, Default)]
pub struct TokenizeStage {
    tokenizer: Tokenizer,
}

impl TokenizeStage {
    /// The stage with the default tokenizer.
    pub fn new() -> TokenizeStage {
        TokenizeStage { tokenizer: Tokenizer::new() }
    }

    /// The stage with a configured tokenizer.
    pub fn with_tokenizer(tokenizer: Tokenizer) -> TokenizeStage {
        TokenizeStage { tokenizer }
    }
}

impl Stage for TokenizeStage {
    fn name(&self) -> &str {
        "tokenize"
    }
    fn requires(&self) -> &[Layer] {
        &[]
    }
    fn provides(&self) -> &[Layer] {
        &[Layer::Tokens, Layer::Sentences]
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        // News text has about one token per five bytes, often a few more: room for one per
        // four saves growing (and copying) the vector for dense documents.
        let mut tokens = Vec::with_capacity(doc.text().len() / 4 + 1);
        let mut sentences = Vec::new();
        self.tokenizer.analyze_into(doc.text(), &mut tokens, &mut sentences);
        // The room left over is a fifth of the vector or more: give it back (a large
        // vector shrinks in place).
        tokens.shrink_to_fit();
        doc.set_tokens(tokens, sentences);
        Ok(())
    }
}
