"""The PDF report, read back with poppler's pdftotext and pdfinfo: at most two A4 pages, every note (or an
explicit count of those left out), the sessions of the period and none from outside it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta

import itertools
import json

import pytest

from trainer.core.records import SessionRecord
from trainer.core.periods import Period
from trainer.core.report_data import build_report
from trainer.core.routines import load_catalog
from trainer.core.settings import Settings
from trainer.paths import builtin_routines_dir
from trainer.ui.reports.pdf_report import preview_pages, write_pdf

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="pdftotext and pdfinfo (poppler-utils) are not installed")
CATALOG = load_catalog(builtin_routines_dir())
QUARTER = Period(date(2026, 1, 1), date(2026, 3, 31))
SELF_REPORTED = "they are not a diagnosis"
_ids = itertools.count(1)


def make_session(local_date: str, sets_completed: int = 1, **fields) -> SessionRecord:
    """A completed women's reverse-Kegel session on ``local_date``; any field can be given by keyword."""
    values = dict(id=f"s{next(_ids)}", routine_id="reverse-kegel-women", routine_title="Reverse Kegels for women",
                  started_at=f"{local_date}T08:15:00+02:00", local_date=local_date, duration_s=150.0,
                  reps_planned=10, reps_completed=10 if sets_completed else 0, sets_completed=sets_completed,
                  hold_s=5.0, outcome="completed")
    return SessionRecord(**{**values, **fields})


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # wrapped lines join again into the note's words


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 842", info), info  # A4
    return int(re.search(r"Pages:\s+(\d+)", info)[1])


def days_of(period: Period):
    return [period.start + timedelta(days=n) for n in range(period.days)]


@needs_poppler
def test_an_empty_period_makes_one_calm_page(qapp, tmp_path):
    path = tmp_path / "report.pdf"
    report = build_report([make_session(local_date="2025-12-31", note="outside")], Settings(), CATALOG, QUARTER)
    assert write_pdf(path, report, made_on=date(2026, 4, 1)) == 1
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert "2026-01-01 to 2026-03-31 (90 days)" in text
    assert "No notes in this period." in text and SELF_REPORTED in text
    assert "outside" not in text and "For:" not in text
    assert os.stat(path).st_mode & 0o777 == 0o600


@needs_poppler
def test_the_sessions_in_the_period_appear_and_none_outside_it(qapp, tmp_path):
    inside = [make_session(local_date=day.isoformat(), note=f"in{day:%m%d}", discomfort=day.day % 3)
              for day in days_of(QUARTER)[::3]]
    outside = [make_session(local_date="2025-12-31", note="outA", outcome="stopped", sets_completed=0),
               make_session(local_date="2026-04-01", note="outB", discomfort=9)]
    removed = make_session(local_date="2026-02-02", note="goneC", deleted_at="2026-02-03T10:00:00+01:00")
    report = build_report(inside + outside + [removed], Settings(), CATALOG, QUARTER)
    path = tmp_path / "report.pdf"
    assert write_pdf(path, report, name="Sam Example") <= 2
    text = pdf_text(path)
    for session in inside:
        assert session.note in text
        if session.discomfort:
            assert f"{session.local_date} — discomfort {session.discomfort}/10" in text
    for word in ("outA", "outB", "goneC", "2025-12-31", "2026-04-01 —", "9/10"):
        assert word not in text
    assert "For: Sam Example" in text


@needs_poppler
def test_long_notes_are_wrapped_whole_not_cut(qapp, tmp_path):
    notes = [" ".join(f"w{n}x{k}" for k in range(150)) + f" END{n}" for n in range(4)]
    sessions = [make_session(local_date=f"2026-03-0{n + 1}", note=note) for n, note in enumerate(notes)]
    path = tmp_path / "report.pdf"
    write_pdf(path, build_report(sessions, Settings(), CATALOG, Period(date(2026, 3, 1), date(2026, 3, 28))))
    text = pdf_text(path)
    for note in notes:
        assert note in text


@needs_poppler
def test_a_busy_quarter_fits_two_pages_and_says_how_many_notes_are_left_out(qapp, tmp_path):
    sessions = []
    for day in days_of(QUARTER):
        for slot in range(3):
            stopped = (day.day + slot) % 9 == 0
            note = f"N{day:%m%d}{slot} " + "a long and careful note about how it felt today " * 3
            sessions.append(make_session(
                local_date=day.isoformat(), id=f"{day}-{slot}", note=note, discomfort=(day.day + slot) % 5,
                outcome="stopped" if stopped else "completed", sets_completed=0 if stopped else 1,
                holds_s=(5.5, 6.0, 6.5)))
    report = build_report(sessions, Settings(), CATALOG, QUARTER)
    path = tmp_path / "report.pdf"
    pages = write_pdf(path, report)
    assert pages == pdf_pages(path) <= 2
    text = pdf_text(path)
    shown_notes = len(re.findall(r"N\d{5} ", text))
    left_out = re.search(r"… (\d+) earlier notes are in the app\.", text)
    assert left_out and shown_notes + int(left_out[1]) == len(report.notes)
    assert f"N{QUARTER.end:%m%d}2" in text  # the newest note is kept
    events = re.search(r"… (\d+) earlier stops and ratings are in the app\.", text)
    shown_events = len(re.findall(r"\d{4}-\d\d-\d\d — (?:discomfort|stopped)", text))
    assert shown_events + (int(events[1]) if events else 0) == len(report.events)
    assert "Week by week" in text and "2026-03-30 – 03-31" in text


def test_the_preview_has_the_pdfs_pages_as_a4_images(qapp):
    sessions = [make_session(local_date="2026-03-02", note="hello " * 400)]
    images = preview_pages(build_report(sessions, Settings(), CATALOG, QUARTER), dpi=50)
    assert len(images) == 2
    for image in images:
        assert abs(image.height() / image.width() - 297 / 210) < 0.01
    # Something is drawn: not every pixel of the first page is white.
    assert any(images[0].pixel(x, y) != 0xFFFFFFFF for x in range(0, images[0].width(), 4)
               for y in range(0, images[0].height() // 4, 4))


@needs_poppler
@pytest.mark.slow
def test_the_report_command_works_with_no_display(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    today = date.today()
    sessions = [make_session(local_date=(today - timedelta(days=n)).isoformat(), note=f"day{n}") for n in range(40)]
    (data / "history.json").write_text(
        '{"schema_version": 1, "sessions": [%s]}' % ",".join(
            json.dumps(session.to_json()) for session in sessions))
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    path = tmp_path / "out.pdf"
    result = subprocess.run([sys.executable, "-m", "trainer", "report", "--pdf", str(path), "--days", "14",
                             "--data-dir", str(data)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    text = pdf_text(path)
    assert "day13" in text and "day14" not in text
    assert pdf_pages(path) == 1
