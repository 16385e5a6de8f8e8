"""`export CODE visitor-list --site SITE`: the security desk's list, as a coordinator writes it."""

import json
import os
import stat

from pypdf import PdfReader

from tests.cli.runner import cli

CODE = "23-IP-12-GE-OSM-A"  # the demo mission to Seoul: KIST wants a list of visitors


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_list_holds_the_visits_attendees_with_their_passport_data_and_is_mode_600(demo_db, tmp_path):
    target = tmp_path / "kist.pdf"

    result = cli("--db", demo_db, "export", CODE, "visitor-list", "--site", "kist", "-o", str(target))

    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    reader = PdfReader(str(target))
    text = pdf_text(target)
    for page in reader.pages:
        assert "CONFIDENTIAL" in page.extract_text()
    for passport, born in (("U90000011", "14 Mar 1979"), ("U90000012", "2 Jul 1986"), ("U90000015", "9 Jan 1990")):
        assert passport in text and born in text
    assert "Tuesday 24 October 2023" in text and "14:15–16:30" in text and "7 visitors" in text
    # Only the people attending the visit: the local resource person and Choi have no part in it.
    assert "Jung" not in text and "Choi" not in text
    # Numbered in collation order: Çelik with the Cs, Kılıç before Lee, Şahin with the Ss.
    order = [text.index(name) for name in ("Çelik", "Güneş", "Kılıç", "Lee", "Öztürk", "Şahin", "Yılmaz")]
    assert order == sorted(order)


def test_a_visitor_without_passport_data_is_listed_marked_and_named_in_a_warning(demo_db, tmp_path):
    target = tmp_path / "kist.pdf"

    result = cli("--db", demo_db, "export", CODE, "visitor-list", "-o", str(target))

    assert result.returncode == 0, result.stderr
    assert "Ji-young Lee (passport number and date of birth)" in result.stderr
    assert "MISSING" in pdf_text(target)


def test_an_unknown_site_is_one_line_exit_2_and_nothing_written(demo_db, tmp_path):
    target = tmp_path / "nowhere.pdf"

    result = cli("--db", demo_db, "export", CODE, "visitor-list", "--site", "Nowhere", "-o", str(target))

    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Nowhere" in result.stderr and "KIST" in result.stderr
    assert not target.exists() and [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.db")] == []


def test_a_mission_visiting_no_security_site_is_refused_with_exit_2(demo_db, tmp_path):
    target = tmp_path / "none.pdf"

    result = cli("--db", demo_db, "export", "23-IP-20-GE-WSP-B", "visitor-list", "-o", str(target))

    assert result.returncode == 2 and "--site" in result.stderr
    assert not target.exists()


def test_check_names_the_export_to_send_when_the_list_is_due(demo_db):
    result = cli("--db", demo_db, "check", CODE, "--today", "2023-10-15")

    assert result.returncode == 0
    assert f"`export {CODE} visitor-list --site KIST -o FILE.pdf`" in result.stdout


def test_a_romanised_name_from_the_nomination_file_goes_on_the_list(demo_db, tmp_path):
    nominations = tmp_path / "nominations.csv"
    nominations.write_text(
        "Family name,Given name,Name as in passport,Country,Organization,Email,Passport no,Date of birth\n"
        'शर्मा,सीता,"SHARMA, SITA",India,NPC India,sita@example.org,Z7654321,1985-06-02\n',
        encoding="utf-8",
    )
    assert cli("--db", demo_db, "import-delegates", CODE, str(nominations)).returncode == 0
    target = tmp_path / "kist.pdf"

    result = cli("--db", demo_db, "export", CODE, "visitor-list", "--site", "KIST", "-o", str(target))

    assert result.returncode == 0, result.stderr
    text = pdf_text(target)
    assert "SHARMA" in text and "SITA" in text and "Z7654321" in text and "2 Jun 1985" in text
    # Filed under S by the romanised name: after Şahin (Sa before Sh), before Yılmaz.
    assert text.index("Şahin") < text.index("SHARMA") < text.index("Yılmaz")
    people = cli("--db", demo_db, "people", CODE, "--format", "json")
    assert "शर्मा" in people.stdout


def test_two_security_sites_want_a_site_named_and_each_list_holds_its_own_visit(demo_db, tmp_path):
    exported = tmp_path / "m.json"
    assert cli("--db", demo_db, "export-mission", CODE, str(exported), "--with-personal-data").returncode == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    pps = next(site for site in data["sites"] if site.get("acronym") == "PPS")
    pps["visitor_list_required"] = True
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert cli("--db", demo_db, "import-mission", str(exported), "--replace").returncode == 0, "import"
    target = tmp_path / "list.pdf"

    refused = cli("--db", demo_db, "export", CODE, "visitor-list", "-o", str(target))
    written = cli("--db", demo_db, "export", CODE, "visitor-list", "--site", "pps", "-o", str(target))

    assert refused.returncode == 2 and "KIST" in refused.stderr and "PPS" in refused.stderr
    assert written.returncode == 0, written.stderr
    text = pdf_text(target)
    assert "Public Procurement Service" in text and "Korea Institute of Science" not in text
