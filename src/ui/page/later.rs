//! What lies below the comparisons (claims, panels, footer) is built in a task of its own,
//! after the first frame: the mount was one long task that held a slow phone's page back.
//! Deferring more (the closed refine section, the other tabs) gave no shorter tasks over ten
//! cold loads at a 4× CPU slowdown, and cost 3 KB of wasm, so only this part waits.

use std::time::Duration;

use leptos::prelude::*;

/// Whether the first frame has been shown.
#[derive(Clone, Copy, Debug)]
struct FirstFrame(ReadSignal<bool>);

/// Starts the signal, which turns true in the task after the next frame, and provides it
/// to the views below. Called once, above the language switch, so that a switch rebuilds
/// everything at once.
pub fn start() {
    let (shown, set_shown) = signal(false);
    request_animation_frame(move || set_timeout(move || set_shown.set(true), Duration::ZERO));
    provide_context(FirstFrame(shown));
}

/// Whether the first frame has been shown (true where [`start`] was not called).
pub fn first_frame_shown() -> Signal<bool> {
    match use_context::<FirstFrame>() {
        Some(FirstFrame(shown)) => shown.into(),
        None => Signal::stored(true),
    }
}
