"""A second start while the app is open, on a real desktop: the open window comes back to the front with the
focus, and the second start exits 0 without opening anything."""

from __future__ import annotations

import pytest

from desktop.app import write_settings
from desktop.processes import wait_until

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(120)]


def test_a_second_start_raises_the_minimised_window_and_exits_0(launch, display, tmp_path):
    data = tmp_path / "data"
    write_settings(data)
    first = launch(data)
    window = first.wait_for_window()
    display.run(["xdotool", "windowminimize", "--sync", window])
    wait_until(lambda: display.active_window() != window, 10, "the window to lose the focus")
    second = launch(data)
    wait_until(lambda: not second.group.alive(), 20, "the second start to exit")
    assert second.group.proc.returncode == 0, second.group.log_tail()
    assert first.wait_for_window(timeout=10) == window
    assert display.windows_of(second.pid) == []
