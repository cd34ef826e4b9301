"""The technique guide (F1): what a reverse Kegel is, how the breath carries it, and how much to practise."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from trainer.ui import words
from trainer.ui.dialogs.safety import points_html, safety_points
from trainer.ui.look.colors import accent


class HelpDialog(QDialog):
    """The guide; "Safety notice…" asks the window to show the notice itself."""

    safety_notice_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("How to practise"))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Technique guide"))
        self.browser.setHtml(self._guide_html())
        layout.addWidget(self.browser, 1)

        buttons = QDialogButtonBox(self)
        safety = QPushButton(self.tr("Safety notice\u2026"), self)
        safety.setAccessibleName(self.tr("Show the safety notice"))
        safety.clicked.connect(self._on_safety_clicked)
        buttons.addButton(safety, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(words.close())
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_safety_clicked(self) -> None:
        self.safety_notice_requested.emit()

    def _guide_html(self) -> str:
        sections = [
            (self.tr("What a reverse Kegel is"), [
                self.tr("The pelvic floor is a hammock of muscles at the base of the pelvis. A Kegel squeezes "
                        "and lifts it; a reverse Kegel does the opposite: it lets the muscles relax, lengthen "
                        "and lower. Healthy muscles need both, and for a floor that is often tight, letting go "
                        "is the skill to learn."),
            ]),
            (self.tr("The breath leads"), [
                self.tr("The diaphragm and the pelvic floor move together, like a piston. As you breathe in, "
                        "the diaphragm moves down and the floor softens and drops. As you breathe out, both "
                        "rise gently again."),
                self.tr("The drop is passive. Let it happen; never push or bear down. Some therapists cue the "
                        "release on the out-breath instead: you can switch this in Settings."),
            ]),
            (words.how_to_do_it(), [
                self.tr("Lie on your back with your knees bent, sit upright, or stand; one hand on your belly "
                        "helps keep the breath low."),
                self.tr("Breathe in slowly through your nose and let your belly rise. Let the muscles around "
                        "the back passage soften; feel the space between pubic bone and tailbone grow and the "
                        "sit bones widen."),
                self.tr("Stay soft for the hold, breathing gently. Then breathe out and let the floor return "
                        "on its own, without squeezing. Belly, buttocks and inner thighs stay relaxed."),
            ]),
            (self.tr("How much, and how to progress"), [
                self.tr("Start with holds of about five seconds and around three sets of ten a day, spread "
                        "out. Rest at least as long as you hold."),
                self.tr("When it feels easy and comfortable, lengthen the hold toward ten seconds first, then "
                        "add repetitions, then sets; move from lying to sitting to standing. Keep the daily "
                        "total well under fifteen minutes."),
                self.tr("Change takes weeks to months. Little and often matters more than long sessions."),
            ]),
            (self.tr("Using the trainer"), [
                self.tr("Choose a routine on the Train page and follow the figure and the cues. The Progress "
                        "page shows your streak and sets per day. Ctrl+1 and Ctrl+2 switch between them."),
            ]),
        ]
        sections.append((self.tr("Stay safe"), []))
        heading_style = f"color:{accent(self.palette()).name()}; margin-top:14px"
        parts = []
        for heading, paragraphs in sections:
            parts.append(f"<h3 style='{heading_style}'>{escape(heading)}</h3>")
            parts.extend(f"<p style='line-height:135%'>{escape(text)}</p>" for text in paragraphs)
        parts.append(points_html(safety_points()))
        return "".join(parts)
