"""Private D-Bus session buses for the notifier tests, with a fake or a real (dunst on Xvfb) server on them.

The address is handed to the notifier and to the server's environment only: the test process's own
``DBUS_SESSION_BUS_ADDRESS`` and the host's session bus are never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

FAKE_SERVER = Path(__file__).with_name("fake_notification_server.py")


def require(*tools: str) -> None:
    """Skip the test, naming the first tool that is not installed."""
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")


@contextmanager
def private_bus() -> Iterator[str]:
    """A fresh ``dbus-daemon --session`` of our own; yields its address."""
    require("dbus-daemon")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--print-address=1", "--nofork"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


def _child_env(address: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, **extra)
    env.pop("QT_QPA_PLATFORM", None)
    return env


@contextmanager
def fake_server(address: str, record: Path, *options: str) -> Iterator[subprocess.Popen]:
    """The fake server on ``address``, registered before this yields; it records Notify calls in ``record``."""
    server = subprocess.Popen([sys.executable, str(FAKE_SERVER), str(record), *options],
                              env=_child_env(address), stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout.readline().strip() == "ready"
        yield server
    finally:
        server.terminate()
        server.wait(10)
        server.stdout.close()


@contextmanager
def dunst_server(address: str) -> Iterator[None]:
    """dunst on a fresh Xvfb display, owning the Notifications name on ``address`` before this yields."""
    require("Xvfb", "dunst", "dunstctl", "gdbus")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-nolisten", "tcp"], pass_fds=(write,),
                            stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    dunst = subprocess.Popen(["dunst"], env=_child_env(address, DISPLAY=display),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_owner(address)
        yield
    finally:
        for process in (dunst, xvfb):
            process.terminate()
            process.wait(10)


def dunstctl(address: str, *arguments: str) -> str:
    return subprocess.run(["dunstctl", *arguments], env=_child_env(address), capture_output=True, text=True,
                          timeout=10, check=True).stdout.strip()


def _wait_for_owner(address: str, limit_s: int = 10) -> None:
    """Return once a server owns the Notifications name; ``gdbus wait`` blocks on the bus, no polling."""
    subprocess.run(["gdbus", "wait", "--address", address, "--timeout", str(limit_s),
                    "org.freedesktop.Notifications"], check=True, timeout=limit_s + 5)
