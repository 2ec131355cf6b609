"""Stories (issue 16, the *block* of block -> retrieve -> verify): which articles report the same event.

Case list (convention 11): ``CASES`` are small hand-written corpora with the stories expected; a corpus from a bug
report goes there too. The properties check what linking relies on: blocking never drops a pair the verifier links.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factgen.evidence import EvidenceIndex
from factgen.models import Article, Label
from factgen.pipeline import generate
from factgen.stories import WINDOW_DAYS, Profile, find_stories, profile, within_window
from tests.strategies import evidence_corpora

D = date(2024, 7, 5)


class Case(NamedTuple):
    name: str
    articles: list[tuple[str, str, date | None]]
    stories: list[set[str]]  # the expected partition


CASES = [
    Case(
        "one event, two outlets, an acronym on one side",
        [
            ("a", "The National Unity Party won 312 seats in Freedonia's election.", D),
            ("b", "NUP has got the largest number in Freedonia, 312 seats.", D),
        ],
        [{"a", "b"}],
    ),
    Case(
        "the same names two months apart: two stories",
        [
            ("a", "Keir Starmer's Labour won 412 seats.", D),
            ("b", "Keir Starmer's Labour cut the winter fuel payment.", date(2024, 9, 10)),
        ],
        [{"a"}, {"b"}],
    ),
    Case(
        "nothing named in common: two stories",
        [
            ("a", "The Federal Reserve cut rates by half a point.", D),
            ("b", "Hurricane Helene made landfall in Florida.", D),
        ],
        [{"a"}, {"b"}],
    ),
    Case(
        "undated articles block on names alone",
        [
            ("a", "Kelvin Kiptum won the Chicago Marathon in a world record.", None),
            ("b", "Kiptum set a world record at the Chicago Marathon on Sunday.", None),
        ],
        [{"a", "b"}],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_cases(case: Case) -> None:
    stories = find_stories([Article(id=i, text=t, published=d) for i, t, d in case.articles])
    found: dict[str, set[str]] = {}
    for article, story in stories.story_of.items():
        found.setdefault(story, set()).add(article)
    assert sorted(map(sorted, found.values())) == sorted(map(sorted, case.stories))


def test_a_name_written_everywhere_blocks_nothing() -> None:
    articles = [Article(id=f"a{i}", text=f"Freedonia reported {i} new cases of measles.") for i in range(5)]
    assert all(find_stories(articles).neighbours[a.id] for a in articles)
    capped = find_stories(articles, max_name_articles=4)
    assert all(capped.neighbours[a.id] == () for a in articles)


def test_a_name_written_all_year_still_pairs_the_reports_of_one_week() -> None:
    # six articles write "Freedonia", more than the cap of 4, but only two of them each month
    articles = [
        Article(
            id=f"a{i}",
            text=f"Freedonia reported {i} new cases of measles.",
            published=D + timedelta(30 * (i // 2)),
        )
        for i in range(6)
    ]
    capped = find_stories(articles, max_name_articles=4)
    assert {a: capped.neighbours[a] for a in ("a0", "a1", "a4")} == {
        "a0": ("a1",),
        "a1": ("a0",),
        "a4": ("a5",),
    }
    same_day = [Article(id=a.id, text=a.text, published=D) for a in articles]
    assert all(find_stories(same_day, max_name_articles=4).neighbours[a.id] == () for a in same_day)
    undated = [Article(id=a.id, text=a.text) for a in articles]  # an undated article's window is the corpus
    assert all(find_stories(undated, max_name_articles=4).neighbours[a.id] == () for a in undated)


def test_a_story_never_grows_beyond_its_cap() -> None:
    articles = [Article(id=f"a{i}", text="Kiptum won the Chicago Marathon.") for i in range(5)]
    stories = find_stories(articles, max_story_articles=2)
    sizes = sorted(list(stories.story_of.values()).count(s) for s in set(stories.story_of.values()))
    assert sizes == [1, 2, 2]


def test_within_window() -> None:
    assert within_window(D, date(2024, 7, 5 + WINDOW_DAYS))
    assert not within_window(D, date(2024, 7, 6 + WINDOW_DAYS))
    assert within_window(None, D)


def test_profiles_are_what_stories_are_made_of() -> None:
    articles = [Article(id=i, text=t, published=d) for i, t, d in CASES[0].articles]
    assert find_stories(map(profile, articles)) == find_stories(articles)


# --------------------------------------------------------------------------- records carry their story


def test_records_carry_the_story_and_links_both_dates() -> None:
    articles = [
        Article(id="a", text="Officials said 412 delegates attended the Geneva climate summit.", published=D),
        Article(id="b", text="The Geneva climate summit was attended by 412 delegates.", published=D),
        Article(id="c", text="Hurricane Helene killed 40 people in Florida on Thursday.", published=D),
    ]
    records = list(generate(articles, seed=0))
    story = {r.source.article_id: r.story_id for r in records if r.source}
    assert story["a"] == story["b"] != story["c"]
    assert all(r.story_id is not None for r in records)
    links = [r for r in records if r.verdict.rule.startswith("evidence.")]
    assert {(r.source.article_id, r.verdict.label, r.provenance.rule) for r in links if r.source} == {
        ("a", Label.SUPPORTED, "evidence.interval"),
        ("b", Label.SUPPORTED, "evidence.interval"),
        ("a", Label.REFUTED, "evidence.twin"),  # each link's contrastive twin: a shifted count, same story
        ("b", Label.REFUTED, "evidence.twin"),
    }
    for link in links:
        assert f"story {story['a']}" in link.verdict.rationale
        assert link.verdict.rationale.count(D.isoformat()) == 2  # the claim's date and the other report's


# --------------------------------------------------------------------------- properties


@settings(max_examples=60, deadline=None)
@given(evidence_corpora())
def test_blocking_never_drops_a_pair_the_verifier_links(corpus: list[Article]) -> None:
    stories = find_stories(corpus)
    index = EvidenceIndex.build(corpus, neighbours=stories.neighbours)
    for passage in index.passages:
        blocked, _ = index.match(passage)
        everything, _ = index.match(passage, exhaustive=True)  # the same verifier over every other article
        key = [(m.evidence.article_id, m.evidence.start, m.label, m.rule) for m in everything]
        assert [(m.evidence.article_id, m.evidence.start, m.label, m.rule) for m in blocked] == key
        assert all(m.evidence.article_id in stories.neighbours[passage.article_id] for m in blocked)


@settings(max_examples=60, deadline=None)
@given(evidence_corpora())
def test_stories_do_not_depend_on_the_order_of_the_corpus(corpus: list[Article]) -> None:
    stories = find_stories(corpus)
    assert find_stories(reversed(corpus)) == stories
    for article, near in stories.neighbours.items():
        assert list(near) == sorted(near)
        assert article not in near
        assert all(article in stories.neighbours[other] for other in near)


_NAMES = ("e:freedonia", "e:kiptum", "a:nup")


@st.composite
def _dated_profiles(draw: st.DrawFn) -> list[Profile]:
    """Up to 14 profiles, each writing some of three names, published on one of 40 days or undated."""
    rows = draw(
        st.lists(
            st.tuples(
                st.none() | st.integers(0, 40).map(lambda d: D + timedelta(d)),
                st.frozensets(st.sampled_from(_NAMES)),
            ),
            max_size=14,
        )
    )
    return [
        Profile(f"a{i:02d}", day, names, tuple((n, 1) for n in sorted(names)))
        for i, (day, names) in enumerate(rows)
    ]


@settings(max_examples=200, deadline=None)
@given(_dated_profiles(), st.integers(1, 6))
def test_a_name_blocks_the_pairs_of_an_article_few_write_it_around(profiles: list[Profile], cap: int) -> None:
    # the definition, all pairs: i and j within the window share a name that at most `cap` articles within the
    # window of i (or of j) write
    def around(p: Profile, name: str) -> int:
        return sum(1 for q in profiles if name in q.names and within_window(p.published, q.published))

    expected = {
        (p.article_id, q.article_id)
        for p in profiles
        for q in profiles
        if p is not q
        and within_window(p.published, q.published)
        and any(around(p, n) <= cap or around(q, n) <= cap for n in p.names & q.names)
    }
    near = find_stories(profiles, max_name_articles=cap, max_neighbours=len(profiles)).neighbours
    assert {(a, b) for a, found in near.items() for b in found} == expected
