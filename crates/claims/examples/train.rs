//! Trains the check-worthiness model embedded in `nutgraf-claims`.
//!
//! ```text
//! cargo run --release -p nutgraf-claims --example train -- --eval ../shared/eval
//! ```
//!
//! reads the sentence sets of `../shared/eval/claims/` (see `DATA_SOURCES.md`), holds out the
//! part named by [`nutgraf_claims::model::held_out`] (whole debates), cross-validates on the
//! rest by debate to choose the decision threshold, trains a logistic regression (L-BFGS,
//! L2) on all of the rest and writes `crates/claims/data/checkworthiness.model`. It then
//! prints the figures on the held-out part. Training is deterministic: the same data give
//! the same bytes.
//!
//! Options: `--out FILE`, `--no-write`, `--cv` (print cross-validation figures for a grid
//! of regularisation strengths, `--l2s A,B,C`), `--l2 X`, `--ct-weight X` (weight of the
//! CheckThat! sentences), `--ct-pos-weight X` (extra weight of their check-worthy ones),
//! `--bits N`, `--trigrams`, `--no-stems`, `--no-rules`, `--no-normalize`, `--idf`,
//! `--skip-bigrams`, `--conjunctions`, `--context-probe` (cross-validated figures of adding
//! a share of the neighbouring sentences' logits, ids N-1 and N+1 of the same debate, over a
//! grid; no model is written), and word
//! vectors from the public-domain corpus: `--dims K` (0, the default: none), `--corpus
//! FILE`, `--window N`, `--min-count N`, `--dense-l2 X`. The defaults are the settings of
//! the embedded model, chosen by cross-validation on the training part only.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use nutgraf_claims::model::{FeatureOptions, Model, features, held_out, sigmoid, unigram_features};
use nutgraf_tokenize::Tokenizer;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Set {
    ClaimBuster,
    CheckThat19,
    CheckThat20,
}

const SETS: [(Set, &str); 3] = [
    (Set::ClaimBuster, "claimbuster_dev.jsonl"),
    (Set::CheckThat19, "checkthat19_dev.jsonl"),
    (Set::CheckThat20, "checkworthy_dev.jsonl"),
];

struct Example {
    set: Set,
    label: bool,
    /// Cross-validation group: the debate, or the block of 1,000 ids.
    group: String,
    held_out: bool,
    key: String,
    /// The debate (empty when the set has none) and the number at the end of the id: the
    /// order of the sentences, for the context probe.
    debate: String,
    number: u64,
    /// Sparse features: (slot, value), slots sorted and unique.
    x: Vec<(u32, f32)>,
    /// The sum of the word vectors of its words, scaled as the sparse features are.
    dense: Vec<f32>,
}

struct Opts {
    eval: PathBuf,
    out: PathBuf,
    write: bool,
    cv: bool,
    context_probe: bool,
    l2: f64,
    l2s: Vec<f64>,
    random_folds: bool,
    ct_weight: f64,
    bits: u8,
    features: FeatureOptions,
    /// The public-domain corpus the word vectors are learned from.
    corpus: PathBuf,
    /// Dimensions of the word vectors (0: none).
    dims: usize,
    window: usize,
    min_count: u32,
    /// L2 strength of the word-vector weights, relative to `l2`.
    dense_l2: f64,
    /// Weight features by inverse document frequency (folded into the weights).
    idf: bool,
    /// Extra weight of the check-worthy sentences of the CheckThat! sets (3% of them).
    ct_pos_weight: f64,
}

