//! The `nutgraf` command line.

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand};

mod analyze;
mod batch;
mod brat;
mod eval;
mod html;
mod input;
mod setup;
mod text;

/// nutgraf: who, where, when and what is claimed in English news text.
#[derive(Parser, Debug)]
#[command(name = "nutgraf", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse documents and print their tokens, words, sentences, sections, entities, dates
    /// and claims as JSON (UTF-8 byte offsets), or a text, HTML or brat view (`--layers`
    /// chooses what is written).
    Analyze(analyze::Args),
    /// Analyse a JSON Lines stream in parallel: one `{"id", "text", "date"?}` per input line,
    /// one result (or error record) per output line, in input order.
    Batch(batch::Args),
    /// Render one document as a self-contained HTML page with its annotations marked.
    Html(analyze::HtmlArgs),
    /// Score nutgraf against a gold file (see ../shared/eval/README.md for the formats).
    Eval(eval::Args),
}

/// Set by the first Ctrl-C (SIGINT): the commands finish the output line they are writing,
/// flush, and stop with exit code 130. A second Ctrl-C stops at once.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Whether the user asked to stop.
fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Without a handler (it could not be installed) Ctrl-C stops at once, as before.
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTED.swap(true, Ordering::Relaxed) {
            std::process::exit(130);
        }
    });
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Html(args) => analyze::run_html(&args),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`nutgraf analyze … | head`): stop quietly.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("nutgraf: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}
