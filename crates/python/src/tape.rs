//! A serialised analysis as a flat list of operations (a "tape"), written by serde without
//! the GIL in the worker threads and replayed into Python objects with the GIL.
//!
//! The tape is what `serde_json` would write, one token at a time: the same `Serialize`
//! code (`nutgraf::AnalysisRef`) produces it, and [`Tape::to_python`] builds from it the
//! objects `json.loads` would build from the JSON: dicts with the same keys in the same
//! order, lists, ints, floats (an `f32` becomes the Python float of its shortest decimal
//! form, as `serde_json` writes it and `json.loads` reads it back), strs, bools and `None`.
//! Dict keys and the names of enum variants (`"word"`, `"person"`) are Python strings
//! interned once per process and shared, as immutable strings may be.

use std::collections::HashMap;
use std::fmt;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyList, PyString};
use serde::ser::{self, Serialize};

// Every operation is a tag and 8 bytes.
const _: () = assert!(std::mem::size_of::<Op>() == 16);

/// One operation of a tape.
#[derive(Clone, Copy, Debug)]
enum Op {
    /// A dict of this many entries follows: each is a key (`Name` or `Str`) and a value.
    Dict(usize),
    /// A list of this many values follows.
    List(usize),
    /// A string with a `'static` name: a struct field or an enum variant (index in `names`).
    Name(usize),
    /// A string of this many bytes of the tape's text, which holds the strings in the order
    /// of their operations.
    Str(usize),
    Int(i64),
    UInt(u64),
    Float(f64),
    Bool(bool),
    Null,
}

/// A serialised value: operations, the text its strings are cut from, and the `'static`
/// names it uses.
pub struct Tape {
    ops: Vec<Op>,
    text: String,
    names: Vec<&'static str>,
    /// The largest unsigned integer written (offsets, mostly).
    max_uint: u64,
    /// How many unsigned integers were written.
    uints: usize,
    /// The address, length and index in `names` of names, by their address (a small hash
    /// table; a name that collides is added again, which costs nothing but a slot; no
    /// `&'static str` is at address 0).
    slots: Box<[(usize, usize, usize); 64]>,
}

/// Why a value could not be written to a tape (it is not representable as JSON).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

impl Default for Tape {
    fn default() -> Tape {
        Tape::new()
    }
}

impl Tape {
    /// An empty tape.
    pub fn new() -> Tape {
        Tape {
            ops: Vec::new(),
            text: String::new(),
            names: Vec::new(),
            max_uint: 0,
            uints: 0,
            slots: Box::new([(0, 0, 0); 64]),
        }
    }

    /// The tape of `value`, written into this one's buffers (emptied first).
    pub fn write<T: Serialize + ?Sized>(mut self, value: &T) -> Result<Tape, Error> {
        self.clear();
        value.serialize(&mut self)?;
        Ok(self)
    }

    fn clear(&mut self) {
        self.ops.clear();
        self.text.clear();
        self.names.clear();
        self.max_uint = 0;
        self.uints = 0;
        *self.slots = [(0, 0, 0); 64];
    }

    /// Bytes of memory the tape holds.
    pub fn capacity(&self) -> usize {
        self.ops.capacity() * std::mem::size_of::<Op>() + self.text.capacity()
    }

    #[inline]
    fn name(&mut self, name: &'static str) -> Op {
        let addr = name.as_ptr() as usize;
        let slot = (addr ^ (addr >> 6) ^ name.len()) & 63;
        let (a, len, i) = self.slots[slot];
        if a == addr && len == name.len() {
            return Op::Name(i);
        }
        let i = self.names.len();
        self.names.push(name);
        self.slots[slot] = (addr, name.len(), i);
        Op::Name(i)
    }

    #[inline]
    fn str(&mut self, s: &str) -> Op {
        self.text.push_str(s);
        Op::Str(s.len())
    }

