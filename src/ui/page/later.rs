//! What the reader cannot see when the widget arrives (below the comparisons, inside a
//! closed section, behind another tab) is built in a task of its own after the first frame:
//! the mount was one long task that held a slow phone's page back.

use std::time::Duration;

use leptos::prelude::*;

/// Whether the first frame has been shown, so the unseen parts may be built.
#[derive(Clone, Copy, Debug)]
pub struct Later(ReadSignal<bool>);

/// Starts the signal, which turns true in the task after the next frame, and provides it
/// to the views below. Called once, above the language switch, so a switch rebuilds all.
pub fn start() {
    let (later, set_later) = signal(false);
    request_animation_frame(move || set_timeout(move || set_later.set(true), Duration::ZERO));
    provide_context(Later(later));
}

/// Whether to build a part that is `seen_now` or not: at once if it is, after the first
/// frame otherwise. Changes once, from false to true, at most.
pub fn build_when(seen_now: impl Fn() -> bool + Send + Sync + 'static) -> Memo<bool> {
    let later = use_context::<Later>().map(|l| l.0);
    Memo::new(move |_| seen_now() || later.is_none_or(|l| l.get()))
}
