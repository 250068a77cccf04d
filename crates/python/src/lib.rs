//! Python bindings of nutgraf: the `nutgraf._nutgraf` extension module, which the `nutgraf`
//! Python package (`python/nutgraf/__init__.py`) re-exports.
//!
//! Results are the JSON objects of `nutgraf analyze --format json`, written by the same
//! code (`nutgraf::AnalysisRef`) and read into Python with `json.loads`, so the two cannot
//! drift apart. Work on many documents runs on a rayon pool with the GIL released.

use std::collections::VecDeque;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex, OnceLock};

use nutgraf::dates::{DateTagger, Reference, Resolution};
use nutgraf::gazetteer::Gazetteer;
use nutgraf::{
    AnalysisRef, ClaimsStage, DatesStage, Fields, GazetteerStage, Metadata, Pipeline,
    SectionsStage, TokenizeStage,
};
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use rayon::prelude::*;

/// The JSON of each document of a chunk, or why it could not be analysed.
type Chunk = Vec<Result<String, String>>;

/// Documents analysed at a time by `analyze_many`: enough for every core, few enough that
/// a long stream stays in bounded memory.
const CHUNK: usize = 256;

/// The default pipeline, built once per process (the embedded gazetteer takes about 100 ms).
fn default_pipeline() -> Arc<Pipeline> {
    static DEFAULT: OnceLock<Arc<Pipeline>> = OnceLock::new();
    DEFAULT.get_or_init(|| Arc::new(Pipeline::default())).clone()
}

fn parse_date(date: Option<&str>) -> PyResult<Option<Reference>> {
    date.map(|d| {
        d.parse::<Reference>().map_err(|e| PyValueError::new_err(format!("bad date {d:?}: {e}")))
    })
    .transpose()
}

fn parse_layers(layers: Option<&Bound<'_, PyAny>>) -> PyResult<Fields> {
    let Some(layers) = layers else { return Ok(Fields::ALL) };
    let list: String = if let Ok(s) = layers.extract::<String>() {
        s
    } else if let Ok(v) = layers.extract::<Vec<String>>() {
        v.join(",")
    } else {
        return Err(PyTypeError::new_err("layers must be a comma-separated str or a list of str"));
    };
    list.parse::<Fields>().map_err(|e| PyValueError::new_err(e.to_string()))
}

fn parse_prefer(prefer: Option<&str>) -> PyResult<Resolution> {
    Ok(match prefer.unwrap_or("tense") {
        "tense" => Resolution::Tense,
        "past" => Resolution::Past,
        "future" => Resolution::Future,
        "nearest" => Resolution::Nearest,
        other => {
            return Err(PyValueError::new_err(format!(
                "prefer must be one of tense, past, future, nearest, not {other:?}"
            )));
        }
    })
}

/// One document to analyse.
struct Input {
    id: Option<String>,
    text: String,
    date: Option<Reference>,
}

/// Reads a `str` or a `{"text", "id"?, "date"?}` dict.
fn read_input(item: &Bound<'_, PyAny>, date: Option<Reference>) -> PyResult<Input> {
    if let Ok(s) = item.cast::<PyString>() {
        return Ok(Input { id: None, text: s.extract::<String>()?, date });
    }
    let Ok(d) = item.cast::<PyDict>() else {
        let kind = item.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "a document must be a str or a dict with \"text\", not {kind}"
        )));
    };
    let text = match d.get_item("text")? {
        Some(t) => t
            .extract::<String>()
            .map_err(|_| PyTypeError::new_err("the document's \"text\" must be a str"))?,
        None => return Err(PyValueError::new_err("the document has no \"text\"")),
    };
    let id = match d.get_item("id")? {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(match v.extract::<String>() {
            Ok(s) => s,
            Err(_) => v.str()?.extract::<String>()?,
        }),
    };
    let date = match d.get_item("date")? {
        None => date,
        Some(v) if v.is_none() => date,
        Some(v) => {
            let s = v
                .extract::<String>()
                .map_err(|_| PyTypeError::new_err("the document's \"date\" must be a str"))?;
            parse_date(Some(&s))?
        }
    };
    Ok(Input { id, text, date })
}

