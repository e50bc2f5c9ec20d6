/// A citation line: title, version, the date it was consulted (ISO `YYYY-MM-DD`) and the link.
pub fn citation(title: &str, version: &str, date: &str, url: &str) -> String {
    format!("Empreinte {version}, « {title} », {date}, {url}")
}
