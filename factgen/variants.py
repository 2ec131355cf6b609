"""Rule-based rewrites of a claim, each with a transformation id; :mod:`factgen.labels` gives their verdicts.

Quantity rewrites replace one quantity's surface and are re-read by the normaliser (``parse_quantity``): a rewrite
whose reading changes unit or kind, or that the normaliser does not read back at the same span, is dropped. So
the interval the verdict compares is the normaliser's own reading of the new text, not what we meant to write
(checked in context by :func:`reads_back` before a chosen rewrite becomes a record).

==========================  ================================================================  ===============
transformation              example ("$58 billion")                                          typical label
==========================  ================================================================  ===============
``quantity.shift``          "$85 billion" (two digits swapped, else 0.5-2.5 times the value)  REFUTED
``quantity.rendering``      "$58bn", "58 billion dollars"; another figure so: "$85bn"           either
``quantity.bound``          "more than $46 billion", "less than $70 billion", "more than $70"  either
``quantity.approximate``    "about $58 billion"                                               SUPPORTED
``quantity.range``          "between $46 billion and $70 billion"                            either
``quantity.precise``        "$58.3 billion"; "40,000" against "more than 35,000"              NOT_ENOUGH_INFO
``polarity.negate``         "has not provided $58bn" beside "has not provided $64bn"          either
``polarity.unnegate``       "has not changed" -> "has changed"                                REFUTED
``entity.swap``             "John Kirby said" -> "Antony Blinken said"                        REFUTED
``detail.drop``             "said on Friday" -> "said"                                        SUPPORTED
``detail.swap``             "said on Friday" -> "said on Monday"                              REFUTED
``detail.date``             "on Friday" -> "on October 6" (or "October 3"), from the date     either
``detail.year``             "in 2024" (made from "this year") -> "in 2023"                    REFUTED
``attribution.move``        "X, Kirby said." -> "According to John Kirby, x."                 SUPPORTED
``attribution.drop``        "X, Kirby said." -> "X."                                          SUPPORTED
==========================  ================================================================  ===============
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Final, NamedTuple

from factgen import _claims_lexicon as lex
from factgen import _context_lexicon as context_lex
from factgen import _evidence_lexicon as elex
from factgen import _text_lexicon as text_lex
from factgen import _variants_lexicon as vlex
from factgen.claims import Claim
from factgen.errors import QuantityError
from factgen.models import Bound, Interval, Kind, Quantity, Relation
from factgen.quantities import _lexicon as qlex
from factgen.quantities import parse_quantity
from factgen.quantities.roles import is_age
from factgen.segment import find_quotes

__all__ = [
    "Rewrite",
    "change_ends",
    "day_before",
    "joined_change",
    "make_variants",
    "person_names",
    "person_roles",
    "reads_back",
    "transpositions",
    "wrong_day",
]

QUANTITY_KINDS: Final = frozenset({Kind.MONEY, Kind.CARDINAL, Kind.PERCENT})


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A rewritten claim. For quantity rewrites, the claim's and the evidence's readings of the same quantity."""

    text: str
    transformation: str
    family: str  # "quantity", "polarity" or "entity": which verdict rule applies
    claim_quantity: Quantity | None = None
    evidence_quantity: Quantity | None = None
    detail: str = ""  # what changed, for the rationale: "John Kirby -> Antony Blinken"
    dates: tuple[date, date] | None = None  # a day rewritten as a date: the evidence's day, the claim's
    years: tuple[int, int] | None = None  # a resolved year rewritten: the evidence's year, the claim's


# --------------------------------------------------------------------------- quantity rewrites

_find_number = re.compile(
    r"""(?P<num>\d[\d,]*(?:\.\d+)?)                                  # 58, 35,000, 58.3
    (?P<scale>[\s-]?(?:trillion|billion|million|thousand|bn|tn|m|k)\b)?  # a scale word; "-billion" too""",
    re.VERBOSE,
).search
_CURRENCY_TAIL = re.compile(r"(?:[A-Z]{0,3}[$£€¥₹]|[A-Z]{3}\s?)$")
_ABOUT_OFF: Final = Decimal("0.1")  # the least share "about" another figure lies from the evidence's
_ABOUT_NEAR: Final = Decimal("0.05")  # the most share "about" a rounded figure lies from the evidence's
_ABOUT_LEAST_COUNT: Final = 10  # the least whole count that "about" may stand before
_LOWER_SCALES: Final = {"trillion": "billion", "billion": "million", "tn": "bn", "bn": "m"}
_SCALES: Final = {
    "trillion": 12,
    "tn": 12,
    "billion": 9,
    "bn": 9,
    "million": 6,
    "m": 6,
    "thousand": 3,
    "k": 3,
}
_find_all_numbers = re.compile(r"\d[\d,]*(?:\.\d+)?").findall
_find_word_before = re.compile(r"([A-Za-z’'$]+)\W*$").search
# What stands between a part and its whole: "412 of 650 seats", "363 seats out of the declared 527", "33 of the
# nearly 100" (at most one lower-case word, an adjective or a hedge, after the determiner)
_OF_WHOLE: Final = r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[a-z]+\s+)?"
_find_whole_after = re.compile(rf"^{_OF_WHOLE}(?P<n>\d[\d,]*)\b").search
_find_part_before = re.compile(rf"\b(?P<n>\d[\d,]*){_OF_WHOLE}$").search
_find_year = re.compile(r"^(?:1[89]|20)\d\d$").match


@dataclass(frozen=True, slots=True)
class _Template:
    """A quantity surface cut around its number: ``{bound} {currency}{number}{scale}{words}{tail}``."""

    currency: str
    scale: str
    tail: str
    commas: bool
    exponent: int
    words: str = ""  # a currency written as a word after the number: " dollars"

    @classmethod
    def of(cls, q: Quantity) -> _Template | None:
        match = _find_number(q.surface)
        if match is None or len(_find_all_numbers(q.surface)) != 1:
            return None  # ranges and multi-number surfaces are not rewritten
        prefix = q.surface[: match.start()]
        if any(sign in prefix for sign in "+-−–"):
            return None  # a signed change ("(+15)" seats): rewritten without its sign, it says something else
        currency = m.group() if (m := _CURRENCY_TAIL.search(prefix)) else ""
        scale = match["scale"] or ""
        return cls(
            currency=currency,
            scale=scale,
            tail=q.surface[match.end() :],
            # "35,000" groups its digits; "400" cannot say, so a rewrite past 999 takes the news style ("1,000")
            commas="," in match["num"] or len(match["num"].split(".")[0]) < 4,
            exponent=_SCALES.get(scale.strip(" -").lower(), 0),  # "a 95-billion-dollar package"
        )

    def alternates(self, value: Decimal, *, phrase: bool) -> list[_Template]:
        """The same quantity written other ways: "$58bn", "58 billion dollars", "35 thousand", "50 percent";
        a currency word only where the number is a whole noun phrase (not "the 2.8 billion dollars package")."""
        out = []
        if self.currency and (short := vlex.SCALE_ALTERNATES.get(self.scale)):
            out.append(replace(self, scale=short))
        word = vlex.CURRENCY_WORDS.get(self.currency)
        if word and phrase and self.scale.startswith(" ") and not self.tail:
            out.append(replace(self, currency="", words=f" {word}"))
        if (tail := vlex.PERCENT_ALTERNATES.get(self.tail)) is not None:
            out.append(replace(self, tail=tail))
        if not self.currency and not self.scale and self.exponent == 0 and value >= 1000:
            exponent = 6 if value >= 10**6 else 3
            scale = " million" if exponent == 6 else " thousand"
            # "1.2 million" and "745 thousand" are news copy; "1.4 thousand people" is not
            if value % Decimal(10) ** (exponent - 1 if exponent == 6 else exponent) == 0:
                out.append(replace(self, scale=scale, exponent=exponent, commas=False))
        return out

    def number(self, value: Decimal) -> str:
        scaled = (value / Decimal(10) ** self.exponent).normalize()
        if scaled == scaled.to_integral_value():
            n = int(scaled)
            return f"{n:,}" if self.commas or n >= 10_000 else str(n)
        return format(scaled.normalize(), "f")  # never fewer digits than the value has: "10.09", not "10.1"

    def transposed(self, value: Decimal) -> list[Decimal]:
        """``value`` as this template writes it, with two adjacent digits swapped (:func:`transpositions`)."""
        unit = Decimal(10) ** self.exponent
        return [Decimal(t.replace(",", "")) * unit for t in transpositions(self.number(value))]

    def scaled_for(self, value: Decimal) -> _Template:
        """The template ``value`` is written in: a scale word it would fall below is stepped down, as news copy
        writes it ("480 million euros", not "0.48 billion euros"; "800,000", not "0.8 million")."""
        if self.scale == " thousand" and value % 1000:  # "1.6 thousand people" is no news copy: "1,600"
            return replace(self, scale="", exponent=0, commas=True)
        if self.exponent == 0 or value >= Decimal(10) ** self.exponent:
            return self
        word = self.scale.strip(" -")
        if (lower := _LOWER_SCALES.get(word.lower())) is not None:
            scale = self.scale.replace(word, lower.capitalize() if word[:1].isupper() else lower)
            return replace(self, scale=scale, exponent=self.exponent - 3).scaled_for(value)
        return replace(self, scale="", exponent=0, commas=True)

    def render(self, value: Decimal, bound: str = "") -> str:
        lead = f"{bound} " if bound else ""
        t = self.scaled_for(value)
        return f"{lead}{t.currency}{t.number(value)}{t.scale}{t.words}{t.tail}"

    def render_range(self, low: Decimal, high: Decimal) -> str:
        lo, hi = self.scaled_for(low), self.scaled_for(high)
        return f"between {lo.currency}{lo.number(low)}{lo.scale} and {hi.currency}{hi.number(high)}{hi.scale}{hi.words}{hi.tail}"


