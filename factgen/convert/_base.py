"""What every third-party format shares: the unit of checking (:class:`Item`), the per-format hooks
(:class:`FormatSpec`), the schema pass with readable messages, duplicate detection in compact memory, and
the building of imported records.

A format module supplies a reader (file -> items), a JSON Schema, a normaliser (a lower-case label becomes
a warning and the canonical label), semantic checks, a duplicate key, and the maps to and from records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import jsonschema_rs
import orjson

from factgen._io import JsonLine, describe, iter_json_lines
from factgen.convert._jsondoc import line_of
from factgen.convert.detect import classify, plausible
from factgen.errors import ExportError, Problem, Severity, shorten
from factgen.models import SCHEMA_BASE_ID, SCHEMA_VERSION, Label, Record, Reference, SourceFormat
from factgen.quantities import extract_quantities
from factgen.validate import _messages, field_path, validate_record

__all__ = [
    "ExportError",
    "Finding",
    "FormatSpec",
    "Item",
    "Path_",
    "check_item",
    "imported_record",
    "jsonl_items",
    "schema_document",
]

Path_ = tuple[str | int, ...]
Finding = tuple[Path_, str, Severity]  # a path inside the record, a message, a severity

_Kind = jsonschema_rs.ValidationErrorKind
NON_BLANK: Final = "[^\\s]"  # "contains a non-blank character"; ECMA-262 \s covers Unicode spaces


@dataclass(frozen=True, slots=True)
class Item:
    """One unit of a third-party file: its parsed value and where it is.

    ``path`` is its position in the document (``(3,)``, ``("claims", 2)``; ``()`` for a JSON Lines row).
    ``text`` is the JSON text it was parsed from when that text spans several lines (an array element, a
    JSON-LD block), with ``text_path`` the item's path inside it, so a problem can name the key's own line.
    """

    value: Any
    line: int
    path: Path_ = ()
    text: bytes | None = None
    text_path: Path_ = ()
    kind: str = ""  # a format's sub-shape, e.g. ClaimReview "jsonld" or "factcheck"
    text_line: int = 0  # the line ``text`` starts on, when it starts before the item (0: the item's line)

    def line_of(self, inner: Path_) -> int:
        """The physical line of a path inside this item: the key's own line when the text spans lines."""
        if self.text is None or b"\n" not in self.text:
            return self.line
        return line_of(self.text, self.text_line or self.line, (*self.text_path, *inner))

    def where(self) -> str:
        """``line 12`` or ``[3] (line 40)``: the position written into the origin and into messages."""
        return f"line {self.line}" if not self.path else f"{field_path(list(self.path))} (line {self.line})"


@dataclass(frozen=True)
class FormatSpec:
    """The hooks that make a third-party format: read, check, convert in and out."""

    name: SourceFormat
    title: str  # "FEVER"
    container: str  # "JSON Lines", "a JSON array", "JSON-LD"
    schema: dict[str, Any]
    read: Callable[[Path, str], Iterator[Item | JsonLine | Problem]]  # JSON Lines rows stay unwrapped
    normalise: Callable[[dict[str, Any], Item], tuple[dict[str, Any], list[Finding]]]
    check: Callable[
        [dict[str, Any], Item], tuple[list[Finding], list[Path_]]
    ]  # findings, schema paths they replace
    key: Callable[[dict[str, Any]], int | None]  # the duplicate key of a valid record
    duplicate: Callable[
        [int, int, int], tuple[str, str]
    ]  # (key, first line, first index) -> (field, message)
    to_records: Callable[[dict[str, Any], Item, str], Iterator[dict[str, Any]]]
    from_record: Callable[[Record], dict[str, Any]]
    schema_for: Callable[[Item], dict[str, Any] | None] = field(default=lambda item: None)
    fast: Callable[[dict[str, Any]], bool] | None = (
        None  # True: a schema-valid record has no semantic finding
    )


# --------------------------------------------------------------------------- the schema pass


def schema_document(name: str, title: str, description: str, body: dict[str, Any]) -> dict[str, Any]:
    """A published format schema: Draft 2020-12 with ``$schema`` and ``$id`` like the record schema."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE_ID}:{name}:{SCHEMA_VERSION}",
        "title": title,
        "description": description,
        **body,
    }


_VALIDATORS: dict[int, tuple[dict[str, Any], Any]] = {}


def validator(schema: dict[str, Any]) -> Any:
    """The compiled jsonschema-rs validator of a format schema (compiled once per schema object)."""
    found = _VALIDATORS.get(id(schema))
    if found is None or found[0] is not schema:
        found = _VALIDATORS[id(schema)] = (schema, jsonschema_rs.validator_for(schema))
    return found[1]


def schema_findings(obj: Any, schema: dict[str, Any]) -> list[Finding]:
    """``(path, message, ERROR)`` for every schema error, in factgen's "expected ..., got ..." form."""
    validator_ = validator(schema)
    if validator_.is_valid(obj):
        return []
    try:
        errors = list(validator_.iter_errors(obj))
    except ValueError:  # nested past the recursion limit: orjson refuses such text before we get here
        return [((), "nested too deeply to check", Severity.ERROR)]
    out: list[Finding] = []
    for err in errors:
        kind = err.kind
        path = tuple(err.instance_path)
        if isinstance(kind, _Kind.MinItems | _Kind.MaxItems):
            word = "least" if isinstance(kind, _Kind.MinItems) else "most"
            out.append(
                (path, f"expected at {word} {kind.limit} items, got {len(err.instance)}", Severity.ERROR)
            )
            continue
        out.extend((tuple(p), message, Severity.ERROR) for p, message in _messages(err, schema))
    return out


