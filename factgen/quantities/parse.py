"""Read one quantity: the grammar shared by :func:`parse_quantity` (strict) and ``extract_quantities`` (total).

A quantity is read around a *core* (digits, number words, an ordinal, a fraction, a vague magnitude) found by
``_patterns.find_core``. From the core the reader looks left for a bound word, a sign and a currency, and right for a scale
word, the second end of a range, and a unit (percent, currency, temperature, length, time) or a counted noun.
The interval follows the precision rule of :mod:`factgen.quantities.intervals`.

>>> q = parse_quantity("$58 billion")
>>> q.value == 58 * 10**9, q.unit, q.kind.value, q.bound.value, str(q.interval)
(True, 'USD', 'money', 'exact', '[57500000000, 58500000000)')
>>> q = parse_quantity("more than 35,000 civilians")
>>> q.value, q.unit, q.bound.value, str(q.interval)
(None, 'civilian', 'lower', '(35000, inf)')
>>> parse_quantity("2012-13").kind.value, str(parse_quantity("2012-13").interval)
('date', '[2012, 2013]')
>>> parse_quantity("G7")
Traceback (most recent call last):
...
factgen.errors.QuantityError: not a quantity: 'G7'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from typing import Final

from factgen.errors import QuantityError, shorten
from factgen.models import Bound, Interval, Kind, Quantity
from factgen.quantities import _lexicon as lex
from factgen.quantities import _patterns as pat
from factgen.quantities.intervals import BOUND_OF_SHAPE, Written, bounded, point, span, vague

__all__ = ["parse_quantity", "read_at"]

_MAX_DIGITS: Final = 24  # longer digit runs are ids or noise, and would exceed exact Decimal arithmetic
_YEARS: Final = range(1500, 2101)


# --------------------------------------------------------------------------- the core


@dataclass(frozen=True, slots=True)
class _Reading:
    """What has been read so far around one core; becomes a :class:`Quantity`."""

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


def _word_number(tokens: list[str]) -> tuple[Written, int] | None:
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
            current, last = (current or 1) * (100 if word == lex.HUNDRED_WORD else 12), "hundred"
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


def _starts_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in lex.SENTENCE_OPENERS


def _exact_ratio(numerator: int, denominator: int) -> tuple[Decimal, Interval]:
    """A fraction's value and interval: a point when it terminates ("3/5"), a tight bracket when not ("1/3")."""
    context = Context(prec=12)
    value = context.divide(Decimal(numerator), Decimal(denominator))
    if value * denominator == numerator:
        return value, point(value)
    low = Context(prec=12, rounding=ROUND_FLOOR).divide(Decimal(numerator), Decimal(denominator))
    high = Context(prec=12, rounding=ROUND_CEILING).divide(Decimal(numerator), Decimal(denominator))
    return value, Interval(low, high)


def _read_core(text: str, m: re.Match[str]) -> _Reading | None:  # noqa: PLR0911 - one return per kind of core
    """The number a core match stands for, before looking around it."""
    start, end = m.span()
    kind = m.lastgroup
    surface = m.group()
    if (
        kind not in ("digits", "ordd", "decade")
        and surface[0].isupper()
        and not _starts_sentence(text, start)
    ):
        return (
            None  # "Air Force One", "Group of Seven": a capitalised number word inside a sentence is a name
        )
    if kind == "digits":
        if len(surface) - surface.count(",") - surface.count(".") > _MAX_DIGITS:
            return None
        decimal_comma = re.fullmatch(r"[0-9]+,[0-9]{1,2}", surface) is not None
        written = Written.from_digits(surface.replace(",", ".") if decimal_comma else surface)
        year_like = surface.isdigit() and len(surface) == 4 and int(surface) in _YEARS
        return _Reading(start, end, number=written, year_like=year_like, digits=True)
    if kind == "ordd":
        return _Reading(start, end, fixed=point(Decimal(surface[:-2])), kind=Kind.ORDINAL, digits=True)
    if kind == "decade":
        first = Decimal(surface[:-1])
        return _Reading(start, end, fixed=span(first, first + 9), kind=Kind.DATE, shape="between")
    tokens = re.split(r"[\s-]+", surface.lower())
    if kind == "vague":
        return _vague(start, end, tokens)
    if kind == "fraction":
        numerator = lex.UNIT_WORDS.get(tokens[0], 1)
        value, interval = _exact_ratio(numerator, lex.DENOMINATOR_WORDS[tokens[-1]])
        return _Reading(start, end, number=Written(value, Decimal(0)), fixed=interval, kind=Kind.FRACTION)
    if kind == "ordw":
        rank = sum(lex.TENS_WORDS.get(t, 0) + lex.ORDINAL_WORDS.get(t, 0) for t in tokens)
        return _Reading(start, end, fixed=point(Decimal(rank)), kind=Kind.ORDINAL)
    read = _word_number(tokens)
    if read is None:
        return None
    written, used = read
    spans = [t.end() for t in re.finditer(r"[A-Za-z]+", surface)]
    return _Reading(start, start + spans[used - 1], number=written)


