"""The core of a quantity: the number that digits, number words, ordinals or fractions stand for.

``parse.py`` finds a core with ``_patterns.find_core``, reads it here into a :class:`Reading`, then reads what stands
around it (bounds, currency, scale, range, unit).
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from typing import Any, Final, NamedTuple

from factgen.models import Interval, Kind
from factgen.quantities import _lexicon as lex
from factgen.quantities.intervals import Written, point, span, vague

__all__ = ["Reading", "exact_ratio", "read_core", "starts_sentence", "updated", "word_number"]

_MAX_DIGITS: Final = 24  # longer digit runs are ids or noise, and would exceed exact Decimal arithmetic
YEARS: Final = range(1500, 2101)


class Reading(NamedTuple):
    """What has been read so far around one core; becomes a :class:`Quantity`.

    A named tuple rather than a frozen dataclass (STYLE.md convention 8): it is rebuilt a dozen times per
    quantity, and ``_replace`` costs a quarter of ``dataclasses.replace`` (2 µs against 10 µs, 14 fields).
    """

    start: int
    end: int
    number: Written | None = None  # the (first) number as written
    high: Written | None = None  # the second end of a range
    fixed: Interval | None = None  # an interval given by the words themselves (vague, decade)
    kind: Kind = Kind.CARDINAL
    unit: str | None = None
    shape: str = "exact"
    year_like: bool = False
    digits: bool = False
    power: int = 0  # the scale word's power of ten ("million" -> 6)
    after_bound: int = -1  # where the text after a bound word starts, if there is one
    code_only: bool = (
        False  # the currency is a code that is also a name ("COP29", "COP 28": summits, not pesos)
    )
    name_word: bool = False  # a capitalised word stands right before the number ("Euro 2024", "Voyager 2")


def updated(r: Reading, **changes: Any) -> Reading:
    """``r`` with ``changes``: the one way a reading is changed."""
    return r._replace(**changes)


def word_number(tokens: list[str]) -> tuple[Written, int] | None:
    """Value of a run of number words and how many tokens it used ("twelve hundred", "two dozen")."""
    i, implicit, half = 0, False, False
    if tokens[0] == "half":
        i, implicit, half = 2, True, True
    elif tokens[0] in ("a", "an"):
        i, implicit = 1, True
    total, current, last, last_scale, used = 0, 0, "", 99, i
    while i < len(tokens):
        word = tokens[i]
        if word == "and" and last in ("hundred", "scale") and i + 1 < len(tokens):
            i += 1
            continue
        if word in lex.UNIT_WORDS and (
            last in ("", "hundred", "scale") or (last == "tens" and 0 < lex.UNIT_WORDS[word] < 10)
        ):
            current, last = current + lex.UNIT_WORDS[word], "unit"
        elif word in lex.TENS_WORDS and last in ("", "hundred", "scale"):
            current, last = current + lex.TENS_WORDS[word], "tens"
        elif (
            word in (lex.HUNDRED_WORD, lex.DOZEN_WORD)
            and (current or implicit)
            and last in ("", "unit", "tens")
        ):
            factor = 100 if word == lex.HUNDRED_WORD else 12
            if half:  # "half a dozen", "half a hundred"
                return Written(Decimal(factor) / 2, Decimal(factor) / 20), i + 1
            current, last = (current or 1) * factor, "hundred"
        elif word in lex.SCALE_WORDS and (current or implicit) and lex.SCALE_WORDS[word] < last_scale:
            last_scale = lex.SCALE_WORDS[word]
            if half:
                return Written(Decimal("0.5"), Decimal("0.05")).scaled(last_scale), i + 1
            total, current, last = total + (current or 1) * 10**last_scale, 0, "scale"
        else:
            break
        implicit, i, used = False, i + 1, i + 1
    if last in ("", "and") or half:
        return None
    half_unit = Decimal("0.5") if current else Decimal("0.5").scaleb(last_scale)
    return Written(Decimal(total + current), half_unit), used


def starts_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in lex.SENTENCE_OPENERS


def exact_ratio(numerator: int | Decimal, denominator: int) -> tuple[Decimal, Interval]:
    """A fraction's value and interval: a point when it terminates ("3/5"), a tight bracket when not ("1/3")."""
    context = Context(prec=12)
    value = context.divide(Decimal(numerator), Decimal(denominator))
    if value * denominator == numerator:
        return value, point(value)
    low = Context(prec=12, rounding=ROUND_FLOOR).divide(Decimal(numerator), Decimal(denominator))
    high = Context(prec=12, rounding=ROUND_CEILING).divide(Decimal(numerator), Decimal(denominator))
    return value, Interval(low, high)


def _fraction_reading(start: int, end: int, numerator: Decimal, denominator: int, kind: Kind) -> Reading:
    value, interval = exact_ratio(numerator, denominator)
    return Reading(start, end, number=Written(value, Decimal(0)), fixed=interval, kind=kind)


