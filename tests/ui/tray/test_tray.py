"""The tray's menu and tooltip, which work without a tray (offscreen there is none)."""

from __future__ import annotations

from trainer.ui.tray.icon import tooltip_text
from trainer.ui.tray.menu import TrayMenu


def test_the_menu_offers_the_five_actions_in_order(qtbot):
    menu = TrayMenu()
    qtbot.addWidget(menu)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Start the next routine", "Show", "Snooze reminders for an hour",
                     "Pause reminders until tomorrow", "Quit"]


def test_each_action_asks_for_what_it_says(qtbot):
    menu = TrayMenu()
    qtbot.addWidget(menu)
    asked = []
    for name in ("start", "show", "snooze_hour", "pause_today", "quit"):
        getattr(menu, f"{name}_requested").connect(lambda name=name: asked.append(name))
    menu.set_reminders_on(True)
    for action in (menu.start_action, menu.show_action, menu.snooze_action, menu.pause_action, menu.quit_action):
        action.trigger()
    assert asked == ["start", "show", "snooze_hour", "pause_today", "quit"]


def test_the_tooltip_shows_todays_sets_against_the_target_and_is_neutral_in_discreet_mode():
    assert tooltip_text(False, 1, 3) == "Pelvic Floor Trainer\n1 of 3 sets today"
    assert tooltip_text(True, 1, 1) == "Breathing Trainer\n1 of 1 set today"
