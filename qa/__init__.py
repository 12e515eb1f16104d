"""Answering: hybrid retrieval over the index and cited answers."""
