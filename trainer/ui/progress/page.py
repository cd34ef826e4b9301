"""The Progress page: summary cards, sets per day, the practice calendar, the hold trend and the sessions.

The page costs nothing at start-up: its widgets, and pyqtgraph and numpy with them, are built in idle time
after the window shows (``warm_up``), or else on the first ``showEvent`` (or ``ensure_built`` for screenshots
and tests). Statistics are computed once per
refresh from one ``DayIndex`` and handed to the widgets as plain values; the charts make numpy arrays of them.
A refresh while hidden only marks the page dirty; it is rebuilt when next shown.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from trainer.core.records import local_date_for
from trainer.core.settings import Settings
from trainer.ui import words
from trainer.ui.state import AppState

YEAR_DAYS = 365
HOLD_CHART_HEIGHT = 150


def _system_today(state: AppState) -> Callable[[], date]:
    # The rule that gives a new record its local_date (stats.today_for), so "today" matches the history.
    return lambda: local_date_for(datetime.now().astimezone(), state.settings.day_start_hour)


class ProgressPage(QWidget):
    """Streaks, targets and trends from the store's history, or a friendly welcome before the first session.

    Signals:
        go_to_train: the user asked, from the empty state, to go and practise.
    """

    go_to_train = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None, today: Callable[[], date] | None = None):
        super().__init__(parent)
        self._state = state
        self._today = today or _system_today(state)
        self._built = False
        self._dirty = True
        self._shown_day: date | None = None
        self._target = 1
        self._year: list[tuple[date, int]] = []
        self._trend: list[tuple[date, float]] = []
        self._real_trend: list[tuple[date, float]] = []
        self._still_idle: Callable[[], bool] = lambda: True
        self._hold_days: tuple = ()
        self.setAccessibleName(self.tr("Progress"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        state.history_changed.connect(self.refresh)
        state.settings_changed.connect(self._on_state_settings_changed)

    # -- the interface the main window uses ---------------------------------------------------------------

    def refresh(self) -> None:
        """Take in a new session or changed settings: now if the page is on screen, else when next shown."""
        self._dirty = True
        if self._built and self.isVisible():
            self._populate()

    def _on_state_settings_changed(self, settings: Settings, previous: Settings) -> None:
        # Only the target and the day start change what the page shows.
        if (settings.daily_target_sets, settings.day_start_hour) != (previous.daily_target_sets,
                                                                    previous.day_start_hour):
            self.refresh()

    def warm_up(self, still_idle: Callable[[], bool] = lambda: True) -> None:
        """For idle time: import what the first build needs (pyqtgraph and the charts) now, then build the page
        unseen, then fill it, each step a single shot after the one before while ``still_idle()`` holds and
        the window is open; a person's click or key waits for one step at most. The first view is then a
        paint."""
        if self._built:
            return
        import trainer.ui.progress.charts  # noqa: F401
        import trainer.ui.progress.heatmap  # noqa: F401
        import trainer.ui.progress.history_list  # noqa: F401
        import trainer.ui.progress.panels  # noqa: F401

        self._still_idle = still_idle
        QTimer.singleShot(0, self, self._on_warm_up_build)

    def _warming(self) -> bool:
        return not self.isVisible() and self.window().isVisible() and self._still_idle()

    def _on_warm_up_build(self) -> None:
        if not self._built and self._warming():
            self._build()
            QTimer.singleShot(0, self, self._on_warm_up_fill)

    def _on_warm_up_fill(self) -> None:
        if self._dirty and self._warming():
            self._populate()

    def ensure_built(self) -> None:
        """Build and fill the page now, even if it has never been shown."""
        if not self._built:
            self._build()
        if self._dirty or self._shown_day != self._today():
            self._populate()

    def showEvent(self, event) -> None:
        # Also catches a page left open past midnight: a new day means new streak and "today" figures.
        self.ensure_built()
        super().showEvent(event)

    def is_empty_state_shown(self) -> bool:
        return self._built and self._stack.currentWidget() is self.empty_state

    # -- building -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        # pyqtgraph is loaded here, on first view, so the app starts without it; the page's other parts too,
        # since many runs never open this page (test_startup_modules.py holds start-up to that).
        from trainer.ui.progress.charts import SetsPerDayChart
        from trainer.ui.progress.lazy_slot import LazySlot
        from trainer.ui.progress.heatmap import CalendarHeatmap
        from trainer.ui.progress.panels import EmptyState, RangeSelector, Section, muted_label
        from trainer.ui.progress.cards import StatCards
        from trainer.ui.progress.history_list import HistoryList

        # The frame first, then each part straight into its place: with the app's style sheet, every move of
        # a built subtree into a new parent restyles all of it (a StyleChange to each widget, and the history
        # table's header measuring again), so parts are moved once, not up through four parents.
        self._stack = QStackedWidget()
        self._layout.addWidget(self._stack)
        scroll = QScrollArea()
        # Not a Tab stop (an unnamed pane to a screen reader): Tab into a control scrolls it into view.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The page's window colour shows through, so the cards sit on the same ground as the Train page.
        scroll.viewport().setAutoFillBackground(False)
        content = QWidget()
        content.setAutoFillBackground(False)
        column = QVBoxLayout(content)
        column.setContentsMargins(28, 24, 28, 28)
        column.setSpacing(18)
        scroll.setWidget(content)
        self.content = scroll
        self.empty_state = EmptyState()
        self.empty_state.train_clicked.connect(self._on_empty_state_train_clicked)
        self._stack.addWidget(self.empty_state)
        self._stack.addWidget(self.content)

        title = QLabel(self.tr("Your progress"))
        title.setObjectName("pageTitle")
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)
        column.addWidget(title)
        self.cards = StatCards()
        column.addWidget(self.cards)

        self.range_selector = RangeSelector()
        self.range_selector.span_chosen.connect(self._on_range_selector_span_chosen)
        self.target_caption = muted_label()
        sets = Section(self.tr("Sets per day"), self.target_caption, content)
        self.sets_chart = SetsPerDayChart()
        self.sets_chart.setFixedHeight(230)
        sets.add_body(self.sets_chart, self.range_selector)
        column.addWidget(sets)

        self.calendar_caption = muted_label()
        calendar = Section(words.practice_calendar(), self.calendar_caption, content)
        self.heatmap = CalendarHeatmap()
        calendar.add_body(self.heatmap)
        column.addWidget(calendar)

        self.hold_caption = muted_label()
        hold = Section(self.tr("Longest hold"), self.hold_caption, content)
        # Below the fold in a window of the usual size: built when scrolled to (a fifth of the page's build).
        self._hold_slot = LazySlot(HOLD_CHART_HEIGHT, scroll, self._make_hold_chart, self._on_hold_chart_placed, hold)
        hold.add_body(self._hold_slot)
        column.addWidget(hold)

        history_caption = muted_label(self.tr("Remove a session recorded by mistake, or change its rating and "
                                              "note."))
        sessions = Section(self.tr("Sessions"), history_caption, content)
        self.history = HistoryList(self._state)
        sessions.add_body(self.history)
        column.addWidget(sessions)
        column.addStretch(1)
        # Imported here: QAccessible's first use builds some 150 enum members, which a start would pay.
        from PySide6.QtGui import QAccessible

        if QAccessible.isActive():
            self._hold_slot.realise()
        self._built = True

    @property
    def hold_chart(self):
        """The hold trend chart, built now if it has not come into view yet."""
        return self._hold_slot.realise()

    def _make_hold_chart(self):
        from trainer.ui.progress.charts import HoldTrendChart

        chart = HoldTrendChart()
        chart.setFixedHeight(HOLD_CHART_HEIGHT)
        return chart

    def _on_hold_chart_placed(self, chart) -> None:
        # Linked once placed: pyqtgraph lines linked views up by their size on screen, which a chart built
        # unseen does not have yet.
        chart.setXLink(self.sets_chart)
        if self._hold_days:
            chart.set_days(*self._hold_days)

    # -- filling --------------------------------------------------------------------------------------------

    def _populate(self) -> None:
        # Imported with the page's other parts on first view, not at start-up.
        from trainer.core import stats
        from trainer.core.hold_stats import real_hold_trend

        today = self._today()
        target = self._state.settings.daily_target_sets
        index = stats.day_index(self._state.sessions)  # the plan line has usually built it already
        summary = stats.summary(index, today, target)
        self._dirty = False
        self._shown_day = today
        self._target = target
        self.history.set_sessions(self._state.sessions)
        # Removing the only session keeps the list on screen while its undo is offered.
        if summary["sessions"] == 0 and not self.history.undo_pending():
            self._stack.setCurrentWidget(self.empty_state)
            return
        self._stack.setCurrentWidget(self.content)
        self.cards.show_summary(summary)
        self.target_caption.setText(
            self.tr("The dashed line is your daily target of %n set(s)", "", target)
        )

        self._year = stats.sets_per_day(index, today - timedelta(days=YEAR_DAYS - 1), today)
        self._trend = stats.hold_trend(index)
        self._real_trend = real_hold_trend(self._state.sessions)
        self.heatmap.set_data(stats.heatmap(index, today), today, target)
        self.calendar_caption.setText(self.heatmap.summary())
        self._show_span(self.range_selector.span())

    def _show_span(self, span: int) -> None:
        shown = self._year[-span:]
        self.sets_chart.set_days(shown, self._target)
        first, last = shown[0][0], shown[-1][0]
        # The trend is sorted by day, so the span's part of ten years of holds is one bisect away.
        recent = self._trend[bisect_left(self._trend, first, key=itemgetter(0)) :]
        real = self._real_trend[bisect_left(self._real_trend, first, key=itemgetter(0)) :]
        self._hold_days = (recent, first, last, real)
        if self._hold_slot.part() is not None:
            self.hold_chart.set_days(*self._hold_days)
        about = self.tr("Holds grow as the release gets easier. Lengthen them only when a session feels "
                        "comfortable.")
        # Named by line and marker, so the two series never depend on telling colours apart.
        legend = self.tr("Solid line with dots: the planned hold. Dashed line with squares: your own holds, the "
                         "day's average.")
        self.hold_caption.setText(f"{about}\n{legend}" if real else about)

    # -- slots ----------------------------------------------------------------------------------------------

    def _on_range_selector_span_chosen(self, span: int) -> None:
        self._show_span(span)

    def _on_empty_state_train_clicked(self) -> None:
        self.go_to_train.emit()
