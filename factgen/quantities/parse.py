"""Read one quantity: the grammar shared by :func:`parse_quantity` (strict) and ``extract_quantities`` (total).

A quantity is read around a *core* (digits, scientific notation, digit groups split by spaces, a fraction in
digits or words, number words, an ordinal, a vague magnitude) found by ``_patterns.find_core`` and read in
``_core.py``. From the core the reader looks left for a bound word or comparison sign, a sign and a currency, and
right for "and a half", a scale word or multiplier, "±", the second end of a range, a bound after the number ("or
more"), and a unit (percent, currency, cents, temperature, length, data size, time) or a counted noun. Two
one-sided bounds joined by "and"/"but" become one range ("more than 40 and fewer than 60"). A number inside a
name is dropped (see :mod:`factgen.quantities` for what callers can rely on). The interval follows the precision
rule of :mod:`factgen.quantities.intervals`.

>>> q = parse_quantity("$58 billion")
>>> q.value == 58 * 10**9, q.unit, q.kind.value, q.bound.value, str(q.interval)
(True, 'USD', 'money', 'exact', '[57500000000, 58500000000)')
>>> q = parse_quantity("more than 35,000 civilians")
>>> q.value, q.unit, q.bound.value, str(q.interval)
(None, 'civilian', 'lower', '(35000, inf)')
>>> parse_quantity("2012-13").kind.value, str(parse_quantity("2012-13").interval)
('date', '[2012, 2013]')
>>> str(parse_quantity("more than 40 and fewer than 60").interval), str(parse_quantity("1.75%-2%").interval)
('(40, 60)', '[1.75, 2]')
>>> parse_quantity("three quarters of a billion").value == 750_000_000, parse_quantity("85 cents").unit
(True, 'USD')
>>> parse_quantity("COP29")
Traceback (most recent call last):
...
factgen.errors.QuantityError: not a quantity: 'COP29'
"""

from __future__ import annotations

import re
from decimal import Decimal

from factgen.errors import QuantityError, shorten
from factgen.models import Bound, Interval, Kind, Quantity
from factgen.models.values import in_bounds
from factgen.quantities import _lexicon as lex
from factgen.quantities import _patterns as pat
from factgen.quantities._core import YEARS, Reading, exact_ratio, read_core, updated
from factgen.quantities.intervals import BOUND_OF_SHAPE, Written, bounded, point, span

__all__ = ["parse_quantity", "read_at"]


# --------------------------------------------------------------------------- the core


# --------------------------------------------------------------------------- around the core


def _read_left(text: str, r: Reading, floor: int) -> tuple[Reading, str | None] | None:
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
    number, fixed = r.number, r.fixed
    dash = p.group("sign") is not None and _dash_not_sign(
        text, p.start("sign"), spaced=p.end("sign") < r.start
    )
    if number is not None and not dash and (p.group("sign") in ("-", "−") or p.group("negword")):
        number = number.negated()
        fixed = None if fixed is None else _negated(fixed)
    if r.number is None:  # ordinals, decades and vague magnitudes take no bound, sign or currency
        return r, None
    shape, after_bound, particle = r.shape, -1, False
    if p.group("cmp"):
        shape = lex.COMPARISON_SIGNS[re.sub(r"\s+", " ", p.group("cmp"))]
    elif p.group("bound"):
        word = re.sub(r"\s+", " ", p.group("bound").lower())
        after_bound = (
            p.end("bound")
            + len(text[p.end("bound") : r.start])
            - len(text[p.end("bound") : r.start].lstrip())
        )
        # "revised up to 745,000": "up" is the verb's particle, and the figure is exact
        particle = word == "up to" and _find_up_verb(text, 0, p.start("bound")) is not None
        shape = "exact" if particle else lex.BOUND_WORDS[word]
    elif p.group("tilde"):
        shape = "approx"
    kind = Kind.AGE if p.group("aged") else r.kind
    code = None
    if currency:
        code = lex.CURRENCY_SYMBOLS.get(currency) or lex.CODE_ALIASES.get(currency, currency)
    start = after_bound if particle else p.start() if p.group() else r.start
    if currency == "A $" and not text[p.end("currency") : p.end("currency") + 1].isspace():
        # "A $95 billion package": the article, then dollars; "A $ 16.4 million" (spaced out) stays Australian
        code = lex.CURRENCY_SYMBOLS["$"]
        start += 2 if start == p.start("currency") else 0
    if dash:  # "1% - 2%": a dash after a number, not a minus sign
        start = p.start("currency") if currency else r.start
    year_like = r.year_like and number is r.number and code is None  # "-2022" and "$2022" are not years
    name = _name_before(text, r.start) if r.digits and not p.group() else False
    return updated(
        r,
        start=start,
        number=number,
        fixed=fixed,
        shape=shape,
        kind=kind,
        after_bound=after_bound,
        year_like=year_like,
        code_only=currency in lex.CODES_ALSO_NAMES,
        name_word=name,
    ), code


