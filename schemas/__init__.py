"""Pydantic models shared by every layer: the extraction contract, rules and findings."""
