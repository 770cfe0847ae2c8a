//! FNV-1a, the crate's one hash: fast for the short keys it is given
//! (class names, words), where the standard hasher resists attacks these
//! look-ups do not face, at several times the cost.

/// Where a hash starts.
pub(crate) const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over `bytes`, going on from `h` ([`OFFSET`] for a new hash).
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}
