"""What a screen reader hears, from Qt's own accessible interfaces: the roles of the choice rows, names that
are the visible labels, and the routine details read as their content (the real AT-SPI view is checked in
tests/desktop/test_accessibility.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QToolButton

from trainer.core.store import Store
from trainer.ui.shell import fit
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.state import AppState


def accessible(widget):
    return QAccessible.queryAccessibleInterface(widget)


def test_chips_page_switch_and_range_are_radio_buttons_named_as_shown(qtbot, monkeypatch, data_dir, catalog, clock):
    monkeypatch.setattr(fit, "available_geometry", lambda window: QRect(0, 0, 1920, 1040))
    window = MainWindow(AppState(Store.open(data_dir)), catalog, clock, preview=True)
    qtbot.addWidget(window)
    window.progress_page.ensure_built()
    rows = [*window.train_page.picker.filter_buttons.values(), *window.header.tabs.values(),
            *window.progress_page.range_selector.buttons.values()]
    for button in rows:
        face = accessible(button)
        assert face.role() == QAccessible.Role.RadioButton, button.text()
        assert face.text(QAccessible.Text.Name) == button.text()
    settings = window.header.findChild(QToolButton, "headerButton")
    assert accessible(settings).text(QAccessible.Text.Name) == "Settings" == settings.text()


def test_the_routine_details_read_the_title_and_each_sections_content(qtbot, data_dir, catalog, clock):
    window = MainWindow(AppState(Store.open(data_dir)), catalog, clock, preview=True)
    qtbot.addWidget(window)
    details = window.train_page.details
    routine = details.routine()
    assert accessible(details.title).text(QAccessible.Text.Name) == routine.title
    assert accessible(details.positions).text(QAccessible.Text.Name) == "\n".join(routine.positions)
    assert accessible(details.steps).text(QAccessible.Text.Name) == "\n".join(routine.instructions)
    assert details.positions.accessibleDescription() == "Positions"
