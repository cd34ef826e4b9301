"""Settings → Language and text: the language the app speaks and the size of its text.

Both apply at the next start: the window's widgets are built in one language and at one size. The section says
so, calmly, as soon as a choice differs from what this run uses.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from trainer.core.settings import LANGUAGES, TEXT_SCALES, Settings
from trainer.ui.language import LANGUAGE_NAMES, in_effect


class LanguageSection(QGroupBox):
    """The two choices; ``values()`` gives them as Settings fields."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language and text"), parent)
        self._running = in_effect(settings)
        form = QFormLayout(self)
        form.setSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            # Each language is named in its own language, so that anyone can find theirs.
            self.language.addItem(self.tr("System language") if code == "system" else LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language:"), self.language)
        self.text_size = QComboBox(self)
        for scale in TEXT_SCALES:
            self.text_size.addItem(self.tr("%1 %").replace("%1", f"{scale * 100:.0f}"), scale)
        self.text_size.setCurrentIndex(TEXT_SCALES.index(settings.text_scale))
        self.text_size.setAccessibleName(self.tr("Text size"))
        form.addRow(self.tr("Text size:"), self.text_size)
        self.restart_note = QLabel(self.tr("The new language and text size take effect the next time you open "
                                           "the trainer."), self)
        self.restart_note.setObjectName("muted")
        self.restart_note.setWordWrap(True)
        form.addRow(self.restart_note)
        self.language.currentIndexChanged.connect(self._update_note)
        self.text_size.currentIndexChanged.connect(self._update_note)
        self._update_note()

    def values(self) -> dict:
        return {"language": self.language.currentData(), "text_scale": self.text_size.currentData()}

    def restart_needed(self) -> bool:
        return (self.values()["language"], self.values()["text_scale"]) != self._running

    def _update_note(self) -> None:
        self.restart_note.setVisible(self.restart_needed())
