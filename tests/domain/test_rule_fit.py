"""The preset a new mission starts with: one written for its modality and scope, or none."""

from datetime import date

from mission_planner.domain.enums import Modality, Scope
from mission_planner.domain.mission import Mission
from mission_planner.domain.rule_fit import PresetFit, choose_preset

FITS = {
    "digital": PresetFit(frozenset({Modality.DIGITAL}), frozenset({Scope.MULTICOUNTRY})),
    "face-to-face": PresetFit(frozenset({Modality.IN_PERSON}), frozenset({Scope.MULTICOUNTRY})),
    "generous": PresetFit(frozenset(Modality), frozenset({Scope.MULTICOUNTRY})),
    "nothing": PresetFit(),
}


def mission(modality: Modality, scope: Scope = Scope.MULTICOUNTRY) -> Mission:
    return Mission("", "24-IP-01-GE-OSM-A", "T", date(2024, 5, 13), date(2024, 5, 14), modality=modality, scope=scope)


def test_the_first_preset_that_fits_is_chosen():
    assert choose_preset(mission(Modality.DIGITAL), FITS) == "digital"
    assert choose_preset(mission(Modality.IN_PERSON), FITS) == "face-to-face"
    assert choose_preset(mission(Modality.HYBRID), FITS) == "generous"


def test_the_preferred_preset_wins_only_when_it_fits():
    assert choose_preset(mission(Modality.IN_PERSON), FITS, preferred="generous") == "generous"
    assert choose_preset(mission(Modality.IN_PERSON), FITS, preferred="digital") == "face-to-face"
    assert choose_preset(mission(Modality.IN_PERSON), FITS, preferred="nothing") == "face-to-face"


def test_no_preset_fits_a_mission_of_another_scope():
    assert choose_preset(mission(Modality.IN_PERSON, Scope.BILATERAL), FITS, preferred="digital") is None
    assert choose_preset(mission(Modality.DIGITAL), {"nothing": PresetFit()}) is None
