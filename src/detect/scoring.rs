//! The shape of the trained model: a logistic regression for the cheap
//! stage and a small ensemble of boosted decision trees for the full stage.

/// A logistic regression over raw feature values: `logit = bias + Σ w·x`.
///
/// Weights apply to the features as [`super::features::Features`] computes
/// them (the trainer folds its standardisation into them), so a feature
/// that did not fire (value 0) contributes nothing and every contribution is
/// simply `w·x`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear<'a> {
    pub bias: f32,
    pub weights: &'a [f32],
}

impl Linear<'_> {
    /// Log-odds that the page is an article. `x` may be longer than the
    /// weights (the cheap model reads only the leading cheap features).
    pub fn logit(&self, x: &[f32]) -> f32 {
        self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>()
    }

    /// Adds each feature's contribution `w·x` to `out`.
    pub fn contributions(&self, x: &[f32], out: &mut [f32]) {
        for ((o, w), v) in out.iter_mut().zip(self.weights).zip(x) {
            *o += w * v;
        }
    }
}

/// Depth of every tree. Each is stored as a complete binary tree of this
/// depth in heap order (the children of slot `k` at `2k + 1` and `2k + 2`),
/// so no child index is stored: a tree is its split features, thresholds
/// and slot values.
pub const TREE_DEPTH: usize = 3;

/// Inner slots per tree (splits, or [`LEAF`] where a tree stopped early).
pub const SPLITS_PER_TREE: usize = (1 << TREE_DEPTH) - 1;

/// All slots per tree, inner ones and leaves.
pub const SLOTS_PER_TREE: usize = (1 << (TREE_DEPTH + 1)) - 1;

/// [`Forest::features`] of an inner slot where the tree does not split:
/// the slot is a leaf.
pub const LEAF: u8 = u8::MAX;

/// Gradient-boosted trees: `logit = base + Σ tree(x)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Forest<'a> {
    pub base: f32,
    /// [`SPLITS_PER_TREE`] per tree: the feature each inner slot tests.
    pub features: &'a [u8],
    /// [`SPLITS_PER_TREE`] per tree: values below go left.
    pub thresholds: &'a [f32],
    /// [`SLOTS_PER_TREE`] per tree, in units of `scale`: a leaf's value is
    /// what the tree adds to the log-odds; an inner slot's is the mean of
    /// what its leaves add, which is what lets the path through a tree be
    /// split into per-feature contributions.
    pub values: &'a [i8],
    pub scale: f32,
}

impl Forest<'_> {
    pub fn trees(&self) -> usize {
        self.features.len() / SPLITS_PER_TREE
    }

    pub fn logit(&self, x: &[f32]) -> f32 {
        let mut logit = self.base;
        for t in 0..self.trees() {
            self.walk(t, x, |_, _, _| {}, |leaf| logit += leaf);
        }
        logit
    }

    /// Adds each feature's contribution to `out` and returns the part of
    /// the logit no feature accounts for (the base plus every root's
    /// value): along each tree's path, the change of value at a split is
    /// credited to the feature split on.
    pub fn contributions(&self, x: &[f32], out: &mut [f32]) -> f32 {
        let mut unexplained = self.base;
        for t in 0..self.trees() {
            unexplained += self.value(t, 0);
            self.walk(t, x, |feature, from, to| out[feature] += to - from, |_| {});
        }
        unexplained
    }

    fn value(&self, tree: usize, slot: usize) -> f32 {
        self.values[tree * SLOTS_PER_TREE + slot] as f32 * self.scale
    }

    /// Follows `x` down tree `t`, reporting each split (feature, value
    /// before, value after) and the leaf's value.
    fn walk(
        &self,
        t: usize,
        x: &[f32],
        mut split: impl FnMut(usize, f32, f32),
        leaf: impl FnOnce(f32),
    ) {
        let mut slot = 0;
        while slot < SPLITS_PER_TREE {
            let i = t * SPLITS_PER_TREE + slot;
            let feature = self.features[i];
            if feature == LEAF {
                break;
            }
            let next = if x[feature as usize] < self.thresholds[i] {
                2 * slot + 1
            } else {
                2 * slot + 2
            };
            split(feature as usize, self.value(t, slot), self.value(t, next));
            slot = next;
        }
        leaf(self.value(t, slot));
    }
}

/// The whole detector model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Model<'a> {
    /// Reads only the cheap features.
    pub cheap: Linear<'a>,
    /// A page whose cheap probability is below this is rejected without
    /// looking at its body.
    pub reject_below: f32,
    /// Reads all features.
    pub full: Forest<'a>,
    /// Also reads all features; the full stage's log-odds are the mean of
    /// this regression's and the trees'.
    pub full_linear: Linear<'a>,
    /// Probability from which a page is called an article.
    pub threshold: f32,
}

pub fn sigmoid(logit: f32) -> f32 {
    1.0 / (1.0 + (-logit).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stump on feature 1, and a tree on feature 0 then (right) 2.
    const L: u8 = LEAF;
    const FOREST: Forest = Forest {
        base: -0.3,
        #[rustfmt::skip]
        features: &[
            1, L, L, L, L, L, L,
            0, L, 2, L, L, L, L,
        ],
        #[rustfmt::skip]
        thresholds: &[
            0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
            2.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0,
        ],
        // Values in tenths.
        #[rustfmt::skip]
        values: &[
            1, -4, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, -10, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ],
        scale: 0.1,
    };

    #[test]
    fn contributions_add_up_to_the_logit() {
        for x in [
            [0.0, 0.0, 0.0],
            [3.0, 1.0, 0.0],
            [3.0, 0.0, 5.0],
            [1.0, 1.0, 9.0],
        ] {
            let mut out = [0.0; 3];
            let rest = FOREST.contributions(&x, &mut out);
            let total = rest + out.iter().sum::<f32>();
            assert!((total - FOREST.logit(&x)).abs() < 1e-6, "{x:?}");
        }
        // x = [3, 1, 5]: the stump goes right (0.6 - 0.1 credited to
        // feature 1); tree 2 goes right (0.5 - 0 to feature 0), then its
        // slot 2 tests feature 2 and goes right to slot 6 (0 - 0.5).
        let mut out = [0.0; 3];
        FOREST.contributions(&[3.0, 1.0, 5.0], &mut out);
        for (o, want) in out.iter().zip([0.5, 0.5, -0.5]) {
            assert!((o - want).abs() < 1e-6, "{out:?}");
        }
        assert!((FOREST.logit(&[3.0, 1.0, 5.0]) - (-0.3 + 0.6)).abs() < 1e-6);
    }
}
