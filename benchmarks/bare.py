"""The baselines: the bare libraries doing the same essential work as the application.

    python -m benchmarks.bare window
    python -m benchmarks.bare missions DB
    python -m benchmarks.bare pdf PAGES_PER_FILE...
    python -m benchmarks.bare ics ICS_FILE

Each prints one JSON line on stdout (`window` prints `first paint: N ms` instead, for the
parent to time, N by its own clock since the process started; `missions` prints the rows).
`ics` and the SQL baselines are also called in-process by `benchmarks.ours`, which
measures them beside the application in the same run.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def window() -> None:
    """A QMainWindow with a 100-row QTableWidget; `first paint` once it has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    main = QMainWindow()
    table = QTableWidget(100, 4)
    for row in range(100):
        for column in range(4):
            table.setItem(row, column, QTableWidgetItem(f"Row {row} column {column}"))
    main.setCentralWidget(table)
    main.resize(1280, 800)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                painted = time.perf_counter()
                QTimer.singleShot(
                    0, lambda: (print(f"first paint: {since_start(painted)} ms", flush=True), app.exit(0))
                )
            return False

    probe = FirstPaint()
    main.installEventFilter(probe)
    main.show()
    sys.exit(app.exec())


def since_start(moment: float) -> int:
    """Milliseconds from the process's start to `moment`, as the application's --smoke counts
    them (imported after the paint, so the window's own time does not include it)."""
    from mission_planner.gui.startup import process_start_time

    return round((moment - process_start_time()) * 1000)


def missions(db: str) -> None:
    """What `missions` prints, read with the standard library: one line a mission with its people."""
    import sqlite3

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    query = (
        "SELECT m.code, m.start_date, m.end_date, m.modality, COALESCE(p.n, 0), m.title, m.archived"
        " FROM mission m LEFT JOIN (SELECT mission_id, COUNT(id) AS n FROM participation GROUP BY mission_id) p"
        " ON p.mission_id = m.id ORDER BY m.start_date DESC, m.code"
    )
    for code, start, end, modality, people, title, archived in connection.execute(query):
        print(f"{code}  {start}..{end}  {modality:<9}  {people:>4} people  {title}{'  (archived)' if archived else ''}")
    connection.close()


def pdf(pages_per_file: list[int]) -> dict:
    """Files of the given page counts, with the packs' embedded TTF, paragraphs and tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("BareSans", str(FONTS / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("BareSans-Bold", str(FONTS / "NotoSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="BareSans", fontSize=9.5, leading=12.5)
    heading = ParagraphStyle("heading", fontName="BareSans-Bold", fontSize=15, leading=19, spaceAfter=6)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for number, pages in enumerate(pages_per_file):
            story = []
            for page in range(pages):
                story.append(Paragraph(f"Study Mission on Digital Government — page {page + 1}", heading))
                story.append(
                    Paragraph(
                        "Welcome to the Republic of Korea. This page lists your programme, your hotel and "
                        "the people to call; please keep it with you during the mission. " * 2,
                        body,
                    )
                )
                rows = [[Paragraph(text, body) for text in ("Date", "Time", "Item", "Place")]]
                for line in range(12):
                    rows.append(
                        [
                            Paragraph(text, body)
                            for text in (
                                f"Mon 1{line % 9} Jan",
                                "09:00–10:00",
                                f"Presentation {line + 1}: productivity in the public sector",
                                "Korea Productivity Center, 32 Saemunan-ro, Seoul",
                            )
                        ]
                    )
                table = Table(rows, colWidths=[28 * mm, 24 * mm, 70 * mm, 48 * mm], repeatRows=1)
                table.setStyle(
                    TableStyle([("GRID", (0, 0), (-1, -1), 0.3, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
                )
                story += [table, PageBreak()]
            SimpleDocTemplate(str(Path(folder) / f"bare{number}.pdf"), pagesize=A4).build(story[:-1])
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "pages": sum(pages_per_file)}


def ics_events(ics_file: Path) -> tuple[dict, list[dict]]:
    """The calendar's and events' fields of an ICS file, as plain values to build again."""
    from icalendar import Calendar

    calendar = Calendar.from_ical(ics_file.read_bytes())
    head = {name: str(calendar[name]) for name in ("PRODID", "X-WR-CALNAME", "X-WR-TIMEZONE")}
    events = []
    for event in calendar.walk("VEVENT"):
        fields = {
            "uid": str(event["UID"]),
            "sequence": int(event.get("SEQUENCE", 0)),
            "dtstart": event["DTSTART"].dt,
            "dtend": event["DTEND"].dt,
            "summary": str(event["SUMMARY"]),
            "categories": [str(c) for c in event["CATEGORIES"].cats],
        }
        for name in ("LOCATION", "DESCRIPTION", "URL"):
            if name in event:
                fields[name.lower()] = str(event[name])
        if "GEO" in event:
            fields["geo"] = (event["GEO"].latitude, event["GEO"].longitude)
        if "ORGANIZER" in event:
            fields["organizer"] = str(event["ORGANIZER"])
        events.append(fields)
    return head, events


def build_ics(head: dict, events: list[dict], zone: str, stamp) -> bytes:
    """The bare icalendar work: a calendar, its VTIMEZONE, every event with its fields, serialised."""
    from datetime import date

    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", head["PRODID"])
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", head["X-WR-CALNAME"])
    calendar.add("x-wr-timezone", head["X-WR-TIMEZONE"])
    first = min(e["dtstart"] for e in events)
    calendar.add_component(_zone(zone, first.year - 1, first.year + 2, date))
    for fields in events:
        event = Event()
        event.add("uid", fields["uid"])
        event.add("dtstamp", stamp)
        for name in ("sequence", "dtstart", "dtend", "summary", "location", "geo", "description", "url", "categories"):
            if name in fields:
                event.add(name, fields[name])
        event.add("transp", "OPAQUE")
        if "organizer" in fields:
            event.add("organizer", fields["organizer"])
        calendar.add_component(event)
    return calendar.to_ical()


_ZONES: dict = {}


def _zone(zone: str, first: int, last: int, date):
    # Made once per process, as the application does: it is the same component every time.
    from icalendar import Timezone

    key = (zone, first, last)
    if key not in _ZONES:
        _ZONES[key] = Timezone.from_tzid(zone, first_date=date(first, 1, 1), last_date=date(last, 12, 31))
    return _ZONES[key]


def main() -> None:
    figure = sys.argv[1]
    if figure == "window":
        window()
    elif figure == "missions":
        missions(sys.argv[2])
    elif figure == "pdf":
        print(json.dumps(pdf([int(n) for n in sys.argv[2:]])))
    else:
        raise SystemExit(f"unknown baseline {figure}")


if __name__ == "__main__":
    main()
