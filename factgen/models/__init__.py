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
from datetime import date
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import CoreSchema

from factgen.models.checks import semantic_problems
from factgen.models.values import (
    MAX_OFFSET,
    Bound,
    ClaimStr,
    DecimalStr,
    IdStr,
    Interval,
    Kind,
    Label,
    LanguageStr,
    Method,
    Offset,
    Relation,
    RuleStr,
    ShortStr,
    SourceFormat,
    SpanStr,
    TextStr,
)

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
    "schema_text",
]

SCHEMA_VERSION: Final = "2.0"
SCHEMA_BASE_ID: Final = "urn:factgen:schema"


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
    rewrites: list[RuleStr] = Field(
        description="The steps that made the source sentence stand alone as the claim, in order ("
        "'context.connective', 'context.pronoun', 'context.speaker', 'context.year', 'context.atomic', ...); "
        "empty when the claim text is the source sentence as written or the record is imported."
    )


class Record(_Model):
    """One claim, its evidence and its verdict."""

    model_config = ConfigDict(
        title="factgen record",
        json_schema_extra={
            "description": "One claim, its evidence and its verdict (factgen record contract)."
        },
    )

    schema_version: Literal["2.0"] = Field(description="Version of this contract.")
    id: IdStr = Field(description="Stable id of the record: a hash of its content.")
    claim: ClaimStr = Field(description="The claim, as a self-contained sentence.")
    claim_date: date | None = Field(
        description="When the claim was made: the source article's publication date (YYYY-MM-DD); null when unknown."
    )
    source: ClaimSource | None = Field(description="Where the claim comes from; null for imported claims.")
    quantities: list[Quantity] = Field(description="The quantities in the claim, in text order.")
    evidence: list[Evidence] = Field(description="The spans the verdict rests on; may be empty for NEI.")
    verdict: Verdict = Field(description="The label, its rationale and its rule.")
    provenance: Provenance = Field(description="How the record was made.")
    group_id: IdStr = Field(
        description="Shared by every record derived from the same source sentence (or from a near-copy of it in "
        "another report of the same story); splits never separate a group."
    )
    story_id: IdStr | None = Field(
        description="The story (one event, as reported by one or more outlets) the claim's article belongs to; "
        "null when stories were not grouped."
    )

    @model_validator(mode="after")
    def _semantics(self) -> Record:
        problems = semantic_problems(self.model_dump(mode="json"))
        if problems:
            field, message = problems[0]
            msg = f"{field}: {message}"
            raise ValueError(msg)
        return self


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
