use leptos::prelude::*;

use crate::format::decimal;
use crate::ui::texts::use_texts;
use crate::url::{Notice, NoticeKind};

/// What the widget corrected in the link that opened it, in words, so a reader never
/// wonders why a shared scenario looks different. Excerpts are shown as text, never markup.
#[component]
pub fn Notices(notices: Vec<Notice>) -> impl IntoView {
    let t = use_texts();
    (!notices.is_empty()).then(|| {
        let items = notices
            .into_iter()
            .map(|n| {
                let to = match &n.kind {
                    NoticeKind::Clamped { to } => to.clone(),
                    // Written with a decimal point by the link reader; shown in the reader's notation.
                    NoticeKind::LowContrast { ratio } => ratio
                        .parse()
                        .map_or_else(|_| ratio.clone(), |r| decimal(r, t.lang(), 2)),
                    _ => String::new(),
                };
                let text = t.fill(
                    n.kind.key(),
                    &[
                        ("param", n.param.name()),
                        ("value", &n.excerpt),
                        ("to", &to),
                    ],
                );
                view! { <li data-notice=n.param.name()>{text}</li> }
            })
            .collect_view();
        view! {
            <div class="empreinte-notices" role="status" data-notices="">
                <p>{t.get("notices-title")}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}
