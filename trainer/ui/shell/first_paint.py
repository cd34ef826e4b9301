"""A one-off signal for "the window has painted": what is not part of the first picture waits for it.

The window's own Paint event comes first in a frame (a parent paints before the children drawn over it), so
a filter on the window alone sees it, at the cost of looking at the window's events only, and only until then;
``painted`` follows on the next turn of the event loop, after that whole first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted.emit)
        return False
