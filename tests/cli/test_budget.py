"""The budget through the workspace and the command line, on the demo missions."""

import json
from decimal import Decimal

import pytest

from mission_planner.domain.budget import BudgetLine
from mission_planner.domain.enums import QuantityBasis, RuleStatus, Status
from mission_planner.errors import InputError
from mission_planner.services.budget import budget_data
from mission_planner.services.rule_sets import presets, read_rule_set_file, write_rule_set_file
from tests.cli.runner import cli

DEMO_CODES = ["23-IP-12-GE-OSM-A", "21-IP-06-GE-OSM-B", "23-IP-20-GE-WSP-B"]


def test_in_the_digital_demo_two_honoraria_go_to_the_apo_and_the_third_to_the_host(demo):
    report = demo.budget.report("21-IP-06-GE-OSM-B")
    [honorarium] = [r for r in report.lines if r.line.category == "honorarium"]
    assert honorarium.quantity == 3
    per_person = honorarium.amount / 3
    assert honorarium.shares[next(iter(honorarium.shares))] == 2 * per_person
    data = budget_data("21-IP-06-GE-OSM-B", report)
    [line] = [line for line in data["lines"] if line["category"] == "honorarium"]
    assert line["shares"] == {"apo": "1020.00", "host": "510.00"}
    assert line["rule"] == "honorarium: first 2 units apo, the rest host"


@pytest.mark.parametrize("code", DEMO_CODES)
def test_the_json_totals_reconcile_exactly_for_every_demo_mission(demo_db, code):
    result = cli("--db", demo_db, "budget", code, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"mission", "currency", "total", "by_payer", "by_category", "lines", "warnings"}
    total = Decimal(data["total"])
    assert sum(map(Decimal, data["by_payer"].values())) == total
    assert sum(map(Decimal, data["by_category"].values())) == total
    assert sum(Decimal(line["amount"]) for line in data["lines"]) == total
    for line in data["lines"]:
        assert sum(map(Decimal, line["shares"].values())) == Decimal(line["amount"])
    assert set(data["by_payer"]) <= {"apo", "host", "participating", "participant", "sponsor"}


def test_a_new_nominee_leaves_the_per_night_lines_at_the_full_quota(demo, tmp_path):
    code = "23-IP-12-GE-OSM-A"  # six confirmed for six seats
    before = {
        r.line.uid: r.quantity for r in demo.budget.report(code).lines if r.line.basis == QuantityBasis.PER_PERSON_NIGHT
    }
    path = tmp_path / "one.csv"
    path.write_text("family_name,given_name,country,organization,email\nKaya,Elif,TR,TÜBİTAK,elif@example.org\n")
    demo.people.import_delegates(code, path)
    after = {
        r.line.uid: r.quantity for r in demo.budget.report(code).lines if r.line.basis == QuantityBasis.PER_PERSON_NIGHT
    }
    assert before and after == before
    record = demo.missions.load_record(code)
    [elif_kaya] = [p for p in record.people if p.family_name == "Kaya"]
    demo.people.set_status(code, elif_kaya.uid, Status.ACCEPTED)  # a seventh accepted: still the quota of six
    assert {r.line.uid: r.quantity for r in demo.budget.report(code).lines if r.line.uid in before} == before


def test_budget_lines_and_rates_are_edited_in_transactions(demo):
    code = "21-IP-06-GE-OSM-B"
    changed = demo.budget.save_budget_line(
        code, BudgetLine("", "interpretation", "Korean–English", Decimal(500), "USD", QuantityBasis.PER_DAY)
    )
    [uid] = changed.added
    assert demo.budget.report(code).by_category["interpretation"] == 1000
    with pytest.raises(InputError, match="not a budget category"):
        demo.budget.save_budget_line(code, BudgetLine("", "champagne", "", Decimal(1), "USD"))
    demo.budget.set_exchange_rate(code, "KRW", None)
    assert any(w.code == "missing_rate" for r in demo.budget.report(code).lines for w in r.warnings)
    demo.budget.delete_budget_line(uid)
    assert "interpretation" not in demo.budget.report(code).by_category


