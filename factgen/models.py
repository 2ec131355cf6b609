"""The record contract: pydantic models are the source of truth; the JSON Schema is generated from them.

Regenerate the published schemas with::

    factgen schema --out schemas/       # writes schemas/record.schema.json and schemas/article.schema.json

A test fails when the committed files differ from what these models produce.

Conventions of the contract (written for third parties):

* Offsets are 0-based Python ``str`` indices (Unicode code points), ``end`` exclusive, so
  ``article.text[start:end] == evidence.text``.
* Exact numbers are decimal strings (``"58000000000"``, ``"0.3"``), never JSON floats.
* Every key of a record is present; unknown values are ``null``. Unknown keys are errors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

from factgen.errors import shorten

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Bound",
    "ClaimSource",
    "Evidence",
    "Interval",
    "Kind",
    "Label",
    "Method",
    "Origin",
    "Provenance",
    "Quantity",
    "Record",
    "Reference",
    "Relation",
    "SourceFormat",
    "Verdict",
    "export_schema",
    "semantic_problems",
]

SCHEMA_VERSION: Final = "1.0"
SCHEMA_BASE_ID: Final = "urn:factgen:schema"
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

_DECIMAL_BODY: Final = r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"
_DECIMAL_RE: Final = re.compile(_DECIMAL_BODY)


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, Decimal) and value.is_finite():
        return value
    if isinstance(value, str) and _DECIMAL_RE.fullmatch(value):
        return Decimal(value)
    msg = f"expected a decimal string such as '58000000000' or '0.3', got {shorten(value)}"
    raise ValueError(msg)


def decimal_str(value: Decimal) -> str:
    """The contract's spelling of an exact number: plain notation, no exponent.

    >>> decimal_str(Decimal("58e9")), decimal_str(Decimal("0.30")), decimal_str(Decimal("-1.5"))
    ('58000000000', '0.30', '-1.5')
    """
    text = format(value, "f")
    return "0" if text == "-0" else text


PATTERN_NAMES[f"^(?:{_DECIMAL_BODY})(?![\\s\\S])"] = "a decimal string such as '58000000000' or '0.3'"
DecimalStr = Annotated[
    Decimal,
    PlainValidator(_to_decimal),
    PlainSerializer(decimal_str, return_type=str),
    WithJsonSchema({"type": "string", "pattern": f"^(?:{_DECIMAL_BODY})(?![\\s\\S])"}),
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
        low = "-inf" if self.low is None else decimal_str(self.low)
        high = "inf" if self.high is None else decimal_str(self.high)
        return f"{left}{low}, {high}{right}"


# --------------------------------------------------------------------------- models


class _Model(BaseModel):
    # defer_build: a validator is built on first use, so importing factgen.models (and parse_quantity) stays fast
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


class Article(_Model):
    """A news article: the text every span of every record points into."""

    id: IdStr = Field(description="Stable id: from the manifest, else a hash of the text.")
    text: TextStr = Field(description="The article text that all offsets index (Unicode code points).")
    title: ShortStr | None = Field(default=None, description="Headline, if known.")
    url: ShortStr | None = Field(default=None, description="Where the article was published, if known.")
    publisher: ShortStr | None = Field(default=None, description="Outlet name, if known.")
    published: date | None = Field(default=None, description="Publication date (YYYY-MM-DD), if known.")
    language: LanguageStr | None = Field(default=None, description="BCP 47 language tag, if known.")


class Quantity(_Model):
    """A number in a claim, normalised: exact value, unit, and the interval of values the text allows."""

    surface: ShortStr = Field(description="The quantity as written, e.g. 'more than 35,000 civilians'.")
    start: Offset = Field(description="Start offset of `surface` in the claim text (0-based).")
    end: Offset = Field(description="End offset (exclusive) of `surface` in the claim text.")
    value: DecimalStr | None = Field(description="The stated value, exact; null for a range.")
    low: DecimalStr | None = Field(description="Lower end of the interval; null when unbounded.")
    high: DecimalStr | None = Field(description="Upper end of the interval; null when unbounded.")
    low_inclusive: bool = Field(description="Whether `low` itself belongs to the interval.")
    high_inclusive: bool = Field(description="Whether `high` itself belongs to the interval.")
    unit: ShortStr | None = Field(
        description="ISO 4217 code for money ('USD'); otherwise the singular unit or counted noun "
        "('percent', 'kilometre', 'civilian'); null when nothing is counted."
    )
    kind: Kind = Field(description="What the quantity measures.")
    bound: Bound = Field(description="How the text bounds the value.")

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, self.low_inclusive, self.high_inclusive)


class Evidence(_Model):
    """A span of an article that the verdict rests on: ``article.text[start:end] == text``."""

    article_id: IdStr = Field(description="Id of the article the span is taken from.")
    start: Offset = Field(description="Start offset in the article text (0-based).")
    end: Offset = Field(description="End offset in the article text (exclusive).")
    text: SpanStr = Field(description="Exactly `article.text[start:end]`.")


class Verdict(_Model):
    """The label, why it holds, and the rule that produced it."""

    label: Label = Field(description="SUPPORTED, REFUTED, NOT_ENOUGH_INFO or CONFLICTING.")
    rationale: ShortStr = Field(
        description="A sentence a person can check, e.g. 'claim says $85 billion; the evidence says $58 billion'."
    )
    rule: RuleStr = Field(
        description="Stable id of the rule that produced the label, e.g. 'quantity.interval'."
    )


class ClaimSource(_Model):
    """Where the claim's words come from."""

    article_id: IdStr = Field(description="Id of the article the claim was taken from.")
    start: Offset = Field(description="Start offset of the source sentence in the article text.")
    end: Offset = Field(description="End offset (exclusive) of the source sentence in the article text.")
    speaker: ShortStr | None = Field(
        description="Who the article says made the statement ('John Kirby', 'two U.S. officials'); null if none."
    )


