"""Field comparators for `congvan eval`: every module here registers its fields with
`pipeline.evaluate.scoring.register_field` and is imported by `load_field_plugins` (a new field is a new file)."""
