"""The QR code on a site sheet opens Kakao Map at the site's Korean address or name (Google Maps gives
no directions in Korea). The code is read back from the rendered page by zxing-cpp, as a phone's
camera would, not taken from our own code."""

from __future__ import annotations

import dataclasses
from urllib.parse import unquote

import pypdfium2
import zxingcpp

from mission_planner.domain.enums import ItemKind, Role
from mission_planner.domain.places import Site
from mission_planner.services.export.pdf.pack import map_url

TURKIYE = "23-IP-12-GE-OSM-A"


def decoded(path) -> list[str]:
    """The text of every QR code on every page."""
    found = []
    document = pypdfium2.PdfDocument(str(path))
    try:
        for page in document:
            image = page.render(scale=3).to_pil()
            found += [result.text for result in zxingcpp.read_barcodes(image)]
    finally:
        document.close()
    return found


def test_a_site_sheet_code_opens_kakao_map_at_the_korean_address(demo, tmp_path):
    record = demo.missions.load_record(TURKIYE)
    korean = {site.address_ko or site.name_ko for site in record.sites}
    target = tmp_path / "packs"
    demo.documents.export(TURKIYE, "packs", target)
    delegate = next(p for p in record.participations if p.role == Role.PARTICIPANT)
    pack = next(target.glob(f"*{delegate.person_uid[:8]}.pdf"))
    links = decoded(pack)
    visits = {i.site_uid for i in record.items() if i.kind == ItemKind.SITE_VISIT and i.site_uid}
    hotels = {stay.hotel_uid for stay in delegate.stays if stay.hotel_uid}
    office = {record.practical.host_office_uid} - {None, ""}  # the hotel and the office have taxi cards
    assert len(links) == len(visits) + len(hotels) + len(office)
    for link in links:
        assert link.startswith("https://map.kakao.com/link/search/"), link
        assert "google" not in link
        assert unquote(link.removeprefix("https://map.kakao.com/link/search/")) in korean


def test_without_a_korean_address_the_pin_then_the_english_address():
    site = Site("s", "Korea Institute of Science and Technology", acronym="KIST", address_ko="5 화랑로14길")
    assert map_url(site) == "https://map.kakao.com/link/search/5%20%ED%99%94%EB%9E%91%EB%A1%9C14%EA%B8%B8"
    named = dataclasses.replace(site, address_ko="", name_ko="한국과학기술연구원")
    assert (
        map_url(named)
        == "https://map.kakao.com/link/search/%ED%95%9C%EA%B5%AD%EA%B3%BC%ED%95%99%EA%B8%B0%EC%88%A0%EC%97%B0%EA%B5%AC%EC%9B%90"
    )
    pinned = dataclasses.replace(site, address_ko="", latitude=37.6, longitude=127.05, address_en="5 Hwarang-ro")
    assert map_url(pinned) == (
        "https://map.kakao.com/link/map/Korea%20Institute%20of%20Science%20and%20Technology%20%28KIST%29,37.6,127.05"
    )
    plain = dataclasses.replace(pinned, latitude=None, longitude=None)
    assert map_url(plain) == "https://map.kakao.com/link/search/5%20Hwarang-ro"
    assert map_url(dataclasses.replace(plain, address_en="")) == ""
