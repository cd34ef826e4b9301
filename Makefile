# `make run` and `make test` each set up .venv on first use, so a fresh clone needs only Python, pip and make
# (plus the system libraries listed in the README).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test bench bundle wheel clean

$(VENV)/.run-deps: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV)/.run-deps $@

run: $(VENV)/.run-deps
	$(PY) -m trainer

test: $(VENV)/.test-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(VENV)/.test-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache
