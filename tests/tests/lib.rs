//! Cross-crate integration tests: the seed article through every stage that exists.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod schema;
mod seed;