def _vague(start: int, end: int, tokens: list[str]) -> _Reading:
    if tokens[0] == lex.DOZENS_WORD:
        fixed = Interval(Decimal(24), Decimal(144), True, False)
    else:
        low = sum(lex.VAGUE_WORDS[t] for t in tokens if t in lex.VAGUE_WORDS)
        fixed = vague(low, low + (1 if tokens[0] in ("tens", "hundreds") else 3))
    return _Reading(start, end, fixed=fixed, shape="between")


# --------------------------------------------------------------------------- around the core


def _read_left(text: str, r: _Reading, floor: int) -> tuple[_Reading, str | None] | None:
    """Bound words, sign and currency left of the core; ``None`` when the core is glued to a word ("G7")."""
    p = pat.match_prefix(text, max(floor, r.start - 48), r.start)
    assert p is not None  # noqa: S101 - every group is optional, so the empty match at the core always exists
    currency = p.group("currency")
    before = text[r.start - 1] if r.start > 0 else " "
    if r.digits and not currency:
        if (
            before.isalnum()
            or before in "_/:#"
            or (before == "." and r.start > 1 and text[r.start - 2].isalnum())
        ):
            return None  # "G7", "1.2.3", "24/7", "10:30"
        glued = before in "-–" and not p.group("sign") and r.start > 1 and text[r.start - 2].isalnum()
        if glued and not (r.year_like and pat.search_year_prefix(text, max(0, r.start - 8), r.start - 1)):
            return None  # "F-16", "COVID-19", the "1" of "2-1"; but "mid-2022" is a year
    number = r.number
    if number is not None and (p.group("sign") in ("-", "−") or p.group("negword")):
        number = number.negated()
    if r.number is None:  # ordinals, decades and vague magnitudes take no bound, sign or currency
        return r, None
    shape, after_bound = r.shape, -1
    if p.group("bound"):
        shape = lex.BOUND_WORDS[p.group("bound").lower()]
        after_bound = (
            p.end("bound")
            + len(text[p.end("bound") : r.start])
            - len(text[p.end("bound") : r.start].lstrip())
        )
    elif p.group("tilde"):
        shape = "approx"
    kind = Kind.AGE if p.group("aged") else r.kind
    code = None
    if currency:
        code = lex.CURRENCY_SYMBOLS.get(currency) or lex.CODE_ALIASES.get(currency, currency)
    start = p.start() if p.group() else r.start
    year_like = r.year_like and number is r.number and code is None  # "-2022" and "$2022" are not years
    return replace(
        r, start=start, number=number, shape=shape, kind=kind, after_bound=after_bound, year_like=year_like
    ), code


def _read_scale(text: str, r: _Reading, currency: str | None) -> _Reading:
    if not r.digits or r.number is None:
        return r
    m = pat.match_scale(text, r.end)
    if m is None:
        return r
    glued = m.group("glued")
    if glued in lex.SCALE_LETTERS_NEEDING_CURRENCY and currency is None:
        return r  # "100m" is a length, "5M" nothing
    power = (
        lex.SCALE_GLUED_CASED[glued]
        if glued
        else lex.SCALE_ABBREVIATIONS.get((m.group("abbr") or "").lower())
        or lex.SCALE_WORDS[m.group("word").lower()]
    )
    return replace(r, end=m.end(), number=r.number.scaled(power), power=power, year_like=False)


