"""The row of session buttons under the piston view: Start/Pause, Skip, Stop, and "This hurts — stop".

The buttons only ask; the Train page decides. They take focus from the keyboard (Tab) but not from a mouse
click, so after clicking Skip the Space bar still means Start/Pause instead of "Skip again".

Signals:
    toggle_requested(): Start, Pause or Resume.
    skip_requested(): move on to the next phase.
    stop_requested(): end the session, keeping what was done.
    discomfort_requested(): end the session because something hurts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from trainer.core.engine import SessionState


class SessionControls(QWidget):
    toggle_requested = Signal()
    skip_requested = Signal()
    stop_requested = Signal()
    discomfort_requested = Signal()

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
        self.hurts_button.setStyleSheet(
            "QPushButton#hurtsButton { border: 1px solid #c0675f; color: palette(window-text); }"
            "QPushButton#hurtsButton:focus { border: 2px solid #c0675f; }"
            "QPushButton#hurtsButton:disabled { border-color: palette(mid); }"
        )
        self.toggle_button.clicked.connect(self.toggle_requested)
        self.skip_button.clicked.connect(self.skip_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.hurts_button.clicked.connect(self.discomfort_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addStretch(1)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.skip_button)
        layout.addWidget(self.stop_button)
        layout.addSpacing(24)
        layout.addWidget(self.hurts_button)
        layout.addStretch(1)
        self.setFocusProxy(self.toggle_button)
        self.set_state(None)

    def _button(self, text: str, description: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{name}Button")
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(38)
        return button

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
        self.toggle_button.setText(text)
        self.toggle_button.setAccessibleName(text)
        self.toggle_button.setAccessibleDescription(description)
        self.toggle_button.setToolTip(description)
        self.toggle_button.setEnabled(state is not None)
        self.skip_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        self.hurts_button.setEnabled(active)
