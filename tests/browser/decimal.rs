//! Protects the widget's decimal reader: in the browser it is JavaScript's `Number`, and it
//! must read every spelling a link or a field can hold exactly as Rust's `f64::from_str`
//! (which the native property tests and every other layer rely on), bit for bit.

use empreinte::url::read_f64;
use wasm_bindgen_test::wasm_bindgen_test;

/// A small deterministic generator (xorshift64*), so a failure names a reproducible case.
struct Spellings(u64);

impl Spellings {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Digits, an optional sign, decimal point and exponent: from short to 40 digits.
    fn decimal(&mut self) -> String {
        let mut text = String::new();
        match self.below(4) {
            0 => text.push('-'),
            1 => text.push('+'),
            _ => {}
        }
        let digits = 1 + self.below(40);
        let point = self.below(digits + 2);
        for i in 0..digits {
            if i == point {
                text.push('.');
            }
            text.push(char::from(b'0' + self.below(10) as u8));
        }
        if self.below(3) == 0 {
            text.push(if self.below(2) == 0 { 'e' } else { 'E' });
            if self.below(2) == 0 {
                text.push('-');
            }
            text.push_str(&self.below(400).to_string());
        }
        text
    }

    /// Short text over the reader's alphabet, mostly not a number.
    fn noise(&mut self) -> String {
        const ALPHABET: &[u8] = b"0123456789.+-eE";
        (0..self.below(9))
            .map(|_| char::from(ALPHABET[self.below(ALPHABET.len() as u64) as usize]))
            .collect()
    }
}

fn agree(text: &str) {
    let ours = read_f64(text).map(f64::to_bits);
    let rust = text.parse::<f64>().ok().map(f64::to_bits);
    assert_eq!(ours, rust, "{text:?}");
}

#[wasm_bindgen_test]
fn decimal_text_reads_as_rust_reads_it() {
    // Cases that need more than a fast path: halfway between two doubles, just off it,
    // subnormals, the largest double, overflow and underflow, signed zero.
    for text in [
        "0.1",
        "-0",
        "1e23",
        "9007199254740993",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "2.2250738585072011e-308",
        "4.9e-324",
        "2.4e-324",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "1e400",
        "1e-400",
        "1.",
        ".5",
        "1.e5",
        "007",
        "",
        ".",
        "e5",
        "1e",
        "+-1",
    ] {
        agree(text);
    }
    let mut spell = Spellings(0x9e37_79b9_7f4a_7c15);
    for _ in 0..5000 {
        let x = f64::from_bits(spell.next());
        if x.is_finite() {
            agree(&x.to_string());
            agree(&format!("{x:e}"));
        }
        agree(&spell.decimal());
        agree(&spell.noise());
    }
}
