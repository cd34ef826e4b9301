"""The summary's words for self-timed holds: every hold against the target, and never a scolding."""

from __future__ import annotations

from helpers.records import make_session
from trainer.ui.dialogs.hold_summary import holds_line
from trainer.ui.dialogs.summary import SummaryDialog


def test_short_holds_are_shown_as_they_were_with_a_kind_word(qapp):
    line = holds_line(make_session(hold_s=5.0, holds_s=(2.5, 3.0, 3.2)))
    assert line.startswith("Your holds: 2.5 s, 3.0 s, 3.2 s — target 5 s. ")
    assert "Shorter holds are fine" in line
    assert not any(word in line.lower() for word in ("fail", "only", "missed", "too short"))


def test_holds_near_the_target_are_plenty(qapp):
    assert "plenty" in holds_line(make_session(hold_s=6.0, holds_s=(5.0, 5.5)))


def test_a_guided_session_has_no_holds_line(qtbot):
    record = make_session()
    assert holds_line(record) is None
    dialog = SummaryDialog(record, [record], 3)
    qtbot.addWidget(dialog)
    assert not dialog.holds_label.isVisibleTo(dialog)
