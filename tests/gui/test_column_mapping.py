"""Column mapping in the import wizard, with real widgets offscreen, real files, a real database
and a QSettings file of the test's own (the user's settings are never touched)."""

import time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from mission_planner.domain.problems import ProblemCode
from mission_planner.gui.dialogs.column_mapping import MappingMemory, header_digest
from mission_planner.gui.dialogs.import_wizard import ImportWizard
from mission_planner.gui.import_problem_text import message_text
from mission_planner.gui.tasks import BackgroundTasks
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
HEADER = "Surname,First name,Nation,Organisation,E-mail,Remarks\n"
FIRST = HEADER + "Kaya,Ali,Türkiye,MoIT,ali@example.org,vegetarian\nDemir,Elif,TUR,TÜBİTAK,elif@example.org,\n"
SECOND = HEADER + "Aydın,Can,TR,KOSGEB,can@example.org,\n"


@pytest.fixture
def ws(workspace):
    workspace.missions.add_record(full_record())
    return workspace


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_wizard(qtbot, ws, settings):
    def made() -> ImportWizard:
        host = QWidget()
        qtbot.addWidget(host)
        wizard = ImportWizard(ws, CODE, BackgroundTasks(host), host, settings=settings)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return made


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def emails(ws):
    return {p.email for p in ws.missions.load_record(CODE).people}


def problems(page) -> list[str]:
    return [page.problem_list.topLevelItem(i).text(2) for i in range(page.problem_list.topLevelItemCount())]


def import_now(qtbot, wizard):
    with qtbot.waitSignal(wizard.sig_imported, timeout=10_000) as imported:
        wizard.import_button().click()
    return imported.args[0]


def test_a_header_is_mapped_then_the_next_file_with_the_same_headers_goes_through(
    qtbot, open_wizard, ws, tmp_path, settings
):
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "first.csv", FIRST))
    wizard.next()
    page, section = wizard.preview_page, wizard.preview_page.mapping_section
    assert section.isVisible() and section.table.isVisible() and not section.noted.isVisible()
    assert section.titles == ["Nation", "Remarks"]
    assert section.table.item(0, 0).text() == "Nation (C)"
    assert section.table.item(0, 1).text() == "Türkiye · TUR"
    assert section.combo("Nation").currentText() == "Ignore this column"
    assert section.missing.text() == "Still to choose: country."
    assert not wizard.import_button().isEnabled()
    assert problems(page) == ["the required column 'country' is missing"]

    combo = section.combo("Nation")
    combo.setCurrentIndex(combo.findData("country"))  # as a choice in the list does
    assert section.missing.isHidden()
    assert page.summary.text() == "2 to add, 0 to update, 0 unchanged."
    assert page.sheet_model.headerData(2, Qt.Orientation.Horizontal) == "Nation (C)\n→ country"
    assert page.sheet_model.headerData(5, Qt.Orientation.Horizontal) == "Remarks (F)\n(ignored)"
    assert wizard.import_button().isEnabled()
    assert import_now(qtbot, wizard).added == 2
    assert {"ali@example.org", "elif@example.org"} <= emails(ws)
    assert MappingMemory(settings).recall(["Surname", "First name", "Nation", "Organisation", "E-mail", "Remarks"]) == {
        "Nation": "country",
        "Remarks": None,
    }

    again = open_wizard()
    again.set_path(write(tmp_path, "second.csv", SECOND))
    again.next()
    section = again.preview_page.mapping_section
    assert section.noted.isVisible() and section.note.text() == "Columns mapped as last time."
    assert not section.table.isVisible()
    assert again.preview_page.summary.text() == "1 to add, 0 to update, 0 unchanged."
    assert again.import_button().isEnabled()
    section.change_button.click()  # a way to change them
    assert section.table.isVisible() and section.combo("Nation").currentData() == "country"
    assert import_now(qtbot, again).added == 1 and "can@example.org" in emails(ws)


def test_a_different_header_row_is_not_mapped_by_memory(open_wizard, tmp_path, settings):
    MappingMemory(settings).remember(
        ["Surname", "First name", "Nation", "Organisation", "E-mail"], {"Nation": "country"}
    )
    assert header_digest(["a", "b"]) != header_digest(["a,b"]) != header_digest(["ab"])
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "f.csv", FIRST))  # one more column: Remarks
    wizard.next()
    section = wizard.preview_page.mapping_section
    assert section.table.isVisible() and section.combo("Nation").currentData() is None
    assert not wizard.import_button().isEnabled()