def _read_range(text: str, r: _Reading, currency: str | None) -> _Reading:  # noqa: PLR0911 - each failed check keeps r
    """The second end of "10 to 15", "between 15 and 25", "1-2 million", "2012-13"."""
    if r.number is None or r.kind == Kind.FRACTION:
        return r
    m = pat.match_range(text, r.end)
    if m is None or (m.group("word") and m.group("word").lower() == "and" and r.shape != "between"):
        return r
    core = pat.find_core(text, m.end())
    if core is None or core.start() != m.end() or core.lastgroup not in ("digits", "words"):
        return r
    second = _read_core(text, core)
    if second is None or second.number is None:
        return r
    second = _read_scale(text, second, currency or m.group("currency"))
    low, high = r.number, second.number
    if r.year_like and m.group("dash") and second.digits and core.group().isdigit():
        year = int(core.group())
        if len(core.group()) == 2:
            year += int(low.value) // 100 * 100
            year += 100 if year <= low.value else 0
        if 0 < year - low.value <= (10 if len(core.group()) == 2 else 100):
            return replace(
                r, end=second.end, fixed=span(low.value, Decimal(year)), kind=Kind.DATE, shape="between"
            )
        return r
    if m.group("dash") == "/":
        return r
    assert low is not None  # noqa: S101 - checked on entry
    assert high is not None  # noqa: S101 - second.number was checked above
    if r.power == 0 and second.power and low.value.scaleb(second.power) < high.value:
        low = low.scaled(second.power)  # "1-2 million": the scale word belongs to both ends
    if not low.value < high.value:
        return r
    shape = "between" if r.shape in ("exact", "between", "from", "approx") else r.shape
    return replace(r, end=second.end, number=low, high=high, shape=shape, power=second.power)


def _singular(word: str, *, plural: bool) -> str | None:
    """The counted noun in singular form, or ``None`` when ``word`` is not one."""
    if word in lex.NOT_NOUNS or word.endswith("ly"):
        return None
    if word in lex.IRREGULAR_PLURALS:
        return lex.IRREGULAR_PLURALS[word] if plural else None
    looks_plural = word.endswith("s") and not word.endswith(lex.NOT_PLURAL_ENDINGS)
    if not plural:
        return None if looks_plural or word.endswith("ed") or len(word) < 3 else word
    if not looks_plural or len(word) < 4:
        return None
    for ending, replacement in lex.PLURAL_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    return None  # pragma: no cover - "s" is the last ending


def _read_noun(text: str, at: int, *, plural: bool) -> tuple[str, int] | None:
    """A counted noun after ``at``, with at most one modifier between ("two U.S. officials")."""
    m = pat.match_word(text, at)
    if m is not None and (noun := _singular(m.group("word"), plural=plural)):
        return noun, m.end()
    mod = pat.match_modifier(text, at)
    if mod is None or mod.group("word").lower() in lex.NOT_NOUNS:
        return None
    m = pat.match_word(text, mod.end())
    if m is not None and (noun := _singular(m.group("word"), plural=plural)):
        return noun, m.end()
    return None


