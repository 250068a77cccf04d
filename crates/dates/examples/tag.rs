//! Prints the timexes of each argument (development aid): `cargo run --example tag -- TEXT`.
fn main() {
    let reference = std::env::var("DCT").ok().and_then(|d| d.parse().ok());
    for a in std::env::args().skip(1) {
        for t in nutgraf_dates::DateTagger::new().tag(&a, reference) {
            println!("{:?} {} {} {:?} [{}]", t.text(&a), t.kind, t.value, t.modifier, t.rule);
        }
    }
}
