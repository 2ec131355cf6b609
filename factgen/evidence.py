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

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final, TypeAlias

import numpy as np
import numpy.typing as npt

from factgen import _claims_lexicon as claims_lex
from factgen import _evidence_lexicon as lex
from factgen import _text_lexicon as text_lex
from factgen._io import content_hash
from factgen.claims import Claim, judge_sentences
from factgen.clean import clean
from factgen.errors import ConfigError
from factgen.labels import interval_verdict
from factgen.models import (
    SCHEMA_VERSION,
    Article,
    Evidence,
    Kind,
    Label,
    Method,
    Provenance,
    Quantity,
    Record,
    Relation,
    Verdict,
)
from factgen.quantities import extract_quantities
from factgen.segment import segment

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

THRESHOLD: Final = 0.3  # the least weighted Dice overlap of two sentences' tokens for a candidate pair
MAX_LINKS: Final = 3  # at most this many other reports per claim (the best per article, best first)
MAX_POSTINGS: Final = (
    256  # a token in more passages than this is too common to probe (it still counts in the score)
)
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

_find_tokens = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:[’'][^\W\d_]+)?").finditer
_find_according = re.compile(r"\b[Aa]ccording\s+to\s+[^,;:.!?“”\"]+").finditer  # the source, not the fact
_find_clause_breaks = re.compile(r"[,;:()—–]|\s-+\s").finditer
_ABBREVIATED: Final = (
    1,
    2,
    3,
    4,
    6,
    7,
    8,
    9,
    9,
    10,
    11,
    12,
)  # "jan" ... "dec" in the lexicon, with "sep" and "sept"
_MONTHS: Final = {name: i + 1 for i, name in enumerate(text_lex.MONTH_NAMES)} | dict(
    zip(text_lex.MONTH_ABBREVIATIONS, _ABBREVIATED, strict=True)
)
_find_months = re.compile(
    r"\b(" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\b\.?"
).finditer
_NEGATIONS: Final = frozenset(claims_lex.NEGATIONS)
_CONTRACTIONS: Final = ("s", "re", "ve", "ll", "d", "m")
_SQRT10: Final = Decimal(10).sqrt()
_ROLE_WORDS: Final = claims_lex.ROLE_WORDS | lex.TITLES
_Ids: TypeAlias = npt.NDArray[np.int32]  # a posting list: passage numbers in increasing order
_NONE: Final[_Ids] = np.zeros(0, dtype=np.int32)
_CONTEXT: Final = 3  # content words either side of a number (inside its clause) that say what it measures


# --------------------------------------------------------------------------- describing one sentence


@dataclass(frozen=True, slots=True)
class Measured:
    """A quantity that measures something: what the ``q:`` tokens and the interval rule look at."""

    quantity: Quantity
    cells: tuple[str, str]  # the magnitude cells of the two grids
    context: frozenset[str]  # the content tokens around it in its clause


@dataclass(frozen=True, slots=True)
class Passage:
    """One indexed sentence: its span, tokens (``t:``/``e:``/``q:``), measured quantities, times, negations."""

    article_id: str
    start: int
    end: int
    tokens: frozenset[str]
    names: frozenset[str]  # the e: tokens
    measured: tuple[Measured, ...]
    times: frozenset[tuple[int | None, int | None]]  # (year, month); None where the text leaves it open
    published: date | None
    negations: int


class _Weights(dict[str, float]):
    """Token weights; a token the index has never seen weighs as a token of one passage would."""

    def __init__(self, unseen: float, weights: dict[str, float]) -> None:
        super().__init__(weights)
        self.unseen = unseen

    def __missing__(self, token: str) -> float:
        return self.unseen


def _stem(word: str) -> str:
    """A light stemmer for matching: "strikes", "striking", "struck"... -> "strik"; then the news paraphrases."""
    if word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) >= 4:
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    word = word[:7]
    return lex.CONCEPTS.get(word, word)


