"""Hypothesis strategies for hostile files: mutations of the demo mission, and spreadsheets with
random headers, cells, separators and encodings."""

from __future__ import annotations

import copy
import json
import random

from hypothesis import strategies as st

from mission_planner.services.imports.nominations import COLUMNS
from mission_planner.services.imports.participant_report import EMAIL, JOIN, LEAVE, NAME

NASTY_TEXT = (
    "America",
    "Asia",
    "Asia/Seoul",
    "9999-12-31",
    "0001-01-01",
    "2023-02-29",
    "25:99",
    "\ud800",
    "9" * 400,
    "-0",
    "1E+999",
    "NaN",
    "Infinity",
    "../../etc/passwd",
    "9999-12-31T23:59:00+09:00[Asia/Seoul]",
    "0001-01-01T00:00:00+09:00[Asia/Seoul]",
    "",
    " ",
    "\x1b[2J",
    "\u202e",
    '=HYPERLINK("http://x")',
    "present",
    "participant",
    "per_person_night",
    "KRW",
)
NASTY_NUMBERS = (10**400, -(10**400), 2**63, 2**64, -1, 0, 10**18, 7 * 24 * 60 + 1)

# The named nasties first: Hypothesis draws each branch about as often, so a few examples reach them.
scalars = st.one_of(
    st.sampled_from(NASTY_TEXT),
    st.sampled_from(NASTY_NUMBERS),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=40),
)
values = st.one_of(
    scalars,
    st.lists(scalars, max_size=3),
    st.dictionaries(st.text(max_size=8), scalars, max_size=3),
)


def node_paths(data, prefix=()) -> list[tuple]:
    """Every path to a value in `data`, as tuples of keys and indexes."""
    paths = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            paths += node_paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data[:3]):  # the first few of a list stand for the rest
            paths += node_paths(value, (*prefix, index))
    return paths


def _parent(data, path):
    node = data
    for part in path[:-1]:
        node = node[part]
    return node


def apply(data: dict, path: tuple, action: str, value) -> dict:
    changed = copy.deepcopy(data)
    parent, key = _parent(changed, path), path[-1]
    if action == "replace":
        parent[key] = value
    elif action == "delete":
        del parent[key]
    elif action == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[key]))
    elif action == "add-field" and isinstance(parent[key], dict):
        parent[key]["unexpected"] = value
    elif action == "grow" and isinstance(parent[key], list) and parent[key]:
        parent[key] = parent[key] * 50
    return changed


def _at(data, path):
    node = data
    for part in path:
        node = node[part]
    return node


def like(original) -> st.SearchStrategy:
    """Hostile values of the same JSON type as `original`, so most changes get past the schema
    and reach the checks (and the code) behind it."""
    if isinstance(original, bool):
        return st.one_of(st.sampled_from((0, 1, None)), values)
    if isinstance(original, int):
        return st.one_of(st.sampled_from(NASTY_NUMBERS), st.integers(-(2**70), 2**70), st.booleans())
    if isinstance(original, float):
        return st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(NASTY_NUMBERS))
    if isinstance(original, str):
        return st.one_of(
            st.sampled_from(NASTY_TEXT),
            st.from_regex(r"-?[0-9]{1,40}(\.[0-9]{1,40})?", fullmatch=True),
            st.text(max_size=40),
            st.just(original * 2000),
        )
    return values


def nasties_for(original) -> tuple:
    if isinstance(original, bool):
        return (0, 1, None, "true")
    if isinstance(original, int):
        return (*NASTY_NUMBERS, True, 1.5, "1")
    if isinstance(original, float):
        return (float("nan"), float("inf"), -float("inf"), 1e308, 10**400)
    if isinstance(original, str):
        return (*NASTY_TEXT, original * 2000)
    return (*NASTY_TEXT, *NASTY_NUMBERS)


def hostile(rnd, draw, original):
    """Mostly one of the named nasties for the type, chosen evenly; else one Hypothesis makes."""
    if rnd.random() < 0.8:
        return rnd.choice(nasties_for(original))
    return draw(like(original))


class MissionFile(bytes):
    """A mission file's bytes that show, when Hypothesis prints an example, what was changed
    (not the 100 kB of the file)."""

    changes: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"<mission file of {len(self)} bytes: {'; '.join(self.changes) or 'unchanged'}>"


