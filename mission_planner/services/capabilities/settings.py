"""The organization's settings kept in the database, and how many daily backups to keep."""

from __future__ import annotations

from .. import feed
from ..backups import kept_daily_backups, set_kept_daily_backups
from ..feed import Topic
from ..settings import OrganizationSettings, save_settings
from .base import Transaction, organization_settings


class Settings:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def organization_settings(self) -> OrganizationSettings:
        return organization_settings(self._transaction)

    def save_organization_settings(self, settings: OrganizationSettings) -> None:
        with self._transaction() as session:
            feed.note(session, None, Topic.SETTINGS)
            save_settings(session, settings)

    def kept_daily_backups(self) -> int:
        with self._transaction(writes=False) as session:
            return kept_daily_backups(session)

    def set_kept_daily_backups(self, keep: int) -> None:
        with self._transaction() as session:
            feed.note(session, None, Topic.SETTINGS)
            set_kept_daily_backups(session, keep)
