"""The baselines: a bare PySide6 window, and a bare pyqtgraph ``PlotWidget`` window, each painted once.

``python -m bench.bare_window qt|pyqtgraph`` opens the window, waits until it has really painted, and exits;
the start-up bench times the whole process, exactly as it times ``python -m trainer --smoke``. With
``--rss`` it prints its peak memory, the baseline for the app's memory after opening Progress.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from bench.sampling import emit, peak_rss_kib


class _FirstPaint(QObject):
    """Quits the event loop once any widget has painted, after that paint (and its flush) has finished."""

    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main(argv: list[str]) -> int:
    kind = argv[0]
    app = QApplication([])
    window = QMainWindow()
    window.resize(960, 640)
    if kind == "pyqtgraph":
        import pyqtgraph

        plot = pyqtgraph.PlotWidget()
        plot.plot([0, 1, 2, 3], [1, 3, 2, 4])
        window.setCentralWidget(plot)
    elif kind != "qt":
        raise SystemExit(f"unknown baseline {kind!r}")
    watcher = _FirstPaint()
    app.installEventFilter(watcher)
    window.show()
    app.exec()
    if "--rss" in argv:
        emit({"rss_kib": peak_rss_kib()})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
