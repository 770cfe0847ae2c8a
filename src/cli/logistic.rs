//! L2-regularised logistic regression, fitted by Newton's method.
//!
//! With a hundred features and a few thousand pages the exact Hessian is
//! cheap, and Newton converges in a handful of steps to the unique optimum:
//! no learning rate to tune, and the same data always gives the same model.
//! Features are standardised for the fit (so one penalty suits them all) and
//! the result is folded back into weights on raw values.

/// A fitted model on raw feature values: `logit = bias + Σ weights·x`.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub bias: f32,
    pub weights: Vec<f32>,
    /// The penalty it was fitted with.
    pub lambda: f64,
}

impl Fit {
    pub fn logit(&self, x: &[f32]) -> f64 {
        self.bias as f64
            + self
                .weights
                .iter()
                .zip(x)
                .map(|(&w, &v)| w as f64 * v as f64)
                .sum::<f64>()
    }

    pub fn probability(&self, x: &[f32]) -> f64 {
        sigmoid(self.logit(x))
    }
}

pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Newton steps at most; a fit converges in well under twenty.
const MAX_STEPS: usize = 100;
/// Convergence: largest parameter change.
const TOLERANCE: f64 = 1e-7;
/// Features varying less than this are constant in the data: weight 0.
const MIN_SCALE: f64 = 1e-9;

/// Fits `rows` (each `dims` values, only the first `dims` read) to `labels`,
/// each row counting `weights[i]` times in the likelihood, with ridge
/// penalty `lambda` on the standardised weights (not the bias).
pub fn fit(rows: &[&[f32]], labels: &[bool], weights: &[f64], dims: usize, lambda: f64) -> Fit {
    fit_path(rows, labels, weights, dims, &[lambda]).remove(0)
}

/// [`fit`] for each penalty of `lambdas`, in that order. The data are
/// standardised once, and each fit starts from the previous one's optimum
/// (a warm start: give the penalties from strong to weak and each takes a
/// few Newton steps).
pub fn fit_path(
    rows: &[&[f32]],
    labels: &[bool],
    weights: &[f64],
    dims: usize,
    lambdas: &[f64],
) -> Vec<Fit> {
    let s = Standardized::new(rows, dims);
    let mut theta = vec![0.0; dims + 1];
    lambdas
        .iter()
        .map(|&lambda| {
            s.newton(labels, weights, lambda, &mut theta);
            s.unscale(&theta, lambda)
        })
        .collect()
}

/// Rows standardised to mean 0 and variance 1 per feature.
struct Standardized {
    dims: usize,
    mean: Vec<f64>,
    scale: Vec<f64>,
    /// Per row: 1 (the bias) then the standardised features.
    z: Vec<Vec<f64>>,
}

impl Standardized {
    fn new(rows: &[&[f32]], dims: usize) -> Self {
        let n = rows.len().max(1) as f64;
        let mut mean = vec![0.0; dims];
        let mut scale = vec![0.0; dims];
        for r in rows {
            for j in 0..dims {
                mean[j] += r[j] as f64 / n;
            }
        }
        for r in rows {
            for j in 0..dims {
                scale[j] += (r[j] as f64 - mean[j]).powi(2) / n;
            }
        }
        for s in &mut scale {
            *s = s.sqrt();
        }
        let z = rows
            .iter()
            .map(|r| {
                std::iter::once(1.0)
                    .chain((0..dims).map(|j| {
                        if scale[j] < MIN_SCALE {
                            0.0
                        } else {
                            (r[j] as f64 - mean[j]) / scale[j]
                        }
                    }))
                    .collect()
            })
            .collect();
        Standardized {
            dims,
            mean,
            scale,
            z,
        }
    }

    /// Newton's method from `theta` (`theta[0]` the bias, `theta[1..]` the
    /// standardised weights) to the optimum at `lambda`.
    fn newton(&self, labels: &[bool], weights: &[f64], lambda: f64, theta: &mut [f64]) {
        let m = self.dims + 1;
        let mut grad = vec![0.0; m];
        let mut hess = vec![0.0; m * m];
        for _ in 0..MAX_STEPS {
            grad.iter_mut().for_each(|g| *g = 0.0);
            hess.iter_mut().for_each(|h| *h = 0.0);
            for ((zi, &y), &weight) in self.z.iter().zip(labels).zip(weights) {
                let s: f64 = theta.iter().zip(zi).map(|(t, v)| t * v).sum();
                let p = sigmoid(s);
                let r = weight * (p - if y { 1.0 } else { 0.0 });
                let w = weight * (p * (1.0 - p)).max(1e-12);
                for a in 0..m {
                    let za = zi[a];
                    if za == 0.0 {
                        continue;
                    }
                    grad[a] += r * za;
                    // The upper triangle, row a: a slice loop the compiler
                    // vectorises.
                    let wa = w * za;
                    for (h, &zb) in hess[a * m + a..(a + 1) * m].iter_mut().zip(&zi[a..]) {
                        *h += wa * zb;
                    }
                }
            }
            for a in 1..m {
                grad[a] += lambda * theta[a];
                hess[a * m + a] += lambda;
            }
            hess[0] += 1e-9;
            for a in 0..m {
                for b in 0..a {
                    hess[a * m + b] = hess[b * m + a];
                }
            }
            let step = solve_spd(&mut hess, &grad, m);
            let mut largest: f64 = 0.0;
            for (t, d) in theta.iter_mut().zip(&step) {
                *t -= d;
                largest = largest.max(d.abs());
            }
            if largest < TOLERANCE {
                break;
            }
        }
    }

