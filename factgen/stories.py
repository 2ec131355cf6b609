"""Stories: which articles report the same event (the *block* of block -> retrieve -> verify).

``find_stories(articles) -> Stories`` works from one :class:`Profile` per article (:func:`profile`, a pure function
of the article: its publication date, its names and its content words), so profiles can be made anywhere, in any
number of processes; only the pairing is corpus-wide, and it never compares all pairs.

* **Neighbours** (where evidence for a claim is sought): two articles published at most :data:`WINDOW_DAYS` apart
  (or either undated) that write a name in common, among the names that at most :data:`MAX_NAME_ARTICLES` articles
  published within :data:`WINDOW_DAYS` of one of the two write (a name written everywhere that week, "U.S.", blocks
  nothing; a name written by 40 articles over a year still pairs the two of one week; an undated article's window
  is the whole corpus); of those, each article keeps its :data:`MAX_NEIGHBOURS` most alike (cosine, below) and
  every article that keeps it. The pairs come from one posting list per name, sorted by date, so the cost grows
  with the corpus, not with its square. The verifier (:mod:`factgen.evidence.rules`) links two sentences only when
  they share a name and their articles are at most :data:`WINDOW_DAYS` apart, so blocking never drops a pair it
  would link, as long as that name is below the posting cap around one of the two and neither article has more
  than :data:`MAX_NEIGHBOURS` candidates.
* **Stories** (what a split keeps together, and each record's ``story_id``): neighbours whose texts are alike
  (cosine of their tf-idf weighted words >= :data:`STORY_SIMILARITY`), joined transitively, most alike first; a
  join that would make a story larger than :data:`MAX_STORY_ARTICLES` articles is refused, so a story never
  swallows a corpus. A story's id is ``story-`` and a hash of its sorted article ids.

>>> from datetime import date
>>> from factgen.models import Article
>>> s = find_stories([
...     Article(id="a", text="Labour won 412 seats, Keir Starmer said.", published=date(2024, 7, 5)),
...     Article(id="b", text="Keir Starmer's Labour has 412 seats.", published=date(2024, 7, 5)),
...     Article(id="c", text="Keir Starmer visited Berlin.", published=date(2024, 9, 1)),
... ])
>>> s.neighbours["a"], s.neighbours["c"], s.story_of["a"] == s.story_of["b"] != s.story_of["c"]
(('b',), (), True)
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from factgen._io import content_hash
from factgen.evidence.passages import lower_words, name_tokens
from factgen.evidence.rules import WINDOW_DAYS
from factgen.models import Article

__all__ = [
    "MAX_NAME_ARTICLES",
    "MAX_NEIGHBOURS",
    "MAX_STORY_ARTICLES",
    "STORY_SIMILARITY",
    "WINDOW_DAYS",
    "Profile",
    "Stories",
    "find_stories",
    "profile",
    "within_window",
]

MAX_NAME_ARTICLES: Final = 32  # a name written by more articles than this is too common to block on
MAX_NEIGHBOURS: Final = 16  # an article's most alike neighbours (by cosine) are kept, and those that keep it
STORY_SIMILARITY: Final = 0.2  # the least cosine of two neighbours' weighted words for one story
MAX_STORY_ARTICLES: Final = 64  # a story never grows beyond this many articles


@dataclass(frozen=True, slots=True)
class Profile:
    """What blocking looks at in one article: its date, its names (with aliases) and its word counts."""

    article_id: str
    published: date | None
    names: frozenset[str]
    words: tuple[tuple[str, int], ...]  # (token, count), sorted


@dataclass(frozen=True, slots=True)
class Stories:
    """Each article's story id and its neighbours (the articles its claims seek evidence in), sorted."""

    story_of: Mapping[str, str]
    neighbours: Mapping[str, tuple[str, ...]]


