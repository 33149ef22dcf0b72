//! A JSON object being read field by field (see `raw`): it knows its own path and its
//! fields', reports unknown and missing fields, and reads typed fields with their paths.

use crate::engine::error::DataError;
use crate::engine::load::value::{member, Value};
use crate::engine::load::walk::{boolean, choice, list, localized, one_of, string, wrong_type};
use crate::engine::model::text::Localized;

/// A JSON object being read, and where it is.
pub(crate) struct Obj<'v> {
    /// Its members, in file order.
    members: &'v [(String, Value)],
    /// Where the object itself is: a missing field is reported here.
    here: String,
    /// What its fields' paths start with: `path.`, or nothing or `file:` at a file's top.
    base: String,
}

impl<'v> Obj<'v> {
    /// The top object of a file: problems with it are reported at `file`, its fields at
    /// `base` + name.
    pub(crate) fn top(members: &'v [(String, Value)], file: &str, base: &str) -> Obj<'v> {
        Obj {
            members,
            here: file.to_string(),
            base: base.to_string(),
        }
    }

    /// An object at `path`; anything else is reported as not being `expecting`.
    pub(crate) fn at(
        v: &'v Value,
        path: String,
        expecting: &str,
        errors: &mut Vec<DataError>,
    ) -> Option<Obj<'v>> {
        let Value::Object(members) = v else {
            wrong_type(v, path, expecting, errors);
            return None;
        };
        let base = format!("{path}.");
        Some(Obj {
            members,
            here: path,
            base,
        })
    }

    /// Reject every field not in `fields` (listed in the message, in this order).
    pub(crate) fn only(&self, fields: &'static [&'static str], errors: &mut Vec<DataError>) {
        for (key, _) in self.members {
            if !fields.contains(&key.as_str()) {
                let message = format!("unknown field `{key}`, expected {}", one_of(fields));
                errors.push(DataError::new(self.path(key), message));
            }
        }
    }

    /// Where the object itself is.
    pub(crate) fn here(&self) -> &str {
        &self.here
    }

    /// The path of a field.
    pub(crate) fn path(&self, key: &str) -> String {
        format!("{}{key}", self.base)
    }

    /// A field, `None` if absent (the last one if repeated).
    pub(crate) fn get(&self, key: &str) -> Option<&'v Value> {
        member(self.members, key)
    }

    /// A required field; its absence is reported.
    pub(crate) fn need(&self, key: &'static str, errors: &mut Vec<DataError>) -> Option<&'v Value> {
        let v = self.get(key);
        if v.is_none() {
            let message = format!("missing field `{key}`");
            errors.push(DataError::new(self.here.clone(), message));
        }
        v
    }

    /// An optional field: absent and `null` are both `None`.
    pub(crate) fn maybe(&self, key: &str) -> Option<&'v Value> {
        self.get(key).filter(|v| **v != Value::Null)
    }

    /// A required string.
    pub(crate) fn string(&self, key: &'static str, errors: &mut Vec<DataError>) -> Option<String> {
        string(self.need(key, errors)?, self.path(key), errors)
    }

    /// An optional string (absent or `null`: `None`).
    pub(crate) fn opt_string(&self, key: &str, errors: &mut Vec<DataError>) -> Option<String> {
        string(self.maybe(key)?, self.path(key), errors)
    }

    /// A boolean that defaults to false when absent.
    pub(crate) fn flag(&self, key: &str, errors: &mut Vec<DataError>) -> bool {
        self.get(key)
            .and_then(|v| boolean(v, self.path(key), errors))
            .unwrap_or(false)
    }

    /// Required text in both languages.
    pub(crate) fn localized(
        &self,
        key: &'static str,
        errors: &mut Vec<DataError>,
    ) -> Option<Localized> {
        localized(self.need(key, errors)?, self.path(key), errors)
    }

    /// Optional text in both languages (absent or `null`: `None`).
    pub(crate) fn opt_localized(
        &self,
        key: &str,
        errors: &mut Vec<DataError>,
    ) -> Option<Localized> {
        localized(self.maybe(key)?, self.path(key), errors)
    }

    /// An array that defaults to empty when absent.
    pub(crate) fn list(&self, key: &str, errors: &mut Vec<DataError>) -> &'v [Value] {
        self.get(key)
            .and_then(|v| list(v, self.path(key), errors))
            .unwrap_or(&[])
    }

    /// Every element of an array that defaults to empty, read by `read` at `key[i]`; an
    /// element that could not be read is `None`, so indices keep matching the file.
    pub(crate) fn each<T>(
        &self,
        key: &str,
        errors: &mut Vec<DataError>,
        read: fn(&Value, String, &mut Vec<DataError>) -> Option<T>,
    ) -> Vec<Option<T>> {
        let base = self.path(key);
        let items = self.list(key, errors);
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            out.push(read(v, format!("{base}[{i}]"), errors));
        }
        out
    }

    /// A required one of `names`, as the value of `values` at the same index.
    pub(crate) fn choice<T: Copy>(
        &self,
        key: &'static str,
        (names, values): (&'static [&'static str], &[T]),
        errors: &mut Vec<DataError>,
    ) -> Option<T> {
        let i = choice(self.need(key, errors)?, self.path(key), names, errors)?;
        values.get(i).copied()
    }
}
