"""Ingest pipeline: load → clean → parse → chunk → embed → store."""