def _dash_not_sign(text: str, at: int, *, spaced: bool) -> bool:
    """Whether the "-" at ``at`` is a dash ("1% - 2%", "(Reuters) - 12 people") rather than a minus sign.

    A minus is glued to its number ("-1.2%"), or spaced only at the start of the text ("- 1 4/5").
    """
    before = text[:at].rstrip()[-1:]
    return before.isdigit() or before == "%" or (spaced and before != "")


def _negated(i: Interval) -> Interval:
    return Interval(
        None if i.high is None else -i.high, None if i.low is None else -i.low, i.high_closed, i.low_closed
    )


def _name_before(text: str, at: int) -> bool:
    """Whether a capitalised word that makes the number a name stands right before ``at`` ("Euro 2024")."""
    if at < 3 or text[at - 1] not in " \u00a0" or not text[at - 2].isalpha():
        return False  # the cheap test first: most numbers follow no word at all, or a lower-case one
    m = pat.search_name_word(text, max(0, at - 24), at)
    if m is None:
        return False
    word = m.group("word")
    return not (
        word in lex.NOT_NAME_WORDS
        or word.lower() in lex.NOT_NOUNS
        or word in lex.MONTHS
        or word.lower() in lex.YEAR_CUES
        or word.lower() in lex.BOUND_WORDS
    )


def _read_scale(text: str, r: Reading, currency: str | None) -> Reading:
    if r.number is None or r.fixed is not None:
        return r
    m = pat.match_scale(text, r.end)
    if m is None or not (r.digits or m.group("multiplier")):
        return r  # number words carry their own scale ("two million"); only "three dozens" is left
    glued = m.group("glued")
    if glued in lex.SCALE_LETTERS_NEEDING_CURRENCY and currency is None:
        unit = pat.match_unit(text, m.end())
        if (unit and unit.lastgroup != "percent") or _read_noun(text, m.end(), plural=True) is None:
            return r  # "100m" is a length, "5M" nothing; but "4.7m residents" is 4.7 million
    if m.group("multiplier"):
        factor = lex.DIGIT_MULTIPLIERS[m.group("multiplier").lower()]
        n = Written(r.number.value * factor, r.number.half_unit * factor)
        n = Written(_integral(n.value), _integral(n.half_unit))
        return updated(r, end=m.end(), number=n, year_like=False)
    power = (
        lex.SCALE_GLUED_CASED[glued]
        if glued
        else 3
        if m.group("spaced")
        else lex.SCALE_ABBREVIATIONS.get((m.group("abbr") or "").lower())
        or lex.SCALE_WORDS[m.group("word").lower()]
    )
    return updated(r, end=m.end(), number=r.number.scaled(power), power=power, year_like=False)