def _by_kind(demo: dict, paths: list[tuple]) -> dict[str, list[tuple]]:
    """The paths to numbers, to texts and to the rest: chosen a third of the time each, so the
    few numbers of a mission get their share of changes."""
    kinds: dict[str, list[tuple]] = {"number": [], "text": [], "other": []}
    for path in paths:
        value = _at(demo, path)
        kind = "text" if isinstance(value, str) else "other"
        if isinstance(value, int | float) and not isinstance(value, bool):
            kind = "number"
        kinds[kind].append(path)
    return {kind: found for kind, found in kinds.items() if found}


@st.composite
def mission_files(draw, demo: dict, paths: list[tuple]) -> MissionFile:
    """The demo mission with one to three changes (mostly a value of the same type made hostile,
    sometimes a field removed or added, a list entry twice), in UTF-8 as a rule and now and then
    in another encoding, cut short or with bytes thrown in. Where and what kind of change is
    chosen evenly by a seeded generator (Hypothesis's own choices lean to the first of a list:
    the top of the file)."""
    rnd = random.Random(draw(st.integers(0, 2**32)))
    kinds = _by_kind(demo, paths)
    data, changes = demo, []
    for _ in range(rnd.choice((1, 1, 2, 3))):
        kind = rnd.choice(tuple(kinds))
        path = rnd.choice(kinds[kind])
        if kind == "other":  # a list or an object (or null): keep its type, change its contents
            action = rnd.choice(("delete", "duplicate", "duplicate", "add-field", "grow", "replace"))
        else:
            action = rnd.choice(("replace",) * 8 + ("delete", "duplicate"))
        try:
            value = hostile(rnd, draw, _at(data, path)) if action == "replace" else draw(values)
            data = apply(data, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed what this path pointed at
        shown = repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "..."
        changes.append(f"{action} {'.'.join(map(str, path))}" + (f" = {shown}" if action == "replace" else ""))
    encoding = rnd.choice(("utf-8",) * 18 + ("utf-16", "utf-32"))
    raw = json.dumps(data, ensure_ascii=True).encode(encoding)
    if encoding != "utf-8":
        changes.append(f"in {encoding}")
    damage = rnd.choice(("none",) * 18 + ("cut", "insert"))
    if damage == "cut":
        raw = raw[: rnd.randint(0, len(raw))]
        changes.append(f"cut at byte {len(raw)}")
    elif damage == "insert":
        at = rnd.randint(0, len(raw))
        raw = raw[:at] + rnd.randbytes(rnd.randint(1, 8)) + raw[at:]
        changes.append(f"bytes thrown in at {at}")
    made = MissionFile(raw)
    made.changes = tuple(changes)
    return made


HEADER_WORDS = [c.key for c in COLUMNS] + [alias for c in COLUMNS for alias in c.aliases]
cell_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(NASTY_TEXT),
    st.sampled_from(("TR", "TUR", "Türkiye", "KR", "x@example.org", "F", "M", "2023-10-23 17:40", "31/02/2023")),
)
headers = st.lists(st.one_of(st.sampled_from(HEADER_WORDS), st.text(max_size=12)), min_size=1, max_size=12)


@st.composite
def sheets(draw, header_words=HEADER_WORDS) -> list[list[str]]:
    header = draw(headers)
    width = len(header)
    rows = draw(st.lists(st.lists(cell_text, min_size=0, max_size=width + 2), max_size=6))
    return [header, *rows]


ZOOM_HEADERS = [NAME, EMAIL, JOIN, LEAVE, "Duration (Minutes)"]
zoom_cells = st.one_of(
    cell_text,
    st.sampled_from(
        ("08/14/2023 09:58:00 AM", "08/14/2023 12:01:00 PM", "12/31/9999 11:59:00 PM", "01/01/0001 12:00 AM")
    ),
    st.integers(-(10**20), 10**20).map(str),
)


@st.composite
def zoom_reports(draw) -> list[list[str]]:
    header = draw(st.permutations(ZOOM_HEADERS).map(list))
    rows = draw(st.lists(st.lists(zoom_cells, min_size=len(header), max_size=len(header)), max_size=5))
    return [header, *rows]


@st.composite
def csv_bytes(draw, table: list[list[str]]) -> bytes:
    separator = draw(st.sampled_from((",", ";", "\t")))
    quote_all = draw(st.booleans())

    def cell(text: str) -> str:
        if quote_all or any(ch in text for ch in (separator, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    body = "".join(separator.join(cell(c) for c in row) + "\r\n" for row in table)
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252")))
    return body.encode(encoding, errors="replace")
