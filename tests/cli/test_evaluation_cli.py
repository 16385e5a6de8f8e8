"""The evaluation as a coordinator runs it: the printed questionnaire, a form tool's export
imported (all or nothing), and the completion report read back beside `budget` and `certificates`."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from tests.cli.runner import cli

CODE = "23-IP-12-GE-OSM-A"
ORIENTATION = "Orientation: KPC and the ROK's productivity development policies"
KIST = "Site visit: Korea Institute of Science and Technology (KIST)"
GOOGLE_HEADER = [
    "Timestamp",
    "Email address",
    "Overall, how satisfied are you with the mission?",
    "How well was the mission organized?",
    f"Rate each session [{ORIENTATION}]",
    f"Rate each session [{KIST.upper()}]",  # matched whatever the case
    "What should be improved?",
    "Action plan: what will you apply in your organization after the mission?",
]
GOOGLE_ROWS = [
    [
        "2023/10/27 5:01:02 PM GMT+9",
        "oguz.kilic@example.org",
        "5 - Excellent",
        "4",
        "4",
        "5",
        "More site time",
        "Pilot KONEPS-style bidding",
    ],
    ["2023/10/27 5:03:10 PM GMT+9", "", "4", "3", "2", "4", "", "A plan from someone anonymous"],
    [
        "2023/10/27 5:09:44 PM GMT+9",
        "Şule Yılmaz",
        "3",
        "4",
        "3",
        "",
        "Shorter transfers",
        "Open data portal for the city",
    ],
]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # Google's download has no BOM; Excel's has
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def exported(db: str, tmp_path: Path) -> dict:
    target = tmp_path / "mission.json"
    result = cli("--db", db, "export-mission", CODE, str(target))
    assert result.returncode == 0, result.stderr
    return json.loads(target.read_text(encoding="utf-8"))


def plans(data: dict) -> dict[str, str]:
    emails = {person["uid"]: person.get("email", "") for person in data["people"]}
    return {emails[p["person_uid"]]: p["action_plan"] for p in data["participations"] if p.get("action_plan")}


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


@pytest.mark.parametrize("header", ["Your action plan", "My action plan at home", "ACTION PLAN"])
def test_an_action_plan_column_is_known_by_the_words_action_plan_anywhere(demo_db, tmp_path, header):
    source = write_csv(tmp_path / "responses.csv", [*GOOGLE_HEADER[:-1], header], GOOGLE_ROWS)
    dry = cli("--db", demo_db, "import-evaluation", CODE, str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"column H “{header}”: action plan" in dry.stdout
    assert "2 action plans (dry run: nothing written)." in dry.stdout


def test_a_google_forms_csv_imports_responses_and_action_plans(demo_db, tmp_path):
    source = write_csv(tmp_path / "responses.csv", GOOGLE_HEADER, GOOGLE_ROWS)
    dry = cli("--db", demo_db, "import-evaluation", CODE, str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Would import 3 responses (2 named, 1 anonymous), 2 action plans (dry run: nothing written)." in dry.stdout
    before = exported(demo_db, tmp_path)

    result = cli("--db", demo_db, "import-evaluation", CODE, str(source))

    assert result.returncode == 0, result.stderr
    assert f"column F “Rate each session [{KIST.upper()}]”: session rating of “{KIST}”" in result.stdout
    assert "column H “Action plan: what will you apply in your organization after the mission?”: action plan" in (
        result.stdout
    )
    assert "warning: no column rates the session “Site visit: Seoul Metropolitan Government”" in result.stdout
    assert "Imported 3 responses (2 named, 1 anonymous), 2 action plans." in result.stdout
    data = exported(demo_db, tmp_path)
    assert before != data
    responses = data["evaluation"]
    assert [r["number"] for r in responses] == [2, 3, 4]  # the rows of the file
    first = {a["question"]: (a["rating"], a["text"]) for a in responses[0]["answers"]}
    assert first["Overall, how satisfied are you with the mission?"] == (5, "")
    assert first[KIST] == (5, "")
    assert first["What should be improved?"] == (None, "More site time")
    assert responses[1]["person_uid"] is None
    # the anonymous plan stays an answer; the named ones become the participants' action plans
    assert ("A plan from someone anonymous") in [a["text"] for a in responses[1]["answers"]]
    now = plans(data)
    assert now["oguz.kilic@example.org"] == "Pilot KONEPS-style bidding"  # the demo's plan replaced
    assert now["sule.yilmaz@example.org"] == "Open data portal for the city"
    # a plan the file does not give (typed in the window, say) is kept
    assert now["mehmetemre.gunes@example.org"] == plans(before)["mehmetemre.gunes@example.org"]


def test_a_microsoft_forms_workbook_imports_and_a_second_import_replaces_the_first(demo_db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["ID", "Start time", "Completion time", "Email", "Name", "Overall rating", ORIENTATION, "Any other comments?"]
    )
    sheet.append([1, "10/27/23 17:00:01", "10/27/23 17:04:12", "anonymous", "", 4, 5, "Thank you"])
    sheet.append([2, "10/27/23 17:02:00", "10/27/23 17:06:40", "anonymous", "Gökçe Şahin", "2 - Fair", "3", ""])
    source = tmp_path / "Mission evaluation(1-2).xlsx"
    book.save(source)
    assert (
        cli(
            "--db", demo_db, "import-evaluation", CODE, str(write_csv(tmp_path / "g.csv", GOOGLE_HEADER, GOOGLE_ROWS))
        ).returncode
        == 0
    )

    result = cli("--db", demo_db, "import-evaluation", CODE, str(source))

    assert result.returncode == 0, result.stderr
    assert "Imported 2 responses (1 named, 1 anonymous), 0 action plans." in result.stdout
    data = exported(demo_db, tmp_path)
    assert len(data["evaluation"]) == 2
    ratings = [[a["rating"] for a in r["answers"] if a["kind"] != "open"] for r in data["evaluation"]]
    assert ratings == [[4, 5], [2, 3]]
    assert data["evaluation"][0]["submitted"] == "10/27/23 17:04:12"


def test_a_bad_file_is_refused_with_each_row_and_column_and_nothing_changes(demo_db, tmp_path):
    good = write_csv(tmp_path / "good.csv", GOOGLE_HEADER, GOOGLE_ROWS)
    assert cli("--db", demo_db, "import-evaluation", CODE, str(good)).returncode == 0
    before = exported(demo_db, tmp_path)
    header = [
        "Timestamp",
        "Name",
        "Overall rating",
        "Rate each session [Closing dinner cruise]",
        f"Rate each session [{KIST}]",
    ]
    rows = [["t1", "Nobody Known", "4", "3", "5"], ["t2", "", "excellent!", "", "6"], ["t3", "", "5", "", "4"]]
    bad = write_csv(tmp_path / "bad.csv", header, rows)

    result = cli("--db", demo_db, "import-evaluation", CODE, str(bad))

    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == f"mission-planner-cli: {bad}: 4 problems; nothing was imported:"
    unknown = "no session of the programme is titled 'Closing dinner cruise'"
    assert f"{bad}: row 1, Rate each session [Closing dinner cruise] (column D): {unknown}" in lines
    assert any("row 2, Name (column B): 'Nobody Known' names none of the mission's people" in line for line in lines)
    assert any("row 3, Overall rating (column C): 'excellent!' is not a rating from 1 to 5" in line for line in lines)
    assert any(f"row 3, Rate each session [{KIST}] (column E): '6' is not a rating" in line for line in lines)
    assert exported(demo_db, tmp_path) == before


@pytest.mark.parametrize(
    "hostile",
    ["folder", "fifo", "huge cell", "latin-1", "foreign zip", "no questions"],
)
def test_hostile_files_are_refused_in_one_line_and_nothing_is_stored(demo_db, tmp_path, hostile):
    before = exported(demo_db, tmp_path)
    path = tmp_path / "responses.csv"
    expected = ""
    match hostile:
        case "folder":
            path.mkdir()
            expected = "is a folder, not a file"
        case "fifo":
            os.mkfifo(path)
            expected = "is a pipe (FIFO), not a file"
        case "huge cell":
            write_csv(path, ["Timestamp", "What should be improved?"], [["t", "x" * 1_000_000]])
            expected = "row 2, column B: a cell of 1,000,000 characters"
        case "latin-1":
            path.write_bytes("Timestamp,What should be improved?\nt,caf\xe9\n".encode("latin-1"))
            expected = "not readable as UTF-8 text"
        case "foreign zip":
            import zipfile

            path = tmp_path / "responses.xlsx"  # a LibreOffice spreadsheet renamed
            with zipfile.ZipFile(path, "w") as archive:
                archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
                archive.writestr("content.xml", '<document xmlns="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
            expected = "not a readable XLSX workbook"
        case "no questions":
            write_csv(path, ["Timestamp", "Email"], [["t", ""]])
            expected = "no column holds an answer to a question"

    result = cli("--db", demo_db, "import-evaluation", CODE, str(path))

    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert exported(demo_db, tmp_path) == before


def test_the_questionnaire_asks_every_session_and_the_action_plan(demo_db, tmp_path):
    target = tmp_path / "form.pdf"
    result = cli("--db", demo_db, "export", CODE, "evaluation-form", "-o", str(target))
    assert result.returncode == 0, result.stderr
    found = pdf_text(target)
    data = exported(demo_db, tmp_path)
    sessions = [
        item["title"]
        for day in data["days"]
        for item in day["items"]
        if item["kind"] in ("presentation", "panel", "site_visit", "group_discussion")
    ]
    assert len(sessions) == 10
    for title in [*sessions, "Overall, how satisfied are you with the mission?", "What should be improved?"]:
        assert re.sub(r"\s+", "", title) in found.replace(" ", ""), title
    assert "Action plan: what will you apply in your organization after the mission?" in found
    assert "Lunch" not in found  # meals are not rated


def figures(stdout: str) -> list[str]:
    return re.findall(r"\d+\.\d{2}", stdout)


def test_the_completion_report_agrees_with_budget_and_certificates(demo_db, tmp_path):
    source = write_csv(tmp_path / "responses.csv", GOOGLE_HEADER, GOOGLE_ROWS)
    assert cli("--db", demo_db, "import-evaluation", CODE, str(source)).returncode == 0
    target = tmp_path / "report.pdf"

    result = cli("--db", demo_db, "export", CODE, "report-pdf", "-o", str(target))

    assert result.returncode == 0, result.stderr
    found = pdf_text(target).replace(",", "")
    budget = cli("--db", demo_db, "budget", CODE).stdout
    total = next(line for line in budget.splitlines() if line.startswith("total"))
    planned, apo, host, participating, actual = figures(total)
    assert f"Total {planned} 100.0% {actual}" in found
    assert f"APO {apo}" in found and f"Host country {host}" in found
    assert f"Participating country {participating}" in found
    certificates = cli("--db", demo_db, "certificates", CODE).stdout
    eligible, of = re.search(r"Eligible \((\d+) of (\d+)\)", certificates).groups()
    assert f"Eligible: {eligible} of {of} participants" in found
    assert "3 responses (2 named 1 anonymous)" in found
    # overall satisfaction 5, 4, 3: mean 4.00; the orientation 4, 2, 3: mean 3.00
    assert "Overall how satisfied are you with the mission? 0 0 1 1 1 3 4.00" in found
    assert "3 3.00" in found
    assert "Pilot KONEPS-style bidding" in found and "Open data portal for the city" in found
    assert "Group discussion: lessons for Türkiye's public sector 6 5 1 0 0 83.3%" in found
    assert "Türkiye 6 0 0 6" in found  # participants, local resource persons, secretariat, total
