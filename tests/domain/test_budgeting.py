"""The budget engine on hand-made missions, with the sums worked out by hand."""

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from mission_planner.domain.budget import BudgetLine, ExchangeRate, Rule, RuleSet, Split
from mission_planner.domain.budgeting import compute_budget, derived_quantity, person_nights
from mission_planner.domain.enums import Modality, Payer, QuantityBasis, Role, RuleStatus, SplitKind, Status
from mission_planner.domain.money import quantum
from mission_planner.domain.people import Participation, Person, Stay
from tests.factories import full_record

D = Decimal


def record_with(lines, rules=None, status=RuleStatus.VERIFIED, default=None, rates=None):
    record = full_record()
    record.budget_lines = lines
    record.rule_set = (
        None if rules is None else RuleSet("rs", "Rules", status=status, default_payer=default, rules=rules)
    )
    if rates is not None:
        record.exchange_rates = rates
    return record


def line(category, cost, currency="USD", basis=QuantityBasis.FIXED, quantity=None, uid="l", actual=None):
    return BudgetLine(uid, category, "", D(cost), currency, basis, quantity, actual)


def add_local_rps(record, count):
    for n in range(count):
        record.people.append(Person(f"rp{n}", f"Lee{n}", "Ji", "KR"))
        record.participations.append(Participation(f"rp{n}", Role.RESOURCE_PERSON_LOCAL, Status.CONFIRMED))


def test_quantities_follow_the_mission():
    record = full_record()  # one confirmed overseas participant (TR), one accepted local RP
    quantity = lambda basis: derived_quantity(line("other", 1, basis=basis), record)  # noqa: E731
    assert quantity(QuantityBasis.PER_OVERSEAS_PARTICIPANT) == 1
    assert quantity(QuantityBasis.PER_LOCAL_PARTICIPANT) == 2  # no local participant yet: the quota of 2
    assert quantity(QuantityBasis.PER_LOCAL_RP) == 1
    assert quantity(QuantityBasis.PER_DAY) == 2
    assert quantity(QuantityBasis.PER_SITE_VISIT) == 1
    assert quantity(QuantityBasis.PER_PERSON_NIGHT) == 3  # Şule's stay, 23 to 26 October


def test_person_nights_fall_back_to_the_mission_dates_for_travellers_without_a_stay():
    record = full_record()
    record.people.append(Person("new", "Kaya", "Ali", "TR"))
    record.participations.append(Participation("new", Role.PARTICIPANT, Status.CONFIRMED))
    assert person_nights(record) == 3 + 3  # two mission days: arrive the day before, leave the day after
    record.participations[-1].stays = [Stay("Hotel", date(2023, 10, 23), date(2023, 10, 27))]
    assert person_nights(record) == 3 + 4


def test_the_first_two_local_resource_persons_go_to_the_apo_and_the_third_to_the_host():
    rule = Rule("honorarium", Split(SplitKind.FIRST_UNITS, payer=Payer.APO, units=2, rest_payer=Payer.HOST))
    record = record_with([line("honorarium", "300.00", basis=QuantityBasis.PER_LOCAL_RP)], [rule])
    add_local_rps(record, 2)  # three local resource persons in all
    report = compute_budget(record)
    assert report.lines[0].shares == {Payer.APO: D("600.00"), Payer.HOST: D("300.00")}


def test_first_units_are_counted_across_lines():
    rule = Rule("honorarium", Split(SplitKind.FIRST_UNITS, payer=Payer.APO, units=2, rest_payer=Payer.HOST))
    lines = [
        line("honorarium", "100", basis=QuantityBasis.TYPED, quantity=D(1), uid="a"),
        line("honorarium", "100", basis=QuantityBasis.TYPED, quantity=D(2), uid="b"),
    ]
    report = compute_budget(record_with(lines, [rule]))
    assert [r.shares for r in report.lines] == [
        {Payer.APO: D("100.00")},
        {Payer.APO: D("100.00"), Payer.HOST: D("100.00")},
    ]


def test_shares_are_split_to_the_cent_and_add_up():
    rule = Rule("venue", Split(SplitKind.SHARES, shares={Payer.APO: D("33.33"), Payer.HOST: D("66.67")}))
    report = compute_budget(record_with([line("venue", "100.01")], [rule]))
    assert report.lines[0].shares == {Payer.APO: D("33.33"), Payer.HOST: D("66.68")}
    assert sum(report.lines[0].shares.values()) == report.total == D("100.01")


def test_a_cap_holds_across_lines_and_warns_when_exceeded():
    rule = Rule(
        "local transport",
        Split(SplitKind.CAP, payer=Payer.APO, cap_amount=D("500"), cap_currency="USD", rest_payer=Payer.HOST),
    )
    lines = [line("local transport", "300", uid="a"), line("local transport", "300", uid="b")]
    report = compute_budget(record_with(lines, [rule]))
    assert [r.shares for r in report.lines] == [
        {Payer.APO: D("300.00")},
        {Payer.APO: D("200.00"), Payer.HOST: D("100.00")},
    ]
    assert [w.code for w in report.lines[1].warnings] == ["cap_exceeded"]
    assert report.lines[0].warnings == ()


