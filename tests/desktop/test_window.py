"""The app in a real window under Xvfb and openbox, driven with xdotool keys as a person types them."""

from __future__ import annotations

import json

import pytest

from desktop.app import sessions, write_settings
from desktop.display import SCREEN_SIZE, screen_keeps_changing
from desktop.processes import wait_until

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(120)]

NOTICE_TITLE = "Before you start"
CHIPS = ("All", "Men", "Women", "Breath only", "Strength")
# A running session moves the piston every frame; an idle app paints nothing at all.
MOVING_PIXELS = 50


def _session_is_moving(display, tmp_path) -> int:
    """Pixels changed between two screenshots 0.5 s apart, retried briefly while a session may be starting."""
    def moving() -> int:
        return screen_keeps_changing(display, tmp_path, region=None) >= MOVING_PIXELS
    try:
        return wait_until(moving, 4, "the screen to keep changing", poll=0.1)
    except AssertionError:
        return 0


def test_on_a_first_run_return_accepts_the_safety_notice(launch, display, tmp_path):
    """A fresh data dir shows the safety notice first; Return accepts it, saves that, and closes it."""
    data = tmp_path / "data"
    app = launch(data)
    app.wait_for_window(NOTICE_TITLE)
    display.key("Return")
    app.wait_for_window()
    settings = wait_until(lambda: (data / "settings.json").exists()
                          and json.loads((data / "settings.json").read_text()), 10, "settings.json")
    assert settings.get("safety_accepted_at")
    assert not any(display.window_name(w) == NOTICE_TITLE for w in display.windows_of(app.pid))


def test_on_a_first_run_space_after_the_notice_starts_a_session(launch, display, tmp_path):
    """After Return accepts the notice, Space (as the page says) starts a session: the screen keeps changing."""
    app = launch(tmp_path / "data")
    app.wait_for_window(NOTICE_TITLE)
    display.key("Return")
    app.wait_for_window()
    display.key("space")
    assert _session_is_moving(display, tmp_path)


def test_on_a_later_start_space_starts_a_session_straight_away(launch, display, tmp_path):
    """With the notice accepted before, the main window opens and Space starts a session at once."""
    data = tmp_path / "data"
    write_settings(data)
    app = launch(data)
    app.wait_for_window()
    display.key("space")
    assert _session_is_moving(display, tmp_path)


def test_clicking_start_begins_a_session_and_the_screen_keeps_changing(launch, display, a11y, tmp_path):
    """The check the two tests above rely on works: a session started with the mouse animates the screen,
    and the idle window before it does not change at all."""
    data = tmp_path / "data"
    write_settings(data)
    app = launch(data)
    app.wait_for_window()
    start = wait_until(lambda: a11y.find(app.pid, "push button", "Start"), 10, "the Start button")
    assert screen_keeps_changing(display, tmp_path, region=None) == 0
    x, y, width, height = start["extents"]
    display.click(x + width // 2, y + height // 2)
    assert _session_is_moving(display, tmp_path)
    # Right skips the lead-in: a session stopped inside it did nothing, and is recorded nowhere (DESIGN).
    display.key("Right")
    display.key("Escape")
    wait_until(lambda: [s for s in sessions(data) if s["outcome"] == "stopped"], 10, "the stopped session")


def _tab_stops(app, display, a11y, limit: int = 40) -> list[dict]:
    """Press Tab until the focus comes back to where it started (or ``limit`` presses); every stop, in order."""
    first = wait_until(lambda: a11y.focus(app.pid), 10, "a focused control")
    stops = [first]
    for _ in range(limit):
        previous = stops[-1]
        display.key("Tab")
        try:
            now = wait_until(lambda: (f := a11y.focus(app.pid)) and f["path"] != previous["path"] and f,
                             2, "the focus to move")
        except AssertionError:
            now = previous
        if now["path"] == first["path"]:
            break
        stops.append(now)
    return stops


def test_tab_reaches_every_filter_chip_and_the_progress_tab(launch, display, a11y, tmp_path):
    """Each routine filter chip and the Progress page switch is a Tab stop (checked by AT-SPI's focus)."""
    data = tmp_path / "data"
    write_settings(data)
    app = launch(data)
    app.wait_for_window()
    stops = _tab_stops(app, display, a11y)
    names = [stop["name"] for stop in stops]
    missing = [chip for chip in CHIPS if not any(name == chip or name.endswith(f": {chip}") for name in names)]
    progress = any(name.startswith("Progress") for name in names)
    assert not missing and progress, f"Tab stops: {names}; chips never reached: {missing}; Progress: {progress}"


def test_the_window_and_its_buttons_fit_a_1366x768_screen(launch, display, a11y, tmp_path):
    """The window opens inside the screen, its title bar too, with Settings and Start on screen."""
    data = tmp_path / "data"
    write_settings(data)
    app = launch(data)
    app.wait_for_window()
    width, height = SCREEN_SIZE
    x, y, w, h = display.geometry(app.window)
    assert x >= 0 and y > 0 and x + w <= width and y + h <= height, f"window at {(x, y, w, h)} on {SCREEN_SIZE}"
    for name in ("Settings", "Start"):
        control = wait_until(lambda: a11y.find(app.pid, "push button", name), 10, f"the {name} button")
        cx, cy, cw, ch = control["extents"]
        assert 0 <= cx and cx + cw <= width and 0 <= cy and cy + ch <= height, f"{name} at {control['extents']}"