class Reference(_Model):
    """Evidence an imported record cites without article offsets: a Wikipedia sentence (FEVER), a question and
    its answer (AVeriTeC) or a web page (ClaimReview)."""

    group: Offset = Field(
        description="Which group the item belongs to: the FEVER evidence set or the AVeriTeC question (0-based)."
    )
    page: ShortStr | None = Field(description="Wikipedia page title (FEVER), else null.")
    sentence: Offset | None = Field(description="Sentence id within `page` (FEVER, 0-based), else null.")
    url: ShortStr | None = Field(
        description="Address of the evidence page, if the source gives one, else null."
    )
    question: SpanStr | None = Field(description="The question this evidence answers (AVeriTeC), else null.")
    text: SpanStr | None = Field(
        description="The evidence text as the source writes it (an answer), else null."
    )


class Origin(_Model):
    """Where an imported record comes from, precisely enough to find it again and to export it back."""

    format: SourceFormat = Field(description="The third-party format: fever, averitec or claimreview.")
    file: ShortStr | None = Field(description="Name of the file the record was read from, if known.")
    line: Annotated[int, Field(ge=1, le=MAX_OFFSET)] | None = Field(
        description="1-based physical line of the record in that file, if known."
    )
    path: ShortStr | None = Field(
        description="Position inside a JSON document, e.g. '[3]' or 'claims[2].claimReview[0]'; null for JSON Lines."
    )
    original_id: ShortStr | None = Field(description="The record's id in the source format, if it has one.")
    label_original: ShortStr | None = Field(
        description="The verdict as the source writes it ('NOT ENOUGH INFO', 'Mostly False'), so lossy label "
        "maps can be undone; null if the source has none."
    )
    references: list[Reference] = Field(description="The evidence the source cites, in source order.")
    original: TextStr = Field(
        description="The source record as compact JSON, so that export restores the fields factgen has no place for."
    )


