"""A session the disk will not take yet: the Train page says it is kept and where, and its rating and note
can still be given; both reach the history once the disk allows."""

from __future__ import annotations

import json

from trainer.core.routines import Catalog
from trainer.ui.train.page import TrainPage

from helpers.sessions import run, tiny_routine


def test_a_session_kept_pending_is_shown_as_kept_and_can_still_be_rated(qtbot, state, data_dir, clock, full_disk):
    page = TrainPage(state, Catalog((tiny_routine(),), ()), clock=clock)
    qtbot.addWidget(page)
    page.controller.toggle()
    run(page.controller, clock, 5.5)
    assert page.notice.text() == (f"Saved for now in {data_dir / 'pending'}; it will be written to your history "
                                  "as soon as the disk allows.")
    assert page.summary_dialog.rating is not None  # the rating is offered, as for any saved session
    page.summary_dialog.rating.setValue(2)
    page.summary_dialog.note.setText("a little tight")
    page.summary_dialog.accept()
    [kept] = state.pending
    assert kept.discomfort == 2 and kept.note == "a little tight"
    full_disk.undo()
    assert state.close()
    [entry] = json.loads((data_dir / "history.json").read_text())["sessions"]
    assert entry["discomfort"] == 2 and entry["note"] == "a little tight"
