//! The script that wakes a page's islands (server only), in place of
//! Leptos's `HydrationScripts`: it loads the WASM only on a page that has an
//! island, and marks the page `data-hydrated` once every island is awake.

use leptos::prelude::*;

const SCRIPT: &str = include_str!("islands.js");

#[component]
pub fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    // What is drawn outside an island is never hydrated: nothing of it is
    // serialised into the page.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let js = options.output_name.to_string();
    // cargo-leptos names the WASM after the output, wasm-bindgen alone adds `_bg`.
    let wasm = match option_env!("LEPTOS_OUTPUT_NAME") {
        Some(_) => js.clone(),
        None => format!("{js}_bg"),
    };
    let call = format!("{SCRIPT}({:?}, {js:?}, {wasm:?});", options.site_pkg_dir);
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{call}</script> }
}
