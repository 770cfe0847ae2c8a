//! Counts and char offsets serialized as 32-bit numbers.
//!
//! serde writes a `usize` as a `u64`, and serde-wasm-bindgen checks every
//! `u64` against JavaScript's safe-integer range, with a formatted error for
//! what falls outside: 725 bytes of the gzipped wasm for a check that no
//! offset into a page's text can fail (a `usize` is 32 bits in the wasm). A
//! field serialized through these is written as a `u32`, which becomes a
//! JavaScript number as it is; JSON from the command line is the same.

use serde::Serializer;

/// For `#[serde(serialize_with = "crate::numbers::count")]` on a `usize`.
pub fn count<S: Serializer>(n: &usize, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u32(narrow(*n))
}

/// The same for an `Option<usize>`.
pub fn some_count<S: Serializer>(n: &Option<usize>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => s.serialize_some(&narrow(*n)),
        None => s.serialize_none(),
    }
}

/// Saturates natively, where a `usize` may be wider; the identity in the wasm.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Offsets {
        #[serde(serialize_with = "count")]
        at: usize,
        #[serde(serialize_with = "some_count")]
        to: Option<usize>,
        #[serde(serialize_with = "some_count")]
        none: Option<usize>,
    }

    #[test]
    fn counts_serialize_as_the_numbers_they_are() {
        let o = Offsets {
            at: 4_000_000_000,
            to: Some(7),
            none: None,
        };
        assert_eq!(
            serde_json::to_string(&o).unwrap(),
            r#"{"at":4000000000,"to":7,"none":null}"#
        );
    }
}
