"""The window's reminder card: what it says, its buttons, and hiding once dealt with."""

from __future__ import annotations

from trainer.ui.reminders.card import ReminderCard


def test_the_card_shows_the_reminder_and_offers_snooze_only_while_one_is_left(qtbot):
    card = ReminderCard()
    qtbot.addWidget(card)
    assert card.isHidden()
    card.show_reminder("Time for a short breathing break", "1 set to go today", can_snooze=False)
    assert not card.isHidden() and card.snooze_button.isHidden()
    assert (card.summary.text(), card.body.text()) == ("Time for a short breathing break", "1 set to go today")
    card.show_reminder("Time for a short breathing break", "1 set to go today", can_snooze=True)
    assert not card.snooze_button.isHidden()


def test_start_asks_for_the_routine_and_dismiss_only_hides(qtbot):
    card = ReminderCard()
    qtbot.addWidget(card)
    card.show_reminder("Time", "3 sets to go today", can_snooze=True)
    with qtbot.assertNotEmitted(card.start_requested), qtbot.assertNotEmitted(card.snooze_requested):
        card.dismiss_button.click()
    assert card.isHidden()
    card.show_reminder("Time", "3 sets to go today", can_snooze=True)
    with qtbot.waitSignal(card.start_requested, timeout=100):
        card.start_button.click()
    assert card.isHidden()
