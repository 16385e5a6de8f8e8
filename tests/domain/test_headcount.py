"""Head counts of the budget: nominees are not seats; the quota counts until people are accepted."""

from decimal import Decimal

from mission_planner.domain.budget import BudgetLine, ExchangeRate
from mission_planner.domain.budgeting import compute_budget, quantity_of
from mission_planner.domain.enums import QuantityBasis, Role, Status
from mission_planner.domain.headcount import QuantitySource, headcount
from mission_planner.domain.people import Participation, Person
from tests.factories import full_record

D = Decimal
PER_OVERSEAS = QuantityBasis.PER_OVERSEAS_PARTICIPANT


def mission_with(nominated=0, accepted=0, quota=12, confirmed=0):
    """A mission whose only participants are the ones asked for, all overseas (Türkiye)."""
    record = full_record()
    record.mission.overseas_quota = quota
    record.participations = [p for p in record.participations if p.role != Role.PARTICIPANT]
    statuses = [Status.NOMINATED] * nominated + [Status.ACCEPTED] * accepted + [Status.CONFIRMED] * confirmed
    for n, status in enumerate(statuses):
        record.people.append(Person(f"p{n}", f"Yılmaz{n}", "Ada", "TR"))
        record.participations.append(Participation(f"p{n}", Role.PARTICIPANT, status))
    return record


def per_participant(record, cost="1200"):
    line = BudgetLine("l", "air fare", "", D(cost), "USD", PER_OVERSEAS)
    record.budget_lines = [line]
    return quantity_of(line, record)


def test_sixty_three_nominees_for_twelve_seats_count_twelve_the_quota():
    record = mission_with(nominated=63, quota=12)
    assert per_participant(record) == (D(12), QuantitySource("quota", {"quota": 12, "nominated": 63}))
    assert compute_budget(record).total == D("14400.00")  # not 63 x 1,200


def test_once_people_are_accepted_they_count():
    record = mission_with(nominated=50, accepted=7, confirmed=3, quota=12)
    assert per_participant(record) == (D(10), QuantitySource("accepted", {"accepted": 10, "quota": 12}))


def test_more_accepted_than_seats_count_the_quota_and_say_so():
    record = mission_with(accepted=14, quota=12)
    assert per_participant(record) == (D(12), QuantitySource("quota_cap", {"quota": 12, "accepted": 14}))


def test_the_coordinator_types_a_quantity_to_count_above_the_quota():
    record = mission_with(accepted=14, quota=12)
    line = BudgetLine("l", "air fare", "", D(1200), "USD", QuantityBasis.TYPED, D(14))
    assert quantity_of(line, record) == (D(14), QuantitySource("typed"))


def test_without_a_quota_the_nominees_count_until_someone_is_accepted():
    record = mission_with(nominated=5, quota=None)
    assert per_participant(record) == (D(5), QuantitySource("nominated", {"nominated": 5}))
    record = mission_with(nominated=5, accepted=2, quota=None)
    assert per_participant(record) == (D(2), QuantitySource("accepted", {"accepted": 2, "quota": None}))


def test_withdrawn_and_rejected_people_are_never_counted():
    record = mission_with(accepted=3, quota=12)
    record.participations[-1].status = Status.WITHDRAWN
    record.participations[-2].status = Status.REJECTED
    assert headcount(record, "overseas").count == 1


def test_person_nights_follow_the_same_head_count():
    record = mission_with(nominated=63, quota=12)  # two mission days: three nights each
    line = BudgetLine("n", "accommodation", "", D(100), "USD", QuantityBasis.PER_PERSON_NIGHT)
    quantity, source = quantity_of(line, record)
    local_rp_nights = 0  # the local resource person sleeps at home
    assert quantity == 12 * 3 + local_rp_nights
    assert source.code == "person_nights" and source.params["overseas"].code == "quota"


def test_a_line_without_a_rate_makes_the_total_incomplete_and_names_the_currency():
    record = mission_with(accepted=2)
    record.exchange_rates = [ExchangeRate("EUR", D("1.1"))]
    record.budget_lines = [
        BudgetLine("a", "venue", "", D(1000000), "KRW", QuantityBasis.FIXED),
        BudgetLine("b", "other", "", D(5), "USD", QuantityBasis.FIXED),
    ]
    report = compute_budget(record)
    assert report.incomplete and report.missing_rates == ("KRW",)
    assert report.total == D("5.00")
    assert report.warnings[0].code == "incomplete_total" and report.warnings[0].params["currencies"] == ("KRW",)


def test_a_budget_with_every_rate_is_complete():
    record = mission_with(accepted=2)
    record.exchange_rates = [ExchangeRate("KRW", D("0.00075"))]
    record.budget_lines = [BudgetLine("a", "venue", "", D(1000000), "KRW", QuantityBasis.FIXED)]
    report = compute_budget(record)
    assert not report.incomplete and report.missing_rates == ()
    assert all(w.code != "incomplete_total" for w in report.warnings)
