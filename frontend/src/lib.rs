//! The browser entry point: readies the reactive system for the islands of
//! the server-rendered page (the parts that react), which the page's loader
//! (`app/src/ui/islands.js`) then wakes one by one; the rest of the page
//! stays the server's HTML.

// The islands' exports live in `app`: naming it keeps them in the WASM.
use app as _;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Panic messages in the console are for development; a release build
    // leaves the formatting code out of the WASM.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
