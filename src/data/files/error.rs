/// Why a data file was refused: which entry, and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError(pub String);

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DataError {}

/// Shorthand for building a refusal.
pub(crate) fn refuse<T>(message: impl Into<String>) -> Result<T, DataError> {
    Err(DataError(message.into()))
}

/// Parses one TOML file, naming it in the error.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, DataError> {
    toml::from_str(text).map_err(|e| DataError(format!("{file}: {e}")))
}
