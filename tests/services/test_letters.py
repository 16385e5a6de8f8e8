"""Letters written for the demo missions and read back: the PDF with pypdf, the copy with
python-docx; personal data only in the consulate's letter; templates the sandbox refuses."""

import dataclasses
import io
import re
import stat
import time
from datetime import date
from pathlib import Path

import docx
import pytest
from PIL import Image
from pypdf import PdfReader

from mission_planner.domain.enums import AttachmentKind
from mission_planner.domain.mission import Attachment
from mission_planner.errors import InputError, NotFoundError
from mission_planner.services import DocumentSettings, open_workspace
from mission_planner.services.export.letters.templates import LETTERS, default_template, render
from tests.databases import copy_sqlite_template

KIST = "59b6ed6b-3566-5715-b2bd-5e3decc81b8d"  # Korea Institute of Science and Technology
CODE = "23-IP-12-GE-OSM-A"  # in person, Türkiye, visits with a visitor list


@pytest.fixture
def workspace(sqlite_demo_template, tmp_path):
    opened = open_workspace(copy_sqlite_template(sqlite_demo_template, tmp_path / "demo.db"))
    yield opened
    opened.close()


def write(workspace, tmp_path: Path, letter: str, code: str = CODE, **chosen) -> Path:
    target = tmp_path / f"{code}-{letter}.pdf"
    settings = DocumentSettings(letter=letter, **chosen)
    assert workspace.documents.export(code, "letters", target, settings=settings) == target
    return target


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    return " ".join(" ".join(p.text.split()) for p in docx.Document(str(path)).paragraphs)


def travellers(workspace, code: str) -> list:
    record = workspace.missions.load_record(code)
    people = {person.uid: person for person in record.people}
    host = record.mission.host_country
    return [
        people[part.person_uid]
        for part in record.participations
        if part.role.value in ("participant", "resource_person_overseas")
        and part.status.value in ("accepted", "confirmed")
        and people[part.person_uid].country != host
    ]


@pytest.mark.parametrize("code", ["21-IP-06-GE-OSM-B", "23-IP-12-GE-OSM-A", "23-IP-20-GE-WSP-B"])
def test_an_invitation_for_each_accepted_traveller_of_each_demo_mission(workspace, tmp_path, code):
    target = write(workspace, tmp_path, "invitation", code)
    found, copy = pdf_text(target), docx_text(target.with_suffix(".docx"))
    people = travellers(workspace, code)
    assert people
    for person in people:
        name = f"{person.given_name} {person.family_name}"
        assert f"Dear {name}," in found and f"Dear {name}," in copy
    assert f"/INV/{len(people):03d}" in found  # one reference each, numbered
    mission = workspace.missions.load_record(code).mission
    assert f"{mission.start_date.day} " in found and f"to {mission.end_date.day} " in found
    assert stat.S_IMODE(target.stat().st_mode) & 0o077  # no passport data: not private


def test_the_visa_letter_carries_the_passport_and_is_private(workspace, tmp_path):
    person = travellers(workspace, CODE)[0]
    number = workspace.missions.load_record(CODE, with_identity=True).person(person.uid).identity.passport_number
    assert number
    target = write(workspace, tmp_path, "visa-support", person_uids=(person.uid,))
    copy = target.with_suffix(".docx")
    assert f"Passport number: {number}" in pdf_text(target)
    assert f"Passport number: {number}" in docx_text(copy)
    assert f"{person.given_name} {person.family_name}" in pdf_text(target)
    for path in (target, copy):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert pdf_text(target).count("Request for a visa") == 1  # only the person chosen

    invitation = write(workspace, tmp_path, "invitation", person_uids=(person.uid,))
    assert number not in pdf_text(invitation) and number not in docx_text(invitation.with_suffix(".docx"))


