"""The shipped Korean translation: complete, up to date with the code, and shown by the window."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from mission_planner.gui.i18n import install_translators, remove_translators, translations_dir

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


@pytest.fixture
def korean(qapp):
    """Qt's and our Korean translators, installed app-wide for the test only."""
    translators = install_translators(qapp, "ko")
    assert len(translators) == 2, "mission_planner_ko.qm and Qt's qtbase_ko.qm should both load"
    yield translators
    remove_translators(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


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
