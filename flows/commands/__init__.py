"""One module per command group; each exposes click commands that `flows.cli` registers."""
