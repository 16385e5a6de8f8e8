"""`rules list`, `rules use CODE PRESET|FILE`, `rules export CODE FILE`: the rule sets that split costs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import NotFoundError
from .terminal import shown
from .workspace import workspace_for

if TYPE_CHECKING:
    from ..domain.rule_fit import PresetFit


def register(subparsers) -> None:
    parser = subparsers.add_parser("rules", help="list, use and export rule sets")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="the shipped presets").set_defaults(run=run_list)
    use = actions.add_parser("use", help="give a mission a copy of a preset or a rule set file")
    use.add_argument("code", metavar="CODE")
    use.add_argument("source", metavar="PRESET|FILE")
    use.set_defaults(run=run_use)
    export = actions.add_parser("export", help="write a mission's rule set to a file")
    export.add_argument("code", metavar="CODE")
    export.add_argument("file", metavar="FILE", type=Path)
    export.set_defaults(run=run_export)


def run_list(args: argparse.Namespace) -> int:
    """Each preset, its status and name, and the new missions it is chosen for."""
    from ..services import preset_fits, presets

    fits = preset_fits()
    for name, rule_set in presets().items():
        fit = _fit_text(fits[name])
        print(f"{shown(name):<28}{rule_set.status.value:<12}{shown(rule_set.name)}; new missions: {fit}")
    return 0


def _fit_text(fit: PresetFit) -> str:
    from ..domain.enums import Modality, Scope

    modalities = " or ".join(m.value.replace("_", "-") for m in Modality if m in fit.modalities)
    scopes = " or ".join(s.value.replace("_", "-") for s in Scope if s in fit.scopes)
    return f"{modalities} {scopes}" if modalities and scopes else "none"


def run_use(args: argparse.Namespace) -> int:
    from ..services import preset_or_file

    rule_set = preset_or_file(args.source)
    workspace_for(args).budget.use_rule_set(args.code, rule_set)
    print(f"{shown(args.code)} now uses “{shown(rule_set.name)}” ({rule_set.status.value}).")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..services import write_rule_set_file

    record = workspace_for(args).missions.load_record(args.code)
    if record.rule_set is None:
        raise NotFoundError(f"{args.code} has no rule set.")
    write_rule_set_file(record.rule_set, args.file)
    print(f"Wrote “{shown(record.rule_set.name)}” to {shown(args.file)}")
    return 0
