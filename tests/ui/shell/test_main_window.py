"""The main window: title, pages, banner notices, first-run safety notice, geometry, and closing."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from helpers.records import make_session
from trainer.core.routines import load_catalog
from trainer.core.store import Store
from trainer.paths import builtin_routines_dir
from trainer.ui.dialogs.safety import SafetyDialog
from trainer.ui.shell import fit
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.state import AppState


@pytest.fixture
def accepted_store(store):
    """A store whose user has already accepted the safety notice, so no dialog opens over the window."""
    store.save_settings(store.settings.replace(safety_accepted_at="2026-03-01T09:00:00+01:00"))
    return store


@pytest.fixture(autouse=True)
def roomy_screen(monkeypatch):
    """A 1920x1080 screen: the offscreen one (800x600) would shrink every window to fit it."""
    monkeypatch.setattr(fit, "available_geometry", lambda window: QRect(0, 0, 1920, 1040))


@pytest.fixture
def window(qtbot, accepted_store, catalog, clock):
    win = MainWindow(AppState(accepted_store), catalog, clock)
    qtbot.addWidget(win)
    return win


def saved_settings(data_dir) -> dict:
    return json.loads((data_dir / "settings.json").read_text())


def test_title_is_the_app_name_and_the_default_size_is_roomy(window):
    """A new window is called Pelvic Floor Trainer and opens at least 1000x680."""
    assert window.windowTitle() == "Pelvic Floor Trainer"
    assert window.header.brand.text() == "Pelvic Floor Trainer"
    assert window.width() >= 1000 and window.height() >= 680


def test_discreet_title_follows_a_settings_change(qtbot, window, data_dir):
    """Turning on the discreet title in Settings renames the window at once and saves the choice."""
    dialog = window.open_settings()
    dialog.discreet_title.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Breathing Trainer"
    assert window.header.brand.text() == "Breathing Trainer"
    assert saved_settings(data_dir)["discreet_title"] is True


def test_header_tabs_switch_between_the_two_pages(qtbot, window):
    """Train is shown first; the header's Progress tab shows the progress page and Train brings it back."""
    assert window.current_page() == "train"
    qtbot.mouseClick(window.header.tabs["progress"], Qt.MouseButton.LeftButton)
    assert window.current_page() == "progress"
    assert window.progress_page.isVisibleTo(window) and not window.train_page.isVisibleTo(window)
    qtbot.mouseClick(window.header.tabs["train"], Qt.MouseButton.LeftButton)
    assert window.current_page() == "train"
    assert window.header.tabs["train"].isChecked()


def test_ctrl_1_and_ctrl_2_switch_pages(qtbot, window):
    """The keyboard shortcuts switch pages and keep the header's tabs in step."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "progress"
    assert window.header.tabs["progress"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "train"


def test_progress_page_can_send_the_user_to_train(window):
    """The progress page's "go to train" request switches to the Train page."""
    window.show_page("progress")
    window.progress_page.go_to_train.emit()
    assert window.current_page() == "train"


def test_a_recorded_session_refreshes_the_progress_page(window, monkeypatch):
    """When a session is recorded, the Progress page (on screen) shows it at once."""
    window.show_page("progress")
    window.show()
    assert window.progress_page.is_empty_state_shown()
    window._state.record_session(make_session(date(2026, 3, 2)))
    assert not window.progress_page.is_empty_state_shown()


def test_first_run_notice_shows_once_and_is_remembered(qtbot, store, catalog, clock, data_dir):
    """The safety notice opens over a first window; once accepted it is saved and never shown again."""
    first = MainWindow(AppState(store), catalog, clock)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.findChild(SafetyDialog) is not None and first.findChild(SafetyDialog).isVisible())
    dialog = first.findChild(SafetyDialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    accepted_at = saved_settings(data_dir)["safety_accepted_at"]
    assert accepted_at and accepted_at[:4].isdigit() and "T" in accepted_at
    first.close()

    again = MainWindow(AppState.open(data_dir), catalog, clock)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    QApplication.processEvents()
    assert again.findChild(SafetyDialog) is None


def test_notice_is_shown_again_when_dismissed_without_accepting(qtbot, store, catalog, clock, data_dir):
    """Closing the first-run notice with Escape records nothing, so it comes back next time."""
    window = MainWindow(AppState(store), catalog, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(SafetyDialog) is not None)
    notice = window.findChild(SafetyDialog)
    assert notice.isVisible()
    qtbot.keyClick(notice, Qt.Key.Key_Escape)
    assert not notice.isVisible()
    window.close()  # writes the settings (the geometry), so the file on disk is what the next start reads
    assert json.loads((data_dir / "settings.json").read_text()).get("safety_accepted_at") is None

    again = MainWindow(AppState.open(data_dir), catalog, clock)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.findChild(SafetyDialog) is not None)
    assert again.findChild(SafetyDialog).isVisible()


