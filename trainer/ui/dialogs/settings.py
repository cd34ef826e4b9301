"""The settings dialog: practice goals, the breath coupling, motion, look, sound, and reminders.

The dialog only edits a ``Settings`` value; the window saves it through the store and applies it, so the
dialog can be tested without a store and never writes on Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QRadioButton, QSlider, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from trainer.core.settings import COUPLINGS, THEMES, Settings
from trainer.ui.audio.spoken_cues import speech_engines
from trainer.ui.dialogs.settings_sync import SyncFolderSection
from trainer.ui.dialogs.settings_training import TrainingSection
from trainer.ui.dialogs.settings_language import LanguageSection
from trainer.ui.look.wrapping_check import WrappingCheckBox
from trainer.ui.dialogs.settings_reminders import RemindersGroup
from trainer.ui.dialogs.settings_sound import SoundThemeRow


def _hint(text: str, parent: QWidget, indent: int = 0) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    label.setIndent(indent)
    return label


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setSpacing(10)
    # Short fields stay their natural size instead of stretching across the dialog.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``edited()`` returns the new value once accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, speech_problem: str = "",
                 data_dir: Path | None = None, sound_problem: str = "") -> None:
        """``speech_problem`` says why the voice went quiet this run (a hung or missing speech service);
        ``sound_problem`` why the chime did (no audio device, a file that would not load); with
        ``data_dir``, the sync folder can be chosen too."""
        super().__init__(parent)
        self._speech_problem = speech_problem
        self._sound_problem = sound_problem
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(540)
        self._original = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        # Tabs, not one long column: with every section in one page the dialog outgrew a 768 px screen, and
        # more so at large text sizes.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.tabBar().setAccessibleName(self.tr("Settings"))
        layout.addWidget(self.tabs)
        self.training = TrainingSection(settings, self)
        self._add_tab(self.tr("Practice"), self._practice_group(settings), self._breath_group(settings),
                      self.training)
        self.reminders = RemindersGroup(settings, self)
        self._add_tab(self.tr("Sound"), self._sound_group(settings), self.reminders)
        self.language_section = LanguageSection(settings, self)
        self._add_tab(self.tr("Appearance"), self._look_group(settings), self.language_section)
        self.sync_section = SyncFolderSection(settings.sync_folder, data_dir, self) if data_dir else None
        if self.sync_section is not None:
            self._add_tab(self.tr("Devices"), self.sync_section)
        # Plain text buttons: stock ones bring the platform's icons (a floppy disk, a red cross).
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.setAccessibleDescription(self.tr("Save settings"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Cancel"), self), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_tab(self, title: str, *sections: QWidget) -> None:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(14)
        for section in sections:
            column.addWidget(section)
        column.addStretch(1)
        self.tabs.addTab(page, title)

    def _practice_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Practice"), self)
        form = _form(group)
        self.daily_target = QSpinBox(group)
        self.daily_target.setRange(1, 20)
        self.daily_target.setValue(settings.daily_target_sets)
        self.daily_target.setSuffix(self.tr(" sets"))
        self.daily_target.setAccessibleName(self.tr("Daily target in sets"))
        form.addRow(self.tr("Daily target:"), self.daily_target)
        self.day_start = QComboBox(group)
        for hour in range(0, 7):
            self.day_start.addItem(self.tr("Midnight") if hour == 0 else f"{hour:02d}:00", hour)
        self.day_start.setCurrentIndex(settings.day_start_hour)
        self.day_start.setAccessibleName(self.tr("Day starts at"))
        form.addRow(self.tr("Day starts at:"), self.day_start)
        form.addRow(_hint(self.tr("Sessions before this hour count for the previous day."), group))
        return group

    def _breath_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Breath and movement"), self)
        box = QVBoxLayout(group)
        box.setSpacing(6)
        self.coupling = QButtonGroup(group)
        choices = {
            "inhale-release": (self.tr("Release as you breathe in (usual)"),
                               self.tr("The floor drops with the in-breath, as the diaphragm descends.")),
            "exhale-release": (self.tr("Release as you breathe out"),
                               self.tr("For people whose therapist cues the letting go on the out-breath.")),
        }
        for index, key in enumerate(COUPLINGS):
            label, hint = choices[key]
            radio = QRadioButton(label, group)
            radio.setAccessibleName(label)
            radio.setChecked(settings.breath_coupling == key)
            self.coupling.addButton(radio, index)
            box.addWidget(radio)
            box.addWidget(_hint(hint, group, indent=24))
        box.addWidget(_hint(self.tr("The breath-only routine always follows the natural piston."), group))
        self.reduced_motion = QCheckBox(self.tr("Reduce motion"), group)
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        self.reduced_motion.setChecked(settings.reduced_motion)
        box.addWidget(self.reduced_motion)
        box.addWidget(_hint(self.tr("A calmer, simpler animation, for when movement on screen is tiring."), group,
                            indent=24))
        return group

    def _look_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"), self)
        form = _form(group)
        self.theme = QComboBox(group)
        names = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for key in THEMES:
            self.theme.addItem(names[key], key)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("Theme:"), self.theme)
        self.discreet_title = WrappingCheckBox(self.tr("Discreet window title (\u201cBreathing Trainer\u201d)"), group)
        self.discreet_title.setAccessibleName(self.discreet_title.text())
        self.discreet_title.setAccessibleDescription(self.tr("Discreet window title"))
        self.discreet_title.setChecked(settings.discreet_title)
        form.addRow(self.discreet_title)
        return group

    def _sound_group(self, settings: Settings) -> QGroupBox:
        group = QGroupBox(self.tr("Sound"), self)
        box = QVBoxLayout(group)
        row = QHBoxLayout()
        self.sound = QCheckBox(self.tr("Soft sound at each phase change"), group)
        self.sound.setAccessibleName(self.sound.text())
        self.sound.setAccessibleDescription(self.tr("Sound cues"))
        self.sound.setChecked(settings.sound)
        # The volume has a row of its own, so the check box's label has the width it needs in any language.
        box.addWidget(self.sound)
        row.addSpacing(24)
        self.volume = QSlider(Qt.Orientation.Horizontal, group)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setMinimumWidth(140)
        row.addWidget(QLabel(self.tr("Volume:"), group))
        row.addWidget(self.volume)
        row.addStretch(1)
        box.addLayout(row)
        if self._sound_problem:
            self.sound_note = _hint(self._sound_problem, group, indent=24)
            box.addWidget(self.sound_note)
        self.sound_theme = SoundThemeRow(settings.sound_theme, self.volume, group)
        box.addWidget(self.sound_theme)
        self.spoken_cues = QCheckBox(self.tr("Speak the cues aloud"), group)
        self.spoken_cues.setAccessibleName(self.spoken_cues.text())
        self.spoken_cues.setAccessibleDescription(self.tr("Spoken cues"))
        self.spoken_cues.setChecked(settings.spoken_cues)
        box.addWidget(self.spoken_cues)
        self.speech_note = _hint(self.tr("A voice says each cue, in place of the chime."), group, indent=24)
        box.addWidget(self.speech_note)
        # The volume is the voice's too, so it stays adjustable while either one is on.
        for choice in (self.sound, self.spoken_cues):
            choice.toggled.connect(self._on_sound_choice_toggled)
        self._on_sound_choice_toggled()
        return group

    def showEvent(self, event: QShowEvent) -> None:
        # Qt sizes a dialog from its width-independent size hint, too short once the hints wrap (a longer
        # language, larger text); the layout's height for the actual width fits them.
        self.resize(self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width())))
        super().showEvent(event)

    def _on_sound_choice_toggled(self) -> None:
        self.volume.setEnabled(self.sound.isChecked() or self.spoken_cues.isChecked())
        self.sound_theme.setEnabled(self.sound.isChecked())
        if not self.spoken_cues.isChecked():
            return
        if self._speech_problem:
            self.speech_note.setText(self._speech_problem)
        # Asked only once speech is wanted: finding the engines loads QtTextToSpeech.
        elif not speech_engines():
            self.speech_note.setText(self.tr("No speech engine is installed on this computer, so the cues "
                                             "stay silent."))

    def edited(self, base: Settings | None = None) -> Settings:
        """``base`` (by default the settings the dialog opened with) with the values chosen here.

        Passing the store's current settings keeps anything that changed meanwhile outside this dialog.
        """
        edited = self.training.apply(base or self._original).replace(
            daily_target_sets=self.daily_target.value(),
            day_start_hour=self.day_start.currentData(),
            breath_coupling=COUPLINGS[max(0, self.coupling.checkedId())],
            reduced_motion=self.reduced_motion.isChecked(),
            theme=self.theme.currentData(),
            discreet_title=self.discreet_title.isChecked(),
            sound=self.sound.isChecked(),
            volume=self.volume.value() / 100,
            spoken_cues=self.spoken_cues.isChecked(),
            **self.language_section.values(),
            sound_theme=self.sound_theme.value(),
            **self.reminders.values(),
        )
        return edited.replace(sync_folder=self.sync_section.folder()) if self.sync_section else edited