class Provenance(_Model):
    """How the record was made: extracted as written, which rule rewrote which parent record, or where it was
    imported from."""

    method: Method = Field(description="extracted, transformed or imported.")
    rule: RuleStr | None = Field(description="The rewriting rule for transformed records, else null.")
    parent_id: IdStr | None = Field(description="Id of the record this one was derived from, else null.")
    origin: Origin | None = Field(
        description="Where an imported record comes from; null for every other method."
    )


class Record(_Model):
    """One claim, its evidence and its verdict."""

    model_config = ConfigDict(
        title="factgen record",
        json_schema_extra={
            "description": "One claim, its evidence and its verdict (factgen record contract)."
        },
    )

    schema_version: Literal["1.0"] = Field(description="Version of this contract.")
    id: IdStr = Field(description="Stable id of the record: a hash of its content.")
    claim: ClaimStr = Field(description="The claim, as a self-contained sentence.")
    source: ClaimSource | None = Field(description="Where the claim comes from; null for imported claims.")
    quantities: list[Quantity] = Field(description="The quantities in the claim, in text order.")
    evidence: list[Evidence] = Field(description="The spans the verdict rests on; may be empty for NEI.")
    verdict: Verdict = Field(description="The label, its rationale and its rule.")
    provenance: Provenance = Field(description="How the record was made.")
    group_id: IdStr = Field(
        description="Shared by every record derived from the same source sentence; splits never separate a group."
    )

    @model_validator(mode="after")
    def _semantics(self) -> Record:
        problems = semantic_problems(self.model_dump(mode="json"))
        if problems:
            field, message = problems[0]
            msg = f"{field}: {message}"
            raise ValueError(msg)
        return self


# --------------------------------------------------------------------------- checks a schema cannot express
# These run once per record in `factgen validate`'s hot loop: plain code that returns a list, empty when valid.

Found = list[tuple[str, str]]


def _check_span(span: Mapping[str, Any], path: str, out: Found) -> bool:
    """Offsets are integers with ``start <= end``; True when both are integers (further checks may follow)."""
    start, end = span.get("start"), span.get("end")
    if type(start) is int and type(end) is int:
        if end < start:
            out.append((f"{path}.end", f"expected end >= start ({start}), got {end}"))
        return True
    for key, offset in (("start", start), ("end", end)):
        if isinstance(offset, float):  # JSON Schema counts 3.0 as an integer; an offset must be written 3
            out.append((f"{path}.{key}", f"expected integer, got number {offset!r}"))
    return False


def _decimal_or_none(value: object) -> Decimal | None:
    if value is None:
        return None
    return Decimal(value) if type(value) is str else Decimal(str(value))


def _check_quantity(q: Mapping[str, Any], path: str, claim: object, out: Found) -> None:
    if _check_span(q, path, out) and isinstance(claim, str) and isinstance(q.get("surface"), str):
        start, end, surface = q["start"], q["end"], q["surface"]
        if end > len(claim):
            out.append((f"{path}.end", f"expected at most the claim length ({len(claim)}), got {end}"))
        elif start <= end and claim[start:end] != surface:
            got = f"expected claim[{start}:{end}] = {shorten(claim[start:end])}, got {shorten(surface)}"
            out.append((f"{path}.surface", got))
    try:
        low, high, value = (
            _decimal_or_none(q.get("low")),
            _decimal_or_none(q.get("high")),
            _decimal_or_none(q.get("value")),
        )
    except ArithmeticError:
        return  # the schema pass reports malformed numbers
    closed_low, closed_high = q.get("low_inclusive") is True, q.get("high_inclusive") is True
    # Plain comparisons first (this runs for every quantity of every record); an Interval only for the message.
    empty = (
        low is not None
        and high is not None
        and (low > high or (low == high and not (closed_low and closed_high)))
    )
    outside = value is not None and (
        (low is not None and (value < low or (value == low and not closed_low)))
        or (high is not None and (value > high or (value == high and not closed_high)))
    )
    if empty or outside:
        interval = Interval(low, high, closed_low, closed_high)
        if empty:
            out.append((f"{path}.high", f"expected a non-empty interval, got {interval}"))
        elif value is not None:
            out.append((f"{path}.value", f"expected a value inside {interval}, got {decimal_str(value)}"))


