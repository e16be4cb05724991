//! Which locale to use: explicit choice, then the browser's Accept-Language, then the default.

use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// Pick the locale to show. `explicit` is the resident's own choice (a link or a cookie);
/// it wins when available. Then Accept-Language in its order of preference, then `default`.
pub fn negotiate(
    explicit: &[&str],
    accept_language: Option<&str>,
    available: &[LanguageIdentifier],
    default: &LanguageIdentifier,
) -> LanguageIdentifier {
    for choice in explicit {
        if let Ok(wanted) = choice.parse::<LanguageIdentifier>()
            && let Some(found) = best(&[wanted], available)
        {
            return found;
        }
    }
    if let Some(header) = accept_language {
        // Bounded: a header is attacker-controlled and negotiation is quadratic.
        let requested: Vec<LanguageIdentifier> = accepted_languages::parse(header)
            .into_iter()
            .take(20)
            .collect();
        if let Some(found) = best(&requested, available) {
            return found;
        }
    }
    default.clone()
}

fn best(
    requested: &[LanguageIdentifier],
    available: &[LanguageIdentifier],
) -> Option<LanguageIdentifier> {
    negotiate_languages(requested, available, None, NegotiationStrategy::Lookup)
        .first()
        .map(|l| (*l).clone())
}

/// The locales to try for a message, best first: the locale itself, its bare language, a
/// closer relative where one is commonly understood (Swedish speakers in Finland read
/// Finnish), English as the widest second language of newcomers, and the default last.
pub fn fallback_chain(
    locale: &LanguageIdentifier,
    default: &LanguageIdentifier,
) -> Vec<LanguageIdentifier> {
    let mut chain = vec![locale.clone()];
    let bare = LanguageIdentifier::from_parts(locale.language, None, None, &[]);
    chain.push(bare);
    // Only where the relation is uncontroversial: a Ukrainian reader is never sent to
    // Russian, nor a Kurdish reader to Arabic or Persian.
    let related: &[&str] = match locale.language.as_str() {
        "sv" => &["fi"],
        _ => &[],
    };
    chain.extend(related.iter().filter_map(|s| s.parse().ok()));
    if let Ok(en) = "en".parse() {
        chain.push(en);
    }
    chain.push(default.clone());
    let mut seen = Vec::new();
    chain.retain(|l| {
        if seen.contains(l) {
            false
        } else {
            seen.push(l.clone());
            true
        }
    });
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<LanguageIdentifier> {
        v.iter().filter_map(|s| s.parse().ok()).collect()
    }

    fn fi() -> LanguageIdentifier {
        ids(&["fi"]).remove(0)
    }

    #[test]
    fn explicit_choice_beats_accept_language() {
        let available = ids(&["fi", "en", "ar"]);
        let got = negotiate(&["ar"], Some("en-GB,en;q=0.9"), &available, &fi());
        assert_eq!(got.to_string(), "ar");
    }

    #[test]
    fn unavailable_explicit_choice_falls_to_accept_language_then_default() {
        let available = ids(&["fi", "en", "ar"]);
        assert_eq!(
            negotiate(
                &["xx", "so"],
                Some("sv;q=0.9, en-US;q=0.8"),
                &available,
                &fi()
            )
            .to_string(),
            "en"
        );
        assert_eq!(
            negotiate(&[], Some("de, ja"), &available, &fi()).to_string(),
            "fi"
        );
        assert_eq!(negotiate(&[], None, &available, &fi()).to_string(), "fi");
    }

    #[test]
    fn region_variants_match_the_language() {
        let available = ids(&["fi", "ar", "sv"]);
        assert_eq!(
            negotiate(&[], Some("ar-IQ,ar;q=0.9"), &available, &fi()).to_string(),
            "ar"
        );
        assert_eq!(
            negotiate(&["sv-FI"], None, &available, &fi()).to_string(),
            "sv"
        );
    }

    #[test]
    fn garbage_headers_do_not_panic() {
        let available = ids(&["fi"]);
        for h in ["", ";;;", "q=1", "*", "en;q=abc", &"a,".repeat(10_000)] {
            assert_eq!(
                negotiate(&[h], Some(h), &available, &fi()).to_string(),
                "fi"
            );
        }
    }

    #[test]
    fn chains_end_with_english_and_the_default() {
        let chain = |s: &str| {
            fallback_chain(&s.parse().unwrap_or_default(), &fi())
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(chain("sv-FI"), ["sv-FI", "sv", "fi", "en"]);
        assert_eq!(chain("so"), ["so", "en", "fi"]);
        assert_eq!(chain("fi"), ["fi", "en"]);
        assert_eq!(chain("uk"), ["uk", "en", "fi"]);
    }
}
