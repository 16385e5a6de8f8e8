"""The site catalogue and the travel minutes between places, shared by every mission."""

from __future__ import annotations

from ...domain.places import Site, TravelTime
from ...storage import site_rows
from .. import feed, sites
from ..changes import Changed, RemovedSite
from ..feed import Topic
from .base import Transaction


class Sites:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def list_sites(self) -> list[Site]:
        with self._transaction(shown=True) as session:
            return site_rows.all_sites(session)

    def travel_times(self) -> list[TravelTime]:
        with self._transaction(writes=False) as session:
            return site_rows.all_travel_times(session)

    def save_site(self, site: Site) -> tuple[Changed, str]:
        with self._transaction() as session:
            feed.note(session, None, Topic.SITES)
            return sites.save_site(session, site)

    def delete_site(self, uid: str) -> tuple[Changed, RemovedSite]:
        with self._transaction() as session:
            feed.note(session, None, Topic.SITES)
            return sites.delete_site(session, uid)

    def restore_site(self, removed: RemovedSite) -> Changed:
        """Put a deleted site back with its uid and its travel times, in one transaction."""
        with self._transaction() as session:
            feed.note(session, None, Topic.SITES)
            return sites.restore_site(session, removed)

    def set_travel_time(self, from_uid: str, to_uid: str, minutes: int | None) -> Changed:
        with self._transaction() as session:
            feed.note(session, None, Topic.SITES)
            return sites.set_travel_time(session, from_uid, to_uid, minutes)