    /// Starts a dict or list whose length is written by [`Tape::close`].
    fn open(&mut self, op: Op) -> Compound<'_> {
        let at = self.ops.len();
        self.ops.push(op);
        Compound { tape: self, at, n: 0 }
    }

    /// The Python object the tape describes.
    ///
    /// Python's cyclic garbage collector is paused while the objects are built (they are
    /// new and hold no cycle; a collection every 700 of them would only walk them), and
    /// resumed, if it was running, before this returns. When the tape's non-negative
    /// integers are dense in their range (the offsets of tokens and words, which share their
    /// ends), equal ones are one Python int each.
    pub fn to_python<'py>(
        &self,
        py: Python<'py>,
        names: &mut Names,
    ) -> PyResult<Bound<'py, PyAny>> {
        let interned: Vec<Bound<'py, PyString>> =
            self.names.iter().map(|n| names.get(py, n)).collect();
        let cache_len =
            usize::try_from(self.max_uint).map_or(0, |m| m.saturating_add(1)).min(MAX_SHARED_INT);
        // Worth it when the integers are dense in their range (the offsets of tokens and
        // words), not for a few offsets of a long text.
        let cache_len = if self.uints >= cache_len / 4 { cache_len } else { 0 };
        let mut reader = Reader {
            ops: self.ops.iter(),
            text: &self.text,
            names: &interned,
            ints: vec![None; cache_len],
        };
        let gc = names.gc(py)?;
        let paused = gc.isenabled.bind(py).call0()?.is_truthy()?;
        if paused {
            gc.disable.bind(py).call0()?;
        }
        let value = reader.value(py);
        if paused {
            gc.enable.bind(py).call0()?;
        }
        value
    }
}

/// Integers up to this are shared within a document (the cache costs 8 bytes each).
const MAX_SHARED_INT: usize = 1 << 22;

/// The functions of Python's `gc` module that pause and resume the collector.
struct Gc {
    isenabled: Py<PyAny>,
    disable: Py<PyAny>,
    enable: Py<PyAny>,
}

/// The Python strings of the `'static` names of tapes, made once, and the `gc` functions.
#[derive(Default)]
pub struct Names {
    strings: HashMap<(usize, usize), Py<PyString>>,
    gc: Option<Gc>,
}

impl Names {
    fn get<'py>(&mut self, py: Python<'py>, name: &'static str) -> Bound<'py, PyString> {
        self.strings
            .entry((name.as_ptr() as usize, name.len()))
            .or_insert_with(|| PyString::intern(py, name).unbind())
            .bind(py)
            .clone()
    }

    fn gc(&mut self, py: Python<'_>) -> PyResult<&Gc> {
        if self.gc.is_none() {
            let gc = py.import("gc")?;
            self.gc = Some(Gc {
                isenabled: gc.getattr("isenabled")?.unbind(),
                disable: gc.getattr("disable")?.unbind(),
                enable: gc.getattr("enable")?.unbind(),
            });
        }
        self.gc.as_ref().ok_or_else(corrupt)
    }
}

struct Reader<'a, 'py> {
    ops: std::slice::Iter<'a, Op>,
    text: &'a str,
    names: &'a [Bound<'py, PyString>],
    /// The ints made so far, by value.
    ints: Vec<Option<Bound<'py, PyAny>>>,
}

fn corrupt() -> PyErr {
    PyValueError::new_err("nutgraf: a malformed analysis tape (a bug: please report it)")
}

impl<'py> Reader<'_, 'py> {
    fn value(&mut self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let op = *self.ops.next().ok_or_else(corrupt)?;
        Ok(match op {
            Op::Dict(n) => {
                let dict = PyDict::new(py);
                for _ in 0..n {
                    if let Some(&Op::Name(i)) = self.ops.as_slice().first() {
                        self.ops.next();
                        let value = self.value(py)?;
                        dict.set_item(self.names.get(i).ok_or_else(corrupt)?, value)?;
                    } else {
                        let key = self.value(py)?;
                        let value = self.value(py)?;
                        dict.set_item(key, value)?;
                    }
                }
                dict.into_any()
            }
            Op::List(n) => {
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.value(py)?);
                }
                PyList::new(py, items)?.into_any()
            }
            Op::Name(i) => self.names.get(i).ok_or_else(corrupt)?.clone().into_any(),
            Op::Str(len) => {
                let (s, rest) = self.text.split_at_checked(len).ok_or_else(corrupt)?;
                self.text = rest;
                PyString::new(py, s).into_any()
            }
            Op::Int(v) => v.into_pyobject(py)?.into_any(),
            Op::UInt(v) => match usize::try_from(v).ok().and_then(|i| self.ints.get_mut(i)) {
                Some(Some(int)) => int.clone(),
                Some(slot) => slot.insert(v.into_pyobject(py)?.into_any()).clone(),
                None => v.into_pyobject(py)?.into_any(),
            },
            Op::Float(v) => PyFloat::new(py, v).into_any(),
            Op::Bool(v) => pyo3::types::PyBool::new(py, v).to_owned().into_any(),
            Op::Null => py.None().into_bound(py),
        })
    }
}

