//! [`GazetteerBuilder`]: entries from code, TSV and JSON lists and the embedded default.

use std::io::Read;
use std::sync::Arc;

use nutgraf_tokenize::{Excerpt, Token, Tokenizer};

use crate::entry::{CaseMode, EntityKind, Entry};
use crate::error::{Error, ErrorKind};
use crate::find::Inner;
use crate::store::{EntryRef, Store, form_ref};
use crate::trie::{Keys, Trie};
use crate::vocab::{self, FxSet, Vocab, flag};
use crate::{Gazetteer, WordClass};

/// Builds a [`Gazetteer`] from the embedded default, entries and lists.
///
/// Sources are numbered in the order they are added: [`add_defaults`](Self::add_defaults) and
/// each call of [`add_reader`](Self::add_reader) or `add_json_reader` is one source, and the
/// entries added with [`add`](Self::add) between two such calls form one more. When several
/// sources have the same surface form (after case and quote folding), **the latest source
/// wins**: only its entries are candidates for that form. Entries of one source that share a
/// form are all kept and disambiguated by context and prior (`Washington` the city, the state,
/// the person).
///
/// ```
/// use nutgraf_gazetteer::{EntityKind, Entry, Gazetteer};
///
/// let list = "# kind\tid\tname\taliases\tattributes\n\
///             organization\tAcme Corporation\t\tAcme|ACME Corp\tcc=US\n";
/// let gazetteer = Gazetteer::builder()
///     .add(Entry::new("Springfield", EntityKind::Place).country("US"))
///     .add_reader(list.as_bytes())
///     .unwrap()
///     .build()
///     .unwrap();
/// let found = gazetteer.find("Acme opened an office in Springfield.");
/// assert_eq!(found[0].id, "Acme Corporation");
/// assert_eq!(found[1].id, "Springfield");
/// ```
#[derive(Clone, Debug)]
pub struct GazetteerBuilder {
    /// Shared with the gazetteers built from this builder (copied on the next change).
    store: Arc<Store>,
    vocab: Arc<Vocab>,
    /// `(arena offset of the first entry, source)` for every run of entries from one source.
    sources: Vec<(u32, u32)>,
    source: u32,
    /// True when entries were added with `add` since the last list.
    open_source: bool,
    stop_list: bool,
    rules: bool,
    tokenizer: Tokenizer,
    error: Option<Error>,
    tokens: Vec<Token>,
    folded: String,
}

impl Default for GazetteerBuilder {
    fn default() -> Self {
        GazetteerBuilder::new()
    }
}

impl GazetteerBuilder {
    /// An empty builder (no default data).
    pub fn new() -> GazetteerBuilder {
        let mut vocab = Vocab::new();
        let mut folded = String::new();
        for (words, f, lowercase) in crate::find::RULE_WORDS {
            for w in *words {
                if vocab::fold_word(w, &mut folded)
                    && let Some(id) = vocab.intern(&folded)
                {
                    vocab.set(id, *f);
                    if *lowercase {
                        vocab.allow_lower(id, &folded);
                    }
                }
            }
        }
        GazetteerBuilder {
            store: Arc::new(Store::default()),
            vocab: Arc::new(vocab),
            sources: Vec::new(),
            source: 0,
            open_source: false,
            stop_list: true,
            rules: true,
            tokenizer: Tokenizer::new(),
            error: None,
            tokens: Vec::new(),
            folded: String::new(),
        }
    }

    /// Adds the embedded default gazetteer (feature `embedded`): countries, regions, US states
    /// and cities of 15,000 people or more, demonyms, international organisations and
    /// government bodies, heads of state and government and ministers, first names, surnames
    /// and a stop-list. Without the feature this adds nothing.
    pub fn add_defaults(&mut self) -> &mut Self {
        #[cfg(feature = "embedded")]
        {
            Arc::make_mut(&mut self.vocab).reserve(160_000);
            let bytes: usize = crate::embedded::FILES.iter().map(|(_, d)| d.len()).sum();
            Arc::make_mut(&mut self.store).reserve(40_000, bytes);
            self.next_source();
            self.open_source = false;
            for (name, data) in crate::embedded::FILES {
                if let Err(err) = self.read_tsv(data.as_bytes()) {
                    debug_assert!(false, "embedded data file {name} does not parse: {err}");
                    self.error.get_or_insert(err);
                }
            }
        }
        self
    }

