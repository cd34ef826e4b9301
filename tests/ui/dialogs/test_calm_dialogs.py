"""Calm dialogs: words on buttons and no stock icons, discreet titles, Settings that says what went quiet,
and a data folder that can still be found when no file manager answers."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from trainer.core.settings import Settings
from trainer.ui import words
from trainer.ui.dialogs import folder_path
from trainer.ui.dialogs.about import AboutDialog
from trainer.ui.dialogs.settings import SettingsDialog


def test_dialog_buttons_have_no_icons_and_boxes_are_checked_in_the_palettes_colours(qapp):
    from trainer.ui.look.theme import apply_theme

    assert qapp.style().name().lower() == "fusion"
    for variant in ("light", "dark"):
        apply_theme(qapp, variant)
        sheet = qapp.styleSheet()
        assert "dialogbuttonbox-buttons-have-icons: 0" in sheet
        # Every mark the indicators name is a file that is there, drawn in the variant's colour.
        marks = re.findall(r'url\("([^"]+)"\)', sheet)
        assert len(marks) == 3 and all(Path(mark).is_file() and f"-{variant}.svg" in mark for mark in marks)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    box.show()
    assert box.buttons()[0].icon().isNull()
    box.close()


def test_settings_buttons_are_plain_words_named_as_shown(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    assert sorted(button.text() for button in buttons) == ["Cancel", "Save"]
    assert all(button.icon().isNull() for button in buttons)
    assert dialog.save_button.accessibleName() == "Save"


def test_settings_say_the_chime_failed_and_that_breath_only_follows_the_natural_piston(qtbot):
    dialog = SettingsDialog(Settings(), sound_problem="The chime could not be loaded, so sessions are silent.")
    qtbot.addWidget(dialog)
    assert dialog.sound_note.text() == "The chime could not be loaded, so sessions are silent."
    texts = [label.text() for label in dialog.findChildren(type(dialog.sound_note))]
    assert any(text.startswith("The breath-only routine always follows the natural piston") for text in texts)


def test_the_discreet_title_covers_the_about_window(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path, QIcon(), discreet=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About Breathing Trainer"
    assert words.app_title(True) == "Breathing Trainer" and words.app_title(False) == "Pelvic Floor Trainer"
    assert "Pelvic" not in dialog.windowTitle()


def test_where_no_file_manager_answers_the_path_is_shown_and_can_be_copied(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    about = AboutDialog(tmp_path, QIcon())
    qtbot.addWidget(about)
    about._on_open_button_clicked()
    shown = about.folder_dialog
    assert shown is not None and shown.path.text() == str(tmp_path)
    assert shown.path.textInteractionFlags() & shown.path.textInteractionFlags().TextSelectableByKeyboard
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(tmp_path)
    shown.reject()


def test_where_a_file_manager_answers_nothing_else_opens(qtbot, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    assert folder_path.open_folder(Path(tmp_path), None) is None
    assert opened and opened[0].toLocalFile() == str(tmp_path)
    assert not QApplication.activeModalWidget()


def test_the_summary_closes_with_a_plain_done_named_as_shown(qtbot):
    from helpers.records import make_session
    from trainer.ui.dialogs.summary import SummaryDialog

    record = make_session(outcome="discomfort")
    dialog = SummaryDialog(record, [record], 3)
    qtbot.addWidget(dialog)
    assert (dialog.done_button.text(), dialog.done_button.accessibleName()) == ("Done", "Done")
    assert dialog.done_button.accessibleDescription() == "Close the summary"
    assert dialog.done_button.icon().isNull() and dialog.windowTitle() == "Session summary"
