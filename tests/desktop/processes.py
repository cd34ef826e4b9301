"""Child processes for the real-desktop tier: each in its own process group, ended as a group, and polling.

Every service the tier starts (Xvfb, openbox, D-Bus, AT-SPI, PulseAudio, speech-dispatcher, the app) runs in a
new session, so one ``killpg`` also ends whatever it spawned itself (the AT-SPI bus, a speech module), and no
test leaves a process behind. Waiting is always polling with a deadline, never one long sleep.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

POLL_S = 0.05


class Timeout(AssertionError):
    """A condition polled for did not come true in time."""


def wait_until(condition: Callable[[], T], timeout: float, what: str, poll: float = POLL_S) -> T:
    """Poll ``condition`` until it returns something truthy, and return that; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Timeout(f"timed out after {timeout:.1f} s waiting for {what}")
        time.sleep(poll)


class Group:
    """A started child and its process group; ``stop()`` ends the whole group, politely and then not."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path,
                 stdout: int | None = None, pass_fds: tuple[int, ...] = ()) -> None:
        self.name = name
        self.log = log
        self._log_file = open(log, "ab")
        self.proc = subprocess.Popen(
            argv, env=env, stdin=subprocess.DEVNULL,
            stdout=stdout if stdout is not None else self._log_file, stderr=self._log_file,
            start_new_session=True, pass_fds=pass_fds)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self, grace: float = 3.0) -> None:
        """SIGTERM the group, wait up to ``grace`` seconds for the leader, then SIGKILL what is left."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.proc.wait(grace)
            except subprocess.TimeoutExpired:
                continue
            if not _group_alive(self.proc.pid):
                break
            # The leader is gone but something it spawned lingers: give it a moment, then kill it.
            try:
                wait_until(lambda: not _group_alive(self.proc.pid), grace, f"{self.name}'s group to exit")
                break
            except Timeout:
                continue
        if self.proc.poll() is None:
            self.proc.wait(grace)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._log_file.close()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie member still counts to killpg; any member that is not a zombie keeps the group alive.
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False
