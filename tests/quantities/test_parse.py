"""``parse_quantity``: one expression in, one exact quantity out, or ``QuantityError``.

Where a new case goes:

* ``ISSUE_CASES``: every example of issue 4, as written there;
* ``NEWS_CASES``: more expressions seen in news text (add here when a bug report brings one);
* ``KNOWN_GAPS``: cases the normaliser gets wrong today, as strict xfails: when one is fixed its xfail turns red
  and the case moves to one of the lists above;
* ``NOT_QUANTITIES``: text that must raise ``QuantityError``.

Each row states the whole reading: value (``None`` for ranges and excluded ends), unit, kind, bound and the
interval as :class:`~factgen.models.Interval` prints it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import pytest

from factgen.errors import InputError, QuantityError
from factgen.models import Bound, Kind
from factgen.quantities import parse_quantity

E, A, LO, UP, R = Bound.EXACT, Bound.APPROXIMATE, Bound.LOWER, Bound.UPPER, Bound.RANGE


class Case(NamedTuple):
    text: str
    value: str | None
    unit: str | None
    kind: Kind
    bound: Bound
    interval: str


ISSUE_CASES = [
    # scale words and abbreviations
    Case("$58 billion", "58000000000", "USD", Kind.MONEY, E, "[57500000000, 58500000000)"),
    Case("$58.3 billion", "58300000000", "USD", Kind.MONEY, E, "[58250000000, 58350000000)"),
    Case("£1.2bn", "1200000000", "GBP", Kind.MONEY, E, "[1150000000, 1250000000)"),
    Case("€10M", "10000000", "EUR", Kind.MONEY, E, "[9500000, 10500000)"),
    Case("$54K", "54000", "USD", Kind.MONEY, E, "[53500, 54500)"),
    Case("$1MM", "1000000", "USD", Kind.MONEY, E, "[500000, 1500000)"),
    Case("450k", "450000", None, Kind.CARDINAL, E, "[449500, 450500)"),
    Case("Rs 2,000 crore", "20000000000", "INR", Kind.MONEY, E, "[19995000000, 20005000000)"),
    Case("half a million", "500000", None, Kind.CARDINAL, E, "[450000, 550000)"),
    Case("two dozen", "24", None, Kind.CARDINAL, E, "[23.5, 24.5)"),
    Case("twelve hundred", "1200", None, Kind.CARDINAL, E, "[1199.5, 1200.5)"),
    # currency codes glued to numbers
    Case("USD34.6 million", "34600000", "USD", Kind.MONEY, E, "[34550000, 34650000)"),
    Case("GBP25 million", "25000000", "GBP", Kind.MONEY, E, "[24500000, 25500000)"),
    Case("C$120 million", "120000000", "CAD", Kind.MONEY, E, "[119500000, 120500000)"),
    Case("US$88 million", "88000000", "USD", Kind.MONEY, E, "[87500000, 88500000)"),
    Case("A$3 billion", "3000000000", "AUD", Kind.MONEY, E, "[2500000000, 3500000000)"),
    Case("HK$5", "5", "HKD", Kind.MONEY, E, "[4.5, 5.5)"),
    Case("₹500", "500", "INR", Kind.MONEY, E, "[499.5, 500.5)"),
    Case("200 billion roubles", "200000000000", "RUB", Kind.MONEY, E, "[199500000000, 200500000000)"),
    Case("5 billion hryvnias", "5000000000", "UAH", Kind.MONEY, E, "[4500000000, 5500000000)"),
    # bounds, as written: excluded ends have no value
    Case("more than 35,000", None, None, Kind.CARDINAL, LO, "(35000, inf)"),
    Case("more than 35,000 civilians", None, "civilian", Kind.CARDINAL, LO, "(35000, inf)"),
    Case("at least 500,000", "500000", None, Kind.CARDINAL, LO, "[500000, inf)"),
    Case("up to $2 billion", "2000000000", "USD", Kind.MONEY, UP, "(-inf, 2000000000]"),
    Case("just under 80,000", None, None, Kind.CARDINAL, UP, "[75000, 80000)"),
    Case("fewer than 1,000", None, None, Kind.CARDINAL, UP, "(-inf, 1000)"),
    Case("as many as 120,000", "120000", None, Kind.CARDINAL, UP, "(-inf, 120000]"),
    # approximations widen to the last non-zero digit
    Case("about 60", "60", None, Kind.CARDINAL, A, "[55, 65)"),
    Case("nearly 2 million", "2000000", None, Kind.CARDINAL, A, "[1500000, 2000000]"),
    Case("roughly 35,000", "35000", None, Kind.CARDINAL, A, "[34500, 35500)"),
    Case("some 60 people", "60", "person", Kind.CARDINAL, A, "[55, 65)"),
    # ranges
    Case("between 15 and 25 percent", None, "percent", Kind.PERCENT, R, "[15, 25]"),
    Case("1-2 million", None, None, Kind.CARDINAL, R, "[1000000, 2000000]"),
    Case("10 to 15 years", None, "year", Kind.DURATION, R, "[10, 15]"),
    Case("tens of thousands", None, None, Kind.CARDINAL, R, "[10000, 100000)"),
    Case("hundreds of thousands", None, None, Kind.CARDINAL, R, "[100000, 1000000)"),
    Case("2012-13", None, None, Kind.DATE, R, "[2012, 2013]"),
    # percentages
    Case("80 per cent", "80", "percent", Kind.PERCENT, E, "[79.5, 80.5)"),
    Case("45pc", "45", "percent", Kind.PERCENT, E, "[44.5, 45.5)"),
    Case("-1.2%", "-1.2", "percent", Kind.PERCENT, E, "[-1.25, -1.15)"),
    Case("0.3 percentage points", "0.3", "percentage point", Kind.PERCENT, E, "[0.25, 0.35)"),
    # fractions and proportions
    Case("three-fifths", "0.6", None, Kind.FRACTION, E, "[0.6, 0.6]"),
    Case("one in four", "0.25", None, Kind.FRACTION, E, "[0.25, 0.25]"),
    Case("seven out of ten", "0.7", None, Kind.FRACTION, E, "[0.7, 0.7]"),
    # signs come from the text only
    Case("negative $71.5 million", "-71500000", "USD", Kind.MONEY, E, "[-71550000, -71450000)"),
    Case("minus 2 percent", "-2", "percent", Kind.PERCENT, E, "[-2.5, -1.5)"),
    # decimal commas where unambiguous
    Case("7,5 percent", "7.5", "percent", Kind.PERCENT, E, "[7.45, 7.55)"),
    Case("3,500", "3500", None, Kind.CARDINAL, E, "[3499.5, 3500.5)"),
    # ordinals
    Case("24th meeting", "24", "meeting", Kind.ORDINAL, E, "[24, 24]"),
    Case("third-largest", "3", None, Kind.ORDINAL, E, "[3, 3]"),
    # durations and ages
    Case("four-day", "4", "day", Kind.DURATION, E, "[3.5, 4.5)"),
    Case("two-year-old", "2", "year", Kind.AGE, E, "[1.5, 2.5)"),
    Case("45-year-old", "45", "year", Kind.AGE, E, "[44.5, 45.5)"),
    # temperatures and dimensions
    Case("1.5°C", "1.5", "degree Celsius", Kind.TEMPERATURE, E, "[1.45, 1.55)"),
    Case("3C", "3", "degree Celsius", Kind.TEMPERATURE, E, "[2.5, 3.5)"),
    Case("50 kilometres", "50", "kilometre", Kind.DIMENSION, E, "[49.5, 50.5)"),
    Case("31 miles", "31", "mile", Kind.DIMENSION, E, "[30.5, 31.5)"),
    # counted nouns
    Case("35,000 civilians", "35000", "civilian", Kind.CARDINAL, E, "[34999.5, 35000.5)"),
    # a year is a date
    Case("2022", "2022", None, Kind.DATE, E, "[2022, 2022]"),
]

NEWS_CASES = [
    Case("$250 million", "250000000", "USD", Kind.MONEY, E, "[249500000, 250500000)"),
    Case("57 countries", "57", "country", Kind.CARDINAL, E, "[56.5, 57.5)"),
    Case("at least 500,000 soldiers", "500000", "soldier", Kind.CARDINAL, LO, "[500000, inf)"),
    Case("more than two-year-old", None, "year", Kind.AGE, LO, "(2, inf)"),
    Case("second largest city", "2", "city", Kind.ORDINAL, E, "[2, 2]"),
    Case("two U.S. officials", "2", "official", Kind.CARDINAL, E, "[1.5, 2.5)"),
    Case("one U.S. official", "1", "official", Kind.CARDINAL, E, "[0.5, 1.5)"),
    Case("first visit", "1", "visit", Kind.ORDINAL, E, "[1, 1]"),
    Case("$3.5bn", "3500000000", "USD", Kind.MONEY, E, "[3450000000, 3550000000)"),
    Case("£5m", "5000000", "GBP", Kind.MONEY, E, "[4500000, 5500000)"),
    Case("100m", "100", "metre", Kind.DIMENSION, E, "[99.5, 100.5)"),
    Case("5 million USD", "5000000", "USD", Kind.MONEY, E, "[4500000, 5500000)"),
    Case("$1 billion to $2 billion", None, "USD", Kind.MONEY, R, "[1000000000, 2000000000]"),
    Case("$5 million-$10 million", None, "USD", Kind.MONEY, R, "[5000000, 10000000]"),
    Case("1.5-2 million", None, None, Kind.CARDINAL, R, "[1500000, 2000000]"),
    Case("between 2012 and 2015", None, None, Kind.DATE, R, "[2012, 2015]"),
    Case("the 1990s".removeprefix("the "), None, None, Kind.DATE, R, "[1990, 1999]"),
    Case("mid-2022".removeprefix("mid-"), "2022", None, Kind.DATE, E, "[2022, 2022]"),
    Case("about 1.5 million", "1500000", None, Kind.CARDINAL, A, "[1450000, 1550000)"),
    Case("over 40 degrees Celsius", None, "degree Celsius", Kind.TEMPERATURE, LO, "(40, inf)"),
    Case("25,000 square kilometres", "25000", "square kilometre", Kind.DIMENSION, E, "[24999.5, 25000.5)"),
    Case("1,000km", "1000", "kilometre", Kind.DIMENSION, E, "[999.5, 1000.5)"),
    Case("a six-month-old".removeprefix("a "), "6", "month", Kind.AGE, E, "[5.5, 6.5)"),
    Case("45 years old", "45", "year", Kind.AGE, E, "[44.5, 45.5)"),
    Case("aged 45", "45", "year", Kind.AGE, E, "[44.5, 45.5)"),
    Case("a dozen eggs", "12", "egg", Kind.CARDINAL, E, "[11.5, 12.5)"),
    Case("2 million people", "2000000", "person", Kind.CARDINAL, E, "[1500000, 2500000)"),
    Case("2000 troops", "2000", "troop", Kind.CARDINAL, E, "[1999.5, 2000.5)"),
    Case("two-thirds", "0.666666666667", None, Kind.FRACTION, E, "[0.666666666666, 0.666666666667]"),
    Case("1 in 5", "0.2", None, Kind.FRACTION, E, "[0.2, 0.2]"),
    Case("~60", "60", None, Kind.CARDINAL, A, "[55, 65)"),
    Case("+3.5%", "3.5", "percent", Kind.PERCENT, E, "[3.45, 3.55)"),
    Case("1,234,567.89", "1234567.89", None, Kind.CARDINAL, E, "[1234567.885, 1234567.895)"),
    Case("21st century", "21", "century", Kind.ORDINAL, E, "[21, 21]"),
    Case("millions of dollars", None, "USD", Kind.MONEY, R, "[1000000, 1000000000)"),
    Case("dozens of people", None, "person", Kind.CARDINAL, R, "[24, 144)"),
    Case("100 mph", "100", "mile per hour", Kind.DIMENSION, E, "[99.5, 100.5)"),
    Case("1500 thousand", "1500000", None, Kind.CARDINAL, E, "[1499500, 1500500)"),  # scaled: not a year
    Case("-2022", "-2022", None, Kind.CARDINAL, E, "[-2022.5, -2021.5)"),  # signed: not a year
    Case("  $58 billion  ", "58000000000", "USD", Kind.MONEY, E, "[57500000000, 58500000000)"),
    # known gaps of issue 4, fixed by issue 17
    Case("five million pounds", "5000000", "GBP", Kind.MONEY, E, "[4500000, 5500000)"),
    Case("a quarter of a million", "250000", None, Kind.CARDINAL, E, "[245000, 255000)"),
    Case("one and a half million", "1500000", None, Kind.CARDINAL, E, "[1450000, 1550000)"),
]

KNOWN_GAPS = [
    Case("half an hour", "0.5", "hour", Kind.DURATION, E, "[0.45, 0.55)"),  # "half" without a scale word
    Case(
        "3 million-strong", "3000000", None, Kind.CARDINAL, E, "[2500000, 3500000)"
    ),  # "-strong" left unread
]

NOT_QUANTITIES = [
    "Air Force One",
    "G7",
    "F-16",
    "COVID-19",
    "one of the",
    "202-555-0143",
    "(202) 555-0143",
    "+44 20 7946 0958",
    "in 2022",  # a date inside a phrase: extract_quantities finds "2022"; the phrase itself is not one quantity
    "5G",
    "2-1",
    "Article 5",
    "10:30 a.m.",
    "9/11",
    "24/7",
    "April 4",
    "first",  # an adverb on its own
    "C$120 million (US$88 million)",  # two quantities, not one
    "",
    "   ",
    "billion",
    "$",
    "more than",
]


def check_case(case: Case) -> None:
    """Parse ``case.text`` and compare the whole reading with the row."""
    q = parse_quantity(case.text)
    assert q.surface == case.text.strip()
    assert case.text[q.start : q.end] == q.surface
    assert q.value == (None if case.value is None else Decimal(case.value))
    assert (q.unit, q.kind, q.bound) == (case.unit, case.kind, case.bound)
    assert str(q.interval) == case.interval
    if q.value is not None:
        assert q.value in q.interval


@pytest.mark.parametrize("case", ISSUE_CASES, ids=lambda c: c.text)
def test_issue_examples(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize(
    "case",
    NEWS_CASES
    + [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, raises=(AssertionError, QuantityError)))
        for c in KNOWN_GAPS
    ],
    ids=lambda c: c.text,
)
def test_news_examples(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize("text", NOT_QUANTITIES, ids=repr)
def test_not_a_quantity_raises_a_value_error_naming_the_text(text: str) -> None:
    with pytest.raises(QuantityError) as info:
        parse_quantity(text)
    assert isinstance(info.value, InputError)
    assert isinstance(info.value, ValueError)
    assert repr(text.strip()[:20]).strip("'") in str(info.value)


def test_value_is_decimal_and_keeps_written_digits() -> None:
    q = parse_quantity("0.30%")
    assert isinstance(q.value, Decimal)
    assert str(q.value) == "0.30"
    assert str(q.interval) == "[0.295, 0.305)"
