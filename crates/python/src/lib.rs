//! Python bindings of nutgraf: the `nutgraf._nutgraf` extension module, which the `nutgraf`
//! Python package (`python/nutgraf/__init__.py`) re-exports.
//!
//! Results are the JSON objects of `nutgraf analyze --format json`, written by the same
//! code (`nutgraf::AnalysisRef`), so the two cannot drift apart: its `Serialize` writes a
//! flat tape of the JSON's values in the worker thread, without the GIL, and the tape is
//! built into dicts and lists with the GIL (see `tape`), with no JSON text in between. Work
//! on many documents runs on a rayon pool with the GIL released, a window of documents
//! ahead of the one Python reads.

mod tape;

use std::collections::VecDeque;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
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

use tape::{Names, Tape};

/// Documents read ahead by `analyze_many`, per worker thread: enough that the workers stay
/// busy while Python converts and reads the results, few enough that a long stream stays
/// in bounded memory.
const WINDOW_PER_THREAD: usize = 16;

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

/// The analysis of one document, as the tape of what `nutgraf analyze --format json`
/// writes.
fn analyse(pipeline: &Pipeline, input: Input, fields: Fields, tape: Tape) -> Result<Tape, String> {
    let mut metadata = Metadata { id: input.id, ..Metadata::default() };
    if let Some(r) = input.date {
        metadata.set_reference(r);
    }
    let doc = pipeline.run_with(input.text, metadata).map_err(|e| e.to_string())?;
    tape.write(&AnalysisRef::with_fields(&doc, fields)).map_err(|e| e.to_string())
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
        let tape = py
            .detach(move || analyse(&pipeline, input, fields, Tape::new()))
            .map_err(PyRuntimeError::new_err)?;
        Ok(tape.to_python(py, &mut Names::default())?.unbind())
    }

    /// The analyses of many documents (`str`, or dicts with `text` and optional `id` and
    /// `date`), in input order, computed on `threads` cores (default: all) with the GIL
    /// released, up to 16 documents per thread ahead of the one returned. A document that
    /// is not one raises its exception in its place, after the results before it.
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
        let pool_threads = pool.current_num_threads().max(1);
        let window = WINDOW_PER_THREAD * pool_threads;
        let (tx, rx) = mpsc::channel();
        Ok(AnalyzeMany {
            documents: Some(documents.try_iter()?.into_any().unbind()),
            pipeline: Arc::clone(&self.pipeline),
            pool: Arc::new(pool),
            date: parse_date(date)?,
            fields: parse_layers(layers)?,
            window,
            slots: VecDeque::new(),
            first: 0,
            tx,
            rx: Mutex::new(rx),
            names: Names::default(),
            spare: Arc::new(Spare::new(2 * pool_threads + 2)),
            cancelled: Arc::new(AtomicBool::new(false)),
        })
    }
}

/// What became of a document read by `analyze_many`.
enum Slot {
    /// On the pool.
    Waiting,
    /// Analysed: its tape, or why it could not be analysed.
    Done(Result<Tape, String>),
    /// Not a document (or the iterator of documents failed): the exception to raise in its
    /// place.
    Failed(PyErr),
}

/// A worker's answer: the document's number and its result.
type Answer = (u64, Result<Tape, String>);

/// Sends the answer of a document once: the result, or an error if the job ends without one.
struct Reply {
    index: u64,
    tx: Sender<Answer>,
    sent: bool,
}

impl Reply {
    fn send(mut self, result: Result<Tape, String>) {
        self.sent = true;
        let _ = self.tx.send((self.index, result));
    }
}

impl Drop for Reply {
    fn drop(&mut self) {
        if !self.sent {
            let _ = self.tx.send((self.index, Err("the analysis stopped unexpectedly".into())));
        }
    }
}

/// Tapes whose buffers are ready for another document: growing the buffers of a new tape
/// for every document (about 1 MB with every layer) costs the workers more than writing it.
struct Spare {
    tapes: Mutex<Vec<Tape>>,
    most: usize,
}

/// Tapes that hold more than this are freed rather than kept.
const SPARE_BYTES: usize = 8 << 20;

impl Spare {
    fn new(most: usize) -> Spare {
        Spare { tapes: Mutex::new(Vec::with_capacity(most)), most }
    }

    fn take(&self) -> Tape {
        self.tapes.lock().ok().and_then(|mut t| t.pop()).unwrap_or_default()
    }

    fn give(&self, tape: Tape) {
        if tape.capacity() <= SPARE_BYTES
            && let Ok(mut tapes) = self.tapes.lock()
            && tapes.len() < self.most
        {
            tapes.push(tape);
        }
    }
}

