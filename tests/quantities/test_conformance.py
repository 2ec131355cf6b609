"""Borrowed conformance cases: Recognizers-Text ``Specs/Number/English`` and quantulum3's tests (provenance in
``tests/data/README.md``), one test per case, compared as ``tests/quantities/conformance.py`` scores them.

A case whose source reading factgen does not share carries its ``skip`` reason in the data file itself and is not
collected (a test below checks every such reason is written out). A case
factgen gets wrong today is listed in ``KNOWN_GAPS`` below (strict xfail: fixing it turns the test red, and the
case leaves the list). Scores: ``python -m tests.quantities.conformance``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.quantities import conformance

KNOWN_GAPS = {  # (source, the input or its first words)
    ("rt-number", "one hundred and three and two thirds"),  # "and" + a fraction after a compound number
    ("rt-number", "a hundred trillionths"),  # "a hundred" before a fraction word
    ("rt-number", "fifty - two"),  # a spaced hyphen joins no number words
    ("rt-number", " two hundred point zero three"),  # spoken decimals ("point zero three")
    ("rt-number", "one hundred and three quarters"),  # "and" + a fraction after a compound number
    ("rt-number", "1.2b"),  # a glued "b" is a billion only after a currency or before a counted noun
    ("rt-number", "one twenty-fifth"),  # a compound denominator
    ("rt-number", "The answer is negative one over 20"),  # a sign before "one over 20"
    ("rt-number", "The answer is minus five point five"),  # spoken decimals
    ("rt-ordinal", "a hundred trillionth"),  # "a hundred" before a scale ordinal
    ("rt-ordinal", "She finished second!"),  # "second" alone is read as an adverb, like "first"
    ("quantulum3", "The door is 2 1/2 in thick"),  # "in" as inches
    ("quantulum3", "Concepts for advanced 21st-century telescopes"),  # suspended hyphens ("8- to 16-meter")
    (
        "quantulum3",
        "One complete orbit in LEO takes about ninety minutes",
    ),  # factgen also reads "One ... orbit"
    ("quantulum3", "I want a gallon of beer, and 3 to 4 L of wine"),  # "a" + a unit
    ("quantulum3", "At normal operating temperatures of 300 °C"),  # "573.15K" read as thousands, not kelvin
}

CASES = conformance.load_cases()


def _gap(case: dict[str, Any]) -> bool:
    return any(source == case["source"] and case["input"].startswith(text) for source, text in KNOWN_GAPS)


def _param(case: dict[str, Any]) -> Any:
    if _gap(case):
        return pytest.param(case, marks=pytest.mark.xfail(strict=True))
    return case


@pytest.mark.parametrize(
    # a case whose source reading factgen does not share is not run (no skipped test): its reason is in the data
    "case",
    [_param(c) for c in CASES if "skip" not in c],
    ids=lambda c: f"{c['source']}:{c['input'].strip()}",
)
def test_conformance_case(case: dict[str, Any]) -> None:
    want, got = conformance.expected_items(case), conformance.predicted_items(case)
    if case["source"] not in conformance.UNIT_SOURCES:  # the source annotates numbers only
        want, got = [w[:-1] for w in want], [g[:-1] for g in got]
    assert Counter(got) == Counter(want)


def test_every_known_gap_is_one_case() -> None:
    assert sum(_gap(c) for c in CASES if "skip" not in c) == len(KNOWN_GAPS)


def test_every_skip_says_why() -> None:
    assert all(len(c["skip"]) > 20 for c in CASES if "skip" in c)
