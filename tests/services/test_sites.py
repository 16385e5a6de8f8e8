"""The site catalogue through the workspace."""

import pytest

from mission_planner.domain.places import Site, TravelTime
from mission_planner.errors import ConflictError, InputError
from tests.factories import full_record


def test_a_new_site_gets_a_uid_and_is_listed_with_both_names(workspace):
    changed, uid = workspace.sites.save_site(
        Site("", "KAIST", name_ko="한국과학기술원", address_ko="대전광역시 유성구 대학로 291")
    )
    assert changed.added == (uid,)
    [site] = workspace.sites.list_sites()
    assert (site.uid, site.name_ko, site.address_ko) == (uid, "한국과학기술원", "대전광역시 유성구 대학로 291")


def test_saving_an_existing_site_updates_it(workspace):
    workspace.missions.add_record(full_record())
    kist = next(s for s in workspace.sites.list_sites() if s.acronym == "KIST")
    kist.capacity = 25
    changed, _ = workspace.sites.save_site(kist)
    assert changed.updated == (kist.uid,)
    assert next(s for s in workspace.sites.list_sites() if s.uid == kist.uid).capacity == 25


def test_a_site_in_use_cannot_be_deleted(workspace):
    workspace.missions.add_record(full_record())
    with pytest.raises(ConflictError, match="Korea Institute of Science and Technology is used by 1 programme item"):
        workspace.sites.delete_site("t-site-kist")
    _, uid = workspace.sites.save_site(Site("", "Unused"))
    workspace.sites.set_travel_time(uid, "t-site-kist", 30)
    assert workspace.sites.delete_site(uid)[0].removed == (uid,)
    assert all(uid not in (t.from_uid, t.to_uid) for t in workspace.sites.travel_times())


def test_travel_times_are_one_row_whichever_way_they_are_set(workspace):
    workspace.missions.add_record(full_record())
    assert workspace.sites.travel_times() == [TravelTime("t-site-kpc", "t-site-kist", 35)]
    workspace.sites.set_travel_time("t-site-kist", "t-site-kpc", 50)
    assert workspace.sites.travel_times() == [TravelTime("t-site-kist", "t-site-kpc", 50)]
    workspace.sites.set_travel_time("t-site-kist", "t-site-kpc", None)
    assert workspace.sites.travel_times() == []


def test_implausible_travel_times_are_refused(workspace):
    workspace.missions.add_record(full_record())
    with pytest.raises(InputError):
        workspace.sites.set_travel_time("t-site-kist", "t-site-kpc", -5)
    with pytest.raises(InputError):
        workspace.sites.set_travel_time("t-site-kist", "t-site-kist", 5)


def test_an_edited_travel_time_changes_what_check_finds(workspace):
    from datetime import date

    workspace.missions.add_record(full_record())
    workspace.sites.set_travel_time("t-site-kpc", "t-site-kist", 300)
    [conflict] = workspace.missions.check("23-IP-99-GE-OSM-A", today=date(2023, 1, 1)).conflicts
    assert conflict.params == {"needed_minutes": 300, "available_minutes": 270}
