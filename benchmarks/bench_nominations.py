"""Nomination import of 500 rows, against the bare csv module reading the same file.

python -m benchmarks.bench_nominations
"""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

from mission_planner.services import open_workspace
from tests.factories import full_record

ROWS = 500
NAMES = [
    ("Yılmaz", "Şule", "Türkiye"),
    ("Nguyễn", "Thị Hương", "Viet Nam"),
    ("김", "민준", "KR"),
    ("สมชาย", "ใจดี", "Thailand"),
    ("رضایی", "مریم", "IR Iran"),
    ("Бат", "Болд", "MNG"),
]


def write_file(path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            ["Surname", "First name", "Nationality", "Organisation", "Designation", "E-mail", "Date of birth"]
        )
        for n in range(ROWS):
            family, given, country = NAMES[n % len(NAMES)]
            writer.writerow([f"{family}{n}", given, country, "NPO", "Officer", f"p{n}@example.org", "24/10/1980"])


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "nominations.csv"
        write_file(path)
        baseline = best_of(5, lambda: list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";")))
        counter = iter(range(100))

        def import_into_new_database():
            workspace = open_workspace(str(Path(folder) / f"bench{next(counter)}.db"))
            workspace.missions.add_record(full_record())
            start = time.perf_counter()
            report = workspace.people.import_delegates("23-IP-99-GE-OSM-A", path)
            elapsed = time.perf_counter() - start
            assert report.added == ROWS
            workspace.close()
            return elapsed

        measured = min(import_into_new_database() for _ in range(3))
        print(f"{'figure':<34}{'ours':>10}{'bare csv':>12}{'ratio':>8}")
        print(
            f"{'import-delegates, 500 rows':<34}{measured * 1000:>8.0f}ms{baseline * 1000:>10.1f}ms"
            f"{measured / baseline:>8.0f}x   goal: under 1000 ms"
        )


if __name__ == "__main__":
    main()
