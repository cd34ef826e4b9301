"""The Train page: choosing and reading a routine, the keyboard, saving sessions, and the summary."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trainer.core.engine import SessionState
from trainer.core.routines import Catalog
from trainer.core.store import Store
from trainer.ui.audio import sound_cues
from trainer.ui.audio.sound_cues import SoundCues
from trainer.ui.state import AppState
from trainer.ui.train.page import DETAILS_MIN_HEIGHT, TrainPage

from helpers.sessions import run, tiny_routine

# Taken at import, before the suite's autouse fixture swaps in a silent stand-in.
REAL_SOUND_EFFECT = sound_cues.qt_sound_effect


def history(store: Store) -> list[dict]:
    path = store.data_dir / "history.json"
    return json.loads(path.read_text())["sessions"] if path.exists() else []


@pytest.fixture
def page(qtbot, state, catalog, clock):
    widget = TrainPage(state, catalog, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    return widget


@pytest.fixture
def shown(qtbot, page):
    """The page on (offscreen) screen with the keyboard focus, as the keyboard tests need."""
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.picker.list.setFocus()
    return page


@pytest.fixture
def tiny_page(qtbot, state, clock):
    widget = TrainPage(state, Catalog((tiny_routine(),), ()), clock=clock)
    qtbot.addWidget(widget)
    return widget


def close_summary(page: TrainPage) -> None:
    if page.summary_dialog is not None:
        page.summary_dialog.accept()


def test_the_first_routine_is_ready_when_nothing_was_chosen_before(page):
    assert page.picker.current_routine().id == "reverse-kegel-women"
    assert page.controller.snapshot.state is SessionState.READY
    assert page.view.snapshot.routine_title == "Reverse Kegels for women"
    assert not page.session_active()


def test_every_routine_and_readable_details_fit_the_smallest_default_window(qtbot, page):
    """At the Train page's size in a 1000 x 680 window all six cards are in view, whole, above the details."""
    from trainer.ui.look.theme import apply_theme

    apply_theme(QApplication.instance(), "light")  # the app's look sizes the chips, as it always does
    page.resize(1000, 588)
    page.show()
    qtbot.waitExposed(page)
    listing = page.picker.list
    viewport = listing.viewport().rect()
    cards = [listing.visualItemRect(listing.item(row)) for row in range(listing.count())]
    assert len(cards) == 6 and all(viewport.contains(card) for card in cards)
    assert listing.verticalScrollBar().maximum() == 0
    # Measured in the app's own look (192 px here), which the test once left out: some eight lines of text.
    assert page.details.height() >= 180
    page.picker.set_filter("breath")
    qtbot.waitUntil(lambda: page.details.height() > 350)  # a shorter list leaves the details more room


def test_a_short_window_scrolls_the_list_before_squeezing_the_details(qtbot, page):
    page.resize(900, 440)
    page.show()
    qtbot.waitExposed(page)
    assert page.details.height() >= DETAILS_MIN_HEIGHT
    assert page.picker.list.verticalScrollBar().maximum() > 0


def test_picking_a_routine_shows_its_details(page, catalog):
    assert page.select_routine("breath-drop")
    routine = catalog.get("breath-drop")
    details = page.details
    assert details.title.text() == routine.title
    assert routine.instructions[0].split(",")[0] in details.steps.text()
    assert routine.feel[0].split(",")[0] in details.feel.text()
    assert routine.positions[0].split(",")[0] in details.positions.text()
    assert [box.text() for box in details.checklist] == [
        "I have emptied my bladder", "I'm not in the middle of a core workout", "I'll stop if anything hurts"]
    assert page.controller.snapshot.routine_title == routine.title


def test_select_routine_refuses_an_unknown_id(page):
    assert page.select_routine("unknown") is False
    assert page.picker.current_routine().id == "reverse-kegel-women"


def test_the_last_routine_is_remembered_for_next_time(qtbot, page, store, catalog, clock):
    page.select_routine("kegel-men")
    assert json.loads(store.settings_path.read_text())["last_routine_id"] == "kegel-men"
    again = TrainPage(AppState.open(store.data_dir), catalog, clock=clock)
    qtbot.addWidget(again)
    assert again.picker.current_routine().id == "kegel-men"


