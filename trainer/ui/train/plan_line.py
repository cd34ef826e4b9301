"""Today's plan above the session buttons: the hold the programme suggests, the sets done, and why.

The plan is folded afresh from the history each time (``make_plan``): there is no stored level to drift.
After an ease the physiotherapist's advice is shown and, when another routine is chosen, a button offers the
gentler one the programme proposes; the choice stays the person's. When the person has set their own hold,
"Follow the programme" clears it.

Signals:
    follow_requested(str): forget the person's own hold for the routine with this id.
    switch_requested(str): choose the routine with this id, the one the plan proposes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.core.programme_file import Programme
from trainer.core.records import SessionRecord
from trainer.core.routine_hold import with_hold
from trainer.core.routines import Routine
from trainer.core.settings import Settings

if TYPE_CHECKING:
    from trainer.core.plan import Plan


def _local_now() -> datetime:
    return datetime.now().astimezone()


class PlanLine(QWidget):
    follow_requested = Signal(str)
    switch_requested = Signal(str)

    def __init__(self, programme: Programme | None, routines: Iterable[Routine],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-line")
        self._programme = programme
        self._routines = {routine.id: routine for routine in routines}
        self.wall_now: Callable[[], datetime] = _local_now  # tests pin the day
        self.plan: Plan | None = None
        self._waiting = False
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Today's plan"))
        self.advice = QLabel(self)
        self.advice.setObjectName("muted")
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice.setAccessibleName(self.tr("Advice"))
        self.follow_button = QPushButton(self.tr("Follow the programme"), self)
        self.follow_button.setToolTip(self.tr("Forget your own hold length and use the one the programme suggests"))
        self.follow_button.setAccessibleDescription(self.follow_button.toolTip())
        self.follow_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.switch_button = QPushButton(self)
        self.switch_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.follow_button.clicked.connect(self._on_follow_button_clicked)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.follow_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.message)
        column.addWidget(self.advice)
        column.addLayout(buttons)
        self.setVisible(programme is not None)

    @property
    def waiting(self) -> bool:
        """True from ``wait`` until the first plan is shown."""
        return self._waiting

    def wait(self) -> None:
        """No plan until the history is read: the line keeps its place, empty, so nothing moves when it comes."""
        self._waiting = True
        self.plan = None
        self.message.setText(" ")
        for widget in (self.advice, self.follow_button, self.switch_button):
            widget.setVisible(False)

    @property
    def min_rest_share(self) -> float:
        return self._programme.min_rest_share if self._programme else 1.0

    def refresh(self, routine: Routine, sessions: Iterable[SessionRecord], settings: Settings) -> Plan | None:
        """Fold the plan for ``routine`` from ``sessions`` and show it; None without a programme."""
        if self._programme is None:
            return None
        # Imported at the first plan, which waits for the history: the programme's fold and the statistics
        # (with their dataclasses) are not needed to paint the window.
        from trainer.core.plan import make_plan
        from trainer.core.stats import today_for

        today = today_for(self.wall_now(), settings.day_start_hour)
        plan = make_plan(self._programme, routine, self._routines.values(), sessions, today,
                         settings.daily_target_sets, override_s=settings.hold_s.get(routine.id))
        self.plan = plan
        self._waiting = False
        self.message.setText(plan.message)
        self.advice.setText(plan.advice or "")
        self.advice.setVisible(bool(plan.advice))
        self.follow_button.setVisible(plan.override_s is not None)
        proposed = self._routines.get(plan.routine_id)
        other = proposed is not None and plan.routine_id != plan.asked_routine_id
        if other:
            self.switch_button.setText(self.tr("Choose {title}").format(title=proposed.title))
            self.switch_button.setAccessibleName(self.switch_button.text())
        self.switch_button.setVisible(other)
        return plan

    def shaped(self, routine: Routine) -> Routine:
        """``routine`` at the plan's hold, with the rest between holds at least the hold."""
        plan = self.plan
        if plan is None or plan.asked_routine_id != routine.id:
            return routine
        # Chosen in place of the gentler routine an ease proposes, it still takes its own eased hold.
        hold_s = plan.hold_s if plan.routine_id == routine.id else (plan.override_s or plan.programme_hold_s)
        return with_hold(routine, hold_s, self.min_rest_share) if hold_s else routine

    def _on_follow_button_clicked(self) -> None:
        if self.plan is not None:
            self.follow_requested.emit(self.plan.asked_routine_id)

    def _on_switch_button_clicked(self) -> None:
        if self.plan is not None:
            self.switch_requested.emit(self.plan.routine_id)
