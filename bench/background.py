"""CPU with the app out of sight: idle with reminders on, and a session running with the window hidden.

Run as a child (``python -m bench.background MODE DATA_DIR``), each against its bare baseline in the same run:
``idle`` measures 10 s of the idle window without and then with the reminder companion armed (a reminder
hours away), counting timer events as ``idle_cpu`` does; ``session`` measures 10 s of a session with the window
shown, then 10 s with it hidden to the tray and sound on, when the controller should wake only at phase
boundaries.
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer

from bench.app_window import open_window_with_state
from bench.history_data import copy_data_dir
from bench.idle_cpu import _TimerEvents, _run_loop
from bench.sampling import emit, run_child

MEASURE_S = 10.0
SETTLE_S = 2.0  # as idle_cpu: past the idle warm-up, which ends about 0.7 s in


def _measure(app, stopper: QTimer) -> tuple[float, int]:
    counter = _TimerEvents(stopper)
    app.installEventFilter(counter)
    cpu, wall = time.process_time(), time.monotonic()
    _run_loop(app, MEASURE_S, stopper)
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    app.removeEventFilter(counter)
    return 100.0 * cpu / wall, counter.count


def main(argv: list[str]) -> int:
    from bench.app_window import close_window
    from trainer.core.wall_time import local_now
    from trainer.ui.shell.companion import Companion

    mode, data_dir = argv[0], Path(argv[1])
    app, state, window = open_window_with_state(data_dir)
    stopper = QTimer()
    stopper.setSingleShot(True)
    # exit(), not quit(): Qt 6's quit() first closes every window, which would end the session being measured
    # (and hide the window of an idle one).
    stopper.timeout.connect(lambda: app.exit(0))
    _run_loop(app, SETTLE_S, stopper)
    if mode == "idle":
        bare_cpu, bare_events = _measure(app, stopper)
        later = (local_now() + timedelta(hours=6)).strftime("%H:%M")
        state.change_settings(state.settings.replace(reminders=(later,)))
        Companion(window, state, tray=False)
        _run_loop(app, SETTLE_S, stopper)
        cpu, events = _measure(app, stopper)
        result = {"idle_bare_cpu_pct": bare_cpu, "idle_bare_timer_events": bare_events,
                  "idle_reminders_cpu_pct": cpu, "idle_reminders_timer_events": events}
    else:
        state.change_settings(state.settings.replace(sound=True, sound_theme="soft", spoken_cues=False))
        page = window.train_page
        page.select_routine("reverse-kegel-women")
        page.controller.toggle()
        shown_cpu, shown_events = _measure(app, stopper)
        page.set_in_tray(True)
        window.hide()
        hidden_cpu, hidden_events = _measure(app, stopper)
        page.controller.stop()
        result = {"shown_session_cpu_pct": shown_cpu, "shown_session_timer_events": shown_events,
                  "hidden_session_cpu_pct": hidden_cpu, "hidden_session_timer_events": hidden_events}
    close_window(window)
    emit(result)
    return 0


def run(template: Path, scratch: Path) -> dict[str, float]:
    figures = run_child("background", "idle", str(copy_data_dir(template, scratch / "background-idle")))
    figures.update(run_child("background", "session", str(copy_data_dir(template, scratch / "background-session"))))
    return figures


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
