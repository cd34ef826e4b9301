"""The timer-leak check sees every kind of timer a test can start, single-shot ones included."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from helpers.timers import running_timers


def test_a_pending_single_shot_is_seen_by_the_leak_check(qtbot):
    fired = []
    QTimer.singleShot(60_000, lambda: fired.append(1))
    [pending] = running_timers()
    assert pending.isSingleShot() and pending.interval() == 60_000
    pending.stop()  # so this test itself leaves nothing running
    assert running_timers() == []


def test_a_single_shot_still_fires_and_honours_its_context(qtbot):
    fired = []
    context = QObject()
    QTimer.singleShot(0, context, lambda: fired.append("with context"))
    QTimer.singleShot(0, lambda: fired.append("plain"))
    qtbot.waitUntil(lambda: len(fired) == 2)
    assert sorted(fired) == ["plain", "with context"]
    assert running_timers() == []
