"""PDF itineraries (A4 or Letter), laid out by Qt's text engine from the printable document.

The words and pictures come from :mod:`planner.exchange.print_document`; this module draws
the maps (SVG) and QR codes (``segno``) into images and lets ``QTextDocument`` flow everything
onto pages of a ``QPdfWriter``. It needs a Qt application but no screen: from the command line
it starts one on Qt's offscreen platform, so it works over ssh and from cron.
"""

from __future__ import annotations

import os
from pathlib import Path

import segno
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from planner.core.catalog import Catalog
from planner.core.errors import PlanFileError
from planner.core.model import Plan
from planner.exchange.print_document import PrintDocument, print_document
from planner.exchange.registry import ExportOptions, write_export

DPI = 150
MAP_SCALE = 2
"""Maps are drawn at twice their size (about 200 dots per inch as printed)."""
QR_MASK, QR_BORDER, QR_SCALE = 2, 4, 4
_app: QGuiApplication | None = None


PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def export_pdf(plan: Plan, catalog: Catalog, path: Path, options: ExportOptions) -> None:
    _ensure_application()
    page = PAGE_SIZES[options.page_size]
    write_export(path, pdf_bytes(print_document(plan, catalog, options), page))


def pdf_bytes(document: PrintDocument, page: QPageSize.PageSizeId) -> bytes:
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    writer.setTitle(document.title)
    writer.setCreator("Film Trip Planner")
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(page), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)  # point sizes in the PDF's resolution
    text.setDocumentMargin(0)
    for name, svg in document.drawings.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), _drawing(svg))
    for name, address in document.qr_codes.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), _qr(address))
    text.setHtml(document.html)
    painter = QPainter(writer)
    if not painter.isActive():
        raise PlanFileError(Path(document.title), "the PDF could not be started")
    area = writer.pageLayout().paintRectPixels(DPI)
    text.setPageSize(QSizeF(area.width(), area.height()))
    _print(text, painter, writer)
    painter.end()
    device.close()
    return bytes(data.data())


def _print(text: QTextDocument, painter: QPainter, writer: QPdfWriter) -> None:
    """Draw ``text`` page by page (``QTextDocument.print_`` wants a QPrinter)."""
    height = text.pageSize().height()
    for number in range(text.pageCount()):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * height)
        text.drawContents(painter, QRectF(0, number * height, text.pageSize().width(), height))
        painter.restore()


def _drawing(svg: str) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * MAP_SCALE
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _qr(address: str) -> QImage:
    """The QR code of ``address``, drawn module by module (a PNG round trip is slower).

    The mask is fixed rather than chosen among eight: that choice costs two thirds of the
    time, and any mask gives a valid code.
    """
    code = segno.make(address, error="m", mode="byte", boost_error=False, mask=QR_MASK)
    modules = len(code.matrix)
    size = modules + 2 * QR_BORDER
    light = b"\xff" * size
    margin = b"\xff" * QR_BORDER
    rows = [light] * QR_BORDER
    rows += [margin + bytes(0 if dark else 255 for dark in row) + margin for row in code.matrix]
    rows += [light] * QR_BORDER
    image = QImage(b"".join(rows), size, size, size, QImage.Format.Format_Grayscale8)
    scaled = image.scaled(size * QR_SCALE, size * QR_SCALE)  # a copy: owns its pixels
    return scaled.convertToFormat(QImage.Format.Format_Mono)


def _ensure_application() -> None:
    """A Qt application to draw with; offscreen when there is no screen at all."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])
