"""Start-up: ``python -m trainer --smoke`` against a bare PySide6 window and a bare pyqtgraph window.

Each run is a fresh process, timed from launch to exit, so all of them pay the same interpreter start and Qt
teardown and the ratios isolate what the app adds. Within each round the runs alternate (app, Qt, app,
pyqtgraph) so that a colleague's burst of work on the shared machine hits them alike.

The headline figures start the app on a new, empty data dir: the app's own start-up. A returning user with
ten years of history also waits for the history to load; that run is reported beside them, and the load
itself has its own budget (history at scale).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.history_data import copy_data_dir
from bench.sampling import ROOT, child_env, median

# Fifteen rounds: on a shared two-core machine a median of seven still moved the ratio by 0.2 between runs.
PAIRS = 15


def _time_process(command: list[str]) -> float:
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, env=child_env(), cwd=ROOT)
    elapsed = (time.perf_counter() - start) * 1000.0
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stderr.decode()[-2000:]}")
    return elapsed


def _smoke(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "trainer", "--smoke", "--data-dir", str(data_dir)]


def run(template: Path, scratch: Path) -> dict[str, float]:
    """``template`` is a returning user's data dir: ten years of history, the safety notice accepted."""
    new_user = scratch / "startup-new"
    new_user.mkdir(mode=0o700)
    commands = {
        "app": _smoke(new_user),
        "qt": [sys.executable, "-m", "bench.bare_window", "qt"],
        "pyqtgraph": [sys.executable, "-m", "bench.bare_window", "pyqtgraph"],
        "app_10y": _smoke(copy_data_dir(template, scratch / "startup-10y")),
    }
    for command in commands.values():
        _time_process(command)  # warms the disk cache, so that no first run is an outlier
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(PAIRS):
        for name in ("app", "qt", "app", "pyqtgraph", "app_10y"):
            times[name].append(_time_process(commands[name]))
    ms = {name: median(values) for name, values in times.items()}
    return {
        "startup_app_ms": ms["app"],
        "startup_qt_ms": ms["qt"],
        "startup_pyqtgraph_ms": ms["pyqtgraph"],
        "startup_ratio_vs_qt": ms["app"] / ms["qt"],
        "startup_ratio_vs_pyqtgraph": ms["app"] / ms["pyqtgraph"],
        "startup_10y_ms": ms["app_10y"],
        "startup_history_ratio_vs_qt": ms["app_10y"] / ms["qt"],
    }
