"""The editor's figure: still while idle with no timer running, one rep played on request, and the timer
stopped at the rep's end, by Stop, by an edit, and when the editor closes."""

from __future__ import annotations

from trainer.core.engine import SessionState


def play_for(editor, clock, seconds: float, step: float = 0.1) -> None:
    """Advance the fake clock in timer-sized steps, ticking the preview as its timer would."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        editor.preview.timer.timeout.emit()


def test_the_idle_preview_shows_the_hold_and_runs_no_timer(open_editor):
    editor = open_editor()
    snapshot = editor.preview.view.snapshot
    assert snapshot.phase == "hold-drop" and snapshot.floor > 0.9  # the floor dropped, in the routine's hold
    assert not editor.preview.timer.isActive()


def test_the_figure_follows_the_routine_being_edited(open_editor):
    editor = open_editor()
    row = editor.form.blocks[0].rows()[1]
    row.progressive.setChecked(False)
    row.phase.setCurrentIndex(row.phase.findData("hold-squeeze"))
    editor.form.blocks[0].rows()[2].seconds.setValue(30)  # now the longest step: the still shows it
    assert editor.preview.view.snapshot.phase == "return"
    editor.form.blocks[0].rows()[2].progressive.setChecked(True)
    assert editor.preview.view.snapshot.phase == "return"
    editor.form.blocks[0].rows()[2].progressive.setChecked(False)
    editor.form.blocks[0].rows()[2].seconds.setValue(1)
    assert editor.preview.view.snapshot.phase == "hold-squeeze" and editor.preview.view.snapshot.floor < 0


def test_one_rep_plays_then_the_timer_stops(open_editor, clock):
    editor = open_editor()
    editor.preview.play.click()
    assert editor.preview.timer.isActive() and editor.preview.play.text() == "Stop"
    play_for(editor, clock, 1.0)
    assert editor.preview.view.snapshot.state is SessionState.RUNNING
    assert editor.preview.view.snapshot.phase == "drop"

    play_for(editor, clock, 12.5)  # one rep is 3 + 5 + 5 s

    assert not editor.preview.timer.isActive()
    assert editor.preview.play.text() == "Play one rep"
    assert editor.preview.view.snapshot.phase == "hold-drop"  # back to the still


def test_stop_and_an_edit_each_stop_the_timer(open_editor, clock):
    editor = open_editor()
    editor.preview.play.click()
    editor.preview.play.click()
    assert not editor.preview.timer.isActive()
    editor.preview.play.click()
    editor.form.sets.setValue(2)
    assert not editor.preview.timer.isActive()


def test_the_timer_stops_when_the_editor_closes(qtbot, open_editor, clock):
    for close in ("reject", "close"):
        editor = open_editor()
        editor.show()
        qtbot.waitExposed(editor)
        editor.preview.play.click()
        play_for(editor, clock, 0.5)
        assert editor.preview.timer.isActive()
        getattr(editor, close)()
        assert not editor.preview.timer.isActive(), close


def test_a_routine_with_problems_has_nothing_to_play(open_editor):
    editor = open_editor()
    editor.form.blocks[0].rows()[0].seconds.setValue(0)
    assert not editor.preview.play.isEnabled()
    assert editor.preview.view.snapshot.phase == "hold-drop"  # the last good figure stays in view
