//! Integration tests of `nutgraf-dates`: data-driven cases, the seed article, properties.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cases;
mod props;
mod seed;
