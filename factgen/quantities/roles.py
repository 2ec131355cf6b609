"""What a number is in its sentence, beyond what it measures: read from the words around an extracted quantity.

>>> from factgen.quantities import extract_quantities
>>> text = "Sifan Hassan, 30, won in 2:13:44."
>>> [q.surface for q in extract_quantities(text) if is_age(text, q)]
['30']
"""

from __future__ import annotations

import re
from typing import Final

from factgen.models import Bound, Kind, Quantity

MAX_AGE: Final = 120
_find_name_run = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*,\s$"
).search  # "Romi Gonen, " before an age


def is_age(text: str, q: Quantity) -> bool:
    """A person's age: a whole number up to :data:`MAX_AGE` set off right after a name ("Romi Gonen, 24;",
    "Sifan Hassan, 30,"), ended by a comma, semicolon, dash or closing parenthesis."""
    return (
        q.unit is None
        and q.kind is Kind.CARDINAL
        and q.bound is Bound.EXACT
        and q.value is not None
        and q.value == q.value.to_integral_value()
        and 0 < q.value <= MAX_AGE
        and text[q.end : q.end + 1] in {",", ";", "—", "–", ")"}
        and name_before(text, q) is not None
    )


def name_before(text: str, q: Quantity) -> int | None:
    """Where the run of capitalised words set off by a comma right before ``q`` starts ("Romi Gonen, 24"), if any:
    the name an age is said of."""
    found = _find_name_run(text[: q.start])
    return None if found is None else found.start()
