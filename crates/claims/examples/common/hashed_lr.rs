//! The logistic regression over hashed features shared by the trainers of the cue model
//! (`train_cues.rs`) and of the claim filter (`train_filter.rs`): AdaGrad with L2, a fixed
//! number of passes in a fixed order, so the same data give the same bytes.

use nutgraf_claims::model::Model;

/// One labelled example: its article (for the held-out fifth), its hashed features, its label
/// (for the cue model, an occurrence of a candidate word and whether it heads a cue).
pub struct Example {
    pub article: usize,
    pub x: Vec<u64>,
    pub y: bool,
}

pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Logistic regression by AdaGrad over hashed features: weights per slot (with the slots'
/// signs, as `Model::slot` gives them) and a bias.
pub fn train(data: &[&Example], bits: u8, epochs: usize, l2: f64) -> (Vec<f32>, f32) {
    let n = 1usize << bits;
    let mut w = vec![0.0f64; n];
    let mut g2 = vec![1e-8f64; n];
    let (mut b, mut gb2) = (0.0f64, 1e-8f64);
    let rate = 0.3;
    for _ in 0..epochs {
        for e in data {
            let slots: Vec<(usize, f64)> =
                e.x.iter()
                    .map(|&f| {
                        let (i, sign) = Model::slot(f, bits);
                        (i, f64::from(sign))
                    })
                    .collect();
            let z = b + slots.iter().map(|&(i, s)| w[i] * s).sum::<f64>();
            let g = sigmoid(z) - f64::from(u8::from(e.y));
            gb2 += g * g;
            b -= rate * g / gb2.sqrt();
            for &(i, s) in &slots {
                let gi = g * s + l2 * w[i];
                g2[i] += gi * gi;
                w[i] -= rate * gi / g2[i].sqrt();
            }
        }
    }
    (w.iter().map(|&x| x as f32).collect(), b as f32)
}

/// The probability the weights give an example's features.
pub fn score(weights: &[f32], bias: f32, x: &[u64], bits: u8) -> f64 {
    let z = f64::from(bias)
        + x.iter()
            .map(|&f| {
                let (i, s) = Model::slot(f, bits);
                f64::from(weights[i] * s)
            })
            .sum::<f64>();
    sigmoid(z)
}
