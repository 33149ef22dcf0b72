//! One spelling per enum: the data files, the `hours` tool's JSON, the page's URL and its
//! `data-*` attributes all use [`as_str`](crate::engine::State::as_str) and `from_name` of the
//! enum, generated here, so no list of the same strings exists twice.

/// Declares a field-less enum with its one spelling per value: `as_str`, `from_name`, `ALL`,
/// the `NAMES` table the loaders read with, and `Serialize` as that spelling.
macro_rules! spelled_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $spelling:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Spellings and the values they stand for, in the same order (what the data
            /// loaders and their error messages list).
            #[allow(dead_code)] // Only the enums read from data files use it.
            pub(crate) const NAMES: (&'static [&'static str], &'static [$name]) =
                (&[$($spelling),+], Self::ALL);

            /// The one spelling of this value: in the data files, the tool's JSON and the
            /// page's attributes and URL.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $spelling, )+
                }
            }

            /// The value spelled `name`; `None` for any other text.
            pub fn from_name(name: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == name)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

pub(crate) use spelled_enum;
