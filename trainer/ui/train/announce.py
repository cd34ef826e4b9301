"""Telling screen readers what a painted widget cannot: a phase began, the session paused or ended."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Put ``text`` in ``widget``'s accessible description and ask assistive technology to speak it."""
    # Imported at the first announcement, not at start-up: QAccessible's first use builds some 150 enum
    # members, about 2 ms that every start would pay.
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    widget.setAccessibleDescription(text)
    if hasattr(QtGui, "QAccessibleAnnouncementEvent"):  # Qt 6.8+: spoken without moving the focus
        event = QtGui.QAccessibleAnnouncementEvent(widget, text)
    else:
        event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
    QAccessible.updateAccessibility(event)
