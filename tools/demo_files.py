"""Rewrite the demo mission files (resources/demo/*.json) in the form the mission file writer
gives them: the canonical order the database gives back, two-space indents, characters rather than escapes. Run it after
editing a file by hand; it reads each file as `load_demo` does, so a mistake is named first.

    python -m tools.demo_files
"""

from __future__ import annotations

from mission_planner.atomic import write_bytes_atomically
from mission_planner.domain.record import canonical_order
from mission_planner.services.demo_missions import demo_files
from mission_planner.services.interchange.files import read_mission_file, record_to_text


def main() -> None:
    for path in demo_files():
        text = record_to_text(canonical_order(read_mission_file(path)))
        if text != path.read_text(encoding="utf-8"):
            write_bytes_atomically(path, text.encode("utf-8"), private=False)
            print(f"rewrote {path.name}")


if __name__ == "__main__":
    main()
