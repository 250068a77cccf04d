//! Cross-crate integration tests for nutgraf; see `tests/`.
