//! Integration tests for the `nutgraf` binary.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
