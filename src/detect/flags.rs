//! Small sets of single-bit enum values, held in a `u16`.

/// Declares a set of the values of a `#[repr(u16)]` enum whose variants are
/// single bits: `has`, `is_empty`, and `|` / `|=` with values and sets.
macro_rules! flag_set {
    ($(#[$doc:meta])* $vis:vis struct $set:ident of $flag:ty;) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        $vis struct $set(u16);

        #[allow(dead_code)]
        impl $set {
            pub fn has(self, flag: $flag) -> bool {
                self.0 & flag as u16 != 0
            }

            pub fn is_empty(self) -> bool {
                self.0 == 0
            }
        }

        impl From<$flag> for $set {
            fn from(flag: $flag) -> $set {
                $set(flag as u16)
            }
        }

        impl std::ops::BitOr<$flag> for $set {
            type Output = $set;
            fn bitor(self, flag: $flag) -> $set {
                $set(self.0 | flag as u16)
            }
        }

        impl std::ops::BitOr for $set {
            type Output = $set;
            fn bitor(self, other: $set) -> $set {
                $set(self.0 | other.0)
            }
        }

        impl std::ops::BitOrAssign for $set {
            fn bitor_assign(&mut self, other: $set) {
                self.0 |= other.0;
            }
        }

        impl std::ops::BitOrAssign<$flag> for $set {
            fn bitor_assign(&mut self, flag: $flag) {
                self.0 |= flag as u16;
            }
        }
    };
}

pub(crate) use flag_set;
