"""How a written number becomes an interval: the precision rule behind every quantity verdict.

A number is read together with its *written precision*: half a unit in the last digit the writer wrote, scaled by
any scale word. The rules, one per shape of bound:

* **exact** ("$58 billion", "35,000", "58.3%"): ``[v - h, v + h)`` where ``h`` is half a unit in the last written
  digit: the numbers that round (half up) to what was written. The upper end is open so that neighbouring
  figures never overlap: "$58 billion" ``[57.5e9, 58.5e9)`` and "$59 billion" ``[58.5e9, 59.5e9)`` are disjoint. Trailing zeros written as digits *are* significant, so "35,000" is ``[34999.5, 35000.5]``: the writer
  chose to write five digits, and a verdict must not guess that they rounded. A scale word sets the unit:
  "$58 billion" is ``[57.5e9, 58.5e9)``, "$58.3 billion" is ``[58.25e9, 58.35e9)``. Numbers in words read like
  the same number in digits ("twelve hundred" = "1200", "half a million" = "0.5 million").
* **approximate** ("about 60", "roughly 35,000", "some 2 million"): an approximation word says the trailing zeros
  were rounded, so ``h`` becomes half a unit in the last *non-zero* digit: "about 60" is ``[55, 65)``,
  "about 35,000" ``[34500, 35500)``, "about 1.5 million" ``[1.45e6, 1.55e6)``.
* **nearly / almost** ("nearly 2 million"): the approximate interval cut at the value: ``[1.5e6, 2e6]``.
* **lower / upper bounds** are not widened: "more than X" is ``(X, inf)``, "at least X" ``[X, inf)``,
  "fewer than X" ``(-inf, X)``, "up to X" / "as many as X" ``(-inf, X]``. "just under X" is ``[X - H, X)`` and
  "just over X" ``(X, X + H]`` with ``H`` the approximate half-width.
* **ranges** keep their written ends: "between 10 and 20" and "10-20" are ``[10, 20]``.
* **vague magnitudes** span a power of ten: "tens of thousands" is ``[1e4, 1e5)``, "hundreds" ``[100, 1000)``,
  "millions" ``[1e6, 1e9)`` (up to the next scale word), "dozens" ``[24, 144)``.
* **ordinals, dates and fractions** are exact points: "24th" ``[24, 24]``, "2022" ``[2022, 2022]``,
  "one in four" ``[0.25, 0.25]``; a year span "2012-13" is ``[2012, 2013]``.

The stated ``value`` of a quantity is the written number when the interval contains it, else ``None`` (so
"more than 35,000" has ``value=None`` and ``low=35000`` exclusive), and always ``None`` for a range.

>>> from decimal import Decimal as D
>>> str(exact(Written(D("58"), D("0.5")).scaled(9)))
'[57500000000, 58500000000)'
>>> str(approximate(Written(D("35000"), D("0.5"))))
'[34500, 35500)'
>>> str(bounded("gt", Written(D("35000"), D("0.5"))))
'(35000, inf)'
>>> str(bounded("nearly", Written(D("2"), D("0.5")).scaled(6)))
'[1500000, 2000000]'
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from factgen.models import Bound, Interval

__all__ = ["BOUND_OF_SHAPE", "Written", "approximate", "bounded", "exact", "point", "span", "vague"]

_HALF: Final = Decimal("0.5")

# The Bound each shape of interval reports.
BOUND_OF_SHAPE: Final[dict[str, Bound]] = {
    "exact": Bound.EXACT,
    "approx": Bound.APPROXIMATE,
    "nearly": Bound.APPROXIMATE,
    "gt": Bound.LOWER,
    "ge": Bound.LOWER,
    "just_over": Bound.LOWER,
    "lt": Bound.UPPER,
    "le": Bound.UPPER,
    "just_under": Bound.UPPER,
    "between": Bound.RANGE,
    "from": Bound.RANGE,
}


@dataclass(frozen=True, slots=True)
class Written:
    """A number as written: its exact value and half a unit in its last written digit.

    >>> from decimal import Decimal as D
    >>> Written.from_digits("58.3").scaled(9)
    Written(value=Decimal('5.83E+10'), half_unit=Decimal('5E+7'))
    >>> Written.from_digits("35,000").half_unit
    Decimal('0.5')
    """

    value: Decimal
    half_unit: Decimal

    @classmethod
    def from_digits(cls, digits: str) -> Written:
        number = Decimal(digits.replace(",", ""))
        exponent = number.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 - digits are finite by construction
        return cls(number, _HALF.scaleb(exponent))

    def scaled(self, power: int) -> Written:
        return Written(self.value.scaleb(power), self.half_unit.scaleb(power))

    def negated(self) -> Written:
        return Written(-self.value, self.half_unit)

    def rounding_half_unit(self) -> Decimal:
        """Half a unit in the last non-zero digit, never less than the written precision."""
        if not self.value:
            return self.half_unit
        exponent = self.value.normalize().as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 - finite
        return max(self.half_unit, _HALF.scaleb(exponent))


def exact(n: Written) -> Interval:
    """``[v - h, v + h)``: every number that rounds (half up) to what was written."""
    return Interval(n.value - n.half_unit, n.value + n.half_unit, True, False)


def approximate(n: Written) -> Interval:
    """``[v - H, v + H)`` with ``H`` half a unit in the last non-zero digit."""
    h = n.rounding_half_unit()
    return Interval(n.value - h, n.value + h, True, False)


def point(value: Decimal) -> Interval:
    """``[v, v]``: ordinals, years, fractions."""
    return Interval(value, value)


def span(low: Decimal, high: Decimal) -> Interval:
    """``[low, high]``: a written range.

    >>> from decimal import Decimal as D
    >>> str(span(D(10), D(20)))
    '[10, 20]'
    """
    return Interval(low, high)


def vague(low_power: int, high_power: int, *, factor: int = 1) -> Interval:
    """``[factor * 10**low_power, factor * 10**high_power)``: "tens of thousands", "dozens".

    >>> str(vague(4, 5))
    '[10000, 100000)'
    """
    return Interval(Decimal(factor).scaleb(low_power), Decimal(factor).scaleb(high_power), True, False)


def bounded(shape: str, n: Written) -> Interval:
    """The interval of a number preceded by a bound or approximation word (``shape`` from the lexicon)."""
    v, h = n.value, n.rounding_half_unit()
    shapes = {
        "exact": lambda: exact(n),
        "approx": lambda: approximate(n),
        "nearly": lambda: Interval(v - h, v),
        "gt": lambda: Interval(v, None, low_closed=False),
        "ge": lambda: Interval(v, None),
        "lt": lambda: Interval(None, v, high_closed=False),
        "le": lambda: Interval(None, v),
        "just_under": lambda: Interval(v - h, v, high_closed=False),
        "just_over": lambda: Interval(v, v + h, low_closed=False),
    }
    return shapes[shape]()
