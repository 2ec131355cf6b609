"""Issue 17: the normaliser's long tail beyond news, and no number read inside a name.

One case table per family of the issue. Where a new case goes:

* the family's list (``ORDINALS`` ... ``MONEY_AND_UNITS``): one expression and its whole reading, as in
  ``test_parse.py``; written in the shape of real text, not copied from the issue;
* ``NAMES_IN_CONTEXT``: sentences with numbers inside names, pronouns and idioms, and what is found in them;
* ``KNOWN_GAPS``: readings the normaliser gets wrong today, as strict xfails (a fix turns them red and moves them).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen.errors import QuantityError
from factgen.models import Bound, Kind
from factgen.quantities import extract_quantities, parse_quantity
from tests.quantities.test_extract import Context, Found, check_context
from tests.quantities.test_parse import Case, check_case

E, A, LO, UP, R = Bound.EXACT, Bound.APPROXIMATE, Bound.LOWER, Bound.UPPER, Bound.RANGE
C, O, F, M, P, D = Kind.CARDINAL, Kind.ORDINAL, Kind.FRACTION, Kind.MONEY, Kind.PERCENT, Kind.DIMENSION

ORDINALS = [
    Case("forty-third president", "43", "president", O, E, "[43, 43]"),
    Case("ninety-ninth", "99", None, O, E, "[99, 99]"),
    Case("sixty-fifth anniversary", "65", "anniversary", O, E, "[65, 65]"),
    Case("eightieth birthday", "80", "birthday", O, E, "[80, 80]"),
    Case("three hundred second", "302", None, O, E, "[302, 302]"),
    Case("two hundredth", "200", None, O, E, "[200, 200]"),
    Case("one hundred twenty-fifth", "125", None, O, E, "[125, 125]"),
    Case("one hundred and fiftieth anniversary", "150", "anniversary", O, E, "[150, 150]"),
    Case("thousandth", "1000", None, O, E, "[1000, 1000]"),
    Case("seventy-seventh", "77", None, O, E, "[77, 77]"),
    Case("twenty first", "21", None, O, E, "[21, 21]"),
    Case("fifth-largest economy", "5", "economy", O, E, "[5, 5]"),
    Case("ninth", "9", None, O, E, "[9, 9]"),
    Case("103rd", "103", None, O, E, "[103, 103]"),
    Case("fourtieth", "40", None, O, E, "[40, 40]"),  # a common misspelling
]

FRACTIONS = [
    Case("three quarters of a billion", "750000000", None, C, E, "[745000000, 755000000)"),
    Case("a third of a million", "333333.333333", None, C, E, "[333333.333333, 333333.333334]"),
    Case("a quarter of a million people", "250000", "person", C, E, "[245000, 255000)"),
    Case("half a billion", "500000000", None, C, E, "[450000000, 550000000)"),
    Case("one sixteenth", "0.0625", None, F, E, "[0.0625, 0.0625]"),
    Case("seven eighths", "0.875", None, F, E, "[0.875, 0.875]"),
    Case("a fifth", "0.2", None, F, E, "[0.2, 0.2]"),
    Case("a hundredth", "0.01", None, F, E, "[0.01, 0.01]"),
    Case("twenty-three fifths", "4.6", None, F, E, "[4.6, 4.6]"),
    Case("3/4", "0.75", None, F, E, "[0.75, 0.75]"),
    Case("-2/3", "-0.666666666667", None, F, E, "[-0.666666666667, -0.666666666666]"),
    Case("3 3/4", "3.75", None, C, E, "[3.75, 3.75]"),
    Case("3 3/4 inches", "3.75", "inch", D, E, "[3.75, 3.75]"),
    Case("2  1/4", "2.25", None, C, E, "[2.25, 2.25]"),
    Case("- 1 4/5", "-1.8", None, C, E, "[-1.8, -1.8]"),
    Case("one and a half", "1.5", None, C, E, "[1.45, 1.55)"),
    Case("five and a quarter", "5.25", None, C, E, "[5.245, 5.255)"),
    Case("two and a half million", "2500000", None, C, E, "[2450000, 2550000)"),
    Case("one over 20", "0.05", None, F, E, "[0.05, 0.05]"),
    Case("more than 1/2", None, None, F, LO, "(0.5, inf)"),
]

NOTATION = [
    Case("2.5e6", "2500000", None, C, E, "[2450000, 2550000)"),
    Case("7e-3", "0.007", None, C, E, "[0.0065, 0.0075)"),
    Case("-12e-1", "-1.2", None, C, E, "[-1.25, -1.15)"),
    Case("12.32e+14", "1232000000000000", None, C, E, "[1231500000000000, 1232500000000000)"),
    Case("2.48×10−5", "0.0000248", None, C, E, "[0.00002475, 0.00002485)"),
    Case("3 bln", "3000000000", None, C, E, "[2500000000, 3500000000)"),
    Case("4.5 k", "4500", None, C, E, "[4450, 4550)"),
    Case("15 hundred", "1500", None, C, E, "[1450, 1550)"),
    Case("322 hundred", "32200", None, C, E, "[32150, 32250)"),
    Case("3 dozen eggs", "36", "egg", C, E, "[30, 42)"),
    Case("250 000", "250000", None, C, E, "[249999.5, 250000.5)"),
    Case("250\u2009000 people", "250000", "person", C, E, "[249999.5, 250000.5)"),
    Case("1\u202f234\u202f567", "1234567", None, C, E, "[1234566.5, 1234567.5)"),
    Case(
        "twenty-one trillion three hundred",
        "21000000000300",
        None,
        C,
        E,
        "[21000000000299.5, 21000000000300.5)",
    ),
    Case("two hundred and two thousand", "202000", None, C, E, "[201500, 202500)"),  # as "202 thousand"
    Case("ninty people", "90", "person", C, E, "[89.5, 90.5)"),
    Case("fourty-five", "45", None, C, E, "[44.5, 45.5)"),
    Case("5 milion", "5000000", None, C, E, "[4500000, 5500000)"),
]

COMPARISONS = [
    Case("1,200-plus deaths", "1200", "death", C, LO, "[1200, inf)"),
    Case("40-odd members", "40", "member", C, LO, "[40, inf)"),
    Case("more than 40 and fewer than 60", None, None, C, R, "(40, 60)"),
    Case("at least 5 and at most 9", None, None, C, R, "[5, 9]"),
    Case("above 1000 and below 1500", None, None, C, R, "(1000, 1500)"),
    Case("no more than 50 and no less than 20", None, None, C, R, "[20, 50]"),
    Case("at least 200 people but fewer than 300", None, "person", C, R, "[200, 300)"),
    Case("300 or more", "300", None, C, LO, "[300, inf)"),
    Case("1,000 or fewer", "1000", None, C, UP, "(-inf, 1000]"),
    Case("100 people or more", "100", "person", C, LO, "[100, inf)"),
    Case("18 or older", "18", None, C, LO, "[18, inf)"),
    Case("$500 or less", "500", "USD", M, UP, "(-inf, 500]"),
    Case("<5", None, None, C, UP, "(-inf, 5)"),
    Case(">= 3", "3", None, C, LO, "[3, inf)"),
    Case("≤ 2%", "2", "percent", P, UP, "(-inf, 2]"),
    Case("< = 100", "100", None, C, UP, "(-inf, 100]"),
    Case("between 2% and 3%", None, "percent", P, R, "[2, 3]"),
    Case("1.75%-2%", None, "percent", P, R, "[1.75, 2]"),
    Case("from 4% to 4.5%", None, "percent", P, R, "[4, 4.5]"),
    Case("5.25%–5.5%", None, "percent", P, R, "[5.25, 5.5]"),
    Case("2-3 billion", None, None, C, R, "[2000000000, 3000000000]"),
    Case("20 through 100", None, None, C, R, "[20, 100]"),
    Case("larger than 10 and smaller than 20", None, None, C, R, "(10, 20)"),
    Case("less than or equal to 100", "100", None, C, UP, "(-inf, 100]"),
]

MONEY_AND_UNITS = [
    # a noun in "s" that counts nothing modifies the next one: "measles cases" are cases (read on the dev corpus)
    Case("124 measles cases", "124", "case", C, E, "[123.5, 124.5)"),
    Case("about 30 mumps infections", "30", "infection", C, A, "[25, 35)"),
    Case("85 cents", "0.85", "USD", M, E, "[0.845, 0.855)"),
    Case("99 cents", "0.99", "USD", M, E, "[0.985, 0.995)"),
    Case("10 to 15 cents", None, "USD", M, R, "[0.10, 0.15]"),
    Case("50p", "0.50", "GBP", M, E, "[0.495, 0.505)"),
    Case("C $ 16.4 million", "16400000", "CAD", M, E, "[16350000, 16450000)"),
    Case("US $ 2 billion", "2000000000", "USD", M, E, "[1500000000, 2500000000)"),
    Case("$ 300", "300", "USD", M, E, "[299.5, 300.5)"),
    Case("10,000 Egyptian pounds", "10000", "EGP", M, E, "[9999.5, 10000.5)"),
    Case("500 million Mexican pesos", "500000000", "MXN", M, E, "[499500000, 500500000)"),
    Case("2 trillion Indonesian rupiah", "2000000000000", "IDR", M, E, "[1500000000000, 2500000000000)"),
    Case("40 billion naira", "40000000000", "NGN", M, E, "[39500000000, 40500000000)"),
    Case("1.2 billion Kenyan shillings", "1200000000", "KES", M, E, "[1150000000, 1250000000)"),
    Case("five million pounds", "5000000", "GBP", M, E, "[4500000, 5500000)"),
    Case("200 pounds", "200", "pound", D, E, "[199.5, 200.5)"),
    Case("98.6 F", "98.6", "degree Fahrenheit", Kind.TEMPERATURE, E, "[98.55, 98.65)"),
    Case("40 C", "40", "degree Celsius", Kind.TEMPERATURE, E, "[39.5, 40.5)"),
    Case("-5C", "-5", "degree Celsius", Kind.TEMPERATURE, E, "[-5.5, -4.5)"),
    Case("104 degrees Fahrenheit", "104", "degree Fahrenheit", Kind.TEMPERATURE, E, "[103.5, 104.5)"),
    Case("90 fahrenheit", "90", "degree Fahrenheit", Kind.TEMPERATURE, E, "[89.5, 90.5)"),
    Case("6 deg c", "6", "degree Celsius", Kind.TEMPERATURE, E, "[5.5, 6.5)"),
    Case("98.6 degrees f", "98.6", "degree Fahrenheit", Kind.TEMPERATURE, E, "[98.55, 98.65)"),
    Case("10.5 celcius", "10.5", "degree Celsius", Kind.TEMPERATURE, E, "[10.45, 10.55)"),  # misspelt
    Case("100.2 degrees farenheit", "100.2", "degree Fahrenheit", Kind.TEMPERATURE, E, "[100.15, 100.25)"),
    Case("hk $ 10.05 billion", "10050000000", "HKD", M, E, "[10045000000, 10055000000)"),
    Case("c $ 16.4 million", "16400000", "CAD", M, E, "[16350000, 16450000)"),
    Case("£ 8.10 million", "8100000", "GBP", M, E, "[8095000, 8105000)"),
    Case("4.7m residents", "4700000", "resident", C, E, "[4650000, 4750000)"),
    Case("1.2m people", "1200000", "person", C, E, "[1150000, 1250000)"),
    Case("2.1bn users", "2100000000", "user", C, E, "[2050000000, 2150000000)"),
    Case("300k jobs", "300000", "job", C, E, "[299500, 300500)"),
    Case("100m", "100", "metre", D, E, "[99.5, 100.5)"),
    Case("$2.174T", "2174000000000", "USD", M, E, "[2173500000000, 2174500000000)"),
    Case("1.5 MB", "1.5", "megabyte", D, E, "[1.45, 1.55)"),
    Case("250KB", "250", "kilobyte", D, E, "[249.5, 250.5)"),
    Case("930,000 mi", "930000", "mile", D, E, "[929999.5, 930000.5)"),
    Case("116,347 sq mi", "116347", "square mile", D, E, "[116346.5, 116347.5)"),
    Case("7.3 MWh", "7.3", "megawatt hour", D, E, "[7.25, 7.35)"),
    Case("3 to 4 L", None, "litre", D, R, "[3, 4]"),
    Case("68-ounce", "68", "ounce", D, E, "[67.5, 68.5)"),
    Case("1.5 million gallon", "1500000", "gallon", D, E, "[1450000, 1550000)"),
    Case("0.9 trillion cubic feet", "900000000000", "cubic foot", D, E, "[850000000000, 950000000000)"),
    Case("188 miles an hour", "188", "mile per hour", D, E, "[187.5, 188.5)"),
    Case("1/4 mile", "0.25", "mile", D, E, "[0.25, 0.25]"),
    Case("16-bit", "16", "bit", D, E, "[15.5, 16.5)"),
    Case("2,000.45±0.01 pounds", "2000.45", "pound", D, E, "[2000.44, 2000.46]"),
]

NOT_QUANTITIES = [
    "COP29",
    "COP 28",
    "F-35",
    "Airbus A320",
    "A320",
    "Euro 2024",
    "G7",
    "G20",
    "Air Force One",
    "Boeing 737",
    "Boeing 737 MAX",
    "Windows 11",
    "Voyager 2",
    "each one",
    "no one else",
    "one-time",
    "third class",
    "first-class",
    "at one point",
    "the 2024 elections",
    "Su-27",
    "MH17",
    "B-52",
    "iPhone 15",
    "PS5",
]

NAMES_IN_CONTEXT = [
    Context("Delegates at COP29 in Baku agreed on a goal.", []),
    Context("After COP 28 ended, the talks moved on.", []),
    Context("Ukraine wants F-35 and F-16 jets and Su-27 parts.", []),
    Context("The Airbus A320 and the Boeing 737 are rivals.", []),
    Context("England lost the Euro 2024 final in Berlin.", []),
    Context("Leaders of the G7 and G20 met aboard Air Force One.", []),
    Context("Each one of them voted, and no one else did.", []),
    Context("They received a one-time payment and a third class ticket.", []),
    Context("At one point the queue stretched around the block.", []),
    Context("Turnout in the 2024 elections was high.", []),
    Context("Polls before the 2022 midterms were wrong.", []),
    Context("In the 2019 general election, his 2016 campaign team returned.", []),
    Context("Crowds filled the 2024 Paris Olympics.", []),
    Context("She flew first class.", []),
    Context(
        "In 2024, 4.7m residents voted.",
        [Found("2024", "2024", None, Kind.DATE), Found("4.7m residents", "4700000", "resident", C)],
    ),
    Context(  # a number word after "m" starts another count: metres, not "5 billion weeks"
        "She won medals at 1,500m and 5,000m six weeks ago.",
        [
            Found("1,500m", "1500", "metre", D),
            Found("5,000m", "5000", "metre", D),
            Found("six weeks", "6", "week", Kind.DURATION),
        ],
    ),
    Context(
        "Inflation stayed at 1.75%-2% this year.",
        [Found("1.75%-2%", None, "percent", P)],
    ),
    Context(
        "Photo: Reuters / 1.5 MB",
        [Found("1.5 MB", "1.5", "megabyte", D)],
    ),
    Context(
        "The summit pledged $300 billion a year by 2035.",
        [Found("$300 billion", "300000000000", "USD", M), Found("2035", "2035", None, Kind.DATE)],
    ),
    Context(
        "KYIV, March 3 (Reuters) - 12 people died.",
        [Found("12 people", "12", "person", C)],
    ),
    Context(
        "Inflation was 3.6% - the Bank said - and 3.4% a year earlier.",
        [Found("3.6%", "3.6", "percent", P), Found("3.4%", "3.4", "percent", P)],
    ),
    Context(
        "The index fell -0.3% in March.",
        [Found("-0.3%", "-0.3", "percent", P)],
    ),
    Context(
        "On Monday 12 soldiers were killed.",
        [Found("12 soldiers", "12", "soldier", C)],
    ),
    Context(
        "Only 5 people came, some 300 or more stayed away.",
        [Found("5 people", "5", "person", C), Found("some 300 or more", "300", None, C)],
    ),
]

KNOWN_GAPS = [
    Case(
        "a hundred trillionth", "100000000000000", None, O, E, "[100000000000000, 100000000000000]"
    ),  # "a" + scale
    Case("fifty - two", "52", None, C, E, "[51.5, 52.5)"),  # a spaced hyphen joins no number words
    Case(
        "1.2b", "1200000000", None, C, E, "[1150000000, 1250000000)"
    ),  # "b" alone is a billion only after "$"
    Case("one twenty-fifth", "0.04", None, F, E, "[0.04, 0.04]"),  # a compound denominator
    Case("a gallon", "1", "gallon", D, E, "[0.5, 1.5)"),  # "a" + unit is not read as one
]


FAMILIES = {
    "ordinal": ORDINALS,
    "fraction": FRACTIONS,
    "notation": NOTATION,
    "comparison": COMPARISONS,
    "money-unit": MONEY_AND_UNITS,
}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=f"{family}:{c.text}") for family, cases in FAMILIES.items() for c in cases]
    + [
        pytest.param(
            c,
            id=f"gap:{c.text}",
            marks=pytest.mark.xfail(strict=True, raises=(AssertionError, QuantityError)),
        )
        for c in KNOWN_GAPS
    ],
)
def test_family_reading(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize("text", NOT_QUANTITIES, ids=repr)
def test_names_and_idioms_hold_no_quantity(text: str) -> None:
    assert extract_quantities(text) == []
    assert extract_quantities(f"They said {text} was next.") == []


@pytest.mark.parametrize("case", NAMES_IN_CONTEXT, ids=lambda c: c.text)
def test_names_in_context(case: Context) -> None:
    check_context(case)


# --------------------------------------------------------------------------- properties of the new notation


@given(st.integers(1000, 10**12), st.sampled_from([" ", "\u2009", "\u202f", "\u00a0"]))
def test_digit_groups_split_by_spaces_read_as_one_number(n: int, space: str) -> None:
    written = f"{n:,}".replace(",", space)
    q = parse_quantity(written)
    assert q.value == n
    assert q.value in q.interval


@given(st.integers(1, 9999), st.integers(0, 3), st.integers(-9, 12), st.sampled_from(["e", "E"]))
def test_scientific_notation_scales_the_written_digits(
    digits: int, decimals: int, exponent: int, e: str
) -> None:
    mantissa = Decimal(digits).scaleb(-decimals)
    q = parse_quantity(f"{mantissa}{e}{exponent}")
    assert q.value == mantissa.scaleb(exponent)
    assert q.value in q.interval


@given(st.integers(1, 99), st.integers(2, 1000), st.booleans())
def test_a_fraction_in_digits_is_its_ratio_and_a_minus_negates_it(
    numerator: int, denominator: int, minus: bool
) -> None:
    if numerator >= denominator:
        numerator = 1
    q = parse_quantity(f"{'-' if minus else ''}{numerator}/{denominator}")
    assert q.value is not None
    assert abs(q.value - (-1 if minus else 1) * Decimal(numerator) / Decimal(denominator)) < Decimal("1e-11")
    assert q.value in q.interval