/// The iterator `Pipeline.analyze_many` returns.
#[pyclass(module = "nutgraf")]
struct AnalyzeMany {
    /// The documents not yet read; `None` once exhausted (or failed).
    documents: Option<Py<PyAny>>,
    pipeline: Arc<Pipeline>,
    pool: Arc<rayon::ThreadPool>,
    date: Option<Reference>,
    fields: Fields,
    /// Documents read and not yet returned, at most this many.
    window: usize,
    /// Their results, in input order; the first is document number `first`.
    slots: VecDeque<Slot>,
    first: u64,
    tx: Sender<Answer>,
    /// Answers of the workers (a `Mutex` so that the iterator may move between Python
    /// threads).
    rx: Mutex<Receiver<Answer>>,
    names: Names,
    spare: Arc<Spare>,
    /// Set when the iterator is dropped: documents not yet started are skipped.
    cancelled: Arc<AtomicBool>,
}

impl Drop for AnalyzeMany {
    fn drop(&mut self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
}

#[pymethods]
impl AnalyzeMany {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        // Other Python threads get their turn between two results, even when the results
        // are ready and a C loop (`list(...)`) asks for them without running any bytecode.
        py.detach(|| ());
        self.fill(py);
        loop {
            match self.slots.front() {
                None => return Ok(None),
                Some(Slot::Waiting) => self.wait(py)?,
                Some(_) => break,
            }
        }
        let slot = self.slots.pop_front();
        self.first += 1;
        // The workers get the next document before this one is converted.
        self.fill(py);
        match slot {
            Some(Slot::Done(Ok(tape))) => {
                let value = tape.to_python(py, &mut self.names);
                self.spare.give(tape);
                Ok(Some(value?.unbind()))
            }
            Some(Slot::Done(Err(e))) => Err(PyRuntimeError::new_err(e)),
            Some(Slot::Failed(e)) => Err(e),
            Some(Slot::Waiting) | None => Ok(None),
        }
    }
}

impl AnalyzeMany {
    /// Reads documents and hands them to the pool until `window` are waiting or returned
    /// ones, or the input ends.
    fn fill(&mut self, py: Python<'_>) {
        while self.slots.len() < self.window {
            let Some(documents) = &self.documents else { return };
            let item = match documents.bind(py).call_method0("__next__") {
                Ok(item) => item,
                Err(e) => {
                    self.documents = None;
                    if !e.is_instance_of::<pyo3::exceptions::PyStopIteration>(py) {
                        self.slots.push_back(Slot::Failed(e));
                    }
                    return;
                }
            };
            let input = match read_input(&item, self.date) {
                Ok(input) => input,
                Err(e) => {
                    self.slots.push_back(Slot::Failed(e));
                    continue;
                }
            };
            let index = self.first + self.slots.len() as u64;
            let reply = Reply { index, tx: self.tx.clone(), sent: false };
            let (pipeline, fields) = (Arc::clone(&self.pipeline), self.fields);
            let cancelled = Arc::clone(&self.cancelled);
            let spare = Arc::clone(&self.spare);
            self.pool.spawn_fifo(move || {
                if cancelled.load(Ordering::Relaxed) {
                    return reply.send(Err("cancelled".into()));
                }
                let tape = spare.take();
                let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    analyse(&pipeline, input, fields, tape)
                }))
                .unwrap_or_else(|_| Err("the analysis of the document panicked".into()));
                reply.send(result);
            });
            self.slots.push_back(Slot::Waiting);
        }
    }

    /// Files the answers of the workers that have arrived; waits for one, with the GIL
    /// released, if none has.
    fn wait(&mut self, py: Python<'_>) -> PyResult<()> {
        let stopped = || PyRuntimeError::new_err("a worker thread stopped unexpectedly");
        let mut answers: Vec<Answer> = {
            let rx = self.rx.lock().map_err(|_| stopped())?;
            rx.try_iter().collect()
        };
        if answers.is_empty() {
            let rx = &self.rx;
            answers = py
                .detach(|| {
                    let rx = rx.lock().map_err(|_| ())?;
                    let mut answers = vec![rx.recv().map_err(|_| ())?];
                    answers.extend(rx.try_iter());
                    Ok::<_, ()>(answers)
                })
                .map_err(|()| stopped())?;
        }
        for (index, result) in answers {
            let slot = index
                .checked_sub(self.first)
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| self.slots.get_mut(i));
            if let Some(slot @ Slot::Waiting) = slot {
                *slot = Slot::Done(result);
            }
        }
        Ok(())
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
