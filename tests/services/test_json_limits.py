"""JSON inputs (mission files, archive manifests, rule sets): every hostile shape is an InputError."""

import copy
import hashlib
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mission_planner.domain.limits import (
    MAX_CODE,
    MAX_JSON_CONTAINERS,
    MAX_JSON_DEPTH,
    MAX_JSON_VALUES,
    MAX_LIST,
    MAX_LONG_TEXT,
    MAX_MINUTES,
    MAX_NAME,
    MAX_PEOPLE,
    MAX_TITLE,
)
from mission_planner.errors import InputError
from mission_planner.paths import resource
from mission_planner.services.archive import read_archive
from mission_planner.services.interchange.files import record_from_text, record_to_data
from mission_planner.services.interchange.jsontext import parse_json
from mission_planner.services.rule_sets import rule_set_from_text, rule_set_text
from tests.factories import full_record

VALID = record_to_data(full_record())


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_nesting_up_to_the_limit_parses_and_one_more_is_refused():
    assert parse_json(nested(MAX_JSON_DEPTH), "f.json") == parse_json(nested(MAX_JSON_DEPTH), "f.json")
    with pytest.raises(InputError, match=f"f.json: objects and arrays nest deeper than {MAX_JSON_DEPTH} levels"):
        parse_json(nested(MAX_JSON_DEPTH + 1), "f.json")


def test_a_hundred_thousand_levels_are_refused_without_recursion():
    with pytest.raises(InputError, match="nest deeper"):
        parse_json('{"a":' * 100_000 + "1" + "}" * 100_000, "f.json")


def test_brackets_and_escaped_quotes_inside_strings_do_not_count():
    text = json.dumps({"title": "[[[[" * 100 + '\\"{{{' * 100, "list": [[1]]})
    assert parse_json(text, "f.json")["list"] == [[1]]


def test_too_many_values_or_containers_are_refused_before_parsing():
    with pytest.raises(InputError, match=r"more than .* objects and arrays"):
        parse_json("[" + ",".join(["{}"] * (MAX_JSON_CONTAINERS + 1)) + "]", "f.json")
    with pytest.raises(InputError, match=r"more than .* values"):
        parse_json("[" + ",".join(["1"] * (MAX_JSON_VALUES + 1)) + "]", "f.json")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"n": 99999999999999999999}', "too large \\(more than 64 bits\\)"),
        ('{"n": -' + "9" * 5000 + "}", "too large"),
        ('{"n": NaN}', "NaN is not a number JSON allows"),
        ('{"n": -Infinity}', "-Infinity is not a number"),
        ('{"n": 1e400}', "too large"),
        ('{"a": 1, "a": 2}', 'the key "a" appears twice'),
        ('{"a": [1, 2', "not valid JSON"),
    ],
)
def test_numbers_and_keys_json_would_take_at_any_cost_are_refused(text, message):
    with pytest.raises(InputError, match=message):
        parse_json(text, "f.json")


def test_the_place_of_a_refused_number_is_named():
    with pytest.raises(InputError) as caught:
        parse_json('{\n  "ok": 1,\n  "n": 123456789012345678901234\n}', "f.json")
    assert caught.value.location == "line 3 column 8"


def test_nineteen_digits_parse_and_the_domain_judges_them():
    assert parse_json('{"n": 9223372036854775807}', "f.json") == {"n": 2**63 - 1}


def mutated(edit) -> str:
    data = copy.deepcopy(VALID)
    edit(data)
    return json.dumps(data, ensure_ascii=False)


def refusal(edit) -> InputError:
    with pytest.raises(InputError) as caught:
        record_from_text(mutated(edit), "m.json")
    message = str(caught.value)
    assert message.startswith("m.json") and "\n" not in message and len(message) < 400
    return caught.value


