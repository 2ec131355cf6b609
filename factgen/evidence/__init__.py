"""Evidence across articles: link each claim to other reports of the same fact, through an inverted index.

``link_evidence(records, articles, *, index=None, threshold=THRESHOLD) -> Iterator[Record]`` passes every record
through and, after each claim as written, adds one record per other article that reports the same fact: the same
claim and source, the other article's sentence as evidence, and a verdict by rule.

**What is indexed.** Every check-worthy sentence of the corpus (``claims.judge_sentences``) is a :class:`Passage`
with a set of tokens: content terms (``t:``, stop, reporting and time words left out, attribution removed, lightly
stemmed), names (``e:``) and measured quantities by kind, unit and magnitude (``q:``, two staggered powers-of-ten
grids, so values within a factor of about three share a cell), plus its time references (years and months in the
text; a month without a year takes its year from ``Article.published``) and its count of negations.
:class:`EvidenceIndex` holds one posting list per token, and is built once per corpus.

**Score.** The weighted Dice overlap of two passages' tokens, each token weighted ``log(1 + N / df)`` over the N
passages (a rare name or a shared measured quantity weighs more than "Ukraine"). A pair is a candidate when its
score reaches ``threshold``. The index finds every such pair without comparing all of them (prefix filtering: a
pair with score >= t shares a token among the claim's rarest tokens that carry ``1 - t / (2 - t)`` of its weight),
and scores each passage found on the tokens it did not probe (a binary search in their sorted posting lists)
before judging it, so it returns exactly what an all-pairs comparison (``exhaustive=True``) returns, as long as no
token of that prefix is in more than ``MAX_POSTINGS`` passages (a more common token is not probed, but still counts
in the score).

**Verdicts** (``evidence.*`` rules; each candidate that fails is counted under ``evidence.<reason>``, see
:data:`REASONS`):

======================== ========================================================================================
rule                     when, and the label
======================== ========================================================================================
``evidence.interval``    the claim's measured quantities each meet exactly one comparable quantity (same kind,
                         unit, magnitude, and the same words around it) in the other report; by
                         :meth:`Interval.relation` of claim to evidence: contains -> SUPPORTED; within or
                         overlaps -> NOT_ENOUGH_INFO (a bound that neither confirms nor rules out: never REFUTED)
``evidence.conflict``    the same, but some pair is disjoint: the two sources disagree -> CONFLICTING; only when
                         both sentences name the same things and no time reference differs
``evidence.restatement`` no measured quantity in either sentence: same names, same polarity, and content terms
                         (not only names) in common, score >= threshold -> SUPPORTED. Never CONFLICTING: a
                         negation is too weak a cue across two articles.
======================== ========================================================================================

Near misses are refused rather than guessed: different periods, a count of another thing, another total in the
same topic (other words around the number), other actors, a negation on one side only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from typing import Final

from factgen._io import content_hash
from factgen.errors import ConfigError
from factgen.evidence.index import MAX_POSTINGS, THRESHOLD, EvidenceIndex
from factgen.evidence.passages import Passage, describe, lower_words
from factgen.evidence.rules import PERIOD_DAYS, REASONS, RULE_CONFLICT, RULE_INTERVAL, RULE_RESTATEMENT, Match
from factgen.models import SCHEMA_VERSION, Article, Evidence, Label, Method, Provenance, Record, Verdict

__all__ = [
    "MAX_LINKS",
    "MAX_POSTINGS",
    "PERIOD_DAYS",
    "REASONS",
    "RULE_CONFLICT",
    "RULE_INTERVAL",
    "RULE_RESTATEMENT",
    "THRESHOLD",
    "EvidenceIndex",
    "Match",
    "Passage",
    "check_options",
    "describe",
    "link_evidence",
]


MAX_LINKS: Final = 3  # at most this many other reports per claim (the best per article, best first)

# --------------------------------------------------------------------------- records


def _linked_record(parent: Record, match: Match, index: EvidenceIndex, threshold: float) -> Record:
    assert parent.source is not None  # noqa: S101  (only records with a source are linked)
    e = match.evidence
    other = Evidence(
        article_id=e.article_id, start=e.start, end=e.end, text=index.texts[e.article_id][e.start : e.end]
    )
    evidence = [other]
    if (
        match.label is Label.CONFLICTING
    ):  # the disagreement is between the two sources: both spans are the evidence
        src = parent.source
        own = index.texts[src.article_id][src.start : src.end]
        evidence = [Evidence(article_id=src.article_id, start=src.start, end=src.end, text=own), other]
    claim_date = parent.claim_date.isoformat() if parent.claim_date else "undated"
    other_date = e.published.isoformat() if e.published else "undated"
    story = f"; story {parent.story_id}" if parent.story_id else ""
    rationale = (
        f"{match.rationale} [claim: {parent.source.article_id}, {claim_date}; other report: {e.article_id}, "
        f"{other_date}{story}; match score {match.score:.3f}]"
    )
    verdict = Verdict(label=match.label, rationale=rationale, rule=match.rule)
    body = {
        "claim": parent.claim,
        "evidence": [x.model_dump(mode="json") for x in evidence],
        "verdict": verdict.model_dump(mode="json"),
        "transformation": match.rule,
        "parent_id": parent.id,
    }
    return Record(
        schema_version=SCHEMA_VERSION,
        id="fg-" + content_hash(body),
        claim=parent.claim,
        claim_date=parent.claim_date,
        source=parent.source,
        quantities=list(parent.quantities),
        evidence=evidence,
        verdict=verdict,
        provenance=Provenance(
            method=Method.TRANSFORMED,
            rule=match.rule,
            parent_id=parent.id,
            origin=None,
            rewrites=list(parent.provenance.rewrites),
        ),
        group_id=parent.group_id,
        story_id=parent.story_id,
    )


def _claim_passage(record: Record, index: EvidenceIndex) -> Passage | None:
    src = record.source
    if src is None or record.provenance.method is not Method.EXTRACTED:
        return None
    found = index.passage(src.article_id, src.start, src.end)
    if found is not None:
        return found
    text = index.texts.get(src.article_id)
    return describe(
        record.claim,
        article_id=src.article_id,
        start=src.start,
        speaker=src.speaker,
        lower_words=lower_words(text) if text is not None else frozenset(),
    )


def check_options(*, threshold: float = THRESHOLD, max_links: int = MAX_LINKS) -> None:
    """Raise :class:`ConfigError` unless ``0 < threshold <= 1`` and ``max_links`` is a non-negative integer."""
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 < threshold <= 1:
        msg = f"threshold: expected a number in (0, 1], got {threshold!r}"
        raise ConfigError(msg)
    if isinstance(max_links, bool) or not isinstance(max_links, int) or max_links < 0:
        msg = f"max_links: expected a non-negative integer, got {max_links!r}"
        raise ConfigError(msg)


def link_evidence(
    records: Iterable[Record],
    articles: Iterable[Article],
    *,
    index: EvidenceIndex | None = None,
    threshold: float = THRESHOLD,
    max_links: int = MAX_LINKS,
    drops: MutableMapping[str, int] | None = None,
    neighbours: Mapping[str, Sequence[str]] | None = None,
) -> Iterator[Record]:
    """``records``, each followed (if it is a claim as written) by its links to other articles' reports.

    ``articles`` are the cleaned articles the records' spans index (``articles.jsonl`` of a build); ``index`` is
    built from them unless given, confined to ``neighbours`` (see :meth:`EvidenceIndex.from_claims`). Rejected
    candidate pairs are counted into ``drops`` as ``evidence.<reason>``.
    """
    check_options(threshold=threshold, max_links=max_links)
    built = index if index is not None else EvidenceIndex.build(articles, neighbours=neighbours)
    return _linked(records, built, threshold, max_links, drops)


def _linked(
    records: Iterable[Record],
    index: EvidenceIndex,
    threshold: float,
    max_links: int,
    drops: MutableMapping[str, int] | None,
) -> Iterator[Record]:
    for record in records:
        yield record
        passage = _claim_passage(record, index)
        if passage is None:
            continue
        matches, rejected = index.match(passage, threshold=threshold)
        if drops is not None:
            for reason, n in sorted(rejected.items()):
                drops[f"evidence.{reason}"] = drops.get(f"evidence.{reason}", 0) + n
        for match in matches[:max_links]:
            yield _linked_record(record, match, index, threshold)
