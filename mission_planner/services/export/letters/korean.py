"""Korean wording for the letters: dates, countries, the organization's Korean name, and the
topic particle after a name (은 after a final consonant, 는 after a vowel)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from babel import Locale

from ....domain.places import Site

_KOREAN = Locale("ko")
_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3  # 가 … 힣
_FINALS = 28  # each syllable block comes in 28 forms: no final consonant, or one of 27


def korean_date(day: date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일"


def korean_country(iso2: str) -> str:
    return str(_KOREAN.territories.get(iso2.upper(), iso2))


def korean_name(organization: str, sites: Iterable[Site]) -> str:
    """The organization's Korean name where the mission knows it (a site of the mission whose
    English name or acronym is the organization's name, as KPC is its own venue), else its name."""
    wanted = organization.casefold()
    for site in sites:
        if site.name_ko and wanted in (site.name_en.casefold(), site.acronym.casefold()):
            return site.name_ko
    return organization


def with_topic(name: str) -> str:
    """`name` with its topic particle: 한국생산성본부는, 한국과학기술연구원은; a name that does
    not end in Hangul (KPC, Korea Productivity Center) takes both, as Korean writing does: 은(는)."""
    last = name.rstrip()[-1:]
    if not last or not _FIRST_SYLLABLE <= ord(last) <= _LAST_SYLLABLE:
        return f"{name}은(는)"
    has_final = (ord(last) - _FIRST_SYLLABLE) % _FINALS != 0
    return f"{name}{'은' if has_final else '는'}"