fn parse_args() -> Opts {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut o = Opts {
        eval: root.join("../../../shared/eval"),
        out: root.join("data/checkworthiness.model"),
        write: true,
        cv: false,
        context_probe: false,
        l2: 0.25,
        l2s: vec![0.15, 0.25, 0.6],
        random_folds: false,
        ct_weight: 0.6,
        bits: 17,
        features: FeatureOptions::default(),
        corpus: root.join("../../../shared/corpus/news.jsonl"),
        dims: 0,
        window: 4,
        min_count: 3,
        dense_l2: 1.0,
        idf: false,
        ct_pos_weight: 1.0,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--eval" => o.eval = PathBuf::from(val()),
            "--out" => o.out = PathBuf::from(val()),
            "--no-write" => o.write = false,
            "--cv" => o.cv = true,
            "--context-probe" => o.context_probe = true,
            "--l2" => o.l2 = val().parse().expect("--l2 takes a number"),
            "--l2s" => o.l2s = val().split(',').map(|v| v.parse().expect("numbers")).collect(),
            "--random-folds" => o.random_folds = true,
            "--ct-weight" => o.ct_weight = val().parse().expect("--ct-weight takes a number"),
            "--bits" => o.bits = val().parse().expect("--bits takes a number"),
            "--trigrams" => o.features.trigrams = true,
            "--no-stems" => o.features.stems = false,
            "--no-rules" => o.features.rules = false,
            "--no-bigrams" => o.features.bigrams = false,
            "--no-normalize" => o.features.normalize = false,
            "--skip-bigrams" => o.features.skip_bigrams = true,
            "--conjunctions" => o.features.conjunctions = true,
            "--corpus" => o.corpus = PathBuf::from(val()),
            "--dims" => o.dims = val().parse().expect("--dims takes a number"),
            "--window" => o.window = val().parse().expect("--window takes a number"),
            "--min-count" => o.min_count = val().parse().expect("--min-count takes a number"),
            "--idf" => o.idf = true,
            "--ct-pos-weight" => {
                o.ct_pos_weight = val().parse().expect("--ct-pos-weight takes a number");
            }
            "--dense-l2" => o.dense_l2 = val().parse().expect("--dense-l2 takes a number"),
            other => panic!("unknown option {other}"),
        }
    }
    o
}

/// Lowercase alphanumeric words: the key that finds the same sentence in two sets.
fn key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn load(o: &Opts, emb: &Embeddings) -> Vec<Example> {
    let tokenizer = Tokenizer::new();
    let mut out = Vec::new();
    let mut feats = Vec::new();
    let mut words = Vec::new();
    for (set, file) in SETS {
        let path = o.eval.join("claims").join(file);
        let data = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = v["text"].as_str().unwrap_or("");
            let id = v["id"].as_str().unwrap_or("");
            let debate = v.get("debate").and_then(|d| d.as_str());
            let label = v["label"].as_i64().unwrap_or(0) == 1;
            // The number at the end of the id (`cb-4017`, `ct20-4017`), as `held_out` reads it.
            let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let number =
                id.get(id.len() - digits..).and_then(|d| d.parse::<u64>().ok()).unwrap_or(0);
            let group = match debate {
                Some(d) => d.to_owned(),
                None => format!("{}-{}", id.split('-').next().unwrap_or(""), number / 1000),
            };
            let held = held_out(id, debate);
            let group = if o.random_folds { id.to_owned() } else { group };
            feats.clear();
            let tokens = tokenizer.tokenize(text);
            features(text, &tokens, o.features, &mut feats);
            words.clear();
            unigram_features(text, &tokens, &mut words);
            out.push(Example {
                set,
                label,
                group,
                held_out: held,
                key: key(text),
                debate: debate.unwrap_or("").to_owned(),
                number,
                x: sparse(&feats, o),
                dense: emb.sentence(&words, scale(&feats, o)),
            });
        }
    }
    out
}

/// The scale of a sentence's features: 1/√n for n features (as the library scores).
fn scale(feats: &[u64], o: &Opts) -> f32 {
    if o.features.normalize && !feats.is_empty() { 1.0 / (feats.len() as f32).sqrt() } else { 1.0 }
}

fn sparse(feats: &[u64], o: &Opts) -> Vec<(u32, f32)> {
    let scale = scale(feats, o);
    let mut x: Vec<(u32, f32)> = feats
        .iter()
        .map(|&f| {
            let (i, s) = Model::slot(f, o.bits);
            (i as u32, s * scale)
        })
        .collect();
    x.sort_by_key(|e| e.0);
    let mut merged: Vec<(u32, f32)> = Vec::with_capacity(x.len());
    for (i, v) in x {
        match merged.last_mut() {
            Some(last) if last.0 == i => last.1 += v,
            _ => merged.push((i, v)),
        }
    }
    merged
}

