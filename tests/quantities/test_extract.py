"""``extract_quantities``: total on any text, exact spans, text order, no overlaps, and the same answer twice.

In-context cases go in ``CONTEXT_CASES`` (what is found, and what is not, inside a sentence); one-expression
readings belong in ``test_parse.py``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen.errors import QuantityError
from factgen.models import Bound, Kind, Quantity
from factgen.quantities import extract_quantities, parse_quantity
from tests.strategies import RenderedQuantity, identifiers, news_like_texts, percent_ranges, quantity_surfaces

SEEDS = Path(__file__).parents[2] / "seeds"


class Found(NamedTuple):
    surface: str
    value: str | None
    unit: str | None
    kind: Kind


class Context(NamedTuple):
    text: str
    found: list[Found]


CONTEXT_CASES = [
    # "-plus" and "-odd" glued to a number bound it from below
    Context(
        "The 40-odd members counted 1,200-plus deaths.",
        [
            Found("40-odd members", "40", "member", Kind.CARDINAL),
            Found("1,200-plus deaths", "1200", "death", Kind.CARDINAL),
        ],
    ),
    # "A $95 billion package": the article, then US dollars; "A $ 16.4 million" spaced out is Australian
    Context(
        "A $95 billion package passed, and A $ 16.4 million deal was signed.",
        [
            Found("$95 billion", "95000000000", "USD", Kind.MONEY),
            Found("A $ 16.4 million", "16400000", "AUD", Kind.MONEY),
        ],
    ),
    # a change in points and where it ended are two measures, never the range [0.2, 4.3]
    Context(
        "Unemployment rose by 0.2 percentage points to 4.3% in July.",
        [
            Found("0.2 percentage points", "0.2", "percentage point", Kind.PERCENT),
            Found("4.3%", "4.3", "percent", Kind.PERCENT),
        ],
    ),
    # "and up" is no bound when "up to" bounds the next number (read on the dev corpus: "33 ... and up")
    Context(
        "The deal frees 33 Israeli hostages and up to 1,650 Palestinian prisoners.",
        [
            Found("33 Israeli hostages", "33", "hostage", Kind.CARDINAL),
            Found("up to 1,650 Palestinian prisoners", "1650", "prisoner", Kind.CARDINAL),
        ],
    ),
    Context(
        "C$120 million (US$88 million)",
        [
            Found("C$120 million", "120000000", "CAD", Kind.MONEY),
            Found("US$88 million", "88000000", "USD", Kind.MONEY),
        ],
    ),
    Context(
        "50 kilometres (31 miles)",
        [
            Found("50 kilometres", "50", "kilometre", Kind.DIMENSION),
            Found("31 miles", "31", "mile", Kind.DIMENSION),
        ],
    ),
    Context("a year in 2022 is a date", [Found("2022", "2022", None, Kind.DATE)]),
    Context("Since February 2022, when", [Found("2022", "2022", None, Kind.DATE)]),
    Context("capped his four-day trip to Europe", [Found("four-day", "4", "day", Kind.DURATION)]),
    Context("the now more than two-year-old war", [Found("more than two-year-old", None, "year", Kind.AGE)]),
    Context("a 45-year-old man was", [Found("45-year-old", "45", "year", Kind.AGE)]),
    Context("the 24th meeting of the group", [Found("24th meeting", "24", "meeting", Kind.ORDINAL)]),
    Context("Ukraine's third-largest city", [Found("third-largest city", "3", "city", Kind.ORDINAL)]),
    Context("killed 35,000 civilians.", [Found("35,000 civilians", "35000", "civilian", Kind.CARDINAL)]),
    Context(
        "tens of thousands of civilians fled",
        [Found("tens of thousands of civilians", None, "civilian", Kind.CARDINAL)],
    ),
    Context("On April 4, 12 soldiers", [Found("12 soldiers", "12", "soldier", Kind.CARDINAL)]),
    Context("Russia first invaded", []),
    Context("Air Force One landed with the G7 leaders", []),
    Context("F-16 jets and COVID-19 rules", []),
    Context("one of the ones that no one saw", []),
    Context("Call (202) 555-0143 or 202-555-0143 at 10:30 a.m.", []),
    Context("Article 5 of the treaty, 9/11, 24/7 and 5G", []),
    Context("The team won 2-1.", []),
]


@pytest.mark.parametrize("case", CONTEXT_CASES, ids=lambda c: c.text)
def test_in_context(case: Context) -> None:
    check_context(case)


def check_context(case: Context) -> None:
    """Extract from ``case.text`` and compare surface, value, unit and kind of each quantity found."""
    found = extract_quantities(case.text)
    expected = [
        (f.surface, None if f.value is None else Decimal(f.value), f.unit, f.kind) for f in case.found
    ]
    assert [(q.surface, q.value, q.unit, q.kind) for q in found] == expected


def _well_formed(text: str, found: list[Quantity]) -> None:
    end = 0
    for q in found:
        assert isinstance(q, Quantity)
        assert text[q.start : q.end] == q.surface
        assert q.start >= end, "quantities overlap or are out of order"
        end = q.end
        if q.value is not None:
            assert q.value in q.interval
        assert not q.interval.is_empty()


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seeds_give_exact_spans(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _well_formed(text, extract_quantities(text))


def test_offsets_are_relative_to_the_given_text() -> None:
    text = "x" * 1000 + " $58 billion"
    (q,) = extract_quantities(text)
    assert (q.start, q.end) == (1001, 1012)


def test_each_extracted_surface_parses_to_the_same_reading() -> None:
    text = (SEEDS / "000_2f27d223f1ae4734.txt").read_text(encoding="utf-8")
    for q in extract_quantities(text):
        if q.kind is Kind.DATE:
            continue  # a year is read as a date from its context ("Since February 2022"), not on its own
        again = parse_quantity(q.surface)
        assert again.model_dump(exclude={"start", "end"}) == q.model_dump(exclude={"start", "end"})


# --------------------------------------------------------------------------- properties


@given(st.text())
def test_total_on_any_text(text: str) -> None:
    _well_formed(text, extract_quantities(text))


@given(news_like_texts)
def test_spans_exact_on_news_like_text(text: str) -> None:
    _well_formed(text, extract_quantities(text))


@given(news_like_texts)
def test_deterministic(text: str) -> None:
    assert extract_quantities(text) == extract_quantities(text)


@given(
    quantity_surfaces(),
    st.sampled_from(["The U.S. said ", "", "“", "("]),
    st.sampled_from([" on Friday.", "", ")", "."]),
)
def test_a_rendered_quantity_is_found_in_a_sentence(r: RenderedQuantity, before: str, after: str) -> None:
    text = before + r.surface + after
    found = extract_quantities(text)
    assert [(q.surface, q.start) for q in found] == [(r.surface, len(before))]
    assert found[0].value == r.value


@given(
    identifiers(),
    st.sampled_from(["The ", "", "A new ", "(", "Delegates at "]),
    st.sampled_from([" jets", "", ".", " summit opened", ")"]),
)
def test_an_identifier_is_never_a_quantity(name: str, before: str, after: str) -> None:
    text = before + name + after
    inside = range(len(before), len(before) + len(name))
    assert [q.surface for q in extract_quantities(text) if q.start in inside or q.end - 1 in inside] == []


@given(
    percent_ranges(), st.sampled_from(["Rates of ", "", "between "]), st.sampled_from([" this year", "", "."])
)
def test_a_percent_range_never_yields_a_negative_value(written: str, before: str, after: str) -> None:
    for q in extract_quantities(before + written + after):
        assert q.value is None or q.value >= 0
        if q.bound is Bound.RANGE:
            assert q.low is not None
            assert q.low >= 0  # the written ends, never a minus read into the dash


@pytest.mark.parametrize("text", ["0E100", "1e-50 of it", "9e45 dollars", "a 1e99 budget"])
def test_a_number_the_contract_cannot_hold_is_no_quantity(text: str) -> None:
    """Found by Hypothesis: scientific notation can write a number beyond the contract's 40+40 digits."""
    assert extract_quantities(text) == []
    with pytest.raises(QuantityError):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "surface", "bound"),
    [
        ("The ONS has revised their figure up to 745,000.", "745,000", Bound.EXACT),  # read on real news
        ("Inflation rose up to 4 percent in May.", "4 percent", Bound.EXACT),
        ("Prices were pushed up to $90 a barrel.", "$90", Bound.EXACT),
        ("Up to 5,000 people attended the rally.", "Up to 5,000 people", Bound.UPPER),
        ("The bank could lend up to $5 billion to farmers.", "up to $5 billion", Bound.UPPER),
    ],
)
def test_up_to_after_a_verb_of_change_is_its_particle(text: str, surface: str, bound: Bound) -> None:
    """ "revised up to 745,000" is a revision to 745,000, not "at most 745,000"."""
    (q,) = extract_quantities(text)
    assert (q.surface, q.bound) == (surface, bound)
    assert text[q.start : q.end] == q.surface
