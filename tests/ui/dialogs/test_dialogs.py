"""The dialogs: settings saved into settings.json, the safety notice's content, the guide, and About."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from trainer import __version__
from trainer.core.settings import Settings
from trainer.ui.dialogs.about import AboutDialog
from trainer.ui.dialogs.safety import SafetyDialog
from trainer.ui.dialogs.settings import SettingsDialog
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.state import AppState


@pytest.fixture
def window(qtbot, store, catalog, clock):
    store.save_settings(store.settings.replace(safety_accepted_at="2026-03-01T09:00:00+01:00"))
    win = MainWindow(AppState(store), catalog, clock)
    qtbot.addWidget(win)
    return win


def label_text(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def assert_controls_named(widget: QWidget) -> None:
    controls = [w for w in widget.findChildren(QWidget)
                if w.isVisibleTo(widget) and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert controls
    for control in controls:
        if control.parent() is not None and control.parent().inherits("QAbstractSpinBox"):
            continue  # a spin box's inner line edit is announced through the spin box
        assert control.accessibleName() or (isinstance(control, QAbstractButton) and control.text()), control


def test_settings_dialog_saves_every_value_into_settings_json(qtbot, window, data_dir, monkeypatch, app_look):
    """Each control lands in settings.json, and the Train page follows the new settings."""
    dialog = window.open_settings()
    dialog.daily_target.setValue(5)
    dialog.day_start.setCurrentIndex(dialog.day_start.findData(4))
    dialog.coupling.button(1).setChecked(True)
    dialog.reduced_motion.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.sound.setChecked(False)
    dialog.volume.setValue(30)
    dialog.spoken_cues.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["daily_target_sets"] == 5
    assert saved["day_start_hour"] == 4
    assert saved["breath_coupling"] == "exhale-release"
    assert saved["reduced_motion"] is True
    assert saved["theme"] == "light"
    assert saved["sound"] is False and saved["volume"] == pytest.approx(0.3)
    assert saved["spoken_cues"] is True
    assert saved["safety_accepted_at"] == "2026-03-01T09:00:00+01:00"  # untouched by the dialog
    page = window.train_page
    assert page.view.reduced_motion() and page.controller.engine.coupling == "exhale-release"


def test_cancel_changes_nothing(qtbot, window, data_dir):
    before = (data_dir / "settings.json").read_bytes()
    dialog = window.open_settings()
    dialog.daily_target.setValue(9)
    dialog.reject()
    assert (data_dir / "settings.json").read_bytes() == before


def test_settings_dialog_limits_and_explains(qtbot):
    """Target 1-20, day start 0-6 with its explanation, volume only while sound is on."""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert (dialog.daily_target.minimum(), dialog.daily_target.maximum()) == (1, 20)
    assert [dialog.day_start.itemData(i) for i in range(dialog.day_start.count())] == list(range(7))
    assert "Sessions before this hour count for the previous day." in label_text(dialog)
    assert dialog.coupling.checkedId() == 0  # inhale-release is the default
    dialog.sound.setChecked(False)
    assert not dialog.volume.isEnabled()
    dialog.sound.setChecked(True)
    assert dialog.volume.isEnabled()
    assert_controls_named(dialog)


def test_edited_keeps_values_changed_outside_the_dialog(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.daily_target.setValue(7)
    newer = Settings(window_geometry="abc", last_routine_id="breath-drop")
    edited = dialog.edited(newer)
    assert (edited.daily_target_sets, edited.window_geometry, edited.last_routine_id) == (7, "abc", "breath-drop")


def test_safety_notice_carries_every_rule(qtbot):
    """The notice names the physiotherapist, the bladder, core workouts, pacing, stopping, and the breath."""
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    text = label_text(dialog)
    for phrase in ("not medical advice", "physiotherapist", "pain", "leaking", "surgery", "given birth",
                   "catheter", "Empty your bladder", "core", "comfortable", "stop and rest", "see a doctor",
                   "belly", "hold your breath", "strain"):
        assert phrase in text, phrase
    assert dialog.accept_button.text() == "I understand"
    assert_controls_named(dialog)


def test_safety_notice_reopened_from_help_shows_when_it_was_accepted(qtbot, window):
    dialog = window.open_safety_notice()
    text = label_text(dialog)
    assert "You accepted this notice on" in text and "2026" in text
    assert dialog.accept_button.text() == "Close"


def test_help_guide_explains_the_technique_and_links_to_the_notice(qtbot, window):
    """F1's guide covers the reverse Kegel, the breath, and progression; its button opens the safety notice."""
    dialog = window.open_help()
    guide = dialog.browser.toPlainText()
    for phrase in ("reverse Kegel", "breathe in", "five seconds", "ten seconds", "Settings", "Empty your bladder"):
        assert phrase in guide, phrase
    safety = next(b for b in dialog.findChildren(QAbstractButton) if b.text().startswith("Safety notice"))
    qtbot.mouseClick(safety, Qt.MouseButton.LeftButton)
    assert window.findChild(SafetyDialog) is not None
    assert_controls_named(dialog)


def test_f1_is_the_help_shortcut(window):
    assert window.help_action.shortcut().toString() == "F1"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_about_names_version_privacy_and_data_folder(qtbot, window, data_dir):
    dialog = window.open_about()
    assert isinstance(dialog, AboutDialog)
    text = label_text(dialog)
    assert __version__ in text
    assert str(data_dir) in text
    assert "stays on this computer" in text
    assert_controls_named(dialog)


def test_dialogs_open_without_blocking_and_close_cleanly(qtbot, window):
    """Every dialog opens window-modal (the test keeps running) and is deleted when it closes."""
    for opener in (window.open_settings, window.open_help, window.open_about, window.open_safety_notice):
        dialog = opener()
        assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
        kind = type(dialog)
        # reject() only hides a dialog; the window must also delete it, or every opening leaks one.
        with qtbot.waitSignal(dialog.destroyed, timeout=1000):
            dialog.reject()
        assert window.findChildren(kind) == []