def test_presets_ship_with_the_verified_digital_rule_first():
    shipped = presets()
    assert next(iter(shipped)) == "digital-multicountry"
    assert shipped["digital-multicountry"].status == RuleStatus.VERIFIED
    assert all(
        r.status == RuleStatus.UNVERIFIED and r.to_verify for n, r in shipped.items() if n != "digital-multicountry"
    )


def test_a_preset_copied_into_a_mission_is_its_own(demo, tmp_path):
    demo.budget.use_rule_set("23-IP-12-GE-OSM-A", presets()["face-to-face-multicountry"])
    record = demo.missions.load_record("23-IP-12-GE-OSM-A")
    assert record.rule_set.name == "APO face-to-face multicountry projects (template)"
    assert record.rule_set.uid != presets()["face-to-face-multicountry"].uid
    path = tmp_path / "rules.json"
    write_rule_set_file(record.rule_set, path)
    assert read_rule_set_file(path) == record.rule_set


def _edited_preset(tmp_path, edit):
    path = tmp_path / "rules.json"
    write_rule_set_file(presets()["face-to-face-multicountry"], path)
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_rule_set_with_a_share_over_100_percent_is_refused(tmp_path):
    def edit(data):
        data["rules"][0]["split"] = {"kind": "shares", "shares": {"apo": "120", "host": "-20"}}

    with pytest.raises(InputError, match=r"rules\[0\]\.split\.shares\.apo: 120% is not between 0% and 100%"):
        read_rule_set_file(_edited_preset(tmp_path, edit))


def test_a_rule_set_with_an_unknown_category_is_refused(tmp_path):
    def edit(data):
        data["rules"][1]["category"] = "champagne"

    with pytest.raises(InputError, match=r"rules\[1\]\.category: 'champagne' is not a budget category"):
        read_rule_set_file(_edited_preset(tmp_path, edit))


def test_the_cli_uses_and_exports_rule_sets(demo_db, tmp_path):
    assert "digital-multicountry" in cli("rules", "list").stdout
    used = cli("--db", demo_db, "rules", "use", "23-IP-12-GE-OSM-A", "host-funded")
    assert used.returncode == 0 and "Host-funded mission (template)" in used.stdout
    path = tmp_path / "r.json"
    assert cli("--db", demo_db, "rules", "export", "23-IP-12-GE-OSM-A", str(path)).returncode == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["rules"][0]["split"]["shares"] = {"apo": "70", "host": "40"}
    data["rules"][0]["split"]["kind"] = "shares"
    path.write_text(json.dumps(data), encoding="utf-8")
    refused = cli("--db", demo_db, "rules", "use", "23-IP-12-GE-OSM-A", str(path))
    assert refused.returncode == 2
    assert refused.stderr.strip().endswith("rules[0].split.shares: the shares add up to 110%, not 100%")


def test_currencies_must_be_iso_4217(demo):
    with pytest.raises(InputError, match="'XYZ' is not an ISO 4217 currency code"):
        demo.budget.set_exchange_rate("21-IP-06-GE-OSM-B", "XYZ", Decimal("1.5"))
    with pytest.raises(InputError, match="'ABC' is not an ISO 4217"):
        demo.budget.save_budget_line(
            "21-IP-06-GE-OSM-B", BudgetLine("", "venue", "", Decimal(1), "ABC", QuantityBasis.FIXED)
        )


def test_a_deleted_line_comes_back_with_its_uid(demo):
    code = "21-IP-06-GE-OSM-B"
    line = demo.missions.load_record(code).budget_lines[0]
    demo.budget.delete_budget_line(line.uid)
    assert demo.budget.save_budget_line(code, line).added == (line.uid,)
    assert line.uid in {saved.uid for saved in demo.missions.load_record(code).budget_lines}
