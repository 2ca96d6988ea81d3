"""One module per checked rule kind, each registering its `Check` with `pipeline.checks.registry.register`."""
