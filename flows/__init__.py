"""Prefect flows and the command line: thin layers over `pipeline`."""