def _read_unit(text: str, r: _Reading, currency: str | None) -> _Reading:  # noqa: PLR0911 - one return per unit group
    """Percent, currency, temperature, age, time and physical units, or a counted noun, right of the number."""
    if currency is not None:
        return replace(r, kind=Kind.MONEY, unit=currency)
    m = pat.match_unit(text, r.end)
    group = m.lastgroup if m else None
    if m is None or group is None:
        return _read_counted(text, r)
    word = m.group(group)
    if group in ("age_unit", "age"):
        return replace(r, end=m.end(), kind=Kind.AGE, unit=m.group("age_unit"))
    if group == "percent":
        return replace(
            r, end=m.end(), kind=Kind.PERCENT, unit=lex.PERCENT_WORDS[re.sub(r"\s+", " ", word.lower())]
        )
    if group in ("temperature", "temperature_glued"):
        name = lex.TEMPERATURE_SCALES[re.findall(r"[A-Za-z]+", word)[-1]]
        return replace(r, end=m.end(), kind=Kind.TEMPERATURE, unit=name)
    if group == "code":
        return replace(r, end=m.end(), kind=Kind.MONEY, unit=lex.CODE_ALIASES.get(word, word))
    if group == "currency_word":
        return replace(
            r, end=m.end(), kind=Kind.MONEY, unit=lex.CURRENCY_WORDS[re.sub(r"\s+", " ", word.lower())]
        )
    if group in ("adjective_time", "time"):
        kind = Kind.AGE if r.kind == Kind.AGE else Kind.DURATION
        return replace(r, end=m.end(), kind=kind, unit=lex.TIME_UNITS[word])
    glued = m.start(group) == r.end
    if word in lex.GLUED_ONLY_UNITS and not glued:
        return _read_counted(text, r)
    return replace(r, end=m.end(), kind=Kind.DIMENSION, unit=lex.DIMENSION_UNITS[word])


def _read_counted(text: str, r: _Reading) -> _Reading:  # noqa: PLR0911 - one return per reading
    """ "35,000 civilians", "one in four", "in 2022"; a bare number otherwise."""
    number = r.number
    if number is None:
        return r
    if r.kind == Kind.CARDINAL and r.high is None and number.value == number.value.to_integral_value():
        of = pat.match_fraction_of(text, r.end)
        core = pat.find_core(text, of.end()) if of else None
        if of and core and core.start() == of.end() and core.lastgroup in ("digits", "words"):
            denominator = _read_core(text, core)
            if denominator and denominator.number and 0 < number.value < denominator.number.value <= 1000:
                value, interval = _exact_ratio(int(number.value), int(denominator.number.value))
                return replace(
                    r,
                    end=denominator.end,
                    number=Written(value, Decimal(0)),
                    fixed=interval,
                    kind=Kind.FRACTION,
                )
    if r.kind == Kind.AGE and r.unit is None:
        return replace(r, unit="year")  # "aged 45"
    if r.kind != Kind.CARDINAL:
        return r
    if r.year_like and r.shape == "exact" and pat.search_year_cue(text, max(0, r.start - 24), r.start):
        return replace(r, kind=Kind.DATE, fixed=point(number.value))
    noun = _read_noun(text, r.end, plural=r.high is not None or number.value != 1)
    if noun is not None:
        return replace(r, end=noun[1], unit=noun[0])
    if r.year_like and r.shape == "exact" and r.high is None:
        return replace(r, kind=Kind.DATE, fixed=point(number.value))
    if r.year_like and r.high is not None and r.high.value in _YEARS and r.shape == "between":
        return replace(r, kind=Kind.DATE, fixed=span(number.value, r.high.value))  # "between 2012 and 2015"
    return r


def _read_after_ordinal(text: str, r: _Reading) -> _Reading:
    end = r.end
    sup = pat.match_superlative(text, end)
    if sup is not None:
        end = sup.end()
    noun = _read_noun(text, end, plural=False)
    if noun is None and sup is None and not r.digits:
        return replace(r, end=-1)  # "first" alone is mostly an adverb ("Russia first invaded")
    return replace(r, end=noun[1] if noun else end, unit=noun[0] if noun else None)


def _read_after_vague(text: str, r: _Reading) -> _Reading:
    of = pat.match_of(text, r.end)
    if of is None:
        return r
    money = pat.match_currency_word(text, of.end())
    if money is not None:
        return replace(
            r, end=money.end(), kind=Kind.MONEY, unit=lex.CURRENCY_WORDS[money.group("word").lower()]
        )
    noun = _read_noun(text, of.end(), plural=True)
    return replace(r, end=noun[1], unit=noun[0]) if noun else r


# --------------------------------------------------------------------------- assembling a Quantity


