"""The window fits the screen it opens on: by default, when restored from a bigger screen, and at 2x scale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from trainer.core.store import Store
from trainer.ui.shell import fit
from trainer.ui.shell.fit import FRAME_ALLOWANCE, fitted
from trainer.ui.shell.main_window import MINIMUM_SIZE, MainWindow
from trainer.ui.state import AppState

MINIMUM = QSize(*MINIMUM_SIZE)
# 1366x768 as it is; 1920x1080 at QT_SCALE_FACTOR=2 is 960x540 logical pixels; a laptop with a top panel.
SCREENS = (QRect(0, 0, 1366, 768), QRect(0, 0, 960, 540), QRect(0, 27, 1280, 773))


def fits(client: QRect, available: QRect) -> bool:
    """Inside ``available``, with room left for the frame's borders and title bar."""
    return available.contains(client) and client.width() + FRAME_ALLOWANCE.width() <= available.width() \
        and client.height() + FRAME_ALLOWANCE.height() <= available.height()


@pytest.mark.parametrize("available", SCREENS, ids=["1366x768", "1920x1080@2x", "panel"])
def test_the_default_size_is_shrunk_to_fit_the_screen_with_its_frame(available):
    target = fitted(QRect(0, 0, 1120, 760), available, MINIMUM)
    assert fits(target, available), target


def test_a_geometry_saved_on_a_big_screen_is_brought_back_onto_a_small_one():
    available = QRect(0, 0, 1366, 768)
    target = fitted(QRect(1500, 900, 1800, 1000), available, MINIMUM)
    assert fits(target, available) and target.left() >= 0 and target.top() >= 0, target


def test_a_window_that_fits_is_left_where_it_is():
    assert fitted(QRect(100, 80, 900, 600), QRect(0, 0, 1920, 1080), MINIMUM) == QRect(100, 80, 900, 600)


@pytest.mark.parametrize("available", SCREENS, ids=["1366x768", "1920x1080@2x", "panel"])
def test_the_main_window_opens_inside_the_screen(qtbot, monkeypatch, data_dir, catalog, clock, available):
    monkeypatch.setattr(fit, "available_geometry", lambda window: available)
    store = Store.open(data_dir)
    store.save_settings(store.settings.replace(safety_accepted_at="2026-03-01T09:00:00+01:00"))
    window = MainWindow(AppState(store), catalog, clock)
    qtbot.addWidget(window)
    assert fits(window.geometry(), available), window.geometry()
    assert window.minimumWidth() <= window.width() and window.minimumHeight() <= window.height()
