"""Fixtures for the Qt tests: a fresh data dir, store and app state per test, a fake clock, and a timer-leak check.

The leak check follows napari's lead: every QTimer started from Python (``QTimer.singleShot`` too; see
helpers/timers.py) is remembered, and a test fails if any is still running after its widgets are closed, so
nothing fires into a later test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from helpers.timers import running_timers, start_recording, stop_recording
from trainer.core.clock import FakeClock
from trainer.core.routines import load_catalog
from trainer.core.store import Store
from trainer.paths import builtin_routines_dir
from trainer.ui.state import AppState


@pytest.fixture(autouse=True)
def no_timer_outlives_the_test(qapp):
    """Fail any test that leaves a QTimer running after its windows are closed."""
    start_recording()
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.processEvents()
    alive = []
    for timer in running_timers():
        alive.append(timer.objectName() or repr(timer))
        timer.stop()
    stop_recording()
    assert not alive, f"timers still running after the test: {alive}"


@pytest.fixture
def app_look(qapp):
    """Put the app-wide palette and stylesheet back, so a theme change cannot leak into later tests."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store.open(data_dir)


@pytest.fixture
def state(store: Store) -> AppState:
    """The app state over the test's store: pages read it at construction, so set the store up first."""
    return AppState(store)


@pytest.fixture
def catalog(data_dir: Path):
    return load_catalog(builtin_routines_dir(), data_dir / "routines")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=1000.0)
