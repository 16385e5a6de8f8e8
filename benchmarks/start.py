"""Start-up figures: the window and the command line, each against its bare baseline.

    python -m benchmarks.start [--report]

The application and the bare window (a QMainWindow with a 100-row table) run alternately, five
times each, and the medians are compared. Each figure is taken twice: from outside (spawning the
child to the moment its line arrives, interpreter start included) and by the child itself (its
own clock since the process started). `--smoke` prints `first paint`, `list filled` (the mission
list holds the database's missions: the quick list read with sqlite3 before the database layer
loads), `mission shown` (the first mission's Overview shows, read with sqlite3 too, the other
tabs greyed), `workspace arrived` (the thread has opened the workspace; `attach` begins), `mission
opened` (the first mission's tabs show it: it waits for the workspace, so its time after the list
is the database layer's load, and after the workspace's arrival it is attaching, listing again
and showing) and `longest block` (the longest the event loop went unanswered after the first
paint). The command line (`--help` against `python -c pass`, `missions` against a bare sqlite3
script) runs fifteen times each way, alternately.

`--report` also prints the heaviest imports (`-X importtime`) and a profile of the GUI thread's
start, so a regression names its module.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import tempfile
from pathlib import Path

from .children import Child, child_env, run_child
from .large_db import ensure_database

RUNS = 5
CLI_RUNS = 15  # a command line's run is short and a burst of load swings it: more runs, steadier medians
APP = "import sys; from mission_planner.gui.app import main; sys.exit(main(sys.argv[1:]))"
LINE = re.compile(r"^(first paint|list filled|mission shown|workspace arrived|mission opened|longest block): (\d+) ms$")
PROFILE = (
    "import cProfile, pstats, sys\n"
    "profile = cProfile.Profile()\n"
    "profile.enable()\n"
    "from mission_planner.gui.app import main\n"
    "status = main(sys.argv[1:])\n"
    "profile.disable()\n"
    "pstats.Stats(profile, stream=sys.stderr).sort_stats('cumulative').print_stats(25)\n"
    "sys.exit(status)\n"
)


def marks(child: Child) -> dict[str, tuple[float, float]]:
    """Each line's (milliseconds the child measured, milliseconds from outside)."""
    found = {}
    for line, at in zip(child.stdout.splitlines(), child.line_s, strict=False):
        match = LINE.match(line.strip())
        if match:
            found[match.group(1)] = (float(match.group(2)), at * 1000)
    return found


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def row(figure: str, ours: float | None, base: float | None, goal: str, limit: float | None, peaks) -> dict:
    met = ours is not None and limit is not None and ours <= limit
    return {
        "figure": figure,
        "ours": ours,
        "base": base,
        "unit": "ms",
        "goal": goal,
        "met": met,
        "note": "",
        "peak_mb": peaks[0],
        "base_peak_mb": peaks[1],
    }


def start_figures(db: Path, env: dict[str, str]) -> list[dict]:
    ours: list[Child] = []
    bare: list[Child] = []
    for _ in range(RUNS):  # alternating, so a burst of load weighs on both alike
        ours.append(run_child(["-c", APP, "--db", str(db), "--smoke"], env))
        bare.append(run_child(["-m", "benchmarks.bare", "window"], env))
    ours_marks = [marks(child) for child in ours]
    bare_marks = [marks(child) for child in bare]
    peaks = (median([c.peak_mb for c in ours]) or 0.0, median([c.peak_mb for c in bare]) or 0.0)

    def ours_at(name: str, which: int) -> float | None:
        return median([m[name][which] for m in ours_marks if name in m])

    bare_paint = [median([m["first paint"][which] for m in bare_marks]) for which in (0, 1)]
    rows = []
    for which, how in ((1, "whole process"), (0, "in-process")):
        base = bare_paint[which]
        rows.append(
            row(
                f"start: first paint ({how}, large DB)",
                ours_at("first paint", which),
                base,
                "≤ 2x bare PySide6 window",
                2 * base,
                peaks,
            )
        )
        rows.append(
            row(
                f"start: mission list filled ({how})",
                ours_at("list filled", which),
                base,
                "≤ 4x bare window's first paint",
                4 * base,
                peaks,
            )
        )

    def after(later: str, earlier: str) -> float | None:
        return median([m[later][0] - m[earlier][0] for m in ours_marks if later in m and earlier in m])

    for figure, later, earlier, goal, limit in (
        ("first mission shown (its Overview), after the list filled", "mission shown", "list filled", "< 100 ms", 100),
        (
            "first mission in every tab, after the workspace arrived (attach, list again, show)",
            "mission opened",
            "workspace arrived",
            "< 100 ms",
            100,
        ),
        (
            "first mission in every tab, after the list filled (waits for the database layer)",
            "mission opened",
            "list filled",
            "(informative)",
            None,
        ),
    ):
        rows.append(row(f"start: {figure}", after(later, earlier), None, goal, limit, peaks))
    rows.append(
        row(
            "start: longest event-loop block after first paint",
            ours_at("longest block", 0),
            None,
            "≤ 100 ms",
            100,
            peaks,
        )
    )
    return rows + cli_figures(db, env)