def read_at(text: str, core: re.Match[str], *, floor: int = 0) -> Quantity | None:
    """The quantity around ``core`` in ``text`` (starting no earlier than ``floor``), or ``None``."""
    r = _read_core(text, core)
    if r is None:
        return None
    left = _read_left(text, r, floor)
    if left is None:
        return None
    r, currency = left
    if r.kind == Kind.ORDINAL:
        r = _read_after_ordinal(text, r)
    elif r.fixed is not None and r.kind == Kind.CARDINAL and r.number is None:
        r = _read_after_vague(text, r)
    elif r.number is not None and r.kind != Kind.FRACTION:
        r = _read_scale(text, r, currency)
        r = _read_range(text, r, currency)
        if r.shape in ("between", "from") and r.high is None and r.fixed is None:
            r = replace(r, start=r.after_bound, shape="exact")  # "from 2022": no range after all
        if r.kind != Kind.DATE:
            r = _read_unit(text, r, currency)
    if r.end < 0 or (r.end < len(text) and (text[r.end].isalnum() or pat.match_score(text, r.end))):
        return None  # "5G", "3D", "2-1": glued to something that is not a unit
    return _build(text, r)


def _plain(d: Decimal | None) -> Decimal | None:
    """``5.8E+10`` as ``58000000000``: the same number, spelled without an exponent (exact; no rounding)."""
    exponent = None if d is None else d.as_tuple().exponent
    if d is None or not isinstance(exponent, int) or exponent <= 0:
        return d
    return Decimal(format(d, "f"))


def _build(text: str, r: _Reading) -> Quantity:
    value: Decimal | None
    if r.high is not None and r.number is not None:
        interval, value, bound = span(r.number.value, r.high.value), None, Bound.RANGE
    elif r.fixed is not None:
        interval = r.fixed
        if r.number is not None and r.shape not in ("exact", "between", "from"):
            interval = bounded(r.shape, Written(r.number.value, Decimal(0)))
        bound = BOUND_OF_SHAPE[r.shape]
        value = (
            r.number.value
            if r.number is not None
            else interval.low
            if interval.low == interval.high
            else None
        )
    else:
        assert r.number is not None  # noqa: S101 - a reading without a fixed interval has a number
        interval = bounded("exact" if r.shape in ("between", "from") else r.shape, r.number)
        bound, value = BOUND_OF_SHAPE[r.shape], r.number.value
    if value is not None and value not in interval:
        value = None  # "more than 35,000": 35,000 itself is excluded
    if bound is Bound.RANGE:
        value = None
    surface = text[r.start : r.end]
    return Quantity(
        surface=surface,
        start=r.start,
        end=r.end,
        value=_plain(value),
        low=_plain(interval.low),
        high=_plain(interval.high),
        low_inclusive=interval.low is not None and interval.low_closed,
        high_inclusive=interval.high is not None and interval.high_closed,
        unit=r.unit,
        kind=r.kind,
        bound=bound,
    )


def parse_quantity(text: str) -> Quantity:
    """Read ``text`` as exactly one quantity; raise :class:`QuantityError` naming the text otherwise.

    Offsets are relative to ``text`` (surrounding whitespace is allowed and not part of the surface).

    >>> parse_quantity("£1.2bn").value == Decimal("1.2e9"), parse_quantity("£1.2bn").unit
    (True, 'GBP')
    >>> parse_quantity("between 15 and 25 percent").interval.relation(parse_quantity("20%").interval).value
    'contains'
    >>> parse_quantity("one of the")
    Traceback (most recent call last):
    ...
    factgen.errors.QuantityError: not a quantity: 'one of the'
    """
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    core = pat.find_core(stripped)
    masked = core is not None and any(s <= core.start() < e for s, e in pat.non_quantity_spans(stripped))
    q = None if core is None or masked else read_at(stripped, core)
    if q is None or q.start != 0 or q.end != len(stripped):
        msg = f"not a quantity: {shorten(text)}"
        raise QuantityError(msg)
    if not offset:
        return q
    return q.model_copy(update={"start": q.start + offset, "end": q.end + offset})
