"""The tests' side of AT-SPI: runs a11y_probe.py under /usr/bin/python3 (which has pyatspi) and reads its JSON.

``Listener`` keeps one probe listening in the background and lets a test wait for an event, with a deadline.
"""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path
from typing import Callable

from desktop.processes import Group, wait_until

PROBE = Path(__file__).with_name("a11y_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def pyatspi_available() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


class Accessibility:
    """Questions to the app's accessible tree, asked over the tier's private session bus."""

    def __init__(self, env: dict[str, str], workdir: Path) -> None:
        self.env = env
        self.workdir = workdir

    def _probe(self, *args: str) -> object:
        done = subprocess.run([SYSTEM_PYTHON, str(PROBE), *args], env=self.env, capture_output=True, text=True,
                              timeout=30)
        if done.returncode != 0:
            raise RuntimeError(f"a11y_probe {args} failed: {done.stderr[-2000:]}")
        return json.loads(done.stdout)

    def tree(self, pid: int) -> list[dict]:
        return self._probe("tree", str(pid)) or []

    def focus(self, pid: int) -> dict | None:
        return self._probe("focus", str(pid))

    def press(self, pid: int, name: str) -> None:
        """Activate a push button as a screen reader does, by its accessible action."""
        result = wait_until(lambda: self._probe("press", str(pid), name).get("pressed") or None, 10,
                            f"a push button named {name!r} to press")
        assert result

    def find(self, pid: int, role: str, name: str) -> dict | None:
        return next((o for o in self.tree(pid) if o["role"] == role and o["name"] == name), None)

    def listen(self, pid: int, seconds: float) -> "Listener":
        return Listener(self, pid, seconds)


class Listener:
    """A background probe collecting events for ``seconds``; ``events`` holds them, as dicts, in order."""

    def __init__(self, a11y: Accessibility, pid: int, seconds: float) -> None:
        self.events: list[dict] = []
        self._ready = threading.Event()
        self.group = Group("a11y-listen", [SYSTEM_PYTHON, str(PROBE), "listen", str(pid), str(seconds)],
                           a11y.env, a11y.workdir / "a11y-listen.log", stdout=subprocess.PIPE)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        if not self._ready.wait(20):
            raise AssertionError(f"the AT-SPI listener did not start: {self.group.log_tail()}")

    def _read(self) -> None:
        for line in self.group.proc.stdout:
            event = json.loads(line)
            if event["type"] == "ready":
                self._ready.set()
            else:
                self.events.append(event)

    def announcements(self) -> list[dict]:
        return [e for e in self.events if e["type"] == "object:announcement"]

    def wait_for(self, match: Callable[[dict], bool], timeout: float, what: str) -> dict:
        return wait_until(lambda: next((e for e in list(self.events) if match(e)), None), timeout, what)

    def stop(self) -> None:
        self.group.stop()
        self._thread.join(5)
