"""A coordinator types what the daily agenda and the itinerary print, in the window: an online
item's meeting ID and passcode, a resource person's biography, a security site's dress code.
Each is typed with the keyboard into the real dialog, and the documents written afterwards carry it."""

from __future__ import annotations

import re

from pypdf import PdfReader

from mission_planner.gui.dialogs.item_editor import ItemEditor
from mission_planner.gui.dialogs.person_editor import PersonEditor
from mission_planner.gui.dialogs.site_editor import SiteEditor
from tests.gui.test_coordinator_walkthrough import Steps, click, click_ok, tr, type_into, when

TURKIYE = "23-IP-12-GE-OSM-A"


def text_of(workspace, kind, folder) -> str:
    target = folder / f"{kind}.pdf"
    workspace.documents.export(TURKIYE, kind, target)
    return "\n".join(page.extract_text() or "" for page in PdfReader(target).pages)


def test_typing_the_agendas_fields_in_the_window_reaches_the_documents(qtbot, demo_window, demo_workspace, tmp_path):
    assert demo_window.selected_mission().code == TURKIYE
    record = demo_workspace.missions.load_record(TURKIYE)
    session = next(item for item in record.items() if item.title.startswith("Sharing session"))
    jung = next(person for person in record.people if person.family_name == "Jung")
    kist = next(site for site in record.sites if site.acronym == "KIST")
    steps = Steps()
    seen: dict[str, str] = {}

    # An online link for the sharing session: the ID comes from the link, the passcode is typed.
    programme = demo_window.details.programme
    demo_window.details.tabs.setCurrentWidget(programme)
    programme.select_items([session.uid])
    steps(2)  # the tab, the row

    def item(dialog: ItemEditor) -> None:
        type_into(dialog.online_url, "https://zoom.us/j/81202111241", steps)
        seen["placeholder"] = dialog.meeting_id.placeholderText()
        type_into(dialog.passcode, "774411", steps)
        dialog.grab().save(str(tmp_path / "item-editor.png"))
        click_ok(dialog, steps)

    when(ItemEditor, item)
    programme.edit_action.trigger()
    steps()
    assert seen["placeholder"] == tr("ItemEditor", "From the link: {id}").format(id="812 0211 1241")
    saved = next(i for i in demo_workspace.missions.load_record(TURKIYE).items() if i.uid == session.uid)
    assert (saved.online_url, saved.meeting_id, saved.passcode) == ("https://zoom.us/j/81202111241", "", "774411")

    # The resource person's biography.
    people = demo_window.details.people
    demo_window.details.tabs.setCurrentWidget(people)
    people.select_person(jung.uid)
    steps(2)

    def person(dialog: PersonEditor) -> None:
        dialog.biography.clear()  # select all, then type over it
        steps()
        type_into(dialog.biography, "Studies digital government in Sejong.", steps)
        click_ok(dialog, steps)

    when(PersonEditor, person)
    click(people.edit_button, steps)
    assert demo_workspace.people.person(TURKIYE, jung.uid)[0].biography == "Studies digital government in Sejong."

    # KIST's dress code.
    sites = demo_window.details.sites
    demo_window.details.tabs.setCurrentWidget(sites)
    sites.select_site(kist.uid)
    steps(2)

    def site(dialog: SiteEditor) -> None:
        dialog.dress_code.clear()  # select all, then type over it
        steps()
        type_into(dialog.dress_code, "Smart casual", steps)
        click_ok(dialog, steps)

    when(SiteEditor, site)
    sites.edit_action.trigger()
    steps()
    assert next(s for s in demo_workspace.sites.list_sites() if s.uid == kist.uid).dress_code == "Smart casual"

    agenda = text_of(demo_workspace, "daily-pdf", tmp_path)
    assert "Join online: https://zoom.us/j/81202111241" in agenda
    assert "Meeting ID: 812 0211 1241 · Passcode: 774411" in agenda
    assert "Dress code: Smart casual." in " ".join(agenda.split())
    itinerary = re.sub(r"\s+", " ", text_of(demo_workspace, "itinerary-pdf", tmp_path))
    assert "Studies digital government in Sejong." in itinerary
    assert steps.count == 18  # tab, row, Edit and the typing for each; said in the report
