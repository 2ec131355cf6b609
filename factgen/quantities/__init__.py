"""The quantity normaliser: exact values, units, bounds and intervals of the numbers in news text.

* :func:`parse_quantity` reads one expression and is strict (raises :class:`~factgen.errors.QuantityError`).
* :func:`extract_quantities` reads running text and is total (never raises; exact character spans).

The precision rule (how "$58 billion" becomes ``[57.5e9, 58.5e9]``) is documented in
:mod:`factgen.quantities.intervals`.

What callers can rely on (issue 17; each point has case rows in ``tests/quantities/test_long_tail.py`` or a
property in ``tests/quantities/test_extract.py``):

* **No number inside a name or identifier.** Letters glued to digits, with or without a hyphen ("COP29", "F-35",
  "A320", "MH17", "G7", "Su-27"), are never a quantity (a Hypothesis property). Nor are: a number after an
  identifier word ("Boeing 737", "Article 5", "Windows 11"); a bare number right after a capitalised word that is
  not a month, a weekday or a function word ("Euro 2024", "Voyager 2", "Vision 2030"); a year after a determiner
  and before a noun or a name ("the 2024 elections", "the 2022 World Cup"); a currency code that is also a name
  before a small whole number ("COP 28"). Money after such a code needs decimals, a scale word or 1,000 or more.
* **No pronoun or idiom read as a count**: "one of", "each one", "no one else", "one-time", "at one point",
  "first class", "third-class"; "first"/"second" alone are adverbs ("Russia first invaded").
* **No minus read into a dash**: "1.75%-2%" is the range ``[1.75, 2]`` and "3.6% - the Bank said" has no
  negative number; a percent range never yields a negative value (a Hypothesis property).
* **File and data sizes are quantities**, of kind ``dimension`` with a unit in :data:`DATA_SIZE_UNITS`
  ("1.5 MB" -> 1.5 ``megabyte``), so a caller that wants claims about the world can drop them by unit.
* **Years** are ``kind="date"`` ("in 2022", "2012-13", "the 1990s"); a count of things is never a date.

>>> [(q.surface, q.kind.value, q.unit) for q in extract_quantities("COP29 pledged $300 billion; photo 1.5 MB")]
[('$300 billion', 'money', 'USD'), ('1.5 MB', 'dimension', 'megabyte')]
"""

from __future__ import annotations

from factgen.quantities._lexicon import DATA_SIZE_UNITS
from factgen.quantities.extract import extract_quantities
from factgen.quantities.parse import parse_quantity

__all__ = ["DATA_SIZE_UNITS", "extract_quantities", "parse_quantity"]
