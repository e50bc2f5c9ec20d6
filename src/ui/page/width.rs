//! The width the charts have, followed as the iframe or the window changes size.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, ResizeObserverEntry};

use super::first_paint;
use crate::chart::MIN_WIDTH;

/// The content width of the element `node` will hold, in whole CSS px (at least
/// [`MIN_WIDTH`]), following it with a `ResizeObserver` once it is in the page. Until then,
/// the first paint's column (the same width), or a guess from the window's width, so that
/// the first drawing is usually the right one.
pub fn content_width<E>(node: NodeRef<E>) -> ReadSignal<u32>
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let guess = first_paint::content_width()
        .or_else(|| window().inner_width().ok()?.as_f64().map(|w| w - 16.0))
        .map_or(MIN_WIDTH, |w| w.floor() as u32);
    let (width, set_width) = signal(guess.max(MIN_WIDTH));
    // Only talks to the outside: the observer's callback, a page event like an input's,
    // is what writes the width. Re-run (and the observer dropped) if the element changes.
    Effect::new(move |_| {
        let Some(element) = node.get() else {
            return;
        };
        let element: web_sys::Element = element.unchecked_into();
        let changed = Closure::<dyn FnMut(Vec<ResizeObserverEntry>)>::new(
            move |entries: Vec<ResizeObserverEntry>| {
                // A zero width is the app still hidden behind the first paint (`later`), not
                // a width to draw for.
                if let Some(entry) = entries.last().filter(|e| e.content_rect().width() > 0.0) {
                    let w = (entry.content_rect().width().floor() as u32).max(MIN_WIDTH);
                    if width.get_untracked() != w {
                        set_width.set(w);
                    }
                }
            },
        );
        let Ok(observer) = ResizeObserver::new(changed.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        // Stops observing when the widget is rebuilt (a language switch) or the effect re-runs.
        let held = send_wrapper::SendWrapper::new((observer, changed));
        on_cleanup(move || held.0.disconnect());
    });
    width
}
