"""The demo template, made once a session with the real command line, and the corpus run in
parallel: each case is its own process, so a small pool of threads keeps the cores busy."""

from __future__ import annotations

import json
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from .corpus import BY_ID, CODE
from .harness import Template, child_env, run_case, run_cli, stop_zygotes

WORKERS = max(2, min(4, (os.cpu_count() or 2) + 1))


def _made(outcome) -> None:
    assert outcome.returncode == 0, f"{outcome.argv}: {outcome.stderr}"


@pytest.fixture(scope="session", autouse=True)
def _zygotes():
    yield
    stop_zygotes()


@pytest.fixture(scope="session")
def template(tmp_path_factory) -> Template:
    folder = tmp_path_factory.mktemp("hostile-template")
    env = child_env(folder)
    db = folder / "demo.db"
    _made(run_cli(["--db", str(db), "demo"], env, time_limit=120))
    mission, archive, rule_set = folder / "mission.json", folder / "mission.mission", folder / "rules.json"
    with ThreadPoolExecutor(3) as pool:
        made = [
            pool.submit(run_cli, ["--db", str(db), *args], env, time_limit=120)
            for args in (
                ("export-mission", CODE, str(mission)),
                ("archive", CODE, str(archive)),
                ("rules", "export", CODE, str(rule_set)),
            )
        ]
        for future in made:
            _made(future.result())
    data = json.loads(mission.read_text(encoding="utf-8"))
    person = next(p["person_uid"] for p in data["participations"] if p["role"] == "participant")
    return Template(folder, db, mission, archive, rule_set, person)


@pytest.fixture(scope="session", autouse=True)
def corpus_runs(request, tmp_path_factory, _zygotes) -> dict[str, Future]:
    """Every selected case started on the pool when the session starts; a test waits for its own.
    The corpus tests come last (test_hostile_corpus.py), so the in-process Hypothesis tests run on
    this thread while the pool's commands keep the other cores busy."""
    selected = [
        item.callspec.params["case_id"]
        for item in request.session.items
        if hasattr(item, "callspec") and "case_id" in item.callspec.params
    ]
    if not selected:
        return {}
    template = request.getfixturevalue("template")
    root = tmp_path_factory.mktemp("hostile")
    pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="hostile")
    runs = {case_id: pool.submit(run_case, BY_ID[case_id], template, root) for case_id in selected}

    def finish() -> None:
        pool.shutdown(wait=True, cancel_futures=True)
        if os.environ.get("HOSTILE_REPORT"):
            _write_report(Path(os.environ["HOSTILE_REPORT"]), runs)

    request.addfinalizer(finish)
    return runs


def _write_report(path: Path, runs: dict[str, Future]) -> None:
    """With HOSTILE_REPORT=FILE: every case's problems, time, CPU and memory as JSON (to compare
    runs, and to see where the suite's minute goes)."""
    cases = []
    for case_id, future in runs.items():
        if not future.done():
            continue
        if future.exception() is not None:
            error = future.exception()
            failed = {"problems": [f"the harness failed: {error!r}"], "seconds": 0, "cpu": 0, "peak_mb": 0}
            cases.append({"case": case_id, **failed})
            continue
        result = future.result()
        cases.append(
            {
                "case": case_id,
                "problems": result.problems,
                "seconds": round(sum(o.seconds for o in result.outcomes), 2),
                "cpu": round(sum(o.cpu for o in result.outcomes), 2),
                "peak_mb": max((o.peak_rss for o in result.outcomes), default=0) // 2**20,
            }
        )
    path.write_text(json.dumps(cases, indent=1, ensure_ascii=False), encoding="utf-8")
