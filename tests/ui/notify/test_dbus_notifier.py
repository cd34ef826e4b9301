"""The desktop-notification client against a real server process on a private D-Bus session bus."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import QTimer, Qt

from trainer.ui.notify.dbus_notifier import DBusNotifier

from notification_buses import dunst_server, dunstctl, fake_server, private_bus

pytestmark = pytest.mark.slow


def calls(record) -> list[dict]:
    return [json.loads(line) for line in record.read_text().splitlines()] if record.exists() else []


@pytest.fixture
def bus():
    with private_bus() as address:
        yield address


def test_a_reminder_makes_exactly_one_notify_call_with_start_and_snooze(qtbot, tmp_path, bus):
    """One reminder: one Notify call (typed as the specification says, or the server would refuse it), with
    both actions and the text."""
    record = tmp_path / "notify.jsonl"
    with fake_server(bus, record):
        notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
        with qtbot.waitSignal(notifier.delivered, timeout=10000) as shown:
            notifier.notify("Time for a break", "2 sets to go today", can_snooze=True)
    notifier.close()
    assert shown.args == [42]
    [call] = calls(record)
    assert (call["app_name"], call["replaces_id"]) == ("Pelvic Floor Trainer", 0)
    assert (call["summary"], call["body"]) == ("Time for a break", "2 sets to go today")
    assert call["actions"] == ["start", "Start", "snooze", "Snooze 10 min"]


def test_by_default_the_notifier_uses_the_session_bus(tmp_path, bus):
    """With no address given it connects to the session bus that DBUS_SESSION_BUS_ADDRESS names (here: ours).

    In a child process: in this one an earlier test's bus would be used (the session address seems to be
    read once per process), which makes the result depend on test order.
    """
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication, QTimer
        from trainer.ui.notify.dbus_notifier import DBusNotifier
        app = QCoreApplication([])
        notifier = DBusNotifier("Pelvic Floor Trainer")
        notifier.delivered.connect(lambda number: (print("delivered", number), app.quit()))
        notifier.delivery_failed.connect(lambda: (print("failed"), app.quit()))
        notifier.notify("Time", "body", True)
        QTimer.singleShot(10000, app.quit)
        app.exec()
        notifier.close()
    """)
    with fake_server(bus, tmp_path / "notify.jsonl"):
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus))
    assert result.stdout.strip() == "delivered 42", result.stderr
    assert len(calls(tmp_path / "notify.jsonl")) == 1


def test_without_snooze_left_only_start_is_offered(qtbot, tmp_path, bus):
    """The third showing of a reminder has no Snooze button."""
    record = tmp_path / "notify.jsonl"
    with fake_server(bus, record):
        notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
        with qtbot.waitSignal(notifier.delivered, timeout=10000):
            notifier.notify("Time", "1 set to go today", can_snooze=False)
    assert calls(record)[0]["actions"] == ["start", "Start"]


def test_a_server_without_actions_gets_none(qtbot, tmp_path, bus):
    """A server that does not offer actions is sent a plain notification."""
    record = tmp_path / "notify.jsonl"
    with fake_server(bus, record, "--capabilities", "body"):
        notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
        with qtbot.waitSignal(notifier.delivered, timeout=10000):
            notifier.notify("Time", "body", can_snooze=True)
    assert not notifier.actions
    assert calls(record)[0]["actions"] == []


@pytest.mark.parametrize(("key", "signal"), [("start", "start_requested"), ("snooze", "snooze_requested")])
def test_pressing_an_action_emits_its_request(qtbot, tmp_path, bus, key, signal):
    """The server's ActionInvoked for our notification becomes start_requested or snooze_requested."""
    with fake_server(bus, tmp_path / "notify.jsonl", "--invoke", key):
        notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
        with qtbot.waitSignals([getattr(notifier, signal), notifier.closed], timeout=10000):
            notifier.notify("Time", "body", can_snooze=True)


def test_the_next_reminder_replaces_the_one_still_on_screen(qtbot, tmp_path, bus):
    """A second reminder while the first is shown replaces it (replaces_id), so they never pile up."""
    record = tmp_path / "notify.jsonl"
    with fake_server(bus, record):
        notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
        for _ in range(2):
            with qtbot.waitSignal(notifier.delivered, timeout=10000):
                notifier.notify("Time", "body", can_snooze=True)
    assert [call["replaces_id"] for call in calls(record)] == [0, 42]


def test_with_no_server_on_the_bus_the_caller_is_told_to_fall_back(qtbot, bus):
    """No Notifications server: the notifier says it is unavailable and a reminder reports delivery_failed."""
    notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
    with qtbot.waitSignal(notifier.availability_changed, timeout=10000) as changed:
        pass
    assert changed.args == [False]
    with qtbot.waitSignal(notifier.delivery_failed, timeout=1000):
        notifier.notify("Time", "body", can_snooze=True)


def test_a_server_that_appears_later_is_found_by_probing_again(qtbot, tmp_path, bus):
    """Unavailable while no server runs; after a probe with one running (as after a resume), reminders go out."""
    notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
    with qtbot.waitSignal(notifier.availability_changed, timeout=10000):
        pass
    with fake_server(bus, tmp_path / "notify.jsonl"):
        with qtbot.waitSignal(notifier.availability_changed, timeout=10000) as changed:
            notifier.probe()
        assert changed.args == [True]
        with qtbot.waitSignal(notifier.delivered, timeout=10000):
            notifier.notify("Time", "body", can_snooze=True)
    assert len(calls(tmp_path / "notify.jsonl")) == 1


def test_with_no_bus_at_all_the_notifier_is_unavailable_at_once(qtbot, tmp_path):
    """A bus address that leads nowhere: unavailable from the start, without waiting."""
    notifier = DBusNotifier("Pelvic Floor Trainer", address=f"unix:path={tmp_path}/no-bus")
    assert notifier.available is False
    with qtbot.waitSignal(notifier.delivery_failed, timeout=1000):
        notifier.notify("Time", "body", can_snooze=True)


def test_dunst_on_xvfb_shows_the_reminder_with_its_actions(qtbot, bus):
    """A real server (dunst): it takes the typed Notify call, shows one notification, and reports its closing."""
    with dunst_server(bus):
        notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
        with qtbot.waitSignal(notifier.delivered, timeout=10000):
            notifier.notify("Time for a short breathing break", "2 sets to go today", can_snooze=True)
        assert notifier.actions
        assert dunstctl(bus, "count", "displayed") == "1"
        with qtbot.waitSignal(notifier.closed, timeout=10000):
            dunstctl(bus, "close")


def test_a_server_that_never_answers_notify_does_not_block_the_gui_thread(qtbot, tmp_path, bus):
    """The call waits in the worker thread; a 50 ms heartbeat on the GUI thread keeps beating meanwhile."""
    record = tmp_path / "notify.jsonl"
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    with fake_server(bus, record, "--hang") as server:
        notifier = DBusNotifier("Pelvic Floor Trainer", address=bus)
        qtbot.waitUntil(lambda: notifier.available is True, timeout=10000)
        heartbeat.start(50)
        notifier.notify("Time", "body", can_snooze=True)
        qtbot.waitUntil(lambda: record.exists(), timeout=10000)
        qtbot.wait(1000)
        heartbeat.stop()
        server.terminate()
        with qtbot.waitSignal(notifier.delivery_failed, timeout=15000):
            pass
    notifier.close()
    gaps = [later - earlier for earlier, later in zip(beats, beats[1:])]
    assert len(beats) >= 15 and max(gaps) < 0.25, f"{len(beats)} beats, longest gap {max(gaps, default=0):.3f} s"
