//! Small random draws the demo model is built from: weighted choices, latent-variable
//! answers on ordered scales, and values that change from wave to wave.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

pub type DemoRng = ChaCha8Rng;

/// A value for `year`, interpolated linearly between the given (year, value) points and held
/// constant before the first and after the last.
pub fn by_year(year: i32, points: &[(i32, f64)]) -> f64 {
    let Some(&(first_year, first)) = points.first() else {
        return 0.0;
    };
    if year <= first_year {
        return first;
    }
    for pair in points.windows(2) {
        let [(y0, v0), (y1, v1)] = [pair[0], pair[1]];
        if year <= y1 {
            let t = f64::from(year - y0) / f64::from(y1 - y0);
            return v0 + t * (v1 - v0);
        }
    }
    points.last().map_or(first, |&(_, v)| v)
}

/// Index of a weighted choice; weights need not add up to 1. All-zero weights pick 0.
pub fn pick_index(rng: &mut DemoRng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().map(|w| w.max(0.0)).sum();
    if total <= 0.0 {
        return 0;
    }
    let mut x = rng.random::<f64>() * total;
    for (i, w) in weights.iter().enumerate() {
        let w = w.max(0.0);
        if x < w {
            return i;
        }
        x -= w;
    }
    weights.len().saturating_sub(1)
}

/// A weighted choice among (value, weight) pairs.
pub fn pick<T: Copy>(rng: &mut DemoRng, options: &[(T, f64)]) -> T {
    let weights: Vec<f64> = options.iter().map(|(_, w)| *w).collect();
    options[pick_index(rng, &weights)].0
}

pub fn chance(rng: &mut DemoRng, p: f64) -> bool {
    rng.random::<f64>() < p.clamp(0.0, 1.0)
}

pub fn logit(p: f64) -> f64 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// A standard normal draw (Box-Muller).
pub fn normal(rng: &mut DemoRng) -> f64 {
    let u1: f64 = rng.random::<f64>().max(f64::MIN_POSITIVE);
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// A standard logistic draw: the noise of a logit model.
pub fn logistic(rng: &mut DemoRng) -> f64 {
    let u: f64 = rng.random::<f64>().clamp(1e-12, 1.0 - 1e-12);
    (u / (1.0 - u)).ln()
}

/// Log-odds that, with a personal latent `z ~ N(0, 1)` weighted `lambda` added, give about
/// `p` on average (the logistic-normal approximation E[sigmoid(a + lambda z)] ~
/// sigmoid(a / sqrt(1 + 0.346 lambda^2))). So a target share stays the published figure while
/// answers of one person hang together.
pub fn log_odds(p: f64, lambda: f64) -> f64 {
    logit(p) * (1.0 + 0.346 * lambda * lambda).sqrt()
}

/// A yes/no outcome with log-odds `a`.
pub fn bernoulli_logit(rng: &mut DemoRng, a: f64) -> bool {
    chance(rng, sigmoid(a))
}

/// An answer on an ordered scale of `cuts.len() + 1` points (0-based), from a latent
/// `a + logistic noise` cut at `cuts` (ascending). With a cut at 0 the share at and above it
/// is sigmoid(a).
pub fn ordinal(rng: &mut DemoRng, a: f64, cuts: &[f64]) -> usize {
    let y = a + logistic(rng);
    cuts.iter().take_while(|&&c| y >= c).count()
}

/// Cut points of a 5-point agreement scale: the top two points hold sigmoid(a).
pub const AGREE5: [f64; 4] = [-2.6, -1.1, 0.0, 2.0];
/// Cut points of a 4-point scale: the top two points hold sigmoid(a).
pub const SCALE4: [f64; 3] = [-1.7, 0.0, 2.1];
/// Cut points of the 5-point atmosphere scale (very negative .. very positive).
pub const ATMOS5: [f64; 4] = [-2.9, -1.3, 0.0, 2.3];
/// Cut points of the 5-point change scale: the top two points (better) hold sigmoid(a).
pub const CHANGE5: [f64; 4] = [-3.2, -1.7, 0.0, 2.4];

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use rand::SeedableRng;

    use super::*;

    #[test]
    fn interpolates_between_waves_and_holds_outside() {
        let points = [(2020, 0.4), (2022, 0.5), (2024, 0.3)];
        assert_eq!(by_year(2016, &points), 0.4);
        assert!((by_year(2021, &points) - 0.45).abs() < 1e-12);
        assert!((by_year(2023, &points) - 0.4).abs() < 1e-12);
        assert_eq!(by_year(2030, &points), 0.3);
    }

    #[test]
    fn latent_shares_keep_their_target_on_average() {
        let mut rng = DemoRng::seed_from_u64(7);
        let n = 200_000;
        for (p, lambda) in [(0.14, 0.8), (0.8, 1.0), (0.5, 1.2)] {
            let a = log_odds(p, lambda);
            let hits = (0..n)
                .filter(|_| {
                    let z = normal(&mut rng);
                    bernoulli_logit(&mut rng, a + lambda * z)
                })
                .count();
            let share = hits as f64 / f64::from(n);
            assert!((share - p).abs() < 0.01, "{p} {lambda}: {share}");
        }
        let a = logit(0.6);
        let top = (0..n)
            .filter(|_| ordinal(&mut rng, a, &AGREE5) >= 3)
            .count();
        assert!((top as f64 / f64::from(n) - 0.6).abs() < 0.01);
    }
}
