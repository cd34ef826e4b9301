"""A one-off signal for "the window has painted": what is not part of the first picture waits for it.

The window's own Paint event comes first in a frame (a parent paints before the children drawn over it), so
a filter on the window alone sees it, at the cost of looking at the window's events only, and only until then;
``painted`` follows on the next turn of the event loop, after that whole first frame. With ``at_the_latest_ms``
it comes then even if nothing has painted: a window mapped on another workspace may not paint for a long
time, and what waits for it (the history, the tray, the reminders) must not wait with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    painted = Signal()

    def __init__(self, window: QWidget, at_the_latest_ms: int | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._done = False
        window.installEventFilter(self)
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.timeout.connect(self._on_latest_timeout)
        if at_the_latest_ms is not None:
            self._latest.start(at_the_latest_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._finish)
        return False

    def _on_latest_timeout(self) -> None:
        self._window.removeEventFilter(self)
        self._finish()

    def _finish(self) -> None:
        if not self._done:
            self._done = True
            self._latest.stop()
            self.painted.emit()