def _same_percent(first: re.Match[str] | None, second: re.Match[str] | None) -> bool:
    """Whether a range's two ends are percents of one kind: not "2% to 3 people" (the percent belongs to the first
    number only) nor "by 0.2 percentage points to 4.3%" (a change and where it ended, two measures)."""
    if first is None or second is None or second.lastgroup != "percent":
        return False
    return _percent_unit(first) == _percent_unit(second)


def _percent_unit(m: re.Match[str]) -> str:
    return lex.PERCENT_WORDS[re.sub(r"\s+", " ", m.group("percent").lower())]


def _read_range(text: str, r: Reading, currency: str | None) -> Reading:  # noqa: PLR0911 - each failed check keeps r
    """The second end of "10 to 15", "between 15 and 25", "1-2 million", "2012-13"."""
    if r.number is None or r.fixed is not None:
        return r
    percent = pat.match_unit(text, r.end)
    at = percent.end() if percent and percent.lastgroup == "percent" else r.end  # "1.75%-2%", "2% to 3%"
    m = pat.match_range(text, at)
    if m is None or (m.group("word") and m.group("word").lower() == "and" and r.shape != "between"):
        return r
    core = pat.find_core(text, m.end())
    if core is None or core.start() != m.end() or core.lastgroup not in ("digits", "words"):
        return r
    second = read_core(text, core)
    if second is None or second.number is None:
        return r
    second = _read_scale(text, second, currency or m.group("currency"))
    if at != r.end and not _same_percent(percent, pat.match_unit(text, second.end)):
        return r
    low, high = r.number, second.number
    if r.year_like and m.group("dash") and second.digits and core.group().isdigit():
        year = int(core.group())
        if len(core.group()) == 2:
            year += int(low.value) // 100 * 100
            year += 100 if year <= low.value else 0
        if 0 < year - low.value <= (10 if len(core.group()) == 2 else 100):
            return updated(
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
    return updated(r, end=second.end, number=low, high=high, shape=shape, power=second.power)


def _singular(word: str, *, plural: bool) -> str | None:
    """The counted noun in singular form, or ``None`` when ``word`` is not one."""
    if word in lex.NOT_NOUNS or word in lex.SINGULAR_IN_S or word.endswith("ly"):
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
    if mod is None or (word := mod.group("word").lower()) in lex.NOT_NOUNS or word in lex.UNIT_WORDS:
        return None  # a number word starts another count: "5,000m six weeks ago" is no 5 billion weeks
    m = pat.match_word(text, mod.end())
    if m is not None and (noun := _singular(m.group("word"), plural=plural)):
        return noun, m.end()
    return None


def _read_unit(text: str, r: Reading, currency: str | None) -> Reading:  # noqa: PLR0911 - one return per unit group
    """Percent, currency, temperature, age, time and physical units, or a counted noun, right of the number."""
    if currency is not None:
        return updated(r, kind=Kind.MONEY, unit=currency)
    m = pat.match_unit(text, r.end)
    group = m.lastgroup if m else None
    if m is None or group is None:
        return _read_counted(text, r)
    word = m.group(group)
    if group in ("age_unit", "age"):
        return updated(r, end=m.end(), kind=Kind.AGE, unit=m.group("age_unit"))
    if group == "percent":
        return updated(
            r, end=m.end(), kind=Kind.PERCENT, unit=lex.PERCENT_WORDS[re.sub(r"\s+", " ", word.lower())]
        )
    if group in ("temperature", "temperature_glued"):
        name = lex.TEMPERATURE_SCALES[re.findall(r"[A-Za-z]+", word)[-1].lower()]
        return updated(r, end=m.end(), kind=Kind.TEMPERATURE, unit=name)
    if group == "code":
        return updated(r, end=m.end(), kind=Kind.MONEY, unit=lex.CODE_ALIASES.get(word, word))
    if group == "currency_word":
        return updated(
            r, end=m.end(), kind=Kind.MONEY, unit=lex.CURRENCY_WORDS[re.sub(r"\s+", " ", word.lower())]
        )
    if group in ("cents", "pence"):
        return _cents(r, m.end(), lex.CENT_WORDS[word.lower()])
    if group in ("adjective_time", "time"):
        kind = Kind.AGE if r.kind == Kind.AGE else Kind.DURATION
        return updated(r, end=m.end(), kind=kind, unit=lex.TIME_UNITS[word])
    glued = m.start(group) == r.end
    if word in lex.GLUED_ONLY_UNITS and not glued:
        return _read_counted(text, r)
    money = r.number is not None and abs(r.number.value) >= 10**lex.POUNDS_MIN_POWER
    if word == lex.POUNDS_WORD and money and not pat.match_of(text, m.end()):
        return updated(r, end=m.end(), kind=Kind.MONEY, unit="GBP")  # "five million pounds"
    return updated(r, end=m.end(), kind=Kind.DIMENSION, unit=lex.DIMENSION_UNITS[word])


def _cents(r: Reading, end: int, code: str) -> Reading:
    """ "85 cents" is 0.85 of the main unit; both ends of a range are."""
    assert r.number is not None  # noqa: S101 - a unit is read after a number
    high = None if r.high is None else r.high.scaled(-2)
    return updated(r, end=end, number=r.number.scaled(-2), high=high, kind=Kind.MONEY, unit=code)


def _read_counted(text: str, r: Reading) -> Reading:  # noqa: PLR0911 - one return per reading
    """ "35,000 civilians", "one in four", "in 2022"; a bare number otherwise."""
    number = r.number
    if number is None:
        return r
    if r.kind == Kind.CARDINAL and r.high is None and number.value == number.value.to_integral_value():
        of = pat.match_fraction_of(text, r.end)
        core = pat.find_core(text, of.end()) if of else None
        if of and core and core.start() == of.end() and core.lastgroup in ("digits", "words"):
            denominator = read_core(text, core)
            if of.group("over") and denominator and re.match(r"\s*[A-Za-z]", text[denominator.end :]):
                denominator = None  # "1 over 3 years": "over" is not a fraction bar when a word follows
            if denominator and denominator.number and 0 < number.value < denominator.number.value <= 1000:
                value, interval = exact_ratio(int(number.value), int(denominator.number.value))
                return updated(
                    r,
                    end=denominator.end,
                    number=Written(value, Decimal(0)),
                    fixed=interval,
                    kind=Kind.FRACTION,
                )
    if r.kind == Kind.AGE and r.unit is None:
        return updated(r, unit="year")  # "aged 45"
    if r.kind != Kind.CARDINAL:
        return r
    if r.year_like and r.shape == "exact" and pat.search_year_cue(text, max(0, r.start - 24), r.start):
        return updated(r, kind=Kind.DATE, fixed=point(number.value))
    noun = _read_noun(text, r.end, plural=r.high is not None or number.value != 1)
    if noun is not None:
        return updated(r, end=noun[1], unit=noun[0])
    if r.year_like and r.shape == "exact" and r.high is None:
        return updated(r, kind=Kind.DATE, fixed=point(number.value))
    if r.year_like and r.high is not None and r.high.value in YEARS and r.shape == "between":
        return updated(r, kind=Kind.DATE, fixed=span(number.value, r.high.value))  # "between 2012 and 2015"
    return r


def _read_after_ordinal(text: str, r: Reading) -> Reading:
    end = r.end
    sup = pat.match_superlative(text, end)
    if sup is not None:
        end = sup.end()
    noun = _read_noun(text, end, plural=False)
    if noun is None and sup is None and text[r.start : r.end].lower() in lex.ADVERB_ORDINALS:
        return updated(r, end=-1)  # "first" alone is mostly an adverb ("Russia first invaded")
    return updated(r, end=noun[1] if noun else end, unit=noun[0] if noun else None)


def _read_after_vague(text: str, r: Reading) -> Reading:
    of = pat.match_of(text, r.end)
    if of is None:
        return r
    money = pat.match_currency_word(text, of.end())
    if money is not None:
        return updated(
            r, end=money.end(), kind=Kind.MONEY, unit=lex.CURRENCY_WORDS[money.group("word").lower()]
        )
    noun = _read_noun(text, of.end(), plural=True)
    return updated(r, end=noun[1], unit=noun[0]) if noun else r


# --------------------------------------------------------------------------- assembling a Quantity


def read_at(text: str, core: re.Match[str], *, floor: int = 0) -> Quantity | None:
    """The quantity around ``core`` in ``text`` (starting no earlier than ``floor``), or ``None``."""
    r = read_core(text, core)
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
    elif r.kind == Kind.FRACTION:
        r = _read_fraction_scale(text, r)
        if r.kind == Kind.FRACTION and r.digits:
            r = _read_unit(text, r, currency)  # "1/4 mile"; a fraction in words is "of" something instead
    elif r.number is not None:
        r = _read_plus_minus(text, _read_scale(text, _read_and_fraction(text, r), currency))
        if r.code_only and r.power == 0 and _small_integer(r.number):
            return (
                None  # "COP29", "COP 28": such a code and a small whole number name a summit, not an amount
            )
        r = _read_range(text, r, currency)
        if r.shape in ("between", "from") and r.high is None and r.fixed is None:
            r = updated(r, start=r.after_bound, shape="exact")  # "from 2022": no range after all
        r = _read_suffix(text, r)
        if r.kind != Kind.DATE:
            r = _read_suffix(text, _read_unit(text, r, currency))
        if _is_name(text, r):
            return None
    if r.end < 0 or (r.end < len(text) and (text[r.end].isalnum() or pat.match_score(text, r.end))):
        return None  # "5G", "3D", "2-1": glued to something that is not a unit
    built = _build(text, r)
    return None if built is None else _join_bounds(text, built)


def _integral(d: Decimal) -> Decimal:
    """``50.0`` as ``50``: the same number without trailing zeros after the point."""
    return d.to_integral_value() if d == d.to_integral_value() else d


def _small_integer(n: Written | None) -> bool:
    return n is not None and n.half_unit >= Decimal("0.5") and abs(n.value) < 1000


def _is_name(text: str, r: Reading) -> bool:
    """ "Euro 2024", "Voyager 2", "the 2024 elections", "his 2016 campaign": a number inside a name counts nothing.

    A year after a determiner and before a word names an event; so does "the 2000 troops" (a known cost).
    """
    bare = r.unit is None and r.power == 0 and r.high is None and r.shape == "exact"
    if r.name_word and bare and r.kind in (Kind.CARDINAL, Kind.DATE):
        return True
    if not r.year_like or r.shape != "exact" or r.high is not None:
        return False
    named = r.unit is not None or (r.end < len(text) - 1 and text[r.end] == " " and text[r.end + 1].isalpha())
    return named and pat.search_name_determiner(text, max(0, r.start - 8), r.start) is not None


def _read_plus_minus(text: str, r: Reading) -> Reading:
    """ "2,000.45±0.01": the written uncertainty gives the interval."""
    m = pat.match_plus_minus(text, r.end)
    if m is None or r.number is None or r.fixed is not None:
        return r
    error = Decimal(m.group("digits")).scaleb(r.power)
    return updated(r, end=m.end(), fixed=span(r.number.value - error, r.number.value + error))


def _read_suffix(text: str, r: Reading) -> Reading:
    """ "300 or more", "1,000 people or fewer": a bound written after the number."""
    if r.number is None or r.high is not None or r.shape not in ("exact", "approx") or r.kind == Kind.DATE:
        return r
    if glued := pat.match_glued_plus(text, r.end):  # "1,200-plus deaths", "the 40-odd members": at least that
        return updated(r, end=glued.end(), shape="ge")
    m = pat.match_bound_suffix(text, r.end)
    if m is None:
        return r
    return updated(r, end=m.end(), shape=lex.BOUND_SUFFIXES[re.sub(r"\s+", " ", m.group("suffix").lower())])


def _read_and_fraction(text: str, r: Reading) -> Reading:
    """ "one and a half (million)", "five and a quarter": a whole number and a fraction that terminates."""
    n = r.number
    if n is None or r.power or n.value != n.value.to_integral_value() or n.half_unit < Decimal("0.5"):
        return r
    m = pat.match_and_fraction(text, r.end)
    if m is None:
        return r
    numerator = lex.UNIT_WORDS.get(m.group("num").lower(), 1)
    value, interval = exact_ratio(numerator, lex.DENOMINATOR_WORDS[m.group("den").lower()])
    if interval.low != interval.high or value >= 1:
        return r
    total = Written.from_digits(format(n.value + value, "f"))
    return updated(
        _read_scale(text, updated(r, end=m.end(), number=total, digits=True), None), digits=r.digits
    )


def _read_fraction_scale(text: str, r: Reading) -> Reading:
    """ "a quarter of a million", "three quarters of a billion (dollars)": a fraction of a scale word."""
    m = pat.match_fraction_scale(text, r.end)
    if m is None or r.number is None or r.fixed is None or r.fixed.low is None or r.fixed.high is None:
        return r
    power = lex.SCALE_WORDS[m.group("word").lower()]
    low, high = r.fixed.low, r.fixed.high
    if low == high:
        scaled = updated(r, number=Written.from_digits(format(low, "f")).scaled(power), fixed=None)
    else:
        scaled = updated(
            r,
            number=Written(r.number.value.scaleb(power), Decimal(0)),
            fixed=span(low.scaleb(power), high.scaleb(power)),
        )
    return _read_unit(text, updated(scaled, end=m.end(), kind=Kind.CARDINAL, power=power), None)


def _join_bounds(text: str, q: Quantity) -> Quantity:
    """ "more than 40 and fewer than 60": two one-sided bounds joined into one range."""
    if q.bound not in (Bound.LOWER, Bound.UPPER):
        return q
    joiner = pat.match_bound_joiner(text, q.end)
    core = pat.find_core(text, joiner.end()) if joiner else None
    other = read_at(text, core, floor=joiner.end()) if joiner and core else None
    if joiner is None or other is None or other.start != joiner.end() or other.bound == q.bound:
        return q
    clash = q.unit is not None and other.unit is not None and q.unit != other.unit
    if other.bound not in (Bound.LOWER, Bound.UPPER) or clash:
        return q  # "more than 40 people and fewer than 60 cars" are two quantities
    low, high = (q, other) if q.bound is Bound.LOWER else (other, q)
    if low.low is None or high.high is None or not low.low < high.high:
        return q
    named = q if q.kind is not Kind.CARDINAL else other
    return Quantity(
        surface=text[q.start : other.end],
        start=q.start,
        end=other.end,
        value=None,
        low=low.low,
        high=high.high,
        low_inclusive=low.low_inclusive,
        high_inclusive=high.high_inclusive,
        unit=q.unit or other.unit,
        kind=named.kind,
        bound=Bound.RANGE,
    )


def _plain(d: Decimal | None) -> Decimal | None:
    """``5.8E+10`` as ``58000000000``: the same number, spelled without an exponent (exact; no rounding)."""
    exponent = None if d is None else d.as_tuple().exponent
    if d is None or not isinstance(exponent, int) or exponent <= 0:
        return d
    return Decimal(format(d, "f"))


_find_up_verb = re.compile(
    r"\b(?:" + "|".join(lex.UP_VERBS) + r")\s+(?:\w+\s+){0,2}?$", re.IGNORECASE
).search  # the verb may take its object first: "revised the figure up to 745,000"


def _build(text: str, r: Reading) -> Quantity | None:
    """The quantity of a reading; None when a number lies outside what the contract can hold ("0E100")."""
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
    if any(d is not None and not in_bounds(d) for d in (value, interval.low, interval.high)):
        return None
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
