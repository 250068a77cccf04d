//! Names, places, organisations and nationalities in English news text, from gazetteers.
//!
//! `nutgraf-gazetteer` is the second stage of [nutgraf](https://crates.io/crates/nutgraf). A
//! [`Gazetteer`] holds [`Entry`]s (a canonical id, a display name, an [`EntityKind`],
//! attributes and aliases) and finds their [`Mention`]s in text:
//!
//! - **Lookup** with a word trie over the words of [nutgraf-tokenize](nutgraf_tokenize) (each
//!   surface form is a path of word ids, so a million entries build in seconds and well under
//!   150 MB): matches are token-aligned and leftmost-longest (a
//!   match never starts or ends inside a token, so `Oman` is not found in `Romania`, except
//!   before a possessive: `Russia’s` → `Russia`), case-aware ([`CaseMode`]: `US` but not `us`,
//!   `NEW DELHI` in a dateline) and quote-folded (`People’s` = `People's`).
//! - **Rules**, as GATE's ANNIE combines lists and rules: person names from first names and
//!   capitalisation (`Yuri Ushakov`), title cues (`Foreign Minister Sergei Lavrov`, `President
//!   Putin`), later partial mentions linked to the full name (`Putin` → Vladimir Putin),
//!   ambiguity resolved by context and priors (`Washington` the city, the state or a person;
//!   `Georgia`), and a stop-list (`March`, `Police`, `Mobile` are not places).
//!
//! Every mention says [how](How) it was found, so precision-minded users can keep only exact
//! aliases.
//!
//! # Example
//!
//! ```
//! use nutgraf_gazetteer::{EntityKind, Gazetteer, How};
//!
//! let text = "NEW DELHI: Russian President Vladimir Putin will visit the DPRK. \
//!             Putin’s adviser Yuri Ushakov said Russia’s ties would grow.";
//! let gazetteer = Gazetteer::new(); // the embedded default, built once and shared
//! let mentions = gazetteer.find(text);
//! let found: Vec<(&str, EntityKind, &str)> = mentions
//!     .iter()
//!     .map(|m| (m.text(text), m.kind, m.id.as_str()))
//!     .collect();
//! assert_eq!(found, [
//!     ("NEW DELHI", EntityKind::Place, "New Delhi"),
//!     ("Russian", EntityKind::Nationality, "Russia"),
//!     ("Vladimir Putin", EntityKind::Person, "Vladimir Putin"),
//!     ("DPRK", EntityKind::Place, "North Korea"),
//!     ("Putin", EntityKind::Person, "Vladimir Putin"),
//!     ("Yuri Ushakov", EntityKind::Person, "Yuri Ushakov"),
//!     ("Russia", EntityKind::Place, "Russia"),
//! ]);
//! assert_eq!(mentions[4].how, How::Alias); // `Putin` is an alias of Vladimir Putin
//! assert_eq!(mentions[5].how, How::TitleCue); // `adviser` announces a name no list has
//! ```
//!
//! Your own lists come in as TSV ([`GazetteerBuilder::add_reader`]), JSON (feature `serde`)
//! or [`Entry`] values; later sources win for the same surface form.
//!
//! # Crate features
//!
//! - `embedded` (on by default): the default gazetteer, compiled into the crate and built
//!   lazily on first use: countries and their other names, demonyms, continents and regions,
//!   US states, cities of 15,000 people or more (GeoNames, CC BY 4.0), international
//!   organisations and government bodies, heads of state and government and ministers, first
//!   names (US Census and international) and surnames (US Census). See `DATA_SOURCES.md`.
//!   Without it, [`Gazetteer::new`] is empty and you load your own lists.
//! - `serde` (off by default): `Serialize`/`Deserialize` for [`Entry`], [`Mention`],
//!   [`EntityKind`], [`CaseMode`] and [`How`], and
//!   `GazetteerBuilder::add_json_reader`.

#![forbid(unsafe_code)]

mod build;
#[cfg(feature = "embedded")]
mod embedded;
mod entry;
mod error;
mod find;
mod mention;
mod store;
mod trie;
mod vocab;

use std::cell::Cell;
use std::sync::Arc;

pub use build::GazetteerBuilder;
pub use entry::{CaseMode, EntityKind, Entry};
pub use error::{Error, ErrorKind};
pub use mention::{How, Mention};
pub use nutgraf_tokenize::Span;

use nutgraf_tokenize::Token;

thread_local! {
    /// Buffers reused by the calls of one thread (words, tokens, matches).
    static SCRATCH: Cell<find::Scratch> = Cell::new(find::Scratch::default());
}

/// Runs `f` with this thread's buffers (taken out for the call, so a nested call simply gets
/// fresh ones).
fn with_scratch<R>(f: impl FnOnce(&mut find::Scratch) -> R) -> R {
    let mut scratch = SCRATCH.try_with(Cell::take).unwrap_or_default();
    let found = f(&mut scratch);
    scratch.trim();
    let _ = SCRATCH.try_with(|cell| cell.set(scratch));
    found
}

