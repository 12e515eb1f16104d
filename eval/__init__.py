"""Evaluation (``python -m eval``) and benchmarks (``python -m eval.bench``)."""
