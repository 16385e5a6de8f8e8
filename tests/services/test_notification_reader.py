"""The notification reader on our own notifications in other layouts than ours, field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from mission_planner.services import read_notification
from mission_planner.services.imports.notification.mission_of import record_of

from . import notification_layouts as layouts

LAYOUTS = {
    "plain text, consecutive lines": layouts.plain_consecutive,
    "PDF in Times, label: value": layouts.pdf_label_lines,
    "PDF in Courier, two-column table": layouts.pdf_two_columns,
    "Word document": layouts.word_document,
}
SUFFIX = {"plain text, consecutive lines": ".txt", "Word document": ".docx"}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_field_read_from_another_layout(layout: str, tmp_path: Path) -> None:
    path = LAYOUTS[layout](tmp_path / f"notification{SUFFIX.get(layout, '.pdf')}")
    reading = read_notification(path)
    record = record_of(reading)
    mission = record.mission
    for name, expected in layouts.EXPECTED.items():
        assert getattr(mission, name) == expected, name
    assert reading.field("rule_set").doubt == "no_preset"  # no shipped preset quotes these arrangements
    assert record.rule_set is None
    assert mission.certificate_rule.require_all_items
    assert [len(day.items) for day in record.days] == [len(t) for t in layouts.TOPICS.values()]
    titles = [[item.title for item in day.items] for day in record.days]
    assert titles == list(layouts.TOPICS.values())
    assert {f.key for f in reading.fields if f.doubt} <= {"rule_set"}, [
        (f.key, f.doubt, f.text) for f in reading.fields if f.doubt
    ]


def test_every_field_keeps_the_words_it_came_from(tmp_path: Path) -> None:
    reading = read_notification(layouts.pdf_two_columns(tmp_path / "n.pdf"))
    assert reading.field("closing").source == "Closing Date for Nominations 15 September 2023"
    assert "Participating Country(ies)" in reading.field("participating").source


SEED_LIKE = """## PROJECT NOTIFICATION

Ref. No.: 21-IP-06-GE-OSM-B-PN2100065-003

<b>Date of Issue</b>\t29 September 2021
<b>Project Code</b>\t21-IP-06-GE-OSM-B
<b>Title</b>\tMulticountry Observational Study Mission on Data Governance in the Public Sector to Improve Productivity
<b>Timing and Duration</b>\t24–25 November 2021 (two days)
<b>Hosting Country(ies)</b>\tRepublic of Korea
<b>Modality</b>\tDigital Multicountry
<b>Implementing Organization(s)</b>\tKorea Productivity Center and APO Secretariat
<b>Participating Country(ies)</b>\tAll Member Countries
<b>Overseas Participants</b>\t57
<b>Local Participants</b>\t12
<b>Closing Date for Nominations</b>\t1 November 2021

## 1. Objectives

- a. Analyze the fundamentals and benefits of data governance in the public sector.
- b. Share best practices of data management in the public sector.

## 2. Background

Data governance in the public sector is a whole-of-government approach.

## 3. Scope, Methodology, and Certificate of Attendance

The indicative topics of the presentations are:

### Day 1:

- Introduction to data governance in the public sector

### Day 2:

- Linking data governance and productivity
- Group discussion

#### **4. Financial Arrangements**

- a. The APO will meet the assignment costs of overseas resource persons and honorarium
for up to two local resource persons.
- b. The host country will meet the costs for a virtual site visit(s), either broadcast live or recorded as applicable.

#### **5. Implementation Procedures**

Please refer to the implementation procedures for APO digital multicountry projects circulated with this document.

