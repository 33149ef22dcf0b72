//! The "continue on your phone" QR code, made on the device (`qrcodegen`, pure Rust): its
//! dark modules as one SVG path that the page draws with Yew's own `<svg>` elements (no
//! image, no inline style, so the strict Content-Security-Policy holds). Pure, so the
//! drawing is tested natively.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin around the code, in modules, that the standard asks scanners to have.
const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: `side` modules square (quiet zone included), the dark ones as
/// `path` (`M4 4h7v1h-7z…`, one rectangle per run of dark modules in a row).
#[derive(PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub struct QrPicture {
    pub side: i32,
    pub path: String,
}

/// The code of `text` at medium error correction (a screen's glare, a scratched phone
/// lens), or `None` if it is too long for any QR code.
pub fn qr_picture(text: &str) -> Option<QrPicture> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let (left, top) = (start + QUIET_ZONE, y + QUIET_ZONE);
            path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
        }
    }
    Some(QrPicture {
        side: size + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests;
