# The README's two commands: `make demo` (set up + run the main job on the samples) and
# `make test` (set up + lint + type-check + every test, slow ones included: what CI runs).
# `make check` is the developer's quick loop: lint, types and the tests not marked slow, no setup (under a minute).
SHELL := /bin/bash
VENV := .venv/bin
export OMP_THREAD_LIMIT := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90

.PHONY: setup setup-test demo test check lint fmt bench

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

# The main job, as an office would run it: a reviewer approves the rules proposed from the sample dispatch
# (the central default rules are active from the start), then the nightly flow runs over the bundled samples
# into a fresh database; it prints the summary and the HTML report's path.
DEMO_DB := demo.duckdb
DEMO_DISPATCH := samples/documents/cv-1186-UBND-NC-quan-ly-doan-ra.png
demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB).wal demo.snapshot.duckdb
	$(VENV)/congvan rules extract $(DEMO_DISPATCH) --db $(DEMO_DB) --actor demo
	$(VENV)/congvan rules approve --all --db $(DEMO_DB) --actor demo --note "demo: the sample dispatch's rules"
	$(VENV)/congvan nightly --inbox samples/documents --db $(DEMO_DB) --reports reports

STATIC := $(VENV)/ruff check . && $(VENV)/ruff format --check . && $(VENV)/mypy

lint: setup-test
	$(STATIC)

check:
	$(STATIC)
	$(VENV)/pytest -m "not slow" -n 2 -q

fmt: setup-test
	$(VENV)/ruff format .
	$(VENV)/ruff check --fix .

test: lint
	$(VENV)/pytest -n 2 --dist worksteal

bench: setup-test
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(VENV)/python $$b; done
