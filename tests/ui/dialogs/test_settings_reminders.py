"""The Reminders and sound-theme parts of the Settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel, QToolButton

from trainer.core.reminder_text import SUGGESTED_TIMES
from trainer.core.settings import Settings
from trainer.ui.audio import sound_cues
from trainer.ui.dialogs.settings import SettingsDialog
from trainer.ui.dialogs.settings_reminders import RemindersGroup


def test_reminders_are_off_by_default_and_turning_them_on_suggests_three_times(qtbot):
    group = RemindersGroup(Settings(), tray=True)
    qtbot.addWidget(group)
    assert not group.enabled.isChecked() and group.values()["reminders"] == ()
    group.enabled.setChecked(True)
    assert group.values()["reminders"] == SUGGESTED_TIMES


def test_times_can_be_added_changed_and_removed(qtbot):
    group = RemindersGroup(Settings().replace(reminders=("09:00",)), tray=True)
    qtbot.addWidget(group)
    group.add_button.click()
    group.time_edits[1].setTime(QTime(7, 45))
    assert group.values()["reminders"] == ("07:45", "09:00")
    group.time_edits[0].parentWidget().findChild(QToolButton).click()
    assert group.values()["reminders"] == ("07:45",)


def test_without_a_tray_the_tray_option_is_greyed_out_and_says_why(qtbot):
    group = RemindersGroup(Settings().replace(close_to_tray=True), tray=False)
    qtbot.addWidget(group)
    assert not group.close_to_tray.isEnabled()
    assert any("no tray" in label.text() for label in group.findChildren(QLabel))
    assert group.values()["close_to_tray"] is True  # kept for a desktop that has one


def test_the_dialog_saves_reminders_tray_login_and_the_sound_theme(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.reminders.enabled.setChecked(True)
    dialog.reminders.start_at_login.setChecked(True)
    dialog.sound_theme.theme.setCurrentIndex(dialog.sound_theme.theme.findData("bell"))
    edited = dialog.edited()
    assert edited.reminders == SUGGESTED_TIMES and edited.start_at_login and edited.sound_theme == "bell"


def test_play_a_sample_plays_the_chosen_theme_at_the_dialogs_volume(qtbot, monkeypatch):
    made = {}

    class Effect:
        plays = 0

        def isLoaded(self) -> bool:
            return True

        def play(self) -> None:
            self.plays += 1

    def factory(parent, source, volume):
        made[(source.parent.name, source.name, volume)] = effect = Effect()
        return effect

    monkeypatch.setattr(sound_cues, "qt_sound_effect", factory)
    dialog = SettingsDialog(Settings().replace(volume=0.3, sound_theme="bell"))
    qtbot.addWidget(dialog)
    row = dialog.sound_theme
    row.sample.click()
    assert made[("bell", "in.wav", 0.3)].plays == 1
    row.theme.setCurrentIndex(row.theme.findData("none"))
    assert not row.sample.isEnabled()
