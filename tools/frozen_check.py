"""Build the desktop bundle from build.spec and try it as a user would (`make frozen-check`).

The bundle is copied to a temporary folder away from the source tree and run with an environment
that holds no Python: PATH is an empty folder, HOME a fresh one, no PYTHONPATH or virtualenv.
The frozen CLI loads the demo, upgrades a database made at the oldest schema revision, lists the
rule presets, round-trips a mission file through the JSON Schema, exports an itinerary PDF
(read back here with pypdf) and the invitation letters with their Word copy, and reads its own
notification PDF back into a new database; the frozen application opens its window offscreen (`--smoke`)
in English and in Korean. The last line counts the checks: `frozen-check: N passed, N failed`.

    python -m tools.frozen_check [--skip-build] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "mission-planner"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
DEMO_CODE = "23-IP-12-GE-OSM-A"  # the Türkiye mission, hosted in Korea
# Text the itinerary must carry, in the two scripts beyond ASCII the demo mission is written in.
ITINERARY_TEXTS = ("Türkiye", "나라장터")
COMMAND_TIMEOUT_S = 180


class CheckFailed(Exception):
    pass


@dataclass
class Bundle:
    """A copy of the built folder and the clean environment its programs run in."""

    folder: Path
    work: Path
    env: dict[str, str]
    timings: list[tuple[str, float]] = field(default_factory=list)

    def cli(self, *args: str) -> str:
        return self.run("mission-planner-cli", *args)

    def run(self, program: str, *args: str) -> str:
        command = [str(self.folder / f"{program}{EXE_SUFFIX}"), *args]
        started = time.monotonic()
        done = subprocess.run(
            command, cwd=self.work, env=self.env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S
        )
        self.timings.append((" ".join([program, *args[2:]]), time.monotonic() - started))
        if done.returncode != 0:
            raise CheckFailed(f"{program} {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
        return done.stdout

    def db(self, name: str) -> str:
        return str(self.work / name)


def build() -> float:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", str(ROOT / "build.spec")],
        cwd=ROOT,
        check=True,
    )
    return time.monotonic() - started


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def clean_environment(scratch: Path) -> dict[str, str]:
    """What a user's session without Python gives the programs."""
    empty = scratch / "empty-path"
    home = scratch / "home"
    empty.mkdir()
    home.mkdir()
    env = {"PATH": str(empty), "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    if os.name == "nt":  # Windows cannot start a process without these
        env.update({key: os.environ[key] for key in ("SYSTEMROOT", "WINDIR") if key in os.environ})
        env.update({"USERPROFILE": str(home), "LOCALAPPDATA": str(home), "APPDATA": str(home)})
    for python in ("python", "python3", "python3.11"):
        if shutil.which(python, path=env["PATH"]):
            raise CheckFailed(f"{python} is on the PATH given to the bundle")
    return env


def check_demo_and_listing(bundle: Bundle) -> None:
    bundle.cli("--db", bundle.db("demo.db"), "demo")
    listing = bundle.cli("--db", bundle.db("demo.db"), "missions")
    if DEMO_CODE not in listing:
        raise CheckFailed(f"`missions` does not list {DEMO_CODE}:\n{listing}")


def check_migration_from_0001(bundle: Bundle) -> None:
    """Alembic, run from the bundle's own scripts, upgrades a database made at revision 0001."""
    from sqlalchemy import URL, create_engine

    from mission_planner.storage import migrate

    path = Path(bundle.db("r0001.db"))
    engine = create_engine(URL.create("sqlite", database=str(path)), hide_parameters=True)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    bundle.cli("--db", str(path), "demo")
    with sqlite3.connect(path) as connection:
        revision = connection.execute("select version_num from alembic_version").fetchone()[0]
        missions = connection.execute("select count(*) from mission").fetchone()[0]
    connection.close()
    demo_missions = len(list((ROOT / "resources" / "demo").glob("*.json")))
    if revision != migrate.SCHEMA_HEAD or missions != demo_missions:
        raise CheckFailed(f"r0001.db after the frozen upgrade: revision {revision}, {missions} missions")
    if not list(path.parent.glob(f"{path.name}.before-upgrade-0001-*.bak")):
        raise CheckFailed("no backup was written before upgrading r0001.db")


def check_rule_presets(bundle: Bundle) -> None:
    listing = bundle.cli("--db", bundle.db("demo.db"), "rules", "list")
    shipped = sorted(path.stem for path in (ROOT / "resources" / "rules").glob("*.json"))
    missing = [name for name in shipped if name not in listing]
    if missing:
        raise CheckFailed(f"`rules list` lacks the presets {missing}:\n{listing}")


def check_mission_file_round_trip(bundle: Bundle) -> None:
    """Export a mission file and import it into a new database, which validates it against the schema."""
    mission_file = bundle.work / "mission.json"
    bundle.cli("--db", bundle.db("demo.db"), "export-mission", DEMO_CODE, str(mission_file))
    bundle.cli("--db", bundle.db("imported.db"), "import-mission", str(mission_file))
    if DEMO_CODE not in bundle.cli("--db", bundle.db("imported.db"), "missions"):
        raise CheckFailed(f"{DEMO_CODE} is not in the database the mission file was imported into")


def check_itinerary_pdf(bundle: Bundle) -> None:
    from pypdf import PdfReader

    pdf = bundle.work / "itinerary.pdf"
    bundle.cli("--db", bundle.db("demo.db"), "export", DEMO_CODE, "itinerary-pdf", "-o", str(pdf))
    if not pdf.read_bytes().startswith(b"%PDF-"):
        raise CheckFailed(f"{pdf.name} is not a PDF")
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    missing = [wanted for wanted in ITINERARY_TEXTS if wanted not in text]
    if not reader.pages or missing:
        raise CheckFailed(f"{pdf.name}: {len(reader.pages)} pages, text lacks {missing}")


def check_letters(bundle: Bundle) -> None:
    """Templates (Jinja2) and the Word copy (python-docx and its default template) in the bundle."""
    from docx import Document

    pdf = bundle.work / "invitation.pdf"
    bundle.cli("--db", bundle.db("demo.db"), "export", DEMO_CODE, "letters", "--letter", "invitation", "-o", str(pdf))
    word = pdf.with_suffix(".docx")
    if not pdf.read_bytes().startswith(b"%PDF-") or not word.exists():
        raise CheckFailed(f"{pdf.name} or {word.name} was not written")
    if not any(DEMO_CODE in paragraph.text for paragraph in Document(str(word)).paragraphs):
        raise CheckFailed(f"{word.name} does not name {DEMO_CODE}")


def check_notification_read_back(bundle: Bundle) -> None:
    """The notification PDF the bundle writes, read back by the bundle (pypdf) into a new database."""
    pdf = bundle.work / "notification.pdf"
    bundle.cli("--db", bundle.db("demo.db"), "export", DEMO_CODE, "notification-pdf", "-o", str(pdf))
    bundle.cli("--db", bundle.db("notified.db"), "import-notification", str(pdf))
    if DEMO_CODE not in bundle.cli("--db", bundle.db("notified.db"), "missions"):
        raise CheckFailed(f"{DEMO_CODE} is not in the database its notification was imported into")


def check_window_paints(bundle: Bundle) -> None:
    for language in ("en", "ko"):
        output = bundle.run("mission-planner", "--db", bundle.db("demo.db"), "--lang", language, "--smoke")
        if "first paint:" not in output:
            raise CheckFailed(f"mission-planner --smoke --lang {language} printed no first paint: {output!r}")
        print(f"  {language}: {output.strip()}")


def check_translations_shipped(bundle: Bundle) -> None:
    """The Korean catalogues the window loads: ours (resources/) and Qt's own (dialog buttons)."""
    for name in ("mission_planner_ko.qm", "qtbase_ko.qm"):
        if not any(bundle.folder.rglob(name)):
            raise CheckFailed(f"the bundle holds no {name}")


CHECKS: list[tuple[str, Callable[[Bundle], None]]] = [
    ("demo and missions", check_demo_and_listing),
    ("upgrade a 0001 database", check_migration_from_0001),
    ("rule presets", check_rule_presets),
    ("mission file round trip", check_mission_file_round_trip),
    ("itinerary PDF", check_itinerary_pdf),
    ("letters with their Word copy", check_letters),
    ("notification PDF read back", check_notification_read_back),
    ("window paints (--smoke)", check_window_paints),
    ("translations shipped", check_translations_shipped),
]


def run_checks(bundle: Bundle) -> int:
    passed = failed = 0
    for name, check in CHECKS:
        try:
            check(bundle)
        except (CheckFailed, subprocess.TimeoutExpired) as error:
            failed += 1
            print(f"FAIL {name}: {error}")
        else:
            passed += 1
            print(f"ok   {name}")
    for command, seconds in bundle.timings:
        print(f"  {seconds:5.1f} s  {command}")
    print(f"frozen-check: {passed} passed, {failed} failed")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="frozen_check", description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="try the bundle already in dist/")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    args = parser.parse_args(argv)
    if not args.skip_build:
        print(f"bundle built in {build():.0f} s")
    if not DIST.is_dir():
        print(f"frozen-check: no bundle at {DIST}; build it first", file=sys.stderr)
        return 1
    print(f"bundle size: {folder_size(DIST) / 2**20:.0f} MiB")
    scratch = Path(tempfile.mkdtemp(prefix="mission-planner-frozen-"))
    try:
        folder = scratch / "mission-planner"
        shutil.copytree(DIST, folder, symlinks=True)
        work = scratch / "work"
        work.mkdir()
        return run_checks(Bundle(folder=folder, work=work, env=clean_environment(scratch)))
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
