"""The shipped rule-set preset whose source quotes a notification's financial arrangements."""

from __future__ import annotations

import re

from ...rule_sets import presets


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def matching_preset(entries: list[str]) -> str | None:
    """The name of the preset whose source holds every entry, word for word (spacing, case
    and punctuation aside), or None: then the text is kept for the coordinator to verify."""
    wanted = [_plain(entry) for entry in entries if _plain(entry)]
    if not wanted:
        return None
    for name, rule_set in presets().items():
        source = _plain(rule_set.source)
        if all(entry in source for entry in wanted):
            return name
    return None
