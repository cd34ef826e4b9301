"""A private X display for the tier: Xvfb with openbox, keys sent with xdotool, screenshots with ImageMagick.

Xvfb picks a free display number itself (``-displayfd``), so parallel runs never collide. Screenshots are taken
as binary PPM, whose raw RGB bytes this module compares without any imaging library.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from desktop.processes import Group, wait_until

# A common small laptop screen, the one on which the window once opened 12 px too tall (issue 9 point 6).
SCREEN = "1366x768x24"
SCREEN_SIZE = (1366, 768)


class Display:
    """Xvfb plus openbox on a display of their own; ``env`` is what a child needs to reach it."""

    def __init__(self, workdir: Path, base_env: dict[str, str]) -> None:
        self.workdir = workdir
        read_fd, write_fd = os.pipe()
        self.xvfb = Group("Xvfb", ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN,
                                   "-nolisten", "tcp", "-noreset"],
                          base_env, workdir / "xvfb.log", pass_fds=(write_fd,))
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start: {self.xvfb.log_tail()}")
        self.name = f":{number}"
        self.env = {**base_env, "DISPLAY": self.name}
        self.wm = Group("openbox", ["openbox", "--sm-disable"], self.env, workdir / "openbox.log")
        # openbox owns the WM_S0 selection once it manages the screen; until then focus would not follow maps.
        wait_until(self._wm_running, 15, "openbox to manage the screen")

    def _wm_running(self) -> bool:
        # Before a window manager runs, xdotool says the (absent) manager does not support _NET_ACTIVE_WINDOW.
        done = subprocess.run(["xdotool", "getactivewindow"], env=self.env, capture_output=True, text=True,
                              timeout=15)
        return done.returncode == 0 or "claims not to support" not in done.stderr

    def run(self, argv: list[str], check: bool = True, timeout: float = 15) -> str:
        done = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=timeout)
        if check and done.returncode != 0:
            raise RuntimeError(f"{argv} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    def windows_of(self, pid: int) -> list[str]:
        """Visible top-level windows that ``pid`` owns (xdotool reads _NET_WM_PID)."""
        out = self.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], check=False)
        return out.split()

    def active_window(self) -> str:
        return self.run(["xdotool", "getactivewindow"], check=False).strip()

    def window_name(self, window: str) -> str:
        return self.run(["xdotool", "getwindowname", window], check=False).strip()

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        """A window's client area (x, y, width, height) on the screen, as xdotool reads it."""
        values = dict(line.split("=", 1) for line in
                      self.run(["xdotool", "getwindowgeometry", "--shell", window]).split() if "=" in line)
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def key(self, *keys: str) -> None:
        """Type keys into whatever has the keyboard focus, as a person would (no window targeting)."""
        self.run(["xdotool", "key", "--delay", "60", *keys])

    def click(self, x: int, y: int) -> None:
        self.run(["xdotool", "mousemove", str(x), str(y), "click", "1"])

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a binary PPM (or PNG, by suffix)."""
        self.run(["import", "-window", "root", "-depth", "8", str(path)])
        return path

    def stop(self) -> None:
        self.wm.stop()
        self.xvfb.stop()


def ppm_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and raw RGB bytes of a binary (P6, 8-bit) PPM file."""
    data = path.read_bytes()
    fields: list[bytes] = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    magic, width, height, maxval = fields
    if magic != b"P6" or maxval != b"255":
        raise ValueError(f"{path}: not an 8-bit binary PPM")
    w, h = int(width), int(height)
    return w, h, data[pos + 1:pos + 1 + 3 * w * h]


def changed_pixels(a: Path, b: Path, region: tuple[int, int, int, int] | None = None) -> int:
    """How many pixels differ between two screenshots, within ``region`` (x, y, w, h) if given."""
    wa, ha, pa = ppm_pixels(a)
    wb, hb, pb = ppm_pixels(b)
    if (wa, ha) != (wb, hb):
        raise ValueError("screenshots of different sizes")
    x0, y0, w, h = region or (0, 0, wa, ha)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(wa, x0 + w), min(ha, y0 + h)
    count = 0
    for y in range(y0, y1):
        row = slice(3 * (y * wa + x0), 3 * (y * wa + x1))
        ra, rb = pa[row], pb[row]
        if ra != rb:
            count += sum(1 for i in range(0, len(ra), 3) if ra[i:i + 3] != rb[i:i + 3])
    return count


def screen_keeps_changing(display: Display, workdir: Path, region: tuple[int, int, int, int] | None,
                          gap: float = 0.5) -> int:
    """Pixels that changed between two screenshots ``gap`` seconds apart."""
    first = display.screenshot(workdir / f"change-{time.monotonic_ns()}-a.ppm")
    time.sleep(gap)
    second = display.screenshot(workdir / f"change-{time.monotonic_ns()}-b.ppm")
    return changed_pixels(first, second, region)
