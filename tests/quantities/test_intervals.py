"""The precision rule (``factgen.quantities.intervals``) and the relations the verdict rules read from it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen.models import Bound, Relation
from factgen.quantities import parse_quantity
from tests.strategies import RenderedQuantity, digit_strings, quantity_surfaces


@pytest.mark.parametrize(
    ("claim", "evidence", "relation"),
    [
        ("$58 billion", "$58.3 billion", Relation.CONTAINS),  # 58.3 rounds to 58
        ("$58 billion", "$59 billion", Relation.DISJOINT),
        ("$85 billion", "$58 billion", Relation.DISJOINT),
        ("more than 35,000", "35,000", Relation.OVERLAPS),  # 35,000 itself is excluded; 35,000.4 is not
        ("more than 30,000", "35,000", Relation.CONTAINS),
        ("at least 500,000", "500,000", Relation.OVERLAPS),  # "500,000" may be 499,999.6 rounded
        ("at least 500,000", "600,000", Relation.CONTAINS),
        ("fewer than 1,000", "1,200", Relation.DISJOINT),
        ("about 60", "62", Relation.CONTAINS),
        ("about 60", "66", Relation.DISJOINT),
        ("nearly 2 million", "1.9 million", Relation.CONTAINS),
        ("nearly 2 million", "2.1 million", Relation.DISJOINT),
        ("between 15 and 25 percent", "20%", Relation.CONTAINS),
        ("tens of thousands", "35,000", Relation.CONTAINS),
        ("tens of thousands", "hundreds of thousands", Relation.DISJOINT),
        ("35,000", "about 35,000", Relation.WITHIN),
        ("2012-13", "2013", Relation.CONTAINS),
        ("up to $2 billion", "$1.5 billion", Relation.CONTAINS),
        ("just under 80,000", "79,000", Relation.CONTAINS),
        ("just under 80,000", "80,000", Relation.OVERLAPS),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_relations_between_readings(claim: str, evidence: str, relation: Relation) -> None:
    assert parse_quantity(claim).interval.relation(parse_quantity(evidence).interval) is relation


@pytest.mark.parametrize(
    ("text", "half_width"),
    [
        ("58", "0.5"),
        ("58.3", "0.05"),
        ("35,000", "0.5"),  # trailing zeros written as digits are significant
        ("$58 billion", "500000000"),
        ("$58.3 billion", "50000000"),
        ("about 35,000", "500"),  # an approximation word says they were rounded
        ("about 60", "5"),
        ("about 7", "0.5"),
        ("about 1.5 million", "50000"),
        ("twelve hundred", "0.5"),  # words read like the digits they stand for
        ("half a million", "50000"),
        ("five million", "500000"),
    ],
)
def test_half_width_of_exact_and_approximate_readings(text: str, half_width: str) -> None:
    q = parse_quantity(text)
    assert q.value is not None
    assert q.low is not None
    assert q.high is not None
    assert q.value - q.low == q.high - q.value == Decimal(half_width)


def test_excluded_ends_have_no_stated_value_but_keep_the_number() -> None:
    q = parse_quantity("more than 35,000")
    assert (q.value, q.low, q.low_inclusive, q.high, q.bound) == (
        None,
        Decimal(35000),
        False,
        None,
        Bound.LOWER,
    )
    q = parse_quantity("fewer than 1,000")
    assert (q.value, q.low, q.high, q.high_inclusive, q.bound) == (
        None,
        None,
        Decimal(1000),
        False,
        Bound.UPPER,
    )


@given(quantity_surfaces())
def test_rendered_surfaces_round_trip(r: RenderedQuantity) -> None:
    q = parse_quantity(r.surface)
    assert q.surface == r.surface
    assert (q.value, q.unit, q.kind, q.bound) == (r.value, r.unit, r.kind, r.bound)
    assert (q.low, q.high) == (r.low, r.high)
    if q.value is not None:
        assert q.value in q.interval


@given(digit_strings(), st.sampled_from([("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12)]))
def test_scale_words_multiply_exactly(digits: str, scale: tuple[str, int]) -> None:
    word, power = scale
    q = parse_quantity(f"{digits} {word}")
    assert q.value == Decimal(digits.replace(",", "")) * 10**power


@given(st.integers(0, 10**9), st.integers(1, 10**6))
def test_ranges_are_ordered_or_not_ranges(a: int, b: int) -> None:
    text = f"between {a:,} and {a + b:,}"
    q = parse_quantity(text)
    assert (q.low, q.high, q.bound, q.value) == (Decimal(a), Decimal(a + b), Bound.RANGE, None)
