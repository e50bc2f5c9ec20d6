//! Tells the page embedding the widget how tall it is, so the iframe fits without scrolling.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::ResizeObserver;

/// Posts the height of the whole document to the parent window whenever it changes by a
/// whole pixel:
/// `{sentinel: "amp", type: "embed-size", height}` for AMP pages and
/// `{type: "empreinte:resize", height}` for the project's host snippet. Nothing happens when
/// the widget is not framed. The document's own height is sent, margins included (the
/// `<html>` element's box: its height follows its content, never the iframe's), so an iframe
/// set to it never scrolls; an unchanged height is never sent again, so a host that resizes
/// the iframe cannot start a loop.
pub fn report_height() {
    let window = leptos::prelude::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(root) = leptos::prelude::document().document_element() else {
        return;
    };
    let last = Rc::new(Cell::new(0i32));
    let target = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil() as i32;
        if height == last.get() || height <= 0 {
            return;
        }
        last.set(height);
        for message in [amp_message(height), own_message(height)] {
            // "*": the height is not secret, and the host page's origin is unknown here;
            // the host snippet checks the message's origin and source on its side.
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    post.forget();
}

fn message(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn amp_message(height: i32) -> JsValue {
    message(&[
        ("sentinel", "amp".into()),
        ("type", "embed-size".into()),
        ("height", height.into()),
    ])
}

fn own_message(height: i32) -> JsValue {
    message(&[
        ("type", "empreinte:resize".into()),
        ("height", height.into()),
    ])
}
