"""No English from the lower floors in the Korean window: each refusal a coordinator meets is
raised for real (a stale or deleted row, a text too long, a bad file picked, a busy database, a
service's own refusal) and what the window shows of it reads in Korean; country names come from
CLDR's Korean territory names."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from mission_planner.domain.enums import AttendanceStatus
from mission_planner.domain.people import Attendance
from mission_planner.errors import MissionPlannerError
from mission_planner.gui.i18n import install_translators, remove_translators
from mission_planner.gui.refusal_text import error_text
from mission_planner.services import Workspace, open_workspace, read_sheet
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
HANGUL = re.compile("[\uac00-\ud7a3]")
# Three English words in a row is a sentence (or most of one); names, codes and file names are
# taken out first, as the window may show them as they are.
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[\s,;:]+[A-Za-z]{2,}){2,}")


def assert_korean(text: str, *allowed: str) -> None:
    left = text
    for name in sorted(allowed, key=len, reverse=True):
        left = left.replace(name, " ")
    assert HANGUL.search(left), f"no Korean in {text!r}"
    assert not ENGLISH_RUN.search(left), f"English in the Korean window: {text!r}"


@pytest.fixture
def korean(qapp):
    translators = install_translators(qapp, "ko")
    assert translators, "the Korean catalogue should load"
    yield translators
    remove_translators(qapp, translators)


@pytest.fixture
def mission(workspace: Workspace) -> Workspace:
    workspace.missions.add_record(full_record())
    return workspace


def refused(action: Callable[[], object]) -> MissionPlannerError:
    with pytest.raises(MissionPlannerError) as caught:
        action()
    return caught.value


def test_the_checker_catches_an_english_sentence():
    with pytest.raises(AssertionError):
        assert_korean("No programme item t-i-x.")
    with pytest.raises(AssertionError):
        assert_korean("이 일정은 not found in the database")
    assert_korean("bad.xls: 예전 Excel .xls 통합 문서입니다.", "bad.xls", "Excel .xls")


# --- Country names --------------------------------------------------------------------------


def test_country_names_are_cldr_korean_in_the_korean_window_and_english_otherwise(korean):
    from mission_planner.gui.formatting import country_name

    assert [country_name(code) for code in ("KR", "TR", "IR", "GB", "XX")] == [
        "대한민국",
        "튀르키예",
        "이란",
        "영국",
        "XX",
    ]
    remove_translators(QCoreApplication.instance(), korean)
    assert country_name("KR") == "Republic of Korea"
    assert country_name("GB") == "United Kingdom"
    korean[:] = install_translators(QCoreApplication.instance(), "ko")


def test_the_people_table_and_mission_editor_show_korean_country_names(qtbot, mission, korean):
    from mission_planner.gui.dialogs.mission_editor import MissionEditor
    from mission_planner.gui.models.people import people_rows

    record = mission.missions.load_record(CODE)
    names = {row.country_name for row in people_rows(record)}
    assert "튀르키예" in names and not {"Türkiye", "Republic of Korea"} & names

    editor = MissionEditor(record.mission)
    qtbot.addWidget(editor)
    hosts = [editor.host.itemText(i) for i in range(editor.host.count())]
    assert "대한민국" in hosts and "Republic of Korea" not in hosts
    assert hosts == sorted(hosts)
    listed = [editor.countries.item(i).text() for i in range(editor.countries.count())]
    assert "튀르키예" in listed and "Türkiye" not in listed


# --- Refusals raised for real, worded in Korean -----------------------------------------------


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "nominations").mkdir()
    return tmp_path / "nominations"


def _old_xls(tmp_path: Path) -> Path:
    path = tmp_path / "nominations.xls"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 512)
    return path


def _fake_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "nominations.xlsx"
    path.write_text("Surname,Given name\n", encoding="utf-8")
    return path


def _empty_csv(tmp_path: Path) -> Path:
    path = tmp_path / "nominations.csv"
    path.write_text("\n\n", encoding="utf-8")
    return path


def _latin1_csv(tmp_path: Path) -> Path:
    path = tmp_path / "nominations.csv"
    path.write_bytes("Surname,Given name\nDoğan,İsmail\n".encode().replace(b"\xc4\x9f", b"\xf0"))
    return path


def _nul_csv(tmp_path: Path) -> Path:
    path = tmp_path / "nominations.csv"
    path.write_bytes(b"Surname,Given name\nKaya,\x00Ali\n")
    return path


@pytest.mark.parametrize(
    "make", [_folder, _old_xls, _fake_xlsx, _empty_csv, _latin1_csv, _nul_csv, lambda tmp: tmp / "missing.csv"]
)
def test_a_bad_file_picked_reads_in_korean(tmp_path, korean, make):
    path = make(tmp_path)
    error = refused(lambda: read_sheet(path))
    text = error_text(error)
    assert_korean(text, path.name, "Excel .xls", ".xlsx", "CSV UTF-8", "UTF-8", "XLSX", "NUL")
    assert text != str(error)


def test_what_is_gone_reads_in_korean(mission, korean):
    record = mission.missions.load_record(CODE)
    mission.programme.delete_item("t-i-kist")
    cases = [
        (lambda: mission.programme.edit_item("t-i-kist", title="Visit"), ()),
        (lambda: mission.sites.delete_site("no-such-site"), ()),
        (lambda: mission.missions.load_record("23-XX-00-XX-XXX-X"), ("23-XX-00-XX-XXX-X",)),
        (
            lambda: mission.attendance.set_attendance(Attendance("t-i-open", "nobody", AttendanceStatus.PRESENT)),
            ("t-i-open", "nobody"),
        ),
    ]
    assert record.mission.code == CODE
    for action, allowed in cases:
        assert_korean(error_text(refused(action)), *allowed)


def test_a_text_too_long_reads_in_korean(mission, korean):
    error = refused(lambda: mission.programme.edit_item("t-i-open", title="가" * 2000))
    assert error.code == "too_long"
    text = error_text(error)
    assert_korean(text, "title")
    assert "2,000" in text


def test_service_refusals_read_in_korean(mission, korean):
    person = mission.missions.load_record(CODE).participations[0].person_uid
    [site] = [s for s in mission.sites.list_sites() if s.uid == "t-site-kist"]
    cases = [
        (
            lambda: mission.attendance.set_attendance(
                Attendance("t-i-open", person, AttendanceStatus.PRESENT, minutes=-5)
            ),
            ("minutes",),
        ),
        (lambda: mission.missions.add_record(full_record()), (CODE,)),
        (lambda: mission.people.purge_personal_data(CODE, today=date(2023, 1, 1)), (CODE,)),
        (lambda: mission.sites.delete_site("t-site-kist"), (site.name_en,)),
        (lambda: mission.sites.save_site(replace(site, name_en="x" * 2000)), ("name_en",)),
    ]
    for action, allowed in cases:
        assert_korean(error_text(refused(action)), *allowed)


def test_a_busy_database_reads_in_korean(tmp_path, korean):
    path = tmp_path / "shared.db"
    ours = open_workspace(str(path))
    try:
        ours.missions.add_record(full_record())
        other = sqlite3.connect(path, timeout=0)
        other.execute("BEGIN EXCLUSIVE")  # another program is writing
        try:
            error = refused(lambda: ours.programme.edit_item("t-i-kist", title="Ours"))
        finally:
            other.rollback()
            other.close()
    finally:
        ours.close()
    assert error.code == "database_busy"
    assert_korean(error_text(error))


# --- In the window ------------------------------------------------------------------------------


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def test_an_edit_of_an_item_someone_deleted_is_refused_in_korean(qtbot, tmp_path, database, mission, korean, warnings):
    from mission_planner.gui.main_window import MainWindow
    from mission_planner.gui.models.programme import Column

    window = MainWindow(mission, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.watch_timer.stop()  # the coordinator is quicker than the next look at the database
    tab = window.details.programme
    window.details.tabs.setCurrentWidget(tab)
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, Column.TITLE).data() == "Visit to KIST")
    theirs = open_workspace(database)
    try:
        theirs.programme.delete_item("t-i-kist")
    finally:
        theirs.close()

    model.setData(model.index(row, Column.TITLE), "Visit to KIST and lunch")
    model.setData(model.index(0, Column.TITLE), "가" * 2000)

    assert len(warnings) == 2
    for text in warnings:
        assert_korean(text, "Visit to KIST", "title")
    window.close()


def test_a_bad_file_picked_in_the_import_wizard_reads_in_korean(qtbot, mission, tmp_path, korean):
    from PySide6.QtWidgets import QWidget

    from mission_planner.gui.dialogs.import_wizard import ImportWizard
    from mission_planner.gui.tasks import BackgroundTasks

    host = QWidget()
    qtbot.addWidget(host)
    wizard = ImportWizard(mission, CODE, BackgroundTasks(host), host)
    qtbot.addWidget(wizard)
    path = _old_xls(tmp_path)
    wizard.set_path(path)
    wizard.show()
    wizard.next()
    problems = wizard.preview_page.problem_list
    shown = " ".join(problems.topLevelItem(i).text(c) for i in range(problems.topLevelItemCount()) for c in range(3))
    assert_korean(shown, path.name, "Excel .xls", ".xlsx", "CSV UTF-8")
    wizard.close()


def test_a_database_of_another_program_reads_in_korean(tmp_path, korean):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE notes (text TEXT)")
    other.close()
    error = refused(lambda: open_workspace(str(path)))
    assert error.code == "not_our_database"
    assert_korean(error_text(error), str(path), "Mission Planner")


def test_a_full_disk_reads_in_korean(tmp_path, monkeypatch, korean):
    import errno
    import os

    from mission_planner import atomic
    from mission_planner.atomic import write_bytes_atomically

    def no_space(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    error = refused(lambda: write_bytes_atomically(tmp_path / "list.pdf", b"new"))
    assert error.code == "disk_full"
    assert_korean(error_text(error), "list.pdf")
