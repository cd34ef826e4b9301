"""The companion: reminders reach the person by the best route, the tray menu's actions, closing to the tray."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from trainer.core.engine import SessionState
from trainer.ui.reminders.scheduler import ReminderScheduler
from trainer.ui.shell import companion as companion_module
from trainer.ui.shell.companion import Companion
from trainer.ui.shell.main_window import MainWindow

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 5, 4, 8, 59, 30, tzinfo=BERLIN)


class FakeNotifier(QObject):
    """Stands in for DBusNotifier: records what it is asked to show; tests decide if a server exists."""

    delivery_failed = Signal()
    start_requested = Signal()
    snooze_requested = Signal()

    def __init__(self, available: bool | None) -> None:
        super().__init__()
        self.available = available
        self.shown: list[tuple[str, str, bool]] = []

    def notify(self, summary: str, body: str, can_snooze: bool) -> None:
        self.shown.append((summary, body, can_snooze))


class FakeTray:
    """A tray that exists, for the rules that depend only on there being one."""

    def set_tooltip(self, text: str) -> None:
        self.tooltip = text


class Wall:
    def __init__(self) -> None:
        self.now = START
        self.mono = 100.0

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.mono += seconds


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def make(qtbot, state, catalog, clock, wall):
    state.change_settings(state.settings.replace(safety_accepted_at="2026-03-01T09:00:00+01:00",
                                                 reminders=("09:00",)))
    made = []

    def build(available: bool | None = True, tray: bool = False, background: bool = False):
        window = MainWindow(state, catalog, clock)
        qtbot.addWidget(window)
        notifier = FakeNotifier(available)
        scheduler = ReminderScheduler(state, now=lambda: wall.now, monotonic=lambda: wall.mono)
        companion = Companion(window, state, background=background, tray=tray, notifier=lambda name: notifier,
                              scheduler=scheduler)
        made.append((window, scheduler))
        return companion, notifier

    yield build
    for window, scheduler in made:
        scheduler.timer.stop()
        # Deleted now, as the app does (application._dispose), not whenever the garbage collector gets to it.
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fire(companion: Companion, wall: Wall) -> None:
    wall.advance(companion.scheduler.timer.interval() / 1000)
    companion.scheduler.timer.timeout.emit()


def test_a_reminder_goes_to_the_notification_server_when_there_is_one(make, wall):
    companion, notifier = make(available=True)
    fire(companion, wall)
    assert notifier.shown == [("Time for your pelvic floor relaxation", "3 sets to go today", True)]
    assert companion.delivery.last_route == "notification"
    assert not companion.window.reminder_card.isVisible()


def test_without_notifications_or_a_tray_the_window_comes_forward_with_the_card(make, wall):
    companion, notifier = make(available=False)
    fire(companion, wall)
    assert notifier.shown == []
    assert companion.window.isVisible() and companion.window.reminder_card.isVisible()
    assert companion.window.reminder_card.body.text() == "3 sets to go today"


def test_a_failed_notification_falls_back_to_the_card(make, wall):
    companion, notifier = make(available=None)
    fire(companion, wall)
    notifier.delivery_failed.emit()
    assert companion.delivery.last_route == "window"
    assert companion.window.reminder_card.isVisible()


def test_start_on_the_notification_shows_the_window_and_starts_the_routine(make, wall):
    companion, notifier = make(available=True)
    fire(companion, wall)
    notifier.start_requested.emit()
    page = companion.window.train_page
    assert companion.window.isVisible() and companion.window.current_page() == "train"
    assert page.controller.snapshot.state is SessionState.RUNNING
    assert page.controller.snapshot.kind == "lead-in"
    page.controller.stop()


def test_snooze_on_the_card_brings_the_reminder_back_in_ten_minutes(make, wall):
    companion, _ = make(available=False)
    fire(companion, wall)
    companion.window.reminder_card.snooze_button.click()
    assert not companion.window.reminder_card.isVisible()
    assert companion.scheduler.timer.interval() == 10 * 60 * 1000


def test_the_tray_menu_snoozes_for_an_hour_and_pauses_until_tomorrow(make, wall):
    companion, _ = make()
    assert companion.menu.snooze_action.isEnabled() and companion.menu.pause_action.isEnabled()
    companion.menu.snooze_action.trigger()
    assert companion.scheduler.aimed_at == datetime(2026, 5, 5, 9, 0, tzinfo=BERLIN)
    companion.menu.pause_action.trigger()
    assert companion.scheduler.aimed_at == datetime(2026, 5, 5, 9, 0, tzinfo=BERLIN)


def test_the_tray_menu_greys_out_the_reminder_actions_when_reminders_are_off(make, state):
    companion, _ = make()
    state.change_settings(state.settings.replace(reminders=()))
    assert not companion.menu.snooze_action.isEnabled() and not companion.menu.pause_action.isEnabled()
    assert not companion.scheduler.timer.isActive()


def test_the_tray_menu_starts_shows_and_quits(make, monkeypatch):
    companion, _ = make()
    quits = []
    monkeypatch.setattr(companion_module.QApplication, "quit", lambda: quits.append(True))
    companion.menu.show_action.trigger()
    assert companion.window.isVisible()
    companion.menu.start_action.trigger()
    assert companion.window.train_page.controller.snapshot.state is SessionState.RUNNING
    companion.window.confirm_close = lambda: True
    companion.menu.quit_action.trigger()
    assert not companion.window.isVisible() and quits == [True]


def test_without_a_tray_closing_the_window_closes_it_even_with_close_to_tray_on(make, state, qtbot):
    companion, _ = make()
    state.change_settings(state.settings.replace(close_to_tray=True))
    assert not companion.hides_on_close


def test_with_a_tray_and_close_to_tray_closing_hides_the_window_and_a_heard_session_goes_on(make, state, qtbot,
                                                                                          monkeypatch):
    companion, _ = make()
    monkeypatch.setattr(companion, "tray", FakeTray())
    state.change_settings(state.settings.replace(close_to_tray=True))
    companion.show_window()
    qtbot.waitExposed(companion.window)
    page = companion.window.train_page
    page.controller.toggle()
    assert companion.window.close() is False
    assert not companion.window.isVisible()
    assert page.session_active() and page.controller.runs_unseen
    companion.show_window()
    assert not page.controller.runs_unseen
    page.controller.stop()


def test_started_in_the_background_closing_returns_to_the_tray(make, monkeypatch):
    companion, _ = make(background=True)
    assert not companion.window.isVisible()
    monkeypatch.setattr(companion, "tray", FakeTray())
    assert companion.hides_on_close


def test_start_at_login_writes_and_removes_the_autostart_entry(make, state, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    make()
    entry = tmp_path / "config" / "autostart" / "io.github.pelvicfloortrainer.PelvicFloorTrainer.desktop"
    state.change_settings(state.settings.replace(start_at_login=True))
    assert "--background" in entry.read_text()
    state.change_settings(state.settings.replace(start_at_login=False))
    assert not entry.exists()


def test_inside_the_flatpak_start_at_login_asks_the_background_portal(make, state, monkeypatch):
    asked = []
    monkeypatch.setenv("FLATPAK_ID", "io.github.pelvicfloortrainer.PelvicFloorTrainer")
    monkeypatch.setattr(companion_module, "request_background", lambda on, parent: asked.append(on))
    make()
    state.change_settings(state.settings.replace(start_at_login=True))
    assert asked == [True]
