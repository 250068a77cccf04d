//! Word lists the scanner and the sentence splitter consult.
//!
//! Lists are sorted so that lookups are binary searches without allocation; a unit test checks
//! the order. Entries are ASCII lowercase unless a list says otherwise.

/// How an abbreviation behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// A title or other word that precedes a name (`Dr.`, `Mt.`, `St.`): never ends a
    /// sentence before a capitalised word.
    Prepositive,
    /// Only an abbreviation before a number (`No. 5`, `p. 55`); elsewhere an ordinary word.
    Numeric,
    /// Only an abbreviation when capitalised (`Sat.`, `Sun.`, `Wash.`), since the lowercase
    /// form is a common word that often ends a sentence.
    Capitalised,
    /// Any other abbreviation (`Inc.`, `etc.`, `Jan.`, `a.m.`): ends a sentence only before a
    /// typical sentence starter.
    General,
    /// A time of day (`a.m.`, `p.m.`).
    Time,
}

use AbbrevClass::{Capitalised as C, General as G, Numeric as N, Prepositive as P, Time as T};

/// The longest entry of [`ABBREVIATIONS`] in bytes: longer words need no lookup.
pub(crate) const MAX_ABBREVIATION_LEN: usize = 6;

/// Abbreviations without their final period, lowercase, sorted.
pub(crate) static ABBREVIATIONS: &[(&str, AbbrevClass)] = &[
    ("a.d", G),
    ("a.m", T),
    ("adm", P),
    ("al", G),
    ("ala", C),
    ("amb", P),
    ("approx", G),
    ("apr", G),
    ("ariz", C),
    ("ark", C),
    ("art", N),
    ("assn", G),
    ("asst", P),
    ("atty", P),
    ("aug", G),
    ("ave", G),
    ("b.c", G),
    ("bldg", G),
    ("blvd", G),
    ("brig", P),
    ("bros", G),
    ("c.f", G),
    ("calif", G),
    ("capt", P),
    ("cf", G),
    ("ch", N),
    ("chap", N),
    ("cmdr", P),
    ("co", G),
    ("col", P),
    ("colo", C),
    ("conn", C),
    ("corp", G),
    ("cpl", P),
    ("cpt", P),
    ("dec", G),
    ("del", C),
    ("dept", G),
    ("det", P),
    ("dr", P),
    ("drs", P),
    ("e.g", G),
    ("ed", N),
    ("eds", G),
    ("esp", G),
    ("esq", G),
    ("est", G),
    ("etc", G),
    ("ext", G),
    ("feb", G),
    ("fig", N),
    ("figs", N),
    ("fla", G),
    ("fr", P),
    ("fri", C),
    ("ft", G),
    ("ga", C),
    ("gen", P),
    ("gov", P),
    ("govt", G),
    ("hon", P),
    ("hosp", G),
    ("hr", G),
    ("hrs", G),
    ("i.e", G),
    ("ill", C),
    ("inc", G),
    ("ind", C),
    ("insp", P),
    ("jan", G),
    ("jr", G),
    ("jul", G),
    ("jun", G),
    ("kan", C),
    ("kans", C),
    ("ky", C),
    ("la", C),
    ("lb", G),
    ("lbs", G),
    ("lt", P),
    ("ltd", G),
    ("maj", P),
    ("mar", C),
    ("mass", C),
    ("md", C),
    ("messrs", P),
    ("mfg", G),
    ("mich", C),
    ("min", G),
    ("minn", C),
    ("miss", C),
    ("mlle", P),
    ("mme", P),
    ("mo", C),
    ("mon", C),
    ("mont", C),
    ("mr", P),
    ("mrs", P),
    ("ms", P),
    ("msgr", P),
    ("mt", P),
    ("mtn", G),
    ("n.b", G),
    ("neb", C),
    ("nev", C),
    ("no", N),
    ("nos", N),
    ("nov", G),
    ("nr", N),
    ("n°", N),
    ("nº", N),
    ("oct", G),
    ("okla", C),
    ("op", N),
    ("ore", C),
    ("oz", G),
    ("p", N),
    ("p.m", T),
    ("p.s", P),
    ("pa", C),
    ("para", N),
    ("pfc", P),
    ("ph", G),
    ("pp", N),
    ("pres", P),
    ("prof", P),
    ("ps", P),
    ("pt", N),
    ("pvt", P),
    ("rd", G),
    ("rep", P),
    ("reps", P),
    ("rev", P),
    ("sat", C),
    ("sec", N),
    ("sen", P),
    ("sens", P),
    ("sep", G),
    ("sept", G),
    ("sgt", P),
    ("sq", G),
    ("sr", G),
    ("st", P),
    ("ste", P),
    ("sun", C),
    ("supt", P),
    ("tenn", C),
    ("tex", C),
    ("thu", C),
    ("thur", C),
    ("thurs", C),
    ("tue", C),
    ("tues", C),
    ("u.k", G),
    ("u.n", G),
    ("u.s", G),
    ("u.s.a", G),
    ("univ", G),
    ("v", G),
    ("va", C),
    ("vol", N),
    ("vols", N),
    ("vs", G),
    ("vt", C),
    ("wash", C),
    ("wed", C),
    ("wis", C),
    ("wyo", C),
    ("yr", G),
    ("yrs", G),
];