def test_banner_tells_about_a_damaged_history(qtbot, data_dir, catalog, clock):
    """Garbage in history.json: the window says it was kept aside, names the file, and can be dismissed."""
    (data_dir / "history.json").write_text("{not json")
    store = Store.open(data_dir)
    window = MainWindow(AppState(store), catalog, clock)
    qtbot.addWidget(window)
    corrupt = next(data_dir.glob("history.json.corrupt-*"))
    assert window.banner.isVisibleTo(window)
    [message] = window.banner.messages()
    assert "damaged" in message and corrupt.name in message
    dismiss = next(b for b in window.banner.findChildren(QAbstractButton) if b.text() == "Dismiss")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert window.banner.messages() == [] and not window.banner.isVisibleTo(window)


def test_banner_lists_routine_files_that_could_not_be_loaded(qtbot, accepted_store, data_dir, clock):
    """A broken user routine is named calmly in the banner, with the file and the field."""
    (data_dir / "routines").mkdir()
    (data_dir / "routines" / "my.json").write_text('{"format": 1}')
    catalog = load_catalog(builtin_routines_dir(), data_dir / "routines")
    window = MainWindow(AppState(accepted_store), catalog, clock)
    qtbot.addWidget(window)
    [message] = window.banner.messages()
    assert message.startswith("1 routine file could not be loaded: my.json: ")
    assert len(catalog.routines) >= 5  # the built-ins are still there


def test_banner_names_each_broken_routine_file_on_its_own_line(qtbot, accepted_store, data_dir, clock):
    (data_dir / "routines").mkdir()
    (data_dir / "routines" / "a.json").write_text("{")
    (data_dir / "routines" / "b.json").write_text('{"format": 99}')
    catalog = load_catalog(builtin_routines_dir(), data_dir / "routines")
    window = MainWindow(AppState(accepted_store), catalog, clock)
    qtbot.addWidget(window)
    [message] = window.banner.messages()
    lines = message.splitlines()
    assert lines[0] == "2 routine files could not be loaded:"
    assert lines[1].startswith("a.json: ") and lines[2].startswith("b.json: ")


def test_no_banner_when_all_is_well(window):
    assert window.banner.messages() == [] and not window.banner.isVisibleTo(window)


def test_geometry_is_saved_on_close_and_restored(qtbot, accepted_store, catalog, clock, data_dir):
    """Closing saves the window's geometry in settings.json; the next window opens at the same size."""
    window = MainWindow(AppState(accepted_store), catalog, clock)
    qtbot.addWidget(window)
    window.resize(790, 570)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert saved_settings(data_dir)["window_geometry"]

    again = MainWindow(AppState.open(data_dir), catalog, clock)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (790, 570)


def test_closing_during_a_session_asks_first(qtbot, window, monkeypatch):
    """While a session runs, closing asks; "no" keeps the window open, "yes" lets it close."""
    monkeypatch.setattr(window.train_page, "session_active", lambda: True)
    asked = []
    window.confirm_close = lambda: asked.append(True) or False
    window.show()
    qtbot.waitExposed(window)
    assert window.close() is False
    assert window.isVisible() and asked == [True]
    window.confirm_close = lambda: True
    assert window.close() is True


def test_preview_window_neither_asks_nor_writes(qtbot, store, catalog, clock, data_dir):
    """The --smoke/--screenshot window shows no first-run notice and saves nothing on close."""
    window = MainWindow(AppState(store), catalog, clock, preview=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.findChild(SafetyDialog) is None
    window.close()
    assert not (data_dir / "settings.json").exists()


def test_dark_theme_from_settings_darkens_the_window(qtbot, window, app_look):
    """Choosing the dark theme gives the app a dark window colour with light text."""
    dialog = window.open_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    palette = QApplication.palette()
    assert palette.window().color().lightnessF() < 0.3
    assert palette.windowText().color().lightnessF() > 0.7


def test_header_and_banner_controls_are_named_and_reachable_by_keyboard(qtbot, data_dir, catalog, clock):
    """Every button the shell adds has an accessible name and takes Tab focus."""
    (data_dir / "history.json").write_text("{not json")
    window = MainWindow(AppState.open(data_dir), catalog, clock, preview=True)
    qtbot.addWidget(window)
    buttons = window.header.findChildren(QAbstractButton) + window.banner.findChildren(QAbstractButton)
    assert len(buttons) >= 5
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()
    menus = [action.text() for action in window.menuBar().actions()]
    assert all("&" in text for text in menus)  # Alt+letter opens each menu
