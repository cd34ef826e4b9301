# `make run` and `make test` each set up .venv on first use, so a fresh clone needs only Python, pip and make
# (plus the system libraries listed in the README).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# PyInstaller lives in its own venv, so the app's .venv holds only the app and its test tools.
BUNDLE_VENV ?= build/bundle-venv
BUNDLE_PY := $(BUNDLE_VENV)/bin/python

.PHONY: run test test-fast bench bundle wheel clean translations

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

# The inner loop: everything but the tests marked slow (child processes, many examples).
test-fast: $(VENV)/.test-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

bench: $(VENV)/.test-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# A string pass: lupdate over trainer/ and the built-in routines into resources/translations/*.ts, then lrelease
# to the committed .qm files. It prints, for each language, how many strings are left to translate.
translations: $(VENV)/.test-deps
	$(PY) tools/update_translations.py

# The wheel carries resources/ inside the package (pyproject's force-include); pip builds it with hatchling.
wheel:
	rm -f dist/pelvic_floor_trainer-*.whl
	$(PYTHON) -m pip wheel --quiet --no-deps --wheel-dir dist .

$(BUNDLE_VENV)/.bundle-deps:
	test -x $(BUNDLE_PY) || $(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_PY) -m pip install --quiet --upgrade pip
	$(BUNDLE_PY) -m pip install --quiet 'pyinstaller>=6.16,<7'
	touch $@

# A onedir bundle in dist/pelvic-floor-trainer/, built from the same wheel that pip users get. The first install
# replaces the app with the fresh wheel; the second brings its dependencies in line with that wheel's metadata.
bundle: wheel $(BUNDLE_VENV)/.bundle-deps
	$(BUNDLE_PY) -m pip install --quiet --no-deps --force-reinstall dist/pelvic_floor_trainer-*.whl
	$(BUNDLE_PY) -m pip install --quiet dist/pelvic_floor_trainer-*.whl
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/pelvic-floor-trainer.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
