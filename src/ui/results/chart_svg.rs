//! Puts a chart's SVG string into the page, replacing only the elements that changed.
//!
//! A slider move changes a few bars of each chart (the reader's, the scaled claims) and
//! leaves the rest (everyday uses, axis) as they were. Parsing the whole string again on
//! every move was the largest cost of an update after the address write, so an update
//! parses only the changed elements. The chart stays a pure function to a string.

use leptos::tachys::html::element::InnerHtmlValue;
use web_sys::Element;

/// A chart's SVG document, as `chart::bar_chart_svg` writes it, for `inner_html`.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSvg(pub String);

impl InnerHtmlValue for ChartSvg {
    type AsyncOutput = Self;
    /// The element holding the chart, and the markup it shows.
    type State = (Element, String);
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        self.0.len()
    }

    fn to_html(self, buf: &mut String) {
        buf.push_str(&self.0);
    }

    fn to_template(_buf: &mut String) {}

    fn hydrate<const FROM_SERVER: bool>(self, el: &Element) -> Self::State {
        self.build(el)
    }

    fn build(self, el: &Element) -> Self::State {
        el.set_inner_html(&self.0);
        (el.clone(), self.0)
    }

    fn rebuild(self, (el, shown): &mut Self::State) {
        if self.0 == *shown {
            return;
        }
        if !patch(el, shown, &self.0) {
            el.set_inner_html(&self.0);
        }
        *shown = self.0;
    }

    fn into_cloneable(self) -> Self {
        self
    }

    fn into_cloneable_owned(self) -> Self {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }
}

/// Turns the chart in `el`, showing `old`, into `new` by replacing the top-level elements
/// whose markup differs, all parsed at once. Returns false when the two documents do not
/// have the same root tag and number of elements (a bar more, another size) or the page
/// does not hold what `old` describes: the caller then replaces the whole chart, which also
/// undoes any part of a patch.
fn patch(el: &Element, old: &str, new: &str) -> bool {
    let (Some((old_root, old_parts)), Some((new_root, new_parts))) = (split(old), split(new))
    else {
        return false;
    };
    let (Some(svg), Some(document)) = (el.first_element_child(), el.owner_document()) else {
        return false;
    };
    let children = svg.children();
    if old_root != new_root
        || old_parts.len() != new_parts.len()
        || children.length() as usize != old_parts.len()
    {
        return false;
    }
    let changed: Vec<usize> = (0..new_parts.len())
        .filter(|&i| old_parts[i] != new_parts[i])
        .collect();
    // Parsed inside an <svg>, so that they are SVG elements, as in the chart.
    let Ok(fresh) = document.create_element_ns(Some(SVG_NS), "svg") else {
        return false;
    };
    fresh.set_inner_html(&changed.iter().map(|&i| new_parts[i]).collect::<String>());
    for i in changed {
        let (Some(stale), Some(element)) = (children.item(i as u32), fresh.first_element_child())
        else {
            return false;
        };
        if svg.replace_child(&element, &stale).is_err() {
            return false;
        }
    }
    true
}

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The root's opening tag and the markup of each top-level element. plotters starts every
/// element on a new line, and escapes `<` in text, so a line starting with `<` and not `</`
/// opens the next element.
fn split(svg: &str) -> Option<(&str, Vec<&str>)> {
    let body = svg.trim_end().strip_suffix("</svg>")?;
    let mut starts = body
        .match_indices("\n<")
        .map(|(i, _)| i + 1)
        .filter(|&i| !body[i..].starts_with("</"));
    let first = starts.next()?;
    let root = &body[..first];
    let mut parts = Vec::new();
    let mut from = first;
    for next in starts {
        parts.push(body[from..next].trim_end());
        from = next;
    }
    parts.push(body[from..].trim_end());
    Some((root, parts))
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_plotters_markup_into_root_and_elements() {
        let svg =
            "<svg width=\"2\">\n<rect x=\"1\"/>\n<text x=\"0\">\n5 Wh &lt;\n</text>\n</svg>\n";
        let (root, parts) = split(svg).unwrap();
        assert_eq!(root, "<svg width=\"2\">\n");
        assert_eq!(
            parts,
            ["<rect x=\"1\"/>", "<text x=\"0\">\n5 Wh &lt;\n</text>"]
        );
    }

    #[test]
    fn an_empty_or_foreign_document_does_not_split() {
        assert_eq!(split("<svg>\n</svg>\n"), None);
        assert_eq!(split("<div></div>"), None);
    }
}
