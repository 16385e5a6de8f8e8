"""A mission's documents fall back on the organization's settings where the mission is silent."""

from __future__ import annotations

import dataclasses

from ..domain.record import MissionRecord
from .settings import OrganizationSettings


def with_organization_defaults(record: MissionRecord, settings: OrganizationSettings) -> MissionRecord:
    """The organization's name, logo, signature and signatory where the mission has none of its own."""
    mission = record.mission
    if not mission.organization_name and settings.name:
        mission = dataclasses.replace(mission, organization_name=settings.name)
    if not mission.signatory_name and settings.signatory_name:
        mission = dataclasses.replace(
            mission, signatory_name=settings.signatory_name, signatory_title=settings.signatory_title
        )
    kinds = {attachment.kind for attachment in record.attachments}
    extra = [image for image in (settings.logo, settings.signature) if image is not None and image.kind not in kinds]
    return dataclasses.replace(record, mission=mission, attachments=[*record.attachments, *extra])
