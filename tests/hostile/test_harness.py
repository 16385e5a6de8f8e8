"""The harness's own judgement, on real folders: what it lets a command change and what not."""

import os

from .harness import Outcome, Step, file_changes, output_problems, snapshot


def _changes(tmp_path, act, *, succeeded, targets=(), database="demo.db"):
    before = snapshot(tmp_path)
    act()
    return file_changes(before, snapshot(tmp_path), succeeded=succeeded, targets=targets, database=database)


def _user_folder(tmp_path):
    (tmp_path / "demo.db").write_bytes(b"SQLite format 3\0")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "thesis.docx").write_bytes(b"years of work")


def test_a_success_may_add_to_its_target_folder_but_not_touch_what_was_there(tmp_path):
    _user_folder(tmp_path)

    def write_pack():
        (tmp_path / "out" / "pack.pdf").write_bytes(b"%PDF")

    assert _changes(tmp_path, write_pack, succeeded=True, targets=["out"]) == []

    def replace_folder():
        (tmp_path / "out" / "thesis.docx").unlink()

    assert _changes(tmp_path, replace_folder, succeeded=True, targets=["out"]) == ["out/thesis.docx was removed (file)"]


def test_a_refusal_may_change_nothing_not_even_the_database_or_a_scratch_file(tmp_path):
    _user_folder(tmp_path)

    def litter():
        (tmp_path / ".out.part").write_bytes(b"half")
        (tmp_path / "demo.db").write_bytes(b"SQLite format 3\0changed")
        (tmp_path / "demo.db-wal").write_bytes(b"")  # an empty journal holds nothing: allowed

    assert _changes(tmp_path, litter, succeeded=False) == [
        ".out.part was created (file)",
        "the database file demo.db changed on a refusal",
    ]


def test_a_device_or_pipe_replaced_by_a_file_is_caught_even_as_the_target(tmp_path):
    os.mkfifo(tmp_path / "out.ics")

    def replace():
        (tmp_path / "out.ics").unlink()
        (tmp_path / "out.ics").write_text("BEGIN:VCALENDAR")

    assert _changes(tmp_path, replace, succeeded=True, targets=["out.ics"], database=None) == [
        "out.ics was replaced: a fifo became a file"
    ]


def test_output_rules_traceback_exit_code_lines_and_terminal_controls():
    step = Step(("import-mission", "x.json"), refuse=True, names="x.json")
    crashed = Outcome([], 1, "", "Traceback (most recent call last):\n  ...\nValueError: no\n", 0.1, 0, False)
    assert output_problems(step, crashed) == ["traceback: ValueError: no", "exit 1"]

    flood = "".join(f"x.json: problem {n}\n" for n in range(60))
    assert output_problems(step, Outcome([], 2, "", flood, 0.1, 0, False)) == ["60 lines on stderr (at most 51)"]

    echoed = Outcome([], 2, "", "mission-planner-cli: x.json: title \x1b[2J\n", 0.1, 0, False)
    assert output_problems(step, echoed) == ["raw control character U+001B on stderr"]

    accepted = Outcome([], 0, "Imported\n", "", 0.1, 0, False)
    assert output_problems(step, accepted) == ["accepted (exit 0); the contract refuses it (exit 2)"]
