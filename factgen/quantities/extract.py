"""Find every quantity in running text: total on any ``str``, exact spans, text order, no overlaps.

>>> [(q.surface, q.kind.value, q.unit) for q in extract_quantities(
...     "Since February 2022, more than 35,000 civilians have been killed; the U.S. has provided $58 billion.")]
[('2022', 'date', None), ('more than 35,000 civilians', 'cardinal', 'civilian'), ('$58 billion', 'money', 'USD')]
>>> extract_quantities("Air Force One flew the G7 leaders past F-16s; COVID-19 was one of the topics.")
[]
"""

from __future__ import annotations

from factgen.models import Quantity
from factgen.quantities._patterns import find_core, non_quantity_spans
from factgen.quantities.parse import read_at

__all__ = ["extract_quantities"]


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in text order; ``text[q.start:q.end] == q.surface`` for each.

    Never raises on a ``str``: text without quantities gives ``[]``.

    >>> [(q.surface, str(q.interval)) for q in extract_quantities("C$120 million (US$88 million)")]
    [('C$120 million', '[119500000, 120500000)'), ('US$88 million', '[87500000, 88500000)')]
    """
    masks = non_quantity_spans(text)
    found: list[Quantity] = []
    pos = floor = i = 0
    while (core := find_core(text, pos)) is not None:
        start = core.start()
        while i < len(masks) and masks[i][1] <= start:
            i += 1
        q = None if i < len(masks) and masks[i][0] <= start else read_at(text, core, floor=floor)
        if q is None:
            pos = core.end()
            continue
        found.append(q)
        pos = floor = q.end
    return found