def test_a_site_request_in_korean_and_english(workspace, tmp_path):
    target = write(workspace, tmp_path, "site-request", site_keys=("KIST",))
    found, copy = pdf_text(target), docx_text(target.with_suffix(".docx"))
    record = workspace.missions.load_record(CODE)
    site = next(site for site in record.sites if site.uid == KIST)
    day, item = next((day.date, item) for day in record.days for item in day.items if item.site_uid == KIST)
    for text in (found, copy):
        assert site.name_ko in text and site.name_en in text
        assert f"{day.day} October 2023, {item.start:%H:%M}–{item.end:%H:%M}" in text
        assert f"{day.year}년 {day.month}월 {day.day}일 {item.start:%H:%M}" in text
        assert "Group size: " in text and "Economies: Türkiye" in text and "참가 국가: 튀르키예" in text
        # The organization by its Korean name (KPC is a site of the mission), with its particle.
        assert "한국생산성본부는 「" in text and "은(는)" not in text
    size = int(found.split("Group size: ")[1].split()[0])
    assert size >= len(travellers(workspace, CODE)) and f"방문 인원: {size}명" in found
    assert found.index(site.name_ko) < found.index("Request for a visit")  # Korean first


def test_site_letters_go_to_every_site_visited(workspace, tmp_path):
    record = workspace.missions.load_record(CODE)
    visited = {item.site_uid for item in record.items() if item.site_uid}
    institutions = [s for s in record.sites if s.uid in visited and s.kind.value == "institution"]
    target = write(workspace, tmp_path, "thank-you")
    found = pdf_text(target)
    assert len(PdfReader(target).pages) >= len(institutions) > 1
    for site in institutions:
        assert site.name_en in found
    assert "thank you for receiving" in found


def test_unknown_site_and_person_and_missing_letter_are_refused_before_writing(workspace, tmp_path):
    with pytest.raises(NotFoundError, match="No visited site 'Nowhere'"):
        write(workspace, tmp_path, "site-request", site_keys=("Nowhere",))
    local = next(p for p in workspace.missions.load_record(CODE).people if p.country == "KR")
    with pytest.raises(NotFoundError, match="not an accepted participant from abroad"):
        write(workspace, tmp_path, "invitation", person_uids=(local.uid,))
    with pytest.raises(InputError, match="--letter is one of"):
        write(workspace, tmp_path, "")
    with pytest.raises(InputError, match="meets online"):
        write(workspace, tmp_path, "visa-support", "21-IP-06-GE-OSM-B")
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.docx")) == []


def test_the_organizations_own_template_is_used_and_checked(workspace, tmp_path):
    settings = workspace.settings.organization_settings()
    own = "{{ person.name }}\n\n# Our own invitation\n\nCome to {{ mission.title }}."
    workspace.settings.save_organization_settings(dataclasses.replace(settings, letter_templates={"invitation": own}))
    assert "Our own invitation" in pdf_text(write(workspace, tmp_path, "invitation"))
    with pytest.raises(InputError) as refused:
        workspace.settings.save_organization_settings(
            dataclasses.replace(settings, letter_templates={"invitation": "line one\n{% if %}"})
        )
    assert str(refused.value).startswith("letter template invitation.txt: line 2: ")
    assert workspace.settings.organization_settings().letter_templates == {"invitation": own}


@pytest.mark.parametrize(
    "hostile",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ person.__class__ }}",
        "{% import 'os' as os %}{{ os.system('true') }}",
        "{% include '/etc/passwd' %}",
        "{{ undefined_name }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_a_hostile_template_is_refused_in_one_line(hostile):
    values = {"person": {"name": "A"}}
    with pytest.raises(InputError) as refused:
        render("invitation", f"Dear reader,\n\n{hostile}\n", values)
    message = str(refused.value)
    assert message.startswith("letter template invitation.txt: line 3: "), message
    assert "\n" not in message and "Traceback" not in message
    assert "root:" not in message  # nothing of /etc/passwd


def test_every_default_template_renders_in_the_sandbox():
    for letter in LETTERS:
        assert default_template(letter).strip()


@pytest.mark.parametrize(
    ("hostile", "said"),
    [
        ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}", "runs longer than 2"),
        ("{% for a in range(100000) %}{{ person.name * 1000 }}{% endfor %}", "grows past 50000"),
        ("{% set s = namespace(v='x') %}{% for i in range(64) %}{% set s.v = s.v ~ s.v %}{% endfor %}", "more than"),
        ("{{ 'x' * 1000000000 }}", "a repetition of more than 50000"),
        ("{{ 9 ** 1000000 }}", "a power of 1000000"),
        ("{{ 'x'|center(1000000000) }}", "the number 1000000000"),
        ("{{ 'x'.ljust(1000000000) }}", "the number 1000000000"),
        ("{{ '%1000000000s' % 'x' }}", "a format wider"),
        ("{{ '{:>1000000000}'.format(1) }}", "a format wider"),
        ("{{ lipsum(1000000) }}", "'lipsum' is undefined"),
    ],
)
def test_a_template_that_would_take_the_machine_is_stopped(hostile, said):
    started = time.monotonic()
    with pytest.raises(InputError) as refused:
        render("invitation", f"Dear reader,\n\n{hostile}\n", {"person": {"name": "A"}})
    assert time.monotonic() - started < 10
    message = str(refused.value)
    assert message.startswith("letter template invitation.txt: "), message
    assert said in message and "\n" not in message


