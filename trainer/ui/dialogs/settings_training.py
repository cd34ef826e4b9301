"""The Settings dialog's training section: whether the person times their own holds."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from trainer.core.settings import Settings


class TrainingSection(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Holds"), parent)
        box = QVBoxLayout(self)
        box.setSpacing(6)
        self.self_timed = QCheckBox(self.tr("Time my own holds"), self)
        self.self_timed.setAccessibleName(self.tr("Time my own holds"))
        self.self_timed.setChecked(settings.self_timed_holds)
        hint = QLabel(self.tr("During a session, press and hold Space (or the Hold button) for as long as you hold "
                              "the drop or the squeeze, and let go to end it. Stop ends the session."), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        hint.setIndent(24)
        self.self_timed.setAccessibleDescription(hint.text())
        box.addWidget(self.self_timed)
        box.addWidget(hint)

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with the choices made in this section."""
        return settings.replace(self_timed_holds=self.self_timed.isChecked())
