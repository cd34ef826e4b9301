"""A session the disk would not take is kept pending: the app state records it, says where it is kept, lets
its rating be added, and a last try at close writes it or says it still waits."""

from __future__ import annotations

import dataclasses
import json

from helpers.records import make_session
from trainer.ui.shell.pending_close import pending_box


def test_a_session_kept_pending_is_recorded_and_said_to_be_kept_not_lost(qtbot, state, data_dir, full_disk):
    failures, recorded = [], []
    state.save_failed.connect(lambda *failure: failures.append(failure))
    state.session_recorded.connect(recorded.append)
    session = make_session("2026-03-29")
    assert state.record_session(session)
    assert recorded == [session] and session in state.sessions
    assert failures == [("session", f"Saved for now in {data_dir / 'pending'}; it will be written to your history "
                                    "as soon as the disk allows.")]
    rated = dataclasses.replace(session, discomfort=3, note="tight")
    assert state.update_session(rated)
    assert state.pending == (rated,)
    assert failures[-1][0] == "feedback" and "Saved for now in" in failures[-1][1]


def test_at_close_the_waiting_sessions_and_where_are_told(qtbot, state, data_dir, full_disk):
    state.record_session(make_session("2026-03-29"))
    box = pending_box(state)
    qtbot.addWidget(box)
    assert "1 session is still waiting" in box.text() and str(data_dir / "pending") in box.text()
    assert box.icon() == box.Icon.NoIcon and [button.text() for button in box.buttons()] == ["OK"]


def test_at_close_a_disk_that_allows_it_again_takes_them_and_nothing_is_said(qtbot, state, data_dir, full_disk):
    session = make_session("2026-03-29")
    state.record_session(session)
    full_disk.undo()
    assert pending_box(state) is None
    assert state.pending == ()
    assert [entry["id"] for entry in json.loads((data_dir / "history.json").read_text())["sessions"]] == [session.id]
