"""The report as an A4 PDF (QPdfWriter + QTextDocument, no other dependency) and as preview images.

One page, two at most: when the content would run longer, the oldest events, then the oldest notes, give
way, and the report says how many are in the app instead. The PDF is written atomically and private (0600), as it holds
health data. A ``QGuiApplication`` must exist for fonts; ``ensure_gui_application`` makes an offscreen one
for the command line.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from trainer.core.atomic import write_atomic
from trainer.core.report_data import ReportData
from trainer.ui.reports.report_html import report_html

MAX_PAGES = 2
EVENTS_KEPT = 10
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
    """The report laid out on ``writer``'s pages, trimmed to at most two of them.

    The person's own words matter most, and every rating is counted above the list of events: so the oldest
    events give way first, down to the latest few, then the oldest notes, then the last events. Each step
    keeps as many as still fit, found by bisection, so a long period costs a dozen layouts, not hundreds.
    """
    made_on = made_on or date.today()
    shown = {"notes": len(data.notes), "events": len(data.events)}

    def layout(**limits: int) -> QTextDocument:
        counts = {**shown, **limits}
        return _paginated(data, writer, name=name, made_on=made_on,
                          note_limit=counts["notes"], event_limit=counts["events"])

    document = layout()
    for kind, floor in (("events", min(EVENTS_KEPT, shown["events"])), ("notes", 0), ("events", 0)):
        if document.pageCount() <= MAX_PAGES:
            return document
        low, high = floor, shown[kind]  # ``high`` is known not to fit
        shown[kind] = floor
        document = layout()
        if document.pageCount() > MAX_PAGES:
            continue
        while high - low > 1:
            middle = (low + high) // 2
            candidate = layout(**{kind: middle})
            if candidate.pageCount() <= MAX_PAGES:
                low, document = middle, candidate
            else:
                high = middle
        shown[kind] = low
    return document


def _paginated(data: ReportData, writer: QPdfWriter, **options) -> QTextDocument:
    """The report laid out on the writer's pages, each note that a page break would split moved whole to
    the next page.

    Qt draws one line beyond each end of a page's clip (QTextLayout::draw picks its first and last lines
    inclusively), hidden on paper but present in the PDF's text: a split note would be copied, searched and
    read aloud with a line twice. The breaks go into the HTML: set on a document already laid out, Qt's
    relayout leaves the blocks after them where they were.
    """
    breaks: frozenset[int] = frozenset()
    while True:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.setDocumentMargin(0)
        document.setDefaultFont(_text_font())
        document.setHtml(report_html(data, new_page_before=breaks, **options))
        split = _split_notes(document) - breaks
        if not split:
            return document
        breaks |= split


def _split_notes(document: QTextDocument) -> set[int]:
    """The indices of the notes a page break runs through; a note taller than a page cannot be helped."""
    layout = document.documentLayout()
    page = document.pageSize().height()
    split = set()
    block = document.begin()
    while block.isValid():
        box = layout.blockBoundingRect(block)
        if int(box.top() // page) != int((box.bottom() - 1) // page) and box.height() < page:
            first = block.begin()
            anchors = first.fragment().charFormat().anchorNames() if not first.atEnd() else []
            split.update(int(anchor[5:]) for anchor in anchors if anchor.startswith("note-"))
        block = block.next()
    return split


def _text_font() -> QFont:
    font = QFont()
    # Without ligatures "fi" stays two letters in the PDF's text: copied, searched and read aloud as written.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def paint_page(document: QTextDocument, painter: QPainter, index: int) -> None:
    """Draw page ``index`` (from 0) of a ``fitted_document`` with the painter's origin at its top left.

    The clip stops a device pixel short of the page's end: Qt also draws a line that starts exactly there,
    hidden by the clip but left in the PDF's text, where it would come twice.
    """
    size = document.pageSize()
    view = QRectF(0, index * size.height(), size.width(), size.height() - 1)
    painter.save()
    painter.translate(0, -view.top())
    painter.setClipRect(view)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = view
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    document.documentLayout().draw(painter, context)
    painter.restore()


def pdf_bytes(data: ReportData, *, name: str | None = None, made_on: date | None = None) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    ensure_gui_application()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    document = fitted_document(data, writer, name=name, made_on=made_on)
    pages = document.pageCount()
    painter = QPainter(writer)
    for index in range(pages):
        if index:
            writer.newPage()
        paint_page(document, painter, index)
    painter.end()  # the PDF is complete once its painter ends
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
    images = []
    for index in range(document.pageCount()):
        image = QImage(round(paper.width() * scale), round(paper.height() * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(margins.left(), margins.top())
        paint_page(document, painter, index)
        painter.end()
        images.append(image)
    buffer.close()
    return images
