"""Nomination files and meeting reports, well-formed or not, as bytes: CSV text and XLSX built
from its XML by hand (so the XML can be as hostile as a file found on the internet)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from . import zips

HEADER = ("family_name", "given_name", "country", "organization", "email")
NOMINEE = ("Kaya", "Ayşe", "TR", "Ministry of Industry and Technology", "ayse.kaya@example.org")
ZOOM_HEADER = ("Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)")
ZOOM_ROW = ("Somchai Jaidee", "somchai@example.org", "08/14/2023 09:58:00 AM", "08/14/2023 12:01:00 PM", "123")


def csv_text(rows, separator: str = ",") -> str:
    return "".join(separator.join(_quoted(cell) for cell in row) + "\r\n" for row in rows)


def _quoted(cell: str) -> str:
    if any(ch in cell for ch in ',;\t"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}">'
    '<sheets><sheet name="Nominations" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{DOC_RELS}/styles" Target="styles.xml"/></Relationships>'
)
# Style 1 shows a number as a date, as Excel does for a date cell.
STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def column(index: int) -> str:
    """The letters of a zero-based column index (A, ..., Z, AA...)."""
    return get_column_letter(index + 1)


def sheet_rows(rows) -> str:
    """<row> elements of inline strings for `rows` of text."""
    out = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(
            f'<c r="{column(i)}{number}" t="inlineStr"><is><t>{escape(cell)}</t></is></c>' for i, cell in enumerate(row)
        )
        out.append(f'<row r="{number}">{cells}</row>')
    return "".join(out)


def sheet_xml(body: str, *, prolog: str = "", dimension: str | None = None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}">{dim}'
        f"<sheetData>{body}</sheetData></worksheet>"
    )


def xlsx_members(sheet: str) -> list[tuple[str, bytes]]:
    return [
        ("[Content_Types].xml", CONTENT_TYPES.encode()),
        ("_rels/.rels", PACKAGE_RELS.encode()),
        ("xl/workbook.xml", WORKBOOK.encode()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.encode()),
        ("xl/styles.xml", STYLES.encode()),
        ("xl/worksheets/sheet1.xml", sheet.encode()),
    ]


def xlsx(sheet: str) -> bytes:
    return zips.build(xlsx_members(sheet))


def nominations_xlsx(rows=(HEADER, NOMINEE)) -> bytes:
    return xlsx(sheet_xml(sheet_rows(rows)))
