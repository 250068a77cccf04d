//! Counts the tokens, words and sentences of a file: `cargo run --release -p
//! nutgraf-tokenize --example count -- FILE [REPEAT]`.

use std::process::ExitCode;

use nutgraf_tokenize::Tokenizer;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: count FILE [REPEAT]");
        return ExitCode::from(2);
    };
    let repeat: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("count: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let tokenizer = Tokenizer::new();
    let (mut tokens, mut sentences) = (Vec::new(), Vec::new());
    let mut words = 0;
    let start = std::time::Instant::now();
    for _ in 0..repeat {
        tokens.clear();
        sentences.clear();
        tokenizer.tokenize_into(&text, &mut tokens);
        tokenizer.sentences_into(&text, &tokens, &mut sentences);
        words = tokens.iter().map(|t| t.words().len()).sum::<usize>();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} tokens, {} words, {} sentences; {:.1} MB/s",
        tokens.len(),
        words,
        sentences.len(),
        (text.len() * repeat) as f64 / secs / 1e6
    );
    ExitCode::SUCCESS
}
