"""Core of the minutes assistant: domain records, settings, text helpers and
access to the embedder and the vector store, shared by ``ingest`` and ``qa``."""
