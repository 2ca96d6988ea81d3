"""Ingest: files in, `Document`s out and into the store — find and identify files, read their pages (text
layer or OCR), extract their fields, load them."""