    /// The weights on raw feature values.
    fn unscale(&self, theta: &[f64], lambda: f64) -> Fit {
        let mut bias = theta[0];
        let mut weights = vec![0.0f32; self.dims];
        for j in 0..self.dims {
            if self.scale[j] >= MIN_SCALE {
                let w = theta[j + 1] / self.scale[j];
                weights[j] = w as f32;
                bias -= w * self.mean[j];
            }
        }
        Fit {
            bias: bias as f32,
            weights,
            lambda,
        }
    }
}

/// Solves `a x = b` for a symmetric positive-definite `a` (row-major,
/// `m × m`, overwritten by its Cholesky factor).
fn solve_spd(a: &mut [f64], b: &[f64], m: usize) -> Vec<f64> {
    for j in 0..m {
        let mut d = a[j * m + j];
        for k in 0..j {
            d -= a[j * m + k] * a[j * m + k];
        }
        let d = d.max(1e-12).sqrt();
        a[j * m + j] = d;
        for i in j + 1..m {
            let mut s = a[i * m + j];
            for k in 0..j {
                s -= a[i * m + k] * a[j * m + k];
            }
            a[i * m + j] = s / d;
        }
    }
    // L y = b, then Lᵀ x = y.
    let mut y = b.to_vec();
    for i in 0..m {
        for k in 0..i {
            y[i] -= a[i * m + k] * y[k];
        }
        y[i] /= a[i * m + i];
    }
    for i in (0..m).rev() {
        for k in i + 1..m {
            y[i] -= a[k * m + i] * y[k];
        }
        y[i] /= a[i * m + i];
    }
    y
}

/// Mean negative log-likelihood of probabilities against labels.
pub fn log_loss(probabilities: &[f64], labels: &[bool]) -> f64 {
    weighted_log_loss(probabilities, labels, &vec![1.0; labels.len()])
}

/// [`log_loss`] with each row counting `weights[i]` times.
pub fn weighted_log_loss(probabilities: &[f64], labels: &[bool], weights: &[f64]) -> f64 {
    let eps = 1e-9;
    let (mut total, mut mass) = (0.0, 0.0);
    for ((&p, &y), &w) in probabilities.iter().zip(labels).zip(weights) {
        let likelihood = if y { p } else { 1.0 - p };
        total -= w * likelihood.max(eps).ln();
        mass += w;
    }
    if mass > 0.0 {
        total / mass
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_a_separating_direction() {
        // Label is x0 > x1, x2 is noise, x3 is constant.
        let mut rows = Vec::new();
        let mut labels = Vec::new();
        let mut state = 12345u64;
        let mut rand = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as f32 / (1u64 << 31) as f32
        };
        for _ in 0..400 {
            let (a, b, c) = (rand() * 10.0, rand() * 10.0, rand());
            rows.push([a, b, c, 3.0]);
            labels.push(a > b);
        }
        let refs: Vec<&[f32]> = rows.iter().map(|r| r.as_slice()).collect();
        let ones = vec![1.0; labels.len()];
        let f = fit(&refs, &labels, &ones, 4, 0.1);
        assert!(f.weights[0] > 0.5 && f.weights[1] < -0.5, "{f:?}");
        // Over their ranges (x0 spans 10, the noise 1) the noise moves the
        // log-odds a tenth as much, at most.
        assert!(
            f.weights[2].abs() < f.weights[0].abs() * 10.0 / 10.0,
            "{f:?}"
        );
        assert_eq!(f.weights[3], 0.0);
        let right = refs
            .iter()
            .zip(&labels)
            .filter(|(r, &y)| (f.probability(r) > 0.5) == y)
            .count();
        assert!(right >= 390, "{right}/400");
        // A stronger penalty shrinks the weights.
        let g = fit(&refs, &labels, &ones, 4, 100.0);
        assert!(g.weights[0] < f.weights[0]);
    }

    #[test]
    fn cholesky_solves() {
        let mut a = vec![4.0, 2.0, 2.0, 3.0];
        let x = solve_spd(&mut a, &[2.0, 1.0], 2);
        // 4x + 2y = 2, 2x + 3y = 1 → x = 0.5, y = 0.
        assert!((x[0] - 0.5).abs() < 1e-12 && x[1].abs() < 1e-12, "{x:?}");
    }
}
