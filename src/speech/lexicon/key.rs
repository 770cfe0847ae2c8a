//! How the speech look-ups see a name. Shared by the crate and the build
//! script (which writes the lexicon tables under these keys), so both read
//! a name the same way.

/// A name as the look-ups see it: lowercase, curly apostrophes straight.
pub fn key(name: &str) -> String {
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    // (Not `str::replace`: its generic search costs the wasm more than
    // this loop.)
    let straight = |c| if c == '’' { '\'' } else { c };
    crate::case::lower_str(name).chars().map(straight).collect()
}
