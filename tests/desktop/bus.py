"""A private D-Bus session bus for the tier, and the AT-SPI accessibility bus started on it.

The bus address goes only into the children's environment, never into this test process's own, so nothing
the tier does reaches the host's session bus, and nothing of the host's reaches the app.
"""

from __future__ import annotations

from pathlib import Path

from desktop.processes import Group, wait_until

AT_SPI_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


class SessionBus:
    """``dbus-daemon --session`` listening on a socket in the tier's runtime dir."""

    def __init__(self, runtime_dir: Path, base_env: dict[str, str]) -> None:
        socket = runtime_dir / "bus"
        self.address = f"unix:path={socket}"
        self.daemon = Group("dbus-daemon", ["dbus-daemon", "--session", "--nofork", "--nopidfile",
                                            f"--address={self.address}"],
                            base_env, runtime_dir.parent / "dbus.log")
        wait_until(socket.exists, 10, "the session bus socket")
        self.env = {**base_env, "DBUS_SESSION_BUS_ADDRESS": self.address}

    def stop(self) -> None:
        self.daemon.stop()


def at_spi_launcher() -> str | None:
    return next((path for path in AT_SPI_LAUNCHERS if Path(path).exists()), None)


class AccessibilityBus:
    """at-spi-bus-launcher on the private session bus; the app and the probe find the a11y bus through it."""

    def __init__(self, launcher: str, env: dict[str, str], log: Path) -> None:
        self.launcher = Group("at-spi-bus-launcher", [launcher, "--launch-immediately"], env, log)

    def stop(self) -> None:
        self.launcher.stop()
