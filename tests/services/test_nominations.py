"""Nomination files as NPOs send them, imported into a real database."""

import codecs
from datetime import date, datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from mission_planner.domain.enums import Gender, Role, Status
from mission_planner.domain.problems import ProblemCode
from mission_planner.services.imports.problem_text import row_problem_text
from mission_planner.services.people import ImportProblems

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture
def ws(full):
    return full


def people(ws):
    record = ws.missions.load_record(CODE, with_identity=True)
    return {p.email: p for p in record.people}, {p.person_uid: p for p in record.participations}


def write_csv(path, text, encoding="utf-8-sig"):
    path.write_bytes(text.encode(encoding))
    return path


TURKISH = (
    "Surname;First name;Nationality;Organisation;Designation;E-mail\r\n"
    'Öztürk;Ayşe Gül;Türkiye;Cumhurbaşkanlığı;"Uzman; Dijital";ayse@example.org\r\n'
    ";;;;;\r\n"
    "  Doğan ;İsmail;TUR;TÜBİTAK;Head of R&D;ismail@example.org\r\n"
)


def test_a_turkish_excel_csv_with_bom_and_semicolons_imports(ws, tmp_path):
    report = ws.people.import_delegates(CODE, write_csv(tmp_path / "tr.csv", TURKISH))
    assert (report.added, report.updated) == (2, 0)
    by_email, parts = people(ws)
    ayse = by_email["ayse@example.org"]
    assert (ayse.family_name, ayse.given_name, ayse.country, ayse.position) == (
        "Öztürk",
        "Ayşe Gül",
        "TR",
        "Uzman; Dijital",
    )
    assert by_email["ismail@example.org"].family_name == "Doğan"
    part = parts[ayse.uid]
    assert (part.role, part.status, [c.status for c in part.status_history]) == (
        Role.PARTICIPANT,
        Status.NOMINATED,
        [Status.NOMINATED],
    )


def test_reimporting_the_same_file_adds_nobody_and_changes_nothing(ws, tmp_path):
    path = write_csv(tmp_path / "tr.csv", TURKISH)
    ws.people.import_delegates(CODE, path)
    before = ws.missions.load_record(CODE, with_identity=True)
    report = ws.people.import_delegates(CODE, path)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert ws.missions.load_record(CODE, with_identity=True) == before


def test_an_xlsx_with_upper_case_headers_and_a_blank_row(ws, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["FAMILY NAME", "GIVEN NAME", "COUNTRY", "ORGANIZATION", "E-MAIL", "DATE OF BIRTH", "PASSPORT NUMBER"])
    sheet.append(["Nguyễn", "Thị Hương", "Viet Nam", "VNPI", "huong@example.org", datetime(1990, 3, 4), 12345678])
    sheet.append([None] * 7)
    sheet.append(["Бат-Эрдэнэ", "Болд", "MN", "MPC", "bold@example.org", "1985-11-30", "E1234567"])
    path = tmp_path / "n.xlsx"
    book.save(path)
    assert ws.people.import_delegates(CODE, path).added == 2
    by_email, _ = people(ws)
    huong = by_email["huong@example.org"]
    assert (huong.family_name, huong.country) == ("Nguyễn", "VN")
    assert huong.identity.date_of_birth == date(1990, 3, 4)
    assert huong.identity.passport_number == "12345678"
    assert by_email["bold@example.org"].family_name == "Бат-Эрдэнэ"


def test_utf16_tab_separated_text_with_names_in_many_scripts(ws, tmp_path):
    rows = [
        "family_name\tgiven_name\tcountry\torganization\temail\tgender\trole",
        "김\t민수\tRepublic of Korea\tKPC\tminsu@example.org\tM\tresource person local",
        "สมชาย\tใจดี\tThailand\tFTPI\tsomchai@example.org\tmale\tparticipant",
        "رضایی\tمریم\tIR Iran\tNIPO\tmaryam@example.org\tF\tobserver",
        "রহমান\tআনিসুর\tBangladesh\tNPO Bangladesh\tanis@example.org\tX\t",
        "Sukarno\t\tIndonesia\tKemnaker\tsukarno@example.org\t\t",
    ]
    path = tmp_path / "n.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "\r\n".join(rows).encode("utf-16-le"))
    assert ws.people.import_delegates(CODE, path).added == 5
    by_email, parts = people(ws)
    assert by_email["minsu@example.org"].full_name == "김민수"
    assert parts[by_email["minsu@example.org"].uid].role == Role.RESOURCE_PERSON_LOCAL
    assert by_email["maryam@example.org"].family_name == "رضایی"
    assert parts[by_email["maryam@example.org"].uid].role == Role.OBSERVER
    assert by_email["anis@example.org"].gender == Gender.OTHER
    assert by_email["sukarno@example.org"].full_name == "Sukarno"


