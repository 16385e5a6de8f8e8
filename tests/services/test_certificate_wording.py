"""The APO certificate of attendance in the APO's own words: it names the Asian Productivity
Organization, the signatory's organization, and the host NPO as implementing organization, with
the articles the APO's texts use ("organized by the Ministry of Manpower of the Republic of
Indonesia and the APO Secretariat", seed news item of August 2023)."""

from __future__ import annotations

import dataclasses

from pypdf import PdfReader

from mission_planner.services.export.pdf.certificates import implementing_organizations, signatory_line
from mission_planner.services.export.pdf.words import organizations_in_words, with_the
from tests.factories import full_record

TURKIYE = "23-IP-12-GE-OSM-A"
GOVERNANCE = "21-IP-06-GE-OSM-B"


def first_page(path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_the_demo_certificate_names_the_apo_the_signatory_and_the_implementers(demo, tmp_path):
    target = tmp_path / "certificates.pdf"
    demo.documents.export(TURKIYE, "certificates-pdf", target)
    page = first_page(target)
    assert page.startswith("Asian Productivity Organization CERTIFICATE OF ATTENDANCE")
    signatory = demo.missions.load_record(TURKIYE).mission.signatory_name
    assert f"{signatory} Secretary-General, Asian Productivity Organization" in page
    assert "implemented by the Korea Productivity Center and the APO Secretariat." in page
    assert "Korea Productivity Center and APO Secretariat" not in page


def test_an_online_certificate_reads_as_one_sentence(demo, tmp_path):
    target = tmp_path / "certificates.pdf"
    demo.documents.export(GOVERNANCE, "certificates-pdf", target)
    page = first_page(target)
    assert (
        "held online, 24–25 November 2021, hosted by the Republic of Korea and implemented by the Korea "
        "Productivity Center and the APO Secretariat." in page
    )


def test_articles_and_the_host_npo_when_no_implementer_is_entered():
    assert with_the("Korea Productivity Center") == "the Korea Productivity Center"
    assert with_the("The Productivity Institute") == "The Productivity Institute"
    assert organizations_in_words(["Ministry of Manpower of the Republic of Indonesia", "APO Secretariat"]) == (
        "the Ministry of Manpower of the Republic of Indonesia and the APO Secretariat"
    )
    mission = dataclasses.replace(full_record().mission, implementing_organizations=[])
    assert implementing_organizations(mission) == ["Korea Productivity Center", "APO Secretariat"]
    assert signatory_line(mission) == "Secretary-General, Asian Productivity Organization"
    own = dataclasses.replace(mission, signatory_title="President, Korea Productivity Center")
    assert signatory_line(own) == "President, Korea Productivity Center"