Dr. AKP Mochtan
Secretary-General
"""


def test_the_seeds_form_of_text(tmp_path: Path) -> None:
    """The seed notification's form (retyped in part): markup left by a converter, tab-parted
    labels, `- a.` entries; its financial arrangements are the verified preset's source."""
    path = tmp_path / "pn.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    reading = read_notification(path)
    record = record_of(reading)
    mission = record.mission
    assert (mission.code, mission.start_date.isoformat(), mission.end_date.isoformat()) == (
        "21-IP-06-GE-OSM-B",
        "2021-11-24",
        "2021-11-25",
    )
    assert (mission.modality, mission.scope, mission.host_country) == ("digital", "multicountry", "KR")
    assert mission.all_member_countries and (mission.overseas_quota, mission.local_quota) == (57, 12)
    assert mission.implementing_organizations == ["Korea Productivity Center", "APO Secretariat"]
    assert mission.objectives[1] == "Share best practices of data management in the public sector."
    assert reading.field("rule_set").text == "digital-multicountry"
    assert record.rule_set is not None and record.rule_set.status == "verified"
    assert [[i.title for i in d.items] for d in record.days] == [
        ["Introduction to data governance in the public sector"],
        ["Linking data governance and productivity", "Group discussion"],
    ]
    assert record.days[1].items[1].kind == "group_discussion"
    assert (mission.signatory_name, mission.signatory_title) == ("Dr. AKP Mochtan", "Secretary-General")
    assert reading.field("qualifications").doubt == "missing"


def test_doubtful_values_are_flagged_and_corrections_are_checked_again(tmp_path: Path) -> None:
    text = layouts.plain_consecutive(tmp_path / "n.txt").read_text(encoding="utf-8")
    text = text.replace("15 September 2023", "mid-September").replace("Viet Nam", "Atlantis")
    text = text.replace("(four days)", "(three days)")
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    reading = read_notification(tmp_path / "n.txt")
    assert reading.field("closing").doubt == "bad_date"
    assert (reading.field("participating").doubt, reading.field("participating").detail) == (
        "unknown_country",
        "Atlantis",
    )
    assert reading.field("timing").doubt == "duration_mismatch"
    fixed = reading.with_text("closing", "15 Sep 2023").with_text("participating", "Bangladesh; Viet Nam")
    assert fixed.field("closing").doubt == "" and fixed.field("participating").doubt == ""
    assert record_of(fixed).mission.participating_countries == ["BD", "VN"]


def test_a_missing_timing_is_named(tmp_path: Path) -> None:
    from mission_planner.errors import InputError

    text = layouts.plain_consecutive(tmp_path / "n.txt").read_text(encoding="utf-8")
    (tmp_path / "n.txt").write_text(text.replace("Timing and Duration", "When"), encoding="utf-8")
    reading = read_notification(tmp_path / "n.txt")
    assert reading.missing_required == ["timing"]
    with pytest.raises(InputError, match="no Timing and Duration found"):
        record_of(reading)


def test_label_and_value_on_one_line_of_a_pdf(tmp_path: Path) -> None:
    reading = read_notification(layouts.pdf_one_text_object(tmp_path / "n.pdf"))
    assert {key: reading.texts.get(key) for key in ("ref_no", "code", "title", "modality", "local", "closing")} == {
        "ref_no": layouts.HEADER[0][1],
        "code": layouts.HEADER[2][1],
        "title": layouts.HEADER[3][1],
        "modality": layouts.HEADER[6][1],
        "local": "6",
        "closing": "15 September 2023",
    }
    mission = record_of(reading).mission
    assert mission.implementing_organizations == ["Japan Productivity Center", "APO Secretariat"]
    assert mission.participating_countries == ["BD", "KH", "IR", "LA", "TR", "VN"]
    assert (mission.start_date, mission.end_date) == (layouts.EXPECTED["start_date"], layouts.EXPECTED["end_date"])


def test_a_label_inside_another_value_does_not_cut_it(tmp_path: Path) -> None:
    text = layouts.plain_consecutive(tmp_path / "n.txt").read_text(encoding="utf-8")
    qualifications = layouts.HEADER[11][1]
    text = text.replace(qualifications, qualifications + ";\nLocal participants may come from the host's cooperatives")
    (tmp_path / "n.txt").write_text(text, encoding="utf-8")
    reading = read_notification(tmp_path / "n.txt")
    assert reading.texts["local"] == "6"
    assert reading.texts["qualifications"].endswith("Local participants may come from the host's cooperatives")