/// Word classes used by the rules; see [`GazetteerBuilder::add_words`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WordClass {
    /// First names (`Vladimir`, `Matthew`): with a capitalised word after them they make a
    /// person name.
    GivenName,
    /// Surnames (`Miller`): may follow a first name even when they are also common words.
    Surname,
    /// Words that are never a one-word place, organisation or other name (`March`, `Police`).
    StopWord,
    /// Common lowercase words, which do not continue a person name (`Said`, `The`).
    CommonWord,
}

/// A gazetteer: entries and the word trie over their surface forms. Cheap to clone (shared);
/// `Send + Sync`, so one instance serves many threads.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    inner: Arc<find::Inner>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

impl Gazetteer {
    /// The default gazetteer: the embedded data (feature `embedded`), built on first use and
    /// shared by every later call; empty without the feature.
    pub fn new() -> Gazetteer {
        #[cfg(feature = "embedded")]
        {
            embedded::default_gazetteer()
        }
        #[cfg(not(feature = "embedded"))]
        {
            Gazetteer::empty()
        }
    }

    /// A gazetteer with no entries (the rules still find person names with a title cue).
    pub fn empty() -> Gazetteer {
        match GazetteerBuilder::new().build() {
            Ok(g) => g,
            Err(err) => {
                debug_assert!(false, "an empty gazetteer always builds: {err}");
                Gazetteer {
                    inner: Arc::new(find::Inner {
                        store: Default::default(),
                        vocab: Arc::new(vocab::Vocab::new()),
                        trie: Default::default(),
                        stop_list: true,
                        rules: true,
                        tokenizer: nutgraf_tokenize::Tokenizer::new(),
                        cache_id: find::new_cache_id(),
                    }),
                }
            }
        }
    }

    /// A builder to combine the default data with your own entries and lists.
    ///
    /// ```
    /// use nutgraf_gazetteer::Gazetteer;
    ///
    /// let list = "organization\tNutgraf Labs\t\tNutgraf\n";
    /// let g = Gazetteer::builder().add_defaults().add_reader(list.as_bytes())?.build()?;
    /// let found = g.find("Nutgraf opened an office in Berlin.");
    /// assert_eq!(found[0].id, "Nutgraf Labs");
    /// assert_eq!(found[1].id, "Berlin");
    /// # Ok::<(), nutgraf_gazetteer::Error>(())
    /// ```
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// Finds the mentions in `text` (tokenizing it first), in text order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        with_scratch(|s| {
            let mut tokens = core::mem::take(&mut s.tokens);
            tokens.clear();
            self.inner.tokenizer.tokenize_into(text, &mut tokens);
            let found = self.inner.find(text, &tokens, s);
            s.tokens = tokens;
            found
        })
    }

    /// Finds the mentions in `text` given its tokens (from
    /// [`Tokenizer::tokenize`](nutgraf_tokenize::Tokenizer::tokenize) with default options).
    pub fn find_tokens(&self, text: &str, tokens: &[Token]) -> Vec<Mention> {
        with_scratch(|s| self.inner.find(text, tokens, s))
    }

    /// The entries that have `form` as a surface form (after case and quote folding), in the
    /// order they were added; case modes are not checked.
    ///
    /// ```
    /// use nutgraf_gazetteer::{EntityKind, Gazetteer};
    ///
    /// let g = Gazetteer::new();
    /// let kinds: Vec<EntityKind> = g.lookup("Washington").iter().map(|e| e.kind).collect();
    /// assert!(kinds.contains(&EntityKind::Place));
    ///
    /// // Listed companies carry their stock ticker.
    /// let rr = g.lookup("Rolls-Royce").into_iter().find(|e| e.kind == EntityKind::Organization);
    /// let rr = rr.expect("a listed company");
    /// assert_eq!((rr.id.as_str(), rr.ticker.as_deref()), ("Rolls-Royce Holdings", Some("RR.L")));
    /// ```
    pub fn lookup(&self, form: &str) -> Vec<Entry> {
        let inner = &self.inner;
        match inner.node_of(form) {
            0 => Vec::new(),
            node => inner
                .cands(node)
                .iter()
                .filter_map(|&c| inner.store.entry(inner.cand_entry(c)))
                .collect(),
        }
    }

    /// All entries, in the order they were added (each one copied out of the compact store).
    ///
    /// ```
    /// use nutgraf_gazetteer::Gazetteer;
    ///
    /// let forms: usize = Gazetteer::new().entries().map(|e| 1 + e.aliases.len()).sum();
    /// assert!(forms > 30_000);
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = Entry> + '_ {
        (0..self.inner.store.entries.len() as u32).filter_map(|i| self.inner.store.entry(i))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.inner.store.entries.len()
    }

    /// True when the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.inner.store.entries.is_empty()
    }

    /// Approximate heap memory in bytes (entries, vocabulary, word trie).
    pub fn memory_usage(&self) -> usize {
        let i = &self.inner;
        i.store.heap_bytes() + i.trie.heap_bytes() + i.vocab.heap_bytes()
    }
}

/// Writes the class's name (`given name`, `surname`, `stop word`, `common word`).
impl core::fmt::Display for WordClass {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            WordClass::GivenName => "given name",
            WordClass::Surname => "surname",
            WordClass::StopWord => "stop word",
            WordClass::CommonWord => "common word",
        })
    }
}

/// The crate README's example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
