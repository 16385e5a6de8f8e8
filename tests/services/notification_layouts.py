"""Notifications written in layouts other than ours, from one invented set of facts: reportlab
PDFs in other fonts (label and value on one line; a two-column table with wrapped labels and
values), a Word document made with python-docx, and plain text with labels and values on
consecutive lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

HEADER = [
    ("Ref. No.", "23-AG-05-GE-WSP-A-PN2300051-001"),
    ("Date of Issue", "3 August 2023"),
    ("Project Code", "23-AG-05-GE-WSP-A"),
    ("Title", "Multicountry Workshop on Smart Farming and Digital Extension Services for Higher Productivity"),
    ("Timing and Duration", "30 October – 2 November 2023 (four days)"),
    ("Hosting Country(ies)", "Tokyo, Japan"),
    ("Modality", "Face to Face Multicountry"),
    ("Implementing Organization(s)", "Japan Productivity Center; APO Secretariat"),
    ("Participating Country(ies)", "Bangladesh, Cambodia, IR Iran, Lao PDR, Türkiye and Viet Nam"),
    ("Overseas Participants", "Up to 18 qualified participants"),
    ("Local Participants", "6"),
    (
        "Qualifications of Participants",
        "Extension officers and managers of farmers' cooperatives working on digital advisory services",
    ),
    ("Nomination of Participants", "All nominations must be submitted through National Productivity Organizations"),
    ("Closing Date for Nominations", "15 September 2023"),
]
OBJECTIVES = [
    "Review how sensors and data platforms raise the productivity of small farms.",
    "Share models of digital extension services run by cooperatives and governments.",
    "Draft action plans for a pilot in each participating country.",
]
BACKGROUND = [
    "Small farms produce most of the food in the region, yet their productivity lags behind. Digital tools "
    "promise to narrow the gap when farmers can reach advice they trust.",
    "Japan has built extension services that combine field officers with data platforms; this workshop "
    "looks at what other members can adopt.",
]
INTRO = "The workshop comprises presentations, site visits and group work. The indicative topics are:"
TOPICS = {
    1: ["Smart farming in Japan: policy and practice", "Data platforms for extension services"],
    2: ["Site visit to a cooperative using field sensors"],
    3: ["Business models of digital advisory services", "Group discussion on pilots"],
    4: ["Presentation of action plans"],
}
CERTIFICATE = (
    "The participants are required to attend all sessions. This full participation is a prerequisite for "
    "receiving the APO certificate of attendance."
)
FINANCIAL = [
    "The APO will meet the international airfare of the overseas participants.",
    "The host country will meet the local implementation costs.",
]
IMPLEMENTATION = "Please refer to the implementation procedures for APO face-to-face projects."
SIGNATORY = ("Dr. Jane Example", "Secretary-General")

# What the reader should find, field by field.
EXPECTED = {
    "code": "23-AG-05-GE-WSP-A",
    "title": HEADER[3][1],
    "start_date": date(2023, 10, 30),
    "end_date": date(2023, 11, 2),
    "ref_no": HEADER[0][1],
    "date_of_issue": date(2023, 8, 3),
    "host_country": "JP",
    "venue_city": "Tokyo",
    "modality": "in_person",
    "scope": "multicountry",
    "implementing_organizations": ["Japan Productivity Center", "APO Secretariat"],
    "all_member_countries": False,
    "participating_countries": ["BD", "KH", "IR", "LA", "TR", "VN"],
    "overseas_quota": 18,
    "local_quota": 6,
    "qualifications": HEADER[11][1],
    "nomination_procedure": HEADER[12][1],
    "nomination_closing_date": date(2023, 9, 15),
    "objectives": OBJECTIVES,
    "background": "\n\n".join(BACKGROUND),
    "financial_arrangements": FINANCIAL,
    "implementation_procedures": IMPLEMENTATION,
    "signatory_name": SIGNATORY[0],
    "signatory_title": SIGNATORY[1],
    "project_type": "WSP",
    "timezone": "Asia/Tokyo",
}
LETTERS = "abcdefghij"


def scope_lines() -> list[str]:
    lines = [INTRO, ""]
    for day, titles in TOPICS.items():
        lines += [f"Day {day}:", *[f"- {t}" for t in titles], ""]
    return [*lines, CERTIFICATE]


def plain_consecutive(path: Path) -> Path:
    """Labels and values on consecutive lines; sections with `Objectives` headings unnumbered."""
    lines = ["PROJECT NOTIFICATION", ""]
    for label, value in reversed(HEADER):  # another order than the APO's
        lines += [label, value, ""]
    lines += ["Objectives", *[f"({LETTERS[i]}) {o}" for i, o in enumerate(OBJECTIVES)], ""]
    lines += ["Background", "", *[p + "\n" for p in BACKGROUND]]
    lines += ["Scope and Methodology", "", *scope_lines(), ""]
    lines += ["Financial Arrangements", *[f"{LETTERS[i]}) {f}" for i, f in enumerate(FINANCIAL)], ""]
    lines += ["Implementation Procedures", IMPLEMENTATION, "", *SIGNATORY]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _pdf_body(styles: dict, story: list) -> None:
    from reportlab.platypus import Paragraph, Spacer

    def para(text: str, style: str = "body") -> None:
        story.append(Paragraph(text, styles[style]))

    para("1. Objectives", "heading")
    for i, objective in enumerate(OBJECTIVES):
        para(f"{LETTERS[i]}. {objective}")
    para("2. Background", "heading")
    for paragraph in BACKGROUND:
        para(paragraph)
    para("3. Scope, Methodology, and Certificate of Attendance", "heading")
    para(INTRO)
    for day, titles in TOPICS.items():
        para(f"Day {day}:", "sub")
        for title in titles:
            para(f"• {title}", "bullet")
    story.append(Spacer(1, 6))
    para(CERTIFICATE)
    para("4. Financial Arrangements", "heading")
    for i, entry in enumerate(FINANCIAL):
        para(f"{LETTERS[i]}. {entry}")
    para("5. Implementation Procedures", "heading")
    para(IMPLEMENTATION)
    story.append(Spacer(1, 30))
    para(SIGNATORY[0], "sub")
    para(SIGNATORY[1], "sign")


def _styles(font: str, bold: str) -> dict:
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=font, fontSize=11, leading=13.5, spaceAfter=7)
    return {
        "body": body,
        "heading": ParagraphStyle("heading", parent=body, fontName=bold, fontSize=13, spaceBefore=10),
        "sub": ParagraphStyle("sub", parent=body, fontName=bold, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, spaceAfter=0),
        "sign": ParagraphStyle("sign", parent=body, spaceAfter=0),
    }


def pdf_label_lines(path: Path) -> Path:
    """Times: `Label: value` paragraphs, a line break typed inside the title."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = _styles("Times-Roman", "Times-Bold")
    story: list = [Paragraph("Project Notification", styles["heading"])]
    for label, value in HEADER:
        shown = value.replace("Digital Extension", "Digital<br/>Extension")
        story.append(Paragraph(f"<b>{label}:</b> {shown}", styles["body"]))
    _pdf_body(styles, story)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def pdf_two_columns(path: Path) -> Path:
    """Courier: the header as a two-column table with a narrow label column (labels wrap)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = _styles("Courier", "Courier-Bold")
    cell = styles["sign"]
    rows = [[Paragraph(label, cell), Paragraph(value, cell)] for label, value in HEADER]
    table = Table(rows, colWidths=[44 * mm, 120 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story: list = [Paragraph("PROJECT NOTIFICATION", styles["heading"]), table]
    _pdf_body(styles, story)
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    return path


def word_document(path: Path) -> Path:
    """python-docx: a header table, headings without numbers, numbered list paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading("Project Notification", level=1)
    table = document.add_table(rows=0, cols=2)
    for label, value in HEADER:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    document.add_heading("Objectives", level=2)
    for objective in OBJECTIVES:
        document.add_paragraph(objective, style="List Number")
    document.add_heading("Background", level=2)
    for paragraph in BACKGROUND:
        document.add_paragraph(paragraph)
    document.add_heading("Scope, Methodology, and Certificate of Attendance", level=2)
    document.add_paragraph(INTRO)
    for day, titles in TOPICS.items():
        document.add_paragraph(f"Day {day}:")
        for title in titles:
            document.add_paragraph(title, style="List Bullet")
    document.add_paragraph(CERTIFICATE)
    document.add_heading("Financial Arrangements", level=2)
    for entry in FINANCIAL:
        document.add_paragraph(entry, style="List Number")
    document.add_heading("Implementation Procedures", level=2)
    document.add_paragraph(IMPLEMENTATION)
    document.add_paragraph(f"{SIGNATORY[0]}\v{SIGNATORY[1]}".replace("\v", "\n"))
    document.save(str(path))
    return path


def pdf_one_text_object(path: Path) -> Path:
    """Helvetica, the header drawn as one text object: label and value on one line, the value
    moved to its column by the cursor (as word processors export a borderless table)."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    text = page.beginText(40, 800)
    text.setFont("Helvetica-Bold", 14)
    text.textLine("PROJECT NOTIFICATION")
    for label, value in HEADER:
        text.setFont("Helvetica-Bold", 8)
        text.textOut(label)
        text.moveCursor(150, 0)
        text.setFont("Helvetica", 8)
        text.textOut(value)
        text.moveCursor(-150, 14)
    page.drawText(text)
    page.save()
    return path
