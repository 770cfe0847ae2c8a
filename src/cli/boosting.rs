//! Gradient-boosted decision trees for a binary label (logistic loss),
//! grown the standard second-order way: each tree fits the loss's gradient
//! and Hessian at the current predictions, splits are chosen on histograms
//! of pre-binned feature values, leaves take the regularised Newton step.
//!
//! Small and deterministic: shallow trees, a fixed seed for the row and
//! feature subsampling, and every node's value kept so that a prediction
//! can be explained feature by feature (see [`crate::detect::Forest`]).

use crate::detect::{Forest, LEAF, SLOTS_PER_TREE, SPLITS_PER_TREE, TREE_DEPTH};

/// A node of a tree being grown (the shipped format is the packed
/// [`crate::detect::Forest`], see [`Boosted::packed`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node {
    /// The feature tested, or [`LEAF`].
    pub feature: u8,
    /// Values below go left, the others right.
    pub threshold: f32,
    pub left: u16,
    pub right: u16,
    /// The Newton step of the rows reaching this node (the leaf value for a
    /// leaf; for an inner node, what lets contributions be explained).
    pub value: f32,
}

/// Tree-growing settings.
#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub depth: usize,
    /// Shrinkage: each tree's output is scaled by this.
    pub eta: f64,
    /// L2 penalty on leaf values.
    pub lambda: f64,
    /// Fewest training rows in a leaf.
    pub min_leaf: usize,
    /// Share of rows each tree sees.
    pub subsample: f64,
    /// Share of features each tree may split on.
    pub colsample: f64,
    pub seed: u64,
}

/// Most candidate thresholds per feature.
const MAX_CUTS: usize = 32;

/// A trained ensemble.
#[derive(Clone, Debug, Default)]
pub struct Boosted {
    pub base: f32,
    pub nodes: Vec<Node>,
    pub roots: Vec<u16>,
}

/// Trees in the packed heap layout of [`crate::detect::Forest`], the
/// slot values quantised to `i8` in units of `scale`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Packed {
    pub base: f32,
    pub features: Vec<u8>,
    pub thresholds: Vec<f32>,
    pub values: Vec<i8>,
    pub scale: f32,
}

impl Packed {
    pub fn forest(&self) -> Forest<'_> {
        Forest {
            base: self.base,
            features: &self.features,
            thresholds: &self.thresholds,
            values: &self.values,
            scale: self.scale,
        }
    }
}

impl Boosted {
    /// What tree `t` adds to the log-odds of `x`.
    pub fn tree_logit(&self, t: usize, x: &[f32]) -> f32 {
        let mut at = self.roots[t] as usize;
        loop {
            let n = &self.nodes[at];
            if n.feature == LEAF {
                return n.value;
            }
            at = if x[n.feature as usize] < n.threshold {
                n.left
            } else {
                n.right
            } as usize;
        }
    }

    #[cfg(test)]
    fn logit(&self, x: &[f32]) -> f32 {
        self.base
            + (0..self.roots.len())
                .map(|t| self.tree_logit(t, x))
                .sum::<f32>()
    }

    /// The trees laid out as complete binary trees of depth [`TREE_DEPTH`]
    /// in heap order, values quantised so that the largest is ±127 units
    /// (an error of at most half a unit per tree). Trees must not be deeper.
    pub fn packed(&self) -> Packed {
        let largest = self.nodes.iter().map(|n| n.value.abs()).fold(0.0, f32::max);
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        let mut p = Packed {
            base: self.base,
            scale,
            ..Packed::default()
        };
        for &root in &self.roots {
            let mut features = [LEAF; SPLITS_PER_TREE];
            let mut thresholds = [0.0; SPLITS_PER_TREE];
            let mut values = [0i8; SLOTS_PER_TREE];
            let mut stack = vec![(root as usize, 0usize)];
            while let Some((node, slot)) = stack.pop() {
                let n = &self.nodes[node];
                values[slot] = (n.value / scale).round().clamp(-127.0, 127.0) as i8;
                if n.feature != LEAF {
                    assert!(slot < SPLITS_PER_TREE, "tree deeper than {TREE_DEPTH}");
                    features[slot] = n.feature;
                    thresholds[slot] = n.threshold;
                    stack.push((n.left as usize, 2 * slot + 1));
                    stack.push((n.right as usize, 2 * slot + 2));
                }
            }
            p.features.extend(features);
            p.thresholds.extend(thresholds);
            p.values.extend(values);
        }
        p
    }
}

