//! Compact storage of entries: one string arena and small fixed-size records, so that a
//! million entries fit in tens of megabytes.
//!
//! Layout of one entry in the arena: its record `id SEP country SEP parent SEP role SEP
//! context END` (the id is empty when it equals the name), then each surface form followed by
//! `END`. The first surface form is the display name.

use crate::entry::{CaseMode, EntityKind, Entry};

/// Separates the fields of a record.
const SEP: char = '\u{1f}';
/// Ends a record or a surface form.
const END: char = '\u{1e}';

/// One entry (20 bytes).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Packed {
    /// Arena offset of the record.
    rec: u32,
    /// First surface form in [`Store::aliases`]; the entry's forms run to the next entry's.
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
    /// Arena offsets of the surface forms (name first, then aliases) of all entries, in entry
    /// order.
    aliases: Vec<u32>,
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

/// Reserves room for `extra` more items, growing by an eighth rather than doubling, so that
/// large lists waste little memory.
pub(crate) fn grow<T>(v: &mut Vec<T>, extra: usize) {
    if v.capacity() - v.len() < extra {
        v.reserve_exact(extra.max(v.len() / 8).max(1024));
    }
}

impl Store {
    #[cfg_attr(not(feature = "embedded"), allow(dead_code))]
    pub(crate) fn reserve(&mut self, entries: usize, bytes: usize) {
        self.arena.reserve(bytes);
        self.entries.reserve(entries);
        self.aliases.reserve(entries * 2);
    }

    /// Appends a field to the arena, with separators inside it replaced.
    fn push_field(&mut self, s: &str, lowercase: bool) {
        if self.arena.capacity() - self.arena.len() < s.len() + 1 {
            self.arena.reserve_exact((s.len() + 1).max(self.arena.len() / 8).max(1 << 16));
        }
        let special = |b: &u8| {
            *b == SEP as u8
                || *b == END as u8
                || lowercase && (*b == b',' || !b.is_ascii_lowercase())
        };
        if s.as_bytes().iter().any(special) {
            for c in s.chars() {
                match c {
                    SEP | END | ',' => self.arena.push(' '),
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
        let rec = u32::try_from(self.arena.len()).ok()?;
        if e.id != forms.first().copied().unwrap_or("") {
            self.push_field(e.id, false);
        }
        for (field, lower) in
            [(e.country, false), (e.parent, false), (e.role, false), (e.context, true)]
        {
            self.arena.push(SEP);
            self.push_field(field, lower);
        }
        self.arena.push(END);
        let alias_start = u32::try_from(self.aliases.len()).ok()?;
        grow(&mut self.aliases, forms.len());
        for f in forms {
            self.aliases.push(u32::try_from(self.arena.len()).ok()?);
            self.push_field(f, false);
            self.arena.push(END);
        }
        u32::try_from(self.arena.len()).ok()?;
        let population = match e.population {
            Some(p) => u32::try_from(p).unwrap_or(u32::MAX - 1),
            None => u32::MAX,
        };
        grow(&mut self.entries, 1);
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

    /// The arena text from `off` to the next [`END`].
    fn until_end(&self, off: u32) -> &str {
        let rest = self.arena.get(off as usize..).unwrap_or("");
        rest.find(END).map_or(rest, |e| rest.get(..e).unwrap_or(""))
    }

    /// The entry that surface form number `alias` belongs to.
    pub(crate) fn entry_of(&self, alias: u32) -> u32 {
        self.entries.partition_point(|p| p.alias_start <= alias).saturating_sub(1) as u32
    }

    /// Surface form number `alias` (across all entries).
    pub(crate) fn alias(&self, alias: u32) -> &str {
        self.aliases.get(alias as usize).map_or("", |&off| self.until_end(off))
    }

    pub(crate) fn fields(&self, index: u32) -> Option<Fields<'_>> {
        let p = self.entries.get(index as usize)?;
        let name = self.alias(p.alias_start);
        let mut it = self.until_end(p.rec).split(SEP);
        let id = it.next().unwrap_or("");
        Some(Fields {
            id: if id.is_empty() { name } else { id },
            name,
            country: it.next().unwrap_or(""),
            parent: it.next().unwrap_or(""),
            role: it.next().unwrap_or(""),
            context: it.next().unwrap_or(""),
        })
    }

    pub(crate) fn alias_range(&self, index: u32) -> core::ops::Range<u32> {
        let start = self.entries.get(index as usize).map_or(0, |p| p.alias_start);
        let end = self
            .entries
            .get(index as usize + 1)
            .map_or(self.aliases.len() as u32, |p| p.alias_start);
        start..end.max(start)
    }

    /// The entry as an owned [`Entry`].
    pub(crate) fn entry(&self, index: u32) -> Option<Entry> {
        let p = self.entries.get(index as usize)?;
        let f = self.fields(index)?;
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        let aliases = self.alias_range(index).skip(1).map(|a| self.alias(a).to_owned()).collect();
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

    pub(crate) fn heap_bytes(&self) -> usize {
        self.arena.capacity()
            + self.entries.capacity() * core::mem::size_of::<Packed>()
            + self.aliases.capacity() * 4
    }
}
