"""The shipped Korean translation: complete, up to date with the code, and shown by the window."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mission_planner.gui.i18n import translations_dir

from .conftest import ROOT

TS = ROOT / "resources" / "translations" / "mission_planner_ko.ts"


def _tool(name: str) -> Path | None:
    found = shutil.which(name) or Path(sys.executable).with_name(name)
    return Path(found) if Path(found).exists() else None


def _pairs(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_compiled_catalogue_is_shipped():
    assert (translations_dir() / "mission_planner_ko.qm").is_file()


def test_every_message_is_translated():
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text
    root = ET.fromstring(text)
    empty = [
        message.findtext("source")
        for message in root.iter("message")
        if not "".join(message.find("translation").itertext()).strip()
    ]
    assert empty == []


def test_every_source_text_in_the_code_is_in_the_catalogue(tmp_path):
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(path) for path in (ROOT / "mission_planner" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code, shipped = _pairs(fresh), _pairs(TS)
    assert in_code - shipped == set(), "new texts: run lupdate and translate them"
    assert shipped - in_code == set(), "texts no longer in the code: run lupdate -no-obsolete"


def test_main_window_speaks_korean(qtbot, workspace, tmp_path, korean):
    from mission_planner.gui.main_window import MainWindow

    workspace.missions.load_demo()
    window = MainWindow(workspace, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:1] == ["파일(&F)"]
    assert {"파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"} <= set(menus)

    tabs = window.details.tabs
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    for korean_title in ("개요", "프로그램", "방문지", "출석", "예산", "문서"):
        assert korean_title in titles
    assert not {"Overview", "Programme", "Budget", "Documents"} & set(titles)
    window.close()


def test_an_overlap_before_anyone_is_nominated_reads_in_korean(korean):
    from mission_planner.domain.conflicts import Code, Conflict
    from mission_planner.gui.conflict_text import describe_conflict
    from tests.factories import full_record

    text = describe_conflict(Conflict(Code.OVERLAP, ("t-i-open", "t-i-kist"), (), {"group": ""}), full_record())
    assert text.endswith("이(가) 겹칩니다. 연수단 전원이 두 일정에 모두 참석해야 합니다.")


def test_a_bad_nomination_file_names_its_rows_and_columns_in_korean(qtbot, workspace, tmp_path, korean):
    from PySide6.QtWidgets import QWidget

    from mission_planner.gui.dialogs.import_wizard import ImportWizard
    from mission_planner.gui.tasks import BackgroundTasks
    from tests.factories import full_record

    workspace.missions.add_record(full_record())
    path = tmp_path / "bad.csv"
    path.write_text(
        "Surname,First name,Nationality,Organisation,E-mail\nDoğan,İsmail,Atlantis,KOSGEB,a@example.org\n"
        "Kaya,Ali,TR,MoIT,x@\nKaya,Ali,TR,MoIT,ali@example.org\n",
        encoding="utf-8",
    )
    host = QWidget()
    qtbot.addWidget(host)
    wizard = ImportWizard(workspace, "23-IP-99-GE-OSM-A", BackgroundTasks(host), host)
    qtbot.addWidget(wizard)
    wizard.set_path(path)
    wizard.show()
    wizard.next()
    problems = wizard.preview_page.problem_list
    listed = [[problems.topLevelItem(i).text(c) for c in range(3)] for i in range(problems.topLevelItemCount())]
    assert listed == [
        ["2", "Nationality (C열)", "'Atlantis'은(는) 알 수 없는 국가입니다"],
        ["3", "E-mail (E열)", "'x@'은(는) 이메일 주소가 아닙니다"],
    ]
    model = wizard.preview_page.sheet_model
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole) == "'x@'은(는) 이메일 주소가 아닙니다"


def test_a_budget_warning_reads_in_korean(korean):
    from mission_planner.domain.budgeting import BudgetWarning
    from mission_planner.gui.models.budget import warning_sentence

    text = warning_sentence(BudgetWarning("missing_rate", {"currency": "USD"}))
    assert text == "USD 환율이 없어 이 항목은 합계에서 제외됩니다."


def test_why_no_certificate_can_be_written_reads_in_korean(workspace, tmp_path, korean):
    import dataclasses

    from mission_planner.errors import MissionPlannerError
    from mission_planner.gui.refusal_text import error_text
    from tests.factories import full_record

    workspace.missions.add_record(dataclasses.replace(full_record(), attendance=[]))
    with pytest.raises(MissionPlannerError) as refused:
        workspace.documents.export("23-IP-99-GE-OSM-A", "certificates-pdf", tmp_path / "c.pdf")
    assert str(refused.value).startswith("No one is eligible for a certificate: ")  # the command line's words
    assert error_text(refused.value) == "수료증 발급 대상이 없습니다: 출석 기록이 없는 참가자 1명."
    assert not (tmp_path / "c.pdf").exists()


def test_budget_categories_read_in_korean_and_keep_their_names(korean):
    from mission_planner.domain.rules import CATEGORIES
    from mission_planner.gui.labels import category_text

    assert category_text("per diem") == "일비"
    assert all(category_text(name) != name for name in CATEGORIES)  # every category has its Korean
    assert category_text("a category of our own") == "a category of our own"


def test_an_edit_someone_else_made_first_is_refused_in_korean(database, korean):
    from mission_planner.errors import StaleEditError
    from mission_planner.gui.refusal_text import error_text
    from mission_planner.services import open_workspace
    from tests.factories import full_record

    ours, theirs = open_workspace(database), open_workspace(database)
    try:
        ours.missions.add_record(full_record())
        for workspace in (ours, theirs):
            workspace.missions.check("23-IP-99-GE-OSM-A")
        theirs.programme.edit_item("t-i-kist", title="KIST 방문")
        with pytest.raises(StaleEditError) as refused:
            ours.programme.edit_item("t-i-kist", title="Visit to KIST and lunch")
    finally:
        ours.close()
        theirs.close()
    assert (
        error_text(refused.value)
        == "«KIST 방문»을(를) 연 뒤 다른 사람이 변경했습니다. 다시 불러와 변경 내용을 확인하십시오."
    )


def test_an_item_that_would_end_before_it_starts_is_refused_in_korean(workspace, korean):
    from datetime import time

    from mission_planner.errors import InputError
    from mission_planner.gui.refusal_text import error_text
    from tests.factories import full_record

    workspace.missions.add_record(full_record())
    with pytest.raises(InputError) as refused:
        workspace.programme.resize_item("t-i-kist", time(14), time(13))
    assert "must end after it starts (14:00)" in str(refused.value)  # the command line's words
    assert error_text(refused.value) == "“Visit to KIST”은(는) 시작 시각(14:00)보다 늦게 끝나야 합니다."


def test_the_rows_an_import_would_add_read_in_korean(qtbot, workspace, tmp_path, korean):
    from PySide6.QtWidgets import QWidget

    from mission_planner.gui.dialogs.import_wizard import ImportWizard
    from mission_planner.gui.tasks import BackgroundTasks
    from tests.factories import full_record

    workspace.missions.add_record(full_record())
    path = tmp_path / "good.csv"
    path.write_text("Surname,First name,Nationality,Organisation,E-mail\nKaya,Ali,TR,MoIT,ali@example.org\n")
    host = QWidget()
    qtbot.addWidget(host)
    wizard = ImportWizard(workspace, "23-IP-99-GE-OSM-A", BackgroundTasks(host), host)
    qtbot.addWidget(wizard)
    wizard.set_path(path)
    wizard.show()
    wizard.next()
    lines = wizard.preview_page.line_list
    assert [lines.item(i).text() for i in range(lines.count())] == ["2행 추가: Ali Kaya (튀르키예)"]


def test_the_rule_set_editor_names_a_faulty_rule_in_korean(qtbot, korean):
    from decimal import Decimal

    from mission_planner.domain.budget import Rule, RuleSet, Split
    from mission_planner.domain.enums import Payer, SplitKind
    from mission_planner.gui.dialogs.rule_set_editor import RuleSetEditor

    shares = {Payer.APO: Decimal(60), Payer.HOST: Decimal(30)}
    rules = [
        Rule("per diem", Split(SplitKind.PAYER, Payer.APO)),
        Rule("honorarium", Split(SplitKind.SHARES, shares=shares)),
    ]
    editor = RuleSetEditor(RuleSet("r", "Ours", rules=rules))
    qtbot.addWidget(editor)
    assert editor.problems() == ["규칙 2: 분담 비율의 합이 100%가 아니라 90%입니다."]


def test_a_task_in_this_week_shows_both_its_lines_in_korean(qtbot, korean):
    """Hangul lines are measured shorter than they are drawn: without the extra room a row of This
    week cut off its second line, the task itself."""
    from datetime import date

    from PySide6.QtGui import QFontMetrics

    from mission_planner.gui.app import add_shipped_fonts
    from mission_planner.gui.views.this_week import ThisWeek
    from mission_planner.services import DueTask, MissionTask

    add_shipped_fonts()  # as the application does: the Hangul comes from the shipped font
    week = ThisWeek()
    qtbot.addWidget(week)
    week.resize(428, 200)
    week.show()
    task = DueTask("nominations_close", "", date(2026, 12, 14), "Nominations close: chase the missing ones")
    week.show_tasks(date(2026, 12, 7), [MissionTask("27-IP-05-GE-OSM-A", "uid", "연수단", task)])
    qtbot.waitExposed(week)
    text = week.list.item(0).text()
    assert text.startswith("2026년 12월 14일 · 27-IP-05-GE-OSM-A\n")
    row = week.list.visualItemRect(week.list.item(0))
    assert row.height() >= 2 * QFontMetrics(week.list.font()).lineSpacing()