def _check_provenance(provenance: Mapping[str, Any], out: Found) -> None:
    """A transformed record names its rule and parent; only an imported record has (and needs) an origin."""
    method = provenance.get("method")
    if method == Method.TRANSFORMED:
        if provenance.get("rule") is None or provenance.get("parent_id") is None:
            out.append(("provenance", "expected a rule and a parent_id for a transformed record, got null"))
    elif provenance.get("parent_id") is not None:
        out.append(("provenance.parent_id", f"expected null for method {method!r}, got a parent id"))
    origin = provenance.get("origin", None)
    if method == Method.IMPORTED and origin is None and "origin" in provenance:
        out.append(("provenance.origin", "expected the origin of an imported record, got null"))
    elif method != Method.IMPORTED and origin is not None:
        out.append(("provenance.origin", f"expected null for method {method!r}, got an origin"))


def semantic_problems(record: Mapping[str, Any]) -> Found:
    """``(field path, message)`` for every rule of the contract that JSON Schema cannot express.

    Runs on the JSON form of a record; fields of the wrong type are skipped (the schema pass reports them).

    >>> semantic_problems({"evidence": [{"start": 9, "end": 4, "text": "abc"}]})
    [('evidence[0].end', 'expected end >= start (9), got 4')]
    """
    out: Found = []
    source = record.get("source")
    if isinstance(source, dict):
        _check_span(source, "source", out)
    evidence = record.get("evidence")
    if isinstance(evidence, list):
        for i, ev in enumerate(evidence):
            if isinstance(ev, dict) and _check_span(ev, f"evidence[{i}]", out):
                text, width = ev.get("text"), ev["end"] - ev["start"]
                if isinstance(text, str) and width >= 0 and len(text) != width:
                    out.append(
                        (f"evidence[{i}].text", f"expected {width} characters (end - start), got {len(text)}")
                    )
    quantities = record.get("quantities")
    if isinstance(quantities, list):
        claim = record.get("claim")
        for i, q in enumerate(quantities):
            if isinstance(q, dict):
                _check_quantity(q, f"quantities[{i}]", claim, out)
    provenance = record.get("provenance")
    if isinstance(provenance, dict):
        _check_provenance(provenance, out)
    return out


# --------------------------------------------------------------------------- schema export


class _Generator(GenerateJsonSchema):
    """Draft 2020-12 with ``$schema`` and ``$id``, without pydantic's per-field titles."""

    def generate(
        self, schema: CoreSchema, mode: Literal["validation", "serialization"] = "validation"
    ) -> Any:
        out = super().generate(schema, mode=mode)
        name = str(out.get("title", "record")).removeprefix("factgen ").lower()
        return {"$schema": self.schema_dialect, "$id": f"{SCHEMA_BASE_ID}:{name}:{SCHEMA_VERSION}", **out}

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def default_schema(self, schema: Any) -> JsonSchemaValue:
        out = super().default_schema(schema)
        out.pop("default", None)  # a default is not part of the contract: absent optional keys mean null
        return out


def export_schema(model: type[BaseModel] = Record) -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a model, as published in ``schemas/``."""
    return model.model_json_schema(schema_generator=_Generator)


SCHEMA_FILES: Final[dict[str, type[BaseModel]]] = {
    "record.schema.json": Record,
    "article.schema.json": Article,
}


def schema_text(model: type[BaseModel]) -> str:
    """The exact text committed in ``schemas/`` (stable key order, trailing newline)."""
    return json.dumps(export_schema(model), indent=2, ensure_ascii=False) + "\n"
