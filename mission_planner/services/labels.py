"""The English words the command line and the documents print for the values users pick from:
a person's role in a mission, an item's kind and the roles in it. One place for each; the
window has its own words in its language (`gui/labels.py`).

Budget categories are English names already (`domain/rules.py` CATEGORIES) and statuses are
printed as their values.
"""

from __future__ import annotations

from ..domain.enums import ItemKind, ItemRoleKind, Role

ROLE_NAMES = {
    Role.PARTICIPANT: "Participant",
    Role.RESOURCE_PERSON_OVERSEAS: "Resource person (overseas)",
    Role.RESOURCE_PERSON_LOCAL: "Resource person (local)",
    Role.OBSERVER: "Observer",
    Role.SECRETARIAT: "Secretariat",
}
# On a badge or a pack's cover, where the place a resource person comes from is no one's business.
SHORT_ROLE_NAMES = {
    Role.PARTICIPANT: "Participant",
    Role.RESOURCE_PERSON_OVERSEAS: "Resource person",
    Role.RESOURCE_PERSON_LOCAL: "Resource person",
    Role.OBSERVER: "Observer",
    Role.SECRETARIAT: "Secretariat",
}
# Headings of the lists of people.
ROLE_GROUPS = {
    Role.PARTICIPANT: "Participants",
    Role.RESOURCE_PERSON_OVERSEAS: "Overseas resource persons",
    Role.RESOURCE_PERSON_LOCAL: "Local resource persons",
    Role.OBSERVER: "Observers",
    Role.SECRETARIAT: "Secretariat",
}
# Inside a sentence: "per diem of participants and observers".
ROLE_UNIT_NOUNS = {
    Role.PARTICIPANT: "participants",
    Role.RESOURCE_PERSON_LOCAL: "local resource persons",
    Role.RESOURCE_PERSON_OVERSEAS: "overseas resource persons",
    Role.OBSERVER: "observers",
    Role.SECRETARIAT: "secretariat staff",
}

ITEM_KIND_LABELS = {
    ItemKind.OPENING: "Opening",
    ItemKind.PRESENTATION: "Presentation",
    ItemKind.PANEL: "Panel",
    ItemKind.GROUP_DISCUSSION: "Group discussion",
    ItemKind.SITE_VISIT: "Site visit",
    ItemKind.TRANSFER: "Transfer",
    ItemKind.MEAL: "Meal",
    ItemKind.BREAK: "Break",
    ItemKind.CLOSING: "Closing",
    ItemKind.OTHER: "Session",
}
# (one, many): "Speaker: Ana Kim", "Speakers: Ana Kim, Ben Lee".
ITEM_ROLE_LABELS = {
    ItemRoleKind.SPEAKER: ("Speaker", "Speakers"),
    ItemRoleKind.MODERATOR: ("Moderator", "Moderators"),
    ItemRoleKind.DISCUSSANT: ("Discussant", "Discussants"),
    ItemRoleKind.HOST: ("Host", "Hosts"),
}
