"""Assemble records: content-hash ids, group ids, provenance, and the seeded choice of variants.

Ids are content hashes, so the same claim, evidence and verdict always get the same id; the group id is a hash of
the source sentence's place (article id and span), shared by everything derived from it.

The choice of variants is reproducible: each claim draws from its own ``random.Random`` seeded by the build seed
and the claim's group id, so the choice depends neither on the order of articles nor on the other claims. Per
claim it keeps at most two quantity rewrites per label (so labels stay balanced), every polarity rewrite, and one
entity swap.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Final

from factgen._io import content_hash
from factgen.claims import Claim
from factgen.labels import as_written_verdict, verdict_for
from factgen.models import (
    SCHEMA_VERSION,
    ClaimSource,
    Evidence,
    Label,
    Method,
    Provenance,
    Quantity,
    Record,
    Verdict,
)
from factgen.quantities import extract_quantities
from factgen.variants import Rewrite, reads_back

__all__ = ["group_id", "make_record", "records_for_claim", "select_variants"]

_QUANTITY_LABELS: Final = (Label.SUPPORTED, Label.REFUTED, Label.NOT_ENOUGH_INFO)


def group_id(article_id: str, start: int, end: int) -> str:
    """The group of everything derived from one source sentence.

    >>> group_id("a1", 0, 10) == group_id("a1", 0, 10) != group_id("a1", 0, 11)
    True
    """
    return "g-" + content_hash([article_id, start, end])


def make_record(
    claim: Claim,
    text: str,
    verdict: Verdict,
    *,
    transformation: str | None = None,
    parent_id: str | None = None,
    quantities: Sequence[Quantity] | None = None,
    claim_date: date | None = None,
    rewrites: Sequence[str] = (),
) -> Record:
    """A record for ``text`` (the claim as written, or a rewrite of it) whose evidence is the source sentence."""
    evidence = [Evidence(article_id=claim.article_id, start=claim.start, end=claim.end, text=claim.text)]
    method = Method.EXTRACTED if transformation is None else Method.TRANSFORMED
    body = {
        "claim": text,
        "evidence": [e.model_dump(mode="json") for e in evidence],
        "verdict": verdict.model_dump(mode="json"),
        "transformation": transformation,
        "parent_id": parent_id,
    }
    return Record(
        schema_version=SCHEMA_VERSION,
        id="fg-" + content_hash(body),
        claim=text,
        claim_date=claim_date,
        source=ClaimSource(
            article_id=claim.article_id, start=claim.start, end=claim.end, speaker=claim.speaker
        ),
        quantities=list(claim.quantities if quantities is None else quantities),
        evidence=evidence,
        verdict=verdict,
        provenance=Provenance(
            method=method, rule=transformation, parent_id=parent_id, origin=None, rewrites=list(rewrites)
        ),
        group_id=group_id(claim.article_id, claim.start, claim.end),
        story_id=None,
    )


def select_variants(
    rewrites: Sequence[Rewrite],
    *,
    rng: random.Random,
    verdict_of: Callable[[Rewrite], Verdict],
    per_label: int = 2,
) -> list[tuple[Rewrite, Verdict]]:
    """Up to ``per_label`` quantity rewrites per label, every polarity rewrite, one entity swap; in input order.

    Only quantity rewrites need their verdict to be chosen; the others get theirs once chosen (a corpus with many
    people makes one swap candidate per person, and labelling them all would cost more than the rest together).
    """
    verdicts = {i: verdict_of(r) for i, r in enumerate(rewrites) if r.family == "quantity"}
    chosen: set[int] = set()
    for label in _QUANTITY_LABELS:
        options = [i for i, v in verdicts.items() if v.label is label]
        chosen.update(rng.sample(options, min(per_label, len(options))))
    chosen |= {i for i, r in enumerate(rewrites) if r.family == "polarity"}
    if entity := [i for i, r in enumerate(rewrites) if r.family == "entity"]:
        chosen.add(rng.choice(entity))
    return [(rewrites[i], verdicts[i] if i in verdicts else verdict_of(rewrites[i])) for i in sorted(chosen)]


def records_for_claim(
    claim: Claim, rewrites: Sequence[Rewrite], *, seed: int, claim_date: date | None = None
) -> Iterator[Record]:
    """The claim as written (SUPPORTED by its own sentence), then its chosen variants, each with its verdict.

    ``claim_date`` is the source article's publication date, given to every record of the claim.
    """
    original = make_record(
        claim, claim.claim, as_written_verdict(), claim_date=claim_date, rewrites=claim.rewrites
    )
    yield original
    rng = random.Random(f"{seed}:{original.group_id}")  # noqa: S311  (reproducible sampling, not security)
    chosen = select_variants(rewrites, rng=rng, verdict_of=lambda r: verdict_for(r, claim.claim))
    for rewrite, verdict in chosen:
        quantities = extract_quantities(rewrite.text)
        if not reads_back(rewrite, quantities):
            continue
        yield make_record(
            claim,
            rewrite.text,
            verdict,
            transformation=rewrite.transformation,
            parent_id=original.id,
            quantities=quantities,
            claim_date=claim_date,
            rewrites=claim.rewrites,
        )