/// The JSON of one document, as `nutgraf analyze --format json` writes it (compact).
fn analyse(pipeline: &Pipeline, input: Input, fields: Fields) -> Result<String, String> {
    let mut metadata = Metadata { id: input.id, ..Metadata::default() };
    if let Some(r) = input.date {
        metadata.set_reference(r);
    }
    let doc = pipeline.run_with(input.text, metadata).map_err(|e| e.to_string())?;
    serde_json::to_string(&AnalysisRef::with_fields(&doc, fields)).map_err(|e| e.to_string())
}

fn loads(py: Python<'_>, json: &str) -> PyResult<Py<PyAny>> {
    let json_mod = py.import("json")?;
    Ok(json_mod.call_method1("loads", (json,))?.unbind())
}

/// A pipeline built once and used for many documents: the default stages, with your own
/// gazetteer and boilerplate lists and a date policy.
#[pyclass(module = "nutgraf", frozen)]
struct NutgrafPipeline {
    pipeline: Arc<Pipeline>,
}

#[pymethods]
impl NutgrafPipeline {
    #[new]
    #[pyo3(signature = (gazetteers=None, boilerplate=None, prefer=None, day_first=false))]
    fn new(
        gazetteers: Option<Vec<String>>,
        boilerplate: Option<Vec<String>>,
        prefer: Option<&str>,
        day_first: bool,
    ) -> PyResult<NutgrafPipeline> {
        let resolution = parse_prefer(prefer)?;
        let (gazetteers, boilerplate) =
            (gazetteers.unwrap_or_default(), boilerplate.unwrap_or_default());
        if gazetteers.is_empty()
            && boilerplate.is_empty()
            && resolution == Resolution::Tense
            && !day_first
        {
            return Ok(NutgrafPipeline { pipeline: default_pipeline() });
        }
        let tagger = DateTagger::builder()
            .resolution(resolution)
            .day_first(day_first)
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let gazetteer = if gazetteers.is_empty() {
            GazetteerStage::new()
        } else {
            let mut builder = Gazetteer::builder();
            builder.add_defaults();
            for path in &gazetteers {
                let file = std::fs::File::open(path)
                    .map_err(|e| PyOSError::new_err(format!("cannot open {path}: {e}")))?;
                let reader = std::io::BufReader::new(file);
                let loaded = if path.ends_with(".json") {
                    builder.add_json_reader(reader)
                } else {
                    builder.add_reader(reader)
                };
                loaded.map_err(|e| PyValueError::new_err(format!("{path}: {e}")))?;
            }
            let g = builder.build().map_err(|e| PyValueError::new_err(e.to_string()))?;
            GazetteerStage::with_gazetteer(g)
        };
        let mut lists = Vec::new();
        for path in &boilerplate {
            let text = std::fs::read_to_string(path)
                .map_err(|e| PyOSError::new_err(format!("cannot read {path}: {e}")))?;
            SectionsStage::with_phrases([text.as_str()])
                .map_err(|e| PyValueError::new_err(format!("{path}:{}: {}", e.line, e.message)))?;
            lists.push(text);
        }
        let sections = SectionsStage::with_phrases(lists.iter().map(String::as_str))
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let pipeline = Pipeline::builder()
            .stage(TokenizeStage::new())
            .stage(sections)
            .stage(gazetteer)
            .stage(DatesStage::with_tagger(tagger))
            .stage(ClaimsStage::new())
            .build()
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok(NutgrafPipeline { pipeline: Arc::new(pipeline) })
    }

    /// The analysis of one document: the dict `nutgraf analyze --format json` prints.
    #[pyo3(signature = (text, date=None, layers=None, id=None))]
    fn analyze(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        date: Option<&str>,
        layers: Option<&Bound<'_, PyAny>>,
        id: Option<String>,
    ) -> PyResult<Py<PyAny>> {
        let fields = parse_layers(layers)?;
        let text = text.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err("text must be a str (decode bytes first: text.decode(\"utf-8\"))")
        })?;
        let input = Input { id, text: text.extract::<String>()?, date: parse_date(date)? };
        let pipeline = Arc::clone(&self.pipeline);
        let json = py
            .detach(move || analyse(&pipeline, input, fields))
            .map_err(PyRuntimeError::new_err)?;
        loads(py, &json)
    }

    /// The analyses of many documents (`str`, or dicts with `text` and optional `id` and
    /// `date`), in input order, computed on `threads` cores (default: all) with the GIL
    /// released, a chunk of documents at a time.
    #[pyo3(signature = (documents, threads=None, date=None, layers=None))]
    fn analyze_many(
        &self,
        documents: &Bound<'_, PyAny>,
        threads: Option<usize>,
        date: Option<&str>,
        layers: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<AnalyzeMany> {
        let mut builder = rayon::ThreadPoolBuilder::new();
        if let Some(n) = threads {
            if n == 0 {
                return Err(PyValueError::new_err("threads must be at least 1"));
            }
            builder = builder.num_threads(n);
        }
        let pool = builder.build().map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok(AnalyzeMany {
            documents: documents.try_iter()?.into_any().unbind(),
            pipeline: Arc::clone(&self.pipeline),
            pool: Arc::new(pool),
            date: parse_date(date)?,
            fields: parse_layers(layers)?,
            ready: VecDeque::new(),
            pending: None,
        })
    }
}

