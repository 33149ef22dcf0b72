//! The visitor's page: Trunk builds this binary for wasm32. Starting it mounts the project's
//! page if this document is that page; the loader (`static/embed.js`) then calls
//! [`mount_element`] for each `<pinggu-hours>` element of a host page.

/// Talc instead of the default dlmalloc: smaller and faster in WebAssembly.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    pinggu_hours::ui::mount_page();
}

/// Mounts one `<pinggu-hours>` widget: `host` is the element (its attributes configure the
/// widget), `root` the element inside its shadow root, `page_url` the full page's address.
/// Exported for the loader, which starts the WebAssembly once however many widgets a page has.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_element(host: web_sys::Element, root: web_sys::Element, page_url: String) {
    pinggu_hours::ui::mount_element(host, root, &page_url);
}

/// Natively there is no page to show; point at the commands that are useful here.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the page is built for wasm32: run `make serve`; for the command line, `cargo run --bin hours`");
    std::process::exit(2);
}