def _nice(value: Decimal, *, up: bool, digits: int = 2) -> Decimal:
    """``value`` rounded to ``digits`` significant digits, up or down: 46.4e9 -> 46e9 (down)."""
    if value == 0:
        return value
    exponent = value.adjusted() - digits + 1
    step = Decimal(1).scaleb(exponent)
    return (value / step).to_integral_value(ROUND_CEILING if up else ROUND_FLOOR) * step


def transpositions(written: str) -> list[str]:
    """A written number with two distinct adjacent digits swapped, the classic typo, left to right: "95" -> "59",
    "2.4" -> "4.2", "1,400" -> "4,100". Only digits up to the last non-zero one ("745,000" is never "740,500"),
    and never a leading zero ("05") or a trailing zero after the point ("10.5" -> "15.0").

    >>> transpositions("95"), transpositions("5.25"), transpositions("745,000"), transpositions("10.5")
    (['59'], ['2.55', '5.52'], ['475,000', '754,000'], [])
    """
    at = [i for i, c in enumerate(written) if c.isdigit()]
    last = max((i for i in at if written[i] != "0"), default=-1)
    out = []
    for a, b in pairwise(at):
        if b > last or written[a] == written[b]:
            continue
        chars = list(written)
        chars[a], chars[b] = chars[b], chars[a]
        swapped = "".join(chars)
        if not _is_leading_zero(swapped) and not ("." in swapped and swapped.endswith("0")):
            out.append(swapped)
    return out


_is_leading_zero = re.compile(r"0\d").match


def step_of(q: Quantity) -> Decimal:
    """The precision of the number a quantity states, as a reader takes it: a unit in its last non-zero digit (at
    most one in its second digit), never finer than it is written ("2%": 1, not 0.1).

    >>> from factgen.quantities import parse_quantity
    >>> [str(step_of(parse_quantity(s))) for s in ("2%", "$58 billion", "35,000", "more than 2.5 million")]
    ['1.0', '1E+9', '1E+3', '1E+5']
    >>> str(step_of(parse_quantity("more than 1,000,000")))
    '1E+5'

    """
    number = next((n for n in (q.value, q.low, q.high) if n is not None), Decimal(1))
    exponent = number.normalize().as_tuple().exponent
    last = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    second = Decimal(1).scaleb(number.adjusted() - 1)  # "1,000,000": a step of 100,000, not of a million
    written = (
        q.high - q.low if q.bound is Bound.EXACT and q.high is not None and q.low is not None else Decimal(0)
    )
    return max(min(last, second), written)


def designed(claim: Quantity, evidence: Quantity) -> bool:
    """Whether a rewritten quantity's label is beyond doubt: its interval contains the evidence's; or lies clearly
    outside it (at least one step of the evidence's own precision beyond its edge, so no reasonable reading of
    "2%" flips the label); or it is more precise than a *bound* in the evidence (NOT_ENOUGH_INFO by design).

    >>> from factgen.quantities import parse_quantity as q
    >>> designed(q("$85 billion"), q("$58 billion")), designed(q("$59 billion"), q("$58 billion"))
    (True, False)
    >>> designed(q("between 2.4 and 4%"), q("2%")), designed(q("40,000"), q("more than 35,000"))
    (False, True)
    >>> designed(q("$58.3 billion"), q("$58 billion"))  # more precise than an exact figure: rounding, not design
    False
    """
    relation = claim.interval.relation(evidence.interval)
    if relation is Relation.CONTAINS:
        return True
    if relation is Relation.WITHIN:
        return evidence.bound in (Bound.LOWER, Bound.UPPER)
    if relation is Relation.OVERLAPS:
        return False
    step, ev = step_of(evidence), evidence.interval
    widened = Interval(
        None if ev.low is None else ev.low - step,
        None if ev.high is None else ev.high + step,
        ev.low_closed,
        ev.high_closed,
    )
    return claim.interval.isdisjoint(widened)


@dataclass(frozen=True, slots=True)
class _Limits:
    """What the sentence allows a rewritten value to be: a part within its whole, a share within 0-100%, a count
    whole, the order of magnitude of the value it replaces, and the side of a change's other end that its verb
    says ("cut to 5% from 5.25%": below 5.25%)."""

    reference: Decimal
    low: Decimal = Decimal(0)
    high: Decimal | None = None
    integral: bool = False
    below: Decimal | None = None  # strictly

    def allow(self, *values: Decimal) -> bool:
        return all(
            v > self.low
            and (self.high is None or v <= self.high)
            and (self.below is None or v < self.below)
            and (not self.integral or v == v.to_integral_value())
            and self.reference / 3 <= v <= self.reference * 3
            for v in values
        )

    def approximable(self, value: Decimal) -> bool:
        """Whether "about" may stand before the value: not before a count of a few ("about 4 measles cases" is not
        how anyone reports nine), which is exact or wrong."""
        return not (self.integral and abs(value) < _ABOUT_LEAST_COUNT)


_find_change_verbs = re.compile(
    rf"\b(?:(?P<down>{'|'.join(vlex.FALL_VERBS)})|{'|'.join(vlex.RISE_VERBS)})\b"
).finditer
# "from 5.25%", "from a 16-year high of 5.25%": the start of a change, a few words at most before its figure
_is_from = re.compile(r"\s+from\s+(?:[^\s,;]+\s+){0,5}?").fullmatch
_is_to = re.compile(r"\s+to\s+").fullmatch
# ", up from 45%", " on Thursday morning, down from": the other end of a change, within the clause
_is_up_or_down_from = re.compile(
    r"[^.;:]{0,60}?,\s+(?P<side>up|down)\s+from\s+(?:[^\s,;]+\s+){0,5}?"
).fullmatch


_find_change_before = re.compile(rf"\b(?:{'|'.join(vlex.FALL_VERBS + vlex.RISE_VERBS)})\s+$").search


def change_ends(
    text: str, q: Quantity, quantities: Sequence[Quantity]
) -> tuple[Decimal | None, Decimal | None]:
    """The (floor, ceiling) a rewrite of ``q`` must stay strictly between when the sentence states a change of
    the same measure from one value to another: its verb says which end is the larger ("cut to 5% from 5.25%",
    "rose from 90 to 120"). (None, None) without a verb of change or another end.

    >>> from factgen.quantities import extract_quantities
    >>> t = "The Bank of England cut its rate to 5% from 5.25% on Thursday."
    >>> qs = extract_quantities(t)
    >>> change_ends(t, qs[0], qs), change_ends(t, qs[1], qs)
    ((None, Decimal('5.25')), (Decimal('5'), None))
    >>> t = "The Bank of England has cut interest rates to 5% from a 16-year high of 5.25%."
    >>> change_ends(t, extract_quantities(t)[0], extract_quantities(t))
    (None, Decimal('5.25'))
    >>> t = "Containment of the fire jumped to 55% on Thursday morning, up from 45% a day earlier."
    >>> change_ends(t, extract_quantities(t)[0], extract_quantities(t))
    (Decimal('45'), None)
    """
    # "jumped to 55% on Thursday morning, up from 45%": "up" says the side, with a verb of change or none
    later = [o for o in quantities if o.start >= q.end and o.kind is q.kind and o.unit == q.unit]
    if later and later[0].value is not None and (said := _is_up_or_down_from(text[q.end : later[0].start])):
        return (later[0].value, None) if said["side"] == "up" else (None, later[0].value)
    verbs = list(_find_change_verbs(text[: q.start]))
    if not verbs:
        return None, None
    down = verbs[-1]["down"] is not None
    for other in quantities:
        if other is q or other.kind is not q.kind or other.unit != q.unit or other.value is None:
            continue
        after, before = text[q.end : other.start], text[other.end : q.start]
        if other.start >= q.end and _is_from(after):
            q_is_new = True  # "to 5% from 5.25%"
        elif other.start >= q.end and _is_to(after) and text[: q.start].rstrip().endswith("from"):
            q_is_new = False  # "from 5.25% to 5%", q the first
        elif other.end <= q.start and _is_to(before) and text[: other.start].rstrip().endswith("from"):
            q_is_new = True  # "from 5.25% to 5%", q the second
        elif other.end <= q.start and _is_from(before):
            q_is_new = False  # "to 5% from 5.25%", q the second
        else:
            continue
        return (None, other.value) if q_is_new == down else (other.value, None)
    return None, None


