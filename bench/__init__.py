"""Benchmarks: programs, not timed tests. `make bench` runs them all."""
