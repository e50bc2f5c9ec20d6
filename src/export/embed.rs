use super::escape;

/// The HTML an editor pastes into an article: the widget in an iframe for `widget_url` (which
/// should carry `embed=1`), lazily loaded, sending no referrer, with a fallback height for
/// hosts without the resize snippet, allowed to write to the clipboard (its copy buttons), then
/// the optional snippet that fits the height.
pub fn embed_code(widget_url: &str, snippet_url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" referrerpolicy=\"no-referrer\" allow=\"clipboard-write\" \
         style=\"width:100%;border:0\" height=\"1200\"></iframe>\n\
         <script src=\"{}\" async></script>",
        escape(widget_url),
        escape(title),
        escape(snippet_url)
    )
}

/// The host snippet's address beside the widget's page at `page` (an address without query):
/// `…/empreinte/` and `…/empreinte/index.html` both give `…/empreinte/embed.js`.
pub fn snippet_url(page: &str) -> String {
    let folder = page.rfind('/').map_or(page, |i| &page[..=i]);
    format!("{folder}embed.js")
}
