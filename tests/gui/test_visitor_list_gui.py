"""Visitor lists from the Documents tab, and the romanised name in the person editor."""

import os
import stat

from pypdf import PdfReader
from PySide6.QtCore import Qt

from mission_planner.domain.people import Participation, Person
from mission_planner.gui.dialogs.person_editor import PersonEditor

TURKIYE = "23-IP-12-GE-OSM-A"


def test_the_documents_tab_writes_one_private_list_per_security_site(qtbot, demo_window, tmp_path):
    tab = demo_window.details.documents
    demo_window.details.tabs.setCurrentWidget(tab)
    tab.set_checked(["visitor-list"])
    assert not tab.personal_data.isChecked()  # the list carries passport data whatever is ticked

    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)

    written = tmp_path / "documents" / TURKIYE / f"{TURKIYE}-visitor-list-KIST.pdf"
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    text = "\n".join(page.extract_text() for page in PdfReader(str(written)).pages)
    assert "CONFIDENTIAL" in text and "U90000011" in text and "14 Mar 1979" in text
    assert written.name in tab.status.text()
    assert "passport data missing for Ji-young Lee" in tab.status.text()
    assert tab.status_icon.isVisibleTo(tab)


def test_the_person_editor_keeps_the_name_as_in_the_passport(qtbot):
    person = Person("p1", "शर्मा", "सीता", "IN", organization="NPC India", email="sita@example.org")
    dialog = PersonEditor(person, Participation(person.uid))
    qtbot.addWidget(dialog)

    dialog.romanized_family.setText("  SHARMA ")
    dialog.romanized_given.setText("SITA")

    edited = dialog.person()
    assert (edited.romanized_family_name, edited.romanized_given_name) == ("SHARMA", "SITA")
    assert edited.family_name == "शर्मा"


def test_the_people_table_sorts_names_by_collation_and_romanised_names(qtbot, demo_window):
    people = demo_window.details.people
    demo_window.details.tabs.setCurrentWidget(people)
    people.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model = people.table.model()

    names = [model.index(row, 0).data() for row in range(model.rowCount())]

    # Family names: Çelik with the Cs, Kılıç before Lee, Öztürk before Şahin before Yılmaz.
    families = ["İbrahim Çelik", "Mehmet Emre Güneş", "Oğuz Kılıç", "Ayşegül Öztürk", "Gökçe Şahin", "Şule Yılmaz"]
    assert [name for name in names if name in families] == families
