"""The rules for one pair of sentences from two articles: a verdict by rule (:class:`Match`), or why there is no link."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from factgen import _evidence_lexicon as lex
from factgen.evidence.passages import (
    AGE,
    BASELINE_TERM,
    GROUP_NAMED,
    GROUP_REFERENCE,
    Measured,
    Passage,
    Period,
    _negations,
    _stem,
    value_of,
)
from factgen.labels import interval_verdict
from factgen.models import Bound, Kind, Label, Quantity, Relation
from factgen.quantities import _lexicon as qlex

PERIOD_DAYS: Final = 14  # publication dates further apart, with no shared time reference: different periods
WINDOW_DAYS: Final = 7  # articles published further apart are never linked (stories block on the same window)
CONFLICT_SPREAD: Final = Decimal(
    "0.15"
)  # two values further apart than this share of the larger: not one fact (326 against 412 seats)
REVISION_DAYS: Final = 1  # two figures that disagree, published further apart than this: a later revision
RULE_INTERVAL: Final = "evidence.interval"
RULE_CONFLICT: Final = "evidence.conflict"
RULE_RESTATEMENT: Final = "evidence.restatement"
REASONS: Final[Mapping[str, str]] = {
    "below_threshold": "the two sentences share too little (score below the threshold)",
    "far_apart": f"the two articles were published more than {WINDOW_DAYS} days apart",
    "different_period": "the sentences' time references (or publication dates) differ",
    "polarity": "one sentence has a negation the other does not",
    "different_names": "each sentence names someone or somewhere the other does not",
    "no_shared_name": "the two sentences name nothing in common (names, acronyms and their expansions)",
    "different_content": "the same names, but too little in common in what is said of them",
    "different_speaker": "the claim quotes a person; the other sentence does not say that person said it",
    "no_quantity": "the claim states a number the other sentence does not",
    "different_measure": "the numbers count different things (kind, unit or magnitude differ)",
    "different_context": "same unit, but other words around the number: another measure (a rate, not inflation)",
    "different_subject": "same measure, but said of other names: another party, place or person",
    "ambiguous_quantity": "a number could pair with more than one number of the other sentence",
    "uncertain_conflict": "the numbers disagree, but the two sentences (or the two facts) name nothing in common",
    "unpaired_quantity": "some number of the claim has no counterpart in the other sentence",
    "projection": "one sentence projects or forecasts a number, the other reports one",
    "threshold": "one number is a threshold or requirement (the seats needed to govern), the other a result",
    "partial_count": "the numbers differ, but one is a snapshot of a running tally (seats declared so far) or a "
    "threshold: not a disagreement",
    "not_retrieved": "a sentence of a neighbouring article beyond the best candidates by score (not judged)",
    "later_report": "a report published after the claim's article (evidence from before the claim date only)",
    "later_revision": (
        f"the numbers disagree (or lie far apart), and the reports are more than {REVISION_DAYS} day apart: a revision"
    ),
}
_GENERIC_NAMES: Final = frozenset("e:" + _stem(w) for w in lex.GENERIC_NAME_WORDS)
_VAGUE_WORDS: Final = frozenset(qlex.VAGUE_WORDS) | {qlex.DOZENS_WORD}
_KIND_TERMS: Final = frozenset("t:" + _stem(w) for w in lex.AMOUNT_KINDS)
_GENERIC_UNITS: Final = frozenset({"percent", "point", "percentage point", "basis point", "person", "people"})
_WON: Final = frozenset("t:" + _stem(w) for w in lex.WON_WORDS)
_LOST: Final = frozenset("t:" + _stem(w) for w in lex.LOST_WORDS)

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
    return _periods_meet((a.times, a.since), a.published, (b.times, b.since), b.published)


def _same_fact_period(claim: Passage, mc: Measured, evidence: Passage, me: Measured) -> bool:
    """Whether two facts may be of one period: each by the time references that date it (see
    ``passages._owners``), else by its report's publication date."""
    return _periods_meet(mc.period, claim.published, me.period, evidence.published)


def _periods_meet(
    a: tuple[Period, Period], a_published: date | None, b: tuple[Period, Period], b_published: date | None
) -> bool:
    (a_times, a_since), (b_times, b_since) = a, b
    if a_since and b_since and not _meet(a_since, b_since):
        return False  # "since January" and "since March": two running periods
    if a_times and b_times:
        return _meet(a_times, b_times)
    if a_published is None or b_published is None:
        return True
    if not a_times and not b_times:
        return abs((a_published - b_published).days) <= PERIOD_DAYS
    explicit, other = (a_times, b_published) if a_times else (b_times, a_published)
    days = (
        other,
        other - timedelta(days=WINDOW_DAYS),
    )  # a report of 1 August may speak of 29 July ("on Monday")
    return any((y is None or y == d.year) and (m is None or m == d.month) for y, m in explicit for d in days)


def _meet(a: frozenset[tuple[int | None, int | None]], b: frozenset[tuple[int | None, int | None]]) -> bool:
    """Whether some (year, month) of ``a`` may be one of ``b`` (None: left open)."""
    return any(
        (ya is None or yb is None or ya == yb) and (ma is None or mb is None or ma == mb)
        for ya, ma in a
        for yb, mb in b
    )


