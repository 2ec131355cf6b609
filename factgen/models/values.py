"""The value types of the contract: its enumerations, constrained strings and decimals, and ``Interval``.

Patterns are written once and used twice: ``re.fullmatch`` in Python and an anchored ECMA-262 pattern in the JSON
Schema. ``PATTERN_NAMES`` maps each schema pattern to what it means, so validation messages say "an id of
letters, digits and ._:-" rather than a regex. The pydantic models that use these live in :mod:`factgen.models`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Final

from pydantic import (
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from factgen.errors import shorten

__all__ = [
    "MAX_FRACTION_DIGITS",
    "MAX_INTEGER_DIGITS",
    "MAX_OFFSET",
    "PATTERN_NAMES",
    "Bound",
    "ClaimStr",
    "DecimalStr",
    "IdStr",
    "Interval",
    "Kind",
    "Label",
    "LanguageStr",
    "Method",
    "Offset",
    "Relation",
    "RuleStr",
    "ShortStr",
    "SourceFormat",
    "SpanStr",
    "TextStr",
    "decimal_str",
    "in_bounds",
    "parse_decimal",
    "show_decimal",
]

MAX_OFFSET: Final = 2**53 - 1  # the largest integer a JSON reader in any language holds exactly


# --------------------------------------------------------------------------- enumerations


class Label(StrEnum):
    """A verdict. The order is fixed: it is the order of the ``ClassLabel`` names in the HF dataset."""

    SUPPORTED = "SUPPORTED"
    REFUTED = "REFUTED"
    NOT_ENOUGH_INFO = "NOT_ENOUGH_INFO"
    CONFLICTING = "CONFLICTING"


class Kind(StrEnum):
    """What a quantity measures."""

    CARDINAL = "cardinal"
    ORDINAL = "ordinal"
    MONEY = "money"
    PERCENT = "percent"
    FRACTION = "fraction"
    DURATION = "duration"
    AGE = "age"
    DIMENSION = "dimension"
    TEMPERATURE = "temperature"
    DATE = "date"


class Bound(StrEnum):
    """How the text bounds the quantity: "58" (exact), "about 58", "more than 58", "up to 58", "50-60"."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    LOWER = "lower"
    UPPER = "upper"
    RANGE = "range"


class Method(StrEnum):
    """How a record was made."""

    EXTRACTED = "extracted"  # the claim is a sentence of an article, as written
    TRANSFORMED = "transformed"  # a rule rewrote a parent record's claim
    IMPORTED = "imported"  # converted from a third-party file (FEVER, AVeriTeC, ClaimReview)


class SourceFormat(StrEnum):
    """A third-party claim format factgen reads and writes (``factgen convert`` / ``factgen export``)."""

    FEVER = "fever"  # JSON Lines, Thorne et al. 2018
    AVERITEC = "averitec"  # one JSON array of claims, Schlichtkrull et al. 2023
    CLAIMREVIEW = (
        "claimreview"  # schema.org ClaimReview JSON-LD, or a Fact Check Tools claims:search response
    )


class Relation(StrEnum):
    """How interval ``a`` relates to interval ``b`` (see :meth:`Interval.relation`)."""

    CONTAINS = "contains"  # b lies inside a (equal intervals included)
    WITHIN = "within"  # a lies inside b, and is smaller
    DISJOINT = "disjoint"  # no number lies in both
    OVERLAPS = "overlaps"  # some numbers lie in both, neither contains the other


# --------------------------------------------------------------------------- constrained types

# Patterns are written once and used twice: ``re.fullmatch`` in Python and an anchored ECMA-262 pattern in the
# JSON Schema. ``(?![\s\S])`` anchors at the very end in both engines (a bare ``$`` also matches before a
# trailing newline in Python's ``re``, which python-jsonschema uses).
_WHITESPACE: Final = "\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
PATTERN_NAMES: Final[dict[str, str]] = {}  # schema pattern -> what it means, for readable messages
_NON_BLANK: Final = f"[^{_WHITESPACE}]"  # searched, not anchored: "contains a non-blank character"


