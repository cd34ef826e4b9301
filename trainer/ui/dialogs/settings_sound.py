"""The sound theme in the Settings dialog: soft tones, a single bell or none, and a button to hear a sample."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSlider, QWidget

from trainer.ui.audio.sound_cues import THEMES, SoundCues
from trainer.ui.look.flow import FlowLayout

# The sound that starts most phases of a session: breathing in, letting go.
SAMPLE = "in"


class SoundThemeRow(QWidget):
    """The theme choice and its sample, played at the volume the dialog's slider shows."""

    def __init__(self, theme: str, volume: QSlider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._volume = volume
        self.player = SoundCues(self)
        self.theme = QComboBox(self)
        names = {"soft": self.tr("Soft tones"), "bell": self.tr("A single bell"), "none": self.tr("No sound")}
        for key in THEMES:
            self.theme.addItem(names[key], key)
        self.theme.setCurrentIndex(THEMES.index(theme) if theme in THEMES else 0)
        self.theme.setAccessibleName(self.tr("Sound theme"))
        self.sample = QPushButton(self.tr("Play a sample"), self)
        self.sample.setAccessibleName(self.sample.text())
        self.sample.setAccessibleDescription(self.tr("Play a sample of the sound theme"))
        self.sample.clicked.connect(self._on_sample_clicked)
        self.theme.currentIndexChanged.connect(self._on_theme_current_index_changed)
        # A flow: at large text sizes the sample button moves below the choice rather than being clipped.
        row = FlowLayout(self, spacing=6)
        row.addWidget(QLabel(self.tr("Sounds:"), self))
        row.addWidget(self.theme)
        row.addWidget(self.sample)
        self._on_theme_current_index_changed()

    def value(self) -> str:
        return self.theme.currentData()

    def _on_theme_current_index_changed(self) -> None:
        self.sample.setEnabled(self.value() != "none")

    def _on_sample_clicked(self) -> None:
        self.player.configure(True, self._volume.value() / 100, self.value())
        self.player.play(SAMPLE)
