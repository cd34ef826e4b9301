"""The report dialog: the period and name chosen, the pages previewed, and the PDF saved, read back with
pdftotext and pdfinfo."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from helpers.records import make_session
from trainer.ui.sharing.report_dialog import ReportDialog

needs_poppler = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
                                   reason="poppler-utils is not installed")


@pytest.fixture
def history(store):
    today = date.today()
    inside = [make_session(today - timedelta(days=days), note=f"note inside {days}") for days in range(0, 20, 2)]
    outside = make_session(today - timedelta(days=40), note="note from long ago")
    store.merge_sessions([*inside, outside])
    return inside, outside


def previewed_pages(dialog: ReportDialog) -> int:
    return sum(1 for label in dialog.scroll.widget().findChildren(QLabel) if not label.pixmap().isNull())


def test_the_preview_is_laid_out_once_the_dialog_is_up_and_again_after_a_change(qtbot, state, catalog, history):
    dialog = ReportDialog(state, catalog)
    qtbot.addWidget(dialog)
    assert dialog.pages == []  # opening is not held up by the layout
    qtbot.waitUntil(lambda: dialog.pages != [], timeout=10_000)
    assert previewed_pages(dialog) == len(dialog.pages) == 1
    assert dialog.report.period.days == 28 and dialog.printed_name() is None
    dialog.days.setValue(7)
    dialog.days.setValue(6)
    assert dialog.report.period.days == 28  # not yet: the change settles first, and one layout follows
    qtbot.waitUntil(lambda: dialog.report.period.days == 6, timeout=10_000)
    assert previewed_pages(dialog) == 1
    dialog.name.setText("Sam")
    dialog.reject()
    assert not dialog._settle.isActive()  # nothing is laid out for a closed dialog


def test_dates_the_wrong_way_round_say_so_and_cannot_be_saved(qtbot, state, catalog, history):
    dialog = ReportDialog(state, catalog)
    qtbot.addWidget(dialog)
    dialog.between.setChecked(True)
    dialog.start.setDate(QDate.currentDate())
    dialog.end.setDate(QDate.currentDate().addDays(-3))
    dialog.render_preview()
    assert dialog.problem.text() and not dialog.save_button.isEnabled()


@needs_poppler
def test_save_writes_the_previewed_report_with_the_sessions_of_the_period(qtbot, state, catalog, history, tmp_path):
    inside, outside = history
    dialog = ReportDialog(state, catalog)
    qtbot.addWidget(dialog)
    dialog.between.setChecked(True)
    dialog.start.setDate(QDate.currentDate().addDays(-30))
    dialog.end.setDate(QDate.currentDate())
    dialog.name.setText("Sam Example")
    target = tmp_path / "report"
    dialog.choose_path = lambda: str(target)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_button.click()
    saved = tmp_path / "report.pdf"
    assert dialog.saved_to == saved
    info = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == len(dialog.pages)
    text = " ".join(subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert all(session.note in text for session in inside)
    assert outside.note not in text
    assert "Sam Example" in text