def test_opening_the_page_writes_no_settings(page, store):
    assert not store.settings_path.exists()


def test_the_hold_length_is_offered_for_progressive_routines_and_saved(page, store):
    page.show()
    page.select_routine("reverse-kegel-women")
    assert page.details.hold_box.isVisible()
    assert page.details.hold.value() == 5
    page.details.hold.setValue(8)
    assert json.loads(store.settings_path.read_text())["hold_s"] == {"reverse-kegel-women": 8.0}
    assert page.controller.engine.hold_s == 8.0
    assert page.controller.snapshot.total_s == 5 + 10 * (3 + 8 + 5)
    page.select_routine("breath-drop")
    assert not page.details.hold_box.isVisible()
    page.select_routine("reverse-kegel-women")
    assert page.details.hold.value() == 8


def test_space_starts_pauses_and_resumes_and_escape_stops(qtbot, shown, store, clock):
    page = shown
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controller.snapshot.state is SessionState.RUNNING
    assert page.controller.timer.isActive()
    run(page.controller, clock, 6.0)  # past the 5 s lead-in, so there is something to keep
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controller.snapshot.state is SessionState.PAUSED
    assert not page.controller.timer.isActive()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controller.snapshot.state is SessionState.RUNNING
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.controller.snapshot.state is SessionState.STOPPED
    assert not page.controller.timer.isActive()
    [entry] = history(store)
    assert entry["outcome"] == "stopped" and entry["duration_s"] == 6.0
    close_summary(page)


def test_the_right_arrow_skips_a_phase(qtbot, shown):
    page = shown
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.controller.snapshot.kind == "lead-in"
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.controller.snapshot.phase == "drop"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    close_summary(page)


def test_space_on_a_focused_check_box_ticks_it_instead_of_starting(qtbot, shown):
    box = shown.details.checklist[0]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert shown.controller.snapshot.state is SessionState.READY


def test_the_buttons_follow_the_session(qtbot, page, clock):
    controls = page.controls
    assert controls.toggle_button.text() == "Start" and controls.toggle_button.isEnabled()
    assert not controls.stop_button.isEnabled() and not controls.hurts_button.isEnabled()
    qtbot.mouseClick(controls.toggle_button, Qt.MouseButton.LeftButton)
    assert controls.toggle_button.text() == "Pause"
    assert controls.stop_button.isEnabled() and controls.hurts_button.isEnabled()
    assert controls.toggle_button.accessibleName() == "Pause"
    assert all(button.accessibleName() for button in
               (controls.skip_button, controls.stop_button, controls.hurts_button))
    run(page.controller, clock, 6.0)
    qtbot.mouseClick(controls.stop_button, Qt.MouseButton.LeftButton)
    assert controls.toggle_button.text() == "Start again"
    close_summary(page)


def test_the_sidebar_steps_aside_during_a_session(page):
    page.show()
    page.controller.toggle()
    assert not page.sidebar.isVisible()
    page.controller.stop()
    assert page.sidebar.isVisible()
    close_summary(page)


def test_this_hurts_stops_with_outcome_discomfort_and_kind_advice(qtbot, tiny_page, store, clock):
    page = tiny_page
    page.controller.toggle()
    run(page.controller, clock, 2.5)
    qtbot.mouseClick(page.controls.hurts_button, Qt.MouseButton.LeftButton)
    [entry] = history(store)
    assert entry["outcome"] == "discomfort"
    assert entry["reps_completed"] == 0 and entry["duration_s"] == 2.5
    dialog = page.summary_dialog
    assert dialog.heading.text() == "Rest now"
    assert "pelvic-health physiotherapist" in dialog.advice.text()
    close_summary(page)


def test_the_summary_shows_the_session_today_and_the_streak(tiny_page, clock):
    page = tiny_page
    page.controller.toggle()
    run(page.controller, clock, 5.5)
    dialog = page.summary_dialog
    assert dialog.isVisible()
    assert dialog.heading.text() == "Well done"
    assert dialog.figure_labels["Reps"].text() == "2 of 2"
    assert dialog.figure_labels["Sets"].text() == "1"
    assert dialog.figure_labels["Time"].text() == "5 s"
    assert dialog.today_label.text().startswith("1 of 3 sets today")
    assert dialog.streak_label.text() == "1 day of practice in a row."
    close_summary(page)