def _comparable(a: Measured, b: Measured) -> bool:
    qa, qb = a.quantity, b.quantity
    if (qa.unit == AGE) != (qb.unit == AGE) or a.change != b.change:
        return False  # an age is compared with an age only, a change ("an increase of 34") with a change
    if {_counted(a), _counted(b)} == {"death", "person"}:
        return False  # "injured 100 people" and "the death toll rose to 100"
    same_unit = (
        qa.unit == qb.unit
        or (qa.kind is Kind.CARDINAL and None in (qa.unit, qb.unit))
        or (_counted(a) is not None and _counted(a) == _counted(b))
    )
    return qa.kind is qb.kind and same_unit and (a.cells[0] == b.cells[0] or a.cells[1] == b.cells[1])


_DEATH_TERMS: Final = frozenset("t:" + _stem(w) for w in lex.DEATH_WORDS)
_NOT_YET_DEAD: Final = frozenset("t:" + _stem(w) for w in lex.NOT_YET_DEAD)


def _counted(m: Measured) -> str | None:
    """The class of what a count counts ("individuals" and "people" count persons); people said to be killed, to
    have died or to be dead (not "presumed dead": missing), or counted by a death toll, are deaths: "it has killed
    at least 517 people", "10 people have been confirmed dead", "the death toll has risen to over 100 people" and
    "537 deaths"."""
    found = lex.UNIT_CLASSES.get(m.quantity.unit or "")
    if m.toll and m.quantity.unit is None:
        return "death"  # "the death toll rose to 100"
    dead = m.toll or (m.near & _DEATH_TERMS and not m.near & _NOT_YET_DEAD)
    return "death" if found == "person" and dead else found


def _fact_reason(  # noqa: PLR0911 (a decision list: one reason per return)
    mc: Measured, me: Measured, claim: Passage, evidence: Passage
) -> str | None:
    """Why two comparable quantities are not the same measured fact (measure words, subject), or None."""
    q = mc.quantity
    if mc.threshold != me.threshold:
        return (
            "threshold"  # "needs to win at least 272 seats" is no count of seats won: "the 303 seats secured"
        )
    if any(a and b and not (_named(a, b) or _named(b, a)) for a, b in _qualifiers(mc, me)):
        return "different_subject"  # "died in and around Asheville" against "In North Carolina alone, 42 ... died"
    if _opposed(mc, me):
        return "different_context"  # "won 240 seats" / "lost 240 seats"
    if _counted(mc) == _counted(me) == lex.PREMISES and not mc.near & me.near:
        return "different_context"  # "homes and businesses destroyed" / "power outages for ... customers"
    if q.unit == AGE:  # "Romi Gonen, 24" and "Gonen, 23": the same person's age
        return None if _named(mc.names, me.names) else "different_subject"
    bare = (q.unit is None) != (me.quantity.unit is None)  # "stood at 292" against "292 seats"
    names_c, names_e = (
        mc.names or claim.subjects,
        me.names or evidence.subjects,
    )  # "The bulk, 80, are in Gaines"
    if bare and not (
        _named(names_c, names_e) or _named(names_e, names_c) or _said_alike(mc, me) or mc.threshold
    ):  # a bare number is the same fact when said of the same name, or of the same thing; two thresholds are
        return (
            "different_subject"  # alike: "needs to win at least 272 seats" and "shy of the 272 majority mark"
        )
    # a close amount for the same recipient needs no other word in common: "$60.84 billion to address the
    # conflict in Ukraine" and "about 61-billion dollars in aid for Ukraine" (but not words right after it that
    # qualify one head two ways: "in military aid", "in humanitarian aid")
    recipient = (
        q.kind is Kind.MONEY
        and (
            mc.recipient or me.recipient
        )  # not the EU that fines: "a lump sum of 1.8 billion euros" / "a fine"
        and _named(mc.names, me.names)
        and _spread(mc, me) <= CONFLICT_SPREAD
    )
    deaths = _counted(mc) == _counted(me) == "death"  # the class says what is counted: "killed 517 people"
    if (
        not bare
        and not deaths
        and not recipient
        and not _same_time(mc.quantity, me.quantity)
        and (
            q.kind in {Kind.PERCENT, Kind.MONEY, Kind.DURATION} or q.unit in _GENERIC_UNITS or q.unit is None
        )
    ):  # a duration too: "highest in 20 years" and "first dissent in 19 years" measure different things
        terms_c, terms_e = _terms(mc, me)
        if not (terms_c & terms_e or not terms_c or not terms_e):
            return "different_context"
    worded = (
        recipient and not mc.after & me.after and not _two_kinds(mc, me)
    ) or mc.threshold  # "in aid" / "to address the conflict": other words, one sum; a mark "to come to power"
    dead = (
        _DEATH_TERMS if deaths else frozenset()
    )  # "10 people ... confirmed dead": what is counted, said again
    if (
        mc.after - evidence.tokens - dead
        and me.after - claim.tokens - dead
        and not worded
        and not _one_head(mc, me)
    ):
        return "different_context"  # "$58 billion in military aid", "$75 billion in humanitarian aid"
    if (
        not _named(mc.names, me.names)
        and _unmatched(mc.names, evidence.subjects)
        and _unmatched(me.names, claim.subjects)
    ):
        return "different_subject"  # each is said of a name the other sentence never gives as a subject
    return None


