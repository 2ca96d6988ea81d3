"""Readers: bytes of one input file → `schemas.document.Page`s (the pipeline owns file I/O)."""
