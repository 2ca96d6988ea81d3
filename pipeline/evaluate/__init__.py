"""Evaluate: how well congvan reads a labelled set — per-field scores (comparators in `fields/`), report
linking, and rule extraction."""