def put(path: str, value):
    def edit(data):
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "location", "fragment"),
    [
        (put("mission.title", "T" * 1_000_000), "mission.title", "1,000,000 characters long; at most 500"),
        (put("mission.title", "T" * MAX_TITLE + "T"), "mission.title", "at most 500"),
        (put("mission.background", "b" * (MAX_LONG_TEXT + 1)), "mission.background", "at most 20,000"),
        (put("people.0.family_name", "F" * (MAX_NAME + 1)), "people[0].family_name", "at most 200"),
        (put("days.0.items.0.title", "I" * (MAX_TITLE + 1)), "days[0].items[0].title", "at most 500"),
        (put("mission.code", "C" * (MAX_CODE + 1)), "mission.code", "at most 40"),
        (put("mission.code", "21-IP\n-06"), "mission.code", "one line"),
        (put("mission.code", "21\u202e-IP"), "mission.code", "one line"),
        (put("mission.code", " 21-IP"), "mission.code", "space"),
        (put("mission.title", "bad \ud800 half"), "mission.title", "lone surrogate"),
        (put("mission.overseas_quota", -1), "mission.overseas_quota", "not between 0 and"),
        (put("mission.overseas_quota", MAX_PEOPLE + 1), "mission.overseas_quota", "not between 0 and"),
        (put("mission.overseas_quota", True), "mission.overseas_quota", "expected integer, found bool"),
        (put("mission.overseas_quota", 2.5), "mission.overseas_quota", "expected integer"),
        (put("mission.overseas_quota", 2.0), "mission.overseas_quota", "whole number"),
        (put("mission.overseas_quota", 2**63), "mission.overseas_quota", "not between"),
        (put("travel_times.0.minutes", MAX_MINUTES + 1), "travel_times[0].minutes", "not between"),
        (put("attendance.0.minutes", -5), "attendance[0].minutes", "not between"),
        (put("budget_lines.0.quantity", "-1"), "budget_lines[0].quantity", "cannot be negative"),
        (put("budget_lines.0.unit_cost", "9" * 5000), "budget_lines[0].unit_cost", "at most 15 digits"),
        (put("budget_lines.0.unit_cost", "1e999999"), "budget_lines[0].unit_cost", "at most 15 digits"),
        (put("budget_lines.0.unit_cost", "1.1234567"), "budget_lines[0].unit_cost", "6 after"),
        (put("mission.timezone", "America"), "mission.timezone", "not an IANA time zone"),
        (put("mission.timezone", "../etc"), "mission.timezone", "not an IANA time zone"),
        (put("mission.timezone", "posix"), "mission.timezone", "not an IANA time zone"),
        (put("people.0.home_timezone", "Asia"), "people[0].home_timezone", "not an IANA time zone"),
        (put("mission.end_date", "9999-12-31"), "mission.end_date", "years 1900 to 2999"),
        (put("days.0.date", "0001-01-01"), "days[0].date", "years 1900 to 2999"),
        (
            put("participations.0.flights.0.scheduled", "0001-01-01T00:30:00+09:00[Asia/Seoul]"),
            "participations[0].flights[0].scheduled",
            "years 1900 to 2999",
        ),
        (put("sites.0.latitude", 91.0), "sites[0].latitude", "between"),
        (lambda d: d["exchange_rates"].append(dict(d["exchange_rates"][0])), "exchange_rates", "appears 2 times"),
        (lambda d: d["attendance"].append(dict(d["attendance"][0])), "attendance", "appears 2 times"),
        (lambda d: d["assignments"].append(dict(d["assignments"][0])), "assignments", "appears 2 times"),
        (
            lambda d: d["travel_times"].append({**d["travel_times"][0], "minutes": 3}),
            "travel_times",
            "appears 2 times",
        ),
        (put("attendance", [1] * 1_000_000), "attendance", "holds 1,000,000 entries; at most 200,000"),
        (put("mission.extra", 1), "mission", "unknown field 'extra'"),
    ],
)
def test_hostile_mission_files_are_refused_naming_the_place(edit, location, fragment):
    error = refusal(edit)
    assert error.location == location
    assert fragment in error.detail


