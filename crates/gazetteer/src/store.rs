//! Compact storage of entries: one string arena and small fixed-size records, so that a
//! million entries fit in tens of megabytes.

use crate::entry::{CaseMode, EntityKind, Entry};

/// A string in the arena.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Str {
    off: u32,
    len: u32,
}

/// Separates the fields of an entry record in the arena.
const SEP: char = '\u{1f}';

/// One entry. The record string holds `id SEP name SEP country SEP parent SEP role SEP
/// context` (name empty when equal to the id).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Packed {
    rec: Str,
    /// First alias in [`Store::aliases`]; the entry's aliases run to the next entry's.
    alias_start: u32,
    /// Population, saturated; `u32::MAX` when unknown.
    population: u32,
    pub(crate) prior: f32,
    pub(crate) kind: EntityKind,
    pub(crate) case: CaseMode,
}

/// All entries.
#[derive(Clone, Debug, Default)]
pub(crate) struct Store {
    arena: String,
    pub(crate) entries: Vec<Packed>,
    /// Surface forms (name first, then aliases) of all entries, in entry order.
    pub(crate) aliases: Vec<Str>,
}

/// An entry being added, borrowed from an [`Entry`] or from a line of a list.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntryRef<'a> {
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
    pub(crate) kind: EntityKind,
    pub(crate) country: &'a str,
    pub(crate) parent: &'a str,
    pub(crate) role: &'a str,
    /// Context words separated by spaces or commas (any case).
    pub(crate) context: &'a str,
    pub(crate) population: Option<u64>,
    pub(crate) prior: f32,
    pub(crate) case: CaseMode,
}

/// Fields of one entry, borrowed from the store.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fields<'a> {
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
    pub(crate) country: &'a str,
    pub(crate) parent: &'a str,
    pub(crate) role: &'a str,
    pub(crate) context: &'a str,
}

impl Store {
    fn put(&mut self, s: &str) -> Option<Str> {
        let off = u32::try_from(self.arena.len()).ok()?;
        let len = u32::try_from(s.len()).ok()?;
        off.checked_add(len)?;
        self.arena.push_str(s);
        Some(Str { off, len })
    }

    pub(crate) fn str(&self, s: Str) -> &str {
        self.arena.get(s.off as usize..(s.off as usize + s.len as usize)).unwrap_or("")
    }

    /// Appends a field to the arena, with separators inside it replaced.
    fn push_field(&mut self, s: &str, lowercase: bool) {
        if s.contains(SEP) || lowercase && s.chars().any(|c| c.is_uppercase() || c == ',') {
            for c in s.chars() {
                match c {
                    SEP | ',' => self.arena.push(' '),
                    c if lowercase => self.arena.extend(c.to_lowercase()),
                    c => self.arena.push(c),
                }
            }
        } else {
            self.arena.push_str(s);
        }
    }

    /// Adds an entry with its surface forms already cleaned (`forms[0]` is the name).
    /// Returns its index, or `None` when the store is full (4 GiB of text).
    pub(crate) fn push(&mut self, e: &EntryRef<'_>, forms: &[&str]) -> Option<u32> {
        let index = u32::try_from(self.entries.len()).ok()?;
        let start = self.arena.len();
        self.push_field(e.id, false);
        self.arena.push(SEP);
        if e.name != e.id {
            self.push_field(e.name, false);
        }
        for (field, lower) in
            [(e.country, false), (e.parent, false), (e.role, false), (e.context, true)]
        {
            self.arena.push(SEP);
            self.push_field(field, lower);
        }
        let off = u32::try_from(start).ok()?;
        let len = u32::try_from(self.arena.len() - start).ok()?;
        off.checked_add(len)?;
        let rec = Str { off, len };
        let alias_start = u32::try_from(self.aliases.len()).ok()?;
        for f in forms {
            let s = self.put(f)?;
            self.aliases.push(s);
        }
        let population = match e.population {
            Some(p) => u32::try_from(p).unwrap_or(u32::MAX - 1),
            None => u32::MAX,
        };
        self.entries.push(Packed {
            rec,
            alias_start,
            population,
            prior: e.prior,
            kind: e.kind,
            case: e.case,
        });
        Some(index)
    }

    pub(crate) fn fields(&self, index: u32) -> Option<Fields<'_>> {
        let p = self.entries.get(index as usize)?;
        let mut it = self.str(p.rec).split(SEP);
        let id = it.next().unwrap_or("");
        let name = it.next().unwrap_or("");
        Some(Fields {
            id,
            name: if name.is_empty() { id } else { name },
            country: it.next().unwrap_or(""),
            parent: it.next().unwrap_or(""),
            role: it.next().unwrap_or(""),
            context: it.next().unwrap_or(""),
        })
    }

    pub(crate) fn alias_range(&self, index: u32) -> core::ops::Range<usize> {
        let start = self.entries.get(index as usize).map_or(0, |p| p.alias_start as usize);
        let end = self
            .entries
            .get(index as usize + 1)
            .map_or(self.aliases.len(), |p| p.alias_start as usize);
        start..end.max(start)
    }

    /// The entry as an owned [`Entry`].
    pub(crate) fn entry(&self, index: u32) -> Option<Entry> {
        let p = self.entries.get(index as usize)?;
        let f = self.fields(index)?;
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        let aliases = self
            .aliases
            .get(self.alias_range(index))
            .unwrap_or(&[])
            .iter()
            .map(|&s| self.str(s))
            .filter(|a| *a != f.name)
            .map(str::to_owned)
            .collect();
        Some(Entry {
            id: f.id.to_owned(),
            name: f.name.to_owned(),
            kind: p.kind,
            aliases,
            country: opt(f.country),
            population: (p.population != u32::MAX).then_some(u64::from(p.population)),
            parent: opt(f.parent),
            role: opt(f.role),
            case: p.case,
            prior: p.prior,
            context: f.context.split_whitespace().map(str::to_owned).collect(),
        })
    }

    pub(crate) fn population(&self, index: u32) -> Option<u32> {
        let p = self.entries.get(index as usize)?;
        (p.population != u32::MAX).then_some(p.population)
    }

    pub(crate) fn reserve(&mut self, entries: usize, bytes: usize) {
        self.arena.reserve(bytes);
        self.entries.reserve(entries);
        self.aliases.reserve(entries * 2);
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.arena.capacity()
            + self.entries.capacity() * core::mem::size_of::<Packed>()
            + self.aliases.capacity() * core::mem::size_of::<Str>()
    }
}
