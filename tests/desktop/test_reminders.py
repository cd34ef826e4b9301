"""Reminders through a real notification server: dunst on the tier's display and private session bus.

Two apps start in the background (``--background``: no window; this display has no tray) with a reminder at the
same coming whole minute, each in its own data dir: one with nothing done today, one (in discreet mode, so its
notifications carry another app name) with today's target already met. ``dbus-monitor`` on the tier's bus
sees every Notify call. The first app must make exactly one, the second none. Real wall time: the reminder is
set for the next whole minute at least 15 s away, so the test waits 15 to 75 s.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.app import REPO, write_settings
from desktop.processes import Group, wait_until

pytestmark = [pytest.mark.desktop, pytest.mark.timeout(150)]
# Time for the app to start and arm its timer before the reminder is due.
START_MARGIN_S = 15
AFTER_DUE_S = 6  # then wait this long for a late or second Notify


@pytest.fixture(scope="module")
def notification_server(tier_dir, session_bus):
    missing = [tool for tool in ("dunst", "gdbus", "dbus-monitor") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"real-desktop tier: missing tool(s): {', '.join(missing)}")
    dunst = Group("dunst", ["dunst"], session_bus.env, tier_dir / "dunst.log")
    subprocess.run(["gdbus", "wait", "--address", session_bus.address, "--timeout", "10",
                    "org.freedesktop.Notifications"], check=True, timeout=15, env=session_bus.env)
    yield dunst
    dunst.stop()


@pytest.fixture
def notify_calls(session_bus, notification_server, tmp_path):
    """What dbus-monitor saw: the app name of every Notify call on the tier's bus, read at the end."""
    log = tmp_path / "monitor.log"
    monitor = Group("dbus-monitor", ["dbus-monitor", "--address", session_bus.address,
                                     "interface='org.freedesktop.Notifications',member='Notify'"],
                    session_bus.env, log)
    wait_until(lambda: log.stat().st_size > 0, 10, "dbus-monitor to start")

    def app_names() -> list[str]:
        text = log.read_text(errors="replace")
        # Each call: a "method call ... member=Notify" line, then its first argument, the app name.
        return re.findall(r'member=Notify\n\s+string "([^"]*)"', text)

    yield app_names
    monitor.stop()


def target_met_history(data_dir: Path, sets: int) -> None:
    """Today's sets done in a session that ended two hours ago (past the hour-after-a-session rule)."""
    started = datetime.now().astimezone() - timedelta(hours=2)
    record = {"id": str(uuid.uuid4()), "routine_id": "reverse-kegel-women", "routine_title": "Reverse Kegels",
              "started_at": started.isoformat(timespec="seconds"), "local_date": started.date().isoformat(),
              "duration_s": 135.0, "reps_planned": 10, "reps_completed": 10, "sets_completed": sets,
              "hold_s": 5.0, "outcome": "completed", "discomfort": None}
    (data_dir / "history.json").write_text(json.dumps({"schema_version": 1, "sessions": [record]}))


def next_minute() -> datetime:
    now = datetime.now().astimezone()
    due = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    return due + timedelta(minutes=1) if (due - now).total_seconds() < START_MARGIN_S else due


def start_in_background(env: dict[str, str], data_dir: Path, log: Path) -> Group:
    argv = [sys.executable, "-m", "trainer", "--background", "--data-dir", str(data_dir)]
    return Group("app", argv, {**env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}, log)


def test_a_due_reminder_makes_one_notification_and_none_once_the_target_is_met(session_bus, notify_calls,
                                                                               tmp_path):
    due = next_minute()
    if due.date() != datetime.now().astimezone().date() or due.hour < 3:
        pytest.skip("too close to midnight: the history's 'today' would not be the reminder's day")
    remind, met = tmp_path / "remind", tmp_path / "met"
    write_settings(remind, reminders=[due.strftime("%H:%M")])
    write_settings(met, reminders=[due.strftime("%H:%M")], discreet_title=True)
    target_met_history(met, sets=3)
    apps = [start_in_background(session_bus.env, folder, tmp_path / f"{folder.name}.log") for folder in (remind, met)]
    try:
        wait_left = (due - datetime.now().astimezone()).total_seconds()
        assert wait_left > 2, "the apps started too late for the reminder"
        wait_until(lambda: notify_calls(), wait_left + 10, "the reminder's Notify call", poll=0.25)
        time.sleep(AFTER_DUE_S)
        for app in apps:
            assert app.alive(), app.log_tail()
        assert notify_calls() == ["Pelvic Floor Trainer"]
    finally:
        for app in apps:
            app.stop()
