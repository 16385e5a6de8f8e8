"""Printing a document: the PDF writer's pages, drawn by PDFium onto the printer.

What is printed is what the PDF writer produced, page for page, rendered at the printer's
resolution (at most MAX_DPI), so paper and PDF never differ. The writing runs in the
background (`BackgroundTasks`); the print and preview dialogs run on the GUI thread.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..errors import MissionPlannerError
from ..services import KINDS, DocumentKind, DocumentSettings, Progress, Workspace
from .document_jobs import kind_title
from .refusal_text import error_text
from .tasks import BackgroundTasks

# Drawn on the GUI thread: at 600 dpi a page took about 1 s (a six-page itinerary 6 s, before a
# preview shows); at 300, the usual print quality for text, about 0.3 s.
MAX_DPI = 300
_POINTS_PER_INCH = 72
_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_DAY_BANNER = re.compile(r"DAY (\d+) OF \d+")


def printable_kinds() -> list[DocumentKind]:
    """The kinds written as one PDF: the ones that can go to a printer."""
    return [kind for kind in KINDS.values() if kind.suffix == ".pdf"]


@dataclass
class PrintJob:
    """A PDF written for printing and the pages of it to print (from 0)."""

    path: Path
    pages: list[int]
    title: str
    paper: str = "A4"
    folder: tempfile.TemporaryDirectory | None = field(default=None, repr=False)

    def close(self) -> None:
        if self.folder is not None:
            self.folder.cleanup()
            self.folder = None


def write_for_print(
    workspace: Workspace,
    code: str,
    kind: DocumentKind,
    paper: str,
    day: int | None,
    progress: Progress,
    site: str = "",
) -> PrintJob:
    """Write `kind` of mission `code` into a temporary folder; `day` (from 1) keeps only that
    day's pages of the daily agenda; `site` names the security site of a visitor list (the one
    kind that carries passport data). Runs on a worker thread: no widgets here."""
    folder = tempfile.TemporaryDirectory(prefix="mission-planner-print-")
    try:
        target = Path(folder.name) / f"print{kind.suffix}"
        settings = DocumentSettings(paper=paper, include_personal_data=kind.personal, site=site)
        snapshot = workspace.documents.snapshot(code, settings)
        written = workspace.documents.write(kind, snapshot, target, progress)
        pages = list(range(pdf_page_count(written)))
        if day is not None:
            pages = day_pages(written, day)
    except BaseException:
        folder.cleanup()
        raise
    return PrintJob(written, pages, kind.title, paper, folder)


def pdf_page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def day_pages(path: Path, day: int) -> list[int]:
    """The pages of a daily agenda that belong to `day` (from 1): its banner heads each of them."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        found = []
        for number in range(len(document)):
            page = document[number]
            text = page.get_textpage().get_text_range()
            match = _DAY_BANNER.search(text)
            if match and int(match.group(1)) == day:
                found.append(number)
        return found
    finally:
        document.close()


def prepare_printer(printer: QPrinter, job: PrintJob) -> None:
    """The paper of the preferences, the first page's orientation, and no margins of Qt's own:
    the PDF carries its margins."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(job.path))
    try:
        width, height = document[job.pages[0] if job.pages else 0].get_size()
    finally:
        document.close()
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    printer.setPageSize(QPageSize(_PAGE_SIZES.get(job.paper, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(orientation)
    printer.setFullPage(True)
    printer.setDocName(job.title)


def print_pages(printer: QPrinter, job: PrintJob) -> int:
    """Draw the job's pages onto `printer`, one PDF page a sheet; returns how many were drawn."""
    import pypdfium2

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    document = pypdfium2.PdfDocument(str(job.path))
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        for index, number in enumerate(job.pages):
            if index:
                printer.newPage()
            image = render(document[number], dpi / _POINTS_PER_INCH)
            painter.drawImage(_fitted(QSizeF(image.size()), QRectF(sheet)), image)
    finally:
        document.close()
        painter.end()
    return len(job.pages)


def render(page, scale: float) -> QImage:
    """One PDFium page as an image, `scale` pixels a point."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    # Copied: the bitmap's memory belongs to PDFium and goes when the document closes.
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888).copy()


def _fitted(size: QSizeF, into: QRectF) -> QRectF:
    """`size` scaled to fit `into`, centred: a Letter PDF on A4 keeps its shape."""
    scaled = size.scaled(into.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = into.left() + (into.width() - scaled.width()) / 2
    top = into.top() + (into.height() - scaled.height()) / 2
    return QRectF(left, top, scaled.width(), scaled.height())


class DocumentPrinter(QObject):
    """Writes the chosen document in the background, then shows the print or preview dialog."""

    def __init__(self, workspace: Workspace, tasks: BackgroundTasks, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.tasks = tasks
        self.window = window
        self.last_job: PrintJob | None = None
        # What shows the job; tests replace them to print to a file instead of a printer.
        self.show_print: Callable[[PrintJob], None] = lambda job: print_with_dialog(job, window)
        self.show_preview: Callable[[PrintJob], None] = lambda job: preview_with_dialog(job, window)

    def start(self, code: str, kind: DocumentKind, day: int | None, *, preview: bool, site: str = "") -> None:
        paper = self.workspace.settings.organization_settings().paper
        title = self.tr("Print Preview") if preview else self.tr("Print")
        self.tasks.run(
            lambda progress: write_for_print(self.workspace, code, kind, paper, day, progress, site),
            title=title,
            label=self.tr("Writing {what} for printing").format(what=kind_title(kind)),
            on_succeeded=lambda job: self._written(job, preview),
            on_failed=lambda error: self._failed(error, title),
        )

    def _written(self, job: PrintJob, preview: bool) -> None:
        self.last_job = job
        try:
            if not job.pages:
                QMessageBox.information(self.window, self.tr("Print"), self.tr("There is nothing to print."))
                return
            (self.show_preview if preview else self.show_print)(job)
        finally:
            job.close()

    def _failed(self, error: BaseException, title: str) -> None:
        if not isinstance(error, MissionPlannerError):
            raise error  # a bug: the crash handler reports it
        QMessageBox.warning(self.window, title, error_text(error))


def print_with_dialog(job: PrintJob, parent: QWidget) -> None:
    """The system's print dialog, then the job's pages to the printer chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, job)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        print_pages(printer, job)


def preview_with_dialog(job: PrintJob, parent: QWidget) -> None:
    """Qt's print preview: it draws the same pages as a print would, and prints from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, job)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda shown: print_pages(shown, job))
    dialog.exec()
