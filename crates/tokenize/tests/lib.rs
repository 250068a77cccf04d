//! Integration tests for nutgraf-tokenize.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