@dataclass(frozen=True, slots=True)
class _Pattern:
    """String constraint for ``Annotated[str, _Pattern(...)]``: checked by ``re`` in Python, exported to the schema."""

    body: str
    what: str
    max_length: int | None = None
    anchored: bool = True  # fullmatch; else "contains a match" (search)

    @property
    def schema_pattern(self) -> str:
        return f"^(?:{self.body})(?![\\s\\S])" if self.anchored else self.body

    def check(self, value: str) -> str:
        if self.max_length is not None and len(value) > self.max_length:
            msg = f"expected {self.what} of at most {self.max_length} characters, got {len(value)} characters"
            raise ValueError(msg)
        regex = _compiled(self.body)
        if (regex.fullmatch(value) if self.anchored else regex.search(value)) is None:
            msg = f"expected {self.what}, got {shorten(value)}"
            raise ValueError(msg)
        return value

    def __post_init__(self) -> None:
        PATTERN_NAMES[self.schema_pattern] = self.what

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        out: dict[str, Any] = {"type": "string", "pattern": self.schema_pattern}
        if self.max_length is not None:
            out["maxLength"] = self.max_length
        return out


@cache
def _compiled(body: str) -> re.Pattern[str]:
    return re.compile(body)


IdStr = Annotated[str, _Pattern(r"[A-Za-z0-9][A-Za-z0-9._:-]*", "an id of letters, digits and ._:-", 128)]
RuleStr = Annotated[
    str, _Pattern(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*", "a rule id such as 'quantity.interval'")
]
LanguageStr = Annotated[
    str, _Pattern(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", "a BCP 47 language tag such as 'en'")
]
ClaimStr = Annotated[str, _Pattern(_NON_BLANK, "non-blank text", 5_000, anchored=False)]
TextStr = Annotated[str, _Pattern(_NON_BLANK, "non-blank text", 10_000_000, anchored=False)]
SpanStr = Annotated[str, _Pattern(_NON_BLANK, "non-blank text", 100_000, anchored=False)]
ShortStr = Annotated[str, _Pattern(_NON_BLANK, "non-blank text", 2_000, anchored=False)]
Offset = Annotated[int, Field(ge=0, le=MAX_OFFSET)]

MAX_INTEGER_DIGITS: Final = (
    40  # digits before the point of any decimal the contract accepts (10^40 > any count)
)
MAX_FRACTION_DIGITS: Final = 40  # digits after it
# The bounds make every accepted number cheap by construction: parsing, comparing and printing one costs at
# most 80 digits, whatever a hostile file writes ("1e999999999" is not a decimal string of the contract).
_DECIMAL_BODY: Final = (
    f"-?(?:0|[1-9][0-9]{{0,{MAX_INTEGER_DIGITS - 1}}})(?:\\.[0-9]{{1,{MAX_FRACTION_DIGITS}}})?"
)
_DECIMAL_RE: Final = re.compile(_DECIMAL_BODY)
_DECIMAL_WHAT: Final = (
    f"a decimal string of at most {MAX_INTEGER_DIGITS} digits before the point and {MAX_FRACTION_DIGITS} "
    "after, such as '58000000000' or '0.3'"
)


def in_bounds(value: Decimal) -> bool:
    """Whether a finite ``Decimal`` fits the contract's digit bounds, judged from its exponent alone.

    >>> in_bounds(Decimal("58e9")), in_bounds(Decimal("0.30")), in_bounds(Decimal("1e999999999"))
    (True, True, False)
    >>> in_bounds(Decimal("NaN")), in_bounds(Decimal("1e-41"))
    (False, False)
    """
    if not value.is_finite():
        return False
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101  (finite: an int, for mypy)
    return value.adjusted() < MAX_INTEGER_DIGITS and -exponent <= MAX_FRACTION_DIGITS


def parse_decimal(value: object) -> Decimal | None:
    """The ``Decimal`` of a contract decimal string, else None (never raises; costs at most 80 digits).

    >>> parse_decimal("-1.50"), parse_decimal("1e9"), parse_decimal("NaN"), parse_decimal(7)
    (Decimal('-1.50'), None, None, None)
    """
    if type(value) is str and len(value) <= _MAX_DECIMAL_CHARS and _is_decimal(value):
        return Decimal(value)
    return None


_MAX_DECIMAL_CHARS: Final = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2  # sign and point
_is_decimal: Final = _DECIMAL_RE.fullmatch


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, Decimal) and in_bounds(value):
        return value
    parsed = parse_decimal(value)
    if parsed is not None:
        return parsed
    got = show_decimal(value) if isinstance(value, Decimal) else shorten(value)
    msg = f"expected {_DECIMAL_WHAT}, got {got}"
    raise ValueError(msg)


def decimal_str(value: Decimal) -> str:
    """The contract's spelling of an exact number: plain notation, no exponent.

    >>> decimal_str(Decimal("58e9")), decimal_str(Decimal("0.30")), decimal_str(Decimal("-1.5"))
    ('58000000000', '0.30', '-1.5')
    """
    text = format(value, "f")
    return "0" if text == "-0" else text


def show_decimal(value: Decimal) -> str:
    """A number for a message: the contract's spelling when it is in bounds, else the short scientific form
    (never a billion zeros).

    >>> show_decimal(Decimal("58e9")), show_decimal(Decimal("1e999999999")), show_decimal(Decimal("-nan"))
    ('58000000000', '1E+999999999', '-NaN')
    """
    return decimal_str(value) if in_bounds(value) else str(value)


PATTERN_NAMES[f"^(?:{_DECIMAL_BODY})(?![\\s\\S])"] = _DECIMAL_WHAT
DecimalStr = Annotated[
    Decimal,
    PlainValidator(_to_decimal),
    PlainSerializer(decimal_str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^(?:{_DECIMAL_BODY})(?![\\s\\S])",
            "$comment": f"An exact number in plain notation (no exponent, no NaN): at most {MAX_INTEGER_DIGITS} "
            f"digits before the point and {MAX_FRACTION_DIGITS} after, so any reader parses it in bounded time.",
        }
    ),
]


