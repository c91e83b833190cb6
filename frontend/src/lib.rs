//! The browser entry point: hydrate the islands of the server-rendered page (and only them).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Registers the islands that exist in this build (each crate with islands names it).
    app::hydrate_islands();
    leptos::mount::hydrate_islands();
    // Marks the page once the islands are hydrated (after this turn of the event loop, when
    // the island script has hydrated each one): the end-to-end tests wait for it.
    leptos::prelude::set_timeout(
        || {
            if let Some(root) = leptos::prelude::document().document_element() {
                let _ = root.set_attribute("data-hydrated", "true");
            }
        },
        std::time::Duration::ZERO,
    );
}