def test_ordinary_numbers_and_formats_still_work():
    source = "{{ person.name|center(9) }}|{{ '%05d' % 42 }}|{{ '{:,}'.format(1200000) }}|{{ 2 ** 10 }}|{{ 'ab' * 3 }}"
    assert render("invitation", source, {"person": {"name": "A"}}) == "    A    |00042|1,200,000|1024|ababab"


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (20, 60, 140)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_letterhead_carries_the_logo_and_the_signature_of_the_preferences(workspace, tmp_path):
    settings = workspace.settings.organization_settings()
    logo = Attachment(AttachmentKind.LOGO, "logo.png", "image/png", png(300, 120))
    signature = Attachment(AttachmentKind.SIGNATURE, "signature.png", "image/png", png(300, 80))
    workspace.settings.save_organization_settings(dataclasses.replace(settings, logo=logo, signature=signature))
    person = travellers(workspace, CODE)[0]

    target = write(workspace, tmp_path, "invitation", person_uids=(person.uid,))

    page = PdfReader(target).pages[0]
    assert len(page.images) == 2  # the logo at the top, the signature above the name
    text = " ".join(page.extract_text().split())
    assert re.search(r"/INV/\d{3}\b", text) and f"{date.today().year}" in text  # the reference, the date
    copy = docx.Document(str(target.with_suffix(".docx")))
    assert len(copy.inline_shapes) == 2
    assert any(re.search(r"/INV/\d{3}", p.text) for p in copy.paragraphs)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("한국생산성본부", "한국생산성본부는"),  # ends in a vowel
        ("한국과학기술연구원", "한국과학기술연구원은"),  # ends in a consonant (원)
        ("Korea Productivity Center", "Korea Productivity Center은(는)"),  # not Hangul: both, as Korean writes
        ("KPC", "KPC은(는)"),
        ("", "은(는)"),
    ],
)
def test_the_topic_particle_follows_the_names_last_sound(name, said):
    from mission_planner.services.export.letters.korean import with_topic

    assert with_topic(name) == said
    assert render("site-request", "{{ name | topic }}", {"name": name}) == said  # a filter of every template


def test_the_organizations_korean_name_is_its_sites_where_the_mission_has_it():
    from mission_planner.domain.enums import PlaceKind
    from mission_planner.domain.places import Site
    from mission_planner.services.export.letters.korean import korean_name

    kpc = Site("kpc", "Korea Productivity Center", PlaceKind.VENUE, name_ko="한국생산성본부", acronym="KPC")
    assert korean_name("Korea Productivity Center", [kpc]) == "한국생산성본부"
    assert korean_name("kpc", [kpc]) == "한국생산성본부"
    assert korean_name("Japan Productivity Center", [kpc]) == "Japan Productivity Center"


def test_the_signatory_signs_for_whom_the_certificates_say(workspace, tmp_path):
    """The demo's signatory is the APO's Secretary-General: the letter, on the host's letterhead,
    says so, as the certificate does, rather than placing them in the host organization."""
    from mission_planner.services.export.letters.context import signature_lines

    target = write(workspace, tmp_path, "site-request", site_keys=("KIST",))
    for text in (pdf_text(target), docx_text(target.with_suffix(".docx"))):
        assert "Secretary-General, Asian Productivity Organization" in text
    mission = workspace.missions.load_record(CODE).mission
    assert signature_lines(mission) == ["Secretary-General, Asian Productivity Organization"]
    own = dataclasses.replace(mission, code="KPC-2024-07", signatory_title="President")  # not an APO project
    assert signature_lines(own) == ["President", "Korea Productivity Center"]
    named = dataclasses.replace(own, signatory_title="President, Korea Productivity Center")
    assert signature_lines(named) == ["President, Korea Productivity Center"]
