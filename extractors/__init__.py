"""Pure functions from text (with provenance) to pydantic models. No file or database I/O here,
except the OCR wrapper's call to tesseract."""
