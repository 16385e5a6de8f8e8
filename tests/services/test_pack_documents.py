"""Per-person documents: certificates, name badges, and the folder of delegate packs."""

from __future__ import annotations

import io
import math
import unicodedata

import pytest
from PIL import Image
from pypdf import PdfReader

from mission_planner.domain.enums import AttachmentKind, Role
from mission_planner.domain.mission import Attachment
from mission_planner.owned_folders import MARKER, own_files
from mission_planner.services.export import Cancelled, DocumentSettings, Progress
from mission_planner.services.export.packs import file_stem
from mission_planner.services.export.pdf import text
from mission_planner.services.export.pdf.badges import BADGE_WIDTH, PADDING
from mission_planner.services.export.pdf.people_common import fit_lines
from tests.factories import full_record

TURKIYE = "23-IP-12-GE-OSM-A"
GOVERNANCE = "21-IP-06-GE-OSM-B"
FACTORY = "23-IP-99-GE-OSM-A"


def pages_text(path) -> list[str]:
    return [unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(path).pages]


def squeeze(value: str) -> str:
    """Text without spaces and line breaks, for names a line break may cut."""
    return "".join(unicodedata.normalize("NFC", value).split())


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (20, 60, 140)).save(buffer, "PNG")
    return buffer.getvalue()


# --- certificates -------------------------------------------------------------------------------


def test_one_certificate_page_per_eligible_person_and_only_them(demo, tmp_path):
    target = tmp_path / "certificates.pdf"
    demo.documents.export(GOVERNANCE, "certificates-pdf", target)
    record, results = demo.attendance.eligibility(GOVERNANCE)
    eligible = [r.person_uid for r in results if r.eligible]
    not_eligible = [r.person_uid for r in results if not r.eligible]
    assert eligible and not_eligible
    pages = pages_text(target)
    assert len(pages) == len(eligible)
    for page, uid in zip(pages, eligible, strict=True):
        assert squeeze(record.person(uid).full_name) in squeeze(page)
        assert "CERTIFICATE OF ATTENDANCE" in page
    everything = squeeze("".join(pages))
    for uid in not_eligible:
        assert squeeze(record.person(uid).full_name) not in everything
    assert PdfReader(target).pages[0].mediabox.width > PdfReader(target).pages[0].mediabox.height


def test_certificates_keep_issued_serials_and_use_logo_and_signature(workspace, tmp_path):
    record = full_record(FACTORY)
    record.attachments = [
        Attachment(AttachmentKind.LOGO, "logo.png", "image/png", png(300, 100)),
        Attachment(AttachmentKind.SIGNATURE, "signature.png", "image/png", png(240, 80)),
    ]
    workspace.missions.add_record(record)
    target = tmp_path / "certificates.pdf"
    workspace.documents.export(FACTORY, "certificates-pdf", target)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    page = pages_text(target)[0]
    assert f"Certificate No. {FACTORY}-001" in page
    assert "Şule Yılmaz" in page
    assert "Dr. Example" in page and "Secretary-General, Asian Productivity Organization" in page
    assert "implemented by the KPC and the APO Secretariat" in " ".join(page.split())
    assert len(reader.pages[0].images) == 2


def test_certificates_only_for_the_people_chosen(demo, tmp_path):
    record, results = demo.attendance.eligibility(GOVERNANCE)
    eligible = [r.person_uid for r in results if r.eligible]
    not_eligible = [r.person_uid for r in results if not r.eligible]
    chosen = (eligible[3], not_eligible[0])
    target = tmp_path / "certificates.pdf"
    demo.documents.export(GOVERNANCE, "certificates-pdf", target, settings=DocumentSettings(person_uids=chosen))
    pages = pages_text(target)
    assert len(pages) == 1
    assert squeeze(record.person(eligible[3]).full_name) in squeeze(pages[0])
    # Serials follow the order of all eligible people, whoever is printed.
    assert f"{GOVERNANCE}-004" in pages[0]


# --- badges -------------------------------------------------------------------------------------


def test_a_badge_for_everyone_taking_part(demo, tmp_path):
    target = tmp_path / "badges.pdf"
    demo.documents.export(GOVERNANCE, "badges-pdf", target)
    uids = demo.documents.snapshot(GOVERNANCE).people_for_documents()
    record = demo.missions.load_record(GOVERNANCE)
    pages = pages_text(target)
    assert len(pages) == math.ceil(len(uids) / 10)  # two columns of five on A4
    everything = squeeze("".join(pages))
    for uid in uids:
        assert squeeze(record.person(uid).full_name) in everything


def test_letter_paper_holds_eight_badges(demo, tmp_path):
    target = tmp_path / "badges.pdf"
    demo.documents.export(TURKIYE, "badges-pdf", target, settings=DocumentSettings(paper="Letter"))
    people = len(demo.documents.snapshot(TURKIYE).people_for_documents())
    reader = PdfReader(target)
    assert len(reader.pages) == math.ceil(people / 8)
    assert round(float(reader.pages[0].mediabox.width)) == 612


