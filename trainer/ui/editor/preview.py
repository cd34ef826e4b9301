"""A small preview of the figure for the routine being edited: still on the first hold, or one rep played.

Idle, it shows the figure partway through the routine's hold (its progressive step, else its longest), and no
timer runs. "Play one rep" runs one cycle of the first block at its real pace through the Train page's own
``PistonView``; the timer stops at the rep's end, on "Stop", on any edit, and when the preview is hidden.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from trainer.core.clock import Clock, MonotonicClock
from trainer.core.engine import SessionEngine, SessionState, Snapshot
from trainer.core.routines import Block, Routine
from trainer.ui.piston.view import PistonView

TICK_MS = 33  # a small figure: 30 frames a second are smooth enough
_STEP_S = 1.0  # the still frame is reached in steps under the engine's 3 s gap, so it never counts as a pause


def one_rep(routine: Routine) -> Routine:
    """``routine`` cut to one cycle of its first block: no lead-in, one set."""
    block = routine.blocks[0]
    return replace(routine, lead_in_s=0, sets=1, rest_between_sets_s=0, blocks=(Block(1, block.cycle),))


def still_snapshot(routine: Routine) -> Snapshot:
    """The figure two thirds into the rep's hold step."""
    rep = one_rep(routine)
    cycle = rep.blocks[0].cycle
    hold = max(range(len(cycle)), key=lambda i: (cycle[i].progressive, cycle[i].s))
    at = sum(step.s for step in cycle[:hold]) + cycle[hold].s * 2 / 3
    engine = SessionEngine(rep)
    engine.start(0.0)
    now = 0.0
    while now + _STEP_S < at:
        now += _STEP_S
        engine.snapshot(now)
    return engine.snapshot(at)


class FigurePreview(QWidget):
    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or MonotonicClock()
        self._routine: Routine | None = None
        self._engine: SessionEngine | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("editor-preview-tick")
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.view = PistonView(self)
        self.view.setMinimumSize(220, 240)
        self.view.setAccessibleName(self.tr("Preview of the figure"))
        self.play = QPushButton(self.tr("Play one rep"), self)
        self.play.setEnabled(False)
        self.play.clicked.connect(self._on_play_clicked)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.play)

    def set_reduced_motion(self, reduced: bool) -> None:
        self.view.set_reduced_motion(reduced)

    def show_routine(self, routine: Routine | None) -> None:
        """Show ``routine`` still; stops any rep playing. None (the routine has problems) keeps the last
        figure in view, with nothing to play, until the form is right again."""
        self.stop()
        self.play.setEnabled(routine is not None)
        if routine is not None:
            self._routine = routine
            self.view.set_snapshot(still_snapshot(routine))

    def playing(self) -> bool:
        return self.timer.isActive()

    def stop(self) -> None:
        if self._engine is None:
            return
        self.timer.stop()
        self._engine = None
        self.play.setText(self.tr("Play one rep"))
        if self._routine is not None:
            self.view.set_snapshot(still_snapshot(self._routine))

    def _on_play_clicked(self) -> None:
        if self._engine is not None:
            self.stop()
            return
        if self._routine is None or not self.play.isEnabled():
            return
        self._engine = SessionEngine(one_rep(self._routine))
        self._engine.start(self._clock.now())
        self.play.setText(self.tr("Stop"))
        self.timer.start()
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        if self._engine is None:
            return
        snapshot = self._engine.snapshot(self._clock.now())
        self.view.set_snapshot(snapshot)
        if snapshot.state is not SessionState.RUNNING:
            self.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)
