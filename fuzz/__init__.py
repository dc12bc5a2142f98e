"""Coverage-guided fuzzing of Guvoh's parsers of hostile input (issue 7).

`python -m fuzz --seconds N` (or `make fuzz`) runs every target in `fuzz.targets` under
atheris for N seconds each, from the seed corpus in fuzz/corpus/<target>/, and writes what
it finds to fuzz/findings/ (outside git). `python -m fuzz.make_corpus` regenerates the seed
corpus. tests/unit/test_fuzz_targets.py runs the same targets briefly under Hypothesis.

Nothing here is imported by the application.
"""