def test_a_million_schema_errors_are_counted_not_kept():
    error = refusal(put("people", [{"uid": 1}] * (MAX_LIST - 1)))
    assert error.location == "people"
    assert "more than 999 more problems" in error.detail


def test_a_mission_at_every_limit_is_taken():
    def edit(data):
        data["mission"]["title"] = "T" * MAX_TITLE
        data["mission"]["background"] = "서" * MAX_LONG_TEXT
        data["people"][0]["family_name"] = "F" * MAX_NAME
        data["mission"]["overseas_quota"] = MAX_PEOPLE
        data["travel_times"][0]["minutes"] = MAX_MINUTES
        data["budget_lines"][0]["unit_cost"] = "999999999999999.999999"
        data["mission"]["code"] = "C" * MAX_CODE

    record = record_from_text(mutated(edit), "m.json")
    assert record.mission.title == "T" * MAX_TITLE


def test_the_shipped_schema_states_the_limits():
    schema = json.loads(resource("schemas", "mission-v1.schema.json").read_text(encoding="utf-8"))
    mission = schema["$defs"]["Mission"]["properties"]
    assert mission["title"]["maxLength"] == MAX_TITLE
    assert mission["code"]["maxLength"] == MAX_CODE and "pattern" in mission["code"]
    assert mission["background"]["maxLength"] == MAX_LONG_TEXT
    assert mission["overseas_quota"]["anyOf"][0] == {"type": "integer", "minimum": 0, "maximum": MAX_PEOPLE}
    assert schema["properties"]["people"]["maxItems"] == MAX_PEOPLE
    assert schema["$defs"]["TravelTime"]["properties"]["minutes"]["maximum"] == MAX_MINUTES
    assert "{1,15}" in schema["$defs"]["BudgetLine"]["properties"]["unit_cost"]["pattern"]


def rule_set_data() -> dict:
    return json.loads(rule_set_text(full_record().rule_set))


@pytest.mark.parametrize(
    ("edit", "fragment"),
    [
        (lambda d: d.__setitem__("name", "N" * 1_000_000), "at most 500"),
        (lambda d: d.__setitem__("version", True), "not a number"),
        (lambda d: d.__setitem__("revision", -1), "not between"),
        (lambda d: d.__setitem__("rules", [0] * (MAX_LIST + 1)), "at most 200,000"),
        (lambda d: d["rules"][0].__setitem__("note", "\udfff"), "lone surrogate"),
        (
            lambda d: d["rules"][0].__setitem__("split", {"kind": "shares", "shares": {"x" * 1_000_000: "10"}}),
            "1,000,022 characters",
        ),
        (lambda d: d["rules"][0]["split"].__setitem__("cap_amount", "9" * 100_000), "is not an amount"),
    ],
)
def test_hostile_rule_sets_are_refused(edit, fragment):
    data = rule_set_data()
    edit(data)
    with pytest.raises(InputError, match=fragment) as caught:
        rule_set_from_text(json.dumps(data), "r.json")
    assert len(str(caught.value)) < 600


def test_a_deep_rule_set_is_refused():
    with pytest.raises(InputError, match="nest deeper"):
        rule_set_from_text('{"format": "mission-planner/rule-set", "rules": ' + nested(50_000) + "}", "r.json")


def archive_with(tmp_path, manifest_text: str | None = None, mission_text: str | None = None):
    mission = (mission_text or json.dumps(VALID)).encode()
    entry = {"path": "mission.json", "size": len(mission), "sha256": hashlib.sha256(mission).hexdigest()}
    if manifest_text is None:
        manifest_text = json.dumps({"format": "mission-planner/archive", "version": 1, "files": [entry]})
    target = tmp_path / "hostile.mission"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", manifest_text)
        archive.writestr("mission.json", mission)
    return target, entry


def test_a_well_formed_archive_reads(tmp_path):
    target, _ = archive_with(tmp_path)
    assert read_archive(target).mission.code == VALID["mission"]["code"]


