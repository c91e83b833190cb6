use serde::{Deserialize, Serialize};

/// The three languages of the interface. Arabic is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    Ar,
    Fr,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Self::Ar, Self::Fr, Self::En];

    pub fn code(self) -> &'static str {
        match self {
            Self::Ar => "ar",
            Self::Fr => "fr",
            Self::En => "en",
        }
    }

    /// Of a text written in Arabic and French: the Arabic for Arabic readers, the French for
    /// the others, each falling back on the other language when it is empty.
    pub fn bilingual<'a>(self, ar: &'a str, fr: &'a str) -> &'a str {
        let (first, second) = if self == Self::Ar { (ar, fr) } else { (fr, ar) };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn dir(self) -> &'static str {
        match self {
            Self::Ar => "rtl",
            Self::Fr | Self::En => "ltr",
        }
    }

    /// The language's own name, shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::Ar => "العربية",
            Self::Fr => "Français",
            Self::En => "English",
        }
    }

    /// Picks the first supported language from an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut ranked: Vec<(f32, usize, Locale)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut bits = part.split(';');
                let tag = bits.next()?.trim();
                let q = bits
                    .find_map(|b| {
                        b.trim()
                            .strip_prefix("q=")
                            .and_then(|v| v.parse::<f32>().ok())
                    })
                    .unwrap_or(1.0);
                let locale = Self::from_code(tag)?;
                (q > 0.0).then_some((q, i, locale))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map(|r| r.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_best_supported() {
        assert_eq!(
            Locale::from_accept_language("fr-FR,fr;q=0.9,en;q=0.8"),
            Some(Locale::Fr)
        );
        assert_eq!(
            Locale::from_accept_language("de-DE,en-GB;q=0.7,fr;q=0.3"),
            Some(Locale::En)
        );
        assert_eq!(
            Locale::from_accept_language("en;q=0.5, ar-TN"),
            Some(Locale::Ar)
        );
        assert_eq!(Locale::from_accept_language("de, it"), None);
        assert_eq!(Locale::from_accept_language("fr;q=0"), None);
    }

    #[test]
    fn direction() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Fr.dir(), "ltr");
    }
}
