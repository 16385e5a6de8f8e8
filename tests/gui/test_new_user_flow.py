"""The issue's walk-through, as a new user would do it in the window, against a real database:
create a mission, add a day with two presentations and a site visit, import a nomination file,
fix a conflict from the panel, export a pack, undo the last three edits."""

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox

from mission_planner.domain.enums import ItemKind
from mission_planner.domain.places import Site
from mission_planner.gui.dialogs.import_wizard import ImportWizard
from mission_planner.gui.dialogs.item_editor import ItemEditor
from mission_planner.gui.dialogs.new_mission import NewMissionDialog

CODE = "24-IP-40-GE-OSM-A"
NOMINATIONS = (
    "Surname;First name;Nationality;Organisation;Designation;E-mail\r\n"
    "Öztürk;Ayşe Gül;Türkiye;Cumhurbaşkanlığı;Uzman;ayse@example.org\r\n"
    "Nguyễn;Thị Hương;Viet Nam;VNPI;Researcher;huong@example.org\r\n"
    "김;민준;Republic of Korea;KPC;Manager;minjun@example.org\r\n"
)


def fill_item(kind, title, start, end, site=False):
    """What the user types into the item dialog; the dialog's own OK button must allow it."""

    def ask(cls, record, sites, day, item, parent=None):
        dialog = cls(record, sites, day, item, parent)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
        dialog.title_edit.setText(title)
        dialog.start.setTime(QTime(start.hour, start.minute))
        dialog.end.setTime(QTime(end.hour, end.minute))
        if site:
            dialog.site.setCurrentIndex(1)
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), dialog.problem.text()
        answer = dialog.result_day(), dialog.result_item()
        dialog.deleteLater()
        return answer

    return classmethod(ask)


def items(workspace):
    return {item.title: item for item in workspace.missions.load_record(CODE).items()}


def test_a_new_user_plans_a_day_imports_people_fixes_a_conflict_exports_and_undoes(
    qtbot, main_window, missions_workspace, monkeypatch, tmp_path
):
    window, ws = main_window, missions_workspace
    programme = window.details.programme
    ws.sites.save_site(Site("", "Smart Factory Demonstration Center", name_ko="스마트공장 실증센터", city="Ansan"))

    def new_mission(cls, parent=None, **options):
        dialog = cls(parent, today=date(2024, 6, 3), **options)
        dialog.code.setText(CODE)
        dialog.title_edit.setText("Smart Manufacturing Study Mission")
        dialog.end.setDate(dialog.start.date().addDays(2))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        ok.click()  # hands the mission to the window while the dialog is open
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.mission()

    monkeypatch.setattr(NewMissionDialog, "ask", classmethod(new_mission))
    window.new_mission_action.trigger()
    assert window.selected_mission().code == CODE and programme.code == CODE

    plan = [
        (ItemKind.PRESENTATION, "Productivity in Korea", time(9), time(10), False),
        (ItemKind.PRESENTATION, "Smart factories", time(9, 30), time(10, 30), False),  # a slip: overlaps
        (ItemKind.SITE_VISIT, "Visit to a smart factory", time(14), time(16), True),
    ]
    for kind, title, start, end, site in plan:
        monkeypatch.setattr(ItemEditor, "ask", fill_item(kind, title, start, end, site))
        programme.add_action.trigger()
    stored = items(ws)
    assert sorted(stored) == sorted(title for _k, title, *_ in plan)
    assert stored["Visit to a smart factory"].site_uid is not None
    assert {day.date for day in ws.missions.load_record(CODE).days} == {date(2024, 6, 3)}
    assert programme.conflicts.list.count() == 1, "the overlap shows before anyone is nominated"

    nominations = tmp_path / "nominations.csv"
    nominations.write_bytes(NOMINATIONS.encode("utf-8-sig"))

    def import_file(cls, parent, workspace, code, tasks):
        wizard = cls(workspace, code, tasks, parent)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.set_path(nominations)
        wizard.next()
        assert wizard.import_button().isEnabled(), wizard.preview_page.summary.text()
        with qtbot.waitSignal(wizard.sig_imported, timeout=20_000):
            wizard.import_button().click()
        return wizard.imported

    monkeypatch.setattr(ImportWizard, "ask", classmethod(import_file))
    tabs = window.details.tabs
    tabs.setCurrentWidget(window.details.people)
    window.details.people.import_button.click()
    assert len(ws.missions.load_record(CODE).participations) == 3
    assert window.details.people.model.rowCount() == 3

    tabs.setCurrentWidget(programme)
    panel = programme.conflicts
    assert panel.list.count() >= 1, "and still once people attend both presentations"
    panel.choose(0)
    assert set(programme.selected_uids()) == {stored["Productivity in Korea"].uid, stored["Smart factories"].uid}
    programme.select_items([stored["Smart factories"].uid])
    monkeypatch.setattr(ItemEditor, "ask", fill_item(ItemKind.PRESENTATION, "Smart factories", time(10), time(11)))
    programme.edit_action.trigger()
    assert items(ws)["Smart factories"].start == time(10)
    assert panel.list.count() == 0

    documents = window.details.documents
    documents.set_checked(["packs"])
    documents.export()
    qtbot.waitUntil(lambda: not documents.running, timeout=120_000)
    packs = list(documents.output_folder().rglob("*.pdf"))
    assert len(packs) == 3, documents.status.text()

    stack = window.undo_stack
    for _ in range(3):
        stack.undo()
    # Undone: the fix, the import and the site visit; the two presentations stay, overlapping again.
    assert sorted(items(ws)) == ["Productivity in Korea", "Smart factories"]
    assert items(ws)["Smart factories"].start == time(9, 30)
    assert ws.missions.load_record(CODE).participations == []
    assert window.selected_mission().code == CODE
    assert tabs.currentWidget() is programme, "the last undo was the programme's"
    assert programme.model.rowCount() == 2
    tabs.setCurrentWidget(window.details.people)
    assert window.details.people.model.rowCount() == 0
    for _ in range(3):
        stack.redo()
    assert sorted(items(ws)) == sorted(title for _k, title, *_ in plan)
    assert items(ws)["Smart factories"].start == time(10)
    assert {p.email for p in ws.missions.load_record(CODE).people} == {
        "ayse@example.org",
        "huong@example.org",
        "minjun@example.org",
    }