def _read_digit_core(start: int, end: int, kind: str, surface: str) -> Reading | None:
    """Scientific notation, fractions in digits and digit groups split by spaces."""
    if kind == "sci":
        mantissa, exponent = re.split(r"[eE]|\s?×\s?10\^?", surface)
        written = Written.from_digits(mantissa).scaled(int(exponent.replace("−", "-")))
        return Reading(start, end, number=written, digits=True)
    if kind == "grouped":
        return Reading(start, end, number=Written.from_digits(re.sub(r"\s", "", surface)), digits=True)
    *whole, fraction = surface.split()
    numerator, denominator = (int(part) for part in fraction.split("/"))
    if not 0 < numerator < denominator:
        return None  # "7/4" is a date, "5/5" a score
    reading = _fraction_reading(start, end, Decimal(numerator), denominator, Kind.FRACTION)
    if not whole:
        return updated(reading, digits=True)
    assert reading.number is not None  # noqa: S101 - set just above
    assert reading.fixed is not None  # noqa: S101 - set just above
    add, fixed = Decimal(whole[0]), reading.fixed
    return updated(
        reading,
        number=Written(reading.number.value + add, Decimal(0)),
        fixed=Interval(
            fixed.low + add if fixed.low is not None else None,
            fixed.high + add if fixed.high is not None else None,
        ),
        kind=Kind.CARDINAL,
        digits=True,
    )


def _ordinal_words(tokens: list[str]) -> Decimal | None:
    """ "three hundred second" -> 302, "two hundredth" -> 200; ``None`` when the words are not one ordinal."""
    last = tokens[-1]
    if last in lex.SCALE_ORDINALS:
        if len(tokens) == 1:
            return Decimal(10) ** lex.SCALE_ORDINALS[last]
        read = word_number([*tokens[:-1], last.removesuffix("th")])
        return read[0].value if read and read[1] == len(tokens) else None
    rank, cut = lex.ORDINAL_WORDS[last], 1
    if len(tokens) > 1 and tokens[-2] in lex.TENS_WORDS and rank < 10:
        rank, cut = rank + lex.TENS_WORDS[tokens[-2]], 2  # "twenty-second"
    prefix = tokens[:-cut]
    while prefix and prefix[-1] == "and":
        prefix = prefix[:-1]
    if not prefix:
        return Decimal(rank)
    if prefix[-1] not in (lex.HUNDRED_WORD, *lex.SCALE_WORDS):
        return None  # "two second": a count of seconds, not the 4th
    read = word_number(prefix)
    return read[0].value + rank if read and read[1] == len(prefix) else None


def read_core(text: str, m: re.Match[str]) -> Reading | None:  # noqa: PLR0911 - one return per kind of core
    """The number a core match stands for, before looking around it."""
    start, end = m.span()
    kind = m.lastgroup
    surface = m.group()
    if (
        kind not in ("digits", "ordd", "decade", "sci", "slash", "grouped")
        and surface[0].isupper()
        and not starts_sentence(text, start)
    ):
        return (
            None  # "Air Force One", "Group of Seven": a capitalised number word inside a sentence is a name
        )
    if kind in ("sci", "slash", "grouped"):
        return _read_digit_core(start, end, kind, surface)
    if kind == "digits":
        if len(surface) - surface.count(",") - surface.count(".") > _MAX_DIGITS:
            return None
        decimal_comma = re.fullmatch(r"[0-9]+,[0-9]{1,2}", surface) is not None
        written = Written.from_digits(surface.replace(",", ".") if decimal_comma else surface)
        year_like = surface.isdigit() and len(surface) == 4 and int(surface) in YEARS
        return Reading(start, end, number=written, year_like=year_like, digits=True)
    if kind == "ordd":
        return Reading(start, end, fixed=point(Decimal(surface[:-2])), kind=Kind.ORDINAL, digits=True)
    if kind == "decade":
        first = Decimal(surface[:-1])
        return Reading(start, end, fixed=span(first, first + 9), kind=Kind.DATE, shape="between")
    tokens = re.split(r"[\s-]+", surface.lower())
    if kind == "vague":
        return _vague(start, end, tokens)
    if kind == "fraction":
        numerator = sum(lex.UNIT_WORDS.get(t, 0) + lex.TENS_WORDS.get(t, 0) for t in tokens[:-1]) or 1
        return _fraction_reading(
            start, end, Decimal(numerator), lex.DENOMINATOR_WORDS[tokens[-1]], Kind.FRACTION
        )
    if kind in ("ordw", "ordbig"):
        rank = _ordinal_words([t for t in tokens if t])
        if rank is not None:
            return Reading(start, end, fixed=point(rank), kind=Kind.ORDINAL)
        if kind == "ordw":
            return None
    read = word_number(tokens)
    if read is None:
        return None
    written, used = read
    spans = [t.end() for t in re.finditer(r"[A-Za-z]+", surface)]
    return Reading(start, start + spans[used - 1], number=written)


def _vague(start: int, end: int, tokens: list[str]) -> Reading:
    if tokens[0] == lex.DOZENS_WORD:
        fixed = Interval(Decimal(24), Decimal(144), True, False)
    else:
        low = sum(lex.VAGUE_WORDS[t] for t in tokens if t in lex.VAGUE_WORDS)
        fixed = vague(low, low + (1 if tokens[0] in ("tens", "hundreds") else 3))
    return Reading(start, end, fixed=fixed, shape="between")
