"""The inverted index over every check-worthy sentence of a corpus (:class:`EvidenceIndex`), built once per corpus."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, TypeAlias

import numpy as np
import numpy.typing as npt

from factgen.claims import Claim, judge_sentences
from factgen.clean import clean
from factgen.evidence.passages import Passage, describe, lower_words
from factgen.evidence.rules import Match, judge_pair, only_spans
from factgen.models import Article
from factgen.segment import segment

THRESHOLD: Final = 0.3  # the least weighted Dice overlap of two sentences' tokens for a candidate pair
MAX_POSTINGS: Final = (
    256  # a token in more passages than this is too common to probe (it still counts in the score)
)
MAX_CANDIDATES: Final = 50  # at most this many sentences of neighbouring articles are judged per claim
_Ids: TypeAlias = npt.NDArray[np.int32]  # a posting list: passage numbers in increasing order
_NONE: Final[_Ids] = np.zeros(0, dtype=np.int32)


class _Weights(dict[str, float]):
    """Token weights; a token the index has never seen weighs as a token of one passage would."""

    def __init__(self, unseen: float, weights: dict[str, float]) -> None:
        super().__init__(weights)
        self.unseen = unseen

    def __missing__(self, token: str) -> float:
        return self.unseen


# --------------------------------------------------------------------------- the index


class EvidenceIndex:
    """Posting lists from token to passages, over every check-worthy sentence of a corpus; built once.

    >>> from factgen.models import Article
    >>> index = EvidenceIndex.build([
    ...     Article(id="a", text="Officials said more than 400 delegates attended the Geneva summit on Monday."),
    ...     Article(id="b", text="Organisers said 412 delegates attended the Geneva summit this week."),
    ... ])
    >>> len(index), [(m.evidence.article_id, m.label.value, m.rule) for m in index.match(index.passages[0])[0]]
    (2, [('b', 'SUPPORTED', 'evidence.interval')])
    >>> [m.label.value for m in index.match(index.passages[1])[0]]
    ['NOT_ENOUGH_INFO']
    """

    def __init__(
        self,
        passages: Iterable[Passage],
        texts: Mapping[str, str],
        *,
        max_postings: int = MAX_POSTINGS,
        neighbours: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.max_postings = max_postings
        self.neighbours = neighbours
        unique = {(p.article_id, p.start, p.end): p for p in passages}
        self.passages: tuple[Passage, ...] = tuple(unique[k] for k in sorted(unique))
        self.texts = texts
        self._at = {k: i for i, k in enumerate(sorted(unique))}
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.passages):
            for token in p.tokens:
                postings[token].append(i)
        self._postings: dict[str, _Ids] = {t: np.array(ids, dtype=np.int32) for t, ids in postings.items()}
        n = len(self.passages)
        self._unseen = math.log1p(max(n, 1))
        self._weights = _Weights(
            self._unseen, {t: math.log1p(n / len(ids)) for t, ids in self._postings.items()}
        )
        self._terms: dict[frozenset[str], frozenset[str]] = {}  # a passage's tokens -> its t: tokens
        self._mass = [self._total(p.tokens) for p in self.passages]
        self._mass_array = np.array(self._mass, dtype=np.float64)
        self._ordinal = {a: i for i, a in enumerate(sorted({p.article_id for p in self.passages}))}
        self._measured_array = np.array([bool(p.measured) for p in self.passages], dtype=bool)
        self._article_array = np.array([self._ordinal[p.article_id] for p in self.passages], dtype=np.int32)
        self._range: dict[
            str, tuple[int, int]
        ] = {}  # article id -> its passages (they are sorted by article)
        for i, p in enumerate(self.passages):
            lo, _ = self._range.get(p.article_id, (i, i))
            self._range[p.article_id] = (lo, i + 1)

    @classmethod
    def build(
        cls, articles: Iterable[Article], *, neighbours: Mapping[str, Sequence[str]] | None = None
    ) -> EvidenceIndex:
        """The index of cleaned articles (cleaning again changes nothing): each is segmented and judged."""
        cleaned = [clean(a) for a in articles]
        claims = [c for ca in cleaned for c in judge_sentences(segment(ca)) if isinstance(c, Claim)]
        return cls.from_claims(claims, [ca.article for ca in cleaned], neighbours=neighbours)

    @classmethod
    def from_claims(
        cls,
        claims: Iterable[Claim],
        articles: Iterable[Article],
        *,
        neighbours: Mapping[str, Sequence[str]] | None = None,
        other_sentences: bool = True,
    ) -> EvidenceIndex:
        """The index of claims already extracted from ``articles`` (what the pipeline has at hand).

        ``other_sentences``: every other sentence of ``articles`` is indexed too, as evidence only (records are made
        for claims): a report's figure is evidence even where its sentence does not stand alone ("The rate stood at
        4.2% last month"; its period comes from the publication date), and so is a statement without a number that
        another report restates ("The iPhone maker vowed to appeal"). Each claim still judges at most
        ``MAX_CANDIDATES`` sentences of its neighbours, so the cost per claim stays bounded.

        ``neighbours`` (article id -> the articles of its story and around it, :func:`factgen.stories.find_stories`)
        confines each claim's candidates to those articles; without it, candidates are found by score alone.
        """
        by_id = {a.id: a for a in articles}
        lower = {i: lower_words(a.text) for i, a in by_id.items()}
        claims = list(claims)
        passages = [
            describe(
                c.text,
                article_id=c.article_id,
                start=c.start,
                speaker=c.speaker,
                published=by_id[c.article_id].published,
                lower_words=lower[c.article_id],
            )
            for c in claims
        ]
        if other_sentences:
            passages += _other_sentences(by_id.values(), {(c.article_id, c.start) for c in claims}, lower)
        return cls(passages, {i: a.text for i, a in by_id.items()}, neighbours=neighbours)

    def __len__(self) -> int:
        return len(self.passages)

    def weight(self, token: str) -> float:
        return self._weights[token]

    def _mass_of(self, p: Passage) -> float:
        at = self._at.get((p.article_id, p.start, p.end))
        return self._mass[at] if at is not None and self.passages[at] is p else self._total(p.tokens)

    def _total(self, tokens: Iterable[str]) -> float:
        # fsum is exact, so the total does not depend on the (hash-seeded) iteration order of a set
        return math.fsum(map(self._weights.__getitem__, tokens))

    def _term_tokens(self, p: Passage) -> frozenset[str]:
        found = self._terms.get(p.tokens)
        if found is None:
            found = self._terms[p.tokens] = frozenset(t for t in p.tokens if t[0] == "t")
        return found

    def passage(self, article_id: str, start: int, end: int) -> Passage | None:
        at = self._at.get((article_id, start, end))
        return None if at is None else self.passages[at]

    def score(self, a: Passage, b: Passage, *, kinds: str = "teq") -> float:
        """Weighted Dice overlap of the two passages' tokens (of the given kinds), in [0, 1]; symmetric."""
        if kinds == "teq":
            total = self._mass_of(a) + self._mass_of(b)
            shared = self._total(a.tokens & b.tokens)
        elif kinds == "t":
            ta, tb = self._term_tokens(a), self._term_tokens(b)
            total = self._total(ta) + self._total(tb)
            shared = self._total(ta & tb)
        else:
            ta = frozenset(t for t in a.tokens if t[0] in kinds)
            tb = frozenset(t for t in b.tokens if t[0] in kinds)
            total = self._total(ta) + self._total(tb)
            shared = self._total(ta & tb)
        return 2 * shared / total if total else 0.0

    def judge(self, claim: Passage, evidence: Passage, *, threshold: float = THRESHOLD) -> Match | str:
        """:func:`judge_pair` with this index's weights (and whether the two articles are neighbours)."""
        score = self.score(claim, evidence)
        term_score = self.score(claim, evidence, kinds="t") if score >= threshold else 0.0
        near = self.neighbours is not None and evidence.article_id in self.neighbours.get(
            claim.article_id, ()
        )
        return judge_pair(
            claim, evidence, score=score, term_score=term_score, threshold=threshold, neighbours=near
        )

    def candidates(self, passage: Passage, *, threshold: float) -> list[int]:
        """Passages of other articles that score >= threshold with ``passage`` (up to rounding), in index order.

        :meth:`scan` also says how many other passages the index found that score below it.
        """
        return self.scan(passage, threshold=threshold)[0]

    def scan(self, passage: Passage, *, threshold: float) -> tuple[list[int], int]:
        """:meth:`candidates`, and how many passages of other articles sharing a probed token score below threshold.

        Only the claim's rarest tokens are probed (prefix filtering: a pair that reaches the threshold shares one of
        them); each passage found is then scored on the tokens not probed by a binary search in their sorted posting
        lists, so only the pairs that reach the threshold are judged. A token in more than ``max_postings`` passages
        is never probed (it still counts in the score): below that size the result is exactly the all-pairs one.
        """
        found, below = self._scan(passage, threshold)
        return found.tolist(), below

    def _scan(self, passage: Passage, threshold: float) -> tuple[_Ids, int]:
        ranked = sorted(passage.tokens, key=lambda t: (-self.weight(t), t))
        weights = [self.weight(t) for t in ranked]
        total = math.fsum(weights)
        needed = threshold * total / (2 - threshold) * (1 - 1e-9)
        rest = total
        probed: list[tuple[_Ids, float]] = []
        unprobed: list[tuple[_Ids, float]] = []
        for token, w in zip(ranked, weights, strict=True):
            ids = self._postings.get(token, _NONE)
            if rest >= needed and len(ids) <= self.max_postings:
                probed.append((ids, w))
            elif len(ids):
                unprobed.append((ids, w))
            rest -= w
        if not probed:
            return _NONE, 0
        found, at = np.unique(np.concatenate([ids for ids, _ in probed]), return_inverse=True)
        lengths = [len(ids) for ids, _ in probed]
        shared = np.bincount(at, weights=np.repeat([w for _, w in probed], lengths), minlength=len(found))
        bar = threshold * (1 - 1e-9)
        need = bar * (total + self._mass_array[found]) / 2
        most = math.fsum(w for _, w in unprobed)
        other = self._article_array[found] != self._ordinal.get(passage.article_id, -1)
        keep = other & (shared + most >= need)
        found, shared, need = found[keep], shared[keep], need[keep]
        for ids, w in unprobed:  # the exact score: add the weight of each token not probed that a passage has
            shared += w * _member(found, ids)
        kept = found[shared >= need]
        return kept, int(np.count_nonzero(other)) - len(kept)

    def _nothing_to_compare(self, passage: Passage, found: _Ids) -> tuple[_Ids, Counter[str]]:
        """:func:`nothing_to_compare` for many passages at once: those left to judge, and the others by reason."""
        spans = only_spans(passage)  # "the first cut in four years": a figure, or a statement "since 2020"
        # a shared q: token (with numbers) or name (without; or a word of a quotation)
        keys = "qea" if spans else "q" if passage.measured else "eat" if passage.quoted else "ea"
        keyed = np.zeros(len(found), dtype=bool)
        for token in passage.tokens:
            if token[0] in keys:
                keyed |= _member(found, self._postings.get(token, _NONE))
        same = (
            self._measured_array[found] if passage.measured and not spans else np.ones(len(found), dtype=bool)
        )
        reasons = Counter(
            {
                "no_quantity": int(np.count_nonzero(~same)),
                "different_measure" if passage.measured else "no_shared_name": int(
                    np.count_nonzero(same & ~keyed)
                ),
            }
        )
        return found[same & keyed], +reasons

    def match(
        self, passage: Passage, *, threshold: float = THRESHOLD, exhaustive: bool = False
    ) -> tuple[list[Match], Counter[str]]:
        """Every link for ``passage`` (best first, at most one per article) and the rejected pairs by reason.

        ``exhaustive=True`` compares ``passage`` with every passage of the other articles: the all-pairs baseline.
        """
        rejected: Counter[str] = Counter()
        if exhaustive:
            others = [i for i, p in enumerate(self.passages) if p.article_id != passage.article_id]
        elif self.neighbours is not None:
            others, rejected = self._retrieve(passage, self.neighbours.get(passage.article_id, ()))
        else:
            found, below = self._scan(passage, threshold)
            left, rejected = self._nothing_to_compare(passage, found)
            rejected["below_threshold"] += below
            rejected = +rejected
            others = left.tolist()
        best: dict[str, Match] = {}
        for i in others:
            evidence = self.passages[i]
            outcome = self.judge(passage, evidence, threshold=threshold)
            if isinstance(outcome, str):
                rejected[outcome] += 1
            elif (kept := best.get(evidence.article_id)) is None or outcome.score > kept.score:
                best[evidence.article_id] = outcome
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.evidence.article_id, m.evidence.start))
        return ranked, rejected

    def _retrieve(self, passage: Passage, articles: Sequence[str]) -> tuple[list[int], Counter[str]]:
        """The passages of ``articles`` worth judging for ``passage``: those with something to compare, the
        :data:`MAX_CANDIDATES` best by score (the rest are counted as ``not_retrieved``)."""
        ranges = [self._range[a] for a in articles if a in self._range and a != passage.article_id]
        if not ranges:
            return [], Counter()
        found = np.concatenate([np.arange(lo, hi, dtype=np.int32) for lo, hi in ranges])
        left, rejected = self._nothing_to_compare(passage, found)
        shared = np.zeros(len(left), dtype=np.float64)
        for token in sorted(passage.tokens):
            shared += self.weight(token) * _member(left, self._postings.get(token, _NONE))
        score = 2 * shared / (self._mass_of(passage) + self._mass_array[left])
        order = np.lexsort((left, -score))[:MAX_CANDIDATES]
        if len(left) > MAX_CANDIDATES:
            rejected["not_retrieved"] += len(left) - MAX_CANDIDATES
        return sorted(left[order].tolist()), rejected


def _other_sentences(
    articles: Iterable[Article], claimed: set[tuple[str, int]], lower: Mapping[str, frozenset[str]]
) -> list[Passage]:
    """The passages of the sentences of ``articles`` that are not claims (``claimed``)."""
    return [
        describe(
            s.text,
            article_id=s.article_id,
            start=s.start,
            published=article.published,
            lower_words=lower[article.id],
        )
        for article in articles
        for s in segment(clean(article))
        if (s.article_id, s.start) not in claimed
    ]


def _member(found: _Ids, ids: _Ids) -> npt.NDArray[np.bool_]:
    """For each passage number of ``found``, whether it is in the sorted posting list ``ids``."""
    if not len(ids):
        return np.zeros(len(found), dtype=bool)
    at = np.searchsorted(ids, found)
    hit: npt.NDArray[np.bool_] = ids[np.minimum(at, len(ids) - 1)] == found
    return hit
