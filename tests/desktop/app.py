"""The app as a person starts it: ``python -m trainer --data-dir DIR`` on the tier's display, from outside.

A data dir is prepared the way the app itself would leave it (``settings.json`` with the notice accepted, or
nothing at all for a first run), and read back afterwards (``history.json``), so the tests never import the
app's own code.
"""

from __future__ import annotations

import json
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop.display import Display
from desktop.processes import Group, wait_until

REPO = Path(__file__).resolve().parents[2]
WINDOW_TITLE = "Pelvic Floor Trainer"


def write_settings(data_dir: Path, **values: object) -> None:
    """A ``settings.json`` with the safety notice accepted, plus ``values`` (trainer/core/settings.py keys)."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings = {"schema_version": 1,
                "safety_accepted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), **values}
    (data_dir / "settings.json").write_text(json.dumps(settings))


def sessions(data_dir: Path) -> list[dict]:
    path = data_dir / "history.json"
    if not path.exists():
        return []
    return json.loads(path.read_text()).get("sessions", [])


class App:
    """One run of the app; ``window`` is its main window's X id once it is mapped."""

    def __init__(self, display: Display, env: dict[str, str], data_dir: Path, log: Path,
                 routine: str | None = None) -> None:
        self.display = display
        self.data_dir = data_dir
        argv = [sys.executable, "-m", "trainer", "--data-dir", str(data_dir)]
        if routine:
            argv += ["--routine", routine]
        self.group = Group("app", argv, {**env, "PYTHONPATH": str(REPO)}, log)
        self.window = ""

    @property
    def pid(self) -> int:
        return self.group.pid

    def wait_for_window(self, title: str = WINDOW_TITLE, timeout: float = 30) -> str:
        """Wait until a window called ``title`` is mapped and has the keyboard focus, as openbox gives it."""
        def focused() -> str:
            if not self.group.alive():
                raise AssertionError(f"the app exited ({self.group.proc.returncode}): {self.group.log_tail()}")
            active = self.display.active_window()
            if active and active in self.display.windows_of(self.pid) and \
                    self.display.window_name(active) == title:
                return active
            return ""
        self.window = wait_until(focused, timeout, f"the window {title!r} to have the focus")
        return self.window

    def stop(self) -> None:
        self.group.stop()


def write_history(data_dir: Path, days: int = 3) -> None:
    """A ``history.json`` with one completed session on each of the last ``days`` days, so that Progress has
    its charts and calendar to show (the format of trainer/core/history_format.py, schema 1)."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    records = []
    for back in range(days):
        started = now - timedelta(days=back, hours=1)
        records.append({
            "id": str(uuid.uuid4()), "routine_id": "reverse-kegel-women", "routine_title": "Reverse Kegels for women",
            "started_at": started.isoformat(), "local_date": started.astimezone().date().isoformat(),
            "duration_s": 135.0, "reps_planned": 10, "reps_completed": 10, "sets_completed": 1, "hold_s": 5.0,
            "outcome": "completed", "discomfort": None,
        })
    (data_dir / "history.json").write_text(json.dumps({"schema_version": 1, "sessions": records}))
