"""The report for a physiotherapist: choose the period and, if wanted, a name; see the pages; save a PDF.

Laying the report out takes a noticeable moment for a busy period (most of a second for 90 days), so it is
done once per change, after the person stops typing for a moment, by one single-shot timer that stops with
the dialog. The PDF saved is the report previewed: both come from the same ``ReportData`` and name.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from trainer.core.periods import DEFAULT_DAYS, MAX_DAYS, Period, chosen_span, period_for
from trainer.core.report_data import ReportData, build_report
from trainer.core.routines import Catalog
from trainer.ui.reports.pdf_report import preview_pages, write_pdf
from trainer.ui.state import AppState

# A pause in typing this long counts as the end of a change.
SETTLE_MS = 300
PREVIEW_WIDTH = 520


class ReportDialog(QDialog):
    """Previews and saves the report. ``choose_path`` asks where to save (tests replace it);
    ``preview_ready`` is emitted each time the pages are laid out again."""

    def __init__(self, state: AppState, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report for your physiotherapist"))
        self._state = state
        self._catalog = catalog
        self.report: ReportData | None = None
        self.pages: list = []
        self.choose_path = self._ask_for_path
        self.saved_to: Path | None = None
        self._settle = QTimer(self)
        self._settle.setObjectName("reportSettle")
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._on_settle_timeout)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(18)
        layout.addLayout(self._choices(), 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setMinimumWidth(PREVIEW_WIDTH + 30)
        self.scroll.setAccessibleName(self.tr("Preview of the report"))
        holder = QWidget(self.scroll)
        self._page_column = QVBoxLayout(holder)
        self._page_column.setSpacing(12)
        self._page_column.addStretch(1)
        self.scroll.setWidget(holder)
        layout.addWidget(self.scroll, 1)
        self.resize(900, 720)
        # The first layout waits for the dialog to be on screen, so opening it is never held up.
        self._settle.start(0)

    def _choices(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        intro = QLabel(self.tr("A page or two to bring to your appointment: what you were set to do, what you "
                               "did, your holds, any discomfort, and your notes."), self)
        intro.setWordWrap(True)
        intro.setMaximumWidth(300)
        column.addWidget(intro)
        self.kind = QButtonGroup(self)
        self.last_days = QRadioButton(self.tr("The last"), self)
        self.last_days.setChecked(True)
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Number of days"))
        row = QHBoxLayout()
        row.addWidget(self.last_days)
        row.addWidget(self.days)
        row.addStretch(1)
        column.addLayout(row)
        self.between = QRadioButton(self.tr("From a date to a date"), self)
        column.addWidget(self.between)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-(DEFAULT_DAYS - 1)), self)
        self.end = QDateEdit(today, self)
        dates = QFormLayout()
        for edit, label, name in ((self.start, self.tr("From:"), self.tr("First day")),
                                  (self.end, self.tr("To:"), self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_date_edit_date_changed)
            dates.addRow(label, edit)
        column.addLayout(dates)
        for choice in (self.last_days, self.between):
            self.kind.addButton(choice)
        self.kind.buttonToggled.connect(self._on_kind_button_toggled)
        self.days.valueChanged.connect(self._on_days_value_changed)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Your name (optional)"))
        self.name.setAccessibleName(self.tr("Name printed on the report"))
        self.name.textChanged.connect(self._on_name_text_changed)
        column.addWidget(QLabel(self.tr("Name:"), self))
        column.addWidget(self.name)
        hint = QLabel(self.tr("No name is printed unless you type one."), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setMaximumWidth(300)
        column.addWidget(self.problem)
        self.page_count = QLabel(self)
        self.page_count.setObjectName("muted")
        column.addWidget(self.page_count)
        column.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(self.tr("Save as PDF\u2026"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._follow_kind()
        return column

    # What the person chose ----------------------------------------------------------------------------------

    def period(self) -> Period:
        """The period chosen; raises ``ValueError`` with a message when the dates do not make one."""
        settings = self._state.settings
        if self.last_days.isChecked():
            return period_for(datetime.now().astimezone(), settings.day_start_hour, days=self.days.value())
        return chosen_span(_day(self.start.date()), _day(self.end.date()))

    def printed_name(self) -> str | None:
        return self.name.text().strip() or None

    def _follow_kind(self) -> None:
        self.days.setEnabled(self.last_days.isChecked())
        self.start.setEnabled(self.between.isChecked())
        self.end.setEnabled(self.between.isChecked())

    def _on_kind_button_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._follow_kind()
            self._settle.start(SETTLE_MS)

    def _on_days_value_changed(self, _days: int) -> None:
        self._settle.start(SETTLE_MS)

    def _on_date_edit_date_changed(self, _day: QDate) -> None:
        self._settle.start(SETTLE_MS)

    def _on_name_text_changed(self, _text: str) -> None:
        self._settle.start(SETTLE_MS)

    # Preview and saving -------------------------------------------------------------------------------------

    def _on_settle_timeout(self) -> None:
        self.render_preview()

    def render_preview(self) -> None:
        self._settle.stop()
        try:
            period = self.period()
        except ValueError as error:
            self._show_problem(str(error))
            return
        self.report = build_report(self._state.sessions, self._state.settings, self._catalog, period)
        self.pages = preview_pages(self.report, name=self.printed_name())
        self._show_problem("")
        while self._page_column.count() > 1:
            old = self._page_column.takeAt(0).widget()
            old.hide()
            old.setParent(None)  # out of the preview at once, not at the next pass of the event loop
            old.deleteLater()
        for index, image in enumerate(self.pages):
            label = QLabel(self.scroll.widget())
            pixmap = QPixmap.fromImage(image).scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            # A page keeps its shape: the column scrolls rather than squeezing it.
            label.setFixedSize(pixmap.size() + QSize(2, 2))
            label.setAccessibleName(self.tr("Page {n} of the report").format(n=index + 1))
            label.setStyleSheet("border: 1px solid palette(mid);")
            self._page_column.insertWidget(index, label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.show()
        if len(self.pages) == 1:
            self.page_count.setText(self.tr("One page, for {start} to {end}.").format(
                start=period.start.isoformat(), end=period.end.isoformat()))
        else:
            self.page_count.setText(self.tr("{n} pages, for {start} to {end}.").format(
                n=len(self.pages), start=period.start.isoformat(), end=period.end.isoformat()))

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.save_button.setEnabled(not message)

    def _ask_for_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(
            Path.home() / "practice-report.pdf"), self.tr("PDF documents (*.pdf)"))
        return path

    def save(self, path: Path) -> bool:
        """Write the previewed report to ``path``; False (and the reason shown) when it could not be."""
        if self._settle.isActive():
            self.render_preview()
        if self.report is None:
            return False
        try:
            write_pdf(path, self.report, name=self.printed_name())
        except OSError as error:
            self._show_problem(self.tr("The report could not be saved: {reason}").format(
                reason=error.strerror or error))
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        chosen = self.choose_path()
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".pdf")
        if self.save(path):
            self.saved_to = path
            self.accept()

    def done(self, result: int) -> None:
        self._settle.stop()
        super().done(result)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