def _limits(
    text: str, q: Quantity, template: _Template, reference: Decimal, quantities: Sequence[Quantity] = ()
) -> _Limits:
    high = Decimal(100) if q.kind is Kind.PERCENT and reference <= 100 else None
    floor, below = change_ends(text, q, quantities)
    low = Decimal(0) if floor is None else floor
    if (whole := _find_whole_after(text[q.end :])) is not None:  # "412 of 650 seats": a part within its whole
        cap = Decimal(whole["n"].replace(",", ""))
        high = cap if high is None else min(high, cap)
    if (
        part := _find_part_before(text[: q.start])
    ) is not None:  # "412 of 650 seats": the whole above its part
        low = max(low, Decimal(part["n"].replace(",", "")))
    integral = q.kind is Kind.CARDINAL and template.exponent == 0
    return _Limits(reference, low, high, integral, below)


# "only 99", "only won 99": a limiter right before the number, or before the one verb that takes it
_find_limiter_before = re.compile(rf"\b(?i:{'|'.join(vlex.LIMITERS)})\s+(?:[a-z]+\s+)?$").search
_HEDGES: Final = frozenset({"quantity.bound", "quantity.approximate", "quantity.range"})
# "kept the rate at", "held rates steady at", "remained unchanged at": a value held, at most four words on
_find_held_before = re.compile(
    rf"\b(?i:{'|'.join(vlex.HOLD_WORDS)})\b(?:\s+[^\s,;:.]+){{0,4}}?\s+at\s+$"
).search
# "a target of 370 seats", "the target level of 2%", "a target of 370 seats on its own and more than 400 with its
# allies": a value aimed at, right after its "of" or in the same list
_find_target_before = re.compile(
    rf"\b(?i:{'|'.join(vlex.TARGET_WORDS)})\s+(?:[a-z]+\s+)?of\s+(?:[^.;:,]{{0,60}}?\band\s+)?$"
).search
# "by 0.25 percentage points", "by about 2%": the size of a change
_find_size_before = re.compile(
    r"\bby\s+(?:(?:about|around|nearly|roughly|some|another|a\s+further)\s+)?$"
).search
# "to 5%", "to as much as 5.5%", "from a 16-year high of 5.25%": an end of a change
_find_end_before = re.compile(
    r"""\b(?:to|from)\s+(?:(?:as\s+(?:much|high|low|little)\s+as   # "to as much as 5.5%"
    |an?\s+(?:[^\s,;]+\s+){0,2}?of                                  # "from a 16-year high of 5.25%"
    |about|around|nearly|roughly|some)\s+)?$""",
    re.VERBOSE,
).search
_find_sentence_break = re.compile(r"[.;:]\s").search
_find_moved_to = re.compile(r"(?:up|down)\s+to\b", re.IGNORECASE).match
# a size in words between a verb of change and its end: "lowered its rate by a quarter percentage point to 5%"
_find_size_in_words = re.compile(
    r"\bby\s+(?:a\s+quarter|a\s+half|half\s+a|a\s+third|a\s+tenth|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
).search


def _change_role(text: str, q: Quantity) -> str | None:
    """ "size" for the figure after "by" of a verb of change before it, "end" for one after "to" or "from"."""
    before = text[: q.start]
    if not any(_find_change_verbs(before)):
        return None
    if _find_size_before(before):
        return "size"
    return "end" if _find_end_before(before) else None