# --------------------------------------------------------------------------- checking one item


def _other_format(obj: dict[str, Any], spec: FormatSpec) -> str | None:
    other = classify(obj)
    return other if other is not None and other != spec.name else None


def check_item(spec: FormatSpec, item: Item, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The normalised value (None if it has errors) and every problem of one item."""
    obj = item.value
    if type(obj) is dict and validator(spec.schema_for(item) or spec.schema).is_valid(obj):
        semantic, _ = spec.check(obj, item)
        if not semantic:  # the hot path: a valid record costs one is_valid and one semantic pass
            return obj, []
    if not isinstance(obj, dict):
        message = f"expected a JSON object (one {spec.title} record), got {describe(obj)}"
        return None, [Problem(file, item.line, field_path(list(item.path)), message)]
    other = _other_format(obj, spec)
    if other is not None and spec.name not in _looks(obj):
        message = (
            f"this looks like a {_TITLES.get(other, other)} record, not {spec.title}; pass --format {other}?"
        )
        return None, [Problem(file, item.line, field_path(list(item.path)), message)]
    obj, findings = spec.normalise(obj, item)
    semantic, suppressed = spec.check(obj, item)
    schema = spec.schema_for(item) or spec.schema
    for path, message, severity in schema_findings(obj, schema):
        if not any(path[: len(prefix)] == prefix for prefix in suppressed):
            findings.append((path, message, severity))
    findings.extend(semantic)
    problems = [
        Problem(file, item.line_of(path), field_path([*item.path, *path]), message, severity)
        for path, message, severity in findings
    ]
    ok = not any(p.severity is Severity.ERROR for p in problems)
    return (obj if ok else None), problems


_TITLES: Final = {
    "fever": "FEVER",
    "averitec": "AVeriTeC",
    "claimreview": "ClaimReview",
    "factgen": "factgen",
}


def _looks(obj: dict[str, Any]) -> set[str]:
    return plausible(obj)


# --------------------------------------------------------------------------- readers


def jsonl_items(path: Path, file: str) -> Iterator[JsonLine | Problem]:
    """The rows of a JSON Lines file (the hot loop takes ``JsonLine`` s as they are, without wrapping)."""
    return iter_json_lines(path, display=file)


# --------------------------------------------------------------------------- building records


def short_text(text: str, limit: int = 2000) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (rationales are at most 2,000 characters)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def non_blank(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def imported_record(
    fmt: SourceFormat,
    *,
    record_id: str,
    claim: str,
    label: Label,
    rationale: str,
    item: Item,
    file: str,
    original: dict[str, Any],
    original_id: str | None,
    label_original: str | None,
    references: Iterable[Reference],
    path: Path_ | None = None,
) -> dict[str, Any]:
    """The JSON form of an imported record: no source, no spans, the origin kept for the way back."""
    where = item.path if path is None else path
    return {
        "schema_version": SCHEMA_VERSION,
        "id": record_id,
        "claim": claim,
        "claim_date": None,
        "source": None,
        "quantities": [q.model_dump(mode="json") for q in extract_quantities(claim)],  # so numbers compare
        "evidence": [],
        "verdict": {"label": str(label), "rationale": short_text(rationale), "rule": f"imported.{fmt}"},
        "provenance": {
            "method": "imported",
            "rule": None,
            "parent_id": None,
            "origin": {
                "format": str(fmt),
                "file": Path(file).name or None,
                "line": item.line,
                "path": field_path(list(where)) or None,
                "original_id": original_id,
                "label_original": label_original,
                "references": [ref.model_dump(mode="json") for ref in references],
                "original": orjson.dumps(original).decode(),
            },
            "rewrites": [],
        },
        "group_id": record_id,
        "story_id": None,
    }


def to_model(record: dict[str, Any], file: str, line: int, where: str) -> Record | list[Problem]:
    """A :class:`Record`, or the contract problems of the record the import would make (never raises)."""
    problems = validate_record(record, file=file, line=line)
    if problems:
        return [
            Problem(
                p.file,
                p.line,
                where,
                f"cannot import: the record would break the contract: {p.field}: {p.message}",
            )
            for p in problems
        ]
    return Record.model_validate_json(orjson.dumps(record))


def original_of(record: Record, fmt: SourceFormat) -> dict[str, Any]:
    """The source object of a record imported from ``fmt``; ``{}`` for any other record."""
    origin = record.provenance.origin
    if origin is None or origin.format is not fmt:
        return {}
    value = orjson.loads(origin.original)
    return value if isinstance(value, dict) else {}


def cut(value: object) -> str:
    return shorten(value)
