//! Integration tests for nutgraf-tokenize: data-driven cases (`tests/data/*.toml`), property
//! tests against simple reference definitions, and API checks.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod api;
mod cases;
mod properties;
