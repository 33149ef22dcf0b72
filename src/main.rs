//! The visitor's page: Trunk builds this binary for wasm32 and mounts the widget.

/// Talc instead of the default dlmalloc: smaller and faster in WebAssembly.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    pinggu_hours::ui::mount();
}

/// Natively there is no page to show; point at the commands that are useful here.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the page is built for wasm32: run `make serve`; for the command line, `cargo run --bin hours`");
    std::process::exit(2);
}