def test_feedback_from_the_summary_is_added_to_the_saved_session(tiny_page, state, store, clock):
    page = tiny_page
    recorded = []
    state.session_recorded.connect(recorded.append)
    page.controller.toggle()
    run(page.controller, clock, 5.5)
    [saved] = history(store)
    assert saved["discomfort"] is None
    page.summary_dialog.rating.setValue(2)
    page.summary_dialog.note.setText("  a little tight on the left  ")
    page.summary_dialog.accept()
    [entry] = history(store)
    assert entry["id"] == saved["id"]
    assert entry["discomfort"] == 2 and entry["note"] == "a little tight on the left"
    assert [record.discomfort for record in recorded] == [None, 2]
    assert page.summary_dialog is None


def test_a_summary_closed_without_feedback_changes_nothing(tiny_page, store, clock):
    page = tiny_page
    page.controller.toggle()
    run(page.controller, clock, 5.5)
    before = (store.data_dir / "history.json").read_bytes()
    page.summary_dialog.accept()
    assert (store.data_dir / "history.json").read_bytes() == before


def test_a_read_only_history_gives_a_calm_notice_and_no_record(qtbot, data_dir, clock):
    """A history from a newer version of the app is opened read-only: the session cannot be kept."""
    (data_dir / "history.json").write_text('{"schema_version": 99, "sessions": []}')
    store = Store.open(data_dir)
    assert store.read_only
    state = AppState(store)
    page = TrainPage(state, Catalog((tiny_routine(),), ()), clock=clock)
    qtbot.addWidget(page)
    recorded = []
    state.session_recorded.connect(recorded.append)
    page.controller.toggle()
    run(page.controller, clock, 5.5)
    assert recorded == []
    assert "could not be saved" in page.notice.text()
    assert page.summary_dialog.rating is None
    close_summary(page)


def test_closing_the_window_during_a_session_keeps_what_was_done(qtbot, tiny_page, store, clock):
    page = tiny_page
    page.show()
    qtbot.waitExposed(page)
    page.controller.toggle()
    run(page.controller, clock, 3.5)
    page.close()
    [entry] = history(store)
    assert entry["outcome"] == "stopped" and entry["reps_completed"] == 1
    assert page.summary_dialog is None
    assert not page.controller.timer.isActive()


def test_phase_changes_are_announced_to_screen_readers(tiny_page, clock):
    page = tiny_page
    page.controller.toggle()
    assert page.last_announcement == "Get ready. Settle in and breathe"
    run(page.controller, clock, 1.0)
    assert page.last_announcement == "Drop. Breathe in · Let go"
    assert page.view.accessibleDescription() == page.last_announcement
    page.controller.stop()
    close_summary(page)


def test_settings_switch_reduced_motion_and_the_breath_coupling(page, state):
    state.change_settings(state.settings.replace(reduced_motion=True, breath_coupling="exhale-release"))
    assert page.view.reduced_motion()
    assert page.controller.engine.coupling == "exhale-release"


# Qt's complaint about the missing file is this test's very premise.
@pytest.mark.qt_log_ignore("QSoundEffect: Error decoding source")
def test_a_missing_chime_never_disturbs_a_session(qtbot, state, store, clock, tmp_path, monkeypatch):
    """The chime really tries the missing file at every phase, stays silent, and the session runs to its end."""
    # The real QSoundEffect, which the suite otherwise replaces: it fails on decoding, before any audio output.
    monkeypatch.setattr(sound_cues, "qt_sound_effect", REAL_SOUND_EFFECT)
    store.save_settings(store.settings.replace(sound=True, spoken_cues=False))
    chime = SoundCues(source=tmp_path / "missing.wav")
    page = TrainPage(state, Catalog((tiny_routine(),), ()), clock=clock, sounds=chime)
    qtbot.addWidget(page)
    asked = []
    chime.play = lambda kind: (asked.append(kind), SoundCues.play(chime, kind))
    page.controller.toggle()
    run(page.controller, clock, 5.5)
    # The lead-in, four phases and the end: each one reached the player.
    assert asked == ["rest", "in", "out", "in", "out", "end"]
    # The failed load (Qt reports it asynchronously) goes quiet for good, and says so for Settings.
    qtbot.waitUntil(lambda: not chime.enabled, timeout=5000)
    assert chime.unavailable_reason
    assert page.last_announcement == "Session complete"
    assert history(store)[0]["outcome"] == "completed"
    close_summary(page)


