from datetime import date

import pytest

from mission_planner.gui.formatting import (
    country_name,
    format_date_range,
    format_weekday_date,
    modality_text,
    weekday_abbreviation,
)


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (date(2023, 10, 24), date(2023, 10, 27), "24–27 Oct 2023"),
        (date(2023, 10, 24), date(2023, 10, 24), "24 Oct 2023"),
        (date(2023, 10, 30), date(2023, 11, 2), "30 Oct – 2 Nov 2023"),
        (date(2023, 12, 30), date(2024, 1, 2), "30 Dec 2023 – 2 Jan 2024"),
        (date(2023, 10, 24), date(2023, 10, 20), "24 Oct 2023"),  # an inverted range shows its start
    ],
)
def test_format_date_range(start, end, text):
    assert format_date_range(start, end) == text


def test_modality_words():
    assert [modality_text(m) for m in ("in_person", "digital", "hybrid")] == ["In person", "Digital", "Hybrid"]
    assert modality_text("something_new") == "something_new"


def test_country_names():
    assert country_name("KR") == "Republic of Korea"
    assert country_name("tr") == "Türkiye"
    assert country_name("GB") == "United Kingdom"
    assert country_name("ZZ") == "ZZ"
    assert country_name("") == ""


def test_weekday_dates():
    assert weekday_abbreviation(date(2023, 10, 24)) == "Tue"
    assert format_weekday_date(date(2023, 10, 29)) == "Sun 29 Oct 2023"
