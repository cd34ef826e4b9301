"""Calm dialogs: words on buttons and no stock icons, discreet titles, Settings that says what went quiet,
and a data folder that can still be found when no file manager answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle

from trainer.core.settings import Settings
from trainer.ui import words
from trainer.ui.dialogs import folder_path
from trainer.ui.dialogs.about import AboutDialog
from trainer.ui.dialogs.settings import SettingsDialog
from trainer.ui.look.theme import CalmStyle


def test_the_style_gives_dialog_buttons_no_icons_and_message_boxes_no_warning_signs(qapp):
    style = CalmStyle()
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    for icon in (QStyle.StandardPixmap.SP_MessageBoxQuestion, QStyle.StandardPixmap.SP_MessageBoxCritical):
        assert style.standardIcon(icon).isNull()
    assert not style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp).isNull()  # other icons stay


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
