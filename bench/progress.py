"""The Progress page on ten years of history: how long it takes to build, and the memory it leaves.

As a child (``python -m bench.progress``) it opens the real window on the Train page, imports pyqtgraph
(timed on its own: the price of any chart, paid once on first view), then switches to Progress and times the
build up to the painted page. With ``--after-idle`` it first lets the window sit for a second of the real
event loop, as a person's first click comes after the window has shown: the window imports pyqtgraph and
the charts in that idle time (one single-shot timer), and the first view is what remains. Its peak memory after that is compared with a bare pyqtgraph window's; the
two alternate, A B A B, in the parent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.history_data import copy_data_dir
from bench.sampling import emit, median, peak_rss_kib, run_child

PAIRS = 3
IDLE_S = 1.0


def main(argv: list[str]) -> int:
    from bench.app_window import close_window, open_window
    from trainer.ui.shell.screenshot import settle

    app, window = open_window(Path(argv[0]))
    if "--after-idle" in argv:
        from PySide6.QtCore import QTimer

        # exit(), not quit(): Qt 6's quit() first closes every window, and the view timed would be of a hidden
        # window, which paints nothing.
        QTimer.singleShot(int(IDLE_S * 1000), lambda: app.exit(0))
        app.exec()
    start = time.perf_counter()
    import pyqtgraph  # noqa: F401  (timed apart from the page: the one-off price of the chart library)

    imported = time.perf_counter()
    window.show_page("progress")
    settle()
    built = time.perf_counter()
    rss = peak_rss_kib()
    close_window(window)
    emit({"pyqtgraph_import_ms": (imported - start) * 1000.0, "progress_build_ms": (built - imported) * 1000.0,
          "rss_kib": rss})
    return 0


def run(template: Path, scratch: Path) -> dict[str, float]:
    """``template`` is a filled data dir; each run works on its own copy of it inside ``scratch``."""
    app_runs, idle_runs, bare_runs = [], [], []
    for round_number in range(PAIRS):
        data_dir = copy_data_dir(template, scratch / f"progress-{round_number}")
        app_runs.append(run_child("progress", str(data_dir)))
        bare_runs.append(run_child("bare_window", "pyqtgraph", "--rss"))
        data_dir = copy_data_dir(template, scratch / f"progress-idle-{round_number}")
        idle_runs.append(run_child("progress", str(data_dir), "--after-idle"))
    build = median([r["progress_build_ms"] for r in app_runs])
    imports = median([r["pyqtgraph_import_ms"] for r in app_runs])
    app_rss = median([r["rss_kib"] for r in app_runs])
    bare_rss = median([r["rss_kib"] for r in bare_runs])
    first_view = median([r["pyqtgraph_import_ms"] + r["progress_build_ms"] for r in idle_runs])
    return {
        "progress_build_ms": build,
        "progress_first_view_cold_ms": imports + build,
        "progress_first_view_ms": first_view,
        "pyqtgraph_import_ms": imports,
        "rss_app_progress_mib": app_rss / 1024.0,
        "rss_pyqtgraph_mib": bare_rss / 1024.0,
        "rss_ratio_vs_pyqtgraph": app_rss / bare_rss,
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
