//! Compact storage of entries: one string arena and 16-byte records, so that a million
//! entries fit in tens of megabytes.
//!
//! Layout of one entry in the arena: `REC` and the record `id SEP country SEP parent SEP role
//! SEP context END` (the id is empty when it equals the name), then each surface form followed
//! by `END` (the first is the display name). A surface form is named by its arena offset (a
//! [`FormRef`]), so no table of form offsets is kept.

use crate::entry::{CaseMode, EntityKind, Entry};

/// Separates the fields of a record.
const SEP: u8 = 0x1f;
/// Ends a record or a surface form.
const END: u8 = 0x1e;
/// Starts an entry (its record, then its surface forms).
const REC: u8 = 0x1d;

/// Largest arena size: offsets keep two spare high bits (see [`FormRef`]).
pub(crate) const MAX_ARENA: usize = 1 << 30;

/// A surface form: its arena offset (30 bits) and its resolved case mode (2 high bits).
pub(crate) type FormRef = u32;

/// Case mode bits of a [`FormRef`].
pub(crate) mod case_bits {
    /// [`CaseMode::Exact`](crate::CaseMode::Exact).
    pub const EXACT: u32 = 0;
    /// [`CaseMode::Capitalized`](crate::CaseMode::Capitalized).
    pub const CAPITALIZED: u32 = 1;
    /// [`CaseMode::Insensitive`](crate::CaseMode::Insensitive).
    pub const INSENSITIVE: u32 = 2;
}

/// The arena offset of a form.
#[inline]
pub(crate) fn form_offset(f: FormRef) -> u32 {
    f & (MAX_ARENA as u32 - 1)
}

/// The resolved case mode of a form.
#[inline]
pub(crate) fn form_case(f: FormRef) -> CaseMode {
    match f >> 30 {
        case_bits::EXACT => CaseMode::Exact,
        case_bits::INSENSITIVE => CaseMode::Insensitive,
        _ => CaseMode::Capitalized,
    }
}

/// A form reference from an offset and a resolved case mode.
#[inline]
pub(crate) fn form_ref(offset: u32, case: CaseMode) -> FormRef {
    let bits = match case {
        CaseMode::Exact => case_bits::EXACT,
        CaseMode::Insensitive => case_bits::INSENSITIVE,
        _ => case_bits::CAPITALIZED,
    };
    form_offset(offset) | bits << 30
}

/// One entry (8 bytes).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Packed {
    /// Arena offset of the entry (its `REC`).
    off: u32,
    pub(crate) kind: EntityKind,
    pub(crate) case: CaseMode,
    /// True when the entry has a population or a prior (in [`Store::extras`]).
    extra: bool,
    /// What its role says, for the rules that ask often ([`role`] bits).
    pub(crate) roles: u8,
}

/// Bits of [`Packed::roles`]: words found in an entry's role.
pub(crate) mod role {
    /// `country` in the role.
    pub const COUNTRY: u8 = 1;
    /// `continent` in the role.
    pub const CONTINENT: u8 = 1 << 1;
    /// `capital` in the role.
    pub const CAPITAL: u8 = 1 << 2;
    /// `state` in the role.
    pub const STATE: u8 = 1 << 3;
    /// The role is `brand`.
    pub const BRAND: u8 = 1 << 4;

    /// The bits of a role.
    pub fn of(role: &str) -> u8 {
        let mut bits = 0;
        for (word, bit) in
            [("country", COUNTRY), ("continent", CONTINENT), ("capital", CAPITAL), ("state", STATE)]
        {
            if role.contains(word) {
                bits |= bit;
            }
        }
        if role == "brand" {
            bits |= BRAND;
        }
        bits
    }
}

/// Population and prior of an entry that has either.
#[derive(Clone, Copy, Debug)]
struct Extra {
    entry: u32,
    /// Population, saturated; `u32::MAX` when unknown.
    population: u32,
    prior: f32,
}

