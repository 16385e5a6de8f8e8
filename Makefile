# The two commands at the top of the README: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test hostile lint typecheck format schema translations screenshots bench frozen frozen-check install install-test install-package clean

run: install
	$(BIN)/mission-planner

test: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The hostile-input suite alone (docs/refusals.md says what it keeps true).
hostile: install-test
	$(BIN)/python -m pytest tests/hostile -q

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy with the settings in pyproject.toml: domain/ and services/ strict, the rest of the package
# in mypy's default mode.
typecheck: install-test
	$(BIN)/mypy

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerate the JSON Schema of the mission file from the domain's type hints.
schema: install
	$(BIN)/python -m mission_planner.services.interchange.schema > resources/schemas/mission-v1.schema.json

# Bring the Korean catalogue up to date with the texts in gui/ (new ones come untranslated, ones no
# longer in the code are dropped), then compile it to the .qm the application loads.
TS := resources/translations/mission_planner_ko.ts
translations: install
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find mission_planner/gui -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# Regenerate the README's screenshots (offscreen, no display needed).
screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots --lang ko

bench: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

# The desktop bundle in dist/mission-planner/ (see build.spec), and that bundle tried away from
# the source tree with no Python on the PATH (tools/frozen_check.py).
frozen: install-package
	$(BIN)/python -m PyInstaller --noconfirm build.spec

frozen-check: install-package
	$(BIN)/python -m tools.frozen_check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"

install-package: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,package]"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