    /// Adds one entry (to the current source; see the type's docs).
    pub fn add(&mut self, entry: Entry) -> &mut Self {
        if !self.open_source {
            self.next_source();
            self.open_source = true;
        }
        if let Err(err) = self.push_entry(&entry) {
            self.error.get_or_insert(err);
        }
        self
    }

    /// Adds the words of a word class (given names, surnames, stop words, common words) used
    /// by the rules.
    pub fn add_words<I, S>(&mut self, class: WordClass, words: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            if let Err(err) = self.push_word(class, w.as_ref()) {
                self.error.get_or_insert(err);
                break;
            }
        }
        self
    }

    /// Adds a list in TSV as one new source. One entry a line, tab-separated:
    ///
    /// ```text
    /// kind  id  name  aliases  attributes
    /// ```
    ///
    /// - `kind`: `person`, `place`, `organization`, `nationality`, `title` or `other`; or a
    ///   word class, `given`, `surname`, `stop` or `common`, followed by words separated by
    ///   `|` in the second column.
    /// - `id`: the canonical id; `name`: the display name (empty: the id); `aliases`: other
    ///   surface forms separated by `|`. Trailing columns may be left out.
    /// - `attributes`: `key=value` pairs separated by `;`: `cc` (country code), `pop`
    ///   (population), `parent`, `role`, `prior` (a number), `case` (`exact`, `capitalized`,
    ///   `insensitive`), `context` (words separated by `,` or spaces), `ticker` (a listed
    ///   company's stock ticker).
    ///
    /// Blank lines and lines starting with `#` are skipped. A line is refused, with an error
    /// naming it, when its kind or an attribute key is unknown, an attribute is not `key=value`,
    /// a `pop`, `prior` or `case` value does not parse, it has more than five columns or
    /// neither an id nor a name, or a word-class line has no words; so is a list that is not
    /// UTF-8. Quoted fields are cut to 80 bytes. The lines before a refused one stay added.
    pub fn add_reader<R: Read>(&mut self, reader: R) -> Result<&mut Self, Error> {
        self.next_source();
        self.open_source = false;
        self.read_tsv(reader)?;
        Ok(self)
    }

    /// Adds a JSON list as one new source: an array of [`Entry`] objects (`id`, `name`,
    /// `kind`, `aliases`, `country`, `population`, `parent`, `role`, `ticker`, `case`,
    /// `prior`, `context`; only `id` or `name` is required).
    ///
    /// The list is refused, and nothing of it added, when it is not valid JSON, when an
    /// element is not an object, when an entry has a field not listed above (a typo such as
    /// `alias` would otherwise drop what it holds), a field of the wrong type or an unknown
    /// value (`kind`, `case`), and when an entry has neither an id nor a name. Errors name the line and
    /// column where the parser stopped (for an entry without id or name, its closing brace)
    /// and, for an error inside an entry, its index in the array; quoted fields are cut to 80
    /// bytes.
    ///
    /// ```
    /// use nutgraf_gazetteer::Gazetteer;
    ///
    /// let list = r#"[{"name": "Acme", "kind": "organization"}, {"kind": "place"}]"#;
    /// let err = Gazetteer::builder().add_json_reader(list.as_bytes()).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "line 1, column 60: invalid JSON list: entry at index 1: missing id and name"
    /// );
    /// ```
    #[cfg(feature = "serde")]
    pub fn add_json_reader<R: Read>(&mut self, reader: R) -> Result<&mut Self, Error> {
        let entries = json::read_entries(reader)?;
        self.next_source();
        self.open_source = false;
        for mut e in entries {
            if e.id.is_empty() {
                e.id.clone_from(&e.name);
            }
            if e.name.is_empty() {
                e.name.clone_from(&e.id);
            }
            self.push_entry(&e)?;
        }
        Ok(self)
    }

    /// Whether the stop-list applies (default `true`): a one-word place, organisation or other
    /// name that is also a stop word (`March`, `Police`, `Mobile`) is not reported.
    pub fn stop_list(&mut self, yes: bool) -> &mut Self {
        self.stop_list = yes;
        self
    }

    /// Whether the rules run (default `true`): person names from first names, surnames and
    /// capitalisation, title cues, partial-name links and name patterns. Without them only
    /// the surface forms of entries match.
    pub fn rules(&mut self, yes: bool) -> &mut Self {
        self.rules = yes;
        self
    }

    /// Builds the gazetteer: the word trie over all surface forms.
    pub fn build(&self) -> Result<Gazetteer, Error> {
        if let Some(err) = &self.error {
            return Err(err.clone());
        }
        // Sources start at an arena offset; later forms have larger offsets.
        let source_of = |off: u32| {
            let k = self.sources.partition_point(|&(first, _)| first <= off);
            self.sources.get(k.wrapping_sub(1)).map_or(0, |&(_, s)| s)
        };
        let trie =
            Trie::build(self.keys(), self.vocab.len(), source_of, |off| self.store.entry_of(off));
        let inner = Inner {
            store: Arc::clone(&self.store),
            vocab: Arc::clone(&self.vocab),
            trie,
            stop_list: self.stop_list,
            rules: self.rules,
            tokenizer: self.tokenizer.clone(),
            cache_id: crate::find::new_cache_id(),
        };
        Ok(Gazetteer { inner: Arc::new(inner) })
    }

    /// The keys (words' ids) of the surface forms of all entries, sorted.
    fn keys(&self) -> Keys {
        let store = &*self.store;
        let mut tokens = Vec::new();
        let mut folded = String::new();
        let mut key: Vec<u32> = Vec::new();
        let mut keys = Keys::default();
        for (i, p) in store.entries.iter().enumerate() {
            for off in store.forms(i as u32) {
                let form = store.alias(off);
                key.clear();
                let known =
                    for_each_word(form, &self.tokenizer, &mut tokens, &mut folded, |w, _| {
                        let (id, _) = self.vocab.get(w);
                        key.push(id);
                        id != 0
                    });
                if known && !key.is_empty() {
                    let case = resolve_case(p.case, p.kind, form);
                    keys.push(&key, form_ref(off, case));
                }
            }
        }
        keys.sort();
        keys
    }

    fn next_source(&mut self) {
        self.source = self.source.saturating_add(1);
    }

    fn push_word(&mut self, class: WordClass, word: &str) -> Result<(), Error> {
        let f = match class {
            WordClass::GivenName => flag::GIVEN,
            WordClass::Surname => flag::SURNAME,
            WordClass::StopWord => flag::STOP,
            WordClass::CommonWord => flag::COMMON,
        };
        // A multi-word stop phrase flags its words only as a whole form would; keep it simple:
        // flag each whitespace-separated word.
        for w in word.split_whitespace() {
            if vocab::fold_word(w, &mut self.folded) {
                let id = Arc::make_mut(&mut self.vocab)
                    .intern(&self.folded)
                    .ok_or(Error::new(ErrorKind::TooLarge))?;
                Arc::make_mut(&mut self.vocab).set(id, f);
            }
        }
        Ok(())
    }

    fn push_entry(&mut self, e: &Entry) -> Result<(), Error> {
        let context = e.context.join(" ");
        let r = EntryRef {
            id: &e.id,
            name: &e.name,
            kind: e.kind,
            country: e.country.as_deref().unwrap_or(""),
            parent: e.parent.as_deref().unwrap_or(""),
            role: e.role.as_deref().unwrap_or(""),
            context: &context,
            ticker: e.ticker.as_deref().unwrap_or(""),
            population: e.population,
            prior: e.prior,
            case: e.case,
        };
        self.push_ref(&r, e.aliases.iter().map(String::as_str))
    }

    fn push_ref<'a>(
        &mut self,
        e: &EntryRef<'a>,
        aliases: impl Iterator<Item = &'a str>,
    ) -> Result<(), Error> {
        // Control separators cannot be stored; they become spaces, as in the store.
        let clean = |f: &'a str| -> std::borrow::Cow<'a, str> {
            if f.contains(['\u{1d}', '\u{1e}', '\u{1f}']) {
                std::borrow::Cow::Owned(f.replace(['\u{1d}', '\u{1e}', '\u{1f}'], " "))
            } else {
                std::borrow::Cow::Borrowed(f)
            }
        };
        let owned: Vec<std::borrow::Cow<'a, str>> = core::iter::once(e.name)
            .chain(aliases)
            .map(clean)
            .filter(|f| !f.trim().is_empty())
            .collect();
        // The first occurrence of a form wins. Few forms are compared in place; many through a
        // set, so that an entry with a million aliases loads in linear time.
        let mut forms: Vec<&str> = Vec::with_capacity(owned.len());
        if owned.len() <= FEW_FORMS {
            for f in &owned {
                let f = f.trim();
                if !forms.contains(&f) {
                    forms.push(f);
                }
            }
        } else {
            let mut seen = FxSet::with_capacity_and_hasher(owned.len(), Default::default());
            forms.extend(owned.iter().map(|f| f.trim()).filter(|f| seen.insert(*f)));
        }
        let id;
        if forms.is_empty() {
            id = clean(e.id);
            if id.trim().is_empty() {
                return Err(Error::new(ErrorKind::EmptyEntry { id: e.id.to_owned() }));
            }
            forms.push(id.trim());
        }
        let entry = Arc::make_mut(&mut self.store)
            .push(e, &forms)
            .ok_or(Error::new(ErrorKind::TooLarge))?;
        if self.sources.last().is_none_or(|&(_, s)| s != self.source)
            && let Some(off) = self.store.forms(entry).next()
        {
            self.sources.push((off, self.source));
        }
        for form in &forms {
            let case = resolve_case(e.case, e.kind, form);
            self.intern_form(form, case == CaseMode::Insensitive)?;
        }
        Ok(())
    }

    /// Interns the words of a surface form and flags them as part of a form.
    fn intern_form(&mut self, form: &str, insensitive: bool) -> Result<(), Error> {
        let vocab = Arc::make_mut(&mut self.vocab);
        let mut result = Ok(());
        for_each_word(form, &self.tokenizer, &mut self.tokens, &mut self.folded, |w, upper| {
            match vocab.intern(w) {
                Some(id) => {
                    vocab.set(id, flag::IN_FORM);
                    if insensitive || !upper {
                        vocab.allow_lower(id, w);
                    }
                    true
                }
                None => {
                    result = Err(Error::new(ErrorKind::TooLarge));
                    false
                }
            }
        });
        result
    }

    fn read_tsv<R: Read>(&mut self, reader: R) -> Result<(), Error> {
        let mut reader = std::io::BufReader::new(reader);
        let mut line = String::new();
        let mut number = 0;
        loop {
            line.clear();
            number += 1;
            let n = std::io::BufRead::read_line(&mut reader, &mut line).map_err(|e| {
                let message = if e.kind() == std::io::ErrorKind::InvalidData {
                    format!("line {number}: not UTF-8")
                } else {
                    e.to_string()
                };
                Error::new(ErrorKind::Io { message })
            })?;
            if n == 0 {
                return Ok(());
            }
            let l = line.trim_end_matches(['\n', '\r']);
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            self.tsv_line(l, number)?;
        }
    }

    fn tsv_line(&mut self, l: &str, number: usize) -> Result<(), Error> {
        let mut cols = l.split('\t');
        let kind_s = cols.next().unwrap_or("").trim();
        let class = match kind_s.to_ascii_lowercase().as_str() {
            "given" => Some(WordClass::GivenName),
            "surname" => Some(WordClass::Surname),
            "stop" => Some(WordClass::StopWord),
            "common" => Some(WordClass::CommonWord),
            _ => None,
        };
        if let Some(class) = class {
            let words = cols.next().unwrap_or("");
            if words.trim().is_empty() {
                return Err(Error::parse(number, format!("{kind_s} line without words")));
            }
            for w in words.split('|') {
                self.push_word(class, w)?;
            }
            return Ok(());
        }
        let kind = EntityKind::parse(kind_s).ok_or_else(|| {
            Error::parse(
                number,
                format!(
                    "unknown kind {:?} (expected person, place, organization, nationality, \
                     title, other, given, surname, stop or common)",
                    Excerpt::new(kind_s)
                ),
            )
        })?;
        let id = cols.next().unwrap_or("").trim();
        let name = cols.next().unwrap_or("").trim();
        let aliases = cols.next().unwrap_or("");
        let attrs = cols.next().unwrap_or("");
        if cols.next().is_some_and(|extra| !extra.trim().is_empty()) {
            return Err(Error::parse(number, "more than five tab-separated columns"));
        }
        if id.is_empty() && name.is_empty() {
            return Err(Error::parse(number, "missing id and name (second and third columns)"));
        }
        let mut e = EntryRef {
            id: if id.is_empty() { name } else { id },
            name: if name.is_empty() { id } else { name },
            kind,
            country: "",
            parent: "",
            role: "",
            context: "",
            ticker: "",
            population: None,
            prior: 0.0,
            case: CaseMode::Auto,
        };
        for pair in attrs.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').ok_or_else(|| {
                Error::parse(number, format!("attribute {:?} is not key=value", Excerpt::new(pair)))
            })?;
            let (k, v) = (k.trim(), v.trim());
            match k {
                "cc" | "country" => e.country = v,
                "pop" | "population" => {
                    e.population = Some(v.parse().map_err(|_| {
                        Error::parse(
                            number,
                            format!("population {:?} is not a whole number", Excerpt::new(v)),
                        )
                    })?)
                }
                "parent" => e.parent = v,
                "role" => e.role = v,
                "prior" => {
                    e.prior = v.parse::<f32>().ok().filter(|p| p.is_finite()).ok_or_else(|| {
                        Error::parse(number, format!("prior {:?} is not a number", Excerpt::new(v)))
                    })?
                }
                "case" => {
                    e.case = CaseMode::parse(v).ok_or_else(|| {
                        Error::parse(
                            number,
                            format!(
                                "case {:?} (expected auto, exact, capitalized or insensitive)",
                                Excerpt::new(v)
                            ),
                        )
                    })?
                }
                "context" => e.context = v,
                "ticker" => e.ticker = v,
                _ => {
                    return Err(Error::parse(
                        number,
                        format!(
                            "unknown attribute {:?} (expected cc, pop, parent, role, prior, \
                             case, context or ticker)",
                            Excerpt::new(k)
                        ),
                    ));
                }
            }
        }
        let aliases = aliases.split('|').map(str::trim).filter(|a| !a.is_empty());
        self.push_ref(&e, aliases).map_err(|err| match err.kind() {
            ErrorKind::EmptyEntry { .. } => Error::parse(number, "entry without any name to match"),
            _ => err,
        })
    }
}

