"""Each kind of store notice reaches the banner under a heading of its own, and sync problems under theirs."""

from __future__ import annotations

import re
from pathlib import Path

from helpers.records import make_session
from trainer.core.pending import PendingSessions
from trainer.core.store import Store
from trainer.ui.shell.application import _tell_sync_problem
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.shell.notice_words import notice_heading
from trainer.ui.state import AppState

# The store gives its notices from store.py and the modules it is built on (the open and its repairs).
CORE = Path(__file__).resolve().parents[3] / "trainer" / "core"
STORE_SOURCES = [CORE / name for name in ("store.py", "opening.py", "recovery.py")]


def test_every_kind_the_store_gives_has_a_heading():
    kinds = {kind for source in STORE_SOURCES for kind in re.findall(r'_notice\("([a-z-]+)"', source.read_text())}
    assert {"pending", "pending-saved", "backups-off", "read-only-folder", "recovery-deferred"} <= kinds
    assert {kind: notice_heading(kind) for kind in kinds if not notice_heading(kind)} == {}
    assert notice_heading("from-a-later-version") is None


def test_sessions_saved_at_start_are_told_under_their_heading(qtbot, data_dir, catalog, clock):
    PendingSessions(data_dir).keep(make_session("2026-03-29"))
    state = AppState(Store.open(data_dir))
    state.change_settings(state.settings.replace(safety_accepted_at="2026-03-29T08:00:00+02:00"))
    window = MainWindow(state, catalog, clock)
    qtbot.addWidget(window)
    assert window.banner.headings() == ["Sessions saved"]
    assert "now in your history" in window.banner.messages()[0]


def test_a_sync_problem_is_told_under_the_sync_heading(qtbot, state, catalog, clock, tmp_path):
    state.change_settings(state.settings.replace(safety_accepted_at="2026-03-29T08:00:00+02:00"))
    window = MainWindow(state, catalog, clock)
    qtbot.addWidget(window)
    _tell_sync_problem(window, "Cannot use the sync folder.", str(tmp_path))
    assert window.banner.headings() == ["Sync folder"]
    assert window.banner.messages() == ["Cannot use the sync folder."]
