//! Element names grouped by the part they play in the census, decided once
//! per element so that the passes compare bytes, not strings.

/// What kind of element a tag name makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Body,
    A,
    P,
    Pre,
    Code,
    /// `<nav>`, `<footer>`, `<aside>`: boilerplate by name.
    Aside,
    Header,
    Article,
    Main,
    H1,
    /// `<h2>`–`<h4>`.
    Subheading,
    /// `<h5>`, `<h6>`.
    MinorHeading,
    Time,
    Table,
    Li,
    /// `<ul>`, `<ol>`.
    List,
    Form,
    /// `<input>`, `<textarea>`, `<select>`.
    Field,
    Button,
    /// `<img>`, `<picture>`.
    Image,
    Figure,
    Blockquote,
    /// `<hr>`, `<br>`.
    Break,
    /// Blocks whose own text can be a paragraph: `<div>`, `<section>`,
    /// `<td>`, `<dd>`, `<font>`, `<center>`.
    Block,
    Other,
}

impl Tag {
    /// The tag of a lower-case element name. Names are told apart by
    /// length first, so each compares against a handful of candidates.
    pub fn of(name: &str) -> Tag {
        match name.as_bytes() {
            b"a" => Tag::A,
            b"p" => Tag::P,
            b"h1" => Tag::H1,
            b"h2" | b"h3" | b"h4" => Tag::Subheading,
            b"h5" | b"h6" => Tag::MinorHeading,
            b"li" => Tag::Li,
            b"ul" | b"ol" => Tag::List,
            b"hr" | b"br" => Tag::Break,
            b"td" | b"dd" => Tag::Block,
            b"div" => Tag::Block,
            b"pre" => Tag::Pre,
            b"nav" => Tag::Aside,
            b"img" => Tag::Image,
            b"body" => Tag::Body,
            b"code" => Tag::Code,
            b"main" => Tag::Main,
            b"time" => Tag::Time,
            b"form" => Tag::Form,
            b"font" => Tag::Block,
            b"aside" => Tag::Aside,
            b"table" => Tag::Table,
            b"input" => Tag::Field,
            b"footer" => Tag::Aside,
            b"header" => Tag::Header,
            b"figure" => Tag::Figure,
            b"button" => Tag::Button,
            b"select" => Tag::Field,
            b"center" => Tag::Block,
            b"article" => Tag::Article,
            b"section" => Tag::Block,
            b"picture" => Tag::Image,
            b"textarea" => Tag::Field,
            b"blockquote" => Tag::Blockquote,
            _ => Tag::Other,
        }
    }

    /// Containers whose own text, when long enough, is a paragraph (sites
    /// that write `<div>text<br><br>text</div>` or lay text out in table
    /// cells). Inline elements and headings never are.
    pub fn holds_own_prose(self) -> bool {
        matches!(
            self,
            Tag::Block | Tag::Article | Tag::Main | Tag::Li | Tag::Blockquote | Tag::Body
        )
    }

    /// Children that neither add to nor break a run of paragraphs: the
    /// subheadings, pictures, lists and quotes a story interleaves with its
    /// prose.
    pub fn neutral_in_run(self) -> bool {
        matches!(
            self,
            Tag::Subheading
                | Tag::MinorHeading
                | Tag::Figure
                | Tag::Image
                | Tag::List
                | Tag::Blockquote
                | Tag::Break
                | Tag::Table
                | Tag::Pre
        )
    }

    /// Elements that can be one post of a thread (not a paragraph, list or
    /// quote inside one).
    pub fn can_be_post(self) -> bool {
        !matches!(
            self,
            Tag::P
                | Tag::List
                | Tag::Blockquote
                | Tag::Figure
                | Tag::Table
                | Tag::Pre
                | Tag::Subheading
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for (name, tag) in [
            ("div", Tag::Block),
            ("p", Tag::P),
            ("h3", Tag::Subheading),
            ("blockquote", Tag::Blockquote),
            ("footer", Tag::Aside),
            ("span", Tag::Other),
            ("", Tag::Other),
        ] {
            assert_eq!(Tag::of(name), tag, "{name}");
        }
    }
}
