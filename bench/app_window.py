"""The real main window for the measuring children: built the way ``run_gui`` builds it, on a given folder.

The children drive the window the app shows a user (pages, controller, piston view, charts), not a stand-in,
so that what they measure is what a user's machine would do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from trainer.core.routines import load_catalog
from trainer.paths import builtin_routines_dir, user_routines_dir
from trainer.ui.shell.application import application
from trainer.ui.shell.screenshot import settle
from trainer.ui.look.theme import apply_theme
from trainer.ui.state import AppState


def open_window(data_dir: Path):
    """Build, show and paint the main window on ``data_dir``; returns ``(app, window)``."""
    app, _, window = open_window_with_state(data_dir)
    return app, window


def open_window_with_state(data_dir: Path):
    """As ``open_window``, also returning the app state (for benches that drive settings or reminders)."""
    from trainer.ui.shell import collector
    from trainer.ui.shell.main_window import MainWindow

    # As a real start: the garbage collector paused for the build, what it built frozen once it is shown.
    collector.pause()
    app = application()
    state = AppState.open(data_dir)
    apply_theme(app, state.settings.theme)
    window = MainWindow(state, load_catalog(builtin_routines_dir(), user_routines_dir(data_dir)))
    window.show()
    settle()
    collector.resume()
    return app, state, window


def close_window(window) -> None:
    """Close and delete the window while its Python side is whole, as ``run_gui`` does."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
