"""Start-up: ``python -m trainer --smoke`` against a bare PySide6 window and a bare pyqtgraph window.

Each run is a fresh process, timed from launch to exit, so all three pay the same interpreter start and Qt
teardown and the ratios isolate what the app adds. The three alternate within each round (app, Qt, pyqtgraph,
app, ...) so that a colleague's burst of work on the shared machine hits them alike.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.history_data import copy_data_dir
from bench.sampling import ROOT, child_env, median

PAIRS = 7


def _time_process(command: list[str]) -> float:
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, env=child_env(), cwd=ROOT)
    elapsed = (time.perf_counter() - start) * 1000.0
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stderr.decode()[-2000:]}")
    return elapsed


def run(template: Path, scratch: Path) -> dict[str, float]:
    """``template`` is a returning user's data dir: ten years of history, the safety notice accepted."""
    commands = {
        "qt": [sys.executable, "-m", "bench.bare_window", "qt"],
        "pyqtgraph": [sys.executable, "-m", "bench.bare_window", "pyqtgraph"],
    }
    times: dict[str, list[float]] = {"app": [], "qt": [], "pyqtgraph": []}
    data_dir = copy_data_dir(template, scratch / "startup")
    app = [sys.executable, "-m", "trainer", "--smoke", "--data-dir", str(data_dir)]
    _time_process(app)  # warms the disk cache for everyone, so the first pair is not an outlier
    for _ in range(PAIRS):
        for name in ("qt", "pyqtgraph"):
            times["app"].append(_time_process(app))
            times[name].append(_time_process(commands[name]))
    app_ms = median(times["app"])
    return {
        "startup_app_ms": app_ms,
        "startup_qt_ms": median(times["qt"]),
        "startup_pyqtgraph_ms": median(times["pyqtgraph"]),
        "startup_ratio_vs_qt": app_ms / median(times["qt"]),
        "startup_ratio_vs_pyqtgraph": app_ms / median(times["pyqtgraph"]),
    }
