"""Test-wide set-up: Qt runs offscreen, no test touches the real user data folder, and no test (or the app
it starts as a child) reaches the host's speech service: a hung speech-dispatcher would hang the suite."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pyqtgraph must bind to PySide6 even if another binding happens to be installed.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# The tests read English, whatever the machine's language (the app honours LANGUAGE first).
os.environ["LANGUAGE"] = "en"
# Tests that exercise the real speech engine aim it at a fake daemon of their own (tests/ui/speech_daemons.py).
os.environ["SPEECHD_ADDRESS"] = "unix_socket:/nonexistent/pelvic-floor-trainer-tests/speechd.sock"

# Slow tests run child processes or many examples; they get a longer limit than the default one.
SLOW_TEST_TIMEOUT_S = 300


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("slow") and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(SLOW_TEST_TIMEOUT_S))
