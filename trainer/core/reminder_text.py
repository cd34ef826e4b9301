"""What a reminder says, and the times suggested when reminders are first turned on.

In discreet mode the words name no body part and no exercise: a notification can pop up on a shared screen.
"""

from __future__ import annotations

from trainer.core.i18n import tr
from trainer.core.reminders import Reminder

# Spread over a waking day, each at a natural pause: after the morning routine, after lunch, and early evening
# before dinner. At least four and a half hours apart, so the hour-after-a-session rule never swallows the next
# one, and none late enough to intrude on the evening.
SUGGESTED_TIMES = ("09:00", "13:30", "19:00")


def reminder_text(reminder: Reminder, discreet: bool) -> tuple[str, str]:
    """(summary, body) for the notification, the tray message or the window's card."""
    if discreet:
        summary = tr("Time for a short breathing break", "reminders")
    else:
        summary = tr("Time for your pelvic floor relaxation", "reminders")
    return summary, sets_left_text(reminder.sets_left)


def sets_left_text(count: int) -> str:
    """"2 sets to go today"; the English plural is chosen here, as the UI does, and translators get both forms."""
    if count == 1:
        return tr("{count} set to go today", "reminders").format(count=count)
    return tr("{count} sets to go today", "reminders").format(count=count)