/// A dict or list being written: where its opening operation is and how many entries (or
/// values) it has so far.
pub struct Compound<'a> {
    tape: &'a mut Tape,
    at: usize,
    n: usize,
}

impl Compound<'_> {
    fn close(self) {
        if let Some(op) = self.tape.ops.get_mut(self.at) {
            *op = match op {
                Op::Dict(_) => Op::Dict(self.n),
                _ => Op::List(self.n),
            };
        }
    }

    #[inline]
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.tape)?;
        self.n += 1;
        Ok(())
    }

    #[inline]
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        let op = self.tape.name(key);
        self.tape.ops.push(op);
        self.element(value)
    }
}

/// The float `serde_json` writes for an `f32` (its shortest decimal form), read back as
/// `json.loads` reads it: the same digits, as an `f64`; `None` for a non-finite one, which
/// `serde_json` writes as `null`.
fn f32_as_json(v: f32) -> Option<f64> {
    if !v.is_finite() {
        return None;
    }
    let mut buf = [0u8; 32];
    let len = {
        let mut w = &mut buf[..];
        serde_json::to_writer(&mut w, &v).ok()?;
        32 - w.len()
    };
    std::str::from_utf8(buf.get(..len)?).ok()?.parse::<f64>().ok()
}

impl<'a> ser::Serializer for &'a mut Tape {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Variant<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Variant<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.ops.push(Op::Bool(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.ops.push(Op::Int(v));
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.max_uint = self.max_uint.max(v);
        self.uints += 1;
        self.ops.push(Op::UInt(v));
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        let v = i64::try_from(v).map_err(|_| Error(format!("integer {v} out of range")))?;
        self.serialize_i64(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        let v = u64::try_from(v).map_err(|_| Error(format!("integer {v} out of range")))?;
        self.serialize_u64(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.ops.push(f32_as_json(v).map_or(Op::Null, Op::Float));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.ops.push(if v.is_finite() { Op::Float(v) } else { Op::Null });
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0u8; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        let op = self.str(v);
        self.ops.push(op);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        // As serde_json: a list of numbers.
        self.ops.push(Op::List(v.len()));
        self.ops.extend(v.iter().map(|&b| Op::UInt(b.into())));
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.ops.push(Op::Null);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        let op = self.name(variant);
        self.ops.push(op);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut dict = self.open(Op::Dict(0));
        dict.field(variant, value)?;
        dict.close();
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(Op::List(0)))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(Op::List(0)))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.open(Op::List(0)))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Variant<'a>, Error> {
        self.ops.push(Op::Dict(1));
        let op = self.name(variant);
        self.ops.push(op);
        Ok(Variant(self.open(Op::List(0))))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open(Op::Dict(0)))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open(Op::Dict(0)))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Variant<'a>, Error> {
        self.ops.push(Op::Dict(1));
        let op = self.name(variant);
        self.ops.push(op);
        Ok(Variant(self.open(Op::Dict(0))))
    }
}

/// The serde traits of the sequences a tape writes alike: each element in turn, then the end.
macro_rules! elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close();
                Ok(())
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // As serde_json: a map key must be a string, or a number or bool written as one.
        key.serialize(MapKey(&mut *self.tape))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close();
        Ok(())
    }
}

/// The value of a `{variant: value}` dict (a tuple or struct variant): closes both.
pub struct Variant<'a>(Compound<'a>);

impl ser::SerializeTupleVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.0.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.0.close();
        Ok(())
    }
}

impl ser::SerializeStructVariant for Variant<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.0.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.0.close();
        Ok(())
    }
}

/// Writes a map key: a string as it is; integers, floats and bools as their JSON text.
struct MapKey<'a>(&'a mut Tape);

impl MapKey<'_> {
    fn text(self, s: &str) -> Result<(), Error> {
        let op = self.0.str(s);
        self.0.ops.push(op);
        Ok(())
    }
    fn json<T: Serialize>(self, v: T) -> Result<(), Error> {
        let s = serde_json::to_string(&v).map_err(|e| Error(e.to_string()))?;
        self.text(&s)
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".to_owned())
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.text(if v { "true" } else { "false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.json(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(Error("a map key must be a finite number".to_owned()));
        }
        self.json(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(Error("a map key must be a finite number".to_owned()));
        }
        self.json(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.text(v.encode_utf8(&mut [0u8; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.text(v)
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        let op = self.0.name(variant);
        self.0.ops.push(op);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}
