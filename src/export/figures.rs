use crate::model::{Footprint, Impact, Metric, Period};

/// The totals and their breakdown by activity, one row per (part, metric), in the stored units
/// (Wh, g CO2e, L) with plain decimal points so any spreadsheet reads them; for counts `per` a
/// day, week or month, the year's total too (part `year`).
pub fn figures_csv(footprint: &Footprint, per: Period) -> String {
    let mut out = String::from("part,metric,unit,low,central,high\n");
    for (part, impact) in parts(footprint, per) {
        for &metric in Metric::ALL {
            let e = impact.get(metric);
            out.push_str(&format!(
                "{part},{},{},{},{},{}\n",
                metric.id(),
                metric.unit(),
                e.low,
                e.central,
                e.high
            ));
        }
    }
    out
}

/// The same figures as JSON, with the link query that reproduces them.
pub fn figures_json(footprint: &Footprint, per: Period, query: &str) -> String {
    let parts: Vec<String> = parts(footprint, per)
        .into_iter()
        .map(|(part, impact)| {
            let metrics: Vec<String> = Metric::ALL
                .iter()
                .map(|&m| {
                    let e = impact.get(m);
                    format!(
                        "\"{}\":{{\"unit\":\"{}\",\"low\":{},\"central\":{},\"high\":{}}}",
                        m.id(),
                        m.unit(),
                        e.low,
                        e.central,
                        e.high
                    )
                })
                .collect();
            format!("\"{part}\":{{{}}}", metrics.join(","))
        })
        .collect();
    format!("{{\"query\":{},{}}}\n", json_string(query), parts.join(","))
}

fn parts(footprint: &Footprint, per: Period) -> Vec<(&'static str, Impact)> {
    let mut parts = vec![
        ("total", footprint.total()),
        ("images", footprint.by_activity.images),
        ("videos", footprint.by_activity.videos),
        ("chat", footprint.by_activity.chat),
        ("extras", footprint.by_activity.extras),
    ];
    parts.extend(footprint.year(per).map(|year| ("year", year)));
    parts
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
