"""A PDF shown in the window, a page at a time, drawn by PDFium: zoom, page navigation, Print.

PDFium (pypdfium2) is loaded on the first preview only, so starting the application stays quick.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
ZOOMS = (0.25, 4.0)  # of the width that fits the view
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


class PdfPreview(QWidget):
    """Shows one PDF (`show_pdf`) a page at a time, or a sentence in its place (`show_message`)."""

    sig_print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.page_labels: list[QLabel] = []  # the page shown, or none
        self.page = 0  # from 0
        self.total = 0
        self.zoom = 1.0  # 1 fits the page to the view's width
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.page_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.previous_button = self._button("◀", self.tr("Previous Page"), lambda: self.show_page(self.page - 1))
        self.page_label = QLabel()
        self.next_button = self._button("▶", self.tr("Next Page"), lambda: self.show_page(self.page + 1))
        self.zoom_out_button = self._button("−", self.tr("Zoom Out"), lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.zoom_in_button = self._button("+", self.tr("Zoom In"), lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.fit_button = self._button(self.tr("Fit Width"), self.tr("Fit Width"), lambda: self.set_zoom(1.0))
        self.print_button = self._button(self.tr("Print…"), self.tr("Print"), self.sig_print_requested.emit)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.bar = QWidget()
        self.bar.setLayout(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.page_area, 1)
        self.show_message("")

    def _button(self, text: str, tip: str, action) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(action)
        return button

    def show_message(self, text: str) -> None:
        self.path = None
        self.page_labels = []
        self.total = 0
        self.message = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message.setMargin(24)
        self._show(self.message)
        self.bar.setVisible(False)

    def show_pdf(self, path: Path) -> None:
        """Show the first page of `path`, fitted to the width; a file PDFium cannot read shows why instead."""
        try:
            total = page_count(path)
        except Exception as error:
            self.show_message(self.tr("Cannot show {name}: {reason}").format(name=path.name, reason=error))
            return
        self.path, self.total, self.zoom = path, total, 1.0
        self.bar.setVisible(True)
        self.show_page(0)

    def show_page(self, number: int) -> None:
        """Page `number` (from 0) at the current zoom; out of range does nothing."""
        if self.path is None or not 0 <= number < self.total:
            return
        try:
            image = render_page(self.path, number, round(self._fitting_width() * self.zoom))
        except Exception as error:
            self.show_message(self.tr("Cannot show {name}: {reason}").format(name=self.path.name, reason=error))
            return
        self.page = number
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(_PAGE_GAP, _PAGE_GAP, _PAGE_GAP, _PAGE_GAP)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(image))
        label.setFrameShape(QFrame.Shape.Box)
        layout.addWidget(label)
        self.page_labels = [label]
        self._show(holder)
        self.page_label.setText(self.tr("Page {number} of {total}").format(number=number + 1, total=self.total))
        self.previous_button.setEnabled(number > 0)
        self.next_button.setEnabled(number < self.total - 1)
        self.zoom_out_button.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self.zoom < ZOOMS[1])

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOMS[0]), ZOOMS[1])
        self.show_page(self.page)

    def _fitting_width(self) -> int:
        # The area's own width, not its viewport's: that narrows when the scroll bar comes.
        inside = self.page_area.width() - 2 * self.page_area.frameWidth()
        frame = 2 * 2  # the page's box line, both sides, with room to spare
        return max(200, inside - 2 * _PAGE_GAP - frame - self.page_area.verticalScrollBar().sizeHint().width())

    def _show(self, widget: QWidget) -> None:
        old = self.page_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.page_area.setWidget(widget)
