//! The `accent` parameter: a host's own colour for the figures, links and the reader's bar,
//! accepted only where it stays readable.

/// A colour in sRGB, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The background of the light theme (`--empreinte-bg` in `assets/style.css`), on which the
/// charts are always drawn.
pub const LIGHT_BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);
/// The background of the dark theme (`--empreinte-bg` under `data-theme="dark"`).
pub const DARK_BACKGROUND: Rgb = Rgb(0x14, 0x18, 0x1f);
/// The contrast WCAG 2 (1.4.3, level AA) asks of normal text; the accent colours text.
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

impl Rgb {
    /// Reads `#rgb` or `#rrggbb`, the `#` optional (it must be written `%23` in a link),
    /// in either case, ignoring surrounding spaces.
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let text = text.trim();
        let hex = text.strip_prefix('#').unwrap_or(text);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `rrggbb`, lower case, without `#`: the form a link carries.
    pub fn to_hex(self) -> String {
        format!("{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `#rrggbb`, for CSS.
    pub fn to_css(self) -> String {
        format!("#{}", self.to_hex())
    }

    /// Relative luminance as WCAG 2 defines it, from 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio with another colour, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance() + 0.05, other.luminance() + 0.05);
        a.max(b) / a.min(b)
    }

    /// Whether text in this colour is readable on `background` (WCAG AA).
    pub fn readable_on(self, background: Rgb) -> bool {
        self.contrast(background) >= MIN_TEXT_CONTRAST
    }
}
