use std::collections::BTreeSet;

use super::*;

/// The dark modules a path draws, read back from its `M{x} {y}h{run}v1h-{run}z` parts.
fn dark_modules(path: &str) -> BTreeSet<(i32, i32)> {
    let mut dark = BTreeSet::new();
    for part in path.split('M').filter(|p| !p.is_empty()) {
        let (corner, rest) = part.split_once('h').unwrap();
        let (x, y) = corner.split_once(' ').unwrap();
        let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
        let run: i32 = rest.split_once('v').unwrap().0.parse().unwrap();
        assert!(
            rest.ends_with(&format!("v1h-{run}z")),
            "a closed one-module-high run: {part}"
        );
        dark.extend((x..x + run).map(|column| (column, y)));
    }
    dark
}

#[test]
fn the_path_draws_exactly_the_dark_modules_of_the_code() {
    let text = "https://example.org/hours/?hall=tax&lang=en";
    let picture = qr_picture(text).unwrap();
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
    assert_eq!(
        picture.side,
        code.size() + 8,
        "a quiet zone of 4 modules each side"
    );
    let want: BTreeSet<(i32, i32)> = (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .filter(|&(x, y)| code.get_module(x, y))
        .map(|(x, y)| (x + 4, y + 4))
        .collect();
    assert_eq!(dark_modules(&picture.path), want);
}

#[test]
fn the_three_finder_squares_sit_in_their_corners() {
    let picture = qr_picture("https://example.org/").unwrap();
    let dark = dark_modules(&picture.path);
    let far = picture.side - 4 - 7;
    for (left, top) in [(4, 4), (far, 4), (4, far)] {
        // A finder square: a dark ring of 7, a light ring of 5, a dark core of 3.
        for (dx, dy) in (0..7).flat_map(|dy| (0..7).map(move |dx| (dx, dy))) {
            let ring = dx.min(dy).min(6 - dx).min(6 - dy);
            let want_dark = ring != 1;
            assert_eq!(
                dark.contains(&(left + dx, top + dy)),
                want_dark,
                "finder at ({left},{top}), module ({dx},{dy})"
            );
        }
    }
    assert!(
        !dark.iter().any(|&(x, y)| x < 4 || y < 4),
        "the quiet zone is light"
    );
}

#[test]
fn another_address_gives_another_code_and_too_long_a_text_none() {
    let one = qr_picture("https://example.org/?hall=tax").unwrap();
    let two = qr_picture("https://example.org/?hall=household").unwrap();
    assert_ne!(one.path, two.path);
    assert_eq!(qr_picture(&"x".repeat(5000)), None);
}