fn set_index(s: Set) -> usize {
    match s {
        Set::ClaimBuster => 0,
        Set::CheckThat19 => 1,
        Set::CheckThat20 => 2,
    }
}

/// A trained model: weights, word-vector weights and one intercept per set.
struct Trained {
    w: Vec<f64>,
    wd: Vec<f64>,
    b: [f64; 3],
}

impl Trained {
    fn z(&self, e: &Example) -> f64 {
        self.b[set_index(e.set)]
            + e.x.iter().map(|&(i, v)| self.w[i as usize] * f64::from(v)).sum::<f64>()
            + e.dense.iter().zip(&self.wd).map(|(&v, w)| f64::from(v) * w).sum::<f64>()
    }
}

/// L2-regularised weighted logistic regression by L-BFGS.
fn train(data: &[&Example], o: &Opts, l2: f64) -> Trained {
    let dim = 1usize << o.bits;
    let k = o.dims;
    let n = dim + k + 3;
    let weight = |e: &Example| match (e.set, e.label) {
        (Set::ClaimBuster, _) => 1.0,
        (_, true) => o.ct_weight * o.ct_pos_weight,
        (_, false) => o.ct_weight,
    };
    let f = |x: &[f64], g: &mut [f64]| -> f64 {
        g.iter_mut().for_each(|v| *v = 0.0);
        let mut loss = 0.0;
        for e in data {
            let c = weight(e);
            if c == 0.0 {
                continue;
            }
            let bi = dim + k + set_index(e.set);
            let z = x[bi]
                + e.x.iter().map(|&(i, v)| x[i as usize] * f64::from(v)).sum::<f64>()
                + e.dense.iter().zip(&x[dim..dim + k]).map(|(&v, w)| f64::from(v) * w).sum::<f64>();
            let y = if e.label { 1.0 } else { 0.0 };
            // log(1 + e^z) - y z, computed stably.
            loss += c * (if z > 0.0 { z + (-z).exp().ln_1p() } else { z.exp().ln_1p() } - y * z);
            let p = 1.0 / (1.0 + (-z).exp());
            let d = c * (p - y);
            g[bi] += d;
            for &(i, v) in &e.x {
                g[i as usize] += d * f64::from(v);
            }
            for (gj, &v) in g[dim..dim + k].iter_mut().zip(&e.dense) {
                *gj += d * f64::from(v);
            }
        }
        for j in 0..dim + k {
            let l2 = if j < dim { l2 } else { l2 * o.dense_l2 };
            loss += 0.5 * l2 * x[j] * x[j];
            g[j] += l2 * x[j];
        }
        loss
    };
    let x = lbfgs(f, vec![0.0; n], 400, 10);
    Trained {
        w: x[..dim].to_vec(),
        wd: x[dim..dim + k].to_vec(),
        b: [x[dim + k], x[dim + k + 1], x[dim + k + 2]],
    }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn lbfgs(
    f: impl Fn(&[f64], &mut [f64]) -> f64,
    mut x: Vec<f64>,
    iters: usize,
    m: usize,
) -> Vec<f64> {
    let n = x.len();
    let mut g = vec![0.0; n];
    let mut fx = f(&x, &mut g);
    let mut s_hist: Vec<Vec<f64>> = Vec::new();
    let mut y_hist: Vec<Vec<f64>> = Vec::new();
    let mut x_new = vec![0.0; n];
    let mut g_new = vec![0.0; n];
    for it in 0..iters {
        // Two-loop recursion: d = -H g.
        let mut q = g.clone();
        let k = s_hist.len();
        let mut alpha = vec![0.0; k];
        for i in (0..k).rev() {
            let rho = 1.0 / dot(&y_hist[i], &s_hist[i]);
            alpha[i] = rho * dot(&s_hist[i], &q);
            for (qj, yj) in q.iter_mut().zip(&y_hist[i]) {
                *qj -= alpha[i] * yj;
            }
        }
        let gamma = if k > 0 {
            dot(&s_hist[k - 1], &y_hist[k - 1]) / dot(&y_hist[k - 1], &y_hist[k - 1])
        } else {
            1.0 / dot(&g, &g).sqrt().max(1e-12)
        };
        q.iter_mut().for_each(|v| *v *= gamma);
        for i in 0..k {
            let rho = 1.0 / dot(&y_hist[i], &s_hist[i]);
            let beta = rho * dot(&y_hist[i], &q);
            for (qj, sj) in q.iter_mut().zip(&s_hist[i]) {
                *qj += sj * (alpha[i] - beta);
            }
        }
        let d: Vec<f64> = q.iter().map(|v| -v).collect();
        let gd = dot(&g, &d);
        if gd >= 0.0 {
            s_hist.clear();
            y_hist.clear();
            continue;
        }
        let mut step = 1.0;
        let mut fx_new;
        loop {
            for j in 0..n {
                x_new[j] = x[j] + step * d[j];
            }
            fx_new = f(&x_new, &mut g_new);
            if fx_new <= fx + 1e-4 * step * gd || step < 1e-10 {
                break;
            }
            step *= 0.5;
        }
        let s: Vec<f64> = x_new.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = g_new.iter().zip(&g).map(|(a, b)| a - b).collect();
        let improvement = fx - fx_new;
        std::mem::swap(&mut x, &mut x_new);
        std::mem::swap(&mut g, &mut g_new);
        fx = fx_new;
        if dot(&s, &y) > 1e-12 {
            s_hist.push(s);
            y_hist.push(y);
            if s_hist.len() > m {
                s_hist.remove(0);
                y_hist.remove(0);
            }
        }
        if improvement.abs() < 1e-7 * fx.abs().max(1.0) && it > 10 {
            break;
        }
    }
    x
}

/// Average precision of a ranking (mean precision at each positive).
fn average_precision(scored: &[(f64, bool)]) -> f64 {
    let mut v = scored.to_vec();
    v.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut hits, mut sum) = (0.0, 0.0);
    for (i, &(_, y)) in v.iter().enumerate() {
        if y {
            hits += 1.0;
            sum += hits / (i + 1) as f64;
        }
    }
    if hits == 0.0 { 0.0 } else { sum / hits }
}