/// Reading JSON lists entry by entry, to know which entry an error is in.
#[cfg(feature = "serde")]
mod json {
    use core::cell::Cell;
    use core::fmt;
    use std::io::Read;

    use serde::Deserialize;
    use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

    use crate::entry::Entry;
    use crate::error::Error;

    /// The entries of a JSON list, or the first error with its position and, inside an entry,
    /// the entry's index.
    pub(super) fn read_entries<R: Read>(reader: R) -> Result<Vec<Entry>, Error> {
        let index = Cell::new(None);
        let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::new(reader));
        de::Deserializer::deserialize_seq(&mut de, List { index: &index })
            .and_then(|entries| de.end().map(|()| entries))
            .map_err(|e| Error::json(&e, index.get()))
    }

    /// The array; sets `index` to the index of the entry being read.
    struct List<'a> {
        index: &'a Cell<Option<usize>>,
    }

    impl<'de> Visitor<'de> for List<'_> {
        type Value = Vec<Entry>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array of gazetteer entries")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Entry>, A::Error> {
            let mut entries = Vec::new();
            while let Some(e) =
                seq.next_element_seed(One { index: self.index, at: entries.len() })?
            {
                entries.push(e);
                self.index.set(None);
            }
            Ok(entries)
        }
    }

    /// One entry, read as a map so that an error found after its fields (no id or name) is
    /// placed at its closing brace.
    struct One<'a> {
        index: &'a Cell<Option<usize>>,
        at: usize,
    }

    impl<'de> DeserializeSeed<'de> for One<'_> {
        type Value = Entry;

        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Entry, D::Error> {
            self.index.set(Some(self.at));
            d.deserialize_map(self)
        }
    }

    impl<'de> Visitor<'de> for One<'_> {
        type Value = Entry;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a gazetteer entry (an object)")
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Entry, A::Error> {
            let e = Entry::deserialize(de::value::MapAccessDeserializer::new(map))?;
            if blank(&e.id) && blank(&e.name) {
                return Err(de::Error::custom("missing id and name"));
            }
            Ok(e)
        }
    }

    /// True when `s` has nothing to match once control separators become spaces and it is
    /// trimmed, as `push_ref` cleans forms.
    fn blank(s: &str) -> bool {
        s.chars().all(|c| c.is_whitespace() || matches!(c, '\u{1d}' | '\u{1e}' | '\u{1f}'))
    }
}

