//! A small page object: mounts the widget and reads or drives it through the DOM.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

/// How long any DOM wait may take before the test fails.
const TIMEOUT: Duration = Duration::from_secs(5);

/// The widget mounted in its own container; unmounted (its effects stopped) and removed
/// when dropped, so no test sees another's widget or address.
pub struct Page {
    root: HtmlElement,
    _mounted: Box<dyn std::any::Any>,
}

impl Page {
    /// Mounts the whole app in a fresh container of a page whose address has no query.
    pub async fn mount() -> Page {
        Page::mount_at("").await
    }

    /// Mounts the whole app as if opened with the link query `query` (e.g. `?images=3`).
    /// Waits until what is built after the first frame (the footer and the panels above it)
    /// is there, and the first render's effects (input values) have run.
    pub async fn mount_at(query: &str) -> Page {
        set_query(query);
        let document = document();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&root).unwrap();
        let mounted = leptos::mount::mount_to(root.clone(), empreinte::ui::App);
        let page = Page {
            root,
            _mounted: Box::new(mounted),
        };
        let start = js_sys_now();
        while page.root.query_selector("footer").unwrap().is_none() {
            assert!(
                js_sys_now() - start < TIMEOUT.as_millis() as f64,
                "the footer was not built within {TIMEOUT:?}"
            );
            next_task().await;
        }
        leptos::task::tick().await;
        page
    }

    /// The element matching `selector`, failing the test if there is none.
    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    pub fn input(&self, selector: &str) -> HtmlInputElement {
        self.find(selector).unchecked_into()
    }

    /// Sets a field's value and dispatches the event a reader's action would.
    pub async fn set_value(&self, selector: &str, value: &str, event: &str) {
        let input = self.input(selector);
        input.set_value(value);
        self.dispatch(&input, event).await;
    }

    /// Dispatches a bubbling event on `target` and lets the reactive system run.
    pub async fn dispatch(&self, target: &Element, event: &str) {
        let init = EventInit::new();
        init.set_bubbles(true);
        let event = Event::new_with_event_init_dict(event, &init).unwrap();
        target.dispatch_event(&event).unwrap();
        leptos::task::tick().await;
    }

    pub fn attr(&self, selector: &str, name: &str) -> String {
        self.find(selector).get_attribute(name).unwrap_or_default()
    }

    /// Waits until `read` returns something different from `before`, or fails after a timeout.
    /// Reads again in each later task, so the widget's timers (the address write) also run.
    pub async fn wait_for_change(&self, before: &str, read: impl Fn(&Page) -> String) -> String {
        let start = js_sys_now();
        loop {
            let now = read(self);
            if now != before {
                return now;
            }
            assert!(
                js_sys_now() - start < TIMEOUT.as_millis() as f64,
                "value stayed {before:?} for {TIMEOUT:?}"
            );
            next_task().await;
        }
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Replaces the test page's query string without a navigation.
pub fn set_query(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let url = format!("{path}{query}");
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
}

/// The test page's query string, with its `?`.
pub fn query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn js_sys_now() -> f64 {
    web_sys::window()
        .unwrap()
        .performance()
        .map_or(0.0, |p| p.now())
}

/// Resolves in a later task (after a zero-delay timeout), once pending microtasks and due
/// timers have run.
fn next_task() -> impl Future<Output = ()> {
    struct Later {
        done: Rc<Cell<bool>>,
        waker: Rc<Cell<Option<Waker>>>,
    }
    impl Future for Later {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.done.get() {
                return Poll::Ready(());
            }
            self.waker.set(Some(cx.waker().clone()));
            Poll::Pending
        }
    }
    let later = Later {
        done: Rc::default(),
        waker: Rc::default(),
    };
    let (done, waker) = (later.done.clone(), later.waker.clone());
    set_timeout(
        move || {
            done.set(true);
            if let Some(waker) = waker.take() {
                waker.wake();
            }
        },
        Duration::ZERO,
    );
    later
}
