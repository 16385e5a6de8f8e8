"""Countries: resolve what spreadsheets write (APO names, English names, ISO codes) and give a
country's main time zone. APO member names come from the domain; the rest from pycountry and
the IANA zone table shipped with tzdata.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..domain.countries import APO_MEMBERS, APO_NAME_ALIASES, member


def _key(text: str) -> str:
    return " ".join(text.replace(".", " ").casefold().split())


@cache
def _names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name", "alpha_2", "alpha_3"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(_key(value), country.alpha_2)
    for alias, iso2 in APO_NAME_ALIASES.items():
        names[_key(alias)] = iso2
    for apo in APO_MEMBERS:
        names[_key(apo.apo_name)] = apo.iso2
        names[_key(apo.english_name)] = apo.iso2
    return names


def resolve_country(text: str) -> str | None:
    """The ISO 3166 alpha-2 code for `Türkiye`, `Turkey`, `TR`, `TUR`..., or None."""
    return _names().get(_key(text)) if text.strip() else None


def country_name(iso2: str) -> str:
    """The APO's name for a member, else the English name, else the code itself."""
    known = member(iso2)
    if known:
        return known.apo_name
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return iso2
    return str(getattr(country, "common_name", None) or getattr(country, "name", iso2))


@cache
def _zone_table() -> dict[str, str]:
    first: dict[str, str] = {}
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            iso2, _, zone = line.split("\t")[:3]
            first.setdefault(iso2, zone)
    return first


def country_timezone(iso2: str) -> str | None:
    """The main IANA zone of a country: the APO member's, else the first listed for it."""
    known = member(iso2)
    return known.timezone if known else _zone_table().get(iso2.upper())
