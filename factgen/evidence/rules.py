"""The rules for one pair of sentences from two articles: a verdict by rule (:class:`Match`), or why there is no link."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from factgen.evidence.passages import Measured, Passage
from factgen.labels import interval_verdict
from factgen.models import Label, Relation

PERIOD_DAYS: Final = 14  # publication dates further apart, with no shared time reference: different periods
RULE_INTERVAL: Final = "evidence.interval"
RULE_CONFLICT: Final = "evidence.conflict"
RULE_RESTATEMENT: Final = "evidence.restatement"
REASONS: Final[Mapping[str, str]] = {
    "below_threshold": "the two sentences share too little (score below the threshold)",
    "different_period": "the sentences' time references (or publication dates) differ",
    "polarity": "one sentence has a negation the other does not",
    "different_names": "each sentence names someone or somewhere the other does not",
    "no_shared_name": "a restatement without a name in common (the claim names nothing the other names)",
    "different_content": "the same names, but too little in common in what is said of them",
    "no_quantity": "one sentence states a number the other does not",
    "different_measure": "the numbers count different things (kind, unit or magnitude differ)",
    "different_context": "same unit, but other words around the number: another total, another actor",
    "ambiguous_quantity": "a number could pair with more than one number of the other sentence",
    "uncertain_conflict": "the numbers disagree, but the sentences do not name exactly the same things",
}

# --------------------------------------------------------------------------- the rules for one pair


@dataclass(frozen=True, slots=True)
class Match:
    """A link from a claim to another report: the evidence passage, the score and the verdict by rule."""

    evidence: Passage
    score: float
    label: Label
    rule: str
    rationale: str


def _same_period(a: Passage, b: Passage) -> bool:
    if a.times and b.times:
        return any(
            (ya is None or yb is None or ya == yb) and (ma is None or mb is None or ma == mb)
            for ya, ma in a.times
            for yb, mb in b.times
        )
    if a.published is None or b.published is None:
        return True
    if not a.times and not b.times:
        return abs((a.published - b.published).days) <= PERIOD_DAYS
    explicit, other = (a, b) if a.times else (b, a)
    assert other.published is not None  # noqa: S101  (both dates are known here)
    return any(
        (y is None or y == other.published.year) and (m is None or m == other.published.month)
        for y, m in explicit.times
    )


def _comparable(a: Measured, b: Measured) -> bool:
    qa, qb = a.quantity, b.quantity
    return (
        qa.kind is qb.kind and qa.unit == qb.unit and (a.cells[0] == b.cells[0] or a.cells[1] == b.cells[1])
    )


def _pairs(claim: Passage, evidence: Passage) -> list[tuple[Measured, Measured]] | str:
    """Each measured quantity of the claim with its one comparable quantity in the evidence, or a reason."""
    if not evidence.measured:
        return "no_quantity"
    pairs = []
    for mc in claim.measured:
        options = [me for me in evidence.measured if _comparable(mc, me)]
        if len(options) > 1:
            return "ambiguous_quantity"
        if options:
            pairs.append((mc, options[0]))
    if not pairs:
        return "different_measure"
    if len({id(me) for _, me in pairs}) < len(pairs):
        return "ambiguous_quantity"
    claim_words, evidence_words = set(claim.tokens), set(evidence.tokens)
    if any(not (mc.context <= evidence_words and me.context <= claim_words) for mc, me in pairs):
        return "different_context"
    return pairs


def _interval_match(
    claim: Passage, evidence: Passage, pairs: list[tuple[Measured, Measured]], score: float
) -> Match | str:
    relations = [mc.quantity.interval.relation(me.quantity.interval) for mc, me in pairs]
    said = "; ".join(
        interval_verdict(mc.quantity, me.quantity).rationale.replace(
            "the evidence says", "the other report says"
        )
        for mc, me in pairs
    )
    if Relation.DISJOINT in relations:
        exact = (
            claim.names == evidence.names
            and len(pairs) == len(claim.measured) == len(evidence.measured)
            and claim.times == evidence.times
        )
        if not exact:
            return "uncertain_conflict"
        return Match(evidence, score, Label.CONFLICTING, RULE_CONFLICT, f"{said}: the two sources disagree")
    complete = len(pairs) == len(claim.measured) and all(r is Relation.CONTAINS for r in relations)
    label = Label.SUPPORTED if complete else Label.NOT_ENOUGH_INFO
    if len(pairs) < len(claim.measured):
        said += "; the other report does not state the claim's other numbers"
    return Match(evidence, score, label, RULE_INTERVAL, said)


def nothing_to_compare(claim: Passage, evidence: Passage) -> str | None:
    """Why two sentences have nothing to compare, or ``None``: the first check after the score.

    A number on one side only (``no_quantity``: the two may not be about the same thing); numbers that share no
    kind, unit and magnitude cell, i.e. no ``q:`` token (``different_measure``); without numbers, no name in common
    (``no_shared_name``). :meth:`EvidenceIndex.match` applies the same test to many pairs at once.
    """
    if bool(claim.measured) != bool(evidence.measured):
        return "no_quantity"
    if claim.measured:
        return None if any(t[0] == "q" for t in claim.tokens & evidence.tokens) else "different_measure"
    return None if claim.names & evidence.names else "no_shared_name"


def judge_pair(  # noqa: PLR0911 (a decision list: one reason per return)
    claim: Passage, evidence: Passage, *, score: float, term_score: float, threshold: float
) -> Match | str:
    """The verdict for a claim and another article's sentence, or why they are not linked.

    ``score`` is the overlap of all tokens, ``term_score`` of the content terms alone (what is said of the names).
    """
    if score < threshold:
        return "below_threshold"
    if reason := nothing_to_compare(claim, evidence):
        return reason
    if not _same_period(claim, evidence):
        return "different_period"
    if claim.negations != evidence.negations:
        return "polarity"
    shared = claim.names & evidence.names
    if claim.names - shared and evidence.names - shared:
        return "different_names"
    if claim.measured:
        pairs = _pairs(claim, evidence)
        return pairs if isinstance(pairs, str) else _interval_match(claim, evidence, pairs, score)
    if term_score < threshold:
        return "different_content"
    written = dict(claim.written)
    names = ", ".join(sorted(written.get(n, n[2:]) for n in shared))
    return Match(
        evidence,
        score,
        Label.SUPPORTED,
        RULE_RESTATEMENT,
        f"another report states the same: same names ({names}), same polarity",
    )
