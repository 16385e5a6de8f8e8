from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mission_planner.domain.money import allocate, minor_units, quantum, round_money


def test_minor_units_follow_iso_4217():
    assert (minor_units("USD"), minor_units("KRW"), minor_units("JPY"), minor_units("KWD")) == (2, 0, 0, 3)
    assert quantum("KRW") == Decimal(1) and quantum("USD") == Decimal("0.01")


def test_rounding_is_half_up_to_the_minor_unit():
    assert round_money(Decimal("0.125"), "USD") == Decimal("0.13")
    assert round_money(Decimal("1500.5"), "KRW") == Decimal("1501")


def test_a_third_each_leaves_the_odd_cent_to_the_first():
    assert allocate(Decimal("100.00"), [Decimal(1)] * 3, "USD") == [
        Decimal("33.34"),
        Decimal("33.33"),
        Decimal("33.33"),
    ]


def test_the_largest_remainder_gets_the_leftover_unit():
    assert allocate(Decimal("10"), [Decimal("0.15"), Decimal("0.85")], "KRW") == [Decimal("2"), Decimal("8")]


amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
weights = st.lists(st.decimals(min_value=0, max_value=1000, places=3, allow_nan=False), min_size=1, max_size=6)


@given(amounts, weights, st.sampled_from(["USD", "KRW", "KWD"]))
def test_parts_always_add_up_and_stay_within_one_unit_of_their_share(total, weight_list, currency):
    total = round_money(total, currency)
    parts = allocate(total, weight_list, currency)
    assert sum(parts) == total
    weight_sum = sum(weight_list)
    for part, weight in zip(parts, weight_list, strict=True):
        assert part == round_money(part, currency)
        if weight_sum:
            assert abs(part - total * weight / weight_sum) < quantum(currency)
