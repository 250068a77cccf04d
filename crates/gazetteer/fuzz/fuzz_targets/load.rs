//! Any list: loading returns an error or a gazetteer, never panics; the gazetteer then finds
//! its own names without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutgraf_gazetteer::Gazetteer;

fuzz_target!(|data: &[u8]| {
    let mut b = Gazetteer::builder();
    if b.add_reader(data).is_err() {
        return;
    }
    if let Ok(g) = b.build() {
        let text = String::from_utf8_lossy(data);
        let _ = g.find(&text);
    }
});
