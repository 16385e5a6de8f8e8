"""The site catalogue: institutions, venues, hotels and airports, and travel between them."""

from __future__ import annotations

from sqlalchemy import delete, func, or_
from sqlmodel import Session, col, select

from ..domain.places import Site, TravelTime
from ..errors import NotFoundError
from . import mapping, tables, upserts
from .keys import row_id


def all_sites(session: Session) -> list[Site]:
    rows = session.exec(select(tables.SiteRow).order_by(tables.SiteRow.name_en, tables.SiteRow.uid))
    return [mapping.site_from_row(row) for row in rows]


def site_row(session: Session, uid: str) -> tables.SiteRow | None:
    return session.exec(select(tables.SiteRow).where(tables.SiteRow.uid == uid)).first()


def site(session: Session, uid: str) -> Site | None:
    row = site_row(session, uid)
    return None if row is None else mapping.site_from_row(row)


def _site_id(session: Session, uid: str) -> int:
    return row_id(_existing_site(session, uid))


def _existing_site(session: Session, uid: str) -> tables.SiteRow:
    row = site_row(session, uid)
    if row is None:
        raise NotFoundError(f"No site {uid}.", code="not_found", params={"what": "site", "key": uid})
    return row


def uses_of_site(session: Session, uid: str) -> int:
    """How many items and hotel stays refer to the site."""
    site_id = _site_id(session, uid)
    items = session.exec(select(func.count(col(tables.ItemRow.id))).where(col(tables.ItemRow.site_id) == site_id)).one()
    stays = session.exec(
        select(func.count(col(tables.StayRow.id))).where(col(tables.StayRow.hotel_site_id) == site_id)
    ).one()
    return items + stays


def delete_site(session: Session, uid: str) -> None:
    """Delete an unused site; its travel times go with it (the database cascades)."""
    session.delete(_existing_site(session, uid))
    session.flush()


def all_travel_times(session: Session) -> list[TravelTime]:
    uids = dict(session.exec(select(tables.SiteRow.id, tables.SiteRow.uid)).all())
    rows = session.exec(select(tables.TravelTimeRow))
    return sorted(
        (TravelTime(uids[row.from_site_id], uids[row.to_site_id], row.minutes) for row in rows),
        key=lambda travel: (travel.from_uid, travel.to_uid),
    )


def set_travel_time(session: Session, from_uid: str, to_uid: str, minutes: int | None) -> None:
    """Set the minutes both ways (one row, whichever way it was stored; insert or update: the
    last writer wins); None removes it."""
    from_id, to_id = _site_id(session, from_uid), _site_id(session, to_uid)
    session.flush()
    travel = tables.TravelTimeRow
    way_back = (col(travel.from_site_id) == to_id) & (col(travel.to_site_id) == from_id)
    if minutes is None:
        way_there = (col(travel.from_site_id) == from_id) & (col(travel.to_site_id) == to_id)
        session.execute(delete(travel).where(or_(way_there, way_back)))
        return
    session.execute(delete(travel).where(way_back))
    values = {"from_site_id": from_id, "to_site_id": to_id, "minutes": minutes}
    upserts.insert_or_update(session, travel, ("from_site_id", "to_site_id"), values)
