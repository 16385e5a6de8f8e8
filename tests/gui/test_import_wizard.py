"""The nomination import wizard against a real database: preview, dry run, problems, import."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mission_planner.domain.limits import MAX_PROBLEMS_COLLECTED
from mission_planner.gui.dialogs.import_wizard import ImportWizard
from mission_planner.gui.tasks import BackgroundTasks
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"

GOOD = (
    "Surname;First name;Nationality;Organisation;Designation;E-mail\r\n"
    "Öztürk;Ayşe Gül;Türkiye;Cumhurbaşkanlığı;Uzman;ayse@example.org\r\n"
    ";;;;;\r\n"
    "Doğan;İsmail;TUR;TÜBİTAK;Head of R&D;ismail@example.org\r\n"
)
BAD = (
    "Surname,First name,Nationality,Organisation,Designation,E-mail\n"
    "Yılmaz,Şule,Türkiye,TÜBİTAK,Expert,sule@example.org\n"
    "Doğan,İsmail,Atlantis,KOSGEB,Head,ismail@example.org\n"
    "Kaya,Ali,TR,MoIT,Expert,x@\n"
)


@pytest.fixture
def ws(workspace):
    workspace.missions.add_record(full_record())
    return workspace


@pytest.fixture
def wizard(qtbot, ws):
    host = QWidget()
    qtbot.addWidget(host)
    made = ImportWizard(ws, CODE, BackgroundTasks(host), host)
    qtbot.addWidget(made)
    made.show()
    return made


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def emails(ws):
    return {p.email for p in ws.missions.load_record(CODE).people}


def preview(wizard) -> list[list[str]]:
    model = wizard.preview_page.sheet_model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_file_page_is_complete_only_with_an_existing_file(wizard, tmp_path):
    page = wizard.file_page
    assert not page.isComplete()
    wizard.set_path(tmp_path / "missing.csv")
    assert not page.isComplete()
    wizard.set_path(write(tmp_path, "n.csv", GOOD))
    assert page.isComplete()


def test_a_good_file_is_previewed_then_imported(qtbot, wizard, ws, tmp_path):
    wizard.set_path(write(tmp_path, "n.csv", GOOD))
    wizard.next()
    page = wizard.preview_page
    model = page.sheet_model
    assert preview(wizard) == [
        ["Öztürk", "Ayşe Gül", "Türkiye", "Cumhurbaşkanlığı", "Uzman", "ayse@example.org"],
        ["Doğan", "İsmail", "TUR", "TÜBİTAK", "Head of R&D", "ismail@example.org"],
    ]
    # The spreadsheet's own row numbers (the blank row 3 is skipped) and its header.
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["2", "4"]
    assert model.headerData(5, Qt.Orientation.Horizontal) == "E-mail (F)"
    assert page.summary.text() == "2 to add, 0 to update, 0 unchanged."
    assert page.line_list.count() == 2 and page.line_list.item(0).text().startswith("add    row 2: Ayşe Gül Öztürk")
    assert "ayse@example.org" not in emails(ws)  # a dry run only

    assert wizard.import_button().isEnabled()
    with qtbot.waitSignal(wizard.sig_imported, timeout=10_000) as imported:
        wizard.import_button().click()
    assert (imported.args[0].added, imported.args[0].dry_run) == (2, False)
    assert {"ayse@example.org", "ismail@example.org"} <= emails(ws)
    assert wizard.result() == ImportWizard.DialogCode.Accepted and wizard.imported.added == 2


def test_the_summary_warns_of_nominees_from_economies_not_invited(wizard, tmp_path):
    uninvited = GOOD + "Li;Wei;China;Ministry;Director;li.wei@example.cn\r\n"
    wizard.set_path(write(tmp_path, "n.csv", uninvited))
    wizard.next()
    page = wizard.preview_page
    assert page.summary.text().splitlines() == [
        "3 to add, 0 to update, 0 unchanged.",
        "⚠ Nominated from China, which is not among the participating countries of the Project Notification: Wei Li.",
    ]
    assert wizard.import_button().isEnabled()  # a warning, not a problem


def test_a_bad_file_lists_every_problem_marks_its_cells_and_imports_nothing(wizard, ws, tmp_path):
    before = ws.missions.load_record(CODE, with_identity=True)
    wizard.set_path(write(tmp_path, "bad.csv", BAD))
    wizard.next()
    page = wizard.preview_page
    problems = page.problem_list
    listed = [[problems.topLevelItem(i).text(c) for c in range(3)] for i in range(problems.topLevelItemCount())]
    assert listed == [
        ["3", "Nationality (column C)", "'Atlantis' is not a known country"],
        ["4", "E-mail (column F)", "'x@' is not an email address"],
    ]
    assert page.summary.text().startswith("2 problems to correct")
    model = page.sheet_model
    assert len(preview(wizard)) == 3  # the rows are shown, good and bad
    marked = {(r, c) for r in range(model.rowCount()) for c in range(model.columnCount()) if model.mark_at(r, c)}
    assert marked == {(1, 2), (2, 5)}
    assert model.index(2, 5).data(Qt.ItemDataRole.ToolTipRole) == "'x@' is not an email address"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    problems.setCurrentItem(problems.topLevelItem(1))  # a problem shows its cell
    assert (page.preview.currentIndex().row(), page.preview.currentIndex().column()) == (2, 5)

    assert not wizard.import_button().isEnabled()
    wizard.accept()  # even asked directly, nothing happens
    assert wizard.isVisible() and wizard.imported is None
    assert ws.missions.load_record(CODE, with_identity=True) == before


def test_a_file_without_a_required_column_says_so(wizard, ws, tmp_path):
    wizard.set_path(write(tmp_path, "short.csv", "Surname,First name\nKaya,Ali\n"))
    wizard.next()
    listed = [wizard.preview_page.problem_list.topLevelItem(i).text(2) for i in range(3)]
    assert "the required column 'country' is missing" in listed
    assert not wizard.import_button().isEnabled()


def test_going_back_and_choosing_a_good_file_enables_import(wizard, tmp_path):
    wizard.set_path(write(tmp_path, "bad.csv", BAD))
    wizard.next()
    assert not wizard.import_button().isEnabled()
    wizard.back()
    wizard.set_path(write(tmp_path, "good.csv", GOOD))
    wizard.next()
    assert wizard.import_button().isEnabled()
    assert wizard.preview_page.problem_list.isHidden() and not wizard.preview_page.line_list.isHidden()


def test_a_file_with_thousands_of_problems_lists_those_collected_and_counts_them_all(wizard, ws, tmp_path):
    rows = "".join(f"Kaya{n},Ali,Atlantis,MoIT,Expert,x{n}@\n" for n in range(1500))
    wizard.set_path(
        write(tmp_path, "many.csv", "Surname,First name,Nationality,Organisation,Designation,E-mail\n" + rows)
    )
    wizard.next()
    page = wizard.preview_page
    assert page.problem_list.topLevelItemCount() == MAX_PROBLEMS_COLLECTED
    assert page.summary.text() == (
        "3,000 problems to correct in the file; nothing is imported until then. The first 1,000 are listed."
    )
    assert not wizard.import_button().isEnabled()


def test_replacing_identity_data_of_someone_in_another_mission_is_asked_first(qtbot, wizard, ws, tmp_path, monkeypatch):
    from tests.factories import online_record

    ws.missions.add_record(online_record())
    header = "Surname,First name,Nationality,Organisation,E-mail,Passport number\n"
    ws.people.import_delegates(
        "21-IP-90-GE-OSM-B", write(tmp_path, "first.csv", header + "Kaya,Ali,TR,MoIT,ali@example.org,U1\n")
    )
    asked = []
    monkeypatch.setattr(
        ImportWizard, "ask_identity_update", staticmethod(lambda parent, changes: asked.append(changes) or False)
    )
    wizard.set_path(write(tmp_path, "n.csv", header + "Kaya,Ali,TR,MoIT,ali@example.org,U2\n"))
    wizard.next()
    lines = [wizard.preview_page.line_list.item(i).text() for i in range(wizard.preview_page.line_list.count())]
    assert "identity would replace: Ali Kaya (passport number; also in 21-IP-90-GE-OSM-B)" in lines

    wizard.import_button().click()  # answered No: nothing is imported, the wizard stays open
    assert [str(change) for change in asked[0]] == ["Ali Kaya (passport number; also in 21-IP-90-GE-OSM-B)"]
    assert "ali@example.org" not in emails(ws) and wizard.imported is None

    monkeypatch.setattr(ImportWizard, "ask_identity_update", staticmethod(lambda parent, changes: True))
    with qtbot.waitSignal(wizard.sig_imported, timeout=10_000):
        wizard.import_button().click()
    [ali] = [p for p in ws.missions.load_record(CODE, with_identity=True).people if p.email == "ali@example.org"]
    assert ali.identity.passport_number == "U2"
