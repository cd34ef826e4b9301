"""The report as an A4 PDF (QPdfWriter + QTextDocument, no other dependency) and as preview images.

One page, two at most: when the content would run longer, the oldest notes and events give way first, and
the report says how many are in the app instead. The PDF is written atomically and private (0600), as it holds
health data. A ``QGuiApplication`` must exist for fonts; ``ensure_gui_application`` makes an offscreen one
for the command line.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from trainer.core.atomic import write_atomic
from trainer.core.report_data import ReportData
from trainer.ui.reports.report_html import report_html

MAX_PAGES = 2
# The resolution text is laid out at; preview images are scaled from it, so they break pages like the PDF.
LAYOUT_DPI = 300
MARGINS_MM = QMarginsF(18, 15, 18, 15)


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when the caller set ``QT_QPA_PLATFORM`` so)."""
    return QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "pelvic-floor-trainer"])


def _writer(device: QIODevice) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(LAYOUT_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(QGuiApplication.translate("Report", "Pelvic-floor practice report"))
    writer.setCreator("Pelvic Floor Trainer")
    return writer


def fitted_document(data: ReportData, writer: QPdfWriter, *, name: str | None = None,
                    made_on: date | None = None) -> QTextDocument:
    """The report laid out on ``writer``'s pages, trimmed to at most two of them."""
    made_on = made_on or date.today()
    notes, events = len(data.notes), len(data.events)
    while True:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.setDocumentMargin(0)
        document.setHtml(report_html(data, name=name, made_on=made_on, note_limit=notes, event_limit=events))
        if document.pageCount() <= MAX_PAGES or notes + events == 0:
            return document
        # Take from the longer list first, a fifth at a time: few layouts, and both lists keep their newest.
        if notes >= events:
            notes -= max(1, notes // 5)
        else:
            events -= max(1, events // 5)


def pdf_bytes(data: ReportData, *, name: str | None = None, made_on: date | None = None) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    ensure_gui_application()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    document = fitted_document(data, writer, name=name, made_on=made_on)
    pages = document.pageCount()
    document.print_(writer)
    del writer  # the PDF is finished when its writer goes
    buffer.close()
    return bytes(array.data()), pages


def write_pdf(path: Path, data: ReportData, *, name: str | None = None, made_on: date | None = None) -> int:
    """Write the report to ``path`` (atomically, 0600) and return its number of pages."""
    data_bytes, pages = pdf_bytes(data, name=name, made_on=made_on)
    write_atomic(path, data_bytes)
    return pages


def preview_pages(data: ReportData, *, name: str | None = None, made_on: date | None = None,
                  dpi: int = 96) -> list[QImage]:
    """The report's pages as white images at ``dpi``, with the PDF's page breaks, for a preview dialog."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    document = fitted_document(data, writer, name=name, made_on=made_on)
    scale = dpi / LAYOUT_DPI
    paper = writer.pageLayout().fullRectPixels(LAYOUT_DPI)
    margins = writer.pageLayout().marginsPixels(LAYOUT_DPI)
    page_height = document.pageSize().height()
    images = []
    for page in range(document.pageCount()):
        image = QImage(round(paper.width() * scale), round(paper.height() * scale), QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(margins.left(), margins.top() - page * page_height)
        document.drawContents(painter, QRectF(0, page * page_height, document.pageSize().width(), page_height))
        painter.end()
        images.append(image)
    buffer.close()
    return images
