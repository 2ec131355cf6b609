"""Verdict rules: every generated label follows from a named rule, never from a guess.

======================  =========================================================================================
rule id                 when it fires, and the label
======================  =========================================================================================
``extracted.as_written``  the claim is the evidence sentence itself: SUPPORTED
``quantity.interval``     claim and evidence state the same measured thing; by :meth:`Interval.relation` of the
                          claim's interval to the evidence's: contains -> SUPPORTED, disjoint -> REFUTED,
                          within or overlaps -> NOT_ENOUGH_INFO (the evidence neither confirms nor rules it out)
``polarity.negate``       the main clause of a supported claim negated (or its negation removed): REFUTED
``entity.swap``           a person in a supported claim swapped for another person of the corpus: REFUTED
======================  =========================================================================================
"""

from __future__ import annotations

from typing import Final

from factgen.models import Label, Quantity, Relation, Verdict
from factgen.variants import Rewrite

__all__ = [
    "RULE_AS_WRITTEN",
    "RULE_ENTITY_SWAP",
    "RULE_INTERVAL",
    "RULE_POLARITY",
    "as_written_verdict",
    "interval_label",
    "interval_verdict",
    "verdict_for",
]

RULE_AS_WRITTEN: Final = "extracted.as_written"
RULE_INTERVAL: Final = "quantity.interval"
RULE_POLARITY: Final = "polarity.negate"
RULE_ENTITY_SWAP: Final = "entity.swap"

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


def verdict_for(rewrite: Rewrite, original: str) -> Verdict:
    """The verdict of a rewritten claim against the original sentence, by the rule of its family."""
    if rewrite.family == "quantity" and rewrite.claim_quantity and rewrite.evidence_quantity:
        return interval_verdict(rewrite.claim_quantity, rewrite.evidence_quantity)
    if rewrite.family == "polarity":
        flipped = (
            "adds a negation the evidence does not have"
            if rewrite.transformation == "polarity.negate"
            else ("drops the negation the evidence has")
        )
        return Verdict(label=Label.REFUTED, rationale=f"the claim {flipped}", rule=RULE_POLARITY)
    if rewrite.family == "entity":
        return Verdict(
            label=Label.REFUTED,
            rationale=f"the claim names another person than the evidence ({rewrite.detail})",
            rule=RULE_ENTITY_SWAP,
        )
    msg = f"no verdict rule for rewrite family {rewrite.family!r} of {original!r}"
    raise ValueError(msg)
