"""A PDF shown in the window: its pages drawn by PDFium, one under the other, fitted to the width.

PDFium (pypdfium2) is loaded on the first preview only, so starting the application stays quick.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PAGES = 12  # a preview, not a reader: the rest is a click on Open Folder away
_PAGE_GAP = 12


def render_page(path: Path, number: int, width: int) -> QImage:
    """Page `number` (from 0) of the PDF at `path`, `width` pixels wide."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[number]
        scale = width / page.get_width()
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        # Copied: the bitmap's memory belongs to PDFium and goes when the document closes.
        return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888).copy()
    finally:
        document.close()


def page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


class PdfPreview(QScrollArea):
    """Shows one PDF (`show_pdf`), or a sentence in its place (`show_message`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.path: Path | None = None
        self.page_labels: list[QLabel] = []
        self._page_width = 0
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.path = None
        self.page_labels = []
        self.message = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message.setMargin(24)
        self._show(self.message)

    def show_pdf(self, path: Path) -> None:
        """Draw the first pages of `path`; a file PDFium cannot read shows why instead."""
        self.path = path
        self._page_width = self._fitting_width()
        try:
            total = page_count(path)
            images = [render_page(path, n, self._page_width) for n in range(min(total, MAX_PAGES))]
        except Exception as error:
            self.show_message(self.tr("Cannot show {name}: {reason}").format(name=path.name, reason=error))
            return
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(_PAGE_GAP)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_labels = []
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QFrame.Shape.Box)
            layout.addWidget(label)
            self.page_labels.append(label)
        if total > len(images):
            more = QLabel(self.tr("First {shown} of {total} pages.").format(shown=len(images), total=total))
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show(page)

    def _fitting_width(self) -> int:
        return max(200, self.viewport().width() - 2 * _PAGE_GAP - self.verticalScrollBar().sizeHint().width())

    def _show(self, widget: QWidget) -> None:
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(widget)
