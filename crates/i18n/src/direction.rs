use unic_langid::{CharacterDirection, LanguageIdentifier};

/// Writing direction of a locale, for the `dir` attribute and mirrored layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

pub fn direction(locale: &LanguageIdentifier) -> Direction {
    match locale.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(s: &str) -> Direction {
        direction(&s.parse().unwrap_or_default())
    }

    #[test]
    fn arabic_persian_and_sorani_are_right_to_left() {
        for rtl in ["ar", "fa", "ckb", "ar-IQ", "he"] {
            assert_eq!(dir(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["fi", "sv", "en", "ru", "so", "uk", "et", "zh", "fi-x-easy"] {
            assert_eq!(dir(ltr), Direction::Ltr, "{ltr}");
        }
    }
}