/// Candidate thresholds of one feature: midpoints between distinct values,
/// thinned to quantiles when there are many.
fn cuts(values: &mut [f32]) -> Vec<f32> {
    values.sort_by(f32::total_cmp);
    let mut distinct: Vec<f32> = values.to_vec();
    distinct.dedup();
    let mids: Vec<f32> = distinct.windows(2).map(|w| (w[0] + w[1]) / 2.0).collect();
    if mids.len() <= MAX_CUTS {
        return mids;
    }
    let mut out: Vec<f32> = (1..=MAX_CUTS)
        .map(|q| {
            let at = q * values.len() / (MAX_CUTS + 1);
            // The first midpoint above the quantile value.
            let v = values[at.min(values.len() - 1)];
            mids.iter()
                .copied()
                .find(|&m| m > v)
                .unwrap_or(f32::INFINITY)
        })
        .filter(|m| m.is_finite())
        .collect();
    out.dedup();
    out
}

/// A small deterministic generator (SplitMix64) for subsampling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Fits `trees` trees; `on_tree` sees the ensemble after each one (to
/// follow a held-out loss without refitting).
pub fn fit(
    rows: &[&[f32]],
    labels: &[bool],
    weights: &[f64],
    dims: usize,
    trees: usize,
    p: &Params,
    mut on_tree: impl FnMut(&Boosted),
) -> Boosted {
    let n = rows.len();
    let y: Vec<f64> = labels.iter().map(|&l| if l { 1.0 } else { 0.0 }).collect();
    let mass: f64 = weights.iter().sum();
    let positive: f64 = y.iter().zip(weights).map(|(y, w)| y * w).sum();
    let mean = (positive / mass.max(1e-9)).clamp(1e-3, 1.0 - 1e-3);
    let base = (mean / (1.0 - mean)).ln();
    let cut_table: Vec<Vec<f32>> = (0..dims)
        .map(|j| cuts(&mut rows.iter().map(|r| r[j]).collect::<Vec<_>>()))
        .collect();
    // bins[i * dims + j]: how many of feature j's cuts row i is at or above.
    let bins: Vec<u8> = rows
        .iter()
        .flat_map(|r| {
            cut_table
                .iter()
                .enumerate()
                .map(move |(j, c)| c.partition_point(|&t| t <= r[j]) as u8)
        })
        .collect();

    let mut model = Boosted {
        base: base as f32,
        ..Boosted::default()
    };
    let mut logits = vec![base; n];
    let mut rng = Rng(p.seed);
    for _ in 0..trees {
        let grad: Vec<(f64, f64)> = (0..n)
            .map(|i| {
                let prob = 1.0 / (1.0 + (-logits[i]).exp());
                let w = weights[i];
                (w * (prob - y[i]), w * (prob * (1.0 - prob)).max(1e-6))
            })
            .collect();
        let sample: Vec<usize> = (0..n).filter(|_| rng.unit() < p.subsample).collect();
        let features: Vec<usize> = (0..dims).filter(|_| rng.unit() < p.colsample).collect();
        let root = model.nodes.len() as u16;
        let tree = model.roots.len();
        let grower = Grower {
            bins: &bins,
            dims,
            cuts: &cut_table,
            grad: &grad,
            features: &features,
            p,
        };
        grower.grow(&mut model.nodes, sample, 0);
        model.roots.push(root);
        for (i, r) in rows.iter().enumerate() {
            logits[i] += model.tree_logit(tree, r) as f64;
        }
        on_tree(&model);
    }
    model
}

struct Grower<'a> {
    bins: &'a [u8],
    dims: usize,
    cuts: &'a [Vec<f32>],
    grad: &'a [(f64, f64)],
    features: &'a [usize],
    p: &'a Params,
}

