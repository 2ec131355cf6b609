"""Describing one sentence for evidence linking: its tokens, measured quantities, times and negations (:class:`Passage`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Final, TypeAlias

from factgen import _claims_lexicon as claims_lex
from factgen import _evidence_lexicon as lex
from factgen import _text_lexicon as text_lex
from factgen.context import is_person_name
from factgen.models import Bound, Kind, Quantity
from factgen.quantities import _lexicon as qlex
from factgen.quantities import extract_quantities
from factgen.quantities.roles import is_age, name_before
from factgen.segment import find_quotes

_find_words = re.compile(r"[^\W_]+(?:'[^\W_]+)?").findall  # the words of a quotation, compared in order
_find_tokens = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:[’'][^\W\d_]+)?").finditer
_according = re.compile(  # the source, not the fact: "according to the ministry", "per CNN"
    r"\b(?:[Aa]ccording\s+to|per(?=\s+[A-Z]))\s+[^,;:.!?“”\"]+"
)
_find_according, _find_according_sub = _according.finditer, _according.sub
_find_clause_breaks = (
    re.compile(  # a thousands comma ("over 14,000 cases") or a time's colon ("2:11:53") is inside
        r"(?!(?<=\d),\d{3}(?!\d)|(?<=\d):\d\d)[,;:()—–]|\s-+\s"  # a number, no break
    ).finditer
)
_unbracket_acronyms = re.compile(r"\(([A-Z][A-Za-z.&]{1,7})\)").sub  # "(NDA)", "(BoE)": not a clause break
_find_statement_breaks = re.compile(  # where one statement of a sentence ends and another begins
    r"[;:—–“”\"]|\s-+\s|,\s+(?:and|but|because|while|whereas|which|who|although|though|adding|saying)\b"
).finditer
_find_relative = re.compile(
    r"\b("
    + "|".join(
        sorted(lex.RELATIVE_YEARS | lex.RELATIVE_MONTHS | lex.RELATIVE_QUARTERS, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
).finditer
_not_a_place = (
    r"(?!\s+(?:" + "|".join(sorted(lex.POLL_PLACES)) + r")\b)"
)  # "the poll stations": a vote's place
_find_projection = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w) + (_not_a_place if w.startswith("poll") else "")
        for w in sorted(lex.PROJECTION_WORDS, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
).search
_find_partial = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lex.PARTIAL_COUNT_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
).search
_find_thresholds = re.compile(lex.THRESHOLD_PATTERN, re.IGNORECASE).finditer
_find_locative = re.compile(  # "in North Carolina", "in and around the city of Asheville": a place follows
    r"\b(?:in|around|across|near|throughout|outside|inside)\s+(?:and\s+around\s+)?(?:the\s+)?"
    r"(?:(?:" + "|".join(lex.PLACE_NOUNS) + r")\s+of\s+)?(?-i:[A-Z]{2,3}\s+)?$",  # "in DR Congo": DR no token
    re.IGNORECASE,
).search
_find_head_end = re.compile(r"\b(?:" + "|".join(sorted(lex.HEAD_ENDS)) + r")\b", re.IGNORECASE).search
_find_death_toll = re.compile(r"\bdeath\s+tolls?\b", re.IGNORECASE).search
_find_least = re.compile(r"\bleast\s+$", re.IGNORECASE).search  # "At least least 10": a bound word doubled
_find_respectively = re.compile(r"\brespectively\b", re.IGNORECASE).finditer
_find_period_opener = re.compile(  # "in the last three months of 2024": a stretch of time, not a figure (but
    # "elected for the next 4 years" is one)
    r"\b(?:in|over|during|within)\s+(?:the|its|their)\s+(?:"
    + "|".join(sorted(lex.PERIOD_OPENERS))
    + r")\s+$",
    re.IGNORECASE,
).search
_find_record_opener = re.compile(  # "first rate cut in", "the highest level in": a record, then its span
    r"\b(?P<record>" + "|".join(sorted(lex.RECORD_WORDS)) + r"|[a-z]{2,}est)\b(?:\s+[\w.-]+){0,6}?\s+in\s+$",
    re.IGNORECASE,
).search
_find_quarter_words = (
    re.compile(  # "the final full quarter", "this quarter"; not "a quarter of", "a quarter point"
        r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}quarter\b", re.IGNORECASE
    ).finditer
)
_find_source = re.compile(  # "released by the ONS", "published on Thursday by the Office for National Statistics"
    r"\b(?:" + "|".join(sorted(lex.SOURCE_VERBS)) + r")\s+(?:on\s+\w+\s+)?by\s+(?:the\s+)?"
    r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w.&’'-]*)*"
).finditer
_find_holder = re.compile(  # "2:11:53 set last month in Berlin by Tigist Assefa": the agent holds the figure
    r"\s+(?:" + "|".join(sorted(lex.HOLDER_VERBS)) + r")\b[^,;:()“”\"]{0,40}?\bby\s+(?:the\s+)?(?=[A-Z])"
).match
_find_tallies = re.compile(  # "a 360-58 vote", "voted 5-4", "by a vote of 311 to 112"
    r"""(?<![\w.,$€£-])
    (?:
        (?P<for>\d{1,3})\s?[-–]\s?(?P<against>\d{1,3})(?=\s+(?:vote|votes|decision|majority)\b)   # "a 360-58 vote"
      | (?<=voted\s)(?P<for2>\d{1,3})\s?[-–]\s?(?P<against2>\d{1,3})                            # "voted 5-4"
      | (?<=vote\sof\s)(?P<for3>\d{1,3})\s+(?:to|-|–)\s+(?P<against3>\d{1,3})                  # "a vote of 311 to 112"
    )
    (?![\w%]|[.,]\d)""",
    re.VERBOSE,
).finditer
_find_compound = re.compile(
    r"[-‑][a-z]"
).match  # "543-member", "80-seat": a number inside a compound adjective


def _is_apposition(text: str, q: Quantity) -> bool:
    """A bare number set off by commas right after a person's or place's name: an age that describes ("Kiptum, 23,
    ran"), not a count of the clause ("Most of the infections, 61, are in Harlow County")."""
    words = text[: max(0, q.start - 2)].split()
    return (
        q.unit is None
        and text[: q.start].endswith(", ")
        and text[q.end : q.end + 1] == ","
        and bool(words)
        and words[-1][:1].isupper()
    )


AGE: Final = "age"  # the unit of an age beside a name in a list: "Emily Damari, 28; Romi Gonen, 24"


_find_clock = re.compile(r"\s?(?:a\.m\.|p\.m\.|am|pm|AM|PM|GMT|UTC|IST|ET|EST|EDT|BST|CET)(?!\w)").match
_find_descriptor = re.compile(
    r"(?:\d+|\b[A-Za-z]+)[-‑](?:year|month|week|day|hour)s?(?:[-‑]old)?$"
).search  # "16-year high"
_find_modifier = re.compile(r"[-‑](?:led|backed|controlled|run|allied|based|born)\b").match
_find_recipient = re.compile(
    r"\s+(?:in\s+\w+\s+)?(?:for|to)\s+(?:the\s+)?(?=[A-Z])"
).match  # "$26 billion for Israel"
_find_conversion = re.compile(r"\s*(?:\w+\s+)?\(\s*(?:or\s+|about\s+|roughly\s+)?$").match
_find_bare_years = re.compile(r"(?<![\d.,$€£-])(?:19|20)\d\d(?![\d%]|[.,]\d)").finditer
_find_basis_points = re.compile(r"\s*(?:-?basis[- ]points?\b|bps?\b)", re.IGNORECASE).match
_find_word_points = re.compile(
    r"\b(?:(?:a|one)[- ](quarter|half)|(half) an?)[- ](?:of a[- ])?(?:percentage[- ])?point\b", re.IGNORECASE
).finditer
_WORD_POINTS: Final = {"quarter": Decimal("0.25"), "half": Decimal("0.50")}
_HUNDREDTH: Final = Decimal("0.005")  # half the last digit of a rate change in points: 0.25 is [0.245, 0.255)
_find_baseline = re.compile(  # a year a figure is compared with is not its period: "211 more than in 2019"
    r"(?:\bthan(?:\s+in)?|\bcompared\s+(?:with|to)(?:\s+in)?)\s+$",
    re.IGNORECASE,  # ("since 2022" starts a period: see ``_find_since``)
).search
_find_baseline_figure = (
    re.compile(  # "up from 607,000", "compared to 52": the figure a change is measured from
        r"\b(?:" + "|".join(sorted(lex.BASELINE_WORDS)).replace(" ", r"\s+") + r")\s+(?:an?\s+|the\s+)?$",
        re.IGNORECASE,
    ).search
)
_find_change = re.compile(  # "an increase of 34", "up by 34": a change of a count or an amount, not its level
    r"\b(?:" + "|".join(sorted(lex.CHANGE_WORDS)).replace(" ", r"\s+") + r")\s+$", re.IGNORECASE
).search
BASELINE_TERM: Final = "t:from"  # the context term of a baseline (a stopword: never written as a term)
_find_since = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:early|late|mid|start\s+of|end\s+of)[-\s]+)?$", re.IGNORECASE
).search
_find_quarters = re.compile(
    r"\b(" + "|".join(sorted(lex.QUARTERS, key=len, reverse=True)) + r")[- ]quarter\b(?:\s+of)?",
    re.IGNORECASE,
).finditer
_find_capitalised = re.compile(r"[A-Z][\w’'.&-]*").fullmatch
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
_NUMBER_WORDS: Final = frozenset(
    [
        *qlex.UNIT_WORDS,
        *qlex.TENS_WORDS,
        qlex.HUNDRED_WORD,
        qlex.DOZEN_WORD,
        *qlex.SCALE_WORDS,
        *qlex.VAGUE_WORDS,
    ]
)
_CONTRACTIONS: Final = ("s", "re", "ve", "ll", "d", "m")
_SQRT10: Final = Decimal(10).sqrt()
_ROLE_WORDS: Final = claims_lex.ROLE_WORDS | lex.TITLES
_RECORD_VERBS: Final = (
    lex.STOPWORDS | lex.HOLDER_VERBS | lex.WON_WORDS
)  # "set by ... to win the": a record's words
_NOT_IN_NAMES: Final = lex.STOPWORDS | lex.TITLES | lex.REPORTING_WORDS
_MIN_INITIALS: Final = 3  # the least letters of an acronym made from a name's initials
_CONTEXT: Final = 3  # content words either side of a number (inside its clause) that say what it measures
APPROXIMATE_SHARE: Final = Decimal(
    "0.01"
)  # "around 292" spans at least 1% either side: it settles "around 290", never an exact "292"

