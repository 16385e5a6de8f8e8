"""Money: Decimal amounts in ISO 4217 currencies, rounded to each currency's minor unit, and
split between payers so that the parts always add up to the whole."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

# ISO 4217 currencies whose minor unit is not the cent; every other currency has two decimals.
_MINOR_UNITS = {
    **dict.fromkeys(
        (
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "UYI",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
        ),
        0,
    ),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency.upper(), 2)


def quantum(currency: str) -> Decimal:
    """The smallest amount of the currency: 0.01 for USD, 1 for KRW."""
    return Decimal(1).scaleb(-minor_units(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def allocate(total: Decimal, weights: Sequence[Decimal], currency: str) -> list[Decimal]:
    """Split `total` (already rounded) in proportion to `weights`, to the minor unit, by the
    largest remainder method: the parts add up to `total` exactly and each is within one minor
    unit of its exact share. Ties go to the earlier weight."""
    step = quantum(currency)
    weight_sum = sum(weights, Decimal(0))
    if not weights:
        return []
    if weight_sum == 0:
        return [total if i == 0 else Decimal(0).quantize(step) for i in range(len(weights))]
    exact = [total * weight / weight_sum for weight in weights]
    floors = [share.quantize(step, rounding=ROUND_DOWN) for share in exact]
    leftover = int((total - sum(floors, Decimal(0))) / step)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:leftover]:
        floors[i] += step
    return floors