# --------------------------------------------------------------------------- intervals


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of numbers ``low..high``; ``None`` is unbounded, ``*_closed`` says whether the end belongs.

    >>> from decimal import Decimal as D
    >>> billions_58 = Interval(D("57.5e9"), D("58.5e9"))
    >>> more_than_50bn = Interval(D("50e9"), None, low_closed=False)
    >>> more_than_50bn.relation(billions_58)
    <Relation.CONTAINS: 'contains'>
    >>> billions_58.relation(more_than_50bn)
    <Relation.WITHIN: 'within'>
    >>> Interval(D(84), D(86)).relation(billions_58)
    <Relation.DISJOINT: 'disjoint'>
    """

    low: Decimal | None
    high: Decimal | None
    low_closed: bool = True
    high_closed: bool = True

    def __contains__(self, x: Decimal) -> bool:
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (self.high is not None and (x > self.high or (x == self.high and not self.high_closed)))

    def is_empty(self) -> bool:
        if self.low is None or self.high is None:
            return False
        return self.low > self.high or (self.low == self.high and not (self.low_closed and self.high_closed))

    def _low_at_least(self, other: Interval) -> bool:
        """Whether this interval starts no earlier than ``other`` does."""
        if other.low is None:
            return True
        if self.low is None:
            return False
        return self.low > other.low or (self.low == other.low and (other.low_closed or not self.low_closed))

    def _high_at_most(self, other: Interval) -> bool:
        if other.high is None:
            return True
        if self.high is None:
            return False
        return self.high < other.high or (
            self.high == other.high and (other.high_closed or not self.high_closed)
        )

    def issubset(self, other: Interval) -> bool:
        return self._low_at_least(other) and self._high_at_most(other)

    def isdisjoint(self, other: Interval) -> bool:
        def ends_before(a: Interval, b: Interval) -> bool:
            if a.high is None or b.low is None:
                return False
            return a.high < b.low or (a.high == b.low and not (a.high_closed and b.low_closed))

        return ends_before(self, other) or ends_before(other, self)

    def relation(self, other: Interval) -> Relation:
        """How this interval relates to ``other``: the primitive of every quantity verdict."""
        if other.issubset(self):
            return Relation.CONTAINS
        if self.issubset(other):
            return Relation.WITHIN
        if self.isdisjoint(other):
            return Relation.DISJOINT
        return Relation.OVERLAPS

    def __str__(self) -> str:
        left = "[" if self.low_closed and self.low is not None else "("
        right = "]" if self.high_closed and self.high is not None else ")"
        low = "-inf" if self.low is None else show_decimal(self.low)
        high = "inf" if self.high is None else show_decimal(self.high)
        return f"{left}{low}, {high}{right}"
