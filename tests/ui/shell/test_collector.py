"""The garbage collector is paused while the window is built and runs again, over fewer objects, after."""

from __future__ import annotations

import gc
import json

import pytest
from PySide6.QtWidgets import QApplication

from trainer.app import main
from trainer.ui.shell import application, collector
from trainer.ui.shell.main_window import MainWindow


@pytest.fixture
def collector_on():
    gc.enable()
    yield
    collector.resume()
    gc.enable()
    gc.unfreeze()


def test_pause_and_resume(collector_on):
    collector.pause()
    assert not gc.isenabled()
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the build made is kept out of later collections
    collector.resume()  # a second call changes nothing
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off(collector_on):
    gc.disable()
    collector.pause()
    collector.resume()
    assert not gc.isenabled()


def test_the_window_is_built_with_the_collector_paused_and_it_runs_after(collector_on, data_dir, monkeypatch):
    seen = []
    build = application._build_window

    def watching_build(*args, **kwargs):
        seen.append(gc.isenabled())
        return build(*args, **kwargs)

    monkeypatch.setattr(application, "_build_window", watching_build)
    assert main(["--smoke", "--data-dir", str(data_dir)]) == 0
    assert seen == [False]
    assert gc.isenabled()


def test_a_refused_start_leaves_the_collector_running(collector_on, data_dir, capsys):
    assert main(["--smoke", "--routine", "nope", "--data-dir", str(data_dir)]) == 2
    assert gc.isenabled()


def test_a_normal_run_resumes_the_collector_at_the_first_paint(collector_on, qtbot, data_dir, monkeypatch):
    (data_dir / "settings.json").write_text(json.dumps({"safety_accepted_at": "2026-03-29T08:00:00+02:00"}))
    seen = {}

    def fake_exec(app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["at_show"] = gc.isenabled()
        qtbot.waitUntil(lambda: window._state.history_loaded, timeout=5000)
        seen["after_paint"] = gc.isenabled()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert main(["--data-dir", str(data_dir)]) == 0
    assert seen == {"at_show": False, "after_paint": True}