def test_text_is_kept_exactly_as_written(ws, tmp_path):
    text = (
        "family_name,given_name,country,organization,email,position\n"
        '"O\'Brien ""Ted""",<b>Bold</b>,Fiji,=HYPERLINK("x"),ted@example.org,Chief 🎉 & co\n'
    )
    ws.people.import_delegates(CODE, write_csv(tmp_path / "x.csv", text, "utf-8"))
    ted = people(ws)[0]["ted@example.org"]
    assert (ted.family_name, ted.given_name, ted.organization, ted.position) == (
        'O\'Brien "Ted"',
        "<b>Bold</b>",
        '=HYPERLINK("x")',
        "Chief 🎉 & co",
    )


def test_a_bad_file_is_refused_whole_naming_every_row(ws, tmp_path):
    text = (
        "family_name,given_name,country,organization,email\n"
        "Good,Row,Japan,JPC,good@example.org\n"
        "Bad,Email,Japan,JPC,not-an-email\n"
        "Unknown,Country,Atlantis,X,u@example.org\n"
        ",Nofamily,Nepal,NPC,n@example.org\n"
    )
    before = ws.missions.load_record(CODE, with_identity=True)
    with pytest.raises(ImportProblems) as caught:
        ws.people.import_delegates(CODE, write_csv(tmp_path / "bad.csv", text, "utf-8"))
    assert [row_problem_text(p) for p in caught.value.problems] == [
        "row 3, email (column E): 'not-an-email' is not an email address",
        "row 4, country (column C): 'Atlantis' is not a known country",
        "row 5, family_name (column A): is empty",
    ]
    # The same problems as codes in their cells (the window words them in its own language).
    assert [(p.row, p.column, p.header, p.code, p.params) for p in caught.value.problems] == [
        (3, 4, "email", ProblemCode.NOT_EMAIL, {"text": "not-an-email"}),
        (4, 2, "country", ProblemCode.UNKNOWN_COUNTRY, {"text": "Atlantis"}),
        (5, 0, "family_name", ProblemCode.EMPTY, {}),
    ]
    assert "bad.csv" in str(caught.value) and "nothing was imported" in str(caught.value)
    assert ws.missions.load_record(CODE, with_identity=True) == before


def test_a_missing_required_column_is_named(ws, tmp_path):
    path = write_csv(tmp_path / "m.csv", "Surname,First name,Country,E-mail\nA,B,Japan,a@example.org\n")
    with pytest.raises(ImportProblems, match="the required column 'organization' is missing"):
        ws.people.import_delegates(CODE, path)


def test_the_same_person_twice_in_a_file_is_a_problem(ws, tmp_path):
    text = "family_name,given_name,country,organization,email\nA,B,Japan,X,a@example.org\nA2,B2,Japan,X,A@example.org\n"
    with pytest.raises(ImportProblems, match="row 3: the same person as row 2"):
        ws.people.import_delegates(CODE, write_csv(tmp_path / "d.csv", text))


def test_a_dry_run_reports_and_writes_nothing(ws, tmp_path):
    before = ws.missions.load_record(CODE, with_identity=True)
    text = TURKISH + "Yılmaz;Şule;Turkey;New Ministry;Expert;sule.yilmaz@example.org\r\n"
    report = ws.people.import_delegates(CODE, write_csv(tmp_path / "tr.csv", text), dry_run=True)
    assert (report.added, report.updated, report.dry_run) == (2, 1, True)
    assert "update row 5: Şule Yılmaz (organization)" in report.lines
    assert ws.missions.load_record(CODE, with_identity=True) == before


def test_a_person_already_in_the_mission_is_updated_never_duplicated(ws, tmp_path):
    text = "family_name,given_name,country,organization,email\nYILMAZ,şule,TR,New Ministry,other@example.org\n"
    report = ws.people.import_delegates(CODE, write_csv(tmp_path / "u.csv", text))
    assert (report.added, report.updated) == (0, 1)
    record = ws.missions.load_record(CODE, with_identity=True)
    assert len(record.people) == 2
    sule = record.person("t-p-sule")
    assert (sule.organization, sule.email, sule.identity.passport_number) == (
        "New Ministry",
        "other@example.org",
        "U12345678",
    )