# --------------------------------------------------------------------------- describing one sentence


Period: TypeAlias = frozenset[tuple[int | None, int | None]]  # (year, month) references, None where left open
_Ref: TypeAlias = tuple[int, tuple[int | None, int | None], bool]  # offset, (year, month), after "since"


@dataclass(frozen=True, slots=True)
class Measured:
    """A quantity that measures something: what the ``q:`` tokens and the interval rule look at."""

    quantity: Quantity
    cells: tuple[str, str]  # the magnitude cells of the two grids
    context: frozenset[str]  # the content tokens around it in its clause
    names: frozenset[str] = frozenset()  # the names (e:) and aliases (a:) it is said of (see ``_subject``)
    after: frozenset[str] = frozenset()  # the content terms right after it: "$58 billion in military aid"
    negated: bool = False  # a negation in its statement ("wasn't 606,000", not "..., and")
    projected: bool = False  # a projection word in its statement ("expecting another 50-basis-point cut")
    threshold: bool = False  # a threshold or requirement ("needs to win at least 272 seats"), not a result
    places: frozenset[str] = frozenset()  # those of its names written as a place ("in North Carolina")
    owners: frozenset[str] = frozenset()  # those written as an owner ("Tamil Nadu's Telugu Desam Party")
    toll: bool = False  # counted by a death toll ("the death toll has risen to over 100 people")
    recipient: bool = (
        False  # its names are an amount's recipient, written after it ("$26 billion for Israel")
    )
    period: tuple[Period, Period] = (frozenset(), frozenset())  # its time references, and those after "since"
    # the content terms of its own words in order ("foreign aid package"), up to the next number or clause
    # (``after`` holds the first two)
    own: tuple[str, ...] = ()
    record: bool = (
        False  # a record's span ("the first cut in four years"), also read as a period "since" its start
    )
    # the content terms that say what it counts: before it in its clause since the previous number, inside its
    # surface, and after it up to the next number ("killed at least 517 people", "517 people who died"; not "more
    # than 17,000 suspected cases" after "It has killed at least 517 people with")
    near: frozenset[str] = frozenset()
    change: bool = False  # a change of a count or an amount ("an increase of 34"), not its level
    # a count passed on the way ("after reaching 326 seats"), read as the bound it sets: a later count of a thing
    # that only grows is at or beyond it, however far (see ``_milestone``)
    milestone: bool = False


@dataclass(frozen=True, slots=True)
class Passage:
    """One indexed sentence: its span, tokens (``t:``/``e:``/``q:``), measured quantities, times, negations."""

    article_id: str
    start: int
    end: int
    tokens: frozenset[str]
    names: frozenset[str]  # the e: tokens and their aliases (a: tokens: acronyms, initials of a name)
    written: tuple[tuple[str, str], ...]  # (e: token, its first surface form in the sentence), for rationales
    measured: tuple[Measured, ...]
    times: Period  # (year, month); None where the text leaves it open
    published: date | None
    negations: int
    projected: bool = (
        False  # a forecast or projection ("is projected to win", "expected to rise"), not a result
    )
    subjects: frozenset[str] = frozenset()  # names that things are said of ("the BJP-led NDA": not the BJP)
    partial: bool = False  # a snapshot of a running tally ("with 545 results declared") or a threshold
    since: Period = frozenset()  # where a period up to publication starts
    quoted: tuple[tuple[str, ...], ...] = ()  # the words of each quotation ("I", "saw", "the", "time", ...)
    unquoted: frozenset[str] = frozenset()  # the names and terms outside its quotations, if it has any
    speaker: frozenset[str] = (
        frozenset()
    )  # the names of the speaker the claims stage found (left out of tokens)
    person: bool = False  # the speaker is a person ("Sabrina Singh"), not a body ("the European Commission")
    # names written as a whole name opening their clause ("Africa has reported"; not the Chicago of "the Chicago
    # Marathon")
    alone: frozenset[str] = frozenset()


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


_LINKING: Final = frozenset("t:" + _stem(w) for w in lex.LINKING_WORDS)


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
        if word in _NUMBER_WORDS:
            continue  # "Two were rescued", "three states": a number (read as one), never a name or a term
        name = surface[0].isupper() and word not in lex.TITLES and (i > 0 or word not in lower_words)
        out.append((m.start(), m.end(), ("e:" if name else "t:") + _stem(word)))
    return out


def _acronym(surface: str) -> str | None:
    """ "NUP", "BoE", "U.S." -> the acronym in capitals ("NUP", "BOE", "US"); None for an ordinary word."""
    letters = surface.replace(".", "")
    capitals = sum(c.isupper() for c in letters)
    if 2 <= len(letters) <= 6 and letters.isalpha() and capitals >= 2 and letters[0].isupper():
        return letters.upper()
    return None


def _aliases(text: str) -> list[tuple[int, int, str]]:
    """``a:`` tokens: each acronym as written, and the initials of each run of capitalised words.

    >>> [t for *_, t in _aliases("The National Unity Party (NUP) and the Bank of England met in the U.S.")]
    ['a:NUP', 'a:NUP', 'a:BOE', 'a:US']
    """
    out = []
    run: list[re.Match[str]] = []
    for m in [*_find_tokens(text), None]:
        w = "" if m is None else m.group()
        joined = m is not None and run and not text[run[-1].end() : m.start()].strip()
        starts = bool(_find_capitalised(w)) and _acronym(w) is None and w.lower() not in _NOT_IN_NAMES
        if starts and (joined or not run):
            run.append(m)  # type: ignore[arg-type]
            continue
        if m is not None and joined and w.lower() in lex.ACRONYM_JOINERS:
            run.append(m)
            continue
        while run and run[-1].group().lower() in lex.ACRONYM_JOINERS:
            run.pop()
        capitals = [x for x in run if x.group()[0].isupper()]
        if len(capitals) >= 2:
            start, end = run[0].start(), run[-1].end()
            short = "".join(x.group()[0] for x in capitals).upper()
            full = "".join(x.group()[0] for x in run).upper()
            # two initials ("JB", "ZC") would make unrelated names alike: three or more only
            out += [(start, end, f"a:{x}") for x in sorted({short, full}) if len(x) >= _MIN_INITIALS]
        run = [m] if m is not None and starts else []
        if m is not None and (acronym := _acronym(w)) is not None:
            out.append((m.start(), m.end(), f"a:{acronym}"))
    return sorted(out, key=lambda x: x[0])


_find_list_labels = (
    re.compile(r"(?:^|[-–—•]\s)\s*([A-Z][a-z]+):\s+(?=\d)").finditer
)  # "Others: 29 seats", "... - SF: 7 seats - Others: 26 seat": a results list's label before its count


