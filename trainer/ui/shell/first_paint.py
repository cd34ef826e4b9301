"""A one-off signal for "the window has painted": what is not part of the first picture waits for it.

The first Paint event of any widget in the window is caught by an application-wide event filter, which then
removes itself; ``painted`` follows on the next turn of the event loop, after that whole first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._seen = False
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self._window):
            self._seen = True
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, self.painted.emit)
        return False
