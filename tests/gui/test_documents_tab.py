"""The Documents tab writes real documents of a demo mission through the background tasks."""

from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from mission_planner.domain.enums import Status
from mission_planner.gui.dialogs.choose_people import ChoosePeopleDialog
from mission_planner.gui.document_jobs import ExportOutcome, export_documents, kind_titles, target_for
from mission_planner.services.export import KINDS, Cancelled, DocumentSettings, Progress
from tests.databases import reads_during

TURKIYE = "23-IP-12-GE-OSM-A"


def exportable_kinds(count: int = 2) -> list[str]:
    """Quick kinds to write (not packs: a folder per person, slow for a test)."""
    return ["itinerary-pdf", "ics"][:count]


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.documents)
    return demo_window.details.documents


def test_the_tab_offers_every_kind_with_a_default_folder(tab, tmp_path):
    names = [tab.kinds.item(row).data(Qt.ItemDataRole.UserRole) for row in range(tab.kinds.count())]
    assert names == list(KINDS)
    assert tab.kinds.item(0).text() == "Itinerary (PDF)"
    assert tab.output_folder() == tmp_path / "documents" / TURKIYE
    tab.set_checked([])
    assert not tab.export_button.isEnabled()
    tab.set_checked(["ics"])
    assert tab.export_button.isEnabled()


def test_every_kind_has_a_title_in_the_window():
    assert list(kind_titles()) == list(KINDS)
    assert len(set(kind_titles().values())) == len(KINDS)


def test_export_writes_the_chosen_documents_and_says_so(qtbot, tab, tmp_path):
    kinds = exportable_kinds()
    tab.set_checked(kinds)
    assert [kind.name for kind in tab.checked_kinds()] == kinds
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert tab.running and not tab.export_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)

    folder = tmp_path / "documents" / TURKIYE
    written = [target_for(folder, TURKIYE, KINDS[name]) for name in kinds]
    for path in written:
        assert path.is_file() and path.stat().st_size > 0, path
        if path.suffix == ".pdf":
            assert path.read_bytes().startswith(b"%PDF")
        if path.suffix == ".ics":
            assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    status = tab.status.text()
    assert status.startswith(f"Wrote to {folder}:")
    assert all(path.name in status for path in written)
    assert not tab.status_icon.isVisibleTo(tab)
    assert tab.export_button.isEnabled()


def test_open_folder_opens_the_output_folder(tab, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    tab.open_folder()
    assert opened == []  # not written yet
    assert "does not exist yet" in tab.status.text()
    tab.output_folder().mkdir(parents=True)
    tab.open_button.click()
    assert opened == [str(tmp_path / "documents" / TURKIYE)]


def test_a_chosen_folder_is_kept_for_its_mission(demo_window, tab, tmp_path, monkeypatch):
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(chosen))
    tab.choose_button.click()
    assert tab.output_folder() == chosen
    shown = demo_window.model.row_of(demo_window.workspace.missions.mission_id(TURKIYE))
    other = demo_window.model.row_of(demo_window.workspace.missions.mission_id("23-IP-20-GE-WSP-B"))
    demo_window.select_row(other)
    assert tab.output_folder() != chosen
    demo_window.select_row(shown)
    assert tab.output_folder() == chosen


