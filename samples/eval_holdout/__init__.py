"""Held-out evaluation set: `build.py` writes the labelled documents of this folder."""
