"""Verdict rules: the label is a function of what the claim and the evidence say, never of the kind of edit.

Case tables hold sentences and figures in the shapes issue 15 lists; a new case from a bug report goes at the end
of its table with the report's example.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen.labels import RULE_REMOVED, interval_label, removed_verdict, verdict_for
from factgen.models import Label
from factgen.quantities import parse_quantity
from factgen.variants import Rewrite, designed, step_of


@pytest.mark.parametrize(
    ("claim", "evidence", "kept"),
    [
        ("$85 billion", "$58 billion", True),  # clearly off: REFUTED
        ("$59 billion", "$58 billion", False),  # one step off: a reader of "$58 billion" may allow it
        ("between 2.4 and 4%", "2%", False),  # overlaps: no label beyond doubt
        ("4%", "2%", True),
        ("3%", "2%", False),
        ("$58.3 billion", "$58 billion", False),  # more precise than an exact figure: rounding, not design
        ("41,000", "more than 35,000", True),  # more precise than a bound: NOT_ENOUGH_INFO by design
        ("fewer than 28,000", "more than 35,000", True),
        ("fewer than 34,500", "more than 35,000", False),
        ("about $60 billion", "$58 billion", True),  # holds: SUPPORTED
        ("fewer than 800,000", "more than 1,000,000", True),
    ],
)
def test_a_rewrite_is_kept_only_when_its_label_is_beyond_doubt(claim: str, evidence: str, kept: bool) -> None:
    assert designed(parse_quantity(claim), parse_quantity(evidence)) is kept


def _denial(claim: str, evidence: str) -> Rewrite:
    text = f"The U.S. has not provided {claim} in aid."
    q = parse_quantity(claim)
    at = text.index(claim)
    placed = q.model_copy(update={"start": at, "end": at + len(claim)})
    return Rewrite(text, "polarity.negate", "polarity", placed, parse_quantity(evidence))


@pytest.mark.parametrize(
    ("rewrite", "label", "rule"),
    [
        (_denial("$85 billion", "$58 billion"), Label.SUPPORTED, "polarity.negate"),
        (_denial("$58bn", "$58 billion"), Label.REFUTED, "polarity.negate"),
        (Rewrite("It has not changed.", "polarity.negate", "polarity"), Label.REFUTED, "polarity.negate"),
        (Rewrite("It won.", "detail.drop", "detail", detail="on Sunday"), Label.SUPPORTED, "detail.day"),
        (Rewrite("It won on Wednesday.", "detail.swap", "detail", detail="x"), Label.REFUTED, "detail.day"),
        (
            Rewrite(
                "It won on October 8.", "detail.date", "detail", dates=(date(2023, 10, 8), date(2023, 10, 8))
            ),
            Label.SUPPORTED,
            "detail.day",
        ),
        (
            Rewrite(
                "It won on October 5.", "detail.date", "detail", dates=(date(2023, 10, 8), date(2023, 10, 5))
            ),
            Label.REFUTED,
            "detail.day",
        ),
        (
            Rewrite("It fell.", "attribution.drop", "attribution", detail="Kirby"),
            Label.SUPPORTED,
            "attribution.rephrase",
        ),
        (Rewrite("Blinken said it.", "entity.swap", "entity", detail="a -> b"), Label.REFUTED, "entity.swap"),
    ],
    ids=lambda v: v.text if isinstance(v, Rewrite) else str(v),
)
def test_every_edit_family_has_its_rule(rewrite: Rewrite, label: Label, rule: str) -> None:
    verdict = verdict_for(rewrite, "It won on Sunday.")
    assert verdict.label is label
    assert verdict.rule == rule


def test_negation_gives_both_labels_so_it_is_no_cue() -> None:
    labels = {
        verdict_for(r, "").label
        for r in (_denial("$85 billion", "$58 billion"), _denial("$58bn", "$58 billion"))
    }
    assert labels == {Label.SUPPORTED, Label.REFUTED}


def test_evidence_removal_is_not_enough_info() -> None:
    verdict = removed_verdict()
    assert verdict.label is Label.NOT_ENOUGH_INFO
    assert verdict.rule == RULE_REMOVED


def test_an_unknown_family_is_an_error_not_a_guess() -> None:
    with pytest.raises(ValueError, match="no verdict rule"):
        verdict_for(Rewrite("x", "mystery", "mystery"), "y")


@given(st.integers(min_value=2, max_value=9999), st.integers(min_value=2, max_value=9999))
def test_the_label_is_a_function_of_the_two_intervals(a: int, b: int) -> None:
    claim, evidence = parse_quantity(f"{a:,} people"), parse_quantity(f"{b:,} people")
    verdict = verdict_for(Rewrite("x", "quantity.shift", "quantity", claim, evidence), "y")
    assert verdict.label is interval_label(claim.interval.relation(evidence.interval))
    assert verdict.label is (Label.SUPPORTED if a == b else Label.REFUTED)


@given(st.integers(min_value=2, max_value=10**9))
def test_the_step_is_never_finer_than_the_written_figure_nor_coarser_than_the_second_digit(n: int) -> None:
    step = step_of(parse_quantity(f"{n:,} people"))
    assert step >= 1
    assert step <= max(Decimal(1), Decimal(10) ** (len(str(n)) - 2))
