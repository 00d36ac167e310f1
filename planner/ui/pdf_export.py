"""PDF itineraries (A4 or Letter), laid out by Qt's text engine from the printable document.

The words and pictures come from :mod:`planner.exchange.print_document`; this module lets
``QTextDocument`` flow them onto the pages of a ``QPdfWriter``. Maps are drawn as vectors
(sharp at any zoom, and quicker than pictures), QR codes as small black-and-white images made
by ``zxing-cpp``. It needs a Qt application but no screen: from the command line it starts one
on Qt's offscreen platform, so it works over ssh and from cron.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import cast

import zxingcpp
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextLine,
)
from PySide6.QtSvg import QSvgRenderer

from planner.core.catalog import Catalog
from planner.core.errors import PlanFileError
from planner.core.model import Plan
from planner.exchange.print_document import PrintDocument, print_document
from planner.exchange.registry import ExportOptions, write_export

DPI = 150
QR_SCALE = 1
"""Image pixels per QR module; the page scales the image, and whole pixels keep edges crisp."""
OBJECT_CHARACTER = "\ufffc"
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
    for name, address in document.qr_codes.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), qr_image(address))
    drawings = VectorDrawings(document.drawings)
    drawings.hold_room(text)
    text.setHtml(document.html)
    painter = QPainter(writer)
    if not painter.isActive():
        raise PlanFileError(Path(document.title), "the PDF could not be started")
    area = writer.pageLayout().paintRectPixels(DPI)
    text.setPageSize(QSizeF(area.width(), area.height()))
    drawings.find_places(text)
    _print(text, drawings, painter, writer)
    painter.end()
    device.close()
    return bytes(data.data())


def _print(text: QTextDocument, drawings: VectorDrawings, painter: QPainter,
           writer: QPdfWriter) -> None:
    """Draw ``text`` page by page (``QTextDocument.print_`` wants a QPrinter)."""
    height = text.pageSize().height()
    for number in range(text.pageCount()):
        if number:
            writer.newPage()
        page = QRectF(0, number * height, text.pageSize().width(), height)
        painter.save()
        painter.translate(0, -number * height)
        text.drawContents(painter, page)
        drawings.draw(painter, page)
        painter.restore()


class VectorDrawings:
    """The document's SVG maps, drawn as vector graphics where its ``<img>`` tags name them.

    Rich text only knows pictures, and PySide cannot hand Qt a text-object handler of ours,
    so each map's room is held by a blank picture (its tag gives width and height) and the
    map is drawn over that room once the text is on the page.
    """

    def __init__(self, drawings: dict[str, str]) -> None:
        self._renderers = {name: QSvgRenderer(QByteArray(svg.encode("utf-8")))
                           for name, svg in drawings.items()}
        self._places: list[tuple[QRectF, QSvgRenderer]] = []

    def hold_room(self, text: QTextDocument) -> None:
        """Give ``text`` a blank picture under each map's name (before ``setHtml``)."""
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        for name in self._renderers:
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), blank)

    def find_places(self, text: QTextDocument) -> None:
        """Where each map landed, in the coordinates of the laid-out (paged) document."""
        self._places = []
        raw = text.toRawText()  # one character per document position
        cursor = QTextCursor(text)
        position = raw.find(OBJECT_CHARACTER)
        while position >= 0:
            cursor.setPosition(position + 1)  # the format of the character before the cursor
            image = cursor.charFormat().toImageFormat()
            if image.isValid() and image.name() in self._renderers:
                self._places.append((_image_rect(text, position, image),
                                     self._renderers[image.name()]))
            position = raw.find(OBJECT_CHARACTER, position + 1)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        for rect, renderer in self._places:
            if rect.intersects(area):
                painter.save()
                painter.setClipRect(rect)  # the base map's lines run past the map's edges
                renderer.render(painter, rect)
                painter.restore()


def _image_rect(text: QTextDocument, position: int, image: QTextImageFormat) -> QRectF:
    """The box of the picture at ``position``, which is the tallest thing on its line.

    Its size is measured from the line, not read from the tag: Qt scales pictures by the
    paint device's resolution.
    """
    block = text.findBlock(position)
    origin = text.documentLayout().blockBoundingRect(block).topLeft()  # lays the block out
    offset = position - block.position()
    line = block.layout().lineForTextPosition(offset)
    left = _x(line, offset)
    width = _x(line, offset + 1) - left
    height = width * image.height() / max(image.width(), 1.0)
    top = line.y() + line.height() - height
    return QRectF(origin.x() + left, origin.y() + top, width, height)


def _x(line: QTextLine, offset: int) -> float:
    return cast(tuple[float, int], line.cursorToX(offset))[0]  # PySide gives (x, position)


def qr_image(address: str) -> QImage:
    """The QR code (error correction M) of ``address``, with its quiet zone, in black and white."""
    code = zxingcpp.create_barcode(address, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    pixels = code.to_image(scale=QR_SCALE, add_quiet_zones=True)
    height, width = pixels.shape
    data = bytes(memoryview(pixels))  # type: ignore[arg-type]  # a buffer, though not typed as one
    image = QImage(data, width, height, width, QImage.Format.Format_Grayscale8)
    return image.convertToFormat(QImage.Format.Format_Mono)  # a copy that owns its pixels


def _ensure_application() -> None:
    """A Qt application to draw with; offscreen when there is no screen at all."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])