fn f1_at(scored: &[(f64, bool)], t: f64) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fneg) = (0.0, 0.0, 0.0);
    for &(s, y) in scored {
        match (s >= t, y) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            _ => {}
        }
    }
    let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let r = if tp + fneg > 0.0 { tp / (tp + fneg) } else { 0.0 };
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

/// The threshold on the logit that maximises F1.
fn best_threshold(scored: &[(f64, bool)]) -> (f64, f64) {
    let mut best = (0.0, 0.0);
    for k in -40..=40 {
        let t = k as f64 * 0.1;
        let f = f1_at(scored, t).2;
        if f > best.1 {
            best = (t, f);
        }
    }
    best
}

/// Mean over groups of the AP within each group.
fn mean_ap(scored: &[(f64, bool, &str)]) -> f64 {
    let mut by: HashMap<&str, Vec<(f64, bool)>> = HashMap::new();
    for &(s, y, g) in scored {
        by.entry(g).or_default().push((s, y));
    }
    let aps: Vec<f64> =
        by.values().filter(|v| v.iter().any(|e| e.1)).map(|v| average_precision(v)).collect();
    aps.iter().sum::<f64>() / aps.len().max(1) as f64
}

fn fold_of(group: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in group.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % 5) as usize
}

struct Figures {
    cb_f1_tuned: f64,
    cb_threshold: f64,
    cb_ap: f64,
    ct19_ap: f64,
    ct19_map: f64,
    ct20_ap: f64,
}

