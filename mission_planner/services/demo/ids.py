"""Stable identifiers for the demo: every uid derives from a fixed namespace and a readable key."""

from __future__ import annotations

import uuid

# Fixed for ever: changing it would give every demo person, site and item a new uid.
DEMO_NAMESPACE = uuid.UUID("3f6b2c1e-8d4a-5b7e-9c2f-6a1d0e4b7c53")


def demo_uid(key: str) -> str:
    """The uid for `key`, e.g. `site/kist` or `item/21-IP-06-GE-OSM-B/1/opening`."""
    return str(uuid.uuid5(DEMO_NAMESPACE, key))
