"""What a mission's rules are to start with, in words: the New Mission dialog and the Budget tab
say which preset a mission starts on, or that none fits it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import RuleStatus
from ..domain.mission import Mission
from ..services import preset_for
from .formatting import modality_text, scope_text


def starting_rules_text(mission: Mission, preferred: str = "") -> str:
    """The rule set a new `mission` will start with, or why it starts with none."""
    found = preset_for(mission, preferred)
    if found is None:
        return QCoreApplication.translate(
            "RuleFit", "No preset fits a mission that is {modality}, {scope}: it starts without rules."
        ).format(modality=_lower(modality_text(mission.modality)), scope=_lower(scope_text(mission.scope)))
    _name, rule_set = found
    if rule_set.status == RuleStatus.VERIFIED:
        text = QCoreApplication.translate("RuleFit", "Starts on the rules “{name}” (verified).")
    else:
        text = QCoreApplication.translate("RuleFit", "Starts on the rules “{name}” (a template to verify).")
    return text.format(name=rule_set.name)


def no_rules_text(mission: Mission) -> str:
    """Below "No rule set": whether a preset fits the mission at all."""
    if preset_for(mission) is None:
        return QCoreApplication.translate(
            "RuleFit", "No preset fits a mission that is {modality}, {scope}: choose one or write the rules."
        ).format(modality=_lower(modality_text(mission.modality)), scope=_lower(scope_text(mission.scope)))
    return QCoreApplication.translate("RuleFit", "Choose a preset or write the rules.")


def _lower(text: str) -> str:
    """English words mid-sentence; Korean has no case, so it is unchanged."""
    return text[:1].lower() + text[1:]