def test_a_folder_that_cannot_be_made_is_reported(qtbot, tab, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    tab.folder.setText(str(blocker / "inside"))
    tab.set_checked(exportable_kinds(1))
    tab.export()
    assert not tab.running
    assert tab.status.text().startswith("Cannot create the folder")
    assert tab.status_icon.isVisibleTo(tab)


def test_a_cancel_between_documents_keeps_what_was_written(demo_workspace, tmp_path):
    kinds = [KINDS[name] for name in exportable_kinds()]
    jobs = [(kind, target_for(tmp_path, TURKIYE, kind)) for kind in kinds]
    outcome = ExportOutcome()
    reports = []
    progress = Progress(
        report=lambda done, total, what: reports.append((done, total)),
        cancelled=lambda: len(outcome.written) == 1,  # the coordinator cancels after the first
    )
    titles = {kind.name: kind.name for kind in kinds}
    with pytest.raises(Cancelled):
        export_documents(demo_workspace, TURKIYE, jobs, DocumentSettings(), outcome, progress, titles)
    assert [name for name, _path in outcome.written] == [kinds[0].name]
    assert not jobs[1][1].exists()
    assert reports[0] == (0, len(kinds) * 1000)
    assert all(done <= total for done, total in reports)


def test_written_pdfs_are_previewed_in_the_window(qtbot, tab):
    tab.set_checked(["itinerary-pdf", "ics"])
    assert tab.preview.page_labels == []
    tab.export()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    assert [tab.preview_choice.itemText(i) for i in range(tab.preview_choice.count())] == [f"{TURKIYE}-itinerary.pdf"]
    assert tab.preview.path.name == f"{TURKIYE}-itinerary.pdf"
    assert len(tab.preview.page_labels) == 1  # a page at a time
    assert tab.preview.page_label.text() == f"Page 1 of {len(PdfReader(tab.preview.path).pages)}"
    image = tab.preview.page_labels[0].pixmap().toImage()
    assert image.width() > 200 and image.height() > image.width()  # a portrait page, fitted to the width
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3  # ink on the page, not a blank


def shown_image(tab):
    return tab.preview.page_labels[0].pixmap().toImage()


def test_the_preview_turns_pages_zooms_and_prints(qtbot, tab, tmp_path):
    from mission_planner.gui.printing import pdf_page_count, print_pages

    tab.set_checked(["itinerary-pdf"])
    tab.export()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    preview = tab.preview
    total = len(PdfReader(preview.path).pages)
    assert total > 2 and not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    first = shown_image(tab)
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page == 1 and preview.page_label.text() == f"Page 2 of {total}"
    assert shown_image(tab) != first and shown_image(tab).size() == first.size()
    for _ in range(total):
        qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page == total - 1 and not preview.next_button.isEnabled()
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert preview.page == total - 2

    width = shown_image(tab).width()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert shown_image(tab).width() == pytest.approx(width * 1.25, abs=2)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert shown_image(tab).width() == pytest.approx(width / 1.25, abs=2)
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert shown_image(tab).width() == width and preview.page == total - 2

    printed = tmp_path / "printed.pdf"
    jobs = []

    def to_file(job):
        from PySide6.QtPrintSupport import QPrinter

        from mission_planner.gui.printing import prepare_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        prepare_printer(printer, job)
        printer.setResolution(72)
        jobs.append(print_pages(printer, job))

    tab.show_print = to_file
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert jobs == [total] and pdf_page_count(printed) == total


def test_a_damaged_pdf_shows_why_instead_of_pages(tab, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    tab.preview.show_pdf(broken)
    assert tab.preview.page_labels == []
    assert "broken.pdf" in tab.preview.message.text()


def test_badges_are_written_for_the_people_chosen_only(qtbot, tab, demo_workspace, monkeypatch):
    record = demo_workspace.missions.load_record(TURKIYE)
    chosen = [record.person(part.person_uid) for part in record.participations[:2]]
    others = [record.person(part.person_uid) for part in record.participations[2:]]

    def tick_two(cls, people, current, parent=None):
        dialog = cls(people, current, parent)
        assert dialog.chosen() == ()  # everyone, to begin with
        dialog.filter.setText(chosen[0].family_name.upper())
        dialog._tick_shown(False)
        dialog.filter.clear()
        dialog._tick_shown(False)
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) in {p.uid for p in chosen}:
                dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
        return dialog.chosen()

    monkeypatch.setattr(ChoosePeopleDialog, "ask", classmethod(tick_two))
    tab.people_button.click()
    assert tab.people_button.text() == "2 chosen…"
    tab.set_checked(["badges-pdf"])
    tab.export()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    text = "".join(page.extract_text() for page in PdfReader(tab.preview.path).pages)
    assert all(person.family_name in text for person in chosen)
    chosen_names = {person.family_name for person in chosen}
    left_out = [person.family_name for person in others if person.family_name not in chosen_names]
    assert left_out and not any(name in text for name in left_out)


def test_certificates_with_no_one_eligible_show_why_instead_of_a_preview(qtbot, tab, demo_workspace, tmp_path):
    record = demo_workspace.missions.load_record(TURKIYE)
    for part in record.participations:
        if part.role.value == "participant":
            demo_workspace.people.set_status(TURKIYE, part.person_uid, Status.NOMINATED)
    tab.set_checked(["certificates-pdf"])
    tab.export()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    reason = "No one is eligible for a certificate: 6 participants not accepted or confirmed."
    assert tab.preview.path is None and tab.preview.page_labels == []
    assert tab.preview.message.text() == reason
    assert reason in tab.status.text() and tab.status_icon.isVisibleTo(tab)
    assert not target_for(tmp_path / "documents" / TURKIYE, TURKIYE, KINDS["certificates-pdf"]).exists()


def test_packs_never_replace_a_folder_of_the_users_and_the_tab_shows_where_they_went(
    qtbot, tab, demo_workspace, tmp_path
):
    record = demo_workspace.missions.load_record(TURKIYE)
    tab.person_uids = (record.participations[0].person_uid,)
    folder = tmp_path / "documents" / TURKIYE
    users = target_for(folder, TURKIYE, KINDS["packs"])  # the name the tab would give the packs
    users.mkdir(parents=True)
    (users / "my notes.txt").write_text("mine")
    tab.set_checked(["packs"])
    tab.export()
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)

    packs = users / f"{TURKIYE} packs"
    assert (users / "my notes.txt").read_text() == "mine"
    assert sorted(path.suffix for path in packs.iterdir() if not path.name.startswith(".")) == [".ics", ".pdf"]
    assert f"{users.name}/{packs.name}/" in tab.status.text()
    assert tab.preview.path.parent == packs


def test_an_export_of_every_kind_reads_the_mission_once(demo_workspace, tmp_path):
    person = next(each.person_uid for each in demo_workspace.documents.snapshot(TURKIYE).eligibility if each.eligible)
    settings = DocumentSettings(person_uids=(person,))  # one person's pack, certificate and badge: quicker
    one_snapshot = reads_during(demo_workspace, lambda: demo_workspace.documents.snapshot(TURKIYE, settings))
    two_exports = reads_during(
        demo_workspace,
        lambda: [
            demo_workspace.documents.export(TURKIYE, name, target_for(tmp_path, TURKIYE, KINDS[name]))
            for name in exportable_kinds()
        ],
    )
    assert one_snapshot > 0 and two_exports == 2 * one_snapshot  # the count sees every read

    jobs = [(kind, target_for(tmp_path, TURKIYE, kind)) for kind in KINDS.values()]
    settings = replace(settings, letter="invitation")
    outcome = ExportOutcome()
    titles = {kind.name: kind.name for kind in KINDS.values()}
    reads = reads_during(
        demo_workspace, lambda: export_documents(demo_workspace, TURKIYE, jobs, settings, outcome, Progress(), titles)
    )
    assert outcome.failed == [] and [name for name, _path in outcome.written] == [*KINDS, "letters"]  # its DOCX
    # The visitor list is among the kinds: the one read takes the identity data with it.
    personal = DocumentSettings(person_uids=(person,), include_personal_data=True, letter="invitation")
    assert reads == reads_during(demo_workspace, lambda: demo_workspace.documents.snapshot(TURKIYE, personal))