_PRECISE_TIME: Final = 600  # seconds: a time to the second this long ("2:00:35") is no round number


def _same_time(a: Quantity, b: Quantity) -> bool:
    """Whether two durations are one time to the second, ten minutes or longer ("two hours and 35 seconds",
    "2hours 00min 35sec"): written in other words, a time that precise is one fact whatever the words around it
    (two different times still need them)."""
    return (
        a.kind is b.kind is Kind.DURATION
        and a.bound is b.bound is Bound.EXACT
        and a.value is not None
        and a.value == b.value
        and a.value >= _PRECISE_TIME
        and a.interval == b.interval
        and a.high is not None
        and a.low is not None
        and a.high - a.low <= 1
    )


def _terms(a: Measured, b: Measured) -> tuple[set[str], set[str]]:
    """The terms around two figures; a baseline's mark counts only when both are baselines ("compared to 52" and
    "an increase from 52"): the baseline of one report may be the figure of another ("down from 2.4% in the last
    three months of 2024" / "GDP increased 2.4% in the fourth quarter of 2024")."""
    terms = [{t for t in m.context if t[0] == "t"} for m in (a, b)]
    if BASELINE_TERM not in terms[0] & terms[1]:
        terms = [t - {BASELINE_TERM} for t in terms]
    return terms[0], terms[1]


def _opposed(a: Measured, b: Measured) -> bool:
    """Whether the words of one figure say it was won or gained and those of the other that it was lost ("won 240
    seats" / "lost 240 seats"; "240 seats won" / "the Conservatives 121 (-251)"), each saying only one of the two."""
    sides = [(bool((m.near | m.after) & _WON), bool((m.near | m.after) & _LOST)) for m in (a, b)]
    return sides in ([(True, False), (False, True)], [(False, True), (True, False)])


def _one_head(a: Measured, b: Measured) -> bool:
    """Whether the words right after two amounts of money describe one head: their own words share a term, the head ("a $95
    billion legislative package", "a $95 billion foreign aid package providing security assistance"), the words
    after it on both sides meet if both have any ("aid for weapons" and "aid for refugees" are two amounts), and the
    words before it name no two kinds of an amount (``AMOUNT_KINDS``: "military aid", "humanitarian aid")."""
    head = next((t for t in a.own if t in b.own), None)
    if head is None or _two_kinds(a, b) or a.quantity.kind is not Kind.MONEY:
        return (
            False  # a count's words may share a word that is not what it counts: "four other policymakers in
        )
        # bringing the rate down", "Four members preferred to maintain the rate"
    rest = [set(m.own[m.own.index(head) + 1 :]) for m in (a, b)]
    return not (rest[0] and rest[1] and not rest[0] & rest[1])


def _two_kinds(a: Measured, b: Measured) -> bool:
    """Whether the words right after two figures name two kinds of an amount, each one the other lacks ("in loans"
    and "in grants"; not "$26 billion" and "$26 billion in military aid", one said more precisely)."""
    return bool((a.after - b.after) & _KIND_TERMS and (b.after - a.after) & _KIND_TERMS)