/// All entries.
#[derive(Clone, Debug, Default)]
pub(crate) struct Store {
    arena: String,
    pub(crate) entries: Vec<Packed>,
    /// By entry, for the entries with a population or a prior.
    extras: Vec<Extra>,
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
    pub(crate) ticker: &'a str,
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
    pub(crate) ticker: &'a str,
}

/// Reserves room for `extra` more items, growing by an eighth rather than doubling, so that
/// large lists waste little memory.
pub(crate) fn grow<T>(v: &mut Vec<T>, extra: usize) {
    if v.capacity() - v.len() < extra {
        v.reserve_exact(extra.max(v.len() / 8).max(1024));
    }
}

/// Position of the first `byte` in `s` at or after `from` (`s.len()` if none).
#[inline]
fn find_byte(s: &[u8], from: usize, byte: u8) -> usize {
    s.get(from..).and_then(|r| r.iter().position(|&b| b == byte)).map_or(s.len(), |p| from + p)
}

impl Store {
    #[cfg_attr(not(feature = "embedded"), allow(dead_code))]
    pub(crate) fn reserve(&mut self, entries: usize, bytes: usize) {
        self.arena.reserve(bytes);
        self.entries.reserve(entries);
    }

    /// Appends a field to the arena, with control separators inside it replaced.
    fn push_field(&mut self, s: &str, lowercase: bool) {
        let special = |b: &u8| {
            matches!(*b, SEP | END | REC) || lowercase && (*b == b',' || !b.is_ascii_lowercase())
        };
        if s.as_bytes().iter().any(special) {
            for c in s.chars() {
                match c {
                    '\u{1d}' | '\u{1e}' | '\u{1f}' | ',' => self.arena.push(' '),
                    c if lowercase => self.arena.extend(c.to_lowercase()),
                    c => self.arena.push(c),
                }
            }
        } else {
            self.arena.push_str(s);
        }
    }

    /// Adds an entry with its surface forms already cleaned (`forms[0]` is the name).
    /// Returns the entry's index, or `None` when the store is full (1 GiB of text or 2³²
    /// entries).
    pub(crate) fn push(&mut self, e: &EntryRef<'_>, forms: &[&str]) -> Option<u32> {
        let index = u32::try_from(self.entries.len()).ok()?;
        let off = u32::try_from(self.arena.len()).ok()?;
        // Room for the whole entry, growing by an eighth (lowercasing may lengthen the
        // context a little; the string then grows by itself).
        let bytes = forms.iter().map(|f| f.len() + 1).sum::<usize>()
            + [e.id, e.country, e.parent, e.role, e.context, e.ticker]
                .iter()
                .map(|f| f.len() + 1)
                .sum::<usize>()
            + 1;
        if self.arena.capacity() - self.arena.len() < bytes {
            self.arena.reserve_exact(bytes.max(self.arena.len() / 8).max(1 << 16));
        }
        self.arena.push(REC as char);
        if e.id != forms.first().copied().unwrap_or("") {
            self.push_field(e.id, false);
        }
        for (field, lower) in
            [(e.country, false), (e.parent, false), (e.role, false), (e.context, true)]
        {
            self.arena.push(SEP as char);
            self.push_field(field, lower);
        }
        // The ticker last and only when there is one: the record of most entries ends here.
        if !e.ticker.is_empty() {
            self.arena.push(SEP as char);
            self.push_field(e.ticker, false);
        }
        self.arena.push(END as char);
        for f in forms {
            self.push_field(f, false);
            self.arena.push(END as char);
        }
        if self.arena.len() > MAX_ARENA {
            return None;
        }
        let population = match e.population {
            Some(p) => u32::try_from(p).unwrap_or(u32::MAX - 1),
            None => u32::MAX,
        };
        let extra = population != u32::MAX || e.prior != 0.0;
        if extra {
            grow(&mut self.extras, 1);
            self.extras.push(Extra { entry: index, population, prior: e.prior });
        }
        grow(&mut self.entries, 1);
        self.entries.push(Packed {
            off,
            kind: e.kind,
            case: e.case,
            extra,
            roles: role::of(e.role),
        });
        Some(index)
    }

