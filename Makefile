# Two commands do everything on a fresh machine with Python 3.11 and pip:
#   make dev    install what is missing, then start Dagster (http://127.0.0.1:3000)
#   make test   install what is missing, then run the whole test suite
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install dev test lint

$(STAMP): requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

dev: install
	$(PY) -m spinoco_assets.cli dev

test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy
