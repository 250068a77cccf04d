//! Single-expression temporal cases (`timex/casual_en.jsonl`, chrono's English tests read as
//! data): each case has a `text`, a reference date-time `ref` (or none), the `expected`
//! value (a TIMEX3 value cut to its `grain`, `alt` other accepted values, `end` the end of a
//! range), `options` (`forwardDate`: resolve ambiguous expressions forward), a `variant`
//! (`en-GB`: day before month) and `negative` (nothing may be found).
//!
//! A case is right when one expression the tagger finds has the expected value (or an
//! accepted one; a range by its first value) and, when the case gives one, the expected
//! end; a negative when it finds nothing. The
//! report separates plain cases (no options, no variant), cases with options or a variant,
//! and negatives, and gives each `form` its own row.
//!
//! Cases without options resolve with the nearest occurrence (chrono's default,
//! [`Resolution::Nearest`]); `forwardDate` cases with the next one ([`Resolution::Future`]);
//! `en-GB` cases read numeric dates day first (`DateTaggerBuilder::day_first`).
//! The reference is a date and time of day ([`Reference`]).
//!
//! A fifth of the cases (by a hash of the id, [`held_out`]) is held out: the report gives
//! its plain, option and negative rows apart, and `--errors` shows only the other cases.

use std::collections::BTreeMap;
use std::fmt::Write;

use nutgraf::dates::{DateTagger, Reference, Resolution, Timex};
use serde::Deserialize;

use super::Report;
use super::metrics::{ratio, round4};

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    #[serde(default, rename = "ref")]
    reference: Option<String>,
    #[serde(default)]
    expected: Option<Expected>,
    #[serde(default)]
    negative: bool,
    #[serde(default)]
    form: Option<String>,
    #[serde(default)]
    options: Option<serde_json::Value>,
    #[serde(default)]
    variant: Option<String>,
}

#[derive(Deserialize)]
struct Expected {
    value: String,
    #[serde(default)]
    alt: Vec<String>,
    #[serde(default)]
    end: Option<String>,
}

/// Right and total, per group.
#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.right += usize::from(ok);
        self.total += 1;
    }

    fn json(self) -> serde_json::Value {
        serde_json::json!({
            "right": self.right,
            "total": self.total,
            "accuracy": round4(ratio(self.right, self.total)),
        })
    }
}

/// The reference date-time of a case (`YYYY-MM-DDTHH:MM:SS`), or none.
fn reference(case: &Case) -> anyhow::Result<Reference> {
    let Some(r) = case.reference.as_deref() else { return Ok(Reference::NONE) };
    r.parse().map_err(|e| anyhow::anyhow!("case {}: bad ref: {e}", case.id))
}

/// Whether a case is in the held-out fifth (by a hash of its id), which tuning must not
/// look at: its figures are the ones that say how the rules do on cases not tuned on.
pub fn held_out(id: &str) -> bool {
    let h = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    h % 5 == 0
}

fn right(found: &[Timex], e: &Expected) -> bool {
    found.iter().any(|t| {
        // A range is right by its first value (`From May to December` is May, to December).
        let value = t.range.as_ref().map_or(t.value.as_str(), |r| r.begin.as_str());
        let value_ok = value == e.value || e.alt.iter().any(|a| a == value);
        let end_ok = match (&e.end, &t.range) {
            (None, _) => true,
            (Some(end), Some(r)) => &r.end == end,
            (Some(_), None) => false,
        };
        value_ok && end_ok
    })
}

pub fn eval(path: &str, show_errors: usize) -> anyhow::Result<Report> {
    let cases = super::read_gold::<Case>(path)?;
    let with = |r: Resolution, day_first: bool| {
        DateTagger::builder().resolution(r).day_first(day_first).build()
    };
    let (nearest, forward) = (with(Resolution::Nearest, false)?, with(Resolution::Future, false)?);
    let (nearest_gb, forward_gb) =
        (with(Resolution::Nearest, true)?, with(Resolution::Future, true)?);
    let (mut plain, mut options, mut negatives) =
        (Tally::default(), Tally::default(), Tally::default());
    let (mut held_plain, mut held_options, mut held_negatives) =
        (Tally::default(), Tally::default(), Tally::default());
    let mut forms: BTreeMap<String, Tally> = BTreeMap::new();
    let mut shown = 0;
    for case in &cases {
        let forward_date = case
            .options
            .as_ref()
            .and_then(|o| o.get("forwardDate"))
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false);
        // `en-GB`: numeric dates day first.
        let gb = case.variant.as_deref() == Some("en-GB");
        let tagger = match (forward_date, gb) {
            (true, false) => &forward,
            (false, false) => &nearest,
            (true, true) => &forward_gb,
            (false, true) => &nearest_gb,
        };
        let found = tagger.tag_at(&case.text, reference(case)?);
        let ok = match (&case.expected, case.negative) {
            (_, true) | (None, _) => found.is_empty(),
            (Some(e), false) => right(&found, e),
        };
        let held = held_out(&case.id);
        let group = if case.negative || case.expected.is_none() {
            0
        } else if case.options.is_some() || case.variant.is_some() {
            1
        } else {
            2
        };
        [&mut negatives, &mut options, &mut plain][group].add(ok);
        if held {
            [&mut held_negatives, &mut held_options, &mut held_plain][group].add(ok);
        }
        forms.entry(case.form.clone().unwrap_or_else(|| "-".to_owned())).or_default().add(ok);
        if !ok && !held && shown < show_errors {
            shown += 1;
            let got: Vec<String> =
                found.iter().map(|t| format!("{:?}={}", t.text(&case.text), t.value)).collect();
            let want = case.expected.as_ref().map_or("nothing", |e| e.value.as_str());
            eprintln!(
                "✗ {} {:?} (ref {}): want {want}, got [{}]",
                case.id,
                case.text,
                case.reference.as_deref().unwrap_or("none"),
                got.join(", ")
            );
        }
    }
    let mut table = String::new();
    let row = |table: &mut String, name: &str, t: Tally| {
        let _ = writeln!(
            table,
            "{name:<28} {:>4} / {:<4} {:.4}",
            t.right,
            t.total,
            ratio(t.right, t.total)
        );
    };
    row(&mut table, "plain cases", plain);
    row(&mut table, "cases with options/variant", options);
    row(&mut table, "negatives (nothing found)", negatives);
    let _ = writeln!(table, "held-out fifth (not tuned on):");
    row(&mut table, "  plain cases", held_plain);
    row(&mut table, "  cases with options/variant", held_options);
    row(&mut table, "  negatives", held_negatives);
    let _ = writeln!(table, "by form:");
    for (form, t) in &forms {
        row(&mut table, &format!("  {form}"), *t);
    }
    let json = serde_json::json!({
        "kind": "timex-cases",
        "gold": path,
        "plain": plain.json(),
        "options_or_variant": options.json(),
        "negatives": negatives.json(),
        "held_out": {
            "plain": held_plain.json(),
            "options_or_variant": held_options.json(),
            "negatives": held_negatives.json(),
        },
        "forms": forms.iter().map(|(f, t)| (f.clone(), t.json())).collect::<serde_json::Map<_, _>>(),
    });
    Ok(Report { table, json })
}
