"""A new mission starts on the shipped preset made for its modality and scope, or on none."""

import dataclasses
from datetime import date

import pytest

from mission_planner.domain.enums import Modality, Scope
from mission_planner.domain.mission import Mission
from mission_planner.services.rule_sets import preset_fits, presets


def create(workspace, modality: Modality, scope: Scope = Scope.MULTICOUNTRY):
    code = "24-IP-30-GE-OSM-A"
    workspace.missions.create_mission(
        Mission("", code, "T", date(2024, 5, 13), date(2024, 5, 16), modality=modality, scope=scope)
    )
    return workspace.missions.load_record(code).rule_set


def test_a_new_in_person_mission_does_not_start_on_the_digital_rule(workspace):
    assert workspace.settings.organization_settings().default_rule_set == "digital-multicountry"
    rule_set = create(workspace, Modality.IN_PERSON)
    assert rule_set.name == "APO face-to-face multicountry projects (template)"
    assert rule_set.status == "unverified"


def test_a_new_digital_multicountry_mission_starts_on_the_verified_digital_rule(workspace):
    rule_set = create(workspace, Modality.DIGITAL)
    assert (rule_set.name, rule_set.status) == ("APO digital multicountry projects", "verified")


@pytest.mark.parametrize(
    ("modality", "scope"),
    [(Modality.HYBRID, Scope.MULTICOUNTRY), (Modality.DIGITAL, Scope.INDIVIDUAL_COUNTRY)],
)
def test_a_mission_no_preset_fits_starts_without_rules(workspace, modality, scope):
    assert create(workspace, modality, scope) is None


def test_the_preferred_preset_is_used_when_it_fits(workspace):
    settings = workspace.settings.organization_settings()
    workspace.settings.save_organization_settings(dataclasses.replace(settings, default_rule_set="host-funded"))
    assert create(workspace, Modality.IN_PERSON, Scope.BILATERAL).name == "Host-funded mission (template)"


def test_every_preset_says_what_it_fits():
    fits = preset_fits()
    assert set(fits) == set(presets())
    assert all(fit.modalities and fit.scopes for fit in fits.values())
    assert not fits["digital-multicountry"].modalities - {Modality.DIGITAL}