def test_a_remembered_mapping_that_no_longer_fits_is_shown_to_change(open_wizard, tmp_path, settings):
    header = ["Surname", "First name", "Nation", "Organisation", "E-mail", "Remarks"]
    MappingMemory(settings).remember(header, {"Nation": "country", "Remarks": "country"})
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "f.csv", FIRST))
    wizard.next()
    section = wizard.preview_page.mapping_section
    assert section.table.isVisible() and not section.noted.isVisible()
    assert problems(wizard.preview_page) == ["the columns 'Nation', 'Remarks' all give 'country'; keep one"]
    section.choose("Remarks", None)
    assert wizard.import_button().isEnabled()


def test_two_columns_chosen_for_one_field_are_refused(open_wizard, tmp_path):
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "f.csv", FIRST))
    wizard.next()
    section = wizard.preview_page.mapping_section
    section.choose("Nation", "country")
    section.choose("Remarks", "country")
    assert problems(wizard.preview_page) == ["the columns 'Nation', 'Remarks' all give 'country'; keep one"]
    assert not wizard.import_button().isEnabled()
    section.choose("Remarks", "email")
    assert problems(wizard.preview_page) == ["the columns 'E-mail', 'Remarks' all give 'email'; keep one"]
    section.choose("Remarks", "dietary")
    assert wizard.import_button().isEnabled()


def test_a_file_whose_headers_are_all_recognised_shows_no_mapping(open_wizard, tmp_path):
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "f.csv", FIRST.replace("Nation", "Nationality").replace(",Remarks", "")))
    wizard.next()
    assert wizard.preview_page.mapping_section.isHidden() and wizard.import_button().isEnabled()


def test_the_korean_wizard_shows_the_mapping_in_korean(open_wizard, tmp_path, korean):
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "f.csv", FIRST))
    wizard.next()
    section = wizard.preview_page.mapping_section
    texts = [
        section.intro.text(),
        section.missing.text(),
        section.combo("Nation").currentText(),
        *(section.table.horizontalHeaderItem(i).text() for i in range(3)),
        *problems(wizard.preview_page),
    ]
    for text in texts:
        assert any("\uac00" <= ch <= "\ud7a3" for ch in text), text
    combo = section.combo("Nation")
    assert [combo.itemText(i) for i in range(combo.count())][:3] == ["이 열 무시", "성 (필수)", "이름 (필수)"]


def test_hostile_headers_stay_responsive_and_clear(qtbot, open_wizard, ws, tmp_path):
    titles = ["Surname", "First name", "", "", "Dup", "Dup", "Y" * 32_000] + [f"Extra {i}" for i in range(300)]
    titles += ["Organisation", "E-mail"]
    row = ["Kaya", "Ali", "", "TR", "a", "b", "c"] + ["x"] * 300 + ["MoIT", "ali@example.org"]
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "wide.csv", ",".join(titles) + "\n" + ",".join(row) + "\n"))
    started = time.perf_counter()
    wizard.next()
    opened = time.perf_counter() - started
    section = wizard.preview_page.mapping_section
    assert section.titles[:3] == ["", "Dup", "Y" * 32_000] and len(section.titles) == 303
    assert section.table.item(0, 0).text() == "(untitled) (C, D)"
    assert section.table.item(1, 0).text() == "Dup (E, F)"
    assert len(section.table.item(2, 0).text()) < 70  # the 32,000-character title is cut short
    # The wizard hands every unrecognised header a choice (ignored at first): what is left is the field.
    assert problems(wizard.preview_page) == ["the required column 'country' is missing"]
    assert section.missing.text() == "Still to choose: country."
    started = time.perf_counter()
    section.choose("", "country")  # both untitled columns: one field twice
    assert problems(wizard.preview_page) == ["the columns (untitled), (untitled) all give 'country'; keep one"]
    section.choose("", None)
    section.choose("Dup", None)
    section.choose("Y" * 32_000, None)
    assert not wizard.import_button().isEnabled()  # country is still missing
    per_choice = (time.perf_counter() - started) / 4
    assert opened < 3 and per_choice < 0.5, (opened, per_choice)
    print(f"303 unrecognised headers: page shown in {opened * 1000:.0f} ms, {per_choice * 1000:.0f} ms a choice")
    # Worded without the wizard's choices (as a caller without a mapping meets it), still one short line.
    text = message_text(ProblemCode.UNRECOGNISED_COLUMNS, {"headers": section.titles, "missing": ["country"]})
    assert len(text) < 600 and "(untitled), 'Dup', 'YYY" in text and "and 293 more" in text


def test_a_header_cell_of_a_megabyte_is_refused_clearly(open_wizard, tmp_path):
    wizard = open_wizard()
    wizard.set_path(write(tmp_path, "huge.csv", "Surname," + "Z" * 1_048_576 + "\nKaya,x\n"))
    wizard.next()
    page = wizard.preview_page
    assert page.mapping_section.isHidden() and not wizard.import_button().isEnabled()
    assert problems(page) == [
        "huge.csv: Row 1, column B: the cell holds 1,048,576 characters; a cell holds at most 32,767."
    ]
