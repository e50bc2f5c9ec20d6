//! The widget is built a part per task, so that no task holds a slow phone's page back for
//! long (Lighthouse's total blocking time counts what each task lasts beyond 50 ms, at a 4×
//! CPU slowdown; built in one go, the mount was one task of 60–130 ms on this project's
//! machines, about half of it the browser compiling the wasm functions each part first calls).
//!
//! The parts above the comparisons are built hidden behind the first paint, which stays on
//! screen meanwhile; the task that builds the last of them shows the app and removes the
//! first paint, so no frame shows both or neither. What lies below the comparisons follows
//! after that first frame, a section per task.

use std::time::Duration;

use leptos::prelude::*;

use super::first_paint::remove_first_paint;

/// The widget's parts, in the order they are built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// Nothing yet: the task the app starts in also finishes the wasm's compilation.
    Start,
    /// The results card and the summary.
    Card,
    /// The two main controls and the refine section's heading (and its fields when the
    /// link opened it).
    Controls,
    /// The last part built hidden: once it is, the app replaces the first paint.
    Comparisons,
    /// The comparisons' tabs not shown at first (hidden panels, drawn once).
    OtherTabs,
    /// The closed refine section's fields.
    RefineFields,
    Claims,
    Collective,
    Sensitivity,
    Share,
    Sources,
    Privacy,
    Footer,
}

/// How far the build has gone: every part up to this one is built.
#[derive(Clone, Copy, Debug)]
struct Built(RwSignal<Part>);

/// Starts the build, a part per task, and provides its progress to the views below; returns
/// whether the app is on screen (its parts above the comparisons built), when the first paint
/// goes. Called once, above the language switch, so that a switch rebuilds everything at once.
pub fn start() -> Signal<bool> {
    let built = RwSignal::new(Part::Start);
    provide_context(Built(built));
    let shown = self::built(Part::Comparisons);
    Effect::new(move |_| {
        if shown.get() {
            remove_first_paint();
        }
    });
    step(built);
    shown
}

/// Builds the next part in a task of its own (after a frame, for the first part below the
/// comparisons), then the one after it.
fn step(built: RwSignal<Part>) {
    let now = built.get_untracked();
    let Some(next) = next_part(now) else {
        return;
    };
    let go = move || {
        built.set(next);
        step(built);
    };
    if now == Part::Comparisons {
        request_animation_frame(move || set_timeout(go, Duration::ZERO));
    } else {
        set_timeout(go, Duration::ZERO);
    }
}

fn next_part(part: Part) -> Option<Part> {
    use Part::*;
    Some(match part {
        Start => Card,
        Card => Controls,
        Controls => Comparisons,
        Comparisons => OtherTabs,
        OtherTabs => RefineFields,
        RefineFields => Claims,
        Claims => Collective,
        Collective => Sensitivity,
        Sensitivity => Share,
        Share => Sources,
        Sources => Privacy,
        Privacy => Footer,
        Footer => return None,
    })
}

/// Whether `part` is built yet (always, where [`start`] was not called: component tests).
/// Changes once, from false to true.
pub fn built(part: Part) -> Signal<bool> {
    match use_context::<Built>() {
        Some(Built(built)) => Memo::new(move |_| built.get() >= part).into(),
        None => Signal::stored(true),
    }
}

/// Its children, once `part` is built.
#[component]
pub fn Later(part: Part, children: ChildrenFn) -> impl IntoView {
    let ready = built(part);
    move || ready.get().then(|| children())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_is_built_once_in_order() {
        let mut part = Part::Start;
        let mut seen = vec![part];
        while let Some(next) = next_part(part) {
            assert!(next > part);
            part = next;
            seen.push(part);
        }
        assert_eq!(part, Part::Footer);
        assert_eq!(seen.len(), Part::Footer as usize + 1);
    }
}