/// How much the logits of the neighbouring sentences (ids N-1 and N+1 of the same set and
/// debate) would add: cross-validated logits, then `z + a z_prev + b z_next` over a grid.
fn context_probe(train_set: &[&Example], o: &Opts) {
    let mut z = vec![0.0; train_set.len()];
    for k in 0..5 {
        let tr: Vec<&Example> =
            train_set.iter().copied().filter(|e| fold_of(&e.group) != k).collect();
        let model = train(&tr, o, o.l2);
        for (i, e) in train_set.iter().enumerate() {
            if fold_of(&e.group) == k {
                z[i] = model.z(e) - model.b[set_index(e.set)] + model.b[0];
            }
        }
    }
    let index: HashMap<(Set, &str, u64), usize> = train_set
        .iter()
        .enumerate()
        .map(|(i, e)| ((e.set, e.debate.as_str(), e.number), i))
        .collect();
    let neighbour = |e: &Example, d: i64| {
        let n = e.number as i64 + d;
        (n >= 0)
            .then(|| index.get(&(e.set, e.debate.as_str(), n as u64)))
            .flatten()
            .map_or(0.0, |&j| z[j])
    };
    let prev: Vec<f64> = train_set.iter().map(|e| neighbour(e, -1)).collect();
    let next: Vec<f64> = train_set.iter().map(|e| neighbour(e, 1)).collect();
    for a in [0.0, -0.2, 0.1, 0.2, 0.3] {
        for b in [0.0, -0.2, 0.1, 0.2, 0.3] {
            let mut cb = Vec::new();
            let mut ct = Vec::new();
            let mut ct20 = Vec::new();
            for (i, e) in train_set.iter().enumerate() {
                let s = z[i] + a * prev[i] + b * next[i];
                match e.set {
                    Set::ClaimBuster => cb.push((s, e.label)),
                    Set::CheckThat19 => ct.push((s, e.label, e.group.as_str())),
                    Set::CheckThat20 => ct20.push((s, e.label)),
                }
            }
            let flat: Vec<(f64, bool)> = ct.iter().map(|e| (e.0, e.1)).collect();
            println!(
                "context a={a:+.1} b={b:+.1}: ClaimBuster AP {:.4}; CheckThat19 AP {:.4} MAP {:.4}; CheckThat20 AP {:.4}",
                average_precision(&cb),
                average_precision(&flat),
                mean_ap(&ct),
                average_precision(&ct20)
            );
        }
    }
}

fn cross_validate(train_set: &[&Example], o: &Opts, l2: f64) -> Figures {
    let mut cb = Vec::new();
    let mut ct = Vec::new();
    let mut ct20 = Vec::new();
    for k in 0..5 {
        let tr: Vec<&Example> =
            train_set.iter().copied().filter(|e| fold_of(&e.group) != k).collect();
        let model = train(&tr, o, l2);
        for e in train_set.iter().filter(|e| fold_of(&e.group) == k) {
            let z = model.z(e) - model.b[set_index(e.set)] + model.b[0];
            match e.set {
                Set::ClaimBuster => cb.push((z, e.label)),
                Set::CheckThat19 => ct.push((z, e.label, e.group.as_str())),
                Set::CheckThat20 => ct20.push((z, e.label)),
            }
        }
    }
    let (t, f1) = best_threshold(&cb);
    let ct_flat: Vec<(f64, bool)> = ct.iter().map(|e| (e.0, e.1)).collect();
    Figures {
        cb_f1_tuned: f1,
        cb_threshold: t,
        cb_ap: average_precision(&cb),
        ct19_ap: average_precision(&ct_flat),
        ct19_map: mean_ap(&ct),
        ct20_ap: average_precision(&ct20),
    }
}

