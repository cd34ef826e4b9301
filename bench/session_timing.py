"""Phase timing under the real event loop: a 60-second routine of 0.5-2 s phases on the real timer and clock.

Run as a child (``python -m bench.session_timing``): the real main window is shown (offscreen) and its own
session controller runs the routine with the real ``MonotonicClock``. A slot connected after the page's own
records ``time.monotonic()`` as each ``phase_changed`` reaches the UI; lateness is that moment minus the
session's start plus the event's ``scheduled_s``. The last event is the session's end, so its lateness is the
drift accumulated over the whole minute.

The same run samples the process's own CPU time at the phase changes nearest 20 s and 30 s: a 10-second
window of a running session, measured without adding a timer of its own.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.history_data import copy_data_dir
from bench.sampling import emit, percentile, run_child
from trainer.core.routines import parse_routine

# Five phases adding up to 6 s, ten times: 60 s, 51 boundaries, some on whole milliseconds and some not.
CYCLE = (("drop", 0.5), ("hold-drop", 2.0), ("return", 1.25), ("inhale", 0.75), ("exhale", 1.5))
CPU_WINDOW_S = (20.0, 30.0)


def sixty_second_routine():
    data = {
        "format": 1, "id": "bench-60s", "title": "Bench minute", "audience": "everyone", "kind": "combined",
        "summary": "Short phases for timing.", "positions": ["sitting"], "instructions": ["Breathe."],
        "lead_in_s": 0, "sets": 1, "rest_between_sets_s": 0,
        "blocks": [{"reps": 10, "cycle": [{"phase": p, "s": s, "cue": p} for p, s in CYCLE]}],
    }
    return parse_routine(data, Path("bench-60s.json"))


class _Recorder:
    """Collects, per phase change, its lateness and the process CPU time at that moment."""

    def __init__(self, controller) -> None:
        self.controller = controller
        self.origin: float | None = None
        self.late_ms: list[float] = []
        self.samples: list[tuple[float, float, float]] = []  # (scheduled_s, monotonic, process_time)

    def on_phase_changed(self, event) -> None:
        now = time.monotonic()
        cpu = time.process_time()
        if self.origin is None:
            # The first event is the start itself: recover the engine's zero from its own elapsed time.
            self.origin = now - self.controller.engine.elapsed(now)
        self.late_ms.append((now - (self.origin + event.scheduled_s)) * 1000.0)
        self.samples.append((event.scheduled_s, now, cpu))

    def cpu_pct(self) -> float:
        start = next(s for s in self.samples if s[0] >= CPU_WINDOW_S[0])
        end = next(s for s in self.samples if s[0] >= CPU_WINDOW_S[1])
        return 100.0 * (end[2] - start[2]) / (end[1] - start[1])


def main(argv: list[str]) -> int:
    from bench.app_window import close_window, open_window

    app, window = open_window(Path(argv[0]))
    controller = window.train_page.controller
    controller.load(sixty_second_routine(), coupling="inhale-release")
    recorder = _Recorder(controller)
    controller.phase_changed.connect(recorder.on_phase_changed)
    controller.session_finished.connect(lambda _record: app.quit())
    controller.toggle()
    app.exec()
    close_window(window)
    late = recorder.late_ms
    emit({"late_ms": late, "end_drift_ms": late[-1], "events": len(late), "session_cpu_pct": recorder.cpu_pct()})
    return 0



def _summary(result: dict, suffix: str) -> dict[str, float]:
    late = result["late_ms"]
    return {f"phase_max_late{suffix}_ms": max(late), f"phase_p95_late{suffix}_ms": percentile(late, 0.95),
            f"phase_end_drift{suffix}_ms": result["end_drift_ms"]}


def run(template: Path, scratch: Path) -> dict[str, float]:
    """The minute twice: on a quiet machine, then with the other core kept busy by a spinning process."""
    quiet = run_child("session_timing", str(copy_data_dir(template, scratch / "timing-quiet")))
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        loaded = run_child("session_timing", str(copy_data_dir(template, scratch / "timing-loaded")))
    finally:
        spinner.kill()
        spinner.wait()
    figures = _summary(quiet, "")
    figures.update(_summary(loaded, "_loaded"))
    figures["session_cpu_pct"] = quiet["session_cpu_pct"]
    figures["session_cpu_loaded_pct"] = loaded["session_cpu_pct"]
    return figures


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
