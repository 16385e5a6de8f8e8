"""Editing the site catalogue and the travel minutes between places."""

from __future__ import annotations

import dataclasses
import uuid

from sqlmodel import Session

from ..domain.places import Site
from ..errors import ConflictError, InputError, NotFoundError
from ..storage import records, site_rows
from .changes import Changed, RemovedSite
from .text_gate import refuse_long_text


def save_site(session: Session, site: Site) -> tuple[Changed, str]:
    """Add a site (a new uid when it has none) or update the one with its uid."""
    refuse_long_text(site)
    if not site.name_en.strip():
        raise InputError("a site needs an English name", location="name_en", code="site_without_name")
    if site.visitor_list_days_before is not None and site.visitor_list_days_before < 0:
        raise InputError(
            "cannot be negative",
            location="visitor_list_days_before",
            code="negative",
            params={"field": "visitor_list_days_before"},
        )
    site = dataclasses.replace(site, uid=site.uid or str(uuid.uuid4()))
    existed = site_rows.site(session, site.uid) is not None
    records.upsert_site(session, site)
    changed = Changed(updated=(site.uid,)) if existed else Changed(added=(site.uid,))
    return changed, site.uid


def delete_site(session: Session, uid: str) -> tuple[Changed, RemovedSite]:
    """Delete an unused site; what is returned lets `restore_site` put it back with its uid and
    its travel times."""
    site = _require(session, uid)
    used = site_rows.uses_of_site(session, uid)
    if used:
        raise ConflictError(
            f"{site.name_en} is used by {used} programme item{'s' if used != 1 else ''} or hotel stay"
            f"{'s' if used != 1 else ''}; change those first.",
            code="site_in_use",
            params={"site": site.name_en, "uses": used},
        )
    travel = [t for t in site_rows.all_travel_times(session) if uid in (t.from_uid, t.to_uid)]
    removed = RemovedSite(site, travel)
    site_rows.delete_site(session, uid)
    return Changed(removed=(uid,)), removed


def restore_site(session: Session, removed: RemovedSite) -> Changed:
    """Put a deleted site back with its uid and its travel times (undo of a delete)."""
    changed, _uid = save_site(session, removed.site)
    for travel in removed.travel_times:
        changed |= set_travel_time(session, travel.from_uid, travel.to_uid, travel.minutes)
    return changed


def set_travel_time(session: Session, from_uid: str, to_uid: str, minutes: int | None) -> Changed:
    if from_uid == to_uid:
        raise InputError("a travel time needs two different places", code="travel_same_place")
    if minutes is not None and not 0 <= minutes <= 24 * 60:
        raise InputError(
            f"{minutes} minutes is not a plausible journey",
            location="minutes",
            code="implausible_journey",
            params={"minutes": minutes},
        )
    site_rows.set_travel_time(session, from_uid, to_uid, minutes)
    return Changed(updated=(from_uid, to_uid))


def _require(session: Session, uid: str) -> Site:
    site = site_rows.site(session, uid)
    if site is None:
        raise NotFoundError(f"No site {uid}.", code="not_found", params={"what": "site", "key": uid})
    return site
