"""Small statistics and the child-process plumbing shared by every measurement."""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value at or above ``share`` of the sorted values."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * share)) - 1]


def child_env() -> dict[str, str]:
    """The environment of a measured child: offscreen Qt, and the checkout importable whatever the cwd."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(module: str, *args: str, timeout: float = 180.0) -> dict[str, Any]:
    """Run ``python -m bench.<module> args`` and return the JSON object it prints as its last line."""
    completed = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=timeout,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"bench.{module} failed ({completed.returncode}):\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def emit(result: dict[str, Any]) -> None:
    """A child's answer to ``run_child``: one JSON line, last on stdout."""
    print(json.dumps(result), flush=True)


def peak_rss_kib() -> int:
    """This process's peak resident memory (Linux's VmHWM): the most RAM it has held at any one time."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")
