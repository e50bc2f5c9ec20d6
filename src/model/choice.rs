//! Enumerated choices of the scenario, each with a stable string id.
//!
//! The ids are the values of the future URL parameters and the keys of the
//! UI's translation files, so they are lowercase and never change.

/// Declares a `Copy` enum with `ALL`, `id()`, `from_id()` and serde as its id.
macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(into = "&'static str", try_from = "String")]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every choice, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable lowercase id (URL value, translation key).
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// Parses an id, ignoring case and surrounding spaces.
            pub fn from_id(id: &str) -> Option<Self> {
                let id = id.trim();
                Self::ALL.iter().copied().find(|c| c.id().eq_ignore_ascii_case(id))
            }
        }

        impl From<$name> for &'static str {
            fn from(choice: $name) -> Self {
                choice.id()
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(id: String) -> Result<Self, String> {
                Self::from_id(&id)
                    .ok_or_else(|| format!("unknown {} id `{id}`", stringify!($name)))
            }
        }
    };
}

pub(crate) use choice;
