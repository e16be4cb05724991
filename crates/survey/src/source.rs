//! Source files of a definition, kept so that every diagnostic can name a line and column.

use std::path::{Path, PathBuf};

/// A file read from a survey directory (or the i18n tree), with its line starts indexed.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as shown to people: relative to the survey directory's parent where possible.
    pub display: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    pub fn new(display: impl AsRef<Path>, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            display: display.as_ref().to_path_buf(),
            text,
            line_starts,
        }
    }

    /// Line and column (in characters) of a byte offset; offsets past the end clamp to it.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |prefix| prefix.chars().count() + 1);
        Position {
            line: line + 1,
            column,
        }
    }
}

/// Map a byte offset in the decoded value of a TOML string to the byte offset in the file.
///
/// `literal` is the raw text from the string's opening quote on. Escapes (`\"`, `\u0027`),
/// multi-line delimiters, the newline TOML drops after `"""`, and line-ending backslashes
/// all make decoded and raw offsets differ, and an error column must point at the raw text.
pub fn toml_string_offset(literal: &str, decoded_offset: usize) -> usize {
    let (delim, basic) = if literal.starts_with("\"\"\"") {
        (3, true)
    } else if literal.starts_with("'''") {
        (3, false)
    } else {
        (1, literal.starts_with('"'))
    };
    let mut raw = delim;
    let bytes = literal.as_bytes();
    // A newline right after a multi-line opening delimiter is not part of the value.
    if delim == 3 {
        if literal.get(raw..).is_some_and(|r| r.starts_with("\r\n")) {
            raw += 2;
        } else if bytes.get(raw) == Some(&b'\n') {
            raw += 1;
        }
    }
    let mut decoded = 0;
    while decoded < decoded_offset {
        let Some(rest) = literal.get(raw..) else {
            break;
        };
        let Some(c) = rest.chars().next() else {
            break;
        };
        if basic && c == '\\' {
            let next = rest.chars().nth(1);
            match next {
                Some('u') => {
                    let ch = rest.get(2..6).and_then(|h| u32::from_str_radix(h, 16).ok());
                    raw += 6;
                    decoded += ch.and_then(char::from_u32).map_or(1, char::len_utf8);
                }
                Some('U') => {
                    let ch = rest
                        .get(2..10)
                        .and_then(|h| u32::from_str_radix(h, 16).ok());
                    raw += 10;
                    decoded += ch.and_then(char::from_u32).map_or(1, char::len_utf8);
                }
                Some(w) if delim == 3 && w.is_whitespace() => {
                    // line-ending backslash: it and all whitespace after it vanish
                    raw = skip_whitespace(literal, raw + 1);
                }
                Some(e) => {
                    raw += 1 + e.len_utf8();
                    decoded += 1;
                }
                None => break,
            }
        } else {
            raw += c.len_utf8();
            decoded += c.len_utf8();
        }
    }
    // The target may sit right after a line-ending backslash, which decodes to nothing.
    if basic && delim == 3 {
        loop {
            let rest = literal.get(raw..).unwrap_or_default();
            let mut chars = rest.chars();
            if chars.next() != Some('\\') || !chars.next().is_some_and(char::is_whitespace) {
                break;
            }
            raw = skip_whitespace(literal, raw + 1);
        }
    }
    raw
}

fn skip_whitespace(s: &str, mut at: usize) -> usize {
    while let Some(c) = s.get(at..).and_then(|r| r.chars().next()) {
        if !c.is_whitespace() {
            break;
        }
        at += c.len_utf8();
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_offsets_account_for_escapes_and_delimiters() {
        // decoded: age != "young" and or  -> 'or' at decoded 19
        let lit = r#""age != \"young\" and or""#;
        let raw = toml_string_offset(lit, 19);
        assert_eq!(lit.get(raw..raw + 2), Some("or"));
        let lit = r#""age != \u0027young\u0027 and or""#;
        let raw = toml_string_offset(lit, 19);
        assert_eq!(lit.get(raw..raw + 2), Some("or"));
        let lit = "'x and or'";
        assert_eq!(toml_string_offset(lit, 6), 7);
        let lit = "\"\"\"\nage != 'young' and or\"\"\"";
        let raw = toml_string_offset(lit, 19);
        assert_eq!(lit.get(raw..raw + 2), Some("or"));
        let lit = "\"\"\"a and \\\n    or\"\"\"";
        let raw = toml_string_offset(lit, 6);
        assert_eq!(lit.get(raw..raw + 2), Some("or"));
    }

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let f = SourceFile::new("a.toml", "ab\nä = 1\n".to_string());
        assert_eq!(f.position(0), Position { line: 1, column: 1 });
        assert_eq!(f.position(3), Position { line: 2, column: 1 });
        // 'ä' is two bytes: the '=' after "ä " is the third character.
        assert_eq!(f.position(6), Position { line: 2, column: 3 });
        assert_eq!(f.position(999).line, 3);
    }
}
