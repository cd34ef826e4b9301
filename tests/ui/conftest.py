"""Fixtures for the Qt tests: a fresh data dir, store and app state per test, a fake clock, and a timer-leak check.

The leak check follows napari's lead: every QTimer started from Python (``QTimer.singleShot`` too; see
helpers/timers.py) is remembered, and a test fails if any is still running after its widgets are closed, so
nothing fires into a later test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from helpers.timers import running_timers, start_recording, stop_recording
from trainer.core.clock import FakeClock
from trainer.core.routines import load_catalog
from trainer.core.store import Store
from trainer.paths import builtin_routines_dir
from trainer.ui.language import install_translators
from trainer.ui.state import AppState


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The English catalogue, as the app loads it: its plural forms turn "%n set(s)" into "1 set", "2 sets"."""
    install_translators(qapp, QLocale("en"))


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


class QuietEffect:
    """Stands in for QSoundEffect: loaded at once, counts what it is asked to play, makes no sound."""

    def __init__(self) -> None:
        self.plays = 0
        self.volume = None

    def isLoaded(self) -> bool:
        return True

    def play(self) -> None:
        self.plays += 1

    def setVolume(self, volume: float) -> None:
        self.volume = volume


@pytest.fixture(autouse=True)
def no_real_sound_or_speech(monkeypatch):
    """The default tests never reach the host's sound server or speech service (a hung speech-dispatcher
    would hang the suite); they get a silent chime and no voice. Tests of the real parts ask for them."""
    from trainer.ui.audio import sound_cues, spoken_cues

    monkeypatch.setattr(sound_cues, "qt_sound_effect", lambda parent, source, volume: QuietEffect())
    monkeypatch.setattr(spoken_cues, "system_speaker", lambda parent: None)


@pytest.fixture(autouse=True)
def app_look(qapp):
    """Put the app-wide style, palette, stylesheet and font back after every test: a run of the whole app
    (run_gui) or a theme change would otherwise reshape the widgets of every later test."""
    style, palette, sheet, font = qapp.style().name(), qapp.palette(), qapp.styleSheet(), qapp.font()
    yield
    if qapp.style().name() != style:
        qapp.setStyle(style)
        qapp.setProperty("calmStyle", None)  # so the next apply_theme installs the app's style again
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def full_disk(monkeypatch):
    """history.json cannot be written (the pending files beside it still can); ``full_disk.undo()`` frees it."""
    from trainer.core import store as store_module

    real = store_module.write_atomic

    def refuse(path, data):
        if path.name == "history.json":
            raise OSError(28, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(store_module, "write_atomic", refuse)
    return monkeypatch


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
