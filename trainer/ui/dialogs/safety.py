"""The safety notice: shown once on first run and accepted, and open to re-reading from the Help menu.

The points follow the project's domain brief; the wording is the app's own, plain and kind.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from trainer.ui import words

def safety_points() -> list[str]:
    """The notice's points, translated; the Help pages show the same list."""
    # Each call names its context in full: lupdate reads only literal translate() calls.
    return [
        QCoreApplication.translate(
            "SafetyNotice", "If you can, see a pelvic-health physiotherapist before you begin, especially if you "
            "have pain, leaking, bladder or bowel symptoms, have recently had surgery or given birth, or have a "
            "catheter in place."),
        QCoreApplication.translate("SafetyNotice", "Empty your bladder before each session."),
        QCoreApplication.translate("SafetyNotice",
                                   "Practise on its own, not in the middle of a core or abdominal workout."),
        QCoreApplication.translate("SafetyNotice",
                                   "Go gently. Add time or sessions only when the practice feels comfortable."),
        QCoreApplication.translate("SafetyNotice", "If anything hurts or feels wrong, stop and rest. If pain or "
                                   "discomfort stays, see a doctor."),
        QCoreApplication.translate("SafetyNotice", "Breathe slowly into your belly. Never hold your breath, push "
                                   "or strain: the release is soft."),
    ]


def points_html(points: list[str]) -> str:
    items = "".join(f"<li style='margin-bottom:8px'>{escape(point)}</li>" for point in points)
    return f"<ul style='margin-left:-18px'>{items}</ul>"


class SafetyDialog(QDialog):
    """The notice. With ``accepted_at`` None it is the first-run version, closed by "I understand"."""

    def __init__(self, accepted_at: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyDialog")
        self.setWindowTitle(words.before_you_start())
        self.setFixedWidth(580)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)

        title = QLabel(words.before_you_start(), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr("This trainer gives general information and a gentle pace to practise with. It is not "
                    "medical advice, and it does not replace care from a professional."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        points = QLabel(points_html(safety_points()), self)
        points.setTextFormat(Qt.TextFormat.RichText)
        points.setWordWrap(True)
        points.setAccessibleName(self.tr("Safety points"))
        points.setAccessibleDescription(" ".join(safety_points()))
        layout.addWidget(points)

        buttons = QDialogButtonBox(self)
        if accepted_at is None:
            self.accept_button = buttons.addButton(self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.accept_button.setAccessibleName(self.tr("I understand the safety notice"))
        else:
            when = _readable(accepted_at)
            if when:
                note = QLabel(self.tr("You accepted this notice on {when}.").format(when=when), self)
                note.setObjectName("muted")
                layout.addWidget(note)
            self.accept_button = buttons.addButton(words.close(), QDialogButtonBox.ButtonRole.AcceptRole)
            self.accept_button.setAccessibleName(self.tr("Close the safety notice"))
        self.accept_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addSpacing(6)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # Qt sizes a new dialog from its width-independent size hint, far too tall for wrapped text at this
        # width; the layout's height for the actual width fits the text exactly.
        self.resize(self.width(), self.layout().totalHeightForWidth(self.width()))
        super().showEvent(event)


def _readable(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    return QLocale().toString(moment.date(), QLocale.FormatType.LongFormat)
