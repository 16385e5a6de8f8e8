"""Issue 14's checks, as a user runs them: head counts at the quota, incomplete totals, certificates
with no one eligible, mission codes in any case, `people` and `--person`, `--today`'s format."""

import json
from decimal import Decimal

import pypdf
import pytest
from openpyxl import load_workbook

from mission_planner.domain.budget import BudgetLine, ExchangeRate
from mission_planner.domain.enums import QuantityBasis, Role, Status
from mission_planner.services import open_workspace
from tests.cli.runner import cli
from tests.factories import full_record, online_record

CODE = "23-IP-99-GE-OSM-A"
ONLINE = "21-IP-98-GE-OSM-B"


def airfare_mission(*, krw_rate: bool = True):
    """One seat-priced line (USD 1,200 a participant), twelve seats, no participants yet."""
    record = full_record(CODE)
    record.mission.overseas_quota = 12
    record.participations = [p for p in record.participations if p.role != Role.PARTICIPANT]
    record.budget_lines = [
        BudgetLine(
            "l-air", "international airfare", "Return air", Decimal(1200), "USD", QuantityBasis.PER_OVERSEAS_PARTICIPANT
        ),
        BudgetLine("l-gift", "other", "Gifts", Decimal(30000), "KRW", QuantityBasis.TYPED, Decimal(2)),
    ]
    record.exchange_rates = [ExchangeRate("KRW", Decimal("0.00075"))] if krw_rate else []
    return record


def database(tmp_path, *records) -> str:
    path = str(tmp_path / "trust.db")
    workspace = open_workspace(path)
    for record in records:
        workspace.missions.add_record(record)
    workspace.close()
    return path