    /// The id and the name of entry `index`, as in [`fields`](Store::fields), without
    /// reading the other fields.
    pub(crate) fn id_and_name(&self, index: u32) -> Option<(&str, &str)> {
        let p = self.entries.get(index as usize)?;
        let b = self.arena.as_bytes();
        let at = p.off as usize + 1;
        let end = find_byte(b, at, END);
        let id_end = b.get(at..end)?.iter().position(|&c| c == SEP).map_or(end, |e| at + e);
        let id = self.arena.get(at..id_end).unwrap_or("");
        let name = self.until_end(end as u32 + 1);
        Some((if id.is_empty() { name } else { id }, name))
    }

    /// The [`role`] bits of entry `index` (0 when out of range).
    #[inline]
    pub(crate) fn roles(&self, index: u32) -> u8 {
        self.entries.get(index as usize).map_or(0, |p| p.roles)
    }

    /// The arena text from `off` to the next `END`.
    #[inline]
    fn until_end(&self, off: u32) -> &str {
        let b = self.arena.as_bytes();
        let start = off as usize;
        self.arena.get(start..find_byte(b, start, END)).unwrap_or("")
    }

    /// The entry that the surface form at arena offset `off` belongs to.
    #[inline]
    pub(crate) fn entry_of(&self, off: u32) -> u32 {
        self.entries.partition_point(|p| p.off <= off).saturating_sub(1) as u32
    }

    /// The surface form at arena offset `off` (a [`form_offset`]).
    #[inline]
    pub(crate) fn alias(&self, off: u32) -> &str {
        self.until_end(off)
    }

