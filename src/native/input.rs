//! Reading page files: plain or gzipped HTML, with errors that name the file.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why an input file could not be read as HTML.
#[derive(Debug)]
pub enum InputError {
    Io(PathBuf, std::io::Error),
    Gzip(PathBuf, std::io::Error),
    NotHtml(PathBuf, &'static str),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(p, e) => write!(f, "{}: cannot read: {e}", p.display()),
            InputError::Gzip(p, e) => write!(f, "{}: bad gzip data: {e}", p.display()),
            InputError::NotHtml(p, why) => write!(f, "{}: not HTML: {why}", p.display()),
        }
    }
}

impl std::error::Error for InputError {}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// How far into a document its first tag must appear.
const TAG_WITHIN_BYTES: usize = 4096;

/// Reads an `.html` or `.html.gz` file (gzip is recognised by its magic
/// bytes, whatever the name) and checks that it looks like HTML.
pub fn read_document(path: &Path) -> Result<String, InputError> {
    let raw = std::fs::read(path).map_err(|e| InputError::Io(path.to_path_buf(), e))?;
    let bytes = if raw.starts_with(&GZIP_MAGIC) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(raw.as_slice())
            .read_to_end(&mut out)
            .map_err(|e| InputError::Gzip(path.to_path_buf(), e))?;
        out
    } else if path.extension().is_some_and(|e| e == "gz") {
        return Err(InputError::Gzip(
            path.to_path_buf(),
            std::io::Error::new(std::io::ErrorKind::InvalidData, "no gzip header"),
        ));
    } else {
        raw
    };
    check_html(&bytes).map_err(|why| InputError::NotHtml(path.to_path_buf(), why))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Rejects binary data and text without any tag near its start.
fn check_html(bytes: &[u8]) -> Result<(), &'static str> {
    let head = &bytes[..bytes.len().min(TAG_WITHIN_BYTES)];
    if head.contains(&0) {
        return Err("binary data");
    }
    let text = String::from_utf8_lossy(head);
    let has_tag = text
        .match_indices('<')
        .any(|(i, _)| text[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '!'));
    if has_tag {
        Ok(())
    } else {
        Err("no HTML tag in the first 4 KB")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn temp(name: &str, bytes: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dramatis-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn reads_plain_and_gzip() {
        let html = b"<!doctype html><p>hi</p>";
        assert!(read_document(&temp("a.html", html))
            .unwrap()
            .contains("<p>hi"));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(html).unwrap();
        let p = temp("a.html.gz", &gz.finish().unwrap());
        assert!(read_document(&p).unwrap().contains("<p>hi"));
    }

    #[test]
    fn errors_name_the_file() {
        let e = read_document(Path::new("/nonexistent/x.html")).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("/nonexistent/x.html: cannot read"),
            "{e}"
        );
        let e = read_document(&temp("b.html.gz", b"<p>not gzipped</p>")).unwrap_err();
        assert!(e.to_string().contains("b.html.gz: bad gzip"), "{e}");
        let e = read_document(&temp("c.html.gz", &[0x1f, 0x8b, 8, 0, 1, 2])).unwrap_err();
        assert!(e.to_string().contains("bad gzip"), "{e}");
        let e = read_document(&temp("d.html", b"just words, no markup")).unwrap_err();
        assert!(e.to_string().contains("d.html: not HTML"), "{e}");
        let e = read_document(&temp("e.html", b"<p>\0\0\0")).unwrap_err();
        assert!(e.to_string().contains("binary"), "{e}");
    }
}
