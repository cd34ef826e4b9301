"""A row of auto-exclusive buttons (filter chips, the page switch) in which every button is its own Tab stop.

Qt reads a checkable, auto-exclusive button as a radio button, which is what these look and act like, but
its focus chain then stops Tab only at the checked one of them. ``ChoiceRow`` puts the others back: Tab and
Shift+Tab walk the row one button at a time, from its first (or last) one, before leaving it. The arrow
keys move to the neighbour and choose it, as in a radio group, and stay with the row even where a window
shortcut such as "Right: skip a phase" would take them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class ChoiceRow(QObject):
    """Watches ``buttons`` (in their visual order) for the keys above; Return chooses the focused one."""

    def __init__(self, buttons: list[QAbstractButton], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self._stepping = False
        for button in buttons:
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.installEventFilter(self)

    def step(self, focused: QWidget | None, forward: bool) -> bool:
        """Move the focus to the next (or previous) button of the row; False when it should leave the row."""
        if focused not in self.buttons:
            return False
        index = self.buttons.index(focused) + (1 if forward else -1)
        if not 0 <= index < len(self.buttons):
            return False
        self._stepping = True
        self.buttons[index].setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        self._stepping = False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and not self._stepping:
            # Qt enters the row at whichever button its chain picked; start at the end Tab comes from.
            if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
                end = self.buttons[0 if event.reason() == Qt.FocusReason.TabFocusReason else -1]
                if watched is not end:
                    self._stepping = True
                    end.setFocus(event.reason())
                    self._stepping = False
        elif kind == QEvent.Type.ShortcutOverride and event.key() in _ARROWS and not event.modifiers():
            event.accept()
        elif kind == QEvent.Type.KeyPress and event.key() in _ARROWS and not event.modifiers():
            # As in a radio group, an arrow moves to the neighbour and chooses it.
            forward = event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            if self.step(watched, forward):
                QApplication.focusWidget().click()
            return True
        elif kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            return self.step(watched, forward)
        elif kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            watched.click()
            return True
        return False