/// Up to this many surface forms of an entry are de-duplicated by comparing them in place;
/// more go through a set. Most entries have one to four, and a set for every entry would cost
/// the embedded default 4% more instructions to load.
const FEW_FORMS: usize = 8;

/// Calls `f` with every folded word of a surface form (possessives split off, as in the text)
/// and whether the word was written with a capital, until `f` returns false. Returns false
/// if `f` did.
fn for_each_word(
    form: &str,
    tokenizer: &Tokenizer,
    tokens: &mut Vec<Token>,
    folded: &mut String,
    mut f: impl FnMut(&str, bool) -> bool,
) -> bool {
    // Fast path for the common shape of names, capitalised ASCII words separated by single
    // spaces (`New Delhi`), which the tokenizer cuts at the spaces.
    let simple = form.split(' ').all(|w| {
        let b = w.as_bytes();
        b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
    });
    if simple {
        for w in form.split(' ') {
            folded.clear();
            folded.push_str(w);
            folded.make_ascii_lowercase();
            if !f(folded, true) {
                return false;
            }
        }
        return true;
    }
    tokens.clear();
    tokenizer.tokenize_into(form, tokens);
    for t in tokens.iter() {
        for w in crate::find::token_words(t, form) {
            let text = w.get(form).unwrap_or("");
            if vocab::fold_word(text, folded) && !f(folded, text.chars().any(char::is_uppercase)) {
                return false;
            }
        }
    }
    true
}

/// The case mode of one surface form.
pub(crate) fn resolve_case(mode: CaseMode, kind: EntityKind, form: &str) -> CaseMode {
    match mode {
        CaseMode::Auto => {
            let letters = form.chars().filter(|c| c.is_alphabetic()).count();
            let lower = form.chars().any(char::is_lowercase);
            if kind == EntityKind::Title && lower {
                CaseMode::Insensitive
            } else if !lower || letters <= 3 {
                CaseMode::Exact
            } else {
                CaseMode::Capitalized
            }
        }
        m => m,
    }
}
