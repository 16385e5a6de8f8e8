"""`make bench`: every figure on the large database, beside its bare-library baseline.

    python -m benchmarks.run [--markdown]

This machine is shared and noisy, so each figure is a ratio to the bare libraries doing the same
essential work in the same run. Each figure runs in a fresh child process; its peak memory is
the child's own high-water mark (`benchmarks/peak.py`). Start-up (`benchmarks/start.py`) is timed
from spawning the child to each line it prints, and by the child itself, alternating the
application and the bare window, median of five.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from .children import child_env, run_child
from .large_db import BENCH_MISSION, ensure_database
from .start import start_figures, start_report


def figures(db: Path, env: dict[str, str]) -> list[dict]:
    rows = start_figures(db, env)
    for name in ("packs", "ics", "open", "search", "tables", "import"):
        child = run_child(["-m", "benchmarks.ours", name, str(db)], env)
        found = json.loads(child.stdout.strip().splitlines()[-1])
        for entry in found:
            entry["peak_mb"] = child.peak_mb
        if name == "packs":
            found[0] = packs_against_bare(found[0], env)
        rows += found
    return rows


def packs_against_bare(entry: dict, env: dict[str, str]) -> dict:
    """Bare reportlab writing as many files of the same page counts as the packs, plus bare
    icalendar building the same personal calendars (measured in the packs' child)."""
    measured = json.loads(entry["note"])
    pages_per_file = measured["pages_per_file"]
    child = run_child(["-m", "benchmarks.bare", "pdf", *map(str, pages_per_file)], env)
    bare = json.loads(child.stdout)
    entry["base"] = (bare["seconds"] * 1000 + measured["bare_ics_ms"]) / bare["pages"]
    entry["met"] = entry["ours"] <= 1.5 * entry["base"]
    entry["base_peak_mb"] = child.peak_mb
    entry["note"] = (
        f"{len(pages_per_file)} PDFs and ICS files in a background task, window shown; bare: reportlab "
        f"{bare['seconds'] * 1000 / bare['pages']:.1f} ms/page + icalendar {measured['bare_ics_ms']:.0f} ms "
        "for the same personal calendars"
    )
    return entry


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        lines = Path("/proc/meminfo").read_text().splitlines()
        kib = next(int(line.split()[1]) for line in lines if line.startswith("MemTotal:"))
        cpu += f", {kib / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f}"
    return (
        f"{cpu}, {os.cpu_count()} cores{load}; Python {platform.python_version()}; "
        f"{platform.system()} {platform.release()} ({platform.freedesktop_os_release().get('PRETTY_NAME', '')})"
        if platform.system() == "Linux"
        else f"{cpu}, {os.cpu_count()} cores{load}; Python {platform.python_version()}; {platform.platform()}"
    )


def number(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return f"{value:.2f} {unit}" if value < 10 else f"{value:.0f} {unit}"


def table(rows: list[dict]) -> str:
    header = ["figure", "ours", "bare baseline", "ratio", "goal", "met", "peak RSS (ours / bare)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        ratio = f"{row['ours'] / row['base']:.2f}x" if row.get("base") and row["ours"] is not None else "–"
        peak = f"{row['peak_mb']:.0f} MB"
        if row.get("base_peak_mb"):
            peak += f" / {row['base_peak_mb']:.0f} MB"
        met = "yes" if row["met"] else "**no**"
        if row["goal"] == "(informative)":
            met = "–"
        lines.append(
            "| "
            + " | ".join(
                [
                    row["figure"],
                    number(row["ours"], row["unit"]),
                    number(row.get("base"), row["unit"]),
                    ratio,
                    row["goal"],
                    met,
                    peak,
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmarks on a ten-year database, against the bare libraries.")
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    args = parser.parse_args()
    db = ensure_database()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as home:
        rows = figures(db, child_env(Path(home)))
    print(f"Large database: {db.name}; packs and ICS of {BENCH_MISSION}.")
    print(f"Machine: {machine()}")
    print()
    print(table(rows))
    notes = [f"- {row['figure']}: {row['note']}" for row in rows if row.get("note")]
    if notes:
        print()
        print("\n".join(notes))
    print()
    with tempfile.TemporaryDirectory() as home:
        print(start_report(db, child_env(Path(home))))
    print(f"\n({time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
