"""A normal run's extras around the window: the sync driver starts with it and tells problems in the banner,
and at the end sessions still pending are written or said to be waiting."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QMessageBox

from helpers.records import make_session
from trainer.ui.shell.application import GuiOptions, run_gui
from trainer.ui.shell.main_window import MainWindow


def accepted_settings(data_dir, **values) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"safety_accepted_at": "2026-03-29T08:00:00+02:00",
                                                        **values}))


def the_window() -> MainWindow:
    # The shown one: windows of earlier tests may be closed but not yet deleted.
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())


def test_a_refused_sync_folder_is_told_in_the_banner_once_the_window_is_up(qtbot, data_dir, monkeypatch):
    accepted_settings(data_dir, sync_folder=str(data_dir / "inside"))
    seen = {}

    def fake_exec(app):
        window = the_window()
        qtbot.waitUntil(lambda: window.banner.headings() == ["Sync folder"], timeout=5000)
        seen["message"] = window.banner.messages()[0]
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_gui(GuiOptions(data_dir=data_dir)) == 0
    assert "inside the data folder" in seen["message"]


def record_a_session(app) -> int:
    the_window()._state.record_session(make_session())
    return 0


def test_sessions_still_pending_at_the_end_are_said_to_wait_and_where(data_dir, monkeypatch, full_disk):
    accepted_settings(data_dir)
    shown = []
    monkeypatch.setattr(QApplication, "exec", record_a_session)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert run_gui(GuiOptions(data_dir=data_dir)) == 0
    assert len(shown) == 1 and str(data_dir / "pending") in shown[0]


def test_nothing_is_said_at_the_end_when_nothing_waits(data_dir, monkeypatch):
    accepted_settings(data_dir)
    shown = []
    monkeypatch.setattr(QApplication, "exec", record_a_session)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert run_gui(GuiOptions(data_dir=data_dir)) == 0
    assert shown == []
    assert len(json.loads((data_dir / "history.json").read_text())["sessions"]) == 1
