//! How the upsell phrases split into words. Shared by the crate (which
//! splits page text so) and the build script (which splits the lexicon's
//! phrases so), so a phrase and the text it matches are cut alike.

/// The words of lower-cased text: runs of letters and digits, and the
/// signs `$ € £ /` on their own.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| c.is_alphanumeric() || is_sign(c))?;
        rest = rest.get(start..).unwrap_or("");
        let first = rest.chars().next()?;
        let len = if is_sign(first) {
            first.len_utf8()
        } else {
            rest.find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())
        };
        // (`get`, not `split_at`: no panic path in the wasm; `len` ends
        // a character.)
        let word = rest.get(..len).unwrap_or(rest);
        rest = rest.get(len..).unwrap_or("");
        Some(word)
    })
}

/// Signs that are words of their own: currencies and the `/` of "$5/month".
pub(crate) fn is_sign(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '/')
}
