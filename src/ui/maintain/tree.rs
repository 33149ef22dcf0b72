//! Paths into a data file's raw tree, and the edits the data page makes on it. The page edits
//! the very tree the engine validates (and the files are written from), so what staff see,
//! what is checked and what is downloaded never drift apart; members keep the shipped files'
//! order, and a member a form adds goes where the shipped files have it.

use crate::engine::Value;

/// One step into a tree: an object member or an array item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The member of this name.
    Key(&'static str),
    /// The item at this index.
    Index(usize),
}

/// Where a value is in a file, from the top object.
pub type Path = Vec<Step>;

/// A path as the engine's validation writes it (`matters[2].hall`), so that a problem is
/// found beside the field it is about.
pub fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The value at `path`, if there is one.
pub fn get<'v>(tree: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(tree, |v, step| match (v, step) {
        (Value::Object(_), Step::Key(k)) => v.get(k),
        (Value::Array(items), Step::Index(i)) => items.get(*i),
        _ => None,
    })
}

/// The text at `path`: a string as it is, anything else (absent, `null`) as empty.
pub fn text_at(tree: &Value, path: &[Step]) -> String {
    get(tree, path)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The value at `path`, made if missing (objects on the way, placed in `order`); `None` when
/// the way passes through something that is not an object or array, or an index past the end.
fn get_mut<'v>(
    tree: &'v mut Value,
    path: &[Step],
    order: &dyn Fn(&[Step]) -> &'static [&'static str],
) -> Option<&'v mut Value> {
    let mut v = tree;
    for (depth, step) in path.iter().enumerate() {
        v = match (v, step) {
            (Value::Object(members), Step::Key(k)) => {
                let at = match members.iter().rposition(|(name, _)| name == k) {
                    Some(at) => at,
                    None => {
                        let at = place(members, k, order(&path[..depth]));
                        members.insert(at, ((*k).to_string(), Value::Object(Vec::new())));
                        at
                    }
                };
                &mut members.get_mut(at)?.1
            }
            (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
            (slot @ Value::Null, Step::Key(k)) => {
                *slot = Value::Object(vec![((*k).to_string(), Value::Object(Vec::new()))]);
                match slot {
                    Value::Object(members) => &mut members.first_mut()?.1,
                    _ => return None,
                }
            }
            _ => return None,
        };
    }
    Some(v)
}

/// Where a new member `key` goes among `members`: before the first one that `order` puts
/// after it; at the end when `order` does not name it.
fn place(members: &[(String, Value)], key: &str, order: &[&str]) -> usize {
    let Some(rank) = order.iter().position(|k| *k == key) else {
        return members.len();
    };
    let later = |name: &str| {
        order
            .iter()
            .position(|k| *k == name)
            .is_some_and(|r| r > rank)
    };
    members
        .iter()
        .position(|(name, _)| later(name))
        .unwrap_or(members.len())
}

/// Sets the value at `path` (members made where missing, in `order`); whether it changed.
pub fn set(
    tree: &mut Value,
    path: &[Step],
    value: Value,
    order: &dyn Fn(&[Step]) -> &'static [&'static str],
) -> bool {
    match get_mut(tree, path, order) {
        Some(slot) if *slot != value => {
            *slot = value;
            true
        }
        _ => false,
    }
}

/// Removes the member or item at `path`; whether there was one.
pub fn remove(tree: &mut Value, path: &[Step]) -> bool {
    let Some((last, parent)) = path.split_last() else {
        return false;
    };
    let no_order = |_: &[Step]| -> &'static [&'static str] { &[] };
    match (get_mut(tree, parent, &no_order), last) {
        (Some(Value::Object(members)), Step::Key(k)) => {
            let before = members.len();
            members.retain(|(name, _)| name != k);
            members.len() != before
        }
        (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
            true
        }
        _ => false,
    }
}

/// Appends `item` to the array at `path` (made if missing or `null`); whether it could.
pub fn push(
    tree: &mut Value,
    path: &[Step],
    item: Value,
    order: &dyn Fn(&[Step]) -> &'static [&'static str],
) -> bool {
    match get_mut(tree, path, order) {
        Some(Value::Array(items)) => {
            items.push(item);
            true
        }
        Some(slot @ (Value::Null | Value::Object(_))) if is_blank(slot) => {
            *slot = Value::Array(vec![item]);
            true
        }
        _ => false,
    }
}

/// `null` or the empty object a missing member was made as.
fn is_blank(v: &Value) -> bool {
    matches!(v, Value::Null) || matches!(v, Value::Object(m) if m.is_empty())
}