def joined_change(text: str, q: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether ``q`` is the size of a change whose end the sentence also states, or an end of one whose size it
    states ("cut by 0.25 percentage points, to 5%"): size and end say where the change started, so one rewritten
    alone contradicts the other ("cut by 0.52 points, to 5%" starts from 5.52%); neither is rewritten.

    >>> from factgen.quantities import extract_quantities
    >>> t = "The Fed raised its key rate by 0.25% to as much as 5.5% on Wednesday."
    >>> [joined_change(t, x, extract_quantities(t)) for x in extract_quantities(t)]
    [True, True]
    >>> t = "The bank lowered its main rate by a quarter percentage point to 5 per cent."
    >>> joined_change(t, extract_quantities(t)[0], extract_quantities(t))
    True
    >>> t = "The bank cut its rate to 5% from 5.25%, a move worth 0.25%."
    >>> [joined_change(t, x, extract_quantities(t)) for x in extract_quantities(t)]
    [False, False, False]
    """
    role = _change_role(text, q)
    if role is None:
        return False
    verb = list(_find_change_verbs(text[: q.start]))[-1]
    if role == "end" and _find_size_in_words(text, verb.end(), q.start):
        return True  # "cut by a quarter point to 5%": a size no quantity reads, stated all the same
    for other in quantities:
        if other is q or other.kind not in QUANTITY_KINDS:
            continue
        first, second = (q, other) if q.start < other.start else (other, q)
        if _find_sentence_break(text, first.end, second.start):
            continue
        if {role, _change_role(text, other)} == {"size", "end"}:
            return True
    return False


_find_range_start = re.compile(r"\d\s+to\s+$").search
_find_conversion = (
    re.compile(
        r"[\s-]*(?:[\w-]+\s+){0,2}\(\s*(?:or\b|(?:about\s+|around\s+|roughly\s+|some\s+)?"
        r"(?:[$£€¥₹]|US\$|C\$|A\$|Rs\.?\s|(?:USD|EUR|GBP|JPY|INR|CNY)\s?\d))"
    ).match
)  # "(£1 billion)", "fine ($1.9 billion)", "-euro fine (USD1.9 billion)": the amount in another currency


def measures_something(text: str, q: Quantity) -> bool:
    """Whether a quantity of a sentence measures something a rewrite may change: not an identifier or a name with
    digits ("COP29", "F-35", "Euro 2024", "Lok Sabha 2024 elections"), a year, or a file size ("1.5 MB").

    >>> from factgen.quantities import extract_quantities
    >>> t = "At COP29 the F-35 maker pledged $58 billion, a 1.5 MB file said."
    >>> [(q.surface, measures_something(t, q)) for q in extract_quantities(t)]
    [('$58 billion', True), ('1.5 MB', False)]
    >>> t = "Meta was fined €1.2 billion (£1 billion) by the regulator."
    >>> measures_something(t, extract_quantities(t)[0])  # its conversion would contradict a rewrite
    False
    """
    if q.kind not in QUANTITY_KINDS or (match := _find_number(q.surface)) is None:
        return False
    at = q.start + match.start()
    before, after = text[:at], text[q.start + match.end("num") :]
    if (
        before[-1:].isalpha()
        or before[-1:] in ("-", "‑", "–")
        or (after[:1].isalpha() and not match["scale"])
        or _find_range_start(before)
    ):
        # glued to letters or a hyphen: a name ("COP29", "F-35", "G7"); or one end of a range the normaliser did
        # not read as one ("to 4-3/4 to 5%"), which cannot change alone
        return False
    bare = q.surface == match["num"] or (q.surface.startswith(match["num"] + " ") and not match["scale"])
    number = match["num"]
    if bare and "," not in number and _find_year(number):
        return False  # a year, as a date or in a name ("2024 elections")
    previous = _find_word_before(before)
    opens = previous is not None and not before[: previous.start()].strip()  # the sentence's first word
    if bare and previous and previous.group(1)[:1].isupper() and before.rstrip()[-1:].isalpha() and not opens:
        return False  # after a capitalised word: "Euro 2024", "Article 5", "Boeing 737"
    following = after.split(maxsplit=1)[0].strip(").,;:") if after.split() and after[:1] == " " else ""
    # Not before a capitalised word (a name: "10 Downing Street", "7 October"), not a file size, and not a figure
    # with its conversion ("€1.2 billion (£1 billion)") or the conversion itself: one side cannot change alone.
    named = bare and following[:1].isupper() and not _counts_people(after)
    if q.bound is not Bound.EXACT and _find_intensifier(text[: q.start]):
        return False  # "well over 300": the adverb belongs to the bound, and "well 150" is no sentence
    converted = bool(_find_conversion(text[q.end :])) or (
        q.kind is Kind.MONEY and text[: q.start].rstrip().endswith("(")
    )
    return not (named or following.lower() in vlex.FILE_UNITS or converted)


_is_demonym_and_noun = re.compile(r"\s+[A-Z][a-z]+(?:ian|ean|ese|ish|i)\s+[a-z]{3,}\b").match


def _counts_people(after: str) -> bool:
    """Whether the capitalised word after a number is a nationality before a common noun ("90 Palestinian
    prisoners", "3 Israeli hostages"): a count, not a name like "10 Downing Street" or a date like "7 October".

    >>> [_counts_people(t) for t in (" Palestinian prisoners were", " Israeli hostages", " Downing Street", " October")]
    [True, True, False, False]
    """
    return bool(_is_demonym_and_noun(after))


def takes_bound(text: str, q: Quantity) -> bool:
    """Whether a bound or approximation ("more than", "about") can be inserted before a quantity as the sentence
    stands: not after a determiner, or a determiner and the words that modify its noun ("the $2.8 billion package",
    "a long-delayed $95 billion package", "its 650 seats"),
    not after a word that already hedges it ("nearing 140"), and not on an adjectival number ("an 80-seat majority").

    >>> from factgen.quantities import extract_quantities
    >>> [takes_bound(t, extract_quantities(t)[0]) for t in ("It gave $58 billion.", "the new $2.8 billion package")]
    [True, False]
    >>> takes_bound("the toll was nearing 140 people", extract_quantities("the toll was nearing 140 people")[0])
    False
    """
    if text[q.end : q.end + 1] in ("-", "‑"):
        return False
    if text[: q.start].endswith(", ") and text[q.end : q.end + 1] == ",":
        return False  # an apposition: "Kiptum, 23, ran", never "Kiptum, fewer than 18, ran"
    words = re.findall(r"[\w’'$]+", text[: q.start].casefold())[-2:]
    if not words:
        return True
    last = words[-1]
    if last in vlex.DETERMINERS or last in vlex.HEDGED_BY or last.endswith(("’s", "'s")):
        return False
    if len(words) == 2 and words[0] in vlex.DETERMINERS and last.isalpha() and last not in vlex.PREPOSITIONS:
        return False
    return not _after_modified_determiner(text[: q.start])


def _after_modified_determiner(before: str) -> bool:
    """Whether ``before`` ends with a determiner and the words that modify its noun ("a long-delayed", "the new
    record"): the number after it is inside the noun phrase. A participle counts only right after the determiner
    ("a delayed", but in "the total reached" it is a verb).

    >>> [_after_modified_determiner(t) for t in ("passed a long-delayed ", "the new historic ", "the total reached ")]
    [True, True, False]
    """
    words = before.split()[-5:]
    for at in range(len(words) - 2, -1, -1):
        if words[at].casefold() in vlex.DETERMINERS:
            run = words[at + 1 :]
            return all(_modifies(word, first=i == 0) for i, word in enumerate(run))
    return False


def _modifies(word: str, *, first: bool) -> bool:
    """Whether a word reads as an adjective before a noun: "long-delayed", "new", "additional", "growing" (first)."""
    if not re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)*", word):
        return False  # punctuation closes the phrase: "the bill, passed"
    lowered = word.casefold()
    return (
        "-" in word
        or lowered in vlex.NOUN_MODIFIERS
        or (len(lowered) > 4 and lowered.endswith(vlex.MODIFIER_ENDINGS))
        or (first and lowered.endswith(vlex.PARTICIPLE_ENDINGS))
    )


def _fix_article(before: str, surface: str) -> str:
    """ "a" or "an" before a rewritten number, as it is read: "an 80-seat", "a 50-seat", "an 11-year"."""
    match = re.search(r"\b([Aa])n?(\s+)$", before)
    if match is None:
        return before
    digits = re.sub(r"^[^\d]*", "", surface)
    group = re.split(r"[,.]", digits, maxsplit=1)[0]
    an = bool(group) and (group[0] == "8" or group in vlex.AN_NUMBERS)
    return before[: match.start()] + match.group(1) + ("n" if an else "") + match.group(2)


_SAME, _OTHER = Relation.CONTAINS, Relation.DISJOINT  # what a candidate must be to be kept (None: any design)


class Candidate(NamedTuple):
    """A new surface for a quantity, before the normaliser reads it back."""

    transformation: str
    surface: str
    wanted: Relation | None  # the relation to the evidence it must have to be kept; None: any design
    detail: str = ""  # which rewrite it is, for the rationale: "the digits of 95 transposed"


def _same_value(template: _Template, limits: _Limits, *, phrase: bool) -> Iterator[Candidate]:
    """The same value written another way, or rounded so that it still holds: always SUPPORTED."""
    v = limits.reference
    for alt in template.alternates(v, phrase=phrase):
        yield Candidate("quantity.rendering", alt.render(v), _SAME)
    digits = max(1, len(v.normalize().as_tuple().digits) - 1)
    rounded = v.quantize(Decimal(1).scaleb(v.adjusted() - digits + 1), ROUND_HALF_UP)
    close = abs(rounded - v) <= abs(v) * Decimal(vlex.MAX_ROUNDING_SHARE)  # 58 -> 60, never 140 -> 100
    if limits.allow(rounded) and rounded != v and close:
        yield Candidate("quantity.round", template.render(rounded), _SAME)
        # "about $60 billion" for "$58 billion": an approximation that holds, with another number; not "about 10%"
        # for 11%, which a careful reader would not call about the same
        if phrase and abs(rounded - v) <= abs(v) * _ABOUT_NEAR:
            yield Candidate("quantity.approximate", template.render(rounded, "about"), _SAME)
        elif phrase and limits.approximable(v):
            yield Candidate("quantity.approximate", template.render(v, "about"), None)
    elif phrase and limits.approximable(v):  # no other number to approximate by: "about $58 billion"
        yield Candidate("quantity.approximate", template.render(v, "about"), None)


def _shifts(template: _Template, limits: _Limits, *, phrase: bool) -> Iterator[Candidate]:
    """Other values of the same magnitude, in every style: in another style than the claim's, a rendering that is
    REFUTED, the twin of the rendering that is SUPPORTED ("$85bn" beside "$58bn"). A transposition of two digits
    ("$85 billion", "4.2%" for "2.4%", "59" for "95"), a realistic typo whose words are the evidence's own, is the
    shift wherever one fits the sentence; else 0.5, 0.7, 1.6 and 2.5 times the value."""
    v = limits.reference
    written = template.number(v)
    values = {s: f"the digits of {written} transposed" for s in template.transposed(v) if limits.allow(s)}
    if not values:
        for factor in ("0.5", "0.7", "1.6", "2.5"):
            shifted = _nice(v * Decimal(factor), up=Decimal(factor) > 1)
            if limits.integral:  # a count stays whole: 3 seats -> 1, 2, 5
                shifted = shifted.to_integral_value(ROUND_CEILING if shifted > v else ROUND_FLOOR)
            if shifted != v and limits.allow(shifted):
                values.setdefault(shifted, f"{factor} times {written}")
    styles = [template, *template.alternates(v, phrase=phrase)]
    digits = len(v.normalize().as_tuple().digits)
    for value, detail in values.items():
        for (
            style
        ) in styles:  # another figure written another way is a rendering too: "$85bn" for "$58 billion"
            kind = "quantity.shift" if style is template else "quantity.rendering"
            yield Candidate(kind, style.render(value), None, detail)
        if phrase:
            # "about" a figure no more precise than the evidence's ("about 0.6%" for 0.4%, not "about 0.64%"), and
            # never finer than two digits: "about 450 members", not "about 453"
            rough = value.quantize(Decimal(1).scaleb(value.adjusted() - min(digits, 2) + 1), ROUND_HALF_UP)
            # rounded, it may leave the sentence's limits ("about 200 of 160 seats") or come so near the figure
            # that a reader takes "about" to cover it ("about 530 members" for 543): a tenth off at least
            if limits.allow(rough) and limits.approximable(rough) and abs(rough - v) >= abs(v) * _ABOUT_OFF:
                yield Candidate("quantity.approximate", template.render(rough, "about"), _OTHER)


def _bounds(template: _Template, q: Quantity, limits: _Limits) -> Iterator[Candidate]:
    """Bounds and ranges below, around and above the value; a value a bound in the evidence allows."""
    v = limits.reference
    fewer = "fewer than" if q.kind is Kind.CARDINAL else "less than"
    below, above = _nice(v * Decimal("0.8"), up=False), _nice(v * Decimal("1.2"), up=True)
    for value, words in ((below, "more than"), (above, "more than"), (above, fewer), (below, fewer),
                         (below, "at least"), (above, "at least")):  # fmt: skip
        if limits.allow(value):
            yield Candidate("quantity.bound", template.render(value, words), None)
    for low, high in ((below, above), (_nice(v * Decimal("1.3"), up=True), _nice(v * Decimal("1.6"), up=True)),
                      (_nice(v * Decimal("0.4"), up=False), _nice(v * Decimal("0.7"), up=False))):  # fmt: skip
        if low < high and limits.allow(low, high) and high - low <= v:  # never wider than the value itself
            yield Candidate("quantity.range", template.render_range(low, high), None)
    if q.bound is Bound.LOWER and q.low is not None:  # a specific value the bound allows: NOT_ENOUGH_INFO
        yield Candidate("quantity.precise", template.render(_nice(q.low * Decimal("1.15"), up=True)), None)
    if q.bound is Bound.UPPER and q.high is not None:
        yield Candidate("quantity.precise", template.render(_nice(q.high * Decimal("0.85"), up=False)), None)


_find_thresholds = re.compile(
    elex.THRESHOLD_PATTERN, re.IGNORECASE
).finditer  # as the evidence linker reads them
_find_clause_break = re.compile(r"[;:()—–]|,(?!\d)|\s-+\s").search


def _states_threshold(text: str, q: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether ``q`` states a threshold or requirement: it is the figure nearest a phrase of ``THRESHOLD_WORDS`` in
    its clause ("needs to win at least 272 seats to come to power"). A requirement is no count: "needs to win
    between 360 and 440 seats" is false, not unverifiable, and "at least 272" is no interval. In "won 410 seats,
    exceeding the majority mark of 326" the mark is 326's, and 410 stays a result.

    >>> from factgen.quantities import extract_quantities
    >>> t = "Labour won 410 seats, exceeding the majority mark of 326."
    >>> [_states_threshold(t, x, extract_quantities(t)) for x in extract_quantities(t)]
    [False, True]
    """
    measured = [o for o in quantities if measures_something(text, o)]
    for m in _find_thresholds(text):
        gaps = [
            (max(o.start - m.end(), m.start() - o.end, 0), o.start)
            for o in measured
            if not _find_clause_break(text, min(o.end, m.end()), max(o.start, m.start()))
        ]
        if gaps and min(gaps)[1] == q.start:
            return True
    return False


_LIST_HEDGES: Final = frozenset({"quantity.bound", "quantity.range"})
_is_list_separator = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+").fullmatch


def _listed(text: str, q: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether ``q`` is a member of a list of figures ("21 and 12 seats", "60%, 55% and 40%"): a bound or a range
    on one member reads as if it covered the list ("at least 21 and 12 seats"), so none is made; an approximation
    ("about 21 and 12 seats") and another number stay.

    >>> from factgen.quantities import extract_quantities
    >>> t = "Labour and the Conservatives won 21 and 12 seats, respectively."
    >>> _listed(t, extract_quantities(t)[0], extract_quantities(t))
    True
    >>> t = "The party won 21 seats and a 12% share."
    >>> _listed(t, extract_quantities(t)[0], extract_quantities(t))
    False
    """
    return any(
        other is not q
        and measures_something(text, other)
        and bool(
            _is_list_separator(
                text[q.end : other.start] if other.start >= q.end else text[other.end : q.start]
            )
        )
        for other in quantities
    )


@dataclass(frozen=True, slots=True)
class _Target:
    """The quantity of a claim that its rewrites change: the first that measures something and may change alone."""

    q: Quantity
    template: _Template
    limits: _Limits
    phrase: bool  # the number is a whole noun phrase: a bound or a word can go before it


def _target(claim: Claim) -> _Target | None:
    text = claim.claim
    quotes = find_quotes(text)
    for q in claim.quantities:
        if not measures_something(text, q) or (template := _Template.of(q)) is None:
            continue
        if any(a <= q.start < b for a, b in quotes):
            continue  # 'Tedros said: "... about 90 cases ..."' rewritten is a misquote, true or false alike
        if _states_threshold(text, q, claim.quantities):
            continue  # "needs to win at least 272 seats": a requirement, not a count that another could refute
        if q.bound is not Bound.EXACT and _find_change_before(text[: q.start]):
            continue  # "rose above 95": without its bound, "rose 59" says by how much, another measure
        if _find_moved_to(q.surface) and (
            any(_find_change_verbs(text[: q.start])) or "revis" in text[: q.start]
        ):
            continue  # "revised their figure up to 745,000": where the figure went, not a bound on it
        if joined_change(text, q, claim.quantities):
            continue  # "cut by 0.25 points, to 5%": "by 0.52 points, to 5%" moves the unstated start too
        reference = q.value if q.value is not None else (q.low if q.low is not None else q.high)
        if reference is None or reference <= 0:
            continue
        limits = _limits(text, q, template, reference, claim.quantities)
        return _Target(q, template, limits, takes_bound(text, q))
    return None


def wrong_age(age: Decimal, key: str) -> Decimal:
    """An age clearly not ``age`` yet one the person could be: two to five years off, older or younger as drawn from
    ``key`` (the claim), younger only when that stays over 1. A share of the age (30 -> 15) or its digits transposed
    (31 -> 13) would be refuted by common sense, not by the evidence.

    >>> [wrong_age(Decimal(30), k) for k in ("a", "b", "c", "d")], wrong_age(Decimal(2), "a")
    ([Decimal('26'), Decimal('35'), Decimal('35'), Decimal('34')], Decimal('6'))
    """
    drawn = hashlib.blake2b(key.encode("utf-8"), digest_size=1).digest()[0]
    offset = 2 + drawn % 4
    return age - offset if drawn & 0x10 and age - offset > 1 else age + offset


def _quantity_rewrites(claim: Claim, target: _Target | None) -> Iterator[Rewrite]:
    """Rewrites of the claim's one target quantity (:func:`_target`): the same value written otherwise, other
    values, bounds and ranges, as far as the sentence allows them."""
    if target is None:
        return
    text, q, template, limits = claim.claim, target.q, target.template, target.limits
    if is_age(text, q) and q.value is not None:  # "Sifan Hassan, 30,": never 15 nor 03, nor "at least 24"
        age = wrong_age(q.value, text)
        yield from _rewritten(
            text, q, [Candidate("quantity.shift", str(age), None, f"{abs(age - q.value)} years off")]
        )
        return
    candidates = [
        *_same_value(template, limits, phrase=target.phrase),
        *_shifts(template, limits, phrase=target.phrase),
    ]
    if target.phrase:
        candidates += _bounds(template, q, limits)
    before = text[: q.start]
    if _find_limiter_before(before) or _find_held_before(before) or _find_target_before(before):
        # "only won 99 seats": a shift stays, "only won at least 79" not; a value held ("kept the rate at 5.25%")
        # or aimed at ("a target of 370 seats") is one figure, never "kept the rate at less than 4.2 percent"
        candidates = [c for c in candidates if c.transformation not in _HEDGES]
    if _listed(text, q, claim.quantities):  # "won 21 and 12 seats": "won between 21 and 26 and 12" confuses
        candidates = [c for c in candidates if c.transformation not in _LIST_HEDGES]
    yield from _rewritten(text, q, candidates)


def _rewritten(text: str, q: Quantity, candidates: Iterable[Candidate]) -> Iterator[Rewrite]:
    """``text`` with ``q`` replaced by each candidate whose reading keeps the unit and kind and has a label
    beyond doubt; never one that repeats the word before it ("at at least 4.2 percent")."""
    last = _find_last_word(text[: q.start])
    for c in candidates:
        surface = c.surface[:1].upper() + c.surface[1:] if q.start == 0 else c.surface
        if last is not None and surface.split(maxsplit=1)[0].casefold() == last.group().casefold():
            continue
        before = _fix_article(text[: q.start], surface)
        reading = _read(surface, len(before))
        if (
            reading is not None
            and reading.unit == q.unit
            and reading.kind is q.kind
            and designed(reading, q)
            and (c.wanted is None or reading.interval.relation(q.interval) is c.wanted)
        ):
            yield Rewrite(
                before + surface + text[q.end :], c.transformation, "quantity", reading, q, c.detail
            )


_find_last_word = re.compile(r"[\w’']+(?=\W*$)").search


def _read(surface: str, start: int) -> Quantity | None:
    """The normaliser's reading of a new surface, placed at ``start`` of the claim; None if it is no quantity."""
    try:
        alone = parse_quantity(surface)
    except QuantityError:
        return None
    return alone.model_copy(update={"start": start, "end": start + len(surface)})


def reads_back(rewrite: Rewrite, quantities: Sequence[Quantity]) -> bool:
    """Whether the normaliser, reading the whole rewritten claim, finds the quantity the verdict was computed on.

    A rewrite whose new surface merges with its neighbours in context ("more than $46 billion dollars") is not
    trusted: its label would be about a reading the claim does not have.
    """
    return rewrite.claim_quantity is None or rewrite.claim_quantity in quantities


# --------------------------------------------------------------------------- polarity rewrites

_AUX = "|".join(lex.AUXILIARIES)
_find_aux = re.compile(rf"\b(?:{_AUX})\b(?!\s+(?:not|never|n’t|n't)\b)").finditer
_find_negation = re.compile(
    rf"\b(?:{'|'.join(lex.NEGATIONS)})\b|n[’']t\b|\b(?:{'|'.join(lex.NEGATED_AUXILIARIES)})", re.IGNORECASE
).finditer
_find_negated_aux = re.compile(rf"\b(?P<aux>{_AUX})\s+not\s+").finditer
_find_subordinate = re.compile(rf"\b(?i:{'|'.join(lex.SUBORDINATORS)})\b").search
_PAST_TO_BASE: Final = {**lex.PAST_TO_BASE, **vlex.PAST_TO_BASE}  # the claims' verbs and the verbs of figures
_find_past = re.compile(rf"\b(?:{'|'.join(_PAST_TO_BASE)})\b").finditer


_DO_OF_HAVE: Final = {"have": "do", "has": "does", "had": "did"}
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds)"
_find_have_object = re.compile(
    r"\s+(?:[$£€\d]|(?:a|an|the|no|some|its|their|his|her|our|about|around|nearly|more|fewer|less|at|"
    + _NUMBER_WORD
    + r")\b)",
    re.IGNORECASE,
).match  # what follows "have" as a main verb: a figure ("five seats") or a noun phrase, not a participle


_find_adverb_after_aux = re.compile(r"\s+(now|already|also|still|just|even|yet)\b", re.IGNORECASE).match


def _negated(text: str) -> tuple[str, int] | None:
    """The one clause of ``text`` negated, and where the negation went; None where that is ambiguous."""
    auxiliaries = list(_find_aux(text))
    if len(auxiliaries) == 1:
        aux = auxiliaries[0]
        if (do := _DO_OF_HAVE.get(aux.group().casefold())) and _find_have_object(text, aux.end()):
            # "have" as the main verb: "Reform UK have 14.5%" -> "do not have 14.5%", never "have not 14.5%"
            return text[: aux.start()] + f"{do} not have" + text[aux.end() :], aux.start()
        if (adverb := _find_adverb_after_aux(text, aux.end())) is not None:
            if adverb.group(1).casefold() != "now":
                return None  # "has not already passed", "is not still open": no plain denial
            # "has now affected 124 people" -> "has not affected 124 people", never "has not now affected"
            return text[: aux.end()] + " not" + text[adverb.end() :], aux.end()
        return text[: aux.end()] + " not" + text[aux.end() :], aux.end()
    if not auxiliaries and len(pasts := list(_find_past(text))) == 1:
        verb = pasts[0]
        negated = f"did not {_PAST_TO_BASE[verb.group()]}"
        return text[: verb.start()] + negated + text[verb.end() :], verb.start()
    return None


# ", becoming the first country ...", ", translating to five seats": a participle that follows from the main clause
_find_participle_clause = re.compile(r",\s+(?:[a-z]+ly\s+)?(?!according\b)[a-z]{3,}ing\b").search


def _single_clause(text: str) -> bool:
    """One clause a negation can take alone: no quotation, no second clause, and no participle that follows from it
    ("Sweden did not report its first case, becoming the first country ..." denies what it goes on to build on)."""
    return not (
        any(mark in text for mark in '“”"')
        or ";" in text
        or _find_subordinate(text)
        or _find_participle_clause(text)
    )


def _polarity_rewrites(claim: Claim) -> Iterator[Rewrite]:
    """Negate, or un-negate, the one clause a claim has; nothing where that is ambiguous (quotes, two verbs)."""
    text = claim.claim
    if not _single_clause(text):
        return  # quoted speech, several clauses: which verb is the main one is not certain
    if any(q.bound in (Bound.LOWER, Bound.UPPER, Bound.APPROXIMATE) for q in claim.quantities):
        return  # "more than 35,000 civilians have not been killed": the negation's scope is ambiguous
    negations = list(_find_negation(text))
    if not negations:
        negated = _negated(text)
        if negated is not None and not any(_is_figure(q) for q in claim.quantities if q.start >= negated[1]):
            yield Rewrite(negated[0], "polarity.negate", "polarity")  # a figure it would deny: see _denials
    elif len(negations) == 1 and len(found := list(_find_negated_aux(text))) == 1:
        match = found[0]
        unnegated = text[: match.start()] + match["aux"] + " " + text[match.end() :]
        yield Rewrite(unnegated, "polarity.unnegate", "polarity")


def _is_figure(q: Quantity) -> bool:
    """Whether a negation before ``q`` would deny a figure ("five seats", "€1.2 billion (£1 billion)"), which a
    denial makes only with its SUPPORTED twin (:func:`_denials`); a year is no figure."""
    return q.kind in QUANTITY_KINDS and not _find_year(q.surface.strip())


_find_intensifier = re.compile(r"\b(?:well|far|just|slightly|much|way)\s*$", re.IGNORECASE).search
_find_than = re.compile(r"\bthan\b").search


# another figure listed after the denied one in its clause: "150 seats and a 22.8% share", "72 seats, Reform UK 13"
_find_listed_figure = re.compile(
    r"[^.;:]*?(?:,|\band\b|\bor\b)[^.;:]*?(?:\d|\b" + _NUMBER_WORD + r"\b)", re.IGNORECASE
).match


def _denials(claim: Claim, target: _Target | None, quantity_rewrites: Sequence[Rewrite]) -> Iterator[Rewrite]:
    """The claim's figure denied, as contrastive twins, so that "not" is no label by itself: the evidence's own
    value denied, as written or in another rendering ("has not provided $58bn"), is REFUTED; a value clearly
    above the evidence's denied ("has not provided $70 billion" against "$58 billion") is SUPPORTED whichever way
    the figure is read (exactly or as "at least"). The REFUTED denial is made only beside a SUPPORTED one, and the
    value denied stays what the sentence allows (a part within its whole, a share within 0-100%). Only an exact
    value, negated before it, in one clause without a negation of its own, and not over a list of figures."""
    text = claim.claim
    if (
        target is None
        or target.q.bound is not Bound.EXACT
        or not _single_clause(text)
        or any(_find_negation(text))
    ):
        return
    q = target.q
    if _find_listed_figure(text[q.end :]):
        return  # "do not have 150 seats and a 22.8% share": not over a list, where it may deny either
    own = [Rewrite(text, "quantity.same", "quantity", q, q)] + [
        r
        for r in quantity_rewrites
        if r.transformation == "quantity.rendering"
        and r.claim_quantity is not None
        and r.claim_quantity.interval.relation(q.interval) is Relation.CONTAINS
    ]
    supported = [d for r in _denied_above(text, target) if (d := _denied(r)) is not None]
    if supported:
        yield from (d for r in own if (d := _denied(r)) is not None)
        yield from supported


DENIAL_FACTORS: Final = (
    "1.1",
    "1.2",
    "1.3",
    "1.5",
)  # a value denied is this much above the evidence's, rounded up


def _denied_above(text: str, target: _Target) -> list[Rewrite]:
    """The smallest round value above the target's (by :data:`DENIAL_FACTORS`, to one or two significant digits)
    that lies clearly outside its interval and that the sentence allows, in every style: "460 seats" for 412,
    "7%" for 5%."""
    v, template = target.limits.reference, target.template
    values = sorted({_nice(v * Decimal(f), up=True, digits=d) for f in DENIAL_FACTORS for d in (1, 2)})
    styles = [template, *template.alternates(v, phrase=target.phrase)]
    for value in (v2 for v2 in values if v2 > v and target.limits.allow(v2)):
        candidates = [Candidate("quantity.shift", style.render(value), _OTHER) for style in styles]
        if found := list(_rewritten(text, target.q, candidates)):
            return found
    return []


def _denied(rewrite: Rewrite) -> Rewrite | None:
    """A quantity rewrite with its clause negated before the figure; None where the negation would deny something
    else ("was not higher than thought, hitting 1.2 million") or cannot be placed."""
    q, evidence = rewrite.claim_quantity, rewrite.evidence_quantity
    if q is None or evidence is None or (negated := _negated(rewrite.text)) is None or negated[1] > q.start:
        return None
    moved = len(negated[0]) - len(rewrite.text)
    shifted = q.model_copy(update={"start": q.start + moved, "end": q.end + moved})
    between = negated[0][negated[1] : shifted.start]
    if "," in between or "(" in between or _find_than(between):
        return None
    return Rewrite(negated[0], "polarity.negate", "polarity", shifted, evidence)


# --------------------------------------------------------------------------- entity rewrites

_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"  # "Joe Biden", "Karine Jean-Pierre"
_find_titled_person = re.compile(
    r"""(?:President|Minister|Secretary(?:\s+of\s+[A-Z]\w+)?|spokesman|spokesperson|spokeswoman|adviser|Gen\.|Sen\.)
    \s+"""
    + _NAME,
    re.VERBOSE,
).finditer


def person_names(texts: Iterable[str]) -> list[str]:
    """Full names that follow a person's title ("President Joe Biden"), sorted: the entity-swap inventory.

    >>> person_names(["Secretary of State Antony Blinken said", "British Prime Minister Keir Starmer met"])
    ['Antony Blinken', 'Keir Starmer']
    """
    found = {
        m["name"].removesuffix("’s").removesuffix("'s") for text in texts for m in _find_titled_person(text)
    }
    return sorted(found)


_TITLES = "|".join(re.escape(t) for t in sorted(vlex.PERSON_TITLES, key=len, reverse=True))
_ROLE = rf"""(?<![\w’'.-])(?P<role>
    (?:(?!(?:{"|".join(vlex.NOT_TITLE_WORDS)})\b)[A-Z](?:[\w-]|\.(?=\w)|(?<=[A-Z])\.)*[\ \t]+){{0,3}}
    # up to three words of one line: "Economy", "U.S.", "National Security Council" (not "Former", not "Russia.")
    (?:{_TITLES})(?:\s+of\s+[A-Z]\w+)?)     # "Minister", "Governor", "Secretary of State"
    \s+"""
_find_role_before = re.compile(_ROLE + "$", re.VERBOSE).search
_find_role_and_name = re.compile(_ROLE + _NAME, re.VERBOSE).finditer


def _roles_in(text: str, name: str) -> set[str]:
    """The titles ``text`` puts right before ``name``: {"Economy Minister"} in "... against Economy Minister
    Sergio Massa"; empty where the name stands alone."""
    found = set()
    for at in (m.start() for m in re.finditer(re.escape(name), text)):
        if (role := _whole_role_before(text, at)) is not None:
            found.add(role["role"])
    return found


def _whole_role_before(text: str, at: int) -> re.Match[str] | None:
    """The title right before ``text[at:]``, unless it is only the end of a longer one ("Security Council
    spokesman" of "National Security Council spokesman"); a possessive before it is no part of it
    ("Argentina’s Economy Minister")."""
    role = _find_role_before(text[:at])
    if role is None:
        return None
    before = text[: role.start("role")].split()
    last = before[-1] if before else ""  # "Argentina’s" owns the title, "Russia," ends a clause
    longer = last[:1].isupper() and last[-1:].isalnum() and not last.endswith(("’s", "'s"))
    return None if longer else role


def person_roles(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each person the texts name after a title (the entity-swap inventory, :func:`person_names`, and "Governor
    Ron DeSantis"), with every title the texts gave them.

    >>> person_roles(["Economy Minister Sergio Massa conceded.", "President Joe Biden and Sergio Massa met."])
    {'Joe Biden': frozenset({'President'}), 'Sergio Massa': frozenset({'Economy Minister'})}
    """
    texts = list(texts)
    titled = {m["name"].removesuffix("’s").removesuffix("'s") for t in texts for m in _find_role_and_name(t)}
    names = sorted(titled.union(person_names(texts)))
    return {name: frozenset(r for text in texts for r in _roles_in(text, name)) for name in names}


MAX_SWAPS: Final = 8  # swap candidates per claim: the people after the named one in the sorted inventory


def _entity_rewrites(
    claim: Claim, people: Sequence[str], roles: Mapping[str, frozenset[str]]
) -> Iterator[Rewrite]:
    """The one named person swapped for others of the inventory. A person the claim gives a title ("Economy
    Minister Sergio Massa") is swapped for those the story gave the same title, or, when there are none, title and
    name together for those the story gave a title of the same kind ("Finance Minister Luis Caputo": a minister for
    a minister, a president for a president); never for a name under a title that is not theirs ("Economy Minister
    Donald Trump" reads absurd, not false). A person named without a title whom the story gave one is swapped only
    for those the story gave a title of the same kind ("Donald Trump has conceded defeat" for Sergio Massa, the
    story's Economy Minister, reads absurd too); a person the story gives no title, for anyone."""
    present = [i for i, name in enumerate(people) if name in claim.claim]
    if not present:
        return
    name = people[present[0]]
    titled = _roles_in(claim.claim, name)
    if not titled and _find_role_before(claim.claim[: claim.claim.index(name)]) is not None:
        return  # a title read only in part ("National Security Council spokesman"): whose it is stays unclear
    walk = [people[(present[0] + step) % len(people)] for step in range(1, len(people))]  # cyclically on
    walk = [o for o in walk if o not in claim.claim and o.split()[-1] not in claim.claim]
    alike = [
        o for o in walk if titled <= roles.get(o, frozenset())
    ]  # everyone, when the claim gives no title
    if not titled and roles.get(name):
        # "Sergio Massa has conceded": the story's Economy Minister, swapped for a minister, never for its president
        story_heads = {_role_head(t) for t in roles[name]}
        alike = [o for o in alike if story_heads & {_role_head(t) for t in roles.get(o, ())}]
    heads = {_role_head(t) for t in titled}
    # "Ukrainian President": never for the Russian one, nor for a president of no country named; a title of no
    # country ("Secretary of State") may go to one of any ("U.S. Secretary of Defense")
    nations = {_nation(t) for t in titled} - {None}
    kin = {
        o: sorted(
            t for t in roles.get(o, ()) if _role_head(t) in heads and (not nations or _nation(t) in nations)
        )
        for o in walk
    }
    for other in (alike or [o for o in walk if kin[o]])[:MAX_SWAPS]:
        text = (
            claim.claim.replace(name, other)
            if other in alike
            else _with_own_title(claim.claim, name, other, kin[other][0])  # title and name together
        )
        if text is not None:
            yield Rewrite(text, "entity.swap", "entity", detail=f"{name} -> {other}")


def _nation(title: str) -> str | None:
    """The country a title names ("Ukrainian President": "ukraine", "U.S. Secretary of Defense": "united states"),
    or ``None`` ("Secretary of State", "Economy Minister")."""
    for word in title.split():
        if (nation := vlex.DEMONYMS.get(word)) is not None:
            return nation
        key = word.lower()
        if key in context_lex.COUNTRY_ALIASES or key.rstrip(".") in context_lex.COUNTRIES:
            return context_lex.COUNTRY_ALIASES.get(key, key.rstrip("."))
    return None


def _role_head(title: str) -> str:
    """The kind of a title: its head word ("minister" of "Economy Minister", "secretary" of "Secretary of State");
    spokesman, spokeswoman and spokesperson are one kind."""
    head = title.split(" of ", 1)[0].rsplit(maxsplit=1)[-1].lower()
    return "spokesperson" if head.startswith("spokes") else head


def _with_own_title(text: str, name: str, other: str, title: str) -> str | None:
    """``text`` with the titled ``name`` ("Economy Minister Sergio Massa") replaced by ``other`` under the title
    the story gave them ("Finance Minister Luis Caputo"); later mentions of ``name`` become ``other``. ``None``
    when the title read is only the end of a longer one ("National Security Council spokesman")."""
    at = text.index(name)
    role = _whole_role_before(text, at)
    if role is None:
        return None
    return text[: role.start("role")] + f"{title} {other}" + text[at + len(name) :].replace(name, other)


# --------------------------------------------------------------------------- details and attribution

# Days a claim may date itself by ("on Sunday", "said Friday"), Monday first (``date.weekday()``): dropped, a looser
# true claim; moved three days on, a false one.
_WEEKDAYS: Final = tuple(d.capitalize() for d in text_lex.WEEKDAYS)
_DAYS = "|".join(_WEEKDAYS)
_find_day = re.compile(rf"(?:\s+on|(?<=said))\s+(?P<day>{_DAYS})\b(?![’'-])").finditer
_find_trailing_attribution = re.compile(
    r"""^(?P<clause>[^“”"]+?),\s+              # "The policy has not changed, ...
    (?P<who>[^,“”"]{2,80}?)\s+(?:(?:has|have|had)\s+)?(?:said|says|added)  # ... spokesman John Kirby said ...
    (?:\s+on)?(?:\s+(?:{days}))?\.$            # ... Friday."
    """.replace("{days}", _DAYS),
    re.VERBOSE,
).match


def _detail_rewrites(claim: Claim) -> Iterator[Rewrite]:
    """The one day a claim names: left out (a looser true claim) or moved three days on (a false one). Used only
    where the article's date is unknown; with a date, :func:`_date_rewrites` makes twins that teach more."""
    days = list(_find_day(claim.claim))
    if len(days) != 1:
        return
    match, text = days[0], claim.claim
    day = match["day"]
    other = _WEEKDAYS[(_WEEKDAYS.index(day) + 3) % 7]
    yield Rewrite(text[: match.start()] + text[match.end() :], "detail.drop", "detail", detail=f"on {day}")
    swapped = text[: match.start("day")] + other + text[match.end("day") :]
    yield Rewrite(swapped, "detail.swap", "detail", detail=f"{other}, not {day}")


_find_future = re.compile(rf"\b(?i:{'|'.join(vlex.FUTURE_MARKERS)})\b|[’']ll\b").search
_find_weekdays = re.compile(rf"\b(?:{_DAYS})\b").findall
_find_part_of_day = re.compile(r"\s+(?:morning|afternoon|evening|night|noon)\b").match
_find_month = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in text_lex.MONTHS)})\b").search


def day_before(published: date, weekday: str) -> date:
    """The last ``weekday`` on or before ``published``: the day a news report in the past tense means by it.

    >>> day_before(date(2023, 10, 9), "Sunday"), day_before(date(2023, 10, 8), "Sunday")
    (datetime.date(2023, 10, 8), datetime.date(2023, 10, 8))
    >>> day_before(date(2023, 10, 8), "Monday")
    datetime.date(2023, 10, 2)
    """
    return published - timedelta(days=(published.weekday() - _WEEKDAYS.index(weekday)) % 7)


_find_written_date = re.compile(
    rf"\b(?P<day>\d{{1,2}}) (?P<month>{'|'.join(m.capitalize() for m in text_lex.MONTH_NAMES)}) (?P<year>\d{{4}})\b"
).finditer  # "8 October 2023", as ``context.day`` writes a relative day of the source


def wrong_day(meant: date, key: str, *, latest: date | None = None) -> date:
    """A day clearly not ``meant``: two to six days before it in the same month, or after it early in the month
    (so a month name is no cue), but never after ``latest`` (the report's date: a report cannot tell of a later
    day), then before it across the month; the distance is drawn from ``key`` (the claim), so that the claims of one
    story, which all date the same event, do not share one wrong date that a model could learn as false."""
    offset = timedelta(days=2 + hashlib.blake2b(key.encode("utf-8"), digest_size=1).digest()[0] % 5)
    if meant.day > offset.days or (latest is not None and meant + offset > latest):
        return meant - offset
    return meant + offset


def _dated_day_rewrites(claim: Claim, published: date) -> Iterator[Rewrite]:
    """The one day the claim dated from the article's date (``context.day``: "on Sunday" -> "on 8 October 2023")
    written two to six days off (``wrong_day``): REFUTED, the twin of the claim as written (SUPPORTED), so a date is
    no label."""
    new = [m for m in _find_written_date(claim.claim) if m.group() not in claim.text]
    if len(new) != 1:
        return
    match = new[0]
    month = [m.capitalize() for m in text_lex.MONTH_NAMES].index(match["month"]) + 1
    meant = date(int(match["year"]), month, int(match["day"]))
    wrong = wrong_day(meant, claim.claim, latest=published)
    written = f"{wrong.day} {text_lex.MONTH_NAMES[wrong.month - 1].capitalize()} {wrong.year}"
    rewritten = claim.claim[: match.start()] + written + claim.claim[match.end() :]
    why = f"day, in a report of {published.isoformat()}, is {meant:%B} {meant.day}"
    yield Rewrite(rewritten, "detail.date", "detail", detail=why, dates=(meant, wrong))


def _date_rewrites(claim: Claim, published: date) -> Iterator[Rewrite]:
    """The one day a claim in the past tense names, written as its calendar date from the article's date ("on
    Sunday" in a report of 9 October 2023 -> "on October 8": SUPPORTED) and as a date two to six days off
    (``wrong_day``; "on October 5": REFUTED), so a month name is no label. Nothing where the sentence looks ahead
    ("will meet on Friday") or already names a month."""
    if "context.day" in claim.rewrites:
        yield from _dated_day_rewrites(claim, published)
        return
    days = list(_find_day(claim.claim))
    text = claim.claim
    if len(days) != 1 or len(_find_weekdays(text)) != 1 or _find_future(text) or _find_month(text):
        return  # one day only: in "announced Tuesday night they would switch on Wednesday" the second looks ahead
    match = days[0]
    if _find_part_of_day(text, match.end()):
        return  # "on Thursday morning" -> "on January 16 morning" is no English
    meant = day_before(published, match["day"])
    wrong = wrong_day(meant, text, latest=published)
    for written in (meant, wrong):
        rewritten = f"{text[: match.start()]} on {written:%B} {written.day}{text[match.end() :]}"
        why = f"{match['day']}, in a report of {published.isoformat()}, is {meant:%B} {meant.day}"
        yield Rewrite(rewritten, "detail.date", "detail", detail=why, dates=(meant, written))


_find_years = re.compile(r"\b(?:19|20)\d\d\b").findall
_find_relative_year = re.compile(r"\b(?:this|last|next)\s+year\b", re.IGNORECASE).search


def _year_rewrites(claim: Claim) -> Iterator[Rewrite]:
    """A year the claim made explicit from the article's date ("this year" -> "in 2024", ``context.year``),
    written as the year before: REFUTED, the twin of the claim as written, which is SUPPORTED with the same kind
    of edit ("+in +2024 -this -year"), so that a resolved year is no label."""
    new = [y for y in _find_years(claim.claim) if y not in _find_years(claim.text)]
    said = _find_relative_year(claim.text)
    if (
        "context.year" not in claim.rewrites
        or len(new) != 1
        or said is None
        or claim.claim.count(new[0]) != 1
    ):
        return
    meant = int(new[0])
    wrong = str(meant - 1)
    why = f"the evidence's “{said.group()}” is {meant} (the article's date)"
    yield Rewrite(
        claim.claim.replace(new[0], wrong), "detail.year", "detail", detail=why, years=(meant, meant - 1)
    )


_NUMBER_WORDS: Final = frozenset(qlex.UNIT_WORDS) | frozenset(qlex.TENS_WORDS)  # "Six people", "Twenty-five"


def _lowered_opener(word: str) -> str:
    """A sentence's first word as it reads after "According to X, ": lower-cased when it is a common word ("Six
    people" -> "six people", "The" -> "the"); a name, an acronym or "I" keeps its capital ("Milei", "NATO").

    >>> [_lowered_opener(w) for w in ("Six", "The", "Officials", "Milei", "NATO", "I")]
    ['six', 'the', 'officials', 'Milei', 'NATO', 'I']
    """
    lowered = word.lower()
    common = (
        word in vlex.LOWER_OPENERS
        or lowered in text_lex.SENTENCE_STARTERS
        or lowered.split("-")[0] in _NUMBER_WORDS
    )
    return lowered if common and word != "I" else word


def _attribution_rewrites(claim: Claim) -> Iterator[Rewrite]:
    """ "X, Kirby said." as "According to Kirby, x." (moved) and as "X." (dropped): the same statement."""
    speaker, match = claim.speaker, _find_trailing_attribution(claim.claim)
    if speaker is None or match is None or speaker not in match["who"]:
        return
    clause, who = match["clause"], match["who"]
    # an institution keeps its article as the sentence wrote it: "the US Coast Guard", not "Coast Guard"
    source = who if who.startswith("the ") and who.endswith(speaker) else speaker
    # "... at 8:30 p.m., the Center said." ends "... at 8:30 p.m.", never "p.m.."
    ended = clause if clause.endswith(".") else f"{clause}."
    first, _, rest = ended.partition(" ")
    yield Rewrite(
        f"According to {source}, {_lowered_opener(first)} {rest}",
        "attribution.move",
        "attribution",
        detail=speaker,
    )
    yield Rewrite(ended, "attribution.drop", "attribution", detail=speaker)


# --------------------------------------------------------------------------- the stage


def make_variants(
    claim: Claim,
    *,
    people: Sequence[str] = (),
    rules: frozenset[str] = frozenset({"quantity", "polarity", "entity"}),
    published: date | None = None,
    roles: Mapping[str, frozenset[str]] | None = None,
) -> list[Rewrite]:
    """Every rewrite the enabled rule families make of one claim, in a stable order (deduplicated by text).
    ``published`` is the article's date: with it, a day the claim names becomes a date (:func:`_date_rewrites`).
    ``roles`` are the titles the story gave each person (:func:`person_roles`): without them, a person the claim
    names with a title is not swapped."""
    found: list[Rewrite] = []
    target = _target(claim)
    quantities = list(_quantity_rewrites(claim, target)) if "quantity" in rules else []
    found += quantities
    if "polarity" in rules:
        found += _polarity_rewrites(claim)
        found += _denials(claim, target, quantities)
    if "entity" in rules:
        found += _entity_rewrites(claim, people, roles or {})
    if "polarity" in rules:  # rephrasings that keep or flip the truth without touching a quantity
        found += _detail_rewrites(claim) if published is None else _date_rewrites(claim, published)
        found += _year_rewrites(claim)
        found += _attribution_rewrites(claim)
    seen = {claim.claim}
    unique = []
    for rewrite in found:
        if rewrite.text not in seen:
            seen.add(rewrite.text)
            unique.append(rewrite)
    return unique
