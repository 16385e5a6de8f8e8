"""Translations: English needs none; a missing catalogue leaves everything in English."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from mission_planner.gui.i18n import install_translators, remove_translators

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Mission Planner</source>
        <translation>미션 플래너</translation>
    </message>
</context>
</TS>
"""


def test_english_installs_nothing(qapp):
    assert install_translators(qapp, "en") == []


def test_korean_without_a_catalogue_stays_english(qapp, tmp_path):
    assert install_translators(qapp, "ko", folder=tmp_path) == []
    assert QCoreApplication.translate("MainWindow", "Mission Planner") == "Mission Planner"


def test_korean_catalogue_is_installed_with_qts_own(qapp, tmp_path):
    lrelease = shutil.which("pyside6-lrelease") or Path(sys.executable).with_name("pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    source = tmp_path / "mission_planner_ko.ts"
    source.write_text(TS, encoding="utf-8")
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "mission_planner_ko.qm")], check=True)
    translators = install_translators(qapp, "ko", folder=tmp_path)
    try:
        assert len(translators) == 2  # ours and qtbase_ko
        assert QCoreApplication.translate("MainWindow", "Mission Planner") == "미션 플래너"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "Mission Planner") == "Mission Planner"
