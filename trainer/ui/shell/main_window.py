"""The main window: the header that switches between the Train and Progress pages, the notice banner, the
menus (settings, help, about), the first-run safety notice, and the window's remembered geometry.

The window never holds the store: it asks the app state to save, and follows its ``settings_changed`` and
``save_failed`` like the pages do.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QByteArray, QSize, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from trainer.core.clock import Clock
from trainer.core.routines import Catalog
from trainer.core.settings import Settings
from trainer.ui import words
from trainer.ui.editor.actions import add_routines_menu
from trainer.ui.look import theme
from trainer.ui.shell.banner import Banner
from trainer.ui.shell.fit import fit_window
from trainer.ui.shell.header import PageHeader
from trainer.ui.shell.notice_words import notice_heading
from trainer.ui.progress.page import ProgressPage
from trainer.ui.sharing.menu import SharingActions
from trainer.ui.reminders.card import ReminderCard
from trainer.ui.state import AppState
from trainer.ui.train.page import TrainPage

if TYPE_CHECKING:
    from trainer.ui.dialogs.about import AboutDialog
    from trainer.ui.dialogs.help import HelpDialog
    from trainer.ui.dialogs.safety import SafetyDialog
    from trainer.ui.dialogs.settings import SettingsDialog

DEFAULT_SIZE = (1120, 760)
# After the first paint (and the safety notice, due at 0 ms), the Progress page's chart modules and pyqtgraph
# are imported in idle time, so that its first view does not wait some 230 ms for them.
WARM_UP_MS = 300
MINIMUM_SIZE = (760, 540)


def window_title(settings: Settings) -> str:
    return words.app_title(settings.discreet_title)


class MainWindow(QMainWindow):
    """The app's one window. ``preview`` windows (``--smoke``, ``--screenshot``) never write and never ask."""

    def __init__(self, state: AppState, catalog: Catalog, clock: Clock | None = None, *, preview: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._state = state
        self._preview = preview
        self._shown_once = False
        # Asked when the window closes during a session; True lets it close. Tests replace it.
        self.confirm_close: Callable[[], bool] = self._ask_to_end_session
        # Asked when the window closes; True hides it to the tray instead (the companion answers).
        self.hides_on_close: Callable[[], bool] = lambda: False

        # Each part is built where it will stay, in the order a Tab press visits them: moving a finished subtree
        # to another parent makes Qt carry the palette, font and style through all of it again (some 8 % of a
        # start, measured), and would put it last in the focus chain.
        central = QWidget(self)
        self.header = PageHeader(central)
        self.header.page_chosen.connect(self._on_header_page_chosen)
        self.header.settings_requested.connect(self._on_header_settings_requested)
        self.banner = Banner(central)
        self.reminder_card = ReminderCard(central)  # shown only when a reminder has no better way to reach you
        self._stack = QStackedWidget(central)
        self.train_page = TrainPage(state, catalog, clock=clock, parent=self._stack)
        self.progress_page = ProgressPage(state, parent=self._stack)
        self.progress_page.go_to_train.connect(self._on_progress_page_go_to_train)
        self._stack.addWidget(self.train_page)
        self._stack.addWidget(self.progress_page)
        self._warm_up = QTimer(self)
        self._warm_up.setObjectName("progressWarmUp")
        self._warm_up.setSingleShot(True)
        self._warm_up.setInterval(WARM_UP_MS)
        self._warm_up.timeout.connect(self._on_warm_up_timeout)

        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.banner)
        column.addWidget(self.reminder_card)
        column.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._build_menus(catalog)
        self._show_startup_notices(state, catalog)
        self._apply_title(state.settings)
        self.show_page("train")
        self._restore_geometry(state.settings.window_geometry)
        state.settings_changed.connect(self._on_state_settings_changed)
        state.save_failed.connect(self._on_state_save_failed)
        state.notices_added.connect(self._on_state_notices_added)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

    # Pages ------------------------------------------------------------------------------------------------

    def show_page(self, page: str) -> None:
        widget = self.train_page if page == "train" else self.progress_page
        if widget is self.progress_page:
            # A history still unread is read first, so the banner hears what it found before the page draws.
            self._state.load_history()
            # Charts are built (and pyqtgraph imported) the first time the page is wanted, never at start-up.
            self.progress_page.ensure_built()
        self._stack.setCurrentWidget(widget)
        self.header.set_current(page)
        self._page_actions[page].setChecked(True)

    def current_page(self) -> str:
        return "train" if self._stack.currentWidget() is self.train_page else "progress"

    def select_routine(self, routine_id: str) -> bool:
        """Preselect a routine on the Train page; False when the catalogue has no such id."""
        if not self.train_page.select_routine(routine_id):
            return False
        self.show_page("train")
        return True

    def _on_pages_triggered(self, action: QAction) -> None:
        self.show_page(action.data())

    def _on_header_page_chosen(self, page: str) -> None:
        self.show_page(page)

    def _on_progress_page_go_to_train(self) -> None:
        self.show_page("train")

    # Menus ------------------------------------------------------------------------------------------------

    def _build_menus(self, catalog: Catalog) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&Trainer"))
        self.settings_action = self._action(app_menu, self.tr("&Settings\u2026"), "Ctrl+,", self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        app_menu.addSeparator()
        self.sharing = SharingActions(self, self._state, catalog, app_menu)
        quit_action = self._action(app_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        view_menu = bar.addMenu(self.tr("&View"))
        pages = QActionGroup(self)
        pages.triggered.connect(self._on_pages_triggered)
        self._page_actions = {
            "train": self._action(view_menu, self.tr("&Train"), "Ctrl+1", None),
            "progress": self._action(view_menu, self.tr("&Progress"), "Ctrl+2", None),
        }
        for name, action in self._page_actions.items():
            action.setCheckable(True)
            action.setData(name)
            pages.addAction(action)

        add_routines_menu(bar, self.train_page.routine_actions)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(help_menu, self.tr("How to &Practise"), QKeySequence.StandardKey.HelpContents,
                                        self.open_help)
        self._action(help_menu, self.tr("&Safety Notice\u2026"), None, self.open_safety_notice)
        help_menu.addSeparator()
        self.about_action = self._action(help_menu, "", None, self.open_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, menu: QMenu, text: str, shortcut: str | QKeySequence.StandardKey | None,
                slot: Callable[[], object] | None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # Dialogs ----------------------------------------------------------------------------------------------

    # Each dialog's module is imported when it is first opened, since most runs never open most dialogs
    # (test_startup_modules.py holds start-up to that).

    def open_settings(self) -> SettingsDialog:
        from trainer.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self._state.settings, self,
                                speech_problem=self.train_page.cues.voice.unavailable_reason,
                                data_dir=None if self._preview else self._state.data_dir,
                                sound_problem=self.train_page.cues.sounds.unavailable_reason)
        dialog.accepted.connect(self._on_settings_dialog_accepted)
        self._open(dialog)
        return dialog

    def open_help(self) -> HelpDialog:
        from trainer.ui.dialogs.help import HelpDialog

        dialog = HelpDialog(self)
        dialog.safety_notice_requested.connect(self.open_safety_notice)
        self._open(dialog)
        return dialog

    def open_safety_notice(self) -> SafetyDialog:
        from trainer.ui.dialogs.safety import SafetyDialog

        dialog = SafetyDialog(self._state.settings.safety_accepted_at, self)
        if self._state.settings.safety_accepted_at is None:
            dialog.accepted.connect(self._on_safety_dialog_accepted)
        self._open(dialog)
        return dialog

    def open_about(self) -> AboutDialog:
        from trainer.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self._state.data_dir, self.windowIcon(), self,
                             discreet=self._state.settings.discreet_title)
        self._open(dialog)
        return dialog

    def _open(self, dialog) -> None:
        # open() is window-modal and returns at once: nothing blocks, so tests can drive the dialog.
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_header_settings_requested(self) -> None:
        self.open_settings()

    def _on_settings_dialog_accepted(self) -> None:
        # Edits on top of the current settings keep what changed meanwhile outside the dialog.
        self._state.change_settings(self.sender().edited(self._state.settings))

    def _on_safety_dialog_accepted(self) -> None:
        accepted_at = datetime.now().astimezone().isoformat(timespec="seconds")
        self._state.change_settings(self._state.settings.replace(safety_accepted_at=accepted_at))

    def _on_state_settings_changed(self, settings: Settings, previous: Settings) -> None:
        self._apply_title(settings)
        if previous.theme != settings.theme:
            theme.apply_theme(QApplication.instance(), settings.theme)

    def _on_state_save_failed(self, topic: str, message: str) -> None:
        if topic == "settings":
            self.banner.add_notice(message)

    def _on_style_hints_color_scheme_changed(self, _scheme: object) -> None:
        if self._state.settings.theme == "system":
            theme.apply_theme(QApplication.instance(), "system")

    # Start-up, title, notices -----------------------------------------------------------------------------

    def _apply_title(self, settings: Settings) -> None:
        title = window_title(settings)
        self.setWindowTitle(title)
        self.header.brand.setText(title)
        self.about_action.setText(words.about_title(settings.discreet_title))

    def _show_startup_notices(self, state: AppState, catalog: Catalog) -> None:
        self._on_state_notices_added(state.notices)
        if len(catalog.errors) == 1:
            intro = self.tr("1 routine file could not be loaded:")
            self.banner.add_notice(f"{intro} {catalog.errors[0]}", catalog.errors[0].path)
        elif catalog.errors:
            intro = self.tr("{count} routine files could not be loaded:").format(count=len(catalog.errors))
            details = "\n".join(str(error) for error in catalog.errors)
            self.banner.add_notice(f"{intro}\n{details}", catalog.errors[0].path)

    def _on_state_notices_added(self, notices: list) -> None:
        for notice in notices:
            self.banner.add_notice(notice.message, notice.path, notice_heading(notice.kind))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        # The chime is not loaded here but when a session starts (cues.session_running): QtMultimedia and
        # its FFmpeg backend hold some 30 MiB, which a person who only looks at Progress need not pay for.
        if not self._preview:
            # One single-shot, never repeating: an idle window has no timer wake-ups after it.
            self._warm_up.start()
        if not self._preview and self._state.settings.safety_accepted_at is None:
            # After the window is on screen, so the notice sits over it rather than in its place.
            QTimer.singleShot(0, self, self.open_safety_notice)

    def _on_warm_up_timeout(self) -> None:
        # Never during a session (one started at once, with --routine or a quick Space): the imports hold the
        # GUI thread for some 250 ms, which would make a phase change late. Progress then imports on first view.
        if not self.train_page.session_active():
            self.progress_page.warm_up(still_idle=lambda: not self.train_page.session_active())

    def _restore_geometry(self, encoded: str | None) -> None:
        if not encoded or not self.restoreGeometry(QByteArray.fromBase64(encoded.encode("ascii"))):
            self.resize(*DEFAULT_SIZE)
        # Saved on a bigger screen, or the default on a small or scaled one: never larger than the screen.
        fit_window(self, QSize(*MINIMUM_SIZE))

    # Closing ----------------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._preview and self.hides_on_close():
            self.train_page.set_in_tray(True)
            self.hide()
            event.ignore()
            return
        if not self._preview:
            if self.train_page.session_active() and not self.confirm_close():
                event.ignore()
                return
            geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
            self._state.change_settings(self._state.settings.replace(window_geometry=geometry))
        self._warm_up.stop()
        super().closeEvent(event)

    def _ask_to_end_session(self) -> bool:
        # Imported when first asked, like the dialogs: a Qt class's first use builds its enums, at a cost.
        from PySide6.QtWidgets import QMessageBox

        # No question-mark icon: a gentle question, not an alarm.
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, self.tr("End the session?"),
            self.tr("A session is still running. Close the trainer and end it now? What you have done so far "
                    "is kept."),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel, self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Close
