"""Fixtures for the real-desktop tier: the services a person's desktop has, started privately for the tier.

One X display (Xvfb and openbox), one D-Bus session bus with the AT-SPI bus on it, one PulseAudio with a null
sink and one speech-dispatcher serve the whole tier (session scope); each test starts the app itself, with a
data dir of its own. Every service runs in its own process group under a temporary dir, with
``XDG_RUNTIME_DIR`` a private 0700 dir; the bus, display and sound addresses are put only in the children's
environment. A fixture skips its tests only when a tool it needs is missing, and names the tool.

The tier runs in ``make test``; alone: ``.venv/bin/python -m pytest tests/desktop``; without it:
``-m "not desktop"``. Each service's log is in the tier's temporary dir (pytest's basetemp, ``desktop0``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.a11y import Accessibility, pyatspi_available
from desktop.app import App
from desktop.bus import AccessibilityBus, SessionBus, at_spi_launcher
from desktop.display import Display
from desktop.processes import Group, wait_until
from desktop.sound import PulseServer

# Nothing of the host's desktop may reach a child: no display, bus, sound server or speech daemon of its own.
HOST_ONLY = ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "PULSE_SERVER",
             "PULSE_RUNTIME_PATH", "SPEECHD_ADDRESS", "QT_QPA_PLATFORM", "XAUTHORITY", "SESSION_MANAGER")
NO_SOUND_SERVER = "unix:/nonexistent/pelvic-floor-trainer-tests/pulse/native"
NO_SPEECH_DAEMON = "unix_socket:/nonexistent/pelvic-floor-trainer-tests/speechd.sock"


def require(*tools: str) -> None:
    """Skip the test unless every tool is on PATH; the reason names the missing ones."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"real-desktop tier: missing tool(s): {', '.join(missing)}")


@pytest.fixture(scope="session")
def tier_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("desktop")


@pytest.fixture(scope="session")
def base_env(tier_dir) -> dict[str, str]:
    """The environment every child starts from: this one less the host's desktop, in a home of the tier's."""
    runtime = tier_dir / "runtime"
    runtime.mkdir(mode=0o700)
    home = tier_dir / "home"
    home.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items() if key not in HOST_ONLY}
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(home), PULSE_SERVER=NO_SOUND_SERVER,
               SPEECHD_ADDRESS=NO_SPEECH_DAEMON, PYQTGRAPH_QT_LIB="PySide6", LC_ALL="C.UTF-8")
    for key in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env.pop(key, None)
    return env


@pytest.fixture(scope="session")
def display(tier_dir, base_env):
    require("Xvfb", "openbox", "xdotool", "import")
    screen = Display(tier_dir, base_env)
    yield screen
    screen.stop()


@pytest.fixture(scope="session")
def session_bus(tier_dir, display):
    require("dbus-daemon")
    bus = SessionBus(Path(display.env["XDG_RUNTIME_DIR"]), display.env)
    yield bus
    bus.stop()


@pytest.fixture(scope="session")
def a11y_bus(tier_dir, session_bus):
    """The AT-SPI bus, started before any app so that the session bus never activates one of its own."""
    launcher = at_spi_launcher()
    bus = AccessibilityBus(launcher, session_bus.env, tier_dir / "at-spi.log") if launcher else None
    yield bus
    if bus is not None:
        bus.stop()


@pytest.fixture(scope="session")
def a11y(tier_dir, session_bus, a11y_bus):
    """A way to ask the AT-SPI bus about the app."""
    if a11y_bus is None:
        pytest.skip("real-desktop tier: missing tool(s): at-spi-bus-launcher (at-spi2-core)")
    if not pyatspi_available():
        pytest.skip("real-desktop tier: missing tool(s): /usr/bin/python3 with pyatspi (python3-pyatspi)")
    return Accessibility(session_bus.env, tier_dir)


@pytest.fixture(scope="session")
def pulse(tier_dir, session_bus):
    require("pulseaudio", "pactl", "parec")
    server = PulseServer(tier_dir, session_bus.env)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def speech_daemon(tier_dir, session_bus):
    """A real speech-dispatcher on a socket of its own, with no sound server it could reach."""
    require("speech-dispatcher")
    folder = tier_dir / "speechd"
    folder.mkdir(mode=0o700)
    socket = folder / "speechd.sock"
    env = {**session_bus.env, "PULSE_SERVER": NO_SOUND_SERVER}
    daemon = Group("speech-dispatcher", ["speech-dispatcher", "--run-single", "--timeout", "0",
                                         "--communication-method", "unix_socket", "--socket-path", str(socket),
                                         "--pid-file", str(folder / "pid"), "--log-dir", str(folder),
                                         "--log-level", "4"],
                   env, tier_dir / "speech-dispatcher.out")
    wait_until(socket.exists, 15, "speech-dispatcher's socket")
    daemon.address = f"unix_socket:{socket}"
    daemon.log_file = folder / "speech-dispatcher.log"
    yield daemon
    daemon.stop()


@pytest.fixture
def launch(display, session_bus, a11y_bus, tmp_path):
    """Start the app on the tier's display: ``launch(data_dir, routine=None, **env)``; stopped after the test.

    Qt's accessibility is on for every run, as it is under a desktop where a screen reader once ran.
    """
    started: list[App] = []

    def start(data_dir: Path, routine: str | None = None, env: dict[str, str] | None = None) -> App:
        app_env = {**session_bus.env, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
                   "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", **(env or {})}
        app = App(display, app_env, data_dir, tmp_path / f"app-{len(started)}.log", routine=routine)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()