/// Words that typically start a sentence, in their capitalised form, sorted (byte order).
/// After an abbreviation such as `U.S.` or `Inc.` only one of these starts a new sentence.
pub(crate) static SENTENCE_STARTERS: &[&str] = &[
    "A",
    "About",
    "According",
    "Additionally",
    "After",
    "Afterwards",
    "Again",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Besides",
    "Both",
    "But",
    "By",
    "Can",
    "Consequently",
    "Could",
    "Despite",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Earlier",
    "Either",
    "Even",
    "Every",
    "Finally",
    "First",
    "For",
    "Form",
    "From",
    "Furthermore",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "Is",
    "It",
    "Its",
    "Just",
    "Last",
    "Later",
    "Let",
    "Many",
    "Meanwhile",
    "Moreover",
    "Most",
    "My",
    "Neither",
    "Nevertheless",
    "Next",
    "No",
    "None",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Please",
    "Second",
    "She",
    "Should",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "Therefore",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Tomorrow",
    "Under",
    "Unlike",
    "Until",
    "Was",
    "We",
    "Were",
    "What",
    "Whatever",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "Will",
    "With",
    "Without",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Prepositions that open a short introductory phrase (`At 5 a.m. Mr. Smith …`).
pub(crate) static INTRO_PREPOSITIONS: &[&str] =
    &["About", "After", "Around", "At", "Before", "By", "From", "Until"];

/// Prefixes that stay attached to the following word across a hyphen, as in UD English
/// (`e-mail`, `non-human`, `re-election`, `anti-war`), lowercase, sorted.
pub(crate) static HYPHEN_PREFIXES: &[&str] = &[
    "a", "anti", "bi", "co", "counter", "de", "e", "ex", "extra", "hyper", "inter", "intra",
    "macro", "micro", "mini", "mis", "multi", "neo", "non", "over", "pan", "post", "pre", "pro",
    "pseudo", "re", "semi", "sub", "super", "trans", "tri", "ultra", "un", "uni", "vice",
];

/// Top-level domains and file extensions: a period before one of these is part of a name
/// (`Newsfeed.Com`, `TEXT.htm`), not a missing space between sentences. Lowercase, sorted.
pub(crate) static DOMAIN_ENDINGS: &[&str] = &[
    "asp", "aspx", "au", "biz", "ca", "cn", "co", "com", "csv", "de", "doc", "docx", "edu", "eu",
    "exe", "fr", "gif", "gov", "htm", "html", "in", "info", "int", "io", "jp", "jpeg", "jpg",
    "json", "mil", "mp3", "mp4", "net", "org", "pdf", "php", "png", "ppt", "pptx", "ru", "tv",
    "txt", "uk", "us", "xls", "xlsx", "xml", "zip",
];

/// Unit words split off a number they are glued to (`1.2bn` → `1.2` `bn`). Lowercase, sorted.
pub(crate) static NUMBER_UNITS: &[&str] = &[
    "am", "b", "bn", "cm", "ft", "g", "gb", "ghz", "h", "hrs", "k", "kb", "kg", "km", "kmh", "kph",
    "kw", "lb", "lbs", "m", "mb", "mg", "mhz", "mi", "min", "ml", "mm", "mn", "mph", "ms", "mw",
    "oz", "pm", "s", "tb", "tn", "yrs",
];

/// ASCII emoticons kept as one token. Sorted (byte order).
pub(crate) static EMOTICONS: &[&str] = &[
    "(-:", "(:", "-_-", ":'(", ":(", ":)", ":*", ":-(", ":-)", ":-/", ":-D", ":-P", ":-p", ":-|",
    ":/", ":?", ":D", ":O", ":P", ":[", ":]", ":o", ":p", ":|", ";)", ";-)", ";P", ";p", "</3",
    "<3", "=(", "=)", "=D", "^^", "^_^",
];

/// Clitics written after an apostrophe that UD splits off as a word (`'s`, `'re`, …).
pub(crate) static CLITICS: &[&str] = &["d", "ll", "m", "re", "s", "ve"];

/// Words with a clitic but no apostrophe, split as UD does: (word, length of the first part).
pub(crate) static FUSED_CONTRACTIONS: &[(&str, u8)] = &[
    ("cannot", 3),
    ("couldnt", 5),
    ("didnt", 3),
    ("doesnt", 4),
    ("dont", 2),
    ("gimme", 3),
    ("gonna", 3),
    ("gotta", 3),
    ("hadnt", 3),
    ("hasnt", 3),
    ("havent", 4),
    ("isnt", 2),
    ("shouldnt", 6),
    ("wanna", 3),
    ("wasnt", 3),
    ("werent", 4),
    ("wouldnt", 5),
];

/// Compares `word` (any case, ASCII letters folded) with a lowercase list entry.
#[inline]
fn cmp_folded(entry: &str, word: &str) -> core::cmp::Ordering {
    let (a, b) = (entry.as_bytes(), word.as_bytes());
    for (x, y) in a.iter().zip(b) {
        match x.cmp(&y.to_ascii_lowercase()) {
            core::cmp::Ordering::Equal => continue,
            other => return other,
        }
    }
    a.len().cmp(&b.len())
}

/// Looks up `word` case-insensitively (ASCII folding) in a sorted lowercase list.
#[inline]
pub(crate) fn contains_folded(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|e| cmp_folded(e, word)).is_ok()
}