def test_amounts_are_converted_with_the_missions_own_rates():
    rule = Rule("accommodation", Split(SplitKind.PAYER, payer=Payer.APO))
    record = record_with([line("accommodation", "150000", "KRW")], [rule], rates=[ExchangeRate("KRW", D("0.00075"))])
    assert compute_budget(record).total == D("112.50")


def test_a_missing_rate_leaves_the_line_out_with_a_warning():
    record = record_with([line("venue", "1000", "EUR"), line("other", "5", uid="b")], rules=[], rates=[])
    report = compute_budget(record)
    assert report.lines[0].amount is None and [w.code for w in report.lines[0].warnings] == ["missing_rate"]
    assert report.total == D("5.00")


def test_uncovered_lines_go_to_the_default_payer_with_a_warning():
    report = compute_budget(record_with([line("visa", "60")], rules=[], default=Payer.PARTICIPANT))
    assert report.lines[0].shares == {Payer.PARTICIPANT: D("60.00")}
    assert report.lines[0].warnings[0].code == "uncovered_line"


def test_rules_apply_only_to_their_modality_and_role():
    rule = Rule(
        "honorarium",
        Split(SplitKind.PAYER, payer=Payer.APO),
        modalities=[Modality.DIGITAL],
        roles=[Role.RESOURCE_PERSON_LOCAL],
    )
    record = record_with([line("honorarium", "10", basis=QuantityBasis.PER_LOCAL_RP)], [rule], default=Payer.HOST)
    assert compute_budget(record).lines[0].shares == {Payer.HOST: D("10.00")}  # the factory mission is hybrid
    record.mission.modality = Modality.DIGITAL
    assert compute_budget(record).lines[0].shares == {Payer.APO: D("10.00")}


def test_an_unverified_rule_set_is_a_warning_naming_what_to_check():
    report = compute_budget(record_with([line("venue", "1")], [], status=RuleStatus.UNVERIFIED))
    assert report.warnings[0].code == "unverified_rules"


def test_actual_amounts_are_split_like_the_budget():
    rule = Rule("venue", Split(SplitKind.SHARES, shares={Payer.APO: D("50"), Payer.HOST: D("50")}))
    report = compute_budget(record_with([line("venue", "100", actual=D("90.01"))], [rule]))
    assert report.actual_by_payer == {Payer.APO: D("45.01"), Payer.HOST: D("45.00")}
    assert report.actual_total == D("90.01")


payers = st.sampled_from(list(Payer))
categories = st.sampled_from(["venue", "honorarium", "accommodation", "other"])


@st.composite
def rules(draw):
    kind = draw(st.sampled_from(list(SplitKind)))
    category = draw(categories)
    if kind == SplitKind.PAYER:
        return Rule(category, Split(kind, payer=draw(payers)))
    if kind == SplitKind.SHARES:
        cut = draw(st.integers(min_value=0, max_value=100))
        return Rule(category, Split(kind, shares={Payer.APO: D(cut), Payer.HOST: D(100 - cut)}))
    if kind == SplitKind.FIRST_UNITS:
        return Rule(category, Split(kind, payer=draw(payers), units=draw(st.integers(0, 5)), rest_payer=draw(payers)))
    cap = draw(st.decimals(min_value=0, max_value=5000, places=2))
    return Rule(category, Split(kind, payer=Payer.APO, cap_amount=cap, cap_currency="USD", rest_payer=Payer.SPONSOR))


@st.composite
def lines(draw):
    count = draw(st.integers(1, 8))
    return [
        BudgetLine(
            f"l{n}",
            draw(categories),
            "",
            draw(st.decimals(min_value=0, max_value=100000, places=2)),
            draw(st.sampled_from(["USD", "KRW", "KWD"])),
            QuantityBasis.TYPED,
            D(draw(st.integers(0, 50))),
        )
        for n in range(count)
    ]


RATES = [ExchangeRate("USD", D("1.3")), ExchangeRate("KRW", D("0.0011")), ExchangeRate("KWD", D("3.1"))]


@settings(max_examples=300, deadline=None)
@given(lines(), st.lists(rules(), max_size=5), st.sampled_from(["USD", "KRW", "KWD"]))
def test_shares_reconcile_exactly_and_caps_hold_for_any_lines_and_rules(budget_lines, rule_list, currency):
    record = record_with(budget_lines, rule_list, rates=RATES)
    record.mission.reporting_currency = currency
    report = compute_budget(record)
    step = quantum(currency)
    for result in report.lines:
        assert sum(result.shares.values()) == result.amount
    assert sum(report.by_payer.values()) == report.total == sum(report.by_category.values())
    rates = {rate.currency: rate.rate for rate in RATES} | {currency: D(1)}
    for rule in rule_list:
        covered = [r for r in report.lines if r.rule is rule and r.amount]
        split = rule.split
        if split.kind == SplitKind.CAP:
            paid = sum(r.shares.get(split.payer, D(0)) for r in covered)
            assert paid <= split.cap_amount * rates["USD"] + step * len(covered)
        if split.kind == SplitKind.FIRST_UNITS and split.payer != split.rest_payer:
            left = D(split.units)
            for r in [r for r in report.lines if r.rule is rule]:
                first = min(left, r.quantity)
                left -= first
                exact = r.line.unit_cost * first * rates[r.line.currency]
                assert abs(r.shares.get(split.payer, D(0)) - exact) <= 2 * step