def _qualifiers(mc: Measured, me: Measured) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The names each fact is written of as a place, then as an owner: when both sides write one and none meet, two
    facts ("in Asheville" / "In North Carolina"; "Tamil Nadu's Telugu Desam Party" / "Naidu's Telugu Desam Party")."""
    return (mc.places, me.places), (mc.owners, me.owners)


def _said_alike(a: Measured, b: Measured) -> bool:
    """Whether a bare number and a counted one ("18 ... have required hospitalization", "Eighteen people have been
    hospitalized") are said of the same thing with no name against it: the words around them (and the counted noun)
    have a term in common, and at most one of them is said of a name."""
    if a.names and b.names:
        return False
    terms = [{t for t in m.context if t[0] == "t"} | _unit_term(m.quantity) for m in (a, b)]
    return bool(terms[0] & terms[1])


def _unit_term(q: Quantity) -> set[str]:
    return set() if q.unit is None else {"t:" + _stem(q.unit)}


def _named(names: frozenset[str], other: frozenset[str]) -> bool:
    """Whether some telling name of ``names`` is among ``other`` (an acronym matching its expansion's initials, a
    group the names written together: see :func:`_refers`); a word of many names ("Party", "Council") does not tell,
    nor does the count of names written together (two such groups meet by their names)."""
    if any(_refers(n, other) for n in names):
        return True
    telling = frozenset(n for n in names - _GENERIC_NAMES if not n.startswith(GROUP_NAMED))
    return bool(telling) and len(_unmatched(telling, other)) < len(telling)


def _unmatched(names: frozenset[str], subjects: frozenset[str]) -> frozenset[str]:
    """The names not among ``subjects``, an acronym matching its expansion's initials ("NUP": e:nup, a:NUP) and a
    group the names written together; names written together are no name of their own (their names are there)."""
    return frozenset(
        n
        for n in names - subjects
        if not n.startswith(GROUP_NAMED)
        and not _refers(n, subjects)
        and not (n[0] == "e" and "a:" + n[2:].replace(".", "").upper() in subjects)
    )


def _refers(name: str, other: frozenset[str]) -> bool:
    """Whether ``name`` is a group that ``other`` writes the other way: "the two fires" (a:#2fir) and "the Palisades
    and Eaton fires" (a:&2fir), as many things of the same noun, one referred to and one named."""
    for one, two in ((GROUP_REFERENCE, GROUP_NAMED), (GROUP_NAMED, GROUP_REFERENCE)):
        if name.startswith(one):
            return two + name[len(one) :] in other
    return False


def _pairs(claim: Passage, evidence: Passage) -> list[tuple[Measured, Measured]] | str:
    """Each measured quantity of the claim with its one matching fact in the evidence, or a reason."""
    if not evidence.measured:
        return "no_quantity"
    pairs, reasons = [], []
    for mc in claim.measured:
        options = []
        for me in evidence.measured:
            reason = "different_measure" if not _comparable(mc, me) else _fact_reason(mc, me, claim, evidence)
            if reason is None:
                options.append(me)
            else:
                reasons.append(reason)
        options = _narrowed(mc, options)
        if len(options) > 1:
            reasons.append(
                "ambiguous_quantity"
            )  # left unpaired: the claim's other facts may still be compared
        elif options:
            pairs.append((mc, options[0]))
    if not pairs:
        order = (
            "ambiguous_quantity",
            "threshold",
            "different_subject",
            "different_context",
            "different_measure",
        )
        return next(r for r in order if r in reasons)
    pairs = _one_each(pairs)
    return pairs or "ambiguous_quantity"


def _one_each(pairs: list[tuple[Measured, Measured]]) -> list[tuple[Measured, Measured]]:
    """The pairs with each fact of the other sentence taken once: where several facts of the claim chose the same
    one, only the one whose interval meets it keeps it ("542 of the 543 seats" against "542 of the 543"), else the
    one said of its name among those that meet it, or among all when none does ("72 seats" of the Liberal Democrats,
    not "64 seats gained", against their "70 seats"; Labour's "412 seats", not "the full 649 of the results", against
    "after reaching 326 seats", which both meet); if none or several are, none of them is paired."""
    kept = []
    for mc, me in pairs:
        rivals = [c for c, e in pairs if e is me]
        meeting = [c for c in rivals if not c.quantity.interval.isdisjoint(me.quantity.interval)]
        named = [c for c in meeting or rivals if _named(c.names, me.names)]
        if len(rivals) == 1 or meeting == [mc] or named == [mc]:
            kept.append((mc, me))
    return kept


def _narrowed(mc: Measured, options: list[Measured]) -> list[Measured]:
    """The numbers of the other sentence that ``mc`` may pair with, narrowed while more than one is left: one said of
    a name of ``mc``'s ("Plaid Cymru four" among "the DUP four"), then one whose interval meets ``mc``'s ("211" among
    "412 seats, 211 more" for "211 seats gained"), then one close enough to disagree with it (within
    ``CONFLICT_SPREAD``), then one of the very value, then one with its unit written ("99
    seats", not "52")."""
    tests = (
        lambda me: _named(mc.names, me.names),
        lambda me: not mc.quantity.interval.isdisjoint(me.quantity.interval),
        lambda me: _spread(mc, me) <= CONFLICT_SPREAD,  # "23 billion": "$26 billion", not "$9.1 billion"
        lambda me: value_of(me.quantity) == value_of(mc.quantity),  # "five percent": "5%", not "5.25%"
        lambda me: me.quantity.unit == mc.quantity.unit,
    )
    for test in tests:
        if len(options) > 1:
            options = [me for me in options if test(me)] or options
    return options


_OTHERS_UNSAID: Final = "the claim's other figures are not in the other report"
_AT_THE_BOUND: Final = "the other report states the very figure the claim bounds by"


def _relation(claim: Quantity, evidence: Quantity) -> Relation:
    """:meth:`Interval.relation` of the two readings, except that a bound is confirmed by an exact report of its
    own end: "at least 150 seats" by "150 seats", "as much as 5.5%" by "5.5 percent" (the end is the figure said,
    not the rounding interval around it)."""
    relation = claim.interval.relation(evidence.interval)
    value = evidence.value
    if (
        relation is Relation.OVERLAPS
        and claim.bound in {Bound.LOWER, Bound.UPPER}
        and evidence.bound is Bound.EXACT
        and value is not None
        and value in (claim.low, claim.high)
        and value in claim.interval
    ):
        return Relation.CONTAINS
    return relation


def _interval_match(  # noqa: PLR0911 (a decision list: one reason per return)
    claim: Passage, evidence: Passage, pairs: list[tuple[Measured, Measured]], score: float
) -> Match | str:
    relations = [_relation(mc.quantity, me.quantity) for mc, me in pairs]
    said = "; ".join(_said(mc, me, r) for (mc, me), r in zip(pairs, relations, strict=True))
    far = any(_apart(mc, me) for mc, me in pairs)
    if _days_apart(claim, evidence) > REVISION_DAYS and (Relation.DISJOINT in relations or far):
        return (
            "later_revision"  # a bound met by a close later count ("at least 517", then "524") is no revision
        )
    near = [(pair, r) for pair, r in zip(pairs, relations, strict=True) if not _apart(*pair)]
    twice = [(pair, r) for pair, r in zip(pairs, relations, strict=True) if _bounded_twice(*pair)]
    if (
        not near
        or any(
            _named(mc.names, me.names) for mc, me in pairs if _apart(mc, me) and not _bounded_twice(mc, me)
        )
    ):  # "more than 1.6 million" against 3.3 million: two counts, even if one bounds; the Conservatives' 90 seats
        # and 121: two moments of one count, whatever the other figures say
        return "different_measure"
    if far:  # a list's number paired with one far from it and said of no name in common ("Plaid Cymru is on
        # four" / "Others: 26"): two counts, left unpaired; the other pairs decide, with a count bounded twice
        kept = [
            (pair, r)
            for pair, r in zip(pairs, relations, strict=True)
            if (pair, r) in near or (pair, r) in twice
        ]
        pairs, relations = [pair for pair, _ in kept], [r for _, r in kept]
        said = "; ".join(_said(mc, me, r) for (mc, me), r in zip(pairs, relations, strict=True))
    if Relation.DISJOINT not in relations and _unpaired(claim, pairs):
        if all(r is Relation.CONTAINS for r in relations) or _said_elsewhere(claim, evidence, pairs):
            return "unpaired_quantity"  # a disagreement on one shared fact is enough for CONFLICTING, not agreement
        return Match(  # a shared fact left open leaves the claim open, whatever its other facts say
            evidence, score, Label.NOT_ENOUGH_INFO, RULE_INTERVAL, f"{said}; {_OTHERS_UNSAID}"
        )
    if len(pairs) > 1 and all(r is Relation.DISJOINT for r in relations):
        return (
            "later_revision"  # every shared number moved: two counts at two moments (545 results, then 649)
        )
    if Relation.DISJOINT in relations:
        if any(
            mc.quantity.unit in lex.VOTE_UNITS
            for (mc, _), r in zip(pairs, relations, strict=True)
            if r is Relation.DISJOINT
        ):
            return "different_measure"  # a tally is copied from the count, never misreported: two votes
        if (claim.partial or evidence.partial) and not _fell(claim, evidence, pairs, relations):
            return "partial_count"  # "372 seats with 545 declared" against "412 with all 649 in": two moments
        if not _named(claim.subjects, evidence.subjects) or not all(
            _one_subject(mc, me, claim, evidence)
            for (mc, me), r in zip(pairs, relations, strict=True)
            if r is Relation.DISJOINT
        ):
            return "uncertain_conflict"  # two sources disagree on something they both name, or not at all
        if len(pairs) < len(claim.measured) and not all(
            _named(mc.names, me.names)
            for (mc, me), r in zip(pairs, relations, strict=True)
            if r is Relation.DISJOINT
        ):
            return "unpaired_quantity"  # with other numbers unpaired, a disagreement needs a subject named by both
        return Match(evidence, score, Label.CONFLICTING, RULE_CONFLICT, f"{said}: the two sources disagree")
    label = Label.SUPPORTED if all(r is Relation.CONTAINS for r in relations) else Label.NOT_ENOUGH_INFO
    return Match(evidence, score, label, RULE_INTERVAL, said)


def _fell(
    claim: Passage, evidence: Passage, pairs: list[tuple[Measured, Measured]], relations: list[Relation]
) -> bool:
    """Whether every pair that disagrees is a running count that only grows (deaths, an outbreak's cases) and the
    report published later gives it lower: "537 deaths have been reported so far this year alone in Africa" (16
    August) and "Africa has reported ... 524 deaths this year" (17 August) are no two moments of one count, they
    disagree. A later count that is higher is the same count later (a running tally), never a disagreement."""
    if claim.published is None or evidence.published is None or claim.published == evidence.published:
        return False
    later, earlier = (0, 1) if claim.published > evidence.published else (1, 0)
    disagree = [pair for pair, r in zip(pairs, relations, strict=True) if r is Relation.DISJOINT]
    return bool(disagree) and all(
        all(_counted(m) == "death" or m.quantity.unit in lex.GROWING_UNITS for m in pair)
        and (before := value_of(pair[earlier].quantity)) is not None
        and (after := value_of(pair[later].quantity)) is not None
        and after < before
        for pair in disagree
    )


def _apart(a: Measured, b: Measured) -> bool:
    """Whether two paired facts lie too far apart to be one fact (``CONFLICT_SPREAD``), unless one is a milestone the
    other count reached (:func:`_reached`)."""
    return _spread(a, b) > CONFLICT_SPREAD and not _reached(a, b)


def _reached(a: Measured, b: Measured) -> bool:
    """Whether one of two facts is a milestone ("Labour wins ... after reaching 326 seats", ``Measured.milestone``)
    and the other a count at or beyond it said of no name the milestone is not ("Labour had won 412 seats"; not "the
    Freedonia Liberals" against "the Freedonia Greens ... after reaching 326"): a count that only grows passed the
    mark on its way, however far it went after; a count below it (90 seats) is an earlier moment, or another count,
    and stays apart."""
    for mark, count in ((a, b), (b, a)):
        low, value = mark.quantity.low, value_of(count.quantity)
        if (
            mark.milestone
            and not count.milestone
            and low is not None
            and value is not None
            and value >= low
            and (telling := count.names - _GENERIC_NAMES)  # "the Freedonia Liberals": not the Greens' count
            and not _unmatched(telling, mark.names)
        ):
            return True
    return False


def _bounded_twice(a: Measured, b: Measured) -> bool:
    """Whether two facts far apart are one count bounded twice: both bounds on one side, said of one name ("over 14,000
    cases" and "more than 17,000 suspected cases" of Africa), whose intervals always meet. Beside a close pair it is
    compared by its relation (it leaves the claim open, or confirms it); alone it is still two counts (``at least 40
    deaths in Buncombe County`` and "at least 180 ... across six states")."""
    sides = {a.quantity.bound, b.quantity.bound}
    return (
        _spread(a, b) > CONFLICT_SPREAD
        and sides in ({Bound.LOWER}, {Bound.UPPER})
        and _named(a.names, b.names)
    )


def _said_elsewhere(claim: Passage, evidence: Passage, pairs: list[tuple[Measured, Measured]]) -> bool:
    """Whether the other report may be of another place or thing than the claim, whichever facts pair, by a fact of
    the other report that no fact of the claim paired with (one paired is of the claim's place and thing: "30 of whom
    were in Buncombe County" against "at least 30 ... in Asheville ... and its surrounding Buncombe County" leaves the
    claim's "42 ... In North Carolina" unsaid; "412 seats" against "after reaching 326 seats" leaves "211 seats
    gained" unsaid): some fact of each is written of a place and the places never meet, or some fact of the claim
    left unpaired meets a fact of its measure (kind, unit and magnitude) refused only for its words ("537 deaths ...
    in Africa" and "524 deaths ... in DR Congo"). A fact said of another name is another actor's ("the INDIA bloc winning 233" beside the NDA's
    293), which leaves the paired facts alone."""
    paired = {id(mc) for mc, _ in pairs}
    taken = {id(me) for _, me in pairs}  # a fact paired already is of the claim's thing: no sign of another
    return any(
        (mc.places and me.places and not (_named(mc.places, me.places) or _named(me.places, mc.places)))
        or (
            id(mc) not in paired
            and mc.quantity.unit != AGE
            and not mc.record
            and _comparable(mc, me)
            and not (mc.names and me.names and not (_named(mc.names, me.names) or _named(me.names, mc.names)))
        )
        for mc in claim.measured
        for me in evidence.measured
        if id(me) not in taken
    )


def _one_subject(mc: Measured, me: Measured, claim: Passage, evidence: Passage) -> bool:
    """Whether two facts that disagree are said of one name, written alike (a place on both sides or on neither: "in
    Chicago" is where Hassan ran 2:13:44, "the Chicago Marathon" what Kiptum won in 2:00:35), and not each of a name
    the other sentence never gives (Kiptum's "two hours and 35 seconds" in the Chicago Marathon, Hassan's "Chicago
    title in 2:13:44": a name in common, the race, and a runner on each side). A place written as a whole name on the
    other side is the same place ("537 deaths ... in Africa", "Africa has reported ... 524 deaths")."""
    one_sided = (mc.places - me.places - evidence.alone) | (me.places - mc.places - claim.alone)
    names_c, names_e = mc.names or claim.subjects, me.names or evidence.subjects
    own_c = _unmatched(names_c - _GENERIC_NAMES, evidence.subjects)
    own_e = _unmatched(names_e - _GENERIC_NAMES, claim.subjects)
    return _named(names_c - one_sided, names_e - one_sided) and not (own_c and own_e)


def _unpaired(claim: Passage, pairs: list[tuple[Measured, Measured]]) -> bool:
    """Whether some fact of the claim met no fact of the other report (people's ages in a list, and a record's span,
    "the first cut in four years", which its period says again, may go unsaid)."""
    paired = sum(1 for mc, _ in pairs if mc.quantity.unit != AGE and not mc.record)
    return paired < sum(1 for m in claim.measured if m.quantity.unit != AGE and not m.record)


def _said(mc: Measured, me: Measured, relation: Relation) -> str:
    """What the claim and the other report say of one fact, and how they relate."""
    if relation is mc.quantity.interval.relation(me.quantity.interval):
        return interval_verdict(mc.quantity, me.quantity).rationale.replace(
            "the evidence says", "the other report says"
        )
    return f"claim says {mc.quantity.surface}; the other report says {me.quantity.surface}: {_AT_THE_BOUND}"


def _pairs_reason(claim: Passage, evidence: Passage, pairs: list[tuple[Measured, Measured]]) -> str | None:
    """Why paired facts are not one fact each, or ``None``: each pair must be of one period, polarity and mood."""
    if not all(_same_fact_period(claim, mc, evidence, me) for mc, me in pairs):
        return "different_period"
    if any(mc.negated != me.negated for mc, me in pairs):
        return "polarity"  # a negation in the statement of one fact, not in the other's
    if any(mc.projected != me.projected for mc, me in pairs):
        return "projection"
    return None


def _facts_match(
    claim: Passage, evidence: Passage, pairs: list[tuple[Measured, Measured]], score: float
) -> Match | str:
    """The verdict on paired facts: each pair of one period, polarity and mood, then by their intervals."""
    reason = _pairs_reason(claim, evidence, pairs)
    return reason if reason is not None else _interval_match(claim, evidence, pairs, score)


def fact_relations(claim: Passage, evidence: Passage) -> list[tuple[Relation, str]] | str:
    """Each fact of the claim against its one fact in the other report (same measure, subject, period, polarity and
    mood): the relation of claim to evidence and what the two say; or why some fact has no counterpart.

    Unlike :func:`judge_pair` this does not ask how far apart the values are, nor how far apart the reports were
    published: those tests tell two counts (or a count and its revision) from one fact, which is already known for
    a claim whose number was rewritten from one linked to that report (a contrastive twin).
    """
    pairs = _pairs(claim, evidence)
    if isinstance(pairs, str):
        return pairs
    if reason := _pairs_reason(claim, evidence, pairs):
        return reason
    if _unpaired(claim, pairs):
        return "unpaired_quantity"
    relations = [_relation(mc.quantity, me.quantity) for mc, me in pairs]
    return [(r, _said(mc, me, r)) for (mc, me), r in zip(pairs, relations, strict=True)]


def _spread(a: Measured, b: Measured) -> Decimal:
    """How far apart two values are, as a share of the larger (0 when either is unknown or zero, or one lies in the
    other, a vague count of the same thing: see :func:`_in_vague`); a bound counts its end: "more than 1.6 million"
    is 1.6 million here."""
    x, y = value_of(a.quantity), value_of(b.quantity)
    if x is None or y is None or max(abs(x), abs(y)) == 0:
        return Decimal(0)
    if _in_vague(a, y, b) or _in_vague(b, x, a):
        return Decimal(0)  # "millions" and "more than 3 million": one count, said vaguely
    return abs(x - y) / max(abs(x), abs(y))


def _in_vague(vague: Measured, value: Decimal, other: Measured) -> bool:
    """Whether ``value`` (of ``other``) lies in a vague count ("millions", "hundreds of people") that may be the same
    count: ``other`` is a bound ("more than 3 million people"), or the words around the two meet ("power outages
    affecting millions", "power outages for 3.3 million customers"; not "the village of 140 residents" and
    "hundreds of people ... still listed as missing", nor "9 cases" and "children ages 5 to 17", two ends written)."""
    q = vague.quantity
    if q.bound is not Bound.RANGE or not any(w in q.surface.lower() for w in _VAGUE_WORDS):
        return False
    terms = [{t for t in m.context if t[0] == "t"} for m in (vague, other)]
    bounded = other.quantity.bound in {Bound.LOWER, Bound.UPPER}
    return value in q.interval and (bounded or bool(terms[0] & terms[1]))


def _days_apart(a: Passage, b: Passage) -> int:
    if a.published is None or b.published is None:
        return 0
    return abs((a.published - b.published).days)


def nothing_to_compare(claim: Passage, evidence: Passage) -> str | None:
    """Why two sentences have nothing to compare, or ``None``: the first check after the score.

    A number in the claim that the other sentence lacks (``no_quantity``); numbers that share no kind, unit and
    magnitude cell, i.e. no ``q:`` token (``different_measure``); a claim without numbers and a sentence with no
    name in common (``no_shared_name``): a claim without numbers may be restated by a sentence that also gives
    figures ("declared a global emergency" / "declared a global emergency for the second time in two years").
    :meth:`EvidenceIndex.match` applies the same test to many pairs at once.
    """
    if claim.measured and not evidence.measured:
        return "no_quantity"
    if claim.measured:
        return None if any(t[0] == "q" for t in claim.tokens & evidence.tokens) else "different_measure"
    if claim.quoted and evidence.quoted and claim.tokens & evidence.tokens:
        return None  # the same words may be quoted whoever is named: see ``quoted_in``
    return None if claim.names & evidence.names else "no_shared_name"


MIN_QUOTED_WORDS: Final = 6  # the fewest words of a quotation that another report quoting them restates
_INSERTED_WORDS: Final = (
    4  # at most one word in this many of the claim's quotation may be added in the other's
)


def quoted_in(claim: Passage, evidence: Passage) -> str:
    """The claim's quotation, as the other report also quotes it, or ``""``: the same speaker saying the same words.

    Every quotation of the claim is found in one of the other sentence's, its words in order (a few words added
    between them: "I knew one day, one time I would be ..."; none a negation), at least one of them has
    ``MIN_QUOTED_WORDS`` words, and the claim says nothing outside its quotations that the other sentence does not
    (who says it, "he said", aside): "“I saw the time in front of me,” he said." and "“I saw the time in front of
    me, I said let me try ...,” he said."
    """
    if not claim.quoted or max(map(len, claim.quoted)) < MIN_QUOTED_WORDS:
        return ""
    if claim.unquoted - evidence.tokens:
        return ""
    said_by = [p.speaker | {t for t in p.unquoted if t[0] == "e"} for p in (claim, evidence)]
    if all(said_by) and not said_by[0] & said_by[1]:
        return ""  # two speakers named, none in common: the same words, said by two people
    ours, theirs = ([tuple(w.lower() for w in q) for q in p.quoted] for p in (claim, evidence))
    if not all(any(_in_order(q, other) for other in theirs) for q in ours):
        return ""
    longest = max((len(q), q) for q in claim.quoted)[1]
    return "“" + " ".join(longest) + "”"


def _in_order(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether ``words`` are in ``other`` in order, with at most one word in ``_INSERTED_WORDS`` added between them,
    and no negation among those added."""
    slack = max(1, len(words) // _INSERTED_WORDS)
    for start, first in enumerate(other):
        if first != words[0]:
            continue
        at, added = start + 1, list[str]()
        for word in words[1:]:
            while at < len(other) and other[at] != word and len(added) <= slack:
                added.append(other[at])
                at += 1
            if at >= len(other) or other[at] != word:
                break
            at += 1
        else:
            if len(added) <= slack and not _negations(" ".join(added)):
                return True
    return False


def only_spans(p: Passage) -> bool:
    """Whether every figure of ``p`` is a record's span ("for the first time in four years")."""
    return bool(p.measured) and all(m.record for m in p.measured)


def as_statement(claim: Passage, evidence: Passage) -> Passage:
    """``claim`` without its figures when they are all a record's span and ``evidence`` gives none ("cut interest
    rates for the first time in four years" against "its first cut since 2020"), else ``claim``."""
    if not only_spans(claim) or any(m.record for m in evidence.measured):
        return claim
    return replace(claim, measured=(), tokens=frozenset(t for t in claim.tokens if t[0] != "q"))


def judge_pair(  # noqa: PLR0911 (a decision list: one reason per return)
    claim: Passage,
    evidence: Passage,
    *,
    score: float,
    term_score: float,
    threshold: float,
    neighbours: bool = False,
) -> Match | str:
    """The verdict for a claim and another article's sentence, or why they are not linked.

    ``score`` is the overlap of all tokens, ``term_score`` of the content terms alone (what is said of the names).
    ``neighbours``: the two articles are neighbours in a story (:mod:`factgen.stories`), which is context enough
    for sentences with numbers: they are compared fact by fact whatever their score (the score only ranks
    candidates) and need no name in common. Otherwise every pair must reach ``threshold`` and share a name;
    sentences without numbers must always reach ``threshold`` on both scores. A claim whose only figures are a
    record's span ("the first cut in four years") is a statement against a sentence that gives no span: its period
    ("since 2020") says what the figure did.
    """
    claim = as_statement(claim, evidence)
    if score < threshold and not ((claim.measured or claim.quoted) and neighbours):
        return "below_threshold"
    if reason := nothing_to_compare(claim, evidence):
        return reason
    if _days_apart(claim, evidence) > WINDOW_DAYS:
        return "far_apart"
    if not claim.measured and not _same_period(claim, evidence):
        return "different_period"  # (with numbers, each pair of facts by its own period: below)
    if not claim.measured and claim.negations != evidence.negations:
        return "polarity"
    shared = claim.names & evidence.names
    if claim.measured:  # then the fact's own subject decides (see ``_fact_reason``)
        if not shared and not neighbours:
            return "no_shared_name"
        pairs = _pairs(claim, evidence)
        return pairs if isinstance(pairs, str) else _facts_match(claim, evidence, pairs, score)
    if claim.names - shared and evidence.names - shared:
        return "different_names"
    if quoted := quoted_in(claim, evidence):
        return Match(
            evidence,
            score,
            Label.SUPPORTED,
            RULE_RESTATEMENT,
            f"another report quotes the same words: {quoted}",
        )
    if not shared:
        return "no_shared_name"
    if claim.quoted and claim.person and not claim.speaker & (evidence.speaker | evidence.names):
        # Singh's words, restated where "he" (Kirby) said them, are not what she said; a body's finding ("the
        # Commission said it found that Apple ...") is restated as a fact ("Apple was fined for ...")
        return "different_speaker"
    if term_score < threshold:
        return "different_content"
    written = dict(claim.written)
    names = ", ".join(sorted(written.get(n, n[2:]) for n in shared if n[0] == "e"))
    return Match(
        evidence,
        score,
        Label.SUPPORTED,
        RULE_RESTATEMENT,
        f"another report states the same: same names ({names}), same polarity",
    )
