"""Large text: at 125 % and 150 %, in every language, at the default size and at 800×600, no label or button in
the window shows clipped or elided text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from trainer.ui.look.theme import apply_theme
from trainer.ui.shell.application import use_language, use_text_scale
from trainer.ui.shell.main_window import MainWindow
from trainer.ui.shell.screenshot import settle
from trainer.ui.state import AppState


@pytest.fixture
def looks(qapp):
    """Set a language and a text size for one test; back to English at 100 % after it."""
    def set_look(language: str, scale: float) -> None:
        use_language(qapp, language)
        use_text_scale(qapp, scale)
        apply_theme(qapp, "light")
    yield set_look
    set_look("system", 1.0)


def clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit it, or None when it fits."""
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return f"needs {needed} px high, has {widget.height()}" if needed > widget.height() else None
        needed = widget.sizeHint().width()
    elif isinstance(widget, QAbstractButton) and widget.text() and widget.hasHeightForWidth():
        needed = widget.heightForWidth(widget.width())  # a button whose label wraps
        return f"needs {needed} px high, has {widget.height()}" if needed > widget.height() else None
    elif isinstance(widget, QAbstractButton) and widget.text():
        # A button may give up a pixel of its padding in height, never the height of its text and border.
        line = widget.fontMetrics().height() + 4
        if line > widget.height():
            return f"needs {line} px high, has {widget.height()}"
        needed = widget.sizeHint().width()
    else:
        return None
    return f"needs {needed} px wide, has {widget.width()}" if needed > widget.width() else None


def problems(window: QWidget) -> list[str]:
    # A scroll area that never scrolls sideways must not hold anything wider than it shows.
    found = [f"{area.objectName()}: holds {area.widget().width()} px, shows {area.viewport().width()}"
             for area in window.findChildren(QScrollArea)
             if area.isVisibleTo(window) and area.widget() is not None
             and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
             and area.widget().width() > area.viewport().width()]
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and widget.window() is window:
            right = widget.mapTo(window, widget.rect().topRight()).x()
            why = clipped(widget) or (f"ends at x={right}, past the window's edge" if right >= window.width() else None)
            if why:
                found.append(f"{type(widget).__name__} {widget.text()!r}: {why}")
    return found


@pytest.mark.parametrize("scale", (1.25, 1.5))
@pytest.mark.parametrize("language", ("en", "de", "es", "fr"))
@pytest.mark.parametrize("size", (None, (800, 600)))
def test_no_text_is_clipped(qtbot, store, catalog, clock, looks, language, scale, size):
    """Every visible label and button on both pages is wide (or, wrapped, tall) enough for its text."""
    looks(language, scale)
    store.save_settings(store.settings.replace(safety_accepted_at="2026-03-01T09:00:00+01:00"))
    window = MainWindow(AppState(store), catalog, clock)
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    found = []
    for page in ("train", "progress"):
        window.show_page(page)
        settle()
        found += [f"{page}: {problem}" for problem in problems(window)]
    assert not found


@pytest.mark.parametrize("scale", (1.0, 1.25, 1.5))
@pytest.mark.parametrize("language", ("en", "de", "es", "fr"))
def test_the_settings_dialog_fits_its_text(qtbot, state, looks, language, scale):
    """Settings, with every section, shows each label, hint and choice whole, wrapped hints included."""
    from trainer.ui.dialogs.settings import SettingsDialog

    looks(language, scale)
    dialog = SettingsDialog(state.settings)
    qtbot.addWidget(dialog)
    dialog.language_section.language.setCurrentIndex(2)  # shows the restart note too
    dialog.show()
    found = []
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        settle()
        found += [f"{dialog.tabs.tabText(tab)}: {problem}" for problem in problems(dialog)]
    assert dialog.tabs.count() >= 3 and not found
