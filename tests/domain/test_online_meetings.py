"""How to join an online item, and whom to call: what the link carries and what is typed."""

from datetime import time

import pytest

from mission_planner.domain.enums import ItemKind
from mission_planner.domain.mission import EmergencyContact, Mission
from mission_planner.domain.online_meetings import joining, meeting_id_in, passcode_in
from mission_planner.domain.programme import Item
from mission_planner.services.export.day_notes import contact_strip


@pytest.mark.parametrize(
    ("url", "meeting_id", "passcode"),
    [
        ("https://us02web.zoom.us/j/81202111241?pwd=Zm9vYmFy", "812 0211 1241", ""),  # pwd is encoded, not typed
        ("https://zoom.us/j/8120211124", "812 021 1124", ""),
        ("https://zoom.us/wc/join/812021112", "812 021 112", ""),
        ("https://teams.microsoft.com/meet/234567890123?p=Ab12Cd", "234 567 890 123", "Ab12Cd"),
        ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", "", ""),
        ("https://meet.google.com/abc-defg-hij", "", ""),
        ("https://example.org/j/81202111241", "", ""),  # not a Zoom host
        ("not a link", "", ""),
    ],
)
def test_what_a_link_carries(url, meeting_id, passcode):
    assert (meeting_id_in(url), passcode_in(url)) == (meeting_id, passcode)


def test_a_typed_meeting_id_and_passcode_win_over_the_links():
    item = Item("i", ItemKind.PRESENTATION, "Talk", time(9), time(10), online_url="https://zoom.us/j/81202111241")
    assert joining(item).meeting_id == "812 0211 1241"
    item.meeting_id, item.passcode = "999 888 7777", "secret"
    assert (joining(item).meeting_id, joining(item).passcode) == ("999 888 7777", "secret")
    item.online_url = ""
    assert joining(item) is None


def _mission(*contacts: EmergencyContact) -> Mission:
    from datetime import date

    return Mission("m", "23-IP-01-GE-OSM-A", "T", date(2023, 1, 1), date(2023, 1, 2), emergency_contacts=list(contacts))


def test_the_contact_strip_finds_the_coordinator_and_the_24_hour_phone():
    desk = EmergencyContact("Front desk", "Hotel", "+82-2-555-0110")
    lee = EmergencyContact("Ji-young Lee", "KPC mission coordinator (24 hours)", "+82-10-5555-0121")
    assert contact_strip(_mission(desk, lee)).runs() == [
        ("Coordinator: ", "Ji-young Lee"),
        ("24-hour phone: ", "+82-10-5555-0121"),
    ]
    hotline = EmergencyContact("Duty officer", "24/7 line", "+82-10-5555-0999")
    plain = EmergencyContact("Ji-young Lee", "Coordinator", "+82-2-555-0121")
    assert contact_strip(_mission(plain, hotline)).runs() == [
        ("Coordinator: ", "Ji-young Lee, +82-2-555-0121"),
        ("24-hour phone: ", "+82-10-5555-0999 (Duty officer)"),
    ]
    assert contact_strip(_mission()).runs() == []
