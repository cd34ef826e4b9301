"""After "This hurts — stop": rest first. The page then offers the calm breath-only routine and invites no
restart: the view says to rest, Start loses its accent and is not focused, and Space starts nothing until the
person chooses (a routine, or Start itself). Nothing is chosen for them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from trainer.core.routines import Catalog
from trainer.ui.piston.view import PistonView
from trainer.ui.train.controls import SessionControls
from trainer.ui.train.picker import RoutinePicker


class RestOffer(QPushButton):
    """The "Try the breathing drop" button, and whether the page is resting; shown only while it is."""

    def __init__(self, catalog: Catalog, picker: RoutinePicker, view: PistonView, controls: SessionControls,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Try the breathing drop"))
        self.setObjectName("restOffer")
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.tr("Choose the calm, breath-only routine"))
        self.hide()
        self._picker, self._view, self._controls = picker, view, controls
        self._breath_routine = next((r.id for r in catalog.routines if r.kind == "breath"), None)
        self.resting = False
        self.clicked.connect(self._on_clicked)

    def set_resting(self, resting: bool) -> None:
        self.resting = resting
        self._view.set_resting(resting)
        current = self._picker.current_routine()
        self.setVisible(resting and self._breath_routine is not None
                        and current is not None and current.id != self._breath_routine)
        if resting:
            self._controls.offer_rest()

    def settle_focus(self) -> None:
        """After a session: on Start again, or, while resting, on the routines (never on a restart)."""
        if self.resting:
            self._picker.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._controls.toggle_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clicked(self) -> None:
        self._picker.select(self._breath_routine)
        self._picker.list.setFocus(Qt.FocusReason.OtherFocusReason)
