"""Crash safety: the kill -9 harness and the full-disk tests (issue 12, part 2)."""