def _labelled(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` with the label of each item of a results list read as a name, even a common word: in "Others: 29
    seats, 15 seats gained" and "- SF: 7 seats - Others: 26 seat", "Others" is what the count is of, as "Labour" is in
    "Labour: 412 seats".

    >>> [t for *_, t in _labelled("Others: 29 seats", _tokens("Others: 29 seats"))]
    ['e:other', 't:seat']
    """
    labels = [(m.start(1), m.end(1), "e:" + _stem(m.group(1).lower())) for m in _find_list_labels(text)]
    starts = {s for s, _, _ in labels}
    return sorted([x for x in found if x[0] not in starts] + labels)


_GROUP_SIZES: Final = {w: n for w, n in qlex.UNIT_WORDS.items() if n >= 2}  # "two" ... "nine"
_find_definite_groups = re.compile(
    r"\b(?:"
    + "|".join(sorted(lex.GROUP_DETERMINERS))
    + r")\s+("
    + "|".join(sorted(_GROUP_SIZES))
    + r")\s+([a-z]+s)\b",
    re.IGNORECASE,
).finditer  # "the two fires": a group of things the reader knows
_NAME: Final = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"  # a run of capitalised words: "Palisades", "Los Angeles"
_find_named_groups = (
    re.compile(  # "The Palisades and Eaton fires": names written together before their plural noun
        rf"(?<![\w'’-])(?:[Tt]he\s+)?"  # not inside a word; "The" is no name of the group
        rf"(?P<items>(?!The\b){_NAME}(?:,\s+{_NAME})*,?\s+and\s+(?:the\s+)?{_NAME})"  # "A, B and the C"
        r"\s+(?P<noun>[a-z]+s)\b"  # "fires"
    ).finditer
)
_split_items = re.compile(r",?\s+and\s+(?:the\s+)?|,\s+").split
GROUP_REFERENCE: Final = "a:#"  # the token of a definite group ("the two fires"): a:#2fir
GROUP_NAMED: Final = "a:&"  # the token of names written together ("the Palisades and Eaton fires"): a:&2fir


def _groups(text: str) -> list[tuple[int, int, str]]:
    """Group tokens: "the two fires" is ``a:#2fir`` (at the number) and "the Palisades and Eaton fires" ``a:&2fir`` (at
    the first name); a definite group of a report is the named group of another with as many names and the same noun
    (``rules._refers``). Two named groups never meet by their count: their names decide.

    >>> [t for *_, t in _groups("Several people were injured in the two fires, officials said.")]
    ['a:#2fir']
    >>> [t for *_, t in _groups("The Palisades, Eaton and Hurst fires accounted for 59 square miles.")]
    ['a:&3fir']
    """
    out = [
        (
            m.start(1),
            m.end(2),
            f"{GROUP_REFERENCE}{_GROUP_SIZES[m.group(1).lower()]}{_stem(m.group(2).lower())}",
        )
        for m in _find_definite_groups(text)
    ]
    out += [
        (
            m.start("items"),
            m.end("noun"),
            f"{GROUP_NAMED}{len(_split_items(m.group('items')))}{_stem(m.group('noun'))}",
        )
        for m in _find_named_groups(text)
    ]
    return out


def name_tokens(text: str, *, lower_words: frozenset[str] = frozenset()) -> list[str]:
    """The ``t:``, ``e:`` and ``a:`` tokens of a text, in order (what story blocking counts)."""
    found = _tokens(text, lower_words=lower_words)
    return [t for *_, t in sorted(found + _aliases(text))]


def _negations(text: str) -> int:
    lowered = text.lower().replace("’", "'")
    return sum(
        1 for m in _find_tokens(lowered) if m.group() in _NEGATIONS or m.group().endswith("n't")
    ) + lowered.count("cannot")


def value_of(q: Quantity) -> Decimal | None:
    """The value a quantity stands for: its value, else the end of its bound ("more than 1.6 million": 1.6 million)."""
    return q.value if q.value is not None else q.low if q.low is not None else q.high


def _cells(q: Quantity) -> tuple[str, str] | None:
    """The magnitude cells of a quantity on two powers-of-ten grids offset by half a power."""
    value = value_of(q)
    if value is None:
        return None
    if value <= 0:
        return ("z", "z")
    return (f"a{value.adjusted()}", f"b{(value * _SQRT10).adjusted()}")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``; an acronym in brackets after a name is part of it: "the National
    Democratic Alliance (NDA) winning 293 seats"."""
    left, right = 0, len(text)
    for m in _find_clause_breaks(_unbracket_acronyms(r"_\1_", text)):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def _measured(
    text: str, quantities: Sequence[Quantity], tokens: list[tuple[int, int, str]], refs: Sequence[_Ref] = ()
) -> list[Measured]:
    kept: list[Quantity] = []
    ages = [q for q in quantities if is_age(text, q)]
    groups = {m.start(1) for m in _find_definite_groups(text)}
    for q in quantities:
        if len(ages) > 1 and q in ages:
            kept.append(
                q.model_copy(update={"unit": AGE})
            )  # people and their ages in a list: compared per person
            continue
        if q.kind in {Kind.DATE, Kind.ORDINAL} or _cells(q) is None or _find_descriptor(q.surface):
            continue  # "a 16-year high", "the 23-year-old": words that describe, not a fact measured
        if q.kind is Kind.DURATION and _find_period_opener(text, 0, q.start):
            continue  # "in the last three months of 2024", "the past 12 months": when, not what was measured
        if q.start in groups and q.kind is Kind.CARDINAL:
            continue  # "the two fires which have burned ...": fires the reader knows, a subject (``_groups``)
        if q.unit is None and _find_clock(text, q.end):
            continue  # "as of 8.30 pm": a time of day says when, not what was measured
        if _find_compound(text, q.end) or _is_apposition(text, q):
            continue  # "the 543-member Lok Sabha", "Kiptum, 23, ran": they name or describe, they are no claim
        if q.unit is None and q.kind is not Kind.CARDINAL:
            continue
        if kept and q.kind is Kind.MONEY and _find_conversion(text, kept[-1].end, q.start):
            continue  # "€1.8 billion ($1.9 billion)": the same amount in another currency
        kept.append(q)
    subjects = [
        (s, t) for s, e, t in tokens if t[0] in "ea" and not _find_modifier(text, e)
    ]  # "the BJP-led alliance" is said of the alliance
    owner = _owners(text, kept, refs)
    thresholds = _thresholds(text, kept)
    places, owners, beside = _places(text, tokens)
    out: list[Measured] = []
    for i, read in enumerate(map(_widened, kept)):
        q = _milestone(text, read) or read  # "after reaching 326 seats": at least 326
        cells = _cells(q)
        assert cells is not None  # noqa: S101  (filtered above)
        left, right = _clause(text, q.start, q.end)
        words = [(s, t) for s, _, t in tokens if t[0] != "a" and t not in _LINKING]  # "stood at": no measure
        before = [t for s, t in words if left <= s < q.start][-_CONTEXT:]
        after = [t for s, t in words if q.end <= s < right][:_CONTEXT]
        until = min([right] + [n.start for n in kept[i + 1 :] if n.start >= q.end])
        ends = _find_head_end(text, q.end, until)
        own = until if ends is None else ends.start()  # its own words end at the next number or clause
        said = _scope(text, q, _statement(text, q), own)
        own_words = tuple(  # "100 deaths and left ...": "left" is the next clause's
            dict.fromkeys(t for s, _, t in tokens if q.end <= s < own and t[0] == "t")
        )
        since = max([left] + [p.end for p in kept[:i] if p.end <= q.start])
        inside = _inside(words, q)  # "six missing people": "missing" says what is counted
        marks = [BASELINE_TERM] if _find_baseline_figure(text, since, q.start) else []
        record = _record_term(
            text, q
        )  # "the highest U.S. policy rate in 22 years": "highest" says what it spans
        marks += [record] if record else []
        near = {t for s, t in words if since <= s < q.start and t[0] == "t"}.union(
            inside, [t for s, t in words if q.end <= s < until and t[0] == "t"][:_CONTEXT]
        )
        recipient = _recipient(text, q, subjects) if q.unit != AGE else frozenset()
        holder = _holder(text, q, subjects, until) if q.unit != AGE else frozenset()
        names = (
            _person(text, q, subjects)
            if q.unit == AGE
            else recipient or holder or _subject(text, kept, i, subjects, (left, right), beside=beside)
        )
        if (
            out
            and (
                _change_term(text, q)
                or _restates(text, out[-1].quantity, q)
                or (not names and _of_whom(text, q))
            )
        ):  # "the Conservatives 121 (-251)": the change is the count's; "42 in Freedonia, 30 of whom were children"
            names = out[-1].names
        out.append(
            Measured(
                q,
                cells,
                frozenset(before + after + inside + marks) | _change_term(text, q),
                names,
                frozenset(own_words[:2]) | _change_term(text, q),
                negated=any(_negations(part) > 0 for part in said),
                projected=any(_find_projection(part) is not None for part in said),
                threshold=i in thresholds,
                places=names & places,
                owners=names & owners,
                recipient=bool(recipient),
                own=own_words,
                record=bool(record),
                toll=_find_death_toll(text, since, q.start) is not None,
                near=frozenset(near) | (out[-1].near if out and _of_whom(text, q) else frozenset()),
                change=q.kind is not Kind.PERCENT and _find_change(text, since, q.start) is not None,
                milestone=q is not read,
                period=_split(
                    r
                    for r, o in zip(refs, owner, strict=True)
                    if (o == i or (o is None and i not in owner))
                    and q.unit != AGE
                    and not _subordinate(text, q, r[0])
                ),  # an age is as of the report: "abducted in October 2023" does not date it
            )
        )
    return _corrected(text, out)


_find_milestone = re.compile(  # "after reaching 326 seats", "upon passing the 300": a count passed on the way
    r"\b(?:"
    + "|".join(sorted(lex.MILESTONE_OPENERS))
    + r")\s+("
    + "|".join(sorted(lex.MILESTONE_VERBS))
    + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
).search


def _milestone(text: str, q: Quantity) -> Quantity | None:
    """``q`` read as the bound a milestone sets, when it is a count written as passed on the way ("Labour wins the
    General Election after reaching 326 seats": at least 326 seats; "upon passing 300": more than 300), else None.
    Only an exact count: a rate "after hitting 5%" may fall again, and "the death toll has reached 548" is the
    count of the moment (a level, no milestone).

    >>> text = "Labour won after reaching 326 seats; the toll has reached 548, and inflation fell after hitting 5%."
    >>> [(m.surface, m.bound.value, m.low) for q in extract_quantities(text) if (m := _milestone(text, q))]
    [('reaching 326 seats', 'lower', Decimal('326'))]
    """
    exact = q.kind is Kind.CARDINAL and q.bound is Bound.EXACT and q.value is not None
    found = _find_milestone(text, 0, q.start) if exact else None
    if found is None:
        return None
    shape = lex.MILESTONE_VERBS[found.group(1).lower()]
    return q.model_copy(
        update={
            "bound": Bound.LOWER,
            "low": q.value,
            "high": None,
            "low_inclusive": shape == "ge",
            "value": q.value if shape == "ge" else None,  # "more than 300", as the number reader has it
            "surface": text[found.start(1) : q.end],  # "reaching 326 seats", as a rationale quotes it
            "start": found.start(1),
        }
    )


def _corrected(text: str, measured: list[Measured]) -> list[Measured]:
    """``measured`` with each figure that corrects a denied one (:func:`_corrects`) stated, not denied, and said of
    what the denied one is said of where its own words say nothing: "wasn't 606,000 in 2022 ..., but 745,000" is
    745,000 of net migration in 2022. A year that dates either of the two dates both ("was not 606,000 in 2022 but
    745,000": 2022 is nearer 745,000)."""
    out = list(measured)
    for j in range(1, len(out)):
        denied, m = out[j - 1], out[j]
        if not _corrects(text, denied, m.quantity):
            continue
        named = m if m.names else denied
        period = m.period if any(m.period) else denied.period
        out[j] = replace(
            m, negated=False, names=named.names, places=named.places, owners=named.owners, period=period
        )
        out[j - 1] = denied if any(denied.period) else replace(denied, period=period)
    return out


_find_correction = re.compile(  # "..., but 745,000", "but rather 6%": the figure right after "but"
    r"\bbut\s+(?:(?:" + "|".join(sorted(lex.CORRECTION_WORDS)).replace(" ", r"\s+") + r")\s+)?$",
    re.IGNORECASE,
).search


def _corrects(text: str, denied: Measured, q: Quantity) -> bool:
    """Whether ``q`` corrects the figure before it, which its statement denies: "net migration wasn't 606,000 in 2022
    as it previously estimated, but 745,000" states 745,000 of what 606,000 was said of (its names and period, where
    ``q``'s own words give none) and denies 606,000; a figure of another kind or unit ("wasn't 60%, but 745,000
    people") is a statement of its own.

    >>> text = "Turnout wasn't 60% in 2019, but 61%; it wasn't 70%, but 745,000 people voted."
    >>> sixty, _, sixty_one, seventy, people = extract_quantities(text)
    >>> denied = Measured(sixty, ("a1", "b2"), frozenset(), negated=True)
    >>> _corrects(text, denied, sixty_one), _corrects(text, replace(denied, quantity=seventy), people)
    (True, False)
    """
    before = denied.quantity
    return (
        denied.negated
        and before.kind is q.kind
        and (q.unit is None or q.unit == before.unit)
        and _find_correction(text, before.end, q.start) is not None
    )


_find_restating_gap = re.compile(r"\s*(?:\(|(?:[—–]|-+)\s*or)\s*").fullmatch  # " (", " — or ", " -- or "


def _restates(text: str, before: Quantity, q: Quantity) -> bool:
    """Whether ``q`` gives the figure before it again in other units, in brackets or after a dash and "or": "more than
    36,000 acres — or just over 52 square miles", "59 square miles (nearly 153 square kilometers)". It is said of
    what that figure is said of.

    >>> text = "The fires burned 36,000 acres — or 52 square miles — and 59 homes (12 of them empty)."
    >>> found = extract_quantities(text)
    >>> [_restates(text, a, b) for a, b in zip(found, found[1:])]
    [True, False, False]
    """
    return (
        before.kind is q.kind
        and before.unit != q.unit
        and None not in (before.unit, q.unit)
        and _find_restating_gap(text, before.end, q.start) is not None
    )


def _inside(words: Sequence[tuple[int, str]], q: Quantity) -> list[str]:
    """The terms inside a counted figure's surface before its counted noun: "six missing people" has "missing",
    "more than 17,000 suspected cases" "suspected" (the noun itself is its unit, compared as one)."""
    terms = [t for s, t in words if q.start <= s < q.end and t[0] == "t"]
    return terms[:-1] if q.kind is Kind.CARDINAL and q.unit is not None else []


_find_subordinator = re.compile(r"\b(?:" + "|".join(sorted(lex.SUBORDINATORS)) + r")\b", re.IGNORECASE).search


def _subordinate(text: str, q: Quantity, at: int) -> bool:
    """Whether the time reference at ``at``, after ``q``, stands in a clause of its own that a word of
    ``SUBORDINATORS`` opens between them ("cut to 5% as inflation met the target in May": May dates the inflation)."""
    return at > q.end and _find_subordinator(text, q.end, at) is not None


def _in_lists(measured: list[Measured], heads: Mapping[int, int]) -> list[Measured]:
    """``measured`` with each count of a gapped list negated and projected as the count whose verb it shares
    (``heads``: where each starts, and where that count starts)."""
    by_start: dict[int, Measured] = {}
    out = []
    for m in measured:
        head = by_start.get(heads.get(m.quantity.start, -1))
        read = m if head is None else replace(m, negated=head.negated, projected=head.projected)
        by_start[m.quantity.start] = read
        out.append(read)
    return out


def _owners(text: str, kept: Sequence[Quantity], refs: Sequence[_Ref]) -> list[int | None]:
    """For each time reference, the number it dates: the nearest in its clause that is not a duration, by the words
    between them ("a 12-month estimate to June is 672,000": 672,000; "1,200 cases in 2023 and 300 in 2024": 1,200
    in 2023), or None (it dates them all); a list of references followed by
    "respectively" dates a list of as many numbers in order ("303 and 282 seats in 2019 and 2014, respectively":
    303 in 2019, 282 in 2014; see :func:`_respective`). A year in an event's name dates the event's own figure only
    (:func:`_event_figure`), or nothing (:data:`NO_FIGURE`)."""
    owners: list[int | None] = []
    for at, _, _ in refs:
        left, right = _clause(text, at, at + 1)
        event = _find_event_name(text, at)
        if event is not None:
            owners.append(_event_figure(text, kept, (at, event.end()), (left, right)))
            continue
        near = [
            (max(q.start - at, at - q.end, 0), i)
            for i, q in enumerate(kept)
            if left <= q.start < right and q.kind is not Kind.DURATION
        ]
        owners.append(min(near)[1] if near else None)
    return _respective(text, kept, refs, owners)


NO_FIGURE: Final = -1  # the owner of a time reference that dates no figure of its sentence
_find_event_name = re.compile(  # "the 2023 Berlin Marathon", "last year's Berlin Marathon": a year in a name
    r"(?:(?<=\bthe\s)(?:19|20)\d\d|(?:"
    + "|".join(sorted(lex.RELATIVE_YEARS)).replace(" ", r"\s+")
    + r")['’]s)"
    r"\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*"
).match
_find_bracketed = re.compile(r"\s*\(\s*").fullmatch  # "the 2023 Berlin Marathon (2:11:53)"
_find_record_verb = re.compile(
    r"\b(?:" + "|".join(sorted(lex.HOLDER_VERBS | lex.WON_WORDS)) + r")\b", re.IGNORECASE
).search  # "the record set at ...", "who won the 2022 Berlin Marathon": a record's or a feat's event
_find_gap_words = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?").findall


def _event_figure(
    text: str, kept: Sequence[Quantity], event: tuple[int, int], clause: tuple[int, int]
) -> int | None:
    """The figure of an event whose name holds a year ("the 2023 Berlin Marathon"): one in brackets right after the
    name ("... Marathon (2:11:53)"), else the nearest of its clause, a race's time included, with no word between it
    and the name but names and the verbs of a record ("2:01:09 set by Kenya's Eliud Kipchoge to win the 2022 Berlin
    Marathon"; not "took 34 seconds off the mark set at last year's Berlin Marathon", a margin off a mark the
    sentence does not give). If none is, the year dates no figure (:data:`NO_FIGURE`) when the name describes a
    record or a feat ("a time under two hours and 10 minutes, besting the record set at the 2023 Berlin Marathon"),
    and every figure (None) when it frames the sentence ("In the 2019 General Election, the party returned just one
    MP ... to the SNP's 48").

    >>> def dated(text):
    ...     return [(m.quantity.surface, sorted(m.period[0])) for m in describe(text, article_id="a").measured]
    >>> dated("She ran 2:09:56, besting the record set at the 2023 Berlin Marathon (2:11:53) by two minutes.")
    [('2:09:56', []), ('2:11:53', [(2023, None)]), ('two minutes', [])]
    >>> dated("He took 34 seconds off the mark set at the 2022 Berlin Marathon.")
    [('34 seconds', [])]
    >>> dated("In the 2019 General Election, the party won one seat to the SNP's 48.")
    [('one seat', [(2019, None)]), ('48', [(2019, None)])]
    """
    at, end = event
    for i, q in enumerate(kept):
        if q.start >= end and _find_bracketed(text, end, q.start):
            return i
    near = [
        (max(q.start - end, at - q.end), i)
        for i, q in enumerate(kept)
        if clause[0] <= q.start < clause[1]
        and all(
            w[:1].isupper() or w.lower() in _RECORD_VERBS
            for w in _find_gap_words(text[q.end : at] if q.end <= at else text[end : q.start])
        )
    ]
    if near:
        return min(near)[1]
    return NO_FIGURE if _find_record_verb(text, clause[0], at) else None


_Beside: TypeAlias = tuple[frozenset[str], frozenset[str], int]  # a place, the place written beside it, where
_find_place_joiner = (
    re.compile(  # ", North Carolina, and its surrounding Buncombe County": a place beside the one
        # before it (after the state or country that locates it, which is no place of the figure's)
        r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?,?\s+and\s+(?:(?:its|their|the)\s+)?"
        r"(?:(?:" + "|".join(sorted(lex.BESIDE_WORDS)) + r")\s+)?"
    ).fullmatch
)


def _places(
    text: str, tokens: list[tuple[int, int, str]]
) -> tuple[frozenset[str], frozenset[str], tuple[_Beside, ...]]:
    """The names (``e:``, and the aliases over them) written as a place: each run of names right after "in",
    "around", "across"... ("In North Carolina alone", "in and around the city of Asheville"), or written beside such a
    place after "and" ("in Asheville, North Carolina, and its surrounding Buncombe County": Buncombe County, not the
    state that locates the city); those written as an owner: a run of names ending in "'s" right before another name
    ("Tamil Nadu's Telugu Desam Party"); and each place written beside another, with the other (see
    :func:`_subject`)."""
    runs = _runs(text, tokens)
    at = [(s, e) for s, e in runs if _find_locative(text, 0, s)]
    beside: list[_Beside] = []
    for s, e in runs:
        head = next((r for r in at if r[1] <= s and _find_place_joiner(text, r[1], s)), None)
        if head is not None and (s, e) not in at:
            at.append((s, e))
            beside.append((_within(tokens, [head]), _within(tokens, [(s, e)]), s))
    owning = [
        (s, e)
        for (s, e), (after, _) in pairwise(runs)
        if _is_possessive(text, e) and not text[e:after].strip()
    ]
    return _within(tokens, at), _within(tokens, owning), tuple(beside)


def _runs(text: str, tokens: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The spans of the runs of names (``e:`` tokens written together: "North Carolina", "the Chicago Marathon")."""
    runs: list[tuple[int, int]] = []
    for s, e, t in tokens:
        if t[0] != "e":
            continue
        if runs and not text[runs[-1][1] : s].strip() and not _is_possessive(text, runs[-1][1]):
            runs[-1] = (runs[-1][0], e)  # "North" "Carolina": one name
        else:
            runs.append((s, e))
    return runs


def _alone(text: str, tokens: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """The names written as a whole name that opens its clause, the subject of what it says ("Africa has reported ...
    524 deaths": Africa's, as "524 deaths ... in Africa" are; not the Vilnius of "won the Vilnius marathon", nor the
    Chicago of "the Chicago Marathon")."""
    names = {(s, e): t for s, e, t in tokens if t[0] == "e"}  # a run of one name is that name's span
    return frozenset(
        names[run]
        for run in _runs(text, tokens)
        if run in names and not text[_clause(text, *run)[0] : run[0]].strip()
    )


def _is_possessive(text: str, end: int) -> bool:
    return text[end - 2 : end] in {"'s", "’s"}


def _within(tokens: list[tuple[int, int, str]], spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    return frozenset(t for s, _, t in tokens if t[0] in "ea" and any(a <= s < b for a, b in spans))


def _thresholds(text: str, kept: Sequence[Quantity]) -> set[int]:
    """The numbers that are a threshold or requirement: for each phrase of ``THRESHOLD_WORDS``, the nearest number of
    its clause ("needs to win at least 272 seats to come to power"; in "410 seats, comfortably exceeding the majority
    mark of 326 seats" the mark is 326's, and 410 stays a result)."""
    found = set()
    for m in _find_thresholds(text):
        left, right = _clause(text, m.start(), m.end())
        near = [
            (max(q.start - m.end(), m.start() - q.end, 0), i)
            for i, q in enumerate(kept)
            if left <= q.start < right and q.kind is not Kind.DURATION
        ]
        if near:
            found.add(min(near)[1])
    return found


def _respective(
    text: str, kept: Sequence[Quantity], refs: Sequence[_Ref], owners: list[int | None]
) -> list[int | None]:
    """``owners`` with each "respectively" list paired in order: in the statement before the word, the references
    (not after "since") and the numbers that are not durations, when there are as many of each, or the numbers
    nearest the references when there are more ("240 seats, against 303 and 282 in 2019 and 2014 respectively")."""
    out = list(owners)
    for m in _find_respectively(text):
        left = 0
        for b in _find_statement_breaks(text, 0, m.start()):
            if b.end() <= m.start() and text[b.start() : m.start()].strip(" ,"):
                left = b.end()
        dated = [j for j, (at, _, since) in enumerate(refs) if left <= at < m.start() and not since]
        numbers = [
            i for i, q in enumerate(kept) if left <= q.start < m.start() and q.kind is not Kind.DURATION
        ]
        if len(dated) < 2 or len(numbers) < len(dated):  # a list is two or more
            continue
        first = refs[dated[0]][0]
        before = [i for i in numbers if kept[i].start < first]
        numbers = before[-len(dated) :] if len(before) >= len(dated) else numbers[: len(dated)]
        for j, i in zip(dated, numbers, strict=True):
            out[j] = i
    return out


def _statement(text: str, q: Quantity) -> tuple[int, int]:
    """The span of the statement of a sentence that holds ``q``: between the breaks of
    :data:`_find_statement_breaks`."""
    left, right = 0, len(text)
    for m in _find_statement_breaks(text):
        if m.end() <= q.start:
            left = m.end()
        elif m.start() >= q.end:
            right = m.start()
            break
    return left, right


def _scope(text: str, q: Quantity, statement: tuple[int, int], until: int) -> tuple[str, str]:
    """The words that a negation or a projection word must stand in to say something of ``q``: before it in its
    statement ("growth is forecast to slow to 1.7%", "it wasn't 606,000"), and after it in its own words, up to the
    next number or clause (``until``: "1.7% growth is forecast"); not a later clause of the statement ("killed at
    least 24 people ..., continuing to burn as more strong winds are forecast", "a $95 billion package that would
    provide ...") nor the words of the next number ("caused more than 100 deaths and left 1.6 million customers
    without power"). Any "according to ..." is left out (the source, not the fact: "according to projections")."""
    before = text[statement[0] : q.start]
    after = text[q.end : min(statement[1], until)]
    return _find_according_sub("", before), _find_according_sub("", after)


def _widened(q: Quantity) -> Quantity:
    """An approximate quantity ("about", "around", "roughly") with its interval at least ``APPROXIMATE_SHARE`` of its
    value either side: the writer rounds, so it neither confirms an exact figure nor disagrees with a close one."""
    if q.bound is not Bound.APPROXIMATE or q.value is None or q.low is None or q.high is None:
        return q
    spread = abs(q.value) * APPROXIMATE_SHARE
    low, high = min(q.low, q.value - spread), max(q.high, q.value + spread)
    return q.model_copy(update={"low": low, "high": high, "low_inclusive": True, "high_inclusive": True})


def _person(text: str, q: Quantity, subjects: list[tuple[int, str]]) -> frozenset[str]:
    """The names of the person an age is said of: the run of capitalised words right before it."""
    at = name_before(text, q)
    at = q.start if at is None else at
    return frozenset(t for s, t in subjects if at <= s < q.start)


def _recipient(text: str, q: Quantity, subjects: list[tuple[int, str]]) -> frozenset[str]:
    """The name an amount goes to, when it is written right after it: "$26 billion for Israel", "about eight billion
    for Taiwan and the Indo-Pacific", "$8 billion in aid to the Indo-Pacific" (a list of amounts each names its
    recipient after it, so the name before it belongs to the previous amount); empty otherwise."""
    found = _find_recipient(text, q.end) if q.kind is Kind.MONEY else None
    return frozenset() if found is None else _names_from(text, found.end(), subjects, {"", "and", "and the"})


def _holder(text: str, q: Quantity, subjects: list[tuple[int, str]], until: int) -> frozenset[str]:
    """The names of whoever holds a figure, when its own words name them as the agent of ``HOLDER_VERBS``: "the
    women's world record of 2:11:53 set last month in Berlin by Tigist Assefa of Ethiopia" is Assefa's (not
    Hassan's, whose time the sentence began with); empty otherwise."""
    found = _find_holder(text, q.end, until)
    return frozenset() if found is None else _names_from(text, found.end(), subjects, {"", "of"})


def _names_from(text: str, at: int, subjects: list[tuple[int, str]], joiners: set[str]) -> frozenset[str]:
    """The names of the run of names that starts at ``at``, its names joined by ``joiners`` ("Tigist Assefa of
    Ethiopia"; "Taiwan and the Indo-Pacific")."""
    names: set[str] = set()
    for s, t in subjects:
        if s < at:
            continue
        if text[at:s].strip(" -‑") not in joiners:
            break
        names.add(t)
        at = max(at, next(_find_tokens(text, s)).end())
    return frozenset(names)


def _subject(
    text: str,
    kept: Sequence[Quantity],
    i: int,
    subjects: list[tuple[int, str]],
    clause: tuple[int, int],
    *,
    beside: Sequence[_Beside] = (),
) -> frozenset[str]:
    """The names a quantity is said of: those before it in its clause since the previous number, else (after a
    previous number) the places after it up to the next number ("the more than 8,400 cases and 298 deaths reported
    this year in DR Ruritania": Ruritania's, not the speaker's before the list), else those before it in its clause,
    else those after it up to the next number, else those before it in the sentence (since the previous number); with
    each place written beside one of them before the next number (``beside``: "At least 30 people died ... in
    Asheville, North Carolina, and its surrounding Buncombe County" are Asheville's and Buncombe County's)."""
    q = kept[i]
    left, right = clause
    until = min([right] + [n.start for n in kept[i + 1 :] if n.start >= q.end])
    since = max(
        [left] + [p.end for p in kept[:i] if p.end <= q.start]
    )  # "the Liberals four and the Greens two"
    found = frozenset(t for s, t in subjects if since <= s < q.start)
    if since > left:  # after a previous number: not what it is of ("cases of Mpox and 524 deaths")
        found -= _complement(text, since, subjects)
        found = found or _place_after(text, subjects, q.end, until)
    found = found or frozenset(t for s, t in subjects if left <= s < q.start)
    found = found or frozenset(t for s, t in subjects if q.end <= s < until)
    if not found:  # "The BJP, led by Modi, won 240 seats": the names before it in the sentence
        since = max([0] + [p.end for p in kept[:i]])
        found = frozenset(t for s, t in subjects if since <= s < q.start)
    after = min([len(text)] + [n.start for n in kept[i + 1 :] if n.start >= q.end])
    return found.union(
        *(more for place, more, at in beside if place and place <= found and q.end <= at < after)
    )


_find_of = re.compile(r"\s+of\s+(?:the\s+)?").match  # "over 14,000 cases of Mpox and 524 deaths"


def _complement(text: str, at: int, subjects: list[tuple[int, str]]) -> frozenset[str]:
    """The names right after "of" at ``at``, the end of a count ("over 14,000 cases of Mpox and 524 deaths"): what
    that count is of, not the subject of the count after it."""
    found = _find_of(text, at)
    return frozenset() if found is None else _names_from(text, found.end(), subjects, {""})


def _place_after(text: str, subjects: list[tuple[int, str]], start: int, until: int) -> frozenset[str]:
    """The names of the first place written between ``start`` and ``until`` ("reported this year in DR Congo", "won
    16 and 12 seats in Andhra Pradesh and Bihar"), or none: a run of names right after "in", "across"... (see
    :func:`_places`)."""
    at = next(
        (s for s, t in subjects if start <= s < until and t[0] == "e" and _find_locative(text, 0, s)), None
    )
    return frozenset() if at is None else _names_from(text, at, subjects, {"", "and"})


def _split(refs: Iterable[_Ref]) -> tuple[Period, Period]:
    """The references as written, and those after "since"."""
    refs = list(refs)
    return frozenset(t for _, t, since in refs if not since), frozenset(t for _, t, since in refs if since)


def _time_refs(
    text: str, quantities: Sequence[Quantity], published: date | None, *, ahead: bool = False
) -> list[_Ref]:
    """(year, month) references: "in May" -> (None, 5) or (2024, 5) with a 2024 publication; "2022" -> (2022, None);
    "the first quarter" its three months. Those after "since" ("its first cut since 2020", "since January") start a
    period that runs to the publication date: they come second, apart from the others. A month without a year is the
    last such month up to the publication date, or with ``ahead`` (a sentence that projects) the next one: "cuts in
    November and December" in a September report are this year's."""
    years = {
        q.start: int(q.value)
        for q in quantities
        if q.kind is Kind.DATE and q.value is not None and 1000 <= q.value <= 2999
    }
    years |= {  # a year that modifies a noun, which the number reader leaves out: "its 2026 growth forecast"
        m.start(): int(m.group())
        for m in _find_bare_years(text)
        if not any(q.start <= m.start() < q.end for q in quantities)
    }
    found: list[tuple[int, tuple[int | None, int | None]]] = []
    used: set[int] = set()
    months = [
        (m.start(), m.end(), [_MONTHS[m.group(1).lower()]])
        for m in _find_months(text)
        if m.group(1) != "May" or _introduces_month(text, m.start(), m.end())  # not "may" the verb
    ] + [
        (m.start(), m.end(), [3 * lex.QUARTERS[m.group(1).lower()] - i for i in (2, 1, 0)])
        for m in _find_quarters(text)
    ]
    for start, end, numbers in months:
        at_year = next((at for at in years if 0 <= at - end <= 6), None)  # "February 2022", "May 4, 2024"
        if at_year is not None:
            used.add(at_year)
        for month in numbers:
            year = None if at_year is None else years[at_year]
            if year is None and published is not None:
                year = published.year if month <= published.month or ahead else published.year - 1
            found.append((start, (year, month)))
    found += [
        (at, (y, None)) for at, y in years.items() if at not in used and not _find_baseline(text, 0, at)
    ]
    if published is not None:
        for m in _find_relative(text):
            phrase = m.group().lower()
            if phrase in lex.RELATIVE_YEARS:
                found.append((m.start(), (published.year + lex.RELATIVE_YEARS[phrase], None)))
            elif phrase in lex.RELATIVE_QUARTERS:
                found += [
                    (m.start(), month)
                    for month in _relative_quarter(published, lex.RELATIVE_QUARTERS[phrase])
                ]
            else:
                month = published.year * 12 + published.month - 1 + lex.RELATIVE_MONTHS[phrase]
                found.append((m.start(), (month // 12, month % 12 + 1)))
    read = [m.span() for m in _find_quarters(text)] + [
        m.span() for m in _find_relative(text) if m.group().lower() in lex.RELATIVE_QUARTERS
    ]
    found += [  # "the final full quarter of Biden's presidency": a quarter, but which one is left open
        (m.start(), (None, None))
        for m in _find_quarter_words(text)
        if not any(a < m.end() <= b for a, b in read)  # "the second quarter" is read already
    ]
    spans = [(q.start, span) for q in quantities if (span := _record_span(text, q)) is not None]
    records = [(at, (published.year - span, None), True) for at, span in spans if published is not None]
    return [(at, t, _find_since(text, 0, at) is not None) for at, t in found] + records


def _relative_quarter(published: date, offset: int) -> list[tuple[int, int]]:
    """The (year, month) of the quarter ``offset`` quarters from the last one ended at ``published``: the previous
    quarter (-1) in a report of 30 April 2025 is October to December 2024.

    >>> _relative_quarter(date(2025, 4, 30), -1)
    [(2024, 10), (2024, 11), (2024, 12)]
    """
    ended = published.year * 4 + (published.month - 1) // 3 - 1  # quarters since year 0, the last one ended
    year, quarter = divmod(ended + offset, 4)
    return [(year, 3 * quarter + i) for i in (1, 2, 3)]


def _record_span(text: str, q: Quantity) -> int | None:
    """The years a record spans, when ``q`` is one ("the first cut in four years": 4; "their poorest showing in two
    centuries": 200), else None."""
    years = lex.RECORD_SPAN_YEARS.get(q.unit or "")
    if q.kind is not Kind.DURATION or years is None or q.value is None or q.bound is not Bound.EXACT:
        return None
    left, _ = _clause(text, q.start, q.end)
    found = _find_record_opener(text, left, q.start)
    return int(q.value * years) if found is not None and q.value == q.value.to_integral_value() else None


def _record_term(text: str, q: Quantity) -> str:
    """The term of the record a span is of ("t:highest" for "the highest level in 22 years"), or ``""`` when ``q`` is
    no record's span."""
    if _record_span(text, q) is None:
        return ""
    found = _find_record_opener(text, _clause(text, q.start, q.end)[0], q.start)
    return "" if found is None else "t:" + _stem(found.group("record").lower())


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
    >>> sorted(t for t in p.tokens if not t.startswith("q:")), sorted(p.times), sorted(p.since), p.negations
    (['a:US', 'e:u.s.', 'e:ukrain', 't:provid'], [], [(2022, None)], 0)
    >>> [(m.quantity.surface, m.cells, sorted(m.context)) for m in p.measured]
    [('more than $50 billion', ('a10', 'b11'), ['e:u.s.', 'e:ukrain', 't:provid'])]
    """
    quantities = _shared_currency(_rate_points(text, _durations(text, extract_quantities(text))))
    quantities = _doubled_bounds(text, _hyphenated_currency(text, _bracketed_changes(text, quantities)))
    quantities, heads = _gapped_counts(text, _partitives(text, _counted_nouns(text, quantities)))
    quantities = _premises(text, _tallies(text, quantities))
    found = _labelled(text, sorted(_tokens(text, lower_words=lower_words) + _aliases(text) + _groups(text)))
    spans = [m.span() for m in _find_according(text)]
    spans += [m.span() for m in _find_quarters(text)]  # "the first quarter" is a period, compared as one
    spans += [m.span() for m in _find_relative(text) if m.group().lower() in lex.RELATIVE_QUARTERS]
    spans += [m.span() for m in _find_source(text)]  # "released by the ONS": the source, not the subject
    said_by: frozenset[str] = frozenset()
    if speaker:
        spans.append(_attribution(text, speaker))
        quantities = [q for q in quantities if q.surface not in speaker]
        said_by = frozenset(t for t in name_tokens(speaker) if t[0] == "e")
        if all(w[:1].isupper() for w in speaker.split()):  # a person: "Kirby said" elsewhere in the sentence
            surname = f"e:{_stem(speaker.split()[-1].lower())}"
            found = [(s, e, t) for s, e, t in found if t != surname]
    found = [(s, e, t) for s, e, t in found if not any(a <= s < b for a, b in spans)]
    projected = _find_projection(text) is not None
    quotes = find_quotes(text)
    refs = _time_refs(text, quantities, published, ahead=projected)
    times, since = _split(refs)
    measured = _in_lists(_measured(text, quantities, found, refs), heads)
    inside = [
        (m.quantity.start, m.quantity.end) for m in measured
    ]  # "$50 billion" is its q: tokens, not words
    groups = frozenset(t for *_, t in found if t.startswith((GROUP_REFERENCE, GROUP_NAMED)))
    tokens = {t for s, _, t in found if not any(a <= s < b for a, b in inside)} - groups  # a group is no term
    for m in measured:
        q = m.quantity
        tokens |= {f"q:{q.kind.value}:{q.unit}:{cell}" for cell in m.cells}
        if q.kind is Kind.CARDINAL:  # "stood at 292" may be "292 seats": compared by rule, not by token
            tokens |= {f"q:cardinal:*:{cell}" for cell in m.cells}
    return Passage(
        article_id=article_id,
        start=start,
        end=start + len(text),
        tokens=frozenset(tokens),
        names=frozenset(t for t in tokens if t[0] in "ea") | groups,
        written=_written(text, found, tokens),
        measured=tuple(measured),
        times=times,
        since=since,
        published=published,
        negations=_negations(text),
        projected=projected,
        partial=_find_partial(text) is not None,
        subjects=frozenset(t for _, e, t in found if t[0] in "ea" and not _find_modifier(text, e)),
        quoted=tuple(tuple(_find_words(text[a:b].replace("’", "'"))) for a, b in quotes),
        unquoted=frozenset(  # kept for quotations only (``rules.quoted_in``): a passage of every sentence is held
            t for s, _, t in found if quotes and t[0] in "et" and not any(a <= s < b for a, b in quotes)
        ),
        speaker=said_by,
        person=bool(speaker) and is_person_name(speaker or ""),
        alone=_alone(text, found),
    )


_find_clock_times = re.compile(
    r"""(?<![\w:.,])
    (?:
        (?P<h>\d{1,2}):(?P<m>[0-5]\d)[:.](?P<s>[0-5]\d)               # "2:09:56"; "2:11.53", a clock mistyped
      | (?:(?P<hh>\d{1,2})\s?h(?:ours?|rs?)?\s?)?                    # "2hours 00min 35sec", "3min 27sec"
        (?P<mm>\d{1,2})\s?min(?:utes?|s)?\s?(?P<ss>\d{1,2})\s?sec(?:onds?|s)?
    )
    (?![\w:]|[.,]\d)""",
    re.VERBOSE,
).finditer
_UPPER_SHAPES: Final = frozenset({"lt", "le", "just_under"})
_BOUNDS_BEFORE: Final = {
    w: s for w, s in qlex.BOUND_WORDS.items() if s in {"gt", "ge", "lt", "le", "just_under"}
} | dict.fromkeys(lex.TIME_BARRIERS, "lt")  # "to break 2:10": under it
_find_bound_before = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _BOUNDS_BEFORE), key=len, reverse=True)) + r")[\s-]+$",
    re.IGNORECASE,
).search
_find_part_joiner = re.compile(r"\s*,?\s*(?:and\s+)?").fullmatch  # "2 hours, 9 minutes and 56 seconds"
_JOINABLE: Final = frozenset({Bound.EXACT, Bound.APPROXIMATE, Bound.LOWER, Bound.UPPER})


def _durations(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities of ``text`` with each time written in parts read as one duration in seconds: "two hours and
    35 seconds", "2 hours, 35 seconds", "35 seconds over 2 hours", "2:00:35" and "2hours 00min 35sec" are all 7235
    seconds, to the last part's precision; a bound before the first part bounds the whole ("under two hours and 10
    minutes", "in less than 2:01:00"). A duration in one part ("six months") is left as it is.

    >>> [(q.surface, q.value, q.bound.value) for q in _durations("in 2:09:56, under two hours and 10 minutes",
    ...     extract_quantities("in 2:09:56, under two hours and 10 minutes"))]
    [('2:09:56', Decimal('7796'), 'exact'), ('under two hours and 10 minutes', None, 'upper')]
    """
    out: list[Quantity] = []
    group: list[Quantity] = []
    for q in [*quantities, None]:
        if q is not None and group and _continues(text, group, q):
            group.append(q)
            continue
        if group:
            out.append(_joined(text, group) if len(group) > 1 else group[0])
        group = [] if q is None else [q]
    for m in _find_clock_times(text):
        if any(q.start < m.end() and m.start() < q.end for q in out) or _find_clock(text, m.end()):
            continue  # read already, or a time of day ("at 1:30:00 am")
        hours, minutes = m.group("h") or m.group("hh") or "0", m.group("m") or m.group("mm")
        total = int(hours) * 3600 + int(minutes) * 60 + int(m.group("s") or m.group("ss"))
        found = _find_bound_before(text, 0, m.start())
        shape = _BOUNDS_BEFORE[found.group(1).lower()] if found is not None else "exact"
        start = m.start() if found is None else found.start()
        out.append(_seconds(text, start, m.end(), Decimal(total), last=Decimal(1), shape=shape))
    return sorted(out, key=lambda q: q.start)


def _in_seconds(q: Quantity) -> int | None:
    return lex.DURATION_SECONDS.get(q.unit or "") if q.kind is Kind.DURATION else None


def _continues(text: str, group: Sequence[Quantity], q: Quantity) -> bool:
    """Whether ``q`` is the next part of the time written in ``group``: a smaller unit joined by a comma or "and"
    ("2 hours, 9 minutes and 56 seconds"), or the hours that the seconds before it are over ("35 seconds over 2
    hours")."""
    unit, first, last = _in_seconds(q), group[0], group[-1]
    units = [_in_seconds(p) for p in group]
    if unit is None or None in units or first.bound not in _JOINABLE or q.bound is Bound.APPROXIMATE:
        return False
    between = text[last.end : q.start]
    if q.bound is Bound.EXACT and unit < (units[-1] or 0) and _find_part_joiner(between):
        return all(p.bound is Bound.EXACT for p in group[1:])
    return (
        len(group) == 1
        and first.bound is Bound.EXACT
        and q.bound is Bound.LOWER
        and q.surface.lower().startswith("over ")
        and unit > (units[0] or 0)
        and not between.strip()
    )


def _joined(text: str, group: Sequence[Quantity]) -> Quantity:
    """One duration in seconds for the parts of a time (see :func:`_continues`), bounded as its first part is."""
    units = [_in_seconds(q) or 1 for q in group]
    if units[1] > units[0]:  # "35 seconds over 2 hours"
        over = group[1].low or Decimal(0)
        total = over * units[1] + (value_of(group[0]) or Decimal(0)) * units[0]
        return _seconds(text, group[0].start, group[1].end, total, last=Decimal(units[0]), shape="exact")
    total = sum(((value_of(q) or Decimal(0)) * u for q, u in zip(group, units, strict=True)), Decimal(0))
    first = group[0]
    shape = {
        Bound.LOWER: "ge" if first.low_inclusive else "gt",
        Bound.UPPER: "le" if first.high_inclusive else "lt",
    }
    found = _find_bound_before(text, 0, first.start) if first.bound is Bound.EXACT else None
    start = first.start if found is None else found.start()
    shape[Bound.EXACT] = "exact" if found is None else _BOUNDS_BEFORE[found.group(1).lower()]
    joined = _seconds(
        text, start, group[-1].end, total, last=Decimal(units[-1]), shape=shape.get(first.bound, "exact")
    )
    if first.bound is Bound.APPROXIMATE:
        joined = joined.model_copy(update={"bound": Bound.APPROXIMATE})
    return joined


def _seconds(text: str, start: int, end: int, total: Decimal, *, last: Decimal, shape: str) -> Quantity:
    """A duration of ``total`` seconds, ``text[start:end]``, to the precision of its last part (``last`` seconds),
    or bounded by it (``shape``, as in ``quantities._lexicon.BOUND_WORDS``)."""
    half = last / 2
    low, high = (total - half, total + half) if shape == "exact" else (None, None)
    low_inclusive, high_inclusive = True, False
    bound = Bound.EXACT
    if shape in {"gt", "ge"}:
        low, low_inclusive, bound = total, shape == "ge", Bound.LOWER
    elif shape in _UPPER_SHAPES:
        high, high_inclusive, bound = total, shape == "le", Bound.UPPER
    return Quantity(
        surface=text[start:end],
        start=start,
        end=end,
        value=None
        if shape in {"gt", "lt", "just_under"}
        else total,  # "more than", as the number reader has it
        low=low,
        high=high,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
        unit="second",
        kind=Kind.DURATION,
        bound=bound,
    )


_SCALES: Final = ("thousand", "million", "billion", "trillion")


def _scale(surface: str) -> str | None:
    return next((w for w in _SCALES if w in surface.lower()), None)


_find_currency_after = re.compile(  # "a 1.8-billion-euro fine": the currency after the amount, hyphenated
    r"[-‑](" + "|".join(sorted(map(re.escape, qlex.CURRENCY_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
).match


_find_bracketed_changes = re.compile(  # "the Conservatives 121 (-251)": a count and its change since the last time
    r"(?<![\w.,])(?P<count>\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(?P<change>[-−–+]\s*(?:\d{1,3}(?:,\d{3})+|\d+))\s*\)"
).finditer


def _bracketed_changes(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with each count followed by its change in brackets read as two counts: "the Conservatives 121
    (-251)" has 121 (which the number reader leaves out after a capitalised word) and 251, a change whose sign
    :func:`_change_term` reads as seats lost."""
    out = list(quantities)
    for m in _find_bracketed_changes(text):
        count, change = m.span("count"), m.span("change")
        if not any(q.start < count[1] and count[0] < q.end for q in out):
            value = Decimal(m.group("count").replace(",", ""))
            out.append(_exact(text, *count, value))
        for i, q in enumerate(out):
            if q.start <= change[0] < q.end and q.value is not None and q.unit is None:
                out[i] = _exact(text, *change, abs(q.value))
    return sorted(out, key=lambda q: q.start)


_find_gapped = (
    re.compile(  # ", the Conservatives 121 and the Lib Dems 72": a list that leaves out the verb and noun
        r"(?:,|\band)\s+(?:the\s+)?(?P<name>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})\s+"
        r"(?P<count>\d{1,3}(?:,\d{3})*)(?=\s*(?:[,;.]|and\b|$))"
    ).finditer
)


def _gapped_counts(text: str, quantities: Sequence[Quantity]) -> tuple[list[Quantity], dict[int, int]]:
    """The quantities with each count of a list that leaves out the verb and the counted noun read as a count of that
    noun, and where each such count starts mapped to where the count it takes its noun from starts (its verb's mood
    is the list's: "predicted to win 61 seats, Reform UK 13" projects 13 too). In "Labour won 412 seats, Reform UK
    13, and the SNP 10" or "the BJP winning 240 seats and the Congress 99", 13, 10 and 99 are seats (the number
    reader leaves out a number after a capitalised word: "Euro 2024"). A count is gapped only after a counted number
    of the sentence, with a name before it (not a month: ", July 26, 2023"; not an identifier: "Flight 17") and a
    list's comma, "and" or the end after it ("WLOS News 13 reported" is a name).

    >>> text = "Labour won 412 seats, the Tories 121, and Reform UK 5."
    >>> found, heads = _gapped_counts(text, extract_quantities(text))
    >>> [(q.surface, q.unit) for q in found], heads
    ([('412 seats', 'seat'), ('121', 'seat'), ('5', 'seat')], {33: 11, 52: 33})
    """
    out = list(quantities)
    heads: dict[int, int] = {}
    for m in _find_gapped(text):
        start, end = m.span("count")
        last = m.group("name").split()[-1]
        counted = [
            q for q in out if q.end <= m.start() and q.kind is Kind.CARDINAL and q.unit not in (None, AGE)
        ]
        if (
            not counted
            or any(q.start < end and start < q.end for q in out)
            or last.lower().rstrip(".") in _MONTHS
            or last in qlex.IDENTIFIER_WORDS
        ):
            continue
        out.append(
            _exact(text, start, end, Decimal(m.group("count").replace(",", "")), unit=counted[-1].unit)
        )
        out.sort(key=lambda q: q.start)
        heads[start] = counted[-1].start
    return out, heads


def _tallies(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with each vote written as its tally read as two counts, the votes for and the votes against
    (units ``VOTE_UNITS``): "cleared in a 360-58 vote", "voted 5-4", "by a vote of 311 to 112".

    >>> [(q.surface, q.unit) for q in _tallies("It passed in a 360-58 vote.", [])]
    [('360', 'vote for'), ('58', 'vote against')]
    """
    out = list(quantities)
    for m in _find_tallies(text):
        sides = [g for g in ("for", "for2", "for3") if m.group(g)][:1] + [
            g for g in ("against", "against2", "against3") if m.group(g)
        ][:1]
        for group, unit in zip(sides, lex.VOTE_UNITS, strict=True):
            start, end = m.span(group)
            out = [q for q in out if not (q.start < end and start < q.end)]
            out.append(_exact(text, start, end, Decimal(m.group(group)), unit=unit))
    return sorted(out, key=lambda q: q.start)


def _exact(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    *,
    half: Decimal = Decimal("0.5"),
    unit: str | None = None,
    kind: Kind = Kind.CARDINAL,
) -> Quantity:
    """An exact quantity, ``text[start:end]``, to ``half`` either side: a bare whole count by default ("121" is
    [120.5, 121.5))."""
    return Quantity(
        surface=text[start:end],
        start=start,
        end=end,
        value=value,
        low=value - half,
        high=value + half,
        low_inclusive=True,
        high_inclusive=False,
        unit=unit,
        kind=kind,
        bound=Bound.EXACT,
    )


def _change_term(text: str, q: Quantity) -> frozenset[str]:
    """``{"t:lost"}`` or ``{"t:gain"}`` for a change in brackets after a count ("(-251)", "(+64)"), else empty."""
    sign = q.surface[:1]
    inside = text[: q.start].rstrip().endswith("(") and text[q.end :].lstrip().startswith(")")
    return frozenset({"t:" + lex.CHANGE_TERMS[sign]}) if inside and sign in lex.CHANGE_TERMS else frozenset()


_find_partitive = re.compile(r"\s+of\s+(?:whom|which|them|those)\b", re.IGNORECASE).match  # "30 of whom ..."


def _of_whom(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts a part of the count before it: "42 people have died, 30 of whom were in Buncombe County"
    (30 of the 42 who died)."""
    return _find_partitive(text, q.end) is not None


def _partitives(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with a bare count of a part of the count before it read in that count's noun: in "42 people have
    died, 30 of whom were in Buncombe County", 30 counts people (who died: its counted words are the whole's, see
    ``Measured.near``), said of Buncombe County; not people hospitalized or rescued there.

    >>> text = "In Freedonia, 42 people have died, 30 of whom were in Harlow County."
    >>> [(q.surface, q.unit) for q in _partitives(text, extract_quantities(text))]
    [('42 people', 'person'), ('30', 'person')]
    """
    out: list[Quantity] = []
    for q in quantities:
        whole = out[-1] if out else None
        part = q.kind is Kind.CARDINAL and q.unit is None and _of_whom(text, q)
        counted = whole is not None and whole.kind is Kind.CARDINAL and whole.unit not in (None, AGE)
        out.append(q.model_copy(update={"unit": whole.unit}) if part and counted and whole else q)
    return out


_find_counted_after = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+)?([^\W\d_]+)").match


def _counted_nouns(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with a vague count's noun read as its unit where the number reader leaves it out: "hundreds of
    Israelis" counts Israelis (not "90 Palestinian prisoners"), "thousands of the residents" residents."""
    out = []
    for q in quantities:
        found = _find_counted_after(text, q.end) if q.unit is None and q.bound is Bound.RANGE else None
        if found is None or q.kind is not Kind.CARDINAL:
            out.append(q)
            continue
        noun = found.group(1).lower()
        out.append(q.model_copy(update={"unit": noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun}))
    return out


_find_partner = re.compile(
    r"\s+and\s+(?:" + "|".join(sorted(lex.PREMISES_PARTNERS, key=len, reverse=True)) + r")\b", re.IGNORECASE
).match  # " and businesses", right after a count of homes


def _premises(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with a count of homes written with businesses read as premises, what a utility counts as its
    customers: "over 3.2 million homes and businesses affected" is "power outages for 3.3 million customers" said
    another way; "5,300 homes and other buildings destroyed" and "3.2 million homes" stay homes.

    >>> text = "3.2 million homes and businesses lost power; 900 homes burned"
    >>> [q.unit for q in _premises(text, extract_quantities(text))]
    ['premises', 'home']
    """
    return [
        q.model_copy(update={"unit": lex.PREMISES})
        if q.kind is Kind.CARDINAL and q.unit in lex.PREMISES_HOMES and _find_partner(text, q.end)
        else q
        for q in quantities
    ]


def _doubled_bounds(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with an exact number right after "least" read as the lower bound it is: the number reader
    misses "at least" when a writer doubles a word ("At least least 10 people have been confirmed dead")."""
    return [
        q.model_copy(update={"bound": Bound.LOWER, "low": q.value, "high": None, "low_inclusive": True})
        if q.bound is Bound.EXACT and q.value is not None and _find_least(text, 0, q.start)
        else q
        for q in quantities
    ]


def _hyphenated_currency(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with an amount whose currency follows it in a compound read as money: "a more than
    1.8-billion-euro fine" is more than 1.8 billion EUR."""
    out = []
    for q in quantities:
        found = _find_currency_after(text, q.end) if q.kind is Kind.CARDINAL and q.unit is None else None
        if found is None or _scale(q.surface) is None:
            out.append(q)
            continue
        update = {"kind": Kind.MONEY, "unit": qlex.CURRENCY_WORDS[found.group(1).lower()]}
        out.append(q.model_copy(update=update | {"surface": text[q.start : found.end()], "end": found.end()}))
    return out


def _shared_currency(quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities with a currency carried over a list: in "over 60-billion dollars for Ukraine, 23 billion for
    Israel and about eight billion for Taiwan", "23 billion" and "eight billion" are dollars too. A bare count with
    a scale word takes the currency of the amount just before it when that amount has the same scale word."""
    out: list[Quantity] = []
    for q in quantities:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind is Kind.MONEY
            and q.kind is Kind.CARDINAL
            and q.unit is None
            and _scale(q.surface) is not None
            and _scale(q.surface) == _scale(last.surface)
        ):
            out.append(q.model_copy(update={"kind": Kind.MONEY, "unit": last.unit}))
        else:
            out.append(q)
    return out


def _rate_points(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities of ``text`` with changes of a rate in one reading, percentage points to the hundredth: "50
    basis points", "50 bp", "a half-percentage point" and "half a point" are all 0.50 points; "a quarter point" (which
    the number reader leaves out) and "a quarter of a percentage point" (which it reads as the fraction "a quarter")
    0.25."""
    out = [_in_points(text, q) for q in quantities]
    for m in _find_word_points(text):
        inside = [q for q in out if m.start() <= q.start and q.end <= m.end()]
        if not any(q.start < m.end() and m.start() < q.end for q in out if q not in inside):
            out = [q for q in out if q not in inside]
            out.append(_points(text, m.start(), m.end(), _WORD_POINTS[(m.group(1) or m.group(2)).lower()]))
    return sorted(out, key=lambda q: q.start)


def _in_points(text: str, q: Quantity) -> Quantity:
    if q.kind is Kind.CARDINAL and q.value is not None and "basis" in q.surface.lower():
        return _points(text, q.start, q.end, q.value / 100)  # "50 basis points"
    if q.kind is Kind.CARDINAL and q.value is not None and (m := _find_basis_points(text, q.end)):
        return _points(text, q.start, m.end(), q.value / 100)  # "50 bp", "a 50-basis-point cut"
    if (
        q.kind is Kind.PERCENT
        and q.value is not None
        and q.unit == "percent"
        and text[q.end :].startswith(" points")
    ):
        return _points(text, q.start, q.end + 7, q.value)  # "0.25 per cent points"
    return q


def _points(text: str, start: int, end: int, value: Decimal) -> Quantity:
    return _exact(text, start, end, value, half=_HUNDREDTH, unit="percentage point", kind=Kind.PERCENT)


def _written(text: str, found: list[tuple[int, int, str]], tokens: set[str]) -> tuple[tuple[str, str], ...]:
    """Each name token with the words that first wrote it: ``("e:ukrain", "Ukraine")``."""
    first: dict[str, str] = {}
    for s, e, t in found:
        if t.startswith("e:") and t in tokens:
            first.setdefault(t, text[s:e])
    return tuple(sorted(first.items()))


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


def lower_words(text: str) -> frozenset[str]:
    return frozenset(m.group() for m in _find_tokens(text) if m.group().islower())
