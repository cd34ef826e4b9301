"""Starting the desktop app: the QApplication (id, icon, translations, theme), the data folder, the window.

``run_gui`` serves the ways the window opens: a normal run (one instance per data folder, under the lock; with
``--background`` the window waits hidden behind the tray and the reminders), ``--smoke`` (show, paint, exit)
and ``--screenshot`` (render off screen to a PNG). The last two never write to the data folder and never ask
anything. Every user mistake ends in one line on stderr, exit 2.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from trainer import APP_ID, APP_NAME, __version__
from trainer.core.i18n import set_translator, tr
from trainer.core.routines import load_catalog
from trainer.core.datadir import DataDirError
from trainer.core.lock import AlreadyRunningError, InstanceLock
from trainer.paths import builtin_routines_dir, resource, user_routines_dir
from trainer.ui.shell import collector
from trainer.ui.shell.first_paint import FirstPaint
from trainer.ui.shell.screenshot import render_to_png
from trainer.ui.language import install_translators, locale_for, resolve_language
from trainer.ui.look.theme import apply_theme
from trainer.ui.state import AppState


@dataclass(frozen=True)
class GuiOptions:
    """How the window is to open, from the command line."""

    data_dir: Path
    routine: str | None = None
    smoke: bool = False
    screenshot: Path | None = None
    page: str = "train"
    background: bool = False  # no window at first: the tray and the reminders only


# What waits for the first paint (the history, the tray, the reminders, sync) starts by then even if the
# window has not painted, as on a workspace nobody looks at.
AFTER_FIRST_PAINT_AT_THE_LATEST_MS = 2000


class _UserError(Exception):
    """A mistake the user can fix (bad routine id, unusable folder): one line on stderr, exit 2."""


def run_gui(options: GuiOptions) -> int:
    """Open the app as ``options`` ask and return the exit status."""
    if options.screenshot is not None:
        _without_a_display_render_offscreen()
    app = application()
    preview = options.smoke or options.screenshot is not None
    try:
        if preview:
            return _run_preview(app, options)
        return _run_window(app, options)
    except _UserError as error:
        label = tr("error")  # outside the f-string, where lupdate sees it
        print(f"{APP_NAME}: {label}: {error}", file=sys.stderr)
        return 2
    finally:
        collector.resume()


def application() -> QApplication:
    """The QApplication, created once and set up once; an existing one (pytest-qt's) is reused."""
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    if app.property("trainer_ready"):
        return app
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    use_language(app, "system")
    set_translator(_qt_translate)
    app.setProperty("trainer_ready", True)
    return app


def _without_a_display_render_offscreen() -> None:
    """A screenshot needs no screen: on a Linux machine without one (CI, SSH), use Qt's offscreen platform."""
    if "QT_QPA_PLATFORM" in os.environ or QApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", f"{APP_ID}.svg")))


def use_language(app: QApplication, choice: str) -> str:
    """Speak the language ``choice`` names (a code or "system") from now on; returns the code used.

    Replaces the translators a previous call installed, and makes the language's locale the default one, so
    dates and numbers follow it too.
    """
    language = resolve_language(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    locale = locale_for(language, choice)
    QLocale.setDefault(locale)
    _installed[:] = install_translators(app, QLocale(language))
    app.setProperty("trainer_language", choice)
    return language


def use_text_scale(app: QApplication, scale: float) -> None:
    """Scale the app's font (and, through ``text_scale()``, the stylesheet's and the figure's) by ``scale``.

    Call it before the window's widgets are built; the size is always taken from the platform's own font,
    so calling it again does not compound.
    """
    base = app.property("trainer_base_point_size") or app.font().pointSizeF()
    app.setProperty("trainer_base_point_size", base)
    font = QFont(app.font())
    font.setPointSizeF(base * scale)
    app.setFont(font)
    app.setProperty("trainer_text_scale", scale)


# The translators use_language installed last, so that a change of language can remove them.
_installed: list[QTranslator] = []


def _qt_translate(context: str, text: str) -> str:
    # lupdate files the core's tr(text, context) calls under the unnamed context, with a context other than
    # the default as their disambiguation; look them up where it put them.
    return QCoreApplication.translate("", text, None if context == "core" else context)


def _open_state(data_dir: Path, *, defer_history: bool = False) -> AppState:
    try:
        return AppState.open(data_dir, defer_history=defer_history)
    except DataDirError as error:
        raise _UserError(str(error)) from None


def _build_window(app: QApplication, options: GuiOptions, state: AppState, *, preview: bool):
    # Imported here so that a bad folder is reported before the pages (and their modules) are loaded at all.
    from trainer.ui.shell.main_window import MainWindow

    catalog = load_catalog(builtin_routines_dir(), user_routines_dir(options.data_dir))
    use_language(app, state.settings.language)
    use_text_scale(app, state.settings.text_scale)
    apply_theme(app, state.settings.theme)
    window = MainWindow(state, catalog, preview=preview)
    if options.routine is not None and not window.select_routine(options.routine):
        known = ", ".join(routine.id for routine in catalog.routines)
        _dispose(window)
        raise _UserError(tr("unknown routine '{id}' (known: {known})").format(id=options.routine, known=known))
    return window


def _run_preview(app: QApplication, options: GuiOptions) -> int:
    # --smoke ends at the first paint, as a normal start paints before it reads the history; a screenshot
    # shows the whole window, the plan from the history included.
    state = _open_state(options.data_dir, defer_history=options.screenshot is None)
    window = _build_window(app, options, state, preview=True)
    try:
        if options.screenshot is not None:
            window.show_page(options.page)
            if not render_to_png(window, options.screenshot):
                raise _UserError(tr("cannot write the screenshot to {path}").format(path=options.screenshot))
            return 0
        return 0 if _painted(window) else 1
    finally:
        window.close()
        _dispose(window)


def _painted(window: QWidget, limit_ms: int = 10_000) -> bool:
    """Show ``window`` and wait for its first frame to be painted, as a person sees it (and as the bench's
    bare baseline window waits for its own); False if it never paints."""
    loop = QEventLoop()
    first = FirstPaint(window)
    first.painted.connect(loop.quit)
    give_up = QTimer(window)
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    give_up.start(limit_ms)
    window.show()
    loop.exec()
    painted = give_up.isActive()
    give_up.stop()
    return painted


def _run_window(app: QApplication, options: GuiOptions) -> int:
    lock = InstanceLock(options.data_dir)
    try:
        lock.acquire()
    except DataDirError as error:
        raise _UserError(str(error)) from None
    except AlreadyRunningError as error:
        # Imported only on this path: the running instance raises its window, and this start ends quietly.
        from trainer.ui.shell.handover import ask_to_raise

        if ask_to_raise(options.data_dir):
            return 0
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return 1
    # Only a run with a window listens for later starts, syncs, and has pending sessions to speak of.
    from trainer.ui.shell.handover import HandoverServer
    from trainer.ui.shell.pending_close import pending_box

    try:
        # A window paints first and reads the history just after; with no window (--background) the
        # reminders need it at once.
        state = _open_state(options.data_dir, defer_history=not options.background)
        window = _build_window(app, options, state, preview=False)
        handover = HandoverServer(options.data_dir, window)
        handover.raise_requested.connect(partial(_bring_forward, window))
        syncing: list = []
        if options.background:
            _after_first_paint(state, window, options, syncing)
        else:
            first_paint = FirstPaint(window, at_the_latest_ms=AFTER_FIRST_PAINT_AT_THE_LATEST_MS)
            first_paint.painted.connect(partial(_after_first_paint, state, window, options, syncing))
            window.show()
        status = app.exec()
        for sync in syncing:
            sync.stop()
        handover.close()
        box = pending_box(state, window)
        if box is not None:
            box.exec()
        _dispose(window)
        return status
    finally:
        lock.release()


def _after_first_paint(state: AppState, window, options: GuiOptions, syncing: list) -> None:
    """What no first picture needs: the history (the plan line and the banner follow its signals), the tray
    and the reminders, and the sync driver."""
    collector.resume()
    state.load_history()
    # Imported here, with the window: a bad folder is reported before any of it loads.
    from trainer.ui.shell.companion import Companion

    Companion(window, state, background=options.background)
    _start_sync(state, window, syncing)


def _start_sync(state: AppState, window, syncing: list) -> None:
    """The sync driver, loaded once the window is up: the sync modules are no part of the first paint."""
    from trainer.ui.sharing.sync_driver import SyncDriver

    sync = SyncDriver(state, window)
    sync.problem.connect(partial(_tell_sync_problem, window))
    syncing.append(sync)
    sync.start()


def _tell_sync_problem(window, message: str, folder: str | None) -> None:
    from trainer.ui.shell.notice_words import sync_heading

    window.banner.add_notice(message, folder, sync_heading())


def _bring_forward(window: QWidget) -> None:
    """Show the window in front, as asked by a second start: restored if minimised, and focused."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _dispose(window: QWidget) -> None:
    """Delete the window now, while its Python side is whole.

    Left to Python's garbage collector, the widgets' Python halves can be cleared before Qt's destructors
    run, and event filters called during those destructors would then find their attributes gone.
    """
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
