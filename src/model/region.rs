use serde::{Deserialize, Serialize};

/// Where the computation runs: an ISO 3166-1 alpha-2 country or the world average.
///
/// Stored inline (no allocation) so that [`Scenario`](super::Scenario) stays cheap
/// to clone. Ids are lowercase: `world`, `fr`, `us`…
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct RegionCode(Code);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Code {
    World,
    /// Two lowercase ASCII letters (checked by `from_id`).
    Country([u8; 2]),
}

impl RegionCode {
    pub const WORLD: RegionCode = RegionCode(Code::World);

    /// Parses `world` or a two-letter code, ignoring case and surrounding spaces.
    /// Whether the dataset knows the country is checked later, by the lookup.
    pub fn from_id(id: &str) -> Option<Self> {
        let id = id.trim();
        if id.eq_ignore_ascii_case("world") {
            return Some(RegionCode::WORLD);
        }
        match id.as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Some(RegionCode(Code::Country([
                    a.to_ascii_lowercase(),
                    b.to_ascii_lowercase(),
                ])))
            }
            _ => None,
        }
    }

    /// [`RegionCode::from_id`] for an id written in the source (the shipped dataset): only
    /// `world` or two lowercase letters, and a bad id fails the build rather than the page.
    pub const fn from_static(id: &'static str) -> Self {
        match id.as_bytes() {
            b"world" => RegionCode::WORLD,
            [a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => {
                RegionCode(Code::Country([*a, *b]))
            }
            _ => panic!("a region id is `world` or two lowercase letters"),
        }
    }

    /// The lowercase id: `world` or the two-letter country code.
    pub fn id(&self) -> &str {
        match &self.0 {
            Code::World => "world",
            Code::Country(letters) => std::str::from_utf8(letters).unwrap_or("world"),
        }
    }
}

impl Default for RegionCode {
    fn default() -> Self {
        RegionCode::WORLD
    }
}

impl From<RegionCode> for String {
    fn from(code: RegionCode) -> Self {
        code.id().to_owned()
    }
}

impl TryFrom<String> for RegionCode {
    type Error = String;
    fn try_from(id: String) -> Result<Self, String> {
        RegionCode::from_id(&id).ok_or_else(|| format!("invalid region id `{id}`"))
    }
}
