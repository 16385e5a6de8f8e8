"""Fill unfinished entries of the Korean catalogue from a JSON file of {source: translation}.

    python -m tools.fill_translations new-strings.json

Entries whose source is not in the file stay unfinished (the Korean test then names them).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[1] / "resources" / "translations" / "mission_planner_ko.ts"


def fill(translations: dict[str, str], catalogue: Path = CATALOGUE) -> list[str]:
    """Write the translations in; returns the sources still unfinished."""
    tree = ET.parse(catalogue)
    missing = []
    for message in tree.iter("message"):
        target = message.find("translation")
        if target.get("type") != "unfinished":
            continue
        source = message.find("source").text
        if source in translations:
            target.text = translations[source]
            del target.attrib["type"]
        else:
            missing.append(source)
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    still = fill(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
    for source in still:
        print(f"unfinished: {source!r}")
