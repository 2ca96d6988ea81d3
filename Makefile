# The README's two commands: `make demo` (set up + run the main job on the samples) and
# `make test` (set up + lint + type-check + every test, slow ones included).
SHELL := /bin/bash
VENV := .venv/bin
export OMP_THREAD_LIMIT := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90

.PHONY: setup setup-test demo test lint fmt bench

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

# The main job: the nightly flow over the bundled samples into a fresh database (no rule approved by hand:
# the central default rules are active from the start); prints the summary and the HTML report's path.
demo: setup
	rm -f demo.duckdb demo.duckdb.wal demo.snapshot.duckdb
	$(VENV)/congvan nightly --inbox samples/documents --db demo.duckdb --reports reports

lint: setup-test
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .
	$(VENV)/mypy

fmt: setup-test
	$(VENV)/ruff format .
	$(VENV)/ruff check --fix .

test: lint
	$(VENV)/pytest -n 2

bench: setup-test
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(VENV)/python $$b; done
