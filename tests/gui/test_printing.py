"""Printing prints the PDF writers' pages: printed to a PDF file through QPrinter, never a printer."""

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox

from mission_planner.gui.dialogs.print_choice import PrintChoiceDialog
from mission_planner.gui.printing import (
    day_pages,
    pdf_page_count,
    prepare_printer,
    print_pages,
    printable_kinds,
    render,
    write_for_print,
)
from mission_planner.services.export import KINDS, Progress

TURKIYE = "23-IP-12-GE-OSM-A"
DPI = 100  # low, so a test renders quickly; the code is the same at a printer's 300
SAME = 10  # mean grey difference of a page and its print at 300 px wide: about 3.5; another page: 35


def page_image(path, number: int, width: int = 300) -> QImage:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[number]
        return render(page, width / page.get_width()).convertToFormat(QImage.Format.Format_Grayscale8)
    finally:
        document.close()


def difference(one: QImage, other: QImage) -> float:
    """Mean absolute difference of two grey images' pixels, 0–255."""
    assert one.size() == other.size()
    a, b = one.constBits().tobytes(), other.constBits().tobytes()
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def print_to_file(job, target):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    prepare_printer(printer, job)
    printer.setResolution(DPI)
    return printer, print_pages(printer, job)


@pytest.fixture
def job(demo_workspace):
    written = write_for_print(demo_workspace, TURKIYE, KINDS["itinerary-pdf"], "A4", None, Progress())
    yield written
    written.close()


def test_printable_kinds_are_the_single_pdfs():
    names = [kind.name for kind in printable_kinds()]
    assert "daily-pdf" in names and "badges-pdf" in names and "certificates-pdf" in names
    assert "participants-pdf" in names and "itinerary-pdf" in names
    assert "packs" not in names and "ics" not in names and "participants-xlsx" not in names


def test_printed_pages_are_the_writers_pages(job, tmp_path):
    printed = tmp_path / "printed.pdf"
    _printer, drawn = print_to_file(job, printed)
    count = pdf_page_count(job.path)
    assert drawn == count > 0
    assert pdf_page_count(printed) == count
    for number in (0, count - 1):
        assert difference(page_image(job.path, number), page_image(printed, number)) < SAME
    # and a different page is told apart: the comparison can fail
    if count > 1:
        assert difference(page_image(job.path, 0), page_image(printed, 1)) > SAME * 2


def test_the_paper_of_the_preferences_is_the_printers(demo_workspace, tmp_path):
    job = write_for_print(demo_workspace, TURKIYE, KINDS["itinerary-pdf"], "Letter", None, Progress())
    try:
        printer, _drawn = print_to_file(job, tmp_path / "printed.pdf")
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
        assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    finally:
        job.close()
    assert not job.path.exists()  # the temporary PDF goes with the job


def test_one_day_of_the_daily_agenda(demo_workspace, tmp_path):
    days = demo_workspace.missions.load_record(TURKIYE).days
    assert len(days) >= 2
    every = write_for_print(demo_workspace, TURKIYE, KINDS["daily-pdf"], "A4", None, Progress())
    second = write_for_print(demo_workspace, TURKIYE, KINDS["daily-pdf"], "A4", 2, Progress())
    try:
        assert every.pages == list(range(pdf_page_count(every.path)))
        assert second.pages == day_pages(every.path, 2) and second.pages
        assert set(second.pages) < set(every.pages)
        printed = tmp_path / "day2.pdf"
        print_to_file(second, printed)
        assert pdf_page_count(printed) == len(second.pages)
        assert difference(page_image(every.path, second.pages[0]), page_image(printed, 0)) < SAME
        assert difference(page_image(every.path, 0), page_image(printed, 0)) > SAME * 2
    finally:
        every.close()
        second.close()


def test_the_preview_draws_the_same_pages(qtbot, job):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, job)
    printer.setResolution(DPI)
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    drawn = []
    preview.paintRequested.connect(lambda shown: drawn.append(print_pages(shown, job)))
    preview.updatePreview()
    assert drawn == [pdf_page_count(job.path)]
    assert preview.pageCount() == pdf_page_count(job.path)


def test_the_choice_dialog_asks_a_day_only_for_the_daily_agenda(qtbot, demo_workspace):
    days = [day.date for day in demo_workspace.missions.load_record(TURKIYE).days]
    dialog = PrintChoiceDialog(printable_kinds(), days, "Print")
    qtbot.addWidget(dialog)
    assert dialog.day.count() == len(days) + 1
    assert not dialog.day.isEnabled()
    assert dialog.choice() == (KINDS["itinerary-pdf"], None, "")
    dialog.document.setCurrentIndex(dialog.document.findData("daily-pdf"))
    assert dialog.day.isEnabled()
    assert dialog.choice() == (KINDS["daily-pdf"], None, "")
    dialog.day.setCurrentIndex(2)
    assert dialog.choice() == (KINDS["daily-pdf"], 2, "")
    assert dialog.document.findData("visitor-list") == -1  # no security site given, no visitor list
    assert dialog.findChild(QDialogButtonBox) is not None


def test_file_print_writes_in_the_background_and_prints(qtbot, demo_window, monkeypatch, tmp_path):
    assert demo_window.print_action.isEnabled()
    assert demo_window.print_action.shortcut().toString() == "Ctrl+P"
    monkeypatch.setattr(PrintChoiceDialog, "ask", staticmethod(lambda *args, **kwargs: (KINDS["badges-pdf"], None, "")))
    printed = tmp_path / "printed.pdf"
    seen = []

    def to_file(job):
        seen.append((pdf_page_count(job.path), print_to_file(job, printed)[1]))

    demo_window.printer.show_print = to_file
    demo_window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    ((count, drawn),) = seen
    assert drawn == count == pdf_page_count(printed) > 0
    assert not demo_window.printer.last_job.path.exists()


def test_a_visitor_list_is_printed_for_the_chosen_security_site_with_its_passport_data(qtbot, demo_workspace):
    sites = demo_workspace.documents.snapshot(TURKIYE).security_sites()
    assert sites
    dialog = PrintChoiceDialog(printable_kinds(), [], "Print", sites=sites)
    qtbot.addWidget(dialog)
    assert not dialog.site.isEnabled()
    dialog.document.setCurrentIndex(dialog.document.findData("visitor-list"))
    assert dialog.site.isEnabled() and not dialog.day.isEnabled()
    kind, day, site = dialog.choice()
    assert (kind, day, site) == (KINDS["visitor-list"], None, sites[0])
    job = write_for_print(demo_workspace, TURKIYE, kind, "A4", day, Progress(), site)
    try:
        text = " ".join(page.extract_text() for page in PdfReader(job.path).pages)
        assert "CONFIDENTIAL" in text
        record = demo_workspace.missions.load_record(TURKIYE, with_identity=True)
        numbers = [p.identity.passport_number for p in record.people if p.identity and p.identity.passport_number]
        assert any(number in text for number in numbers)
    finally:
        job.close()
