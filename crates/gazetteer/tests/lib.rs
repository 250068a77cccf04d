//! Integration tests for nutgraf-gazetteer: data-driven cases through one harness, loaders,
//! and the seed article against its gold annotation.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod cases;
mod loaders;
mod seed;
