"""The quantity normaliser: exact values, units, bounds and intervals of the numbers in news text.

* :func:`parse_quantity` reads one expression and is strict (raises :class:`~factgen.errors.QuantityError`).
* :func:`extract_quantities` reads running text and is total (never raises; exact character spans).

The precision rule (how "$58 billion" becomes ``[57.5e9, 58.5e9]``) is documented in
:mod:`factgen.quantities.intervals`.
"""

from __future__ import annotations

from factgen.quantities.extract import extract_quantities
from factgen.quantities.parse import parse_quantity

__all__ = ["extract_quantities", "parse_quantity"]