def _tokens(text: str, *, lower_words: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` for the content words of ``text``: ``e:<stem>`` for names, ``t:<stem>`` for terms.

    >>> [t for *_, t in _tokens("The U.S. has not changed its policy on long-range strikes near Kharkiv.")]
    ['e:u.s.', 't:chang', 't:policy', 't:long', 't:rang', 't:strike', 'e:kharkiv']
    """
    out = []
    for i, m in enumerate(_find_tokens(text)):
        surface = m.group()
        word = surface.lower()
        if "’" in word or "'" in word:
            base, _, tail = word.replace("’", "'").partition("'")
            if tail not in _CONTRACTIONS:
                continue  # "don't": a negation (counted apart), not a content word
            word = base
        if surface == "US":
            word = "u.s."
        if word in lex.STOPWORDS or word in lex.REPORTING_WORDS or word in lex.TIME_WORDS:
            continue
        if word in _MONTHS or word in text_lex.WEEKDAYS or word in _NEGATIONS or len(word) < 2:
            continue
        name = surface[0].isupper() and word not in lex.TITLES and (i > 0 or word not in lower_words)
        out.append((m.start(), m.end(), ("e:" if name else "t:") + _stem(word)))
    return out


def _negations(text: str) -> int:
    lowered = text.lower().replace("’", "'")
    return sum(
        1 for m in _find_tokens(lowered) if m.group() in _NEGATIONS or m.group().endswith("n't")
    ) + lowered.count("cannot")


def _cells(q: Quantity) -> tuple[str, str] | None:
    """The magnitude cells of a quantity on two powers-of-ten grids offset by half a power."""
    value = q.value if q.value is not None else (q.low if q.low is not None else q.high)
    if value is None:
        return None
    if value <= 0:
        return ("z", "z")
    return (f"a{value.adjusted()}", f"b{(value * _SQRT10).adjusted()}")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left, right = 0, len(text)
    for m in _find_clause_breaks(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def _measured(
    text: str, quantities: Sequence[Quantity], tokens: list[tuple[int, int, str]]
) -> list[Measured]:
    out = []
    for q in quantities:
        cells = _cells(q)
        if q.kind in {Kind.DATE, Kind.ORDINAL} or q.unit is None or cells is None:
            continue
        left, right = _clause(text, q.start, q.end)
        before = [t for s, _, t in tokens if left <= s < q.start][-_CONTEXT:]
        after = [t for s, _, t in tokens if q.end <= s < right][:_CONTEXT]
        out.append(Measured(q, cells, frozenset(before + after)))
    return out


def _times(
    text: str, quantities: Sequence[Quantity], published: date | None
) -> frozenset[tuple[int | None, int | None]]:
    """(year, month) references: "in May" -> (None, 5) or (2024, 5) with a 2024 publication; "2022" -> (2022, None)."""
    years = {
        q.start: int(q.value)
        for q in quantities
        if q.kind is Kind.DATE and q.value is not None and 1000 <= q.value <= 2999
    }
    found: set[tuple[int | None, int | None]] = set()
    used: set[int] = set()
    for m in _find_months(text):
        if m.group(1) == "May" and not _introduces_month(text, m.start(), m.end()):
            continue  # "may" the verb
        month = _MONTHS[m.group(1).lower()]
        at_year = next((at for at in years if 0 <= at - m.end() <= 6), None)  # "February 2022", "May 4, 2024"
        year = None if at_year is None else years[at_year]
        if at_year is not None:
            used.add(at_year)
        elif published is not None:
            year = published.year if month <= published.month else published.year - 1
        found.add((year, month))
    found |= {(y, None) for at, y in years.items() if at not in used}
    return frozenset(found)


def _introduces_month(text: str, start: int, end: int) -> bool:
    previous = text[:start].split()[-1:] or [""]
    return previous[0].lower() in lex.MONTH_INTRODUCERS or text[end : end + 3].strip()[:1].isdigit()


def describe(
    text: str,
    *,
    article_id: str,
    start: int = 0,
    speaker: str | None = None,
    published: date | None = None,
    lower_words: frozenset[str] = frozenset(),
) -> Passage:
    """The :class:`Passage` of one sentence (``start`` is its offset in the article).

    Words of the speaker ("John Kirby said") are left out; ``lower_words`` are the article's lower-case words, so
    that a capitalised first word is a name only if the article never writes it in lower case.

    >>> p = describe("The U.S. has provided more than $50 billion to Ukraine since 2022.", article_id="a")
    >>> sorted(t for t in p.tokens if not t.startswith("q:")), sorted(p.times), p.negations
    (['e:u.s.', 'e:ukrain', 't:provid'], [(2022, None)], 0)
    >>> [(m.quantity.surface, m.cells, sorted(m.context)) for m in p.measured]
    [('more than $50 billion', ('a10', 'b11'), ['e:u.s.', 'e:ukrain', 't:provid'])]
    """
    quantities = extract_quantities(text)
    found = _tokens(text, lower_words=lower_words)
    spans = [m.span() for m in _find_according(text)]
    if speaker:
        spans.append(_attribution(text, speaker))
        quantities = [q for q in quantities if q.surface not in speaker]
        if all(w[:1].isupper() for w in speaker.split()):  # a person: "Kirby said" elsewhere in the sentence
            surname = f"e:{_stem(speaker.split()[-1].lower())}"
            found = [(s, e, t) for s, e, t in found if t != surname]
    found = [(s, e, t) for s, e, t in found if not any(a <= s < b for a, b in spans)]
    measured = _measured(text, quantities, found)
    inside = [
        (m.quantity.start, m.quantity.end) for m in measured
    ]  # "$50 billion" is its q: tokens, not words
    tokens = {t for s, _, t in found if not any(a <= s < b for a, b in inside)}
    for m in measured:
        q = m.quantity
        tokens |= {f"q:{q.kind.value}:{q.unit}:{cell}" for cell in m.cells}
    return Passage(
        article_id=article_id,
        start=start,
        end=start + len(text),
        tokens=frozenset(tokens),
        names=frozenset(t for t in tokens if t.startswith("e:")),
        measured=tuple(measured),
        times=_times(text, quantities, published),
        published=published,
        negations=_negations(text),
    )


def _attribution(text: str, speaker: str) -> tuple[int, int]:
    """The span of the speaker with the titles and organisation before it: "Pentagon spokesperson Sabrina Singh"."""
    at = text.find(speaker)
    if at < 0:
        return (0, 0)
    start = at
    for m in reversed(list(_find_tokens(text, 0, at))):
        word = m.group()
        between = text[m.end() : start]
        if between.strip() or not (word[0].isupper() or word.lower() in _ROLE_WORDS):
            break
        start = m.start()
    return (start, at + len(speaker))


def _lower_words(text: str) -> frozenset[str]:
    return frozenset(m.group() for m in _find_tokens(text) if m.group().islower())


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


def judge_pair(  # noqa: PLR0911 (a decision list: one reason per return)
    claim: Passage, evidence: Passage, *, score: float, term_score: float, threshold: float
) -> Match | str:
    """The verdict for a claim and another article's sentence, or why they are not linked.

    ``score`` is the overlap of all tokens, ``term_score`` of the content terms alone (what is said of the names).
    """
    if score < threshold:
        return "below_threshold"
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
    if evidence.measured:
        return "no_quantity"  # a number on one side only: the two may not be about the same thing
    if not shared:
        return "no_shared_name"
    if term_score < threshold:
        return "different_content"
    names = ", ".join(sorted(n[2:] for n in shared))
    return Match(
        evidence,
        score,
        Label.SUPPORTED,
        RULE_RESTATEMENT,
        f"another report states the same: same names ({names}), same polarity",
    )


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
        self, passages: Iterable[Passage], texts: Mapping[str, str], *, max_postings: int = MAX_POSTINGS
    ) -> None:
        self.max_postings = max_postings
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
        self._article_array = np.array([self._ordinal[p.article_id] for p in self.passages], dtype=np.int32)

    @classmethod
    def build(cls, articles: Iterable[Article]) -> EvidenceIndex:
        """The index of cleaned articles (cleaning again changes nothing): each is segmented and judged."""
        cleaned = [clean(a) for a in articles]
        claims = [c for ca in cleaned for c in judge_sentences(segment(ca)) if isinstance(c, Claim)]
        return cls.from_claims(claims, [ca.article for ca in cleaned])

    @classmethod
    def from_claims(cls, claims: Iterable[Claim], articles: Iterable[Article]) -> EvidenceIndex:
        """The index of claims already extracted from ``articles`` (what the pipeline has at hand)."""
        by_id = {a.id: a for a in articles}
        lower = {i: _lower_words(a.text) for i, a in by_id.items()}
        passages = (
            describe(
                c.text,
                article_id=c.article_id,
                start=c.start,
                speaker=c.speaker,
                published=by_id[c.article_id].published,
                lower_words=lower[c.article_id],
            )
            for c in claims
        )
        return cls(passages, {i: a.text for i, a in by_id.items()})

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
        """:func:`judge_pair` with this index's weights."""
        score = self.score(claim, evidence)
        term_score = self.score(claim, evidence, kinds="t") if score >= threshold else 0.0
        return judge_pair(claim, evidence, score=score, term_score=term_score, threshold=threshold)

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
            return [], 0
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
            at = np.searchsorted(ids, found)
            shared += w * (ids[np.minimum(at, len(ids) - 1)] == found)
        kept = [int(i) for i in found[shared >= need]]
        return kept, int(np.count_nonzero(other)) - len(kept)

    def match(
        self, passage: Passage, *, threshold: float = THRESHOLD, exhaustive: bool = False
    ) -> tuple[list[Match], Counter[str]]:
        """Every link for ``passage`` (best first, at most one per article) and the rejected pairs by reason.

        ``exhaustive=True`` compares ``passage`` with every passage of the other articles: the all-pairs baseline.
        """
        rejected: Counter[str] = Counter()
        if exhaustive:
            others = [i for i, p in enumerate(self.passages) if p.article_id != passage.article_id]
        else:
            others, below = self.scan(passage, threshold=threshold)
            if below:
                rejected["below_threshold"] = below
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
    rationale = (
        f"{match.rationale} [other report: {e.article_id}; match score {match.score:.3f} >= {threshold:g}]"
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
        source=parent.source,
        quantities=list(parent.quantities),
        evidence=evidence,
        verdict=verdict,
        provenance=Provenance(method=Method.TRANSFORMED, rule=match.rule, parent_id=parent.id, origin=None),
        group_id=parent.group_id,
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
        lower_words=_lower_words(text) if text is not None else frozenset(),
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
) -> Iterator[Record]:
    """``records``, each followed (if it is a claim as written) by its links to other articles' reports.

    ``articles`` are the cleaned articles the records' spans index (``articles.jsonl`` of a build); ``index`` is
    built from them unless given. Rejected candidate pairs are counted into ``drops`` as ``evidence.<reason>``.
    """
    check_options(threshold=threshold, max_links=max_links)
    built = index if index is not None else EvidenceIndex.build(articles)
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
