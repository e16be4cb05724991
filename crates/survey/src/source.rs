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

#[cfg(test)]
mod tests {
    use super::*;

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