/// The iterator `Pipeline.analyze_many` returns.
#[pyclass(module = "nutgraf")]
struct AnalyzeMany {
    documents: Py<PyAny>,
    pipeline: Arc<Pipeline>,
    pool: Arc<rayon::ThreadPool>,
    date: Option<Reference>,
    fields: Fields,
    ready: VecDeque<Result<String, String>>,
    /// The chunk being analysed (a `Mutex` so that the iterator may move between Python
    /// threads).
    pending: Option<Mutex<Receiver<Chunk>>>,
}

#[pymethods]
impl AnalyzeMany {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        if self.ready.is_empty() {
            if self.pending.is_none() {
                self.pending = self.start_chunk(py)?;
            }
            let Some(pending) = self.pending.take() else { return Ok(None) };
            // Wait for the chunk with the GIL released.
            let results = py
                .detach(move || {
                    pending.into_inner().map_err(|_| ()).and_then(|r| r.recv().map_err(|_| ()))
                })
                .map_err(|_| PyRuntimeError::new_err("a worker thread stopped unexpectedly"))?;
            self.ready.extend(results);
            // The next chunk is analysed while Python reads this one's results.
            self.pending = self.start_chunk(py)?;
        }
        match self.ready.pop_front() {
            Some(Ok(json)) => loads(py, &json).map(Some),
            Some(Err(e)) => Err(PyRuntimeError::new_err(e)),
            None => Ok(None),
        }
    }
}

impl AnalyzeMany {
    /// Reads the next chunk of documents and starts analysing it on the pool; none at the
    /// end of the input.
    fn start_chunk(&mut self, py: Python<'_>) -> PyResult<Option<Mutex<Receiver<Chunk>>>> {
        let mut chunk = Vec::with_capacity(CHUNK);
        let iter = self.documents.bind(py);
        while chunk.len() < CHUNK {
            match iter.call_method0("__next__") {
                Ok(item) => chunk.push(read_input(&item, self.date)?),
                Err(e) if e.is_instance_of::<pyo3::exceptions::PyStopIteration>(py) => break,
                Err(e) => return Err(e),
            }
        }
        if chunk.is_empty() {
            return Ok(None);
        }
        let (pipeline, fields) = (Arc::clone(&self.pipeline), self.fields);
        let (tx, rx) = mpsc::channel();
        let pool = Arc::clone(&self.pool);
        pool.spawn(move || {
            let results: Vec<Result<String, String>> =
                chunk.into_par_iter().map(|input| analyse(&pipeline, input, fields)).collect();
            let _ = tx.send(results);
        });
        Ok(Some(Mutex::new(rx)))
    }
}

/// The analysis of one document with the default pipeline: the dict that `nutgraf analyze
/// --format json` prints.
#[pyfunction]
#[pyo3(signature = (text, date=None, prefer=None, layers=None, id=None))]
fn analyze(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    date: Option<&str>,
    prefer: Option<&str>,
    layers: Option<&Bound<'_, PyAny>>,
    id: Option<String>,
) -> PyResult<Py<PyAny>> {
    let pipeline = match prefer {
        None => NutgrafPipeline { pipeline: default_pipeline() },
        Some(p) => NutgrafPipeline::new(None, None, Some(p), false)?,
    };
    pipeline.analyze(py, text, date, layers, id)
}

/// The `nutgraf._nutgraf` module.
#[pymodule]
fn _nutgraf(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NutgrafPipeline>()?;
    m.add_class::<AnalyzeMany>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    Ok(())
}
