//! The data page for center staff (`maintain.html`): Trunk builds this binary for wasm32
//! beside the visitor's page, without loading it there, and the release build's post-build
//! hook writes it into one self-contained file (`tools/maintain-page.mjs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    pinggu_hours::ui::maintain::mount();
}

/// Natively there is no page to show; point at the command that checks data files here.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the data page is built for wasm32: run `make dist` and open dist/maintain.html; to check data files here, `cargo run --bin hours -- validate DIR`");
    std::process::exit(2);
}