fn main() {
    let o = parse_args();
    let t0 = std::time::Instant::now();
    let emb = Embeddings::learn(&o);
    let data = load(&o, &emb);
    let mut data = data;
    let in_training: Vec<bool> = {
        let held_keys: HashSet<&str> =
            data.iter().filter(|e| e.held_out).map(|e| e.key.as_str()).collect();
        data.iter().map(|e| !e.held_out && !held_keys.contains(e.key.as_str())).collect()
    };
    // Inverse document frequency of each slot over the training sentences: the features
    // are trained with it as their value and the weights carry it afterwards.
    let idf: Option<Vec<f32>> = o.idf.then(|| {
        let mut df = vec![0u32; 1 << o.bits];
        let mut n = 0u32;
        for (e, _) in data.iter().zip(&in_training).filter(|p| *p.1) {
            n += 1;
            for &(i, _) in &e.x {
                df[i as usize] += 1;
            }
        }
        df.iter()
            .map(|&d| ((f64::from(n) + 1.0) / (f64::from(d) + 1.0)).ln() as f32 + 1.0)
            .collect()
    });
    if let Some(idf) = &idf {
        for e in &mut data {
            for (i, v) in &mut e.x {
                *v *= idf[*i as usize];
            }
        }
    }
    let data = data;
    let train_set: Vec<&Example> =
        data.iter().zip(&in_training).filter(|p| *p.1).map(|p| p.0).collect();
    let dropped = data.iter().filter(|e| !e.held_out).count() - train_set.len();
    let count = |s: Set, held: bool| {
        let v: Vec<&Example> = data.iter().filter(|e| e.set == s && e.held_out == held).collect();
        (v.len(), v.iter().filter(|e| e.label).count())
    };
    eprintln!(
        "loaded {} sentences in {:.1}s; held out: ClaimBuster {:?}, CheckThat19 {:?}, CheckThat20 {:?} (sentences, positives); \
         {dropped} training sentences dropped because a held-out set has them",
        data.len(),
        t0.elapsed().as_secs_f64(),
        count(Set::ClaimBuster, true),
        count(Set::CheckThat19, true),
        count(Set::CheckThat20, true),
    );

    if o.context_probe {
        context_probe(&train_set, &o);
        return;
    }
    if o.cv {
        for l2 in o.l2s.clone() {
            let f = cross_validate(&train_set, &o, l2);
            println!(
                "cv l2={l2} ct_weight={}: ClaimBuster F1 {:.4} (logit threshold {:+.1}) AP {:.4}; CheckThat19 AP {:.4} MAP {:.4}; CheckThat20 AP {:.4}",
                o.ct_weight,
                f.cb_f1_tuned,
                f.cb_threshold,
                f.cb_ap,
                f.ct19_ap,
                f.ct19_map,
                f.ct20_ap
            );
        }
        return;
    }

    let cv = cross_validate(&train_set, &o, o.l2);
    eprintln!(
        "5-fold cross-validation on the training part: ClaimBuster F1 {:.4} at logit {:+.1}, AP {:.4}; CheckThat19 AP {:.4}, MAP {:.4}; CheckThat20 AP {:.4}",
        cv.cb_f1_tuned, cv.cb_threshold, cv.cb_ap, cv.ct19_ap, cv.ct19_map, cv.ct20_ap
    );
    let model = train(&train_set, &o, o.l2);
    // The threshold chosen by cross-validation becomes 0.5 on the final scale.
    let bias = model.b[0] - cv.cb_threshold;
    // Word vectors fold into the unigram weights: a word's share of the dense part is
    // (its vector) · (the dense weights), scaled like every feature of its sentence.
    let mut w = model.w.clone();
    if let Some(idf) = &idf {
        for (w, &f) in w.iter_mut().zip(idf) {
            *w *= f64::from(f);
        }
    }
    emb.fold(&model.wd, o.bits, &mut w);
    let weights: Vec<f32> = w.iter().map(|&w| w as f32).collect();
    let m = Model::from_weights(o.features, o.bits, bias as f32, &weights).expect("valid weights");

    // Held-out figures, scored the way the library scores (quantised weights).
    let mut cb = Vec::new();
    let mut ct = Vec::new();
    let mut ct20 = Vec::new();
    for e in data.iter().filter(|e| e.held_out) {
        let z = f64::from(m.bias())
            + e.x
                .iter()
                .map(|&(i, v)| {
                    // The library's feature values: without the idf the weights carry.
                    let v = idf.as_ref().map_or(v, |idf| v / idf[i as usize]);
                    f64::from(m.slot_weight(i as usize)) * f64::from(v)
                })
                .sum::<f64>();
        let p = f64::from(sigmoid(z as f32));
        match e.set {
            Set::ClaimBuster => cb.push((p, e.label)),
            Set::CheckThat19 => ct.push((p, e.label, e.group.as_str())),
            Set::CheckThat20 => ct20.push((p, e.label, e.group.as_str())),
        }
    }
    let raw: Vec<(f64, bool)> = data
        .iter()
        .filter(|e| e.held_out && e.set == Set::ClaimBuster)
        .map(|e| (model.z(e) - cv.cb_threshold, e.label))
        .collect();
    let (rp, rr, rf) = f1_at(&raw, 0.0);
    eprintln!(
        "held out, unquantised: ClaimBuster P {rp:.4} R {rr:.4} F1 {rf:.4} AP {:.4}",
        average_precision(&raw)
    );
    let (p, r, f1) = f1_at(&cb, 0.5);
    let ct_flat: Vec<(f64, bool)> = ct.iter().map(|e| (e.0, e.1)).collect();
    let ct20_flat: Vec<(f64, bool)> = ct20.iter().map(|e| (e.0, e.1)).collect();
    println!(
        "held out: ClaimBuster P {p:.4} R {r:.4} F1 {f1:.4} AP {:.4} ({} sentences); CheckThat19 AP {:.4} MAP {:.4} ({} sentences); CheckThat20 AP {:.4} MAP by 1,000-id block {:.4} ({} sentences)",
        average_precision(&cb),
        cb.len(),
        average_precision(&ct_flat),
        mean_ap(&ct),
        ct.len(),
        average_precision(&ct20_flat),
        mean_ap(&ct20),
        ct20.len()
    );

    if o.write {
        let n_cb = train_set.iter().filter(|e| e.set == Set::ClaimBuster).count();
        let n_19 = train_set.iter().filter(|e| e.set == Set::CheckThat19).count();
        let n_20 = train_set.iter().filter(|e| e.set == Set::CheckThat20).count();
        let vectors = if o.dims > 0 {
            format!(
                "Word vectors ({} dims, window {}, words seen {}+ times) from the public-domain \
                 corpus\nshared/corpus/news.jsonl (White House remarks 2009-2014), folded into \
                 unigram weights.\n",
                o.dims, o.window, o.min_count
            )
        } else {
            String::new()
        };
        let header = format!(
            "Check-worthiness model of nutgraf-claims: logistic regression over hashed features.\n\
             Generated by `cargo run --release -p nutgraf-claims --example train -- --eval ../shared/eval`\n\
             (crates/claims/examples/train.rs); do not edit. No text of the training sets is stored,\n\
             only 2^{} hashed feature weights quantised to one byte.\n\
             Trained on: ClaimBuster (Arslan et al. 2020) {n_cb} sentences, CLEF CheckThat! 2019 task 1\n\
             {n_19} sentences, CLEF CheckThat! 2020 task 5 {n_20} sentences (weight {}), without the held-out\n\
             part (nutgraf_claims::model::held_out) and without any sentence a held-out part contains.\n\
             {}See crates/claims/DATA_SOURCES.md. L2 {}, features {:?}.\n\
             Cross-validated (5 folds by debate): ClaimBuster F1 {:.4}, AP {:.4}; CheckThat! 2019 AP {:.4}.",
            o.bits, o.ct_weight, vectors, o.l2, o.features, cv.cb_f1_tuned, cv.cb_ap, cv.ct19_ap
        );
        let bytes = m.to_bytes(&header);
        std::fs::write(&o.out, &bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", o.out.display()));
        eprintln!(
            "wrote {} ({} bytes) in {:.1}s",
            o.out.display(),
            bytes.len(),
            t0.elapsed().as_secs_f64()
        );
    }
}

/// Word vectors learned from the public-domain corpus: positive pointwise mutual
/// information of words and their neighbours (window of `--window` words, context counts
/// smoothed to the power 0.75), randomly projected to `--dims` dimensions (a fixed ±1
/// matrix from a seeded generator) and normalised. Words are the model's unigram
/// features, so a vector's weight can be folded into the word's unigram slot.
struct Embeddings {
    dims: usize,
    vecs: HashMap<u64, Vec<f32>>,
}

/// SplitMix64: the deterministic source of the projection.
fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = x;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Embeddings {
    fn learn(o: &Opts) -> Embeddings {
        let dims = o.dims;
        if dims == 0 {
            return Embeddings { dims, vecs: HashMap::new() };
        }
        let t0 = std::time::Instant::now();
        let data = std::fs::read_to_string(&o.corpus)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", o.corpus.display()));
        let tokenizer = Tokenizer::new();
        let mut sentences: Vec<Vec<u64>> = Vec::new();
        let mut buf = Vec::new();
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = v["text"].as_str().unwrap_or("");
            let doc = tokenizer.analyze(text);
            for s in &doc.sentences {
                buf.clear();
                unigram_features(text, doc.sentence_tokens(s), &mut buf);
                sentences.push(buf.clone());
            }
        }
        let mut freq: HashMap<u64, u32> = HashMap::new();
        for s in &sentences {
            for &w in s {
                *freq.entry(w).or_default() += 1;
            }
        }
        let mut vocab: Vec<(u64, u32)> =
            freq.iter().filter(|e| *e.1 >= o.min_count).map(|(&w, &c)| (w, c)).collect();
        vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let index: HashMap<u64, u32> =
            vocab.iter().enumerate().map(|(i, &(w, _))| (w, i as u32)).collect();
        let mut pairs: HashMap<(u32, u32), f32> = HashMap::new();
        for s in &sentences {
            let ids: Vec<Option<u32>> = s.iter().map(|w| index.get(w).copied()).collect();
            for (i, a) in ids.iter().enumerate() {
                let Some(a) = *a else { continue };
                for b in ids.iter().skip(i + 1).take(o.window).flatten() {
                    *pairs.entry((a, *b)).or_default() += 1.0;
                    *pairs.entry((*b, a)).or_default() += 1.0;
                }
            }
        }
        let mut pairs: Vec<((u32, u32), f32)> = pairs.into_iter().collect();
        pairs.sort_unstable_by_key(|p| p.0);
        let n = vocab.len();
        let mut row = vec![0.0f64; n];
        let mut col = vec![0.0f64; n];
        for &((a, b), c) in &pairs {
            row[a as usize] += f64::from(c);
            col[b as usize] += f64::from(c);
        }
        let total: f64 = row.iter().sum();
        let col_s: Vec<f64> = col.iter().map(|c| c.powf(0.75)).collect();
        let col_total: f64 = col_s.iter().sum();
        // The projection of context b: dims signs from its index.
        let proj = |b: u32, j: usize| -> f32 {
            if splitmix(u64::from(b) << 16 | j as u64) & 1 == 0 { 1.0 } else { -1.0 }
        };
        let mut m = vec![0.0f32; n * dims];
        for &((a, b), c) in &pairs {
            let pmi = (f64::from(c) * col_total / (row[a as usize] * col_s[b as usize])).ln();
            if pmi <= 0.0 {
                continue;
            }
            let v = &mut m[a as usize * dims..(a as usize + 1) * dims];
            for (j, x) in v.iter_mut().enumerate() {
                *x += pmi as f32 * proj(b, j);
            }
        }
        let _ = total;
        let mut vecs = HashMap::new();
        for (i, &(w, _)) in vocab.iter().enumerate() {
            let v = &m[i * dims..(i + 1) * dims];
            let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                vecs.insert(w, v.iter().map(|x| x / norm).collect());
            }
        }
        eprintln!(
            "word vectors: {} sentences of {}, {} words (count >= {}), {} pairs, {} dims in {:.1}s",
            sentences.len(),
            o.corpus.display(),
            vecs.len(),
            o.min_count,
            pairs.len(),
            dims,
            t0.elapsed().as_secs_f64()
        );
        Embeddings { dims, vecs }
    }

    /// The scaled sum of the vectors of a sentence's words (unigram feature hashes).
    fn sentence(&self, words: &[u64], scale: f32) -> Vec<f32> {
        let mut out = vec![0.0f32; self.dims];
        for w in words {
            if let Some(v) = self.vecs.get(w) {
                for (o, x) in out.iter_mut().zip(v) {
                    *o += x * scale;
                }
            }
        }
        out
    }

    /// Adds each word's share of the dense weights `wd` to its unigram slot in `w`.
    fn fold(&self, wd: &[f64], bits: u8, w: &mut [f64]) {
        if self.dims == 0 {
            return;
        }
        let mut words: Vec<(&u64, &Vec<f32>)> = self.vecs.iter().collect();
        words.sort_unstable_by_key(|e| *e.0);
        for (&u, v) in words {
            let c: f64 = v.iter().zip(wd).map(|(&x, &y)| f64::from(x) * y).sum();
            let (i, sign) = Model::slot(u, bits);
            w[i] += f64::from(sign) * c;
        }
    }
}
