"""Rule set files: the shipped presets under `resources/rules/`, and files coordinators share."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import replace
from pathlib import Path

from ..atomic import write_bytes_atomically
from ..domain.budget import RuleSet
from ..domain.enums import Modality, Scope
from ..domain.mission import Mission
from ..domain.rule_fit import PresetFit, choose_preset
from ..domain.rules import rule_set_problems
from ..domain.text_limits import text_problems
from ..domain.value_limits import value_problems
from ..errors import InputError
from ..inputs import read_input
from ..paths import resource
from .interchange.codec import DecodeError, decode, encode
from .interchange.jsontext import parse_json

FORMAT = "mission-planner/rule-set"
VERSION = 1


def presets() -> dict[str, RuleSet]:
    """The shipped presets by file name (without `.json`), verified ones first."""
    found = {path.stem: read_rule_set_file(path) for path in sorted(resource("rules").glob("*.json"))}
    return dict(sorted(found.items(), key=lambda kv: (kv[1].status.value != "verified", kv[0])))


def preset_fits() -> dict[str, PresetFit]:
    """What missions each shipped preset was written for (its file's `fits`), in the order of
    `presets()`."""
    return _fits(presets())


def preset_for(mission: Mission, preferred: str = "") -> tuple[str, RuleSet] | None:
    """The preset a new `mission` starts with (see `domain.rule_fit`), or None when none fits."""
    shipped = presets()
    name = choose_preset(mission, _fits(shipped), preferred)
    return None if name is None else (name, shipped[name])


def _fits(shipped: dict[str, RuleSet]) -> dict[str, PresetFit]:
    return {name: _read_fit(resource("rules", f"{name}.json")) for name in shipped}


def _read_fit(path: Path) -> PresetFit:
    fits = json.loads(path.read_text(encoding="utf-8-sig")).get("fits") or {}
    try:
        return PresetFit(
            frozenset(Modality(m) for m in fits.get("modalities", ())),
            frozenset(Scope(s) for s in fits.get("scopes", ())),
        )
    except ValueError as error:
        raise InputError(str(error), source=str(path), location="fits") from None


def preset_or_file(name: str) -> RuleSet:
    """A preset by its name, or else the rule set file at that path."""
    shipped = {path.stem: path for path in resource("rules").glob("*.json")}
    return read_rule_set_file(shipped[name] if name in shipped else Path(name))


def read_rule_set_file(path: Path) -> RuleSet:
    source = str(path)
    if not os.path.lexists(path):  # lexists never raises, even for a name too long for the system
        raise InputError("no such file or preset", source=source)
    try:
        text = read_input(path).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", source=source) from None
    return rule_set_from_text(text, source)


def rule_set_from_text(text: str, source: str) -> RuleSet:
    """The rule set `text` holds, checked whole, or an InputError naming `source` and the place."""
    data = parse_json(text, source)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f'not a rule set file (expected "format": "{FORMAT}")', source=source)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InputError('the "version" is missing or not a number', source=source)
    if version > VERSION:
        raise InputError(f"written by a newer Mission Planner (version {version})", source=source)
    # `fits` says which new missions a shipped preset suits; it is not part of the rules.
    body = {key: value for key, value in data.items() if key not in ("format", "version", "fits")}
    try:
        rule_set: RuleSet = decode(RuleSet, body)
    except DecodeError as error:
        raise InputError(error.message, source=source, location=error.path) from None
    problems = value_problems(rule_set) + text_problems(rule_set) or rule_set_problems(rule_set)
    if problems:
        more = f" (and {len(problems) - 1:,} more)" if len(problems) > 1 else ""
        raise InputError(problems[0].message + more, source=source, location=problems[0].path)
    return rule_set


def rule_set_text(rule_set: RuleSet) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, **encode(rule_set)}, indent=2, ensure_ascii=False) + "\n"


def write_rule_set_file(rule_set: RuleSet, path: Path) -> None:
    write_bytes_atomically(path, rule_set_text(rule_set).encode("utf-8"))


def copy_for_mission(rule_set: RuleSet) -> RuleSet:
    """A mission's own copy: a new uid, so editing it never touches the preset or another mission."""
    return replace(rule_set, uid=str(uuid.uuid4()))