def test_a_long_name_shrinks_or_breaks_to_stay_on_the_badge(workspace, tmp_path):
    record = full_record(FACTORY)
    sule = record.person("t-p-sule")
    sule.given_name = "Şule Ayşegül Gülşen Nur Fatma Zehra"
    sule.family_name = "Yılmazoğlu-Karaosmanoğlu-Büyükkahraman"
    workspace.missions.add_record(record)
    target = tmp_path / "badges.pdf"
    workspace.documents.export(FACTORY, "badges-pdf", target)
    assert squeeze(sule.full_name) in squeeze(pages_text(target)[0])
    inner = BADGE_WIDTH - 2 * PADDING
    fitted = fit_lines(sule.full_name, inner, 22, 12, bold=True)
    assert fitted.size < 22
    assert all(text.text_width(line, fitted.size, bold=True) <= inner for line in fitted.lines)
    short = fit_lines("Ana Reyes", inner, 22, 12, bold=True)
    assert short.size == 22 and short.lines == ("Ana Reyes",)


# --- packs --------------------------------------------------------------------------------------


def test_packs_folder_has_a_pdf_and_a_calendar_per_person(demo, tmp_path):
    target = tmp_path / "packs"
    # Even when personal data is asked for, a pack never prints it.
    demo.documents.export(TURKIYE, "packs", target, settings=DocumentSettings(include_personal_data=True))
    record = demo.missions.load_record(TURKIYE, with_identity=True)
    uids = demo.documents.snapshot(TURKIYE).people_for_documents()
    names = sorted(path.name for path in target.iterdir() if path.name != MARKER)
    expected = sorted(f"{file_stem(record.person(uid))}{suffix}" for uid in uids for suffix in (".pdf", ".ics"))
    assert names == expected
    assert own_files(target, TURKIYE) == expected  # the marker lists them: a later export may replace them
    turkish = next(
        part.person_uid
        for part in record.participations
        if part.role == Role.PARTICIPANT and record.person(part.person_uid).country == "TR"
    )
    person = record.person(turkish)
    assert person.identity is not None and person.identity.passport_number
    pack = "\n".join(pages_text(target / f"{file_stem(person)}.pdf"))
    assert person.full_name in pack
    assert "한국과학기술연구원" in pack
    assert "서울특별시 성북구 화랑로14길 5" in pack
    assert "Emergency contacts" in pack
    assert person.identity.passport_number not in pack
    assert person.identity.date_of_birth.isoformat() not in pack
    calendar = (target / f"{file_stem(person)}.ics").read_bytes()
    assert b"BEGIN:VTIMEZONE" in calendar and b"METHOD:PUBLISH" in calendar


def test_a_pack_shows_online_items_in_home_time_too(workspace, tmp_path):
    workspace.missions.add_record(full_record(FACTORY))
    target = tmp_path / "packs"
    workspace.documents.export(FACTORY, "packs", target, settings=DocumentSettings(person_uids=("t-p-sule",)))
    files = sorted(path.name for path in target.iterdir())
    assert files == [MARKER, "Yılmaz_Şule_tpsule.ics", "Yılmaz_Şule_tpsule.pdf"]
    pack = "\n".join(pages_text(target / "Yılmaz_Şule_tpsule.pdf"))
    assert "10:00–11:30" in pack  # Seoul
    assert "04:00–05:30" in pack  # Istanbul
    assert 'Opening & "welcome" <b>remarks</b>' in pack
    assert "U12345678" not in pack


def test_cancel_leaves_no_folder(demo, tmp_path):
    target = tmp_path / "packs"
    steps = []

    def cancelled() -> bool:
        steps.append(1)
        return len(steps) > 3

    with pytest.raises(Cancelled):
        demo.documents.export(TURKIYE, "packs", target, progress=Progress(cancelled=cancelled))
    assert not target.exists()
    assert [path for path in tmp_path.iterdir() if path.name.startswith(".packs")] == []


def test_cancel_keeps_an_earlier_folder_as_it_was(demo, tmp_path):
    target = tmp_path / "packs"
    target.mkdir()
    (target / "earlier.txt").write_text("kept")
    with pytest.raises(Cancelled):
        demo.documents.export(TURKIYE, "packs", target, progress=Progress(cancelled=lambda: True))
    assert [path.name for path in target.iterdir()] == ["earlier.txt"]
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_file_names_keep_letters_and_drop_what_file_systems_refuse(workspace):
    record = full_record(FACTORY)
    person = record.person("t-p-kim")
    assert file_stem(person) == "김_민준_tpkim"
    person.family_name, person.given_name = 'Nguyễn / "Thị"', "Hương: <A>?"
    assert file_stem(person) == "Nguyễn-Thị_Hương-A_tpkim"
