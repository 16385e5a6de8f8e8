"""The Project Notification of 21-IP-06-GE-OSM-B as a `Mission`: every field as the PN has it.

Source: seed 004, Ref. No. 21-IP-06-GE-OSM-B-PN2100065-003 of 29 September 2021. The revision
row, the emergency contacts and the notes are the demo's own.
"""

from __future__ import annotations

from datetime import date

from ...domain.enums import Modality, Scope
from ...domain.mission import CertificateRule, EmergencyContact, Mission, Revision
from .ids import demo_uid
from .staff import APO_PROGRAM_OFFICER, KPC_COORDINATOR, KPC_TECHNICAL_HOST

CODE = "21-IP-06-GE-OSM-B"
REF_NO = "21-IP-06-GE-OSM-B-PN2100065-003"

BACKGROUND = [
    "Data governance in the public sector is a whole-of-government approach to creating, protecting, using, "
    "managing, and sharing data as a strategic asset, enabling informed decisions that lead to better outcomes and "
    "services for citizens (OECD, 2019). Good data governance is therefore compulsory for governments that aim to "
    "become more data-driven as part of their digital strategy and initiatives. It extracts value from data and "
    "enables greater data access, sharing, and integration at the organizational level and beyond while increasing "
    "the overall productivity and accountability of the public sector.",
    "The collection of the processes, policies, and standards relating to data governance contributes to the "
    "responsible use of data for better governance. When all are in place and fully implemented, the benefits "
    "include improved decision making, cost reductions, enhanced data quality, and more effective compliance with "
    "better security standards. As the COVID-19 pandemic compels governments to pursue digital strategies more "
    "robustly, good data governance has become more necessary on digital government platforms and in online "
    "services.",
    "The 2020 global digital government ranking of the 193 UN members, which reflects the scope and quality of "
    "online services, status of telecommunication infrastructure, and human capacity in digitalization, ranked the "
    "Republic of Korea (ROK), Japan, and Singapore in the top 20 (UN E-Government Survey 2020: Digital Government "
    "in the Decade of Action for Sustainable Development). This means they have improved public service delivery; "
    "increased citizens' engagement; enhanced transparency, accountability, and inclusion; which ultimately made "
    "life better for all. These countries could therefore offer learning opportunities to other APO members in "
    "terms of digital or e-government initiatives, especially in aligning them with national development "
    "priorities and in meeting the Sustainable Development Goals for digital literacy (Goal 4), digital inclusion "
    "(Goals 5, 8, and 10), digital connectivity (Goal 9), and digital identity (Goal 16).",
    "This study mission will acquaint participants with the fundamentals and benefits of data governance, share "
    "best practices of data management in the public sector, and examine how good data governance enables the "
    "creation of coherent, successful programs and policy implementation by public-sector organizations.",
]

SCOPE_METHODOLOGY = """\
The duration of each day's sessions will be around three hours comprising presentations by experts, group \
discussions, and other relevant learning methods. The indicative topics of the presentations are:

Day 1:
- Introduction to data governance in the public sector
- Benefits and challenges of data governance in the public sector

Day 2:
- Linking data governance and productivity
- Cases of good data governance in the public sector of the ROK
- Group discussion

The detailed program and list of speakers will be provided two weeks prior to the sessions with announcement of \
the names of the selected participants.

The participants are required to attend all sessions. This full participation is a prerequisite for receiving \
the APO certificate of attendance."""


def notification() -> Mission:
    return Mission(
        demo_uid(f"mission/{CODE}"),
        CODE,
        "Multicountry Observational Study Mission on Data Governance in the Public Sector to Improve Productivity",
        date(2021, 11, 24),
        date(2021, 11, 25),
        timezone="Asia/Seoul",
        project_type="OSM",
        scope=Scope.MULTICOUNTRY,
        modality=Modality.DIGITAL,
        ref_no=REF_NO,
        date_of_issue=date(2021, 9, 29),
        host_country="KR",
        implementing_organizations=["Korea Productivity Center", "APO Secretariat"],
        all_member_countries=True,
        overseas_quota=57,
        local_quota=12,
        qualifications=(
            "Policymakers, government officials, and representatives of local government units and public-sector "
            "organizations working on digital and e-government infrastructure and programs, ICT governance and "
            "management systems, and public regulations on information systems and ICT"
        ),
        nomination_procedure="All nominations must be submitted through National Productivity Organizations of "
        "member countries",
        nomination_closing_date=date(2021, 11, 1),
        objectives=[
            "Analyze the fundamentals and benefits of data governance in the public sector.",
            "Share best practices of data management in the public sector for good decision making and enhancement "
            "of productivity.",
            "Examine how good data governance enables the creation of coherent, successful programs and policy "
            "implementation of public-sector organizations.",
        ],
        background="\n\n".join(BACKGROUND),
        scope_methodology=SCOPE_METHODOLOGY,
        financial_arrangements=[
            "The APO will meet the assignment costs of overseas resource persons and honorarium for up to two local "
            "resource persons.",
            "The host country will meet the costs for a virtual site visit(s), either broadcast live or recorded as "
            "applicable.",
        ],
        implementation_procedures="Please refer to the implementation procedures for APO digital multicountry "
        "projects circulated with this document.",
        signatory_name="Dr. AKP Mochtan",
        signatory_title="Secretary-General",
        reporting_currency="USD",
        certificate_rule=CertificateRule(),
        organization_name="Korea Productivity Center",
        emergency_contacts=[
            EmergencyContact(
                KPC_COORDINATOR.full_name, "KPC mission coordinator", KPC_COORDINATOR.phone, KPC_COORDINATOR.email
            ),
            EmergencyContact(
                KPC_TECHNICAL_HOST.full_name,
                "Technical support during the sessions (Zoom)",
                KPC_TECHNICAL_HOST.phone,
                KPC_TECHNICAL_HOST.email,
            ),
            EmergencyContact(
                APO_PROGRAM_OFFICER.full_name,
                "APO Secretariat, Tokyo",
                APO_PROGRAM_OFFICER.phone,
                APO_PROGRAM_OFFICER.email,
            ),
        ],
        notes=(
            "Demo mission: the Project Notification fields are those of the real PN; the revision, the detailed "
            "programme, the speakers, the participants and the amounts are invented."
        ),
        revisions=[
            Revision(
                1,
                date(2021, 10, 20),
                "3. Scope, Methodology, and Certificate of Attendance",
                "Daily sessions set at 13:00–16:00 Seoul time (UTC+9); a virtual site visit added on Day 2. "
                "(Invented for the demo.)",
            )
        ],
    )