def test_dates_and_flights_in_the_forms_spreadsheets_produce(ws, tmp_path):
    text = (
        "family_name,given_name,country,organization,email,passport_expiry,date_of_birth,arrival,arrival_flight\n"
        "A,B,Japan,X,a@example.org,24/10/2031,10/24/1980,2023-10-23 17:40,KE704\n"
        "C,D,Japan,X,c@example.org,24 Oct 2031,1980.10.24,23/10/2023 5:40 PM,\n"
        'E,F,Japan,X,e@example.org,"October 24, 2031",29221,,\n'
    )
    ws.people.import_delegates(CODE, write_csv(tmp_path / "f.csv", text))
    by_email, parts = people(ws)
    for email in ("a@example.org", "c@example.org", "e@example.org"):
        assert by_email[email].identity.passport_expiry == date(2031, 10, 24)
    assert by_email["a@example.org"].identity.date_of_birth == date(1980, 10, 24)
    assert by_email["e@example.org"].identity.date_of_birth == date(1980, 1, 1)
    [arrival] = parts[by_email["c@example.org"].uid].flights
    assert arrival.scheduled == datetime(2023, 10, 23, 17, 40, tzinfo=ZoneInfo("Asia/Seoul"))
    assert parts[by_email["a@example.org"].uid].flights[0].flight_no == "KE704"


def test_a_file_that_is_not_utf8_or_utf16_is_refused_with_advice(ws, tmp_path):
    path = tmp_path / "cp1254.csv"
    path.write_bytes(
        "family_name,given_name,country,organization,email\nYılmaz,Şule,TR,X,s@example.org\n".encode("cp1254")
    )
    with pytest.raises(Exception, match="CSV UTF-8"):
        ws.people.import_delegates(CODE, path)


@pytest.mark.parametrize("header", ["Biography", "Bio", "Short bio"])
def test_a_biography_column_fills_the_resource_persons_biography(ws, tmp_path, header):
    text = (
        f"Surname,First name,Country,Organization,E-mail,Role,{header}\n"
        "Mori,Takahiro,Japan,University of Tokyo,mori@example.org,resource person overseas,"
        '"Professor of public policy, who studies data governance."\n'
    )
    ws.people.import_delegates(CODE, write_csv(tmp_path / "rp.csv", text, "utf-8"))
    mori = people(ws)[0]["mori@example.org"]
    assert mori.biography == "Professor of public policy, who studies data governance."


@pytest.mark.parametrize("header", ["Phone", "Mobile", "Telephone", "Phone number"])
def test_a_phone_column_fills_the_persons_phone(ws, tmp_path, header):
    text = f"Surname,First name,Country,Organization,E-mail,{header}\n"
    text += "Yılmaz,Şule,TR,PSB,sule@example.org,+90 532 555 01 23\n"
    ws.people.import_delegates(CODE, write_csv(tmp_path / "phone.csv", text, "utf-8"))
    assert people(ws)[0]["sule@example.org"].phone == "+90 532 555 01 23"


def test_a_romanised_name_comes_from_the_usual_headers_and_updates_who_is_there(ws, tmp_path):
    first = write_csv(
        tmp_path / "latin.csv",
        "Family name,Given name,Latin name,Country,Organization,Email\r\n"
        "김,민서,Kim Min-seo,KOR,KPC,minseo@example.org\r\n"
        "ยิ่งยง,สมชาย,YINGYONG Somchai,TH,FTI,somchai@example.org\r\n",
    )
    assert ws.people.import_delegates(CODE, first).added == 2
    by_email, _ = people(ws)
    # Family name first as 김민서 writes it; the capitals of a passport mark the family name.
    assert (
        by_email["minseo@example.org"].romanized_family_name,
        by_email["minseo@example.org"].romanized_given_name,
    ) == (
        "Kim",
        "Min-seo",
    )
    somchai = by_email["somchai@example.org"]
    assert (somchai.romanized_family_name, somchai.romanized_given_name) == ("YINGYONG", "Somchai")

    second = write_csv(
        tmp_path / "passport.csv",
        "Surname,First name,Surname as in passport,Given name (as in passport),Country,Organization,Email\r\n"
        "ยิ่งยง,สมชาย,YINGYONG,SOMCHAI,TH,FTI,somchai@example.org\r\n",
    )
    report = ws.people.import_delegates(CODE, second)

    assert (report.added, report.updated) == (0, 1)
    by_email, _ = people(ws)
    assert by_email["somchai@example.org"].romanized_name == "YINGYONG SOMCHAI"
    assert by_email["minseo@example.org"].romanized_name == "Kim Min-seo"
