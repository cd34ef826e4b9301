"""``PFT_TRACE_FILE=PATH``: one JSON line per phase change and per cue, for measuring the app from outside.

Each line is ``{"t": ..., "kind": "phase" | "chime" | "speech", "phase": ..., "index": n}``. For a phase, ``t``
is the boundary as the engine computes it (the session's start, shifted by pauses and skips, plus the
boundary's offset), not the tick that noticed it; for a chime or a voice cue it is the moment it was handed to
the player. Times are on the session clock, ``time.monotonic()`` in the app, so a test can compare them with
what it recorded itself. Unset, ``from_environment`` gives None and nothing is ever written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "PFT_TRACE_FILE"


class PhaseTrace:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def from_environment(cls, env: Mapping[str, str] = os.environ) -> PhaseTrace | None:
        value = env.get(ENV_VAR)
        return cls(Path(value)) if value else None

    def write(self, t: float, kind: str, phase: str, index: int) -> None:
        line = json.dumps({"t": t, "kind": kind, "phase": phase, "index": index})
        try:
            # Opened per line and appended: a trace survives a crash, and a few lines a phase cost nothing.
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
        except OSError:
            # A trace is a measuring aid; a path that cannot be written must never disturb a session.
            pass