@pytest.mark.parametrize(
    ("manifest", "fragment"),
    [
        (lambda e: '{"format": "mission-planner/archive", "files": ' + nested(10_000) + "}", "nest deeper"),
        (lambda e: '{"format": "mission-planner/archive", "version": 1, "version": 1, "files": []}', "appears twice"),
        (lambda e: json.dumps({"format": "mission-planner/archive", "version": True, "files": [e]}), "not a number"),
        (
            lambda e: json.dumps({"format": "mission-planner/archive", "version": 1, "files": [{**e, "size": True}]}),
            "malformed",
        ),
        (
            lambda e: json.dumps({"format": "mission-planner/archive", "version": 1, "files": [e, e]}),
            "the manifest lists 'mission.json' twice",
        ),
        (
            lambda e: json.dumps(
                {"format": "mission-planner/archive", "version": 1, "files": [{**e, "path": "p" * 100_000}]}
            ),
            "malformed",
        ),
        (lambda e: '{"format": "mission-planner/archive", "version": 1e400, "files": []}', "too large"),
    ],
)
def test_archives_with_a_hostile_manifest_are_refused(tmp_path, manifest, fragment):
    _, entry = archive_with(tmp_path)
    target, _ = archive_with(tmp_path, manifest_text=manifest(entry))
    with pytest.raises(InputError, match=fragment):
        read_archive(target)


def test_archives_with_a_hostile_mission_are_refused(tmp_path):
    target, _ = archive_with(tmp_path, mission_text=mutated(put("mission.title", "T" * 1_000_000)))
    with pytest.raises(InputError, match=r"hostile.mission:mission.json: mission.title: is 1,000,000 characters"):
        read_archive(target)


# --- generated files: anything goes in, only a record or an InputError comes out -------------------

# Short values only: "repeat" lists one of them up to 200,001 times.
HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["", "America", "9" * 400, "1e999999", "0001-01-01", "9999-12-31", "\ud800", "x" * 501]),
    st.sampled_from(["2023-10-24", "09:00", "12.50", "Asia/Seoul", "-1", "2023-10-23T17:40:00+09:00[Asia/Seoul]"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _containers(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _containers(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            yield from _containers(child, (*path, index))


def places(data) -> list[tuple]:
    return [path for path, _ in _containers(data) if path]


@st.composite
def mutations(draw, base: dict):
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(places(base)))
        parent = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            action = draw(st.sampled_from(["replace", "drop", "duplicate", "deepen", "repeat"]))
            if action == "drop":
                del parent[path[-1]]
            elif action == "duplicate" and isinstance(parent, list):
                parent.append(copy.deepcopy(parent[path[-1]]))
            elif action == "deepen":
                parent[path[-1]] = json.loads("[" * 40 + json.dumps(parent[path[-1]]) + "]" * 40)
            elif action == "repeat":
                parent[path[-1]] = [draw(HOSTILE_VALUES)] * draw(st.sampled_from([2, 10_001, 200_001]))
            else:
                parent[path[-1]] = draw(HOSTILE_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced the way there
    return data


def outcome(read, data) -> None:
    """`read` returns or raises an InputError of one short line; any other exception fails."""
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (UnicodeEncodeError, ValueError):
        return
    try:
        read(text)
    except InputError as error:
        assert "\n" not in str(error) and len(str(error)) < 600


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutations(VALID))
def test_generated_mission_files_give_a_record_or_an_input_error(data):
    outcome(lambda text: record_from_text(text, "m.json"), data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutations(rule_set_data()))
def test_generated_rule_sets_give_a_rule_set_or_an_input_error(data):
    outcome(lambda text: rule_set_from_text(text, "r.json"), data)


def test_an_unterminated_string_full_of_escaped_quotes_is_refused_quickly():
    # Each escaped quote once started a fresh scan to the end of the text: quadratic time.
    with pytest.raises(InputError, match="unterminated string"):
        parse_json('"' + '\\"' * 2_000_000, "f.json")


def test_brackets_inside_texts_do_not_count_as_values():
    assert parse_json('["' + "[{," * 1_000_000 + '"]', "f.json") == ["[{," * 1_000_000]
