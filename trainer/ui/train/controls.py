"""The row of session buttons under the piston view: Start/Pause, Skip, Stop, and "This hurts — stop".

The buttons only ask; the Train page decides. They take focus from the keyboard (Tab) but not from a mouse
click, so after clicking Skip the Space bar still means Start/Pause instead of "Skip again".

Signals:
    toggle_requested(): Start, Pause or Resume.
    skip_requested(): move on to the next phase.
    stop_requested(): end the session, keeping what was done.
    discomfort_requested(): end the session because something hurts.
    hold_started(), hold_ended(): in a self-timed session the big button is "Hold": pressed, then let go.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trainer.core.engine import SessionState


class SessionControls(QWidget):
    toggle_requested = Signal()
    skip_requested = Signal()
    stop_requested = Signal()
    discomfort_requested = Signal()
    hold_started = Signal()
    hold_ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session-controls")
        self.toggle_button = self._button(self.tr("Start"), self.tr("Start the session (Space)"), "toggle")
        self.toggle_button.setProperty("primary", True)
        self.toggle_button.setMinimumWidth(120)
        self.skip_button = self._button(self.tr("Skip"), self.tr("Skip to the next phase (Right arrow)"), "skip")
        self.stop_button = self._button(self.tr("Stop"), self.tr("Stop the session (Esc)"), "stop")
        self.hurts_button = self._button(self.tr("This hurts — stop"),
                                         self.tr("Stop now because something hurts"), "hurts")
        self.hurts_button.setObjectName("hurtsButton")
        self._hold_mode = False
        self._press_holds = False  # the button went down as "Hold": its click is not a Start or Pause
        self.toggle_button.pressed.connect(self._on_toggle_button_pressed)
        self.toggle_button.released.connect(self._on_toggle_button_released)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.skip_button.clicked.connect(self.skip_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.hurts_button.clicked.connect(self.discomfort_requested)

        # Rows: every button sits on the first while there is room; in a narrow window (or with large text)
        # the last ones move down a row, "This hurts — stop" first, so no button is ever squeezed.
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(10)
        self._rows: list[QHBoxLayout] = []
        for _ in self._buttons():
            row = QHBoxLayout()
            row.setSpacing(10)
            self._column.addLayout(row)
            self._rows.append(row)
        self._split: tuple[int, ...] = ()
        self._place((len(self._buttons()),))
        self.setFocusProxy(self.toggle_button)
        self.set_state(None)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.toggle_button, self.skip_button, self.stop_button, self.hurts_button)

    def wrapped(self) -> bool:
        """True when "This hurts — stop" is not on the first row."""
        return self._split[0] < len(self._buttons())

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Measured now, not once: the labels change with the state, and the stylesheet pads them.
        split, used = [0], 0
        for button in self._buttons():
            width = max(button.sizeHint().width(), button.minimumWidth()) + (24 if button is self.hurts_button else 0)
            if split[-1] and used + 10 + width > event.size().width():
                split.append(0)
                used = 0
            used += width + (10 if split[-1] else 0)
            split[-1] += 1
        if tuple(split) != self._split:
            self._place(tuple(split))
        super().resizeEvent(event)

    def _place(self, split: tuple[int, ...]) -> None:
        """Lay the buttons out in rows of ``split`` buttons each, every row centred."""
        self._split = split
        buttons, first = self._buttons(), 0
        for index, row in enumerate(self._rows):
            while row.count():
                row.takeAt(0)
            members = buttons[first:first + split[index]] if index < len(split) else ()
            first += len(members)
            if not members:
                continue
            row.addStretch(1)
            for button in members:
                if button is self.hurts_button and len(members) > 1:
                    row.addSpacing(24)  # set apart from the session's own buttons
                row.addWidget(button)
            row.addStretch(1)
        # Lay the rows out now: this runs inside a resize, and a new row would otherwise wait for the next one.
        self._column.activate()

    def _button(self, text: str, description: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{name}Button")
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(38)
        return button

    def _on_toggle_button_pressed(self) -> None:
        self._press_holds = self._hold_mode
        if self._press_holds:
            self.hold_started.emit()

    def _on_toggle_button_released(self) -> None:
        if self._press_holds:
            self.hold_ended.emit()

    def _on_toggle_button_clicked(self) -> None:
        # A session may end while "Hold" is down; letting go then must not start the next one.
        if not self._press_holds:
            self.toggle_requested.emit()
        self._press_holds = False

    def set_hold_mode(self, on: bool) -> None:
        """Make the big button "Hold" (a self-timed session running) or give it back its Start/Pause role."""
        self._hold_mode = on
        if on:
            self._label_toggle(self.tr("Hold"), self.tr("Press and hold for as long as you hold; let go to end "
                                                        "the hold (Space)"))

    def offer_rest(self) -> None:
        """After a discomfort stop: Start stays available, but nothing here invites starting again, not even
        the accent colour of the main action."""
        self._label_toggle(self.tr("Start"), self.tr("Start the routine"))
        self._set_primary(False)

    def _set_primary(self, primary: bool) -> None:
        if self.toggle_button.property("primary") != primary:
            self.toggle_button.setProperty("primary", primary)
            # A dynamic property changes the style sheet's match only once the style is applied again.
            self.toggle_button.style().unpolish(self.toggle_button)
            self.toggle_button.style().polish(self.toggle_button)

    def _label_toggle(self, text: str, description: str) -> None:
        self.toggle_button.setText(text)
        self.toggle_button.setAccessibleName(text)
        self.toggle_button.setAccessibleDescription(description)
        self.toggle_button.setToolTip(description)

    def set_state(self, state: SessionState | None) -> None:
        """Label and enable the buttons for ``state`` (None: no routine loaded)."""
        active = state in (SessionState.RUNNING, SessionState.PAUSED)
        if state is SessionState.RUNNING:
            text, description = self.tr("Pause"), self.tr("Pause the session (Space)")
        elif state is SessionState.PAUSED:
            text, description = self.tr("Resume"), self.tr("Resume the session (Space)")
        elif state is not None and state.ended:
            text, description = self.tr("Start again"), self.tr("Start the routine again (Space)")
        else:
            text, description = self.tr("Start"), self.tr("Start the session (Space)")
        self._label_toggle(text, description)
        self._set_primary(True)
        self.toggle_button.setEnabled(state is not None)
        self.skip_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        self.hurts_button.setEnabled(active)
