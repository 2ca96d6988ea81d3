"""Prefect flows and the command line: thin layers over `pipeline`."""

from flows import prefect_env

prefect_env.configure()  # before any flows module imports prefect