impl Grower<'_> {
    /// Grows the subtree for `rows` at `depth`, appending its nodes.
    fn grow(&self, nodes: &mut Vec<Node>, rows: Vec<usize>, depth: usize) -> u16 {
        let (g, h) = rows.iter().fold((0.0, 0.0), |(g, h), &i| {
            (g + self.grad[i].0, h + self.grad[i].1)
        });
        let value = (-g / (h + self.p.lambda) * self.p.eta) as f32;
        let at = nodes.len() as u16;
        nodes.push(Node {
            feature: LEAF,
            threshold: 0.0,
            left: 0,
            right: 0,
            value,
        });
        if depth >= self.p.depth || rows.len() < 2 * self.p.min_leaf {
            return at;
        }
        let Some((feature, cut)) = self.best_split(&rows, g, h) else {
            return at;
        };
        let (left, right): (Vec<usize>, Vec<usize>) = rows
            .iter()
            .partition(|&&i| (self.bins[i * self.dims + feature] as usize) <= cut);
        let l = self.grow(nodes, left, depth + 1);
        let r = self.grow(nodes, right, depth + 1);
        nodes[at as usize] = Node {
            feature: feature as u8,
            threshold: self.cuts[feature][cut],
            left: l,
            right: r,
            value,
        };
        at
    }

    /// The (feature, cut index) with the largest loss reduction, if any
    /// split leaves both sides big enough.
    fn best_split(&self, rows: &[usize], g: f64, h: f64) -> Option<(usize, usize)> {
        let lambda = self.p.lambda;
        let score = |g: f64, h: f64| g * g / (h + lambda);
        let parent = score(g, h);
        let mut best: Option<(f64, usize, usize)> = None;
        let mut hist: Vec<(f64, f64, usize)> = Vec::new();
        for &j in self.features {
            let cuts = self.cuts[j].len();
            if cuts == 0 {
                continue;
            }
            hist.clear();
            hist.resize(cuts + 1, (0.0, 0.0, 0));
            for &i in rows {
                let b = self.bins[i * self.dims + j] as usize;
                hist[b].0 += self.grad[i].0;
                hist[b].1 += self.grad[i].1;
                hist[b].2 += 1;
            }
            let (mut gl, mut hl, mut nl) = (0.0, 0.0, 0);
            for (c, bin) in hist.iter().enumerate().take(cuts) {
                gl += bin.0;
                hl += bin.1;
                nl += bin.2;
                let nr = rows.len() - nl;
                if nl < self.p.min_leaf || nr < self.p.min_leaf {
                    continue;
                }
                let gain = score(gl, hl) + score(g - gl, h - hl) - parent;
                if gain > 1e-9 && best.is_none_or(|(b, _, _)| gain > b) {
                    best = Some((gain, j, c));
                }
            }
        }
        best.map(|(_, j, c)| (j, c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_an_interaction_a_line_cannot() {
        // Label: exactly one of x0 > 0.5, x1 > 0.5 (xor); x2 is noise.
        let mut rng = Rng(3);
        let rows: Vec<[f32; 3]> = (0..600)
            .map(|_| [rng.unit() as f32, rng.unit() as f32, rng.unit() as f32])
            .collect();
        let labels: Vec<bool> = rows.iter().map(|r| (r[0] > 0.5) != (r[1] > 0.5)).collect();
        let refs: Vec<&[f32]> = rows.iter().map(|r| r.as_slice()).collect();
        let params = Params {
            depth: 2,
            eta: 0.3,
            lambda: 1.0,
            min_leaf: 5,
            subsample: 0.8,
            colsample: 1.0,
            seed: 1,
        };
        let mut trees_seen = 0;
        let ones = vec![1.0; labels.len()];
        let m = fit(&refs, &labels, &ones, 3, 40, &params, |b| {
            trees_seen = b.roots.len()
        });
        assert_eq!(trees_seen, 40);
        let right = refs
            .iter()
            .zip(&labels)
            .filter(|(r, &y)| (m.logit(r) > 0.0) == y)
            .count();
        assert!(right >= 570, "{right}/600");
        // Same data, same seed: same model.
        let again = fit(&refs, &labels, &ones, 3, 40, &params, |_| {});
        assert_eq!(again.nodes, m.nodes);
        // The packed layout predicts the same, up to quantisation.
        let p = m.packed();
        let forest = p.forest();
        assert_eq!(forest.trees(), 40);
        for r in refs.iter().take(100) {
            let error = (forest.logit(r) - m.logit(r)).abs();
            assert!(error <= 40.0 * p.scale / 2.0 + 1e-4, "{error}");
        }
    }

    #[test]
    fn cuts_are_midpoints() {
        assert_eq!(cuts(&mut [1.0, 0.0, 1.0, 3.0]), vec![0.5, 2.0]);
        assert!(cuts(&mut [2.0; 5]).is_empty());
        let mut many: Vec<f32> = (0..1000).map(|i| i as f32).collect();
        let c = cuts(&mut many);
        assert!(c.len() <= MAX_CUTS && c.len() > MAX_CUTS / 2, "{}", c.len());
        assert!(c.windows(2).all(|w| w[0] < w[1]));
    }
}
