"""At the end of a run: a last try at writing sessions that are still pending, and, if some are left, a calm
word saying they are kept and where, so nobody thinks them lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from trainer.ui.state import AppState


def pending_box(state: AppState, parent: QWidget | None = None) -> QMessageBox | None:
    """Write what is pending; a message box (not yet shown) when some sessions could still not be written."""
    if state.close():
        return None
    count, where = len(state.pending), state.pending_dir

    if where is None:
        if count == 1:
            text = QCoreApplication.translate("PendingClose",
                "1 session could not be written to your history, nor kept in any other folder: the disk is full "
                "or read-only. Its figures were in the summary after the session.")
        else:
            text = QCoreApplication.translate("PendingClose",
                "{n} sessions could not be written to your history, nor kept in any other folder: the disk is full "
                "or read-only. Their figures were in the summaries after them.")
    elif count == 1:
        text = QCoreApplication.translate("PendingClose",
            "1 session is still waiting to be written to your history. It is kept safe in {path} and will be "
            "written the next time the app starts.")
    else:
        text = QCoreApplication.translate("PendingClose",
            "{n} sessions are still waiting to be written to your history. They are kept safe in {path} and will "
            "be written the next time the app starts.")
    box = QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("PendingClose", "Sessions kept for later"),
                      text.format(n=count, path=where), QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("PendingClose", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box