def profile(article: Article) -> Profile:
    """The :class:`Profile` of one article (pure)."""
    tokens = name_tokens(article.text, lower_words=lower_words(article.text))
    return Profile(
        article_id=article.id,
        published=article.published,
        names=frozenset(t for t in tokens if t[0] in "ea"),
        words=tuple(sorted(Counter(tokens).items())),
    )


def within_window(a: date | None, b: date | None) -> bool:
    """Whether two publication dates are close enough for one event (an unknown date is close to any)."""
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def _story_id(ids: Sequence[str]) -> str:
    return "story-" + content_hash(sorted(ids), length=12)


def _neighbour_pairs(profiles: Sequence[Profile], max_name_articles: int) -> set[tuple[int, int]]:
    """The pairs of articles within the window that write a name which at most ``max_name_articles`` articles
    within the window of one of the two write (an undated article's window is the whole corpus)."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for name in p.names:
            postings[name].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        undated = [i for i in ids if profiles[i].published is None]
        dated = sorted((d.toordinal(), i) for i in ids if (d := profiles[i].published) is not None)
        days = [day for day, _ in dated]
        if len(ids) <= max_name_articles:  # an undated article blocks on the name
            pairs.update((min(i, j), max(i, j)) for i in undated for j in ids if j != i)
        for day, i in dated:
            lo, hi = bisect_left(days, day - WINDOW_DAYS), bisect_right(days, day + WINDOW_DAYS)
            if hi - lo + len(undated) <= max_name_articles:  # few write it around this article's date
                near = [j for _, j in dated[lo:hi]] + undated
                pairs.update((min(i, j), max(i, j)) for j in near if j != i)
    return pairs


def _vectors(profiles: Sequence[Profile]) -> list[dict[str, float]]:
    df = Counter(t for p in profiles for t, _ in p.words)
    n = len(profiles)
    out = []
    for p in profiles:
        v = {t: (1 + math.log(c)) * math.log1p(n / df[t]) for t, c in p.words}
        norm = math.sqrt(math.fsum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    return out


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return math.fsum(x * large[t] for t, x in sorted(small.items()) if t in large)


def find_stories(
    articles: Iterable[Article | Profile],
    *,
    max_name_articles: int = MAX_NAME_ARTICLES,
    max_story_articles: int = MAX_STORY_ARTICLES,
    max_neighbours: int = MAX_NEIGHBOURS,
) -> Stories:
    """Neighbours and stories of a corpus (see the module doc); articles may be given as their profiles."""
    profiles = sorted(
        (a if isinstance(a, Profile) else profile(a) for a in articles), key=lambda p: p.article_id
    )
    ids = [p.article_id for p in profiles]
    pairs = _neighbour_pairs(profiles, max_name_articles)
    vectors = _vectors(profiles)
    scored = sorted(((-_cosine(vectors[i], vectors[j]), i, j) for i, j in pairs))
    parent = list(range(len(profiles)))
    size = [1] * len(profiles)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for negative, i, j in scored:
        a, b = find(i), find(j)
        if -negative < STORY_SIMILARITY:
            break
        if a != b and size[a] + size[b] <= max_story_articles:
            parent[max(a, b)] = min(a, b)
            size[min(a, b)] += size[max(a, b)]
    members: defaultdict[int, list[str]] = defaultdict(list)
    for i, article_id in enumerate(ids):
        members[find(i)].append(article_id)
    story_of = {a: _story_id(group) for group in members.values() for a in group}
    ranked: defaultdict[int, list[tuple[float, int]]] = defaultdict(
        list
    )  # each article's neighbours, best first
    for negative, i, j in scored:
        ranked[i].append((negative, j))
        ranked[j].append((negative, i))
    near: defaultdict[str, set[str]] = defaultdict(set)
    for i, found in ranked.items():
        for _, j in sorted(found)[
            :max_neighbours
        ]:  # the most alike, and whoever counts this one among theirs
            near[ids[i]].add(ids[j])
            near[ids[j]].add(ids[i])
    return Stories(story_of, {a: tuple(sorted(near[a])) for a in ids})