    /// Arena offsets of the surface forms of entry `index`, name first.
    pub(crate) fn forms(&self, index: u32) -> impl Iterator<Item = u32> + '_ {
        let b = self.arena.as_bytes();
        let mut at = self
            .entries
            .get(index as usize)
            .map_or(b.len(), |p| find_byte(b, p.off as usize, END) + 1);
        core::iter::from_fn(move || {
            if at >= b.len() || b.get(at) == Some(&REC) {
                return None;
            }
            let here = at as u32;
            at = find_byte(b, at, END) + 1;
            Some(here)
        })
    }

    pub(crate) fn fields(&self, index: u32) -> Option<Fields<'_>> {
        let p = self.entries.get(index as usize)?;
        let b = self.arena.as_bytes();
        // The record: fields after REC up to END, separated by SEP; then the name.
        let mut at = p.off as usize + 1;
        let mut parts = [""; 6];
        let mut end = at;
        for part in &mut parts {
            end = b
                .get(at..)
                .and_then(|r| r.iter().position(|&c| c == SEP || c == END))
                .map_or(b.len(), |e| at + e);
            *part = self.arena.get(at..end).unwrap_or("");
            if b.get(end) != Some(&SEP) {
                break;
            }
            at = end + 1;
        }
        let name = self.until_end(end as u32 + 1);
        let [id, country, parent, role, context, ticker] = parts;
        Some(Fields {
            id: if id.is_empty() { name } else { id },
            name,
            country,
            parent,
            role,
            context,
            ticker,
        })
    }

    /// The entry as an owned [`Entry`].
    pub(crate) fn entry(&self, index: u32) -> Option<Entry> {
        let p = self.entries.get(index as usize)?;
        let f = self.fields(index)?;
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        let aliases = self.forms(index).skip(1).map(|a| self.alias(a).to_owned()).collect();
        Some(Entry {
            id: f.id.to_owned(),
            name: f.name.to_owned(),
            kind: p.kind,
            aliases,
            country: opt(f.country),
            population: self.population(index).map(u64::from),
            parent: opt(f.parent),
            role: opt(f.role),
            ticker: opt(f.ticker),
            case: p.case,
            prior: self.prior(index),
            context: f.context.split_whitespace().map(str::to_owned).collect(),
        })
    }

    fn extra(&self, index: u32) -> Option<&Extra> {
        if !self.entries.get(index as usize)?.extra {
            return None;
        }
        let k = self.extras.binary_search_by_key(&index, |x| x.entry).ok()?;
        self.extras.get(k)
    }

    pub(crate) fn population(&self, index: u32) -> Option<u32> {
        self.extra(index).map(|x| x.population).filter(|&p| p != u32::MAX)
    }

    pub(crate) fn prior(&self, index: u32) -> f32 {
        self.extra(index).map_or(0.0, |x| x.prior)
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.arena.capacity()
            + self.entries.capacity() * core::mem::size_of::<Packed>()
            + self.extras.capacity() * core::mem::size_of::<Extra>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_through_the_arena() {
        let mut s = Store::default();
        let e = EntryRef {
            id: "North Korea",
            name: "North Korea",
            kind: EntityKind::Place,
            country: "KP",
            parent: "",
            role: "country",
            context: "Pyongyang, Kim",
            ticker: "",
            population: Some(25_000_000),
            prior: 0.0,
            case: CaseMode::Auto,
        };
        s.push(&e, &["North Korea", "DPRK", "N\u{1e}K"]).unwrap();
        let e2 = EntryRef {
            id: "X1",
            name: "Ex",
            country: "",
            role: "company",
            context: "",
            ticker: "EXX.DE",
            ..e
        };
        s.push(&e2, &["Ex"]).unwrap();
        let forms: Vec<&str> = s.forms(0).map(|o| s.alias(o)).collect();
        assert_eq!(forms, ["North Korea", "DPRK", "N K"]);
        for o in s.forms(0) {
            assert_eq!(s.entry_of(o), 0);
        }
        assert_eq!(s.entry_of(s.forms(1).next().unwrap()), 1);
        let f = s.fields(0).unwrap();
        assert_eq!(
            (f.id, f.country, f.role, f.context),
            ("North Korea", "KP", "country", "pyongyang  kim")
        );
        let f = s.fields(1).unwrap();
        assert_eq!(
            (f.id, f.name, f.country, f.role, f.ticker),
            ("X1", "Ex", "", "company", "EXX.DE")
        );
        assert_eq!(s.fields(0).unwrap().ticker, "");
        assert_eq!(s.entry(1).unwrap().ticker.as_deref(), Some("EXX.DE"));
        // The short paths agree with the record.
        assert_eq!(s.id_and_name(0), Some(("North Korea", "North Korea")));
        assert_eq!(s.id_and_name(1), Some(("X1", "Ex")));
        assert_eq!(s.id_and_name(2), None);
        assert_eq!((s.roles(0), s.roles(1), s.roles(2)), (role::COUNTRY, 0, 0));
        assert_eq!(role::of("brand"), role::BRAND);
        assert_eq!(role::of("state capital"), role::STATE | role::CAPITAL);
        let back = s.entry(0).unwrap();
        assert_eq!(back.aliases, ["DPRK", "N K"]);
        assert_eq!(back.population, Some(25_000_000));
        assert_eq!((s.population(1), s.prior(1)), (Some(25_000_000), 0.0));
        assert_eq!(core::mem::size_of::<Packed>(), 8);
        let r = form_ref(1234, CaseMode::Insensitive);
        assert_eq!((form_offset(r), form_case(r)), (1234, CaseMode::Insensitive));
        let r = form_ref(MAX_ARENA as u32 - 1, CaseMode::Exact);
        assert_eq!((form_offset(r), form_case(r)), (MAX_ARENA as u32 - 1, CaseMode::Exact));
    }
}
