"""Records: the choice of variants as contrastive twins, the evidence-removal construction, and verbatim copies."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen.claims import Claim
from factgen.labels import verdict_for
from factgen.models import Article, Label
from factgen.pipeline import generate
from factgen.quantities import extract_quantities
from factgen.records import (
    drop_copies,
    records_for_claim,
    removal_context,
    select_variants,
    shared_groups,
    states_fact,
)
from factgen.variants import make_variants

ARTICLE = (
    "Congress met on Tuesday to debate the bill. "
    "The United States has provided $58 billion in military aid to Ukraine. "
    "Lawmakers in the House then voted on a separate measure."
)


def _claim(text: str, index: int = 0, start: int = 0) -> Claim:
    return Claim(
        "a", index, start, start + len(text), text, None, tuple(extract_quantities(text)), "quantity", text
    )


def _spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        spans.append((start, min(end, len(text))))
        start = end + 1
    return spans


def _source() -> Claim:
    sentence = "The United States has provided $58 billion in military aid to Ukraine."
    return _claim(sentence, index=1, start=ARTICLE.index(sentence))


def test_the_evidence_removal_context_is_the_neighbours_when_nothing_else_states_the_fact() -> None:
    spans = _spans(ARTICLE)
    context = removal_context(_source(), ARTICLE, spans)
    assert [e.text for e in context] == [
        "Congress met on Tuesday to debate the bill.",
        "Lawmakers in the House then voted on a separate measure.",
    ]
    assert all(ARTICLE[e.start : e.end] == e.text for e in context)


def test_no_evidence_removal_when_another_sentence_states_the_fact() -> None:
    article = ARTICLE + " In all, Washington has given $58bn to Kyiv."
    assert removal_context(_source(), article, _spans(article)) == []
    assert states_fact(_source(), "In all, Washington has given $58bn to Kyiv.")
    assert not states_fact(_source(), "Germany has given $9 billion so far.")


def test_no_evidence_removal_for_a_claim_without_a_figure() -> None:
    """Read on the dev corpus: "Net migration has hit a new record high" came out NOT_ENOUGH_INFO beside a
    sentence saying "migration is estimated to have hit a record 745,000": words alone cannot check that."""
    article = (
        "Officials met in London on Thursday. Net migration has hit a new record high, officials said. "
        "The revised figures show migration hit a record 745,000 last year."
    )
    sentence = "Net migration has hit a new record high, officials said."
    claim = _claim(sentence, index=1, start=article.index(sentence))
    assert removal_context(claim, article, _spans(article)) == []


def test_records_for_a_claim_include_the_removal_record_for_some_seeds() -> None:
    claim, spans = _source(), _spans(ARTICLE)
    context = removal_context(claim, ARTICLE, spans)
    seen = set()
    for seed in range(12):
        records = list(records_for_claim(claim, make_variants(claim), seed=seed, context=context))
        removed = [r for r in records if r.verdict.rule == "context.removed"]
        seen.add(bool(removed))
        for r in removed:
            assert r.verdict.label is Label.NOT_ENOUGH_INFO
            assert claim.text not in [e.text for e in r.evidence]
    assert seen == {True, False}


def test_a_copy_gives_way_to_a_supported_rendering_and_is_counted() -> None:
    claim = _source()
    records = list(records_for_claim(claim, make_variants(claim), seed=0))
    assert records[0].claim == records[0].evidence[0].text  # the as-written copy comes first ...
    drops: dict[str, int] = {}
    kept = list(drop_copies(records, drops))
    assert all(r.claim != r.evidence[0].text for r in kept)  # ... and goes, since a rendering is SUPPORTED
    assert drops == {"records.verbatim_copy": 1}
    assert any(r.verdict.label is Label.SUPPORTED for r in kept)


def test_a_copy_that_other_reports_were_linked_to_gives_way_too() -> None:
    """A link to another report names the copy as its parent, but the copy is dropped all the same: the link and
    the variants still carry the sentence as written (their source span) and the parent's id."""
    claim = _source()
    records = list(records_for_claim(claim, make_variants(claim), seed=0))
    copy = records[0]
    link = copy.model_copy(
        update={
            "id": "fg-link",
            "verdict": copy.verdict.model_copy(update={"rule": "evidence.interval"}),
            "provenance": copy.provenance.model_copy(update={"parent_id": copy.id}),
        }
    )
    kept = list(drop_copies([*records, link]))
    assert copy not in kept
    assert link in kept
    assert link.provenance.parent_id == copy.id


@given(st.integers(min_value=0, max_value=2**16), st.integers(min_value=2, max_value=999))
def test_quantity_variants_come_as_contrastive_twins(seed: int, n: int) -> None:
    """The number rewrite is chosen with both its labels: a rendering that holds beside another figure."""
    claim = _claim(f"The agency spent ${n} billion on roads last year.")
    chosen = select_variants(
        make_variants(claim), rng=random.Random(seed), verdict_of=lambda r: verdict_for(r, claim.text)
    )
    number = {v.label for r, v in chosen if r.transformation in ("quantity.rendering", "quantity.shift")}
    assert number == {Label.SUPPORTED, Label.REFUTED}
    for label in Label:
        assert sum(1 for r, v in chosen if r.family == "quantity" and v.label is label) <= 3


# --------------------------------------------------------------------------- near-copies across reports

WIRE = (
    "The Bank of England (BoE) has voted to cut its benchmark interest rate to five percent, the bank said."
)


@pytest.mark.parametrize(
    ("other", "shared"),
    [
        (WIRE, True),  # a wire copy, word for word
        (WIRE.replace("five percent", "five per cent"), True),  # the same sentence, house style aside
        ("The Bank of England (BoE) has voted to cut its benchmark interest rate, the bank said.", True),
        (
            "The Bank of England held its benchmark interest rate at 5.25 percent in June.",
            False,
        ),  # another fact
    ],
)
def test_a_sentence_another_report_repeats_is_one_group(other: str, shared: bool) -> None:
    merged = shared_groups([("story", "g-b", other), ("story", "g-a", WIRE), ("elsewhere", "g-c", WIRE)])
    assert (merged.get("g-b") == "g-a") is shared
    assert "g-c" not in merged  # another story: never compared


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["s", "t", None]), st.sampled_from(["w x y z", "w x y", "a b", "w x y z q"])
        ),
        max_size=12,
    )
)
def test_shared_groups_map_each_set_to_its_smallest_member(items: list[tuple[str | None, str]]) -> None:
    sentences = [(story, f"g{i:02d}", text) for i, (story, text) in enumerate(items)]
    merged = shared_groups(sentences)
    story_of = {g: story for story, g, _ in sentences}
    for group, root in merged.items():
        assert root <= group
        assert merged[root] == root  # a root maps to itself: one step, no chains
        assert story_of[group] == story_of[root] is not None
    assert shared_groups(reversed(sentences)) == merged  # the order of the input does not matter


def test_wire_copies_in_two_reports_share_their_records_group() -> None:
    day = date(2024, 8, 1)
    articles = [
        Article(id=name, published=day, text=f"{WIRE} Officials in London said the decision was close.")
        for name in ("wire-a", "wire-b")
    ]
    records = list(generate(articles, seed=0))
    by_article = {r.source.article_id: r.group_id for r in records if r.source is not None}
    assert set(by_article) == {"wire-a", "wire-b"}
    assert by_article["wire-a"] == by_article["wire-b"]
