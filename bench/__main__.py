"""``python -m bench``: every measurement of the performance budget, then the table and name=value lines.

Runs in about four minutes on two cores: the two real-time minutes of phase timing dominate. The exit
status is 0 even when a budget is missed (the table says which): the bench measures, it does not gate.
"""

from __future__ import annotations

import compileall
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench import background, history, idle_cpu, progress, report, session_timing, startup
from bench.history_data import write_data_dir
from bench.sampling import ROOT


def _versions() -> str:
    from importlib.metadata import version

    return ", ".join(f"{name} {version(name)}" for name in ("PySide6-Essentials", "pyqtgraph", "numpy"))


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    started, load_before = time.monotonic(), _load()
    # An installed app runs from bytecode that pip compiled at install time; a checkout run with
    # PYTHONDONTWRITEBYTECODE set would recompile every module on every start and skew the start-up ratio.
    for package in ("trainer", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)
    today = date.today()
    figures: dict = {}
    with tempfile.TemporaryDirectory(prefix="pft-bench-") as scratch_name:
        scratch = Path(scratch_name)
        template = scratch / "template"
        figures["history_sessions"] = write_data_dir(template, today)
        steps = (
            ("history at scale", lambda: history.run(template, scratch, today)),
            ("start-up", lambda: startup.run(template, scratch)),
            ("progress page and memory", lambda: progress.run(template, scratch)),
            ("idle CPU", lambda: idle_cpu.run(template, scratch)),
            ("out of sight: reminders armed, a hidden session", lambda: background.run(template, scratch)),
            ("phase timing (two real minutes)", lambda: session_timing.run(template, scratch)),
        )
        for title, step in steps:
            print(f"bench: {title}...", file=sys.stderr, flush=True)
            figures.update(step())
    print(report.render(figures, _versions(), (load_before, _load()), time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
