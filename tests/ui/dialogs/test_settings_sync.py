"""The settings dialog's sync-folder section: a folder picked is started and saved with the settings; one
that cannot be used says why, in place, and leaves the choice as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from trainer.core.settings import Settings
from trainer.core.sync import APP_FOLDER
from trainer.ui.dialogs.settings import SettingsDialog


def test_a_picked_folder_is_started_and_saved(qtbot, data_dir, tmp_path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    dialog = SettingsDialog(Settings(), data_dir=data_dir)
    qtbot.addWidget(dialog)
    section = dialog.sync_section
    assert section.path_label.text() == "Not syncing." and not section.clear_button.isEnabled()
    section.choose_folder = lambda: str(folder)
    qtbot.mouseClick(section.choose_button, Qt.MouseButton.LeftButton)
    assert (folder / APP_FOLDER).is_dir()
    assert dialog.edited().sync_folder == str(folder)
    qtbot.mouseClick(section.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.edited().sync_folder is None


def test_a_folder_inside_the_data_folder_is_refused_in_place(qtbot, data_dir, tmp_path):
    dialog = SettingsDialog(Settings(sync_folder=str(tmp_path / "kept")), data_dir=data_dir)
    qtbot.addWidget(dialog)
    section = dialog.sync_section
    section.choose_folder = lambda: str(data_dir / "inside")
    qtbot.mouseClick(section.choose_button, Qt.MouseButton.LeftButton)
    assert "inside the data folder" in section.problem_label.text() and not section.problem_label.isHidden()
    assert not (data_dir / "inside").exists()
    assert dialog.edited().sync_folder == str(tmp_path / "kept")


def test_without_a_data_folder_the_dialog_has_no_sync_section(qtbot):
    dialog = SettingsDialog(Settings(sync_folder="/somewhere"))
    qtbot.addWidget(dialog)
    assert dialog.sync_section is None and dialog.edited().sync_folder == "/somewhere"
