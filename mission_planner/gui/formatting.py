"""Values turned into the words a coordinator reads: date ranges, modalities, countries.

Patterns and words go through `QCoreApplication.translate`, so a translation can reorder them
("2023년 10월 24–27일") without code changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication

from ..services import country_name as english_country_name


def month_abbreviation(month: int) -> str:
    names = (
        QCoreApplication.translate("Formatting", "Jan"),
        QCoreApplication.translate("Formatting", "Feb"),
        QCoreApplication.translate("Formatting", "Mar"),
        QCoreApplication.translate("Formatting", "Apr"),
        QCoreApplication.translate("Formatting", "May"),
        QCoreApplication.translate("Formatting", "Jun"),
        QCoreApplication.translate("Formatting", "Jul"),
        QCoreApplication.translate("Formatting", "Aug"),
        QCoreApplication.translate("Formatting", "Sep"),
        QCoreApplication.translate("Formatting", "Oct"),
        QCoreApplication.translate("Formatting", "Nov"),
        QCoreApplication.translate("Formatting", "Dec"),
    )
    return names[month - 1]


def format_date(day: date) -> str:
    return QCoreApplication.translate("Formatting", "{day} {month} {year}").format(
        day=day.day, month=month_abbreviation(day.month), year=day.year
    )


def weekday_abbreviation(day: date) -> str:
    names = (
        QCoreApplication.translate("Formatting", "Mon"),
        QCoreApplication.translate("Formatting", "Tue"),
        QCoreApplication.translate("Formatting", "Wed"),
        QCoreApplication.translate("Formatting", "Thu"),
        QCoreApplication.translate("Formatting", "Fri"),
        QCoreApplication.translate("Formatting", "Sat"),
        QCoreApplication.translate("Formatting", "Sun"),
    )
    return names[day.weekday()]


def format_weekday_date(day: date) -> str:
    """`Tue 24 Oct 2023`."""
    return QCoreApplication.translate("Formatting", "{weekday} {date}").format(
        weekday=weekday_abbreviation(day), date=format_date(day)
    )


def format_date_range(start: date, end: date) -> str:
    """`24–27 Oct 2023`, `30 Oct – 2 Nov 2023`, `30 Dec 2023 – 2 Jan 2024`, or one day."""
    if end <= start:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        pattern = QCoreApplication.translate("Formatting", "{start_day}–{end_day} {end_month} {end_year}")
    elif start.year == end.year:
        pattern = QCoreApplication.translate(
            "Formatting", "{start_day} {start_month} – {end_day} {end_month} {end_year}"
        )
    else:
        pattern = QCoreApplication.translate(
            "Formatting", "{start_day} {start_month} {start_year} – {end_day} {end_month} {end_year}"
        )
    return pattern.format(
        start_day=start.day,
        start_month=month_abbreviation(start.month),
        start_year=start.year,
        end_day=end.day,
        end_month=month_abbreviation(end.month),
        end_year=end.year,
    )


def modality_text(modality: str) -> str:
    """The stored modality (`in_person`, `digital`, `hybrid`) in words."""
    words = {
        "in_person": QCoreApplication.translate("Modality", "In person"),
        "digital": QCoreApplication.translate("Modality", "Digital"),
        "hybrid": QCoreApplication.translate("Modality", "Hybrid"),
    }
    return words.get(str(modality), str(modality))


def scope_text(scope: str) -> str:
    """The stored scope (`multicountry`, `individual_country`, `bilateral`) in words."""
    words = {
        "multicountry": QCoreApplication.translate("Scope", "Multicountry"),
        "individual_country": QCoreApplication.translate("Scope", "Individual country"),
        "bilateral": QCoreApplication.translate("Scope", "Bilateral"),
    }
    return words.get(str(scope), str(scope))


def window_language() -> str:
    """The language the window speaks (`en`, `ko`): each catalogue translates this marker to its
    own code, so the answer follows the translators installed, not the system's locale."""
    return QCoreApplication.translate("Language", "en")


@cache
def _territory_names(language: str) -> Mapping[str, str]:
    from babel import Locale

    return Locale.parse(language).territories


def country_name(iso2: str) -> str:
    """A country in the window's language, by ISO code: CLDR's territory name (through babel) in a
    translated window; in English the APO name of a member economy (`Republic of Korea`), else
    the English name; a code nobody knows as it is."""
    if not iso2:
        return iso2
    language = window_language()
    if language != "en":
        name = _territory_names(language).get(iso2.upper())
        if name:
            return name
    return english_country_name(iso2)