def test_two_sets_rest_between_them_and_both_are_recorded(qtbot, store, clock):
    """Lead-in 1 s, set 1 (4 s), a 1 s rest, set 2 (4 s): the rest shows as set 1 of 2, the record says 2 sets."""
    page = TrainPage(AppState(store), Catalog((tiny_routine(sets=2, rest_between_sets_s=1),), ()), clock=clock)
    qtbot.addWidget(page)
    snapshots = []
    page.controller.snapshot_changed.connect(snapshots.append)
    page.controller.toggle()
    assert page.controller.snapshot.total_s == 10
    run(page.controller, clock, 5.5)
    rest = page.controller.snapshot
    assert (rest.kind, rest.set, rest.sets, rest.rep) == ("set-rest", 1, 2, 0)
    assert rest.cue == "Rest between sets" and page.last_announcement == "Rest between sets"
    run(page.controller, clock, 5.0)
    resting = [snap for snap in snapshots if snap.kind == "set-rest"]
    assert resting and {(snap.set, snap.sets) for snap in resting} == {(1, 2)}
    assert {snap.set for snap in snapshots if snap.kind == "phase"} == {1, 2}
    assert [snap.kind for snap in snapshots][-1] == "done"
    [entry] = history(store)
    assert entry["outcome"] == "completed"
    assert entry["sets_completed"] == 2 and entry["reps_completed"] == 4 and entry["reps_planned"] == 4
    assert entry["duration_s"] == 10.0
    close_summary(page)


def test_a_suspend_gap_shows_the_session_paused(tiny_page, clock):
    """Ten seconds between ticks (the computer slept): the page shows a pause instead of skipping phases."""
    page = tiny_page
    page.controller.toggle()
    run(page.controller, clock, 1.5)
    clock.advance(10.0)
    page.controller.tick()
    assert page.view.content().line == "Paused while you were away"
    assert page.view.snapshot.phase == "drop"
    assert page.controls.toggle_button.text() == "Resume"
    assert page.last_announcement == "Paused while you were away"
    assert not page.controller.timer.isActive()
    page.controller.stop()
    close_summary(page)


def test_session_buttons_never_overlap_in_a_narrow_window(qtbot, page):
    """At the window's smallest width "This hurts — stop" moves below the others instead of over them."""
    page.resize(760, 540)
    page.show()
    qtbot.waitExposed(page)
    controls = page.controls
    buttons = [controls.toggle_button, controls.skip_button, controls.stop_button, controls.hurts_button]
    rects = [button.geometry() for button in buttons]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert all(controls.rect().contains(rect) for rect in rects)
    page.resize(1400, 760)
    qtbot.waitUntil(lambda: not controls.wrapped())
    assert controls.hurts_button.geometry().top() == controls.toggle_button.geometry().top()


def test_hiding_the_window_to_the_tray_keeps_a_heard_session_going(tiny_page, clock, qtbot):
    """Sound on (the default): hidden to the tray, the session goes on, waking only at boundaries."""
    tiny_page.show()
    qtbot.waitExposed(tiny_page)
    tiny_page.controller.toggle()
    tiny_page.set_in_tray(True)
    tiny_page.hide()
    assert tiny_page.session_active()
    assert tiny_page.controller.runs_unseen
    assert tiny_page.controller.timer.interval() == 1000
    tiny_page.controller.stop()
    close_summary(tiny_page)


def test_closing_the_window_still_stops_and_keeps_the_session(tiny_page, clock, qtbot, store):
    tiny_page.show()
    qtbot.waitExposed(tiny_page)
    tiny_page.controller.toggle()
    run(tiny_page.controller, clock, 1.5)
    tiny_page.hide()
    assert not tiny_page.session_active()
    assert history(store)[0]["outcome"] == "stopped"
