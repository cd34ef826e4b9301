"""The bench's output: a readable table with each figure's budget and verdict, then ``name=value`` lines."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from typing import Callable

FRAME_MS = 1000.0 / 60.0


@dataclass(frozen=True)
class Figure:
    name: str
    label: str
    unit: str
    budget: str = ""
    meets: Callable[[dict], bool] | None = None
    headline: bool = True  # printed as a name=value line


def _at_most(name: str, limit: float) -> Callable[[dict], bool]:
    return lambda figures: figures.get(name, float("inf")) <= limit


FIGURES = (
    Figure("startup_app_ms", "start-up: app --smoke, new data dir", "ms", headline=False),
    Figure("startup_qt_ms", "start-up: bare PySide6 window", "ms", headline=False),
    Figure("startup_pyqtgraph_ms", "start-up: bare pyqtgraph window", "ms", headline=False),
    Figure("startup_ratio_vs_qt", "start-up vs bare PySide6", "x", "<= 1.5", _at_most("startup_ratio_vs_qt", 1.5)),
    Figure("startup_ratio_vs_pyqtgraph", "start-up vs bare pyqtgraph", "x", "< 1",
           lambda f: f.get("startup_ratio_vs_pyqtgraph", 1.0) < 1.0),
    Figure("startup_10y_ms", "start-up with 10 years of history", "ms", headline=False),
    Figure("startup_history_ratio_vs_qt", "  the same vs bare PySide6", "x", "<= 1.8",
           _at_most("startup_history_ratio_vs_qt", 1.8)),
    Figure("phase_max_late_ms", "phase change, latest", "ms", "<= 16.7", _at_most("phase_max_late_ms", FRAME_MS)),
    Figure("phase_p95_late_ms", "phase change, p95", "ms", "<= 16.7", _at_most("phase_p95_late_ms", FRAME_MS)),
    Figure("phase_end_drift_ms", "drift at the end of 60 s", "ms", "<= 16.7",
           _at_most("phase_end_drift_ms", FRAME_MS)),
    Figure("phase_max_late_loaded_ms", "phase change, latest, other core busy", "ms", "<= 16.7",
           _at_most("phase_max_late_loaded_ms", FRAME_MS)),
    Figure("phase_p95_late_loaded_ms", "phase change, p95, other core busy", "ms", headline=False),
    Figure("phase_end_drift_loaded_ms", "drift at the end, other core busy", "ms", headline=False),
    Figure("idle_cpu_pct", "CPU, window open, no session", "% core", "<= 0.05, no wake-ups",
           lambda f: f.get("idle_cpu_pct", 1.0) <= 0.05 and f.get("idle_timer_events") == 0),
    Figure("idle_timer_events", "timer events in those 10 s", "", headline=False),
    Figure("idle_bare_cpu_pct", "CPU, idle window, same run as below", "% core", headline=False),
    Figure("idle_reminders_cpu_pct", "CPU, idle window, reminders armed", "% core", "~0, no wake-ups",
           lambda f: f.get("idle_reminders_cpu_pct", 1.0) <= 0.1 and f.get("idle_reminders_timer_events") == 0),
    Figure("idle_reminders_timer_events", "timer events in those 10 s", "", headline=False),
    Figure("shown_session_cpu_pct", "CPU, session, window shown", "% core", headline=False),
    Figure("hidden_session_cpu_pct", "CPU, session, window hidden, sound on", "% core", "~0, boundaries only",
           lambda f: f.get("hidden_session_cpu_pct", 1.0) <= 0.5),
    Figure("hidden_session_timer_events", "  timer events in those 10 s (phase ends)", "", headline=False),
    Figure("session_cpu_pct", "CPU during a session", "% core", "<= 5", _at_most("session_cpu_pct", 5.0)),
    Figure("session_cpu_loaded_pct", "  the same, other core busy", "% core", headline=False),
    Figure("history_load_stats_ms", "10 years: load + all stats", "ms", "<= 100",
           _at_most("history_load_stats_ms", 100.0)),
    Figure("history_append_save_ms", "10 years: append + atomic save", "ms", "<= 50",
           _at_most("history_append_save_ms", 50.0)),
    Figure("history_plan_ms", "10 years: today's plan, first fold", "ms", headline=False),
    Figure("progress_build_ms", "10 years: build the Progress page", "ms", "<= 150",
           _at_most("progress_build_ms", 150.0)),
    Figure("pyqtgraph_import_ms", "first view only: import pyqtgraph", "ms", headline=False),
    Figure("progress_first_view_cold_ms", "  first view at once, import included", "ms", headline=False),
    Figure("progress_first_view_ms", "first view of Progress, 1 s after start", "ms", "<= 200",
           _at_most("progress_first_view_ms", 200.0)),
    Figure("rss_app_progress_mib", "peak memory, app after Progress", "MiB", headline=False),
    Figure("rss_pyqtgraph_mib", "peak memory, bare pyqtgraph window", "MiB", headline=False),
    Figure("rss_ratio_vs_pyqtgraph", "memory vs bare pyqtgraph", "x", "<= 1.2",
           _at_most("rss_ratio_vs_pyqtgraph", 1.2)),
)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def _value(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.0f}" if isinstance(value, int) else f"{value:.2f}"


def pyside6_version() -> str:
    """The PySide6 the bench ran on, as imported (not as pip's metadata says)."""
    import PySide6

    return PySide6.__version__


def render(figures: dict, versions: str, loads: tuple[str, str], seconds: float) -> str:
    """The table, then the headline figures as name=value lines; a figure that is missing shows as n/a."""
    history = (f"history at scale: {figures.get('history_sessions', 0)} sessions, "
               f"{figures.get('history_bytes', 0) / 2**20:.1f} MiB of history.json")
    lines = [f"machine: {machine()}", f"versions: {versions}",
             f"load average before / after: {loads[0]} / {loads[1]}; bench took {seconds:.0f} s", history, ""]
    width = max(len(f.label) for f in FIGURES)
    lines.append(f"{'figure':<{width}}  {'value':>9}  {'unit':<6}  {'budget':<16}  verdict")
    lines.append("-" * (width + 48))
    for figure in FIGURES:
        verdict = "" if figure.meets is None else ("ok" if figure.meets(figures) else "MISSES")
        lines.append(f"{figure.label:<{width}}  {_value(figures.get(figure.name)):>9}  {figure.unit:<6}  "
                     f"{figure.budget:<16}  {verdict}")
    missed = [f.name for f in FIGURES if f.meets is not None and not f.meets(figures)]
    lines.append("")
    lines.append(f"budgets missed: {', '.join(missed)}" if missed else "every budget met")
    lines.append("")
    lines.extend(f"{f.name}={figures.get(f.name, float('nan')):.3f}" for f in FIGURES if f.headline)
    lines.append(f"pyside6_version={pyside6_version()}")
    return "\n".join(lines)
