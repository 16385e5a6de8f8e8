"""Names in every script extract exactly as typed from the documents people search and copy from:
badges, certificates and the participant list, written through the workspace as the CLI does.

Read back with pypdf, comparing without normalising what comes back. The words whose glyphs are
reordered or joined also carry their real text in a marked-content span (/ActualText), which
poppler reads instead of the glyphs: checked here by reading the page's operators.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from mission_planner.domain.enums import Role, Status
from mission_planner.domain.people import Participation, Person
from mission_planner.services import open_workspace
from tests.factories import SCRIPT_PEOPLE, scripts_record

CODE = "23-IP-77-GE-OSM-A"
# Harder cases beside scripts_record's: Sinhala ශ්‍රී with its zero-width joiner, a Devanagari
# reph and pre-base vowel, a Bengali two-part vowel (ৌ), a Khmer pre-base vowel with a subscript
# ro, Persian with a zero-width non-joiner, Urdu's ڑ and ے.
HARD = [
    ("sri", "ශ්‍රීමතී", "ද සිල්වා", "LK"),
    ("kirti", "कीर्ति", "त्रिपाठी", "IN"),
    ("koushik", "কৌশিক", "চৌধুরী", "BD"),
    ("pich", "ពេជ្រ", "ស្រីមុំ", "KH"),
    ("nazanin", "نازنین", "بهره‌مند", "IR"),
    ("bare", "بڑے", "ملک", "PK"),
]
# Reordered (Devanagari, Bengali, Sinhala, Khmer), joined (Persian, Urdu) and plain scripts.
COUNTRIES = ("IN", "BD", "LK", "KH", "IR", "PK", "TH", "KR", "TR")


def _record():
    """`scripts_record` where every participant attended as Şule did, so all earn a certificate."""
    record = scripts_record()
    sule = next(person for person in record.people if person.uid.endswith("-p-sule"))
    attended = [entry for entry in record.attendance if entry.person_uid == sule.uid]
    for suffix, given, family, country in HARD:
        person = Person(f"s-p-{suffix}", family, given, country)
        record.people.append(person)
        record.participations.append(Participation(person.uid, Role.PARTICIPANT, Status.CONFIRMED))
    for person in record.people:
        if person.uid.startswith("s-p-") and person.uid != sule.uid:
            record.attendance.extend(dataclasses.replace(entry, person_uid=person.uid) for entry in attended)
    return record


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, list[Path]]:
    folder = tmp_path_factory.mktemp("names")
    workspace = open_workspace(str(folder / "names.db"))
    try:
        workspace.missions.add_record(_record())
        written = {}
        for kind in ("badges-pdf", "certificates-pdf", "participants-pdf"):
            target = workspace.documents.export(CODE, kind, folder / f"{kind}.pdf")
            written[kind] = sorted(target.glob("*.pdf")) if target.is_dir() else [target]
        return written
    finally:
        workspace.close()


def _names(country: str) -> list[str]:
    """The names as the documents print them (`full_name`: family name first where that is usual)."""
    uids = {f"s-p-{suffix}" for suffix, _, _, where, _ in SCRIPT_PEOPLE if where == country}
    uids |= {f"s-p-{suffix}" for suffix, _, _, where in HARD if where == country}
    return [person.full_name for person in _record().people if person.uid in uids]


def _extracted(paths: list[Path]) -> str:
    return "\n".join(page.extract_text() for path in paths for page in PdfReader(path).pages)


def _actual_texts(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        reader = PdfReader(path)
        for page in reader.pages:
            for operands, operator in ContentStream(page.get_contents(), reader).operations:
                if operator == b"BDC" and "/ActualText" in operands[1]:
                    found.append(str(operands[1]["/ActualText"]))
    return found


@pytest.mark.parametrize("kind", ["badges-pdf", "certificates-pdf", "participants-pdf"])
@pytest.mark.parametrize("country", COUNTRIES)
def test_a_name_extracts_exactly_as_typed(documents, kind, country):
    extracted = _extracted(documents[kind])
    for name in _names(country):
        assert name in extracted, (name, [line for line in extracted.splitlines() if line.strip()][:40])


@pytest.mark.parametrize("kind", ["badges-pdf", "certificates-pdf", "participants-pdf"])
def test_no_presentation_forms_or_private_use_characters(documents, kind):
    extracted = _extracted(documents[kind])
    odd = [hex(ord(char)) for char in extracted if 0xFB50 <= ord(char) <= 0xFEFF or 0xE000 <= ord(char) <= 0xF8FF]
    assert odd == []


@pytest.mark.parametrize("kind", ["badges-pdf", "certificates-pdf", "participants-pdf"])
def test_reordered_words_carry_their_real_text(documents, kind):
    spans = _actual_texts(documents[kind])
    # A vowel sign drawn before its consonant (ि ি ෙ េ).
    for word in ("प्रिया", "আনিসুর", "පෙරේරා", "ពេជ្រ"):
        assert any(word in span for span in spans), (word, spans[:20])
    extracted = _extracted(documents[kind])
    assert all(span in extracted for span in spans)
    # Only shaped words are marked, never a right-to-left one (readers put those in order).
    assert not any(span.isascii() for span in spans)
    assert not any("م" in span for span in spans)