def cli_figures(db: Path, env: dict[str, str]) -> list[dict]:
    default = default_database(db, env)
    pairs = {
        "help": (["-m", "mission_planner", "--help"], ["-c", "pass"]),
        "missions": (
            ["-m", "mission_planner", "--db", str(db), "missions"],
            ["-m", "benchmarks.bare", "missions", str(db)],
        ),
        "default": (["-m", "mission_planner", "missions"], ["-m", "benchmarks.bare", "missions", str(default)]),
    }
    timed: dict[str, tuple[list[Child], list[Child]]] = {name: ([], []) for name in pairs}
    for _ in range(CLI_RUNS):
        for name, (ours, bare) in pairs.items():
            timed[name][0].append(run_child(ours, env))
            timed[name][1].append(run_child(bare, env))
    rows = []
    for name, figure, goal, factor in (
        ("help", "CLI --help (whole process)", "≤ 2x bare `python -c pass`", 2),
        ("missions", "CLI missions (whole process, large DB)", "≤ 3x bare sqlite3 script", 3),
        ("default", "CLI missions (default database, large, once the day's backup is made)", "≤ 3x bare", 3),
    ):
        ours, bare = timed[name]
        ours_ms = median([c.total_s * 1000 for c in ours])
        bare_ms = median([c.total_s * 1000 for c in bare])
        peaks = (median([c.peak_mb for c in ours]) or 0.0, median([c.peak_mb for c in bare]) or 0.0)
        rows.append(row(figure, ours_ms, bare_ms, goal, factor * (bare_ms or 0), peaks))
    return rows


def default_database(db: Path, env: dict[str, str]) -> Path:
    """The large database as the children's default one, opened once the full way (which makes
    today's backup, as a coordinator's first command of the day does)."""
    where = "from mission_planner.paths import default_database_path; print(default_database_path())"
    path = Path(run_child(["-c", where], env).stdout.strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db, path)
    path.chmod(0o600)
    run_child(["-m", "mission_planner", "missions"], env)
    return path


def start_report(db: Path, env: dict[str, str], top: int = 15) -> str:
    """The heaviest imports of a start and a profile of its GUI thread, as text."""
    imports = run_child(["-c", APP, "--db", str(db), "--smoke"], env, python=["-X", "importtime"])
    entries = []
    for line in imports.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            own, total, name = line[len("import time:") :].split("|")
            entries.append((int(own), int(total), name.rstrip()))
    outer = sorted((e for e in entries if not e[2].startswith("  ")), key=lambda e: -e[1])[:top]
    own = sorted(entries, key=lambda e: -e[0])[:top]
    lines = [f"Imports of one start (-X importtime, all threads), top {top} top-level by cumulative ms:"]
    lines += [f"  {total / 1000:7.1f}  {name.strip()}" for _, total, name in outer]
    lines += [f"Top {top} by the module's own ms:"]
    lines += [f"  {own_us / 1000:7.1f}  {name.strip()}" for own_us, _, name in own]
    profile = run_child(["-c", PROFILE, "--db", str(db), "--smoke"], env)
    lines += ["", "Profile of the GUI thread's start (cProfile, cumulative):"]
    lines += [line for line in profile.stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]
    return "\n".join(lines)


def main() -> None:
    from .run import table

    parser = argparse.ArgumentParser(description="Start-up of the window and the command line, against bare baselines.")
    parser.add_argument("--report", action="store_true", help="also print the heaviest imports and a start profile")
    args = parser.parse_args()
    db = ensure_database()
    with tempfile.TemporaryDirectory() as home:
        env = child_env(Path(home))
        print(table(start_figures(db, env)))
        if args.report:
            print()
            print(start_report(db, env))


if __name__ == "__main__":
    main()
