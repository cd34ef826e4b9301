"""CPU with the window open and no session: 10 s of the real event loop, from the process's own CPU time.

Run as a child (``python -m bench.idle_cpu``). The window is the real one on ten years of history, left on
the Train page with a routine loaded and ready, as a user leaves it all day. Besides the CPU share it counts
the timer events the app received in that window (the harness's own stop timer excepted): an idle app
should have none, since a timer that fires is a wake-up.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from bench.history_data import copy_data_dir
from bench.sampling import emit, run_child

IDLE_S = 10.0
SETTLE_S = 2.0  # the idle warm-up (imports, then the Progress page built unseen) ends about 0.7 s in


class _TimerEvents(QObject):
    """Counts timer events delivered anywhere in the app, except to the one timer named ``ignore``."""

    def __init__(self, ignore: QObject) -> None:
        super().__init__()
        self.ignore = ignore
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer and watched is not self.ignore:
            self.count += 1
        return False


def _run_loop(app, seconds: float, stopper: QTimer) -> None:
    stopper.start(int(seconds * 1000))
    app.exec()


def main(argv: list[str]) -> int:
    from bench.app_window import close_window, open_window

    app, window = open_window(Path(argv[0]))
    stopper = QTimer()
    stopper.setSingleShot(True)
    # exit(), not quit(): Qt 6's quit() first closes every window, and the 10 s measured would then be of a
    # closed window, not of the open one a person leaves on their screen.
    stopper.timeout.connect(lambda: app.exit(0))
    # Let anything deferred at start-up (first paints, posted events) finish before measuring.
    _run_loop(app, SETTLE_S, stopper)
    counter = _TimerEvents(stopper)
    app.installEventFilter(counter)
    cpu, wall = time.process_time(), time.monotonic()
    _run_loop(app, IDLE_S, stopper)
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    app.removeEventFilter(counter)
    if not window.isVisible():
        raise RuntimeError("the window closed while its idle CPU was measured")
    close_window(window)
    emit({"idle_cpu_pct": 100.0 * cpu / wall, "idle_timer_events": counter.count})
    return 0


def run(template: Path, scratch: Path) -> dict[str, float]:
    result = run_child("idle_cpu", str(copy_data_dir(template, scratch / "idle")))
    return {"idle_cpu_pct": result["idle_cpu_pct"], "idle_timer_events": result["idle_timer_events"]}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
