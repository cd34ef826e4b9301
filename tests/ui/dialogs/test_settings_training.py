"""The Settings dialog's Holds section: the self-timed mode is offered, explained, and saved only on Save."""

from __future__ import annotations

from trainer.core.settings import Settings
from trainer.ui.dialogs.settings import SettingsDialog


def test_the_self_timed_choice_starts_from_the_settings_and_comes_back_edited(qtbot):
    dialog = SettingsDialog(Settings(daily_target_sets=4))
    qtbot.addWidget(dialog)
    box = dialog.training.self_timed
    assert not box.isChecked() and "Space" in box.accessibleDescription()
    box.setChecked(True)
    edited = dialog.edited()
    assert edited.self_timed_holds and edited.daily_target_sets == 4


def test_a_self_timed_person_can_turn_it_off_again(qtbot):
    dialog = SettingsDialog(Settings(self_timed_holds=True))
    qtbot.addWidget(dialog)
    assert dialog.training.self_timed.isChecked()
    dialog.training.self_timed.setChecked(False)
    assert not dialog.edited().self_timed_holds
