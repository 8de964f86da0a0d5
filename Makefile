# Frontline: the two commands that matter are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run extract test lint browser bench evaluate

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

run: setup
	$(BIN)/python -m frontline extract
	$(BIN)/streamlit run dashboard.py

extract: setup
	$(BIN)/python -m frontline extract

browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

test: setup browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

evaluate: setup
	$(BIN)/python -m frontline evaluate

bench: setup
	$(BIN)/python benchmarks/bench_extract.py
