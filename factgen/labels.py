"""Verdict rules: every generated label follows from a named rule, never from a guess.

======================  =========================================================================================
rule id                 when it fires, and the label
======================  =========================================================================================
``extracted.as_written``  the claim is the evidence sentence itself: SUPPORTED
``quantity.interval``     claim and evidence state the same measured thing; by :meth:`Interval.relation` of the
                          claim's interval to the evidence's: contains -> SUPPORTED, disjoint -> REFUTED,
                          within or overlaps -> NOT_ENOUGH_INFO (the evidence neither confirms nor rules it out)
``polarity.negate``       the main clause of a supported claim negated (or its negation removed): REFUTED; the
                          evidence's own figure denied: REFUTED, beside its twin, a value clearly above the
                          evidence's denied ("has not provided $70 billion" against "$58 billion"): SUPPORTED
``entity.swap``           a person in a supported claim swapped for another person of the corpus: REFUTED
``detail.day``            the one day a claim names left out: SUPPORTED; moved to another day: REFUTED
``attribution.rephrase``  "X, Kirby said." as "According to Kirby, x." or "X.": SUPPORTED
``context.removed``       the claim against the sentences around its source, the source removed, when no other
                          sentence of the article states the fact (checked): NOT_ENOUGH_INFO
======================  =========================================================================================
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from factgen.models import Label, Quantity, Relation, Verdict
from factgen.variants import Rewrite, designed

__all__ = [
    "RULE_AS_WRITTEN",
    "RULE_ATTRIBUTION",
    "RULE_DETAIL",
    "RULE_ENTITY_SWAP",
    "RULE_INTERVAL",
    "RULE_POLARITY",
    "RULE_REMOVED",
    "as_written_verdict",
    "denial_verdict",
    "interval_label",
    "interval_verdict",
    "removed_verdict",
    "verdict_for",
]

RULE_AS_WRITTEN: Final = "extracted.as_written"
RULE_INTERVAL: Final = "quantity.interval"
RULE_POLARITY: Final = "polarity.negate"
RULE_ENTITY_SWAP: Final = "entity.swap"
RULE_REMOVED: Final = "context.removed"
RULE_DETAIL: Final = "detail.day"
RULE_ATTRIBUTION: Final = "attribution.rephrase"

_BY_RELATION: Final = {
    Relation.CONTAINS: Label.SUPPORTED,
    Relation.DISJOINT: Label.REFUTED,
    Relation.WITHIN: Label.NOT_ENOUGH_INFO,
    Relation.OVERLAPS: Label.NOT_ENOUGH_INFO,
}
_EXPLAINED: Final = {
    Relation.CONTAINS: "every value the evidence allows fits the claim",
    Relation.DISJOINT: "no value fits both",
    Relation.WITHIN: "the claim is more precise than the evidence, which neither confirms nor rules it out",
    Relation.OVERLAPS: "some values fit both and some do not, so the evidence neither confirms nor rules it out",
}


def interval_label(relation: Relation) -> Label:
    """The label of the quantity rule for a claim-to-evidence interval relation.

    >>> [interval_label(r).value for r in Relation]
    ['SUPPORTED', 'NOT_ENOUGH_INFO', 'REFUTED', 'NOT_ENOUGH_INFO']
    """
    return _BY_RELATION[relation]


def interval_verdict(claim: Quantity, evidence: Quantity) -> Verdict:
    """The quantity rule applied to two readings of the same measured thing.

    >>> from factgen.quantities import parse_quantity
    >>> v = interval_verdict(parse_quantity("$85 billion"), parse_quantity("$58 billion"))
    >>> v.label.value, v.rationale
    ('REFUTED', 'claim says $85 billion; the evidence says $58 billion: no value fits both')
    >>> interval_verdict(parse_quantity("$58 billion"), parse_quantity("more than $50 billion")).label.value
    'NOT_ENOUGH_INFO'
    """
    relation = claim.interval.relation(evidence.interval)
    rationale = f"claim says {claim.surface}; the evidence says {evidence.surface}: {_EXPLAINED[relation]}"
    return Verdict(label=interval_label(relation), rationale=rationale, rule=RULE_INTERVAL)


def as_written_verdict() -> Verdict:
    return Verdict(
        label=Label.SUPPORTED,
        rationale="the claim is the evidence sentence, as written",
        rule=RULE_AS_WRITTEN,
    )


def removed_verdict() -> Verdict:
    return Verdict(
        label=Label.NOT_ENOUGH_INFO,
        rationale="the evidence is the text around the claim's source sentence, which was removed; no other "
        "sentence of the article states the claim",
        rule=RULE_REMOVED,
    )


def _polarity_verdict(rewrite: Rewrite) -> Verdict:
    claim, evidence = rewrite.claim_quantity, rewrite.evidence_quantity
    if claim is not None and evidence is not None:
        return denial_verdict(claim, evidence)
    flipped = (
        "adds a negation the evidence does not have"
        if rewrite.transformation == "polarity.negate"
        else "drops the negation the evidence has"
    )
    return Verdict(label=Label.REFUTED, rationale=f"the claim {flipped}", rule=RULE_POLARITY)


def _detail_verdict(rewrite: Rewrite) -> Verdict:
    if (
        rewrite.dates is not None
    ):  # a day written as a date: the evidence's day (from the article's date) or not
        meant, written = rewrite.dates
        if written == meant:
            why = f"the claim dates the day the evidence names ({rewrite.detail}): the same day"
            return Verdict(label=Label.SUPPORTED, rationale=why, rule=RULE_DETAIL)
        why = f"the claim says {written:%B} {written.day}, but the evidence's {rewrite.detail}: another day"
        return Verdict(label=Label.REFUTED, rationale=why, rule=RULE_DETAIL)
    if rewrite.years is not None:  # a year made explicit from the article's date, written otherwise
        meant_year, written_year = rewrite.years
        label = Label.SUPPORTED if written_year == meant_year else Label.REFUTED
        why = f"the claim says {written_year}, and {rewrite.detail}"
        return Verdict(label=label, rationale=why, rule=RULE_DETAIL)
    if rewrite.transformation == "detail.drop":
        why = f"the claim leaves out a detail the evidence gives ({rewrite.detail}): what is left holds"
        return Verdict(label=Label.SUPPORTED, rationale=why, rule=RULE_DETAIL)
    why = f"the claim gives another day than the evidence ({rewrite.detail})"
    return Verdict(label=Label.REFUTED, rationale=why, rule=RULE_DETAIL)


def denial_verdict(denied: Quantity, evidence: Quantity) -> Verdict:
    """A figure denied ("has not provided $58bn"): REFUTED when its interval holds the evidence's, SUPPORTED when
    it lies wholly above it, so that neither the exact nor the "at least" reading of the figure makes the denial
    false; any other denial has no label beyond doubt and is an error, not a guess.

    >>> from factgen.quantities import parse_quantity as q
    >>> [denial_verdict(q(c), q("412 seats")).label.value for c in ("412 seats", "460 seats")]
    ['REFUTED', 'SUPPORTED']
    >>> denial_verdict(q("380 seats"), q("412 seats"))
    Traceback (most recent call last):
    ValueError: no verdict for a denial of 380 seats against 412 seats: below or near the evidence, one reading makes it true
    """
    said = f"the claim denies {denied.surface}; the evidence says {evidence.surface}"
    if denied.interval.relation(evidence.interval) is Relation.CONTAINS:
        return Verdict(label=Label.REFUTED, rationale=f"{said}, which it holds", rule=RULE_POLARITY)
    above = denied.low is not None and evidence.high is not None and denied.low >= evidence.high
    if above and designed(denied, evidence):  # clearly above: one step of the evidence's precision beyond it
        return Verdict(
            label=Label.SUPPORTED, rationale=f"{said}, less than that: the denial holds", rule=RULE_POLARITY
        )
    msg = (
        f"no verdict for a denial of {denied.surface} against {evidence.surface}: "
        "below or near the evidence, one reading makes it true"
    )
    raise ValueError(msg)


_BY_FAMILY: Final[dict[str, Callable[[Rewrite], Verdict]]] = {
    "polarity": _polarity_verdict,
    "detail": _detail_verdict,
    "entity": lambda r: Verdict(
        label=Label.REFUTED,
        rationale=f"the claim names another person than the evidence ({r.detail})",
        rule=RULE_ENTITY_SWAP,
    ),
    "attribution": lambda r: Verdict(
        label=Label.SUPPORTED,
        rationale=f"the claim states what the evidence attributes to {r.detail}, the attribution moved or left out",
        rule=RULE_ATTRIBUTION,
    ),
}


def verdict_for(rewrite: Rewrite, original: str) -> Verdict:
    """The verdict of a rewritten claim against the original sentence, by the rule of its family."""
    if rewrite.family == "quantity" and rewrite.claim_quantity and rewrite.evidence_quantity:
        verdict = interval_verdict(rewrite.claim_quantity, rewrite.evidence_quantity)
        if rewrite.detail:  # which other value it is: "the digits of 95 transposed", "0.5 times 58"
            return verdict.model_copy(update={"rationale": f"{verdict.rationale} ({rewrite.detail})"})
        return verdict
    if (rule := _BY_FAMILY.get(rewrite.family)) is not None:
        return rule(rewrite)
    msg = f"no verdict rule for rewrite family {rewrite.family!r} of {original!r}"
    raise ValueError(msg)