def nominations(tmp_path, count: int):
    path = tmp_path / "nominations.csv"
    rows = [f"Yılmaz{n},Ada,TR,Ministry {n},ada{n}@example.org" for n in range(count)]
    path.write_text("family_name,given_name,country,organization,email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def budget_json(db: str, code: str = CODE) -> tuple[int, dict]:
    result = cli("--db", db, "budget", code, "--format", "json")
    return result.returncode, json.loads(result.stdout)


# --- head counts ------------------------------------------------------------------------------------


def test_more_nominees_than_seats_leave_per_participant_quantities_at_the_quota(tmp_path):
    db = database(tmp_path, airfare_mission())
    imported = cli("--db", db, "import-delegates", CODE, str(nominations(tmp_path, 63)))
    assert imported.returncode == 0, imported.stderr
    status, data = budget_json(db)
    assert status == 0
    [air] = [line for line in data["lines"] if line["category"] == "international airfare"]
    assert (air["quantity"], air["amount"]) == ("12", "14400.00")  # not 63 x 1,200
    assert air["quantity_basis"] == {
        "code": "quota",
        "quota": 12,
        "nominated": 63,
        "text": "12, the quota (63 nominated)",
    }
    table = cli("--db", db, "budget", CODE).stdout
    assert "quantity 12: 12, the quota (63 nominated)" in table
    csv_lines = cli("--db", db, "budget", CODE, "--format", "csv").stdout.splitlines()
    assert csv_lines[0].split(",")[2:4] == ["quantity", "quantity basis"]
    assert "12,12, the quota (63 nominated)" in csv_lines[1] or '12,"12, the quota (63 nominated)"' in csv_lines[1]


def test_accepted_people_count_once_there_are_any(tmp_path):
    record = airfare_mission()
    db = database(tmp_path, record)
    cli("--db", db, "import-delegates", CODE, str(nominations(tmp_path, 20)))
    workspace = open_workspace(db)
    participants = [p for p in workspace.missions.load_record(CODE).participations if p.role == Role.PARTICIPANT]
    for part in participants[:10]:
        workspace.people.set_status(CODE, part.person_uid, Status.ACCEPTED)
    workspace.close()
    _status, data = budget_json(db)
    [air] = [line for line in data["lines"] if line["category"] == "international airfare"]
    assert air["quantity"] == "10" and air["quantity_basis"]["text"] == "10 accepted (quota 12)"


def test_the_budget_pdf_and_xlsx_show_the_basis_of_each_head_count(tmp_path):
    db = database(tmp_path, airfare_mission())
    cli("--db", db, "import-delegates", CODE, str(nominations(tmp_path, 63)))
    pdf, xlsx = tmp_path / "budget.pdf", tmp_path / "budget.xlsx"
    assert cli("--db", db, "export", CODE, "budget-pdf", "-o", str(pdf)).returncode == 0
    assert cli("--db", db, "export", CODE, "budget-xlsx", "-o", str(xlsx)).returncode == 0
    assert "12, the quota (63 nominated)" in pdf_text(pdf)
    sheet = load_workbook(xlsx)["Budget"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    air = next(row for row in rows if row["Category"] == "International airfare")
    assert (air["Quantity"], air["Quantity basis"]) == (12, "12, the quota (63 nominated)")


# --- incomplete totals ----------------------------------------------------------------------------------


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def test_a_krw_line_without_a_rate_marks_the_total_incomplete_in_all_four_places(tmp_path):
    db = database(tmp_path, airfare_mission(krw_rate=False))
    status, data = budget_json(db)
    assert status == 1
    assert (data["incomplete"], data["missing_rates"]) == (True, ["KRW"])
    assert data["total"] == "14400.00"  # the quota's airfare; the gifts in KRW cannot be counted
    table = cli("--db", db, "budget", CODE)
    assert table.returncode == 1
    assert "total (incomplete)" in table.stdout and "no exchange rate for KRW" in table.stdout
    csv = cli("--db", db, "budget", CODE, "--format", "csv")
    assert csv.returncode == 1 and csv.stdout.splitlines()[-1].startswith("total (incomplete),")
    pdf, xlsx = tmp_path / "budget.pdf", tmp_path / "budget.xlsx"
    assert cli("--db", db, "export", CODE, "budget-pdf", "-o", str(pdf)).returncode == 0
    assert cli("--db", db, "export", CODE, "budget-xlsx", "-o", str(xlsx)).returncode == 0
    text = pdf_text(pdf)
    assert "The total is incomplete: no exchange rate for KRW" in text and "Total (incomplete)" in text
    book = load_workbook(xlsx)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert "no exchange rate for KRW" in summary["Total incomplete"]
    total_row = next(row for row in book["Budget"].iter_rows(values_only=True) if row[0] == "Total")
    assert "no exchange rate for KRW" in total_row[1]


def test_a_complete_budget_exits_0_and_says_so(tmp_path):
    db = database(tmp_path, airfare_mission())
    status, data = budget_json(db)
    assert status == 0 and (data["incomplete"], data["missing_rates"]) == (False, [])
    assert data["total"] == "14445.00"  # 12 x 1,200 + 2 x 30,000 KRW at 0.00075


# --- certificates ------------------------------------------------------------------------------------------


def test_certificates_count_nominees_and_say_why_no_one_is_eligible(tmp_path):
    record = online_record(ONLINE)
    for part in record.participations[:2]:
        part.status = Status.NOMINATED
    db = database(tmp_path, record)
    result = cli("--db", db, "certificates", ONLINE)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == (
        "No one is eligible for a certificate: 2 participants not accepted or confirmed;"
        " 1 participant with no attendance recorded."
    )
    assert "Eligible (0 of 3):" in result.stdout


def test_certificates_pdf_with_no_one_eligible_exits_2_with_the_reason_and_writes_nothing(tmp_path):
    db = database(tmp_path, online_record(ONLINE))
    target = tmp_path / "certificates.pdf"
    result = cli("--db", db, "export", ONLINE, "certificates-pdf", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "mission-planner-cli: No one is eligible for a certificate: 3 participants with no attendance recorded."
    )
    assert not target.exists() and not list(tmp_path.glob("*.pdf*"))  # no 0-page PDF, no temporary file left


def test_below_the_threshold_is_named_with_the_missions_rule(tmp_path):
    from mission_planner.domain.enums import AttendanceStatus
    from mission_planner.domain.people import Attendance

    record = online_record(ONLINE)
    for uid in ("o-ana", "o-bui", "o-cha"):
        for item in ("o-talk1", "o-disc1", "o-talk2", "o-disc2"):
            record.attendance.append(Attendance(item, uid, AttendanceStatus.PRESENT, minutes=20))
    db = database(tmp_path, record)
    result = cli("--db", db, "export", ONLINE, "certificates-pdf", "-o", str(tmp_path / "c.pdf"))
    assert result.returncode == 2
    assert "3 participants below the threshold (present at every item, online ones for at least 80%" in result.stderr


# --- mission codes, people, --person, --today ------------------------------------------------------------


def test_a_mission_code_is_matched_without_regard_to_case(demo_db, tmp_path):
    for command in (["budget", "23-ip-12-ge-osm-a"], ["check", "23-ip-12-ge-osm-a"], ["people", "23-Ip-12-gE-osm-A"]):
        result = cli("--db", demo_db, *command)
        assert result.returncode in (0, 1) and not result.stderr, (command, result.stderr)
    assert budget_json(demo_db, "23-ip-12-ge-osm-a")[1]["mission"] == "23-IP-12-GE-OSM-A"
    target = tmp_path / "itinerary.pdf"
    exported = cli("--db", demo_db, "export", "23-ip-12-ge-osm-a", "itinerary-pdf", "-o", str(target))
    assert exported.returncode == 0 and "of 23-IP-12-GE-OSM-A" in exported.stdout and target.exists()


def test_an_unknown_code_suggests_the_closest_ones_on_one_line(demo_db):
    result = cli("--db", demo_db, "certificates", "23-IP-12-GE-OSM")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(
        "mission-planner-cli: No mission with the code 23-IP-12-GE-OSM. Did you mean 23-IP-12-GE-OSM-A"
    )


def test_a_bad_today_says_which_format_it_wants(demo_db):
    result = cli("--db", demo_db, "check", "23-IP-12-GE-OSM-A", "--today", "24/10/2023")
    assert result.returncode == 2
    assert "'24/10/2023' is not a date; write it as YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_people_lists_uids_roles_statuses_countries_and_organizations(tmp_path, fmt):
    db = database(tmp_path, full_record(CODE))
    result = cli("--db", db, "people", CODE.lower(), "--format", fmt)
    assert result.returncode == 0, result.stderr
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data["mission"] == CODE
        assert data["people"][0] == {
            "uid": "t-p-sule",
            "name": "Şule Yılmaz",
            "role": "participant",
            "status": "confirmed",
            "country": "TR",
            "organization": "Türkiye Cumhurbaşkanlığı",
        }
        assert [p["role"] for p in data["people"]] == ["participant", "resource_person_local"]
    elif fmt == "csv":
        assert result.stdout.splitlines()[0] == "uid,name,role,status,country,organization"
        assert result.stdout.splitlines()[1].startswith("t-p-sule,Şule Yılmaz,participant,confirmed,TR,")
    else:
        assert result.stdout.splitlines()[0].split() == ["uid", "name", "role", "status", "country", "organization"]
        assert "t-p-sule" in result.stdout and "resource_person_local" in result.stdout


def test_person_with_an_unknown_uid_is_refused_naming_it(tmp_path):
    db = database(tmp_path, full_record(CODE))
    target = tmp_path / "badges.pdf"
    result = cli("--db", db, "export", CODE, "badges-pdf", "-o", str(target), "--person", "nobody-42")
    assert result.returncode == 2 and not target.exists()
    assert result.stderr.strip() == (
        f"mission-planner-cli: No person with the uid nobody-42 in {CODE}; `people {CODE}` lists them."
    )
    known = cli("--db", db, "export", CODE, "badges-pdf", "-o", str(target), "--person", "t-p-sule")
    assert known.returncode == 0 and target.exists()
