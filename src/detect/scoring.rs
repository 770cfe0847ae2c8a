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

/// One node of a decision tree. Trees are stored flat, each node's
/// children by index into the same slice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node {
    /// The feature tested, or [`LEAF`].
    pub feature: u8,
    /// Values below go left, the others right.
    pub threshold: f32,
    pub left: u16,
    pub right: u16,
    /// The tree's output at this node: a leaf's is what the tree adds to
    /// the log-odds; an inner node's is the mean of what its leaves add,
    /// which is what lets the path through a tree be split into
    /// per-feature contributions.
    pub value: f32,
}

/// [`Node::feature`] of a leaf.
pub const LEAF: u8 = u8::MAX;

/// Gradient-boosted trees: `logit = base + Σ tree(x)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Forest<'a> {
    pub base: f32,
    pub nodes: &'a [Node],
    /// Index of each tree's root in `nodes`.
    pub roots: &'a [u16],
}

impl Forest<'_> {
    pub fn logit(&self, x: &[f32]) -> f32 {
        self.base
            + self
                .roots
                .iter()
                .map(|&r| self.nodes[self.leaf(r, x)].value)
                .sum::<f32>()
    }

    fn leaf(&self, mut at: u16, x: &[f32]) -> usize {
        loop {
            let n = &self.nodes[at as usize];
            if n.feature == LEAF {
                return at as usize;
            }
            at = if x[n.feature as usize] < n.threshold {
                n.left
            } else {
                n.right
            };
        }
    }

    /// Adds each feature's contribution to `out` and returns the part of
    /// the logit no feature accounts for (the base plus every root's
    /// value): along each tree's path, the change of value at a split is
    /// credited to the feature split on.
    pub fn contributions(&self, x: &[f32], out: &mut [f32]) -> f32 {
        let mut unexplained = self.base;
        for &r in self.roots {
            let mut at = r as usize;
            unexplained += self.nodes[at].value;
            loop {
                let n = &self.nodes[at];
                if n.feature == LEAF {
                    break;
                }
                let next = if x[n.feature as usize] < n.threshold {
                    n.left
                } else {
                    n.right
                } as usize;
                out[n.feature as usize] += self.nodes[next].value - n.value;
                at = next;
            }
        }
        unexplained
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

    /// One stump on feature 1 and a depth-2 tree on features 0 then 2.
    const NODES: &[Node] = &[
        Node {
            feature: 1,
            threshold: 0.5,
            left: 1,
            right: 2,
            value: 0.1,
        },
        Node {
            feature: LEAF,
            threshold: 0.0,
            left: 0,
            right: 0,
            value: -0.4,
        },
        Node {
            feature: LEAF,
            threshold: 0.0,
            left: 0,
            right: 0,
            value: 0.6,
        },
        Node {
            feature: 0,
            threshold: 2.0,
            left: 4,
            right: 5,
            value: 0.0,
        },
        Node {
            feature: LEAF,
            threshold: 0.0,
            left: 0,
            right: 0,
            value: -1.0,
        },
        Node {
            feature: 2,
            threshold: 1.0,
            left: 6,
            right: 7,
            value: 0.5,
        },
        Node {
            feature: LEAF,
            threshold: 0.0,
            left: 0,
            right: 0,
            value: 0.2,
        },
        Node {
            feature: LEAF,
            threshold: 0.0,
            left: 0,
            right: 0,
            value: 0.8,
        },
    ];
    const FOREST: Forest = Forest {
        base: -0.3,
        nodes: NODES,
        roots: &[0, 3],
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
        // x = [3, 1, 5]: stump goes right (+0.6 - 0.1 credited to feature 1),
        // tree 2 goes right (+0.5 to feature 0) then right (+0.3 to feature 2).
        let mut out = [0.0; 3];
        FOREST.contributions(&[3.0, 1.0, 5.0], &mut out);
        assert!(
            (out[0] - 0.5).abs() < 1e-6
                && (out[1] - 0.5).abs() < 1e-6
                && (out[2] - 0.3).abs() < 1e-6,
            "{out:?}"
        );
        assert!((FOREST.logit(&[3.0, 1.0, 5.0]) - (-0.3 + 0.6 + 0.8)).abs() < 1e-6);
    }
}
