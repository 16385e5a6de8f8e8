"""The window warns of a name with characters no font prints, naming the person and each character:
in the import wizard's summary and under the Documents tab's "Wrote to" after an export."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mission_planner.domain.enums import Role, Status
from mission_planner.domain.people import Participation, Person
from mission_planner.gui.dialogs.import_wizard import ImportWizard
from mission_planner.gui.tasks import BackgroundTasks
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
TURKIYE = "23-IP-12-GE-OSM-A"
CHEROKEE = "U+13E3 CHEROKEE LETTER TSA, U+13B3 CHEROKEE LETTER LA, U+13A9 CHEROKEE LETTER GI"


def test_the_import_summary_names_the_person_and_the_characters(qtbot, workspace, tmp_path):
    workspace.missions.add_record(full_record())
    host = QWidget()
    qtbot.addWidget(host)
    wizard = ImportWizard(workspace, CODE, BackgroundTasks(host), host)
    qtbot.addWidget(wizard)
    wizard.show()
    path = tmp_path / "n.csv"
    path.write_text(
        "Surname,First name,Nationality,Organisation,E-mail\n"
        "Sequoyah,ᏣᎳᎩ,Türkiye,Cherokee Nation,sequoyah@example.org\n"
        "Kaya,Ali,Türkiye,ᱥᱟ Institute,ali@example.org\n",
        encoding="utf-8",
    )
    wizard.set_path(path)
    wizard.next()
    assert wizard.preview_page.summary.text().splitlines() == [
        "2 to add, 0 to update, 0 unchanged.",
        f"⚠ ᏣᎳᎩ Sequoyah: the name has characters no font prints; they print as \ufffd: {CHEROKEE}",
        "⚠ Ali Kaya: the organization has characters no font prints; they print as \ufffd: "
        "U+1C65 OL CHIKI LETTER IS, U+1C5F OL CHIKI LETTER LAA",
    ]
    assert wizard.import_button().isEnabled()  # a warning, not a problem


def test_the_export_status_names_the_person_and_the_characters(qtbot, demo_window, demo_workspace):
    person = Person("x-sequoyah", "Sequoyah", "ᏣᎳᎩ", "TR", organization="Cherokee Nation")
    demo_workspace.people.add_person(TURKIYE, person, Participation(person.uid, Role.PARTICIPANT, Status.CONFIRMED))
    tab = demo_window.details.documents
    demo_window.details.tabs.setCurrentWidget(tab)
    tab.set_checked(["participants-pdf", "ics"])
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    lines = tab.status.text().splitlines()
    assert lines[0].startswith("Wrote to ")
    assert lines[-1] == f"⚠ ᏣᎳᎩ Sequoyah: the name has characters no font prints; they print as \ufffd: {CHEROKEE}"