/// For each initial letter `a`–`z`, a bit per length (1–7) of the abbreviations starting with
/// it: most words ending a sentence are rejected without a search.
static ABBREVIATION_SHAPES: [u8; 26] = {
    let mut t = [0u8; 26];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        let w = ABBREVIATIONS[k].0.as_bytes();
        if w[0].is_ascii_lowercase() && w.len() < 8 {
            t[(w[0] - b'a') as usize] |= 1 << w.len();
        }
        k += 1;
    }
    t
};

/// Looks up an abbreviation (without its final period) case-insensitively.
#[inline]
pub(crate) fn abbreviation(word: &str) -> Option<AbbrevClass> {
    let w = word.as_bytes();
    if let Some(&c) = w.first() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase()
            && w.len() < 8
            && ABBREVIATION_SHAPES[(c - b'a') as usize] & (1 << w.len()) == 0
        {
            return None;
        }
    }
    ABBREVIATIONS.binary_search_by(|(e, _)| cmp_folded(e, word)).ok().map(|i| ABBREVIATIONS[i].1)
}

/// Looks up a fused contraction (`cannot`, `gonna`) and returns where its second word starts.
#[inline]
pub(crate) fn fused_contraction(word: &str) -> Option<u8> {
    FUSED_CONTRACTIONS
        .binary_search_by(|(e, _)| cmp_folded(e, word))
        .ok()
        .map(|i| FUSED_CONTRACTIONS[i].1)
}

/// Exact (case-sensitive) lookup in a sorted list.
#[inline]
pub(crate) fn contains_exact(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted_folded(name: &str, list: &[&str]) {
        for w in list.windows(2) {
            assert!(cmp_folded(w[0], w[1]).is_lt(), "{name}: {:?} !< {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        let abbrevs: Vec<&str> = ABBREVIATIONS.iter().map(|(a, _)| *a).collect();
        assert_sorted_folded("ABBREVIATIONS", &abbrevs);
        let fused: Vec<&str> = FUSED_CONTRACTIONS.iter().map(|(a, _)| *a).collect();
        assert_sorted_folded("FUSED_CONTRACTIONS", &fused);
        for (name, list) in [
            ("HYPHEN_PREFIXES", HYPHEN_PREFIXES),
            ("DOMAIN_ENDINGS", DOMAIN_ENDINGS),
            ("NUMBER_UNITS", NUMBER_UNITS),
            ("CLITICS", CLITICS),
        ] {
            assert_sorted_folded(name, list);
        }
        for (name, list) in [
            ("SENTENCE_STARTERS", SENTENCE_STARTERS),
            ("INTRO_PREPOSITIONS", INTRO_PREPOSITIONS),
            ("EMOTICONS", EMOTICONS),
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{name}: {:?} !< {:?}", w[0], w[1]);
            }
        }
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_bound() {
        for (a, _) in ABBREVIATIONS {
            assert!(a.len() <= MAX_ABBREVIATION_LEN, "{a}");
        }
    }

    #[test]
    fn lookups_fold_case() {
        assert_eq!(abbreviation("Dr"), Some(AbbrevClass::Prepositive));
        assert_eq!(abbreviation("U.S"), Some(AbbrevClass::General));
        assert_eq!(abbreviation("world"), None);
        assert!(contains_folded(HYPHEN_PREFIXES, "Non"));
        assert_eq!(fused_contraction("Cannot"), Some(3));
    }
}
