"""Remembering every QTimer a test starts, single-shot ones included, so the UI conftest can fail a test
that leaves one running. ``QTimer.singleShot`` hides its timer inside Qt, so while recording it is served by
an ordinary, remembered single-shot QTimer instead.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

_started: list[weakref.ref] = []
_original_start = QTimer.start
# The raw staticmethod, so putting it back leaves QTimer exactly as PySide6 made it.
_original_single_shot = QTimer.__dict__["singleShot"]


def _recording_start(self, *args):
    _started.append(weakref.ref(self))
    return _original_start(self, *args)


def running_timers() -> list[QTimer]:
    """The timers started in this test that are still running."""
    return [timer for timer in (ref() for ref in _started) if timer is not None and _is_active(timer)]


def _is_active(timer: QTimer) -> bool:
    try:
        return timer.isActive()
    except RuntimeError:  # the C++ object is already gone, which is fine
        return False


def _recording_single_shot(msec: int, *args) -> None:
    """``QTimer.singleShot(msec, [timer_type,] [context,] functor)`` on a timer the leak check can see."""
    args = list(args)
    timer_type = args.pop(0) if isinstance(args[0], Qt.TimerType) else Qt.TimerType.CoarseTimer
    functor = args.pop()
    # Parented to the context object as Qt does, so the call is dropped if the context is deleted first.
    context = args[0] if args else QApplication.instance()
    timer = QTimer(context)
    timer.setObjectName(f"singleShot({msec}, {getattr(functor, '__qualname__', functor)})")
    timer.setSingleShot(True)
    timer.setTimerType(timer_type)
    timer.timeout.connect(functor)
    timer.timeout.connect(timer.deleteLater)
    _recording_start(timer, msec)


def start_recording() -> None:
    _started.clear()
    QTimer.start = _recording_start
    QTimer.singleShot = staticmethod(_recording_single_shot)


def stop_recording() -> None:
    QTimer.start = _original_start
    QTimer.singleShot = _original_single_shot
    _started.clear()
