"""FEVER (Thorne et al., NAACL 2018): JSON Lines of ``{id, label, claim, evidence}``.

``evidence`` is a list of evidence *sets*; each set is a list of ``[annotation_id, evidence_id, wiki_page,
sentence_id]``, and any one complete set supports the label. NOT ENOUGH INFO has ``page`` and ``sentence_id``
null. The sentence text is not in the file (it lives in the Wikipedia dump), so an imported record keeps
the page and sentence id as :class:`~factgen.models.Reference` s, not as evidence spans.

Label map (both ways; the FEVER label as written is kept in ``origin.label_original``):

==================  ===================
factgen             FEVER
==================  ===================
SUPPORTED           SUPPORTS
REFUTED             REFUTES
NOT_ENOUGH_INFO     NOT ENOUGH INFO
CONFLICTING         (none: export refuses the record)
==================  ===================

Export of a record that was not imported from FEVER writes one evidence set per evidence span, with the
article id as the page and the span's start offset as the sentence id (FEVER has no character spans).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

from factgen._io import JsonLine, content_hash, describe
from factgen.convert._base import (
    ExportError,
    Finding,
    FormatSpec,
    Item,
    Path_,
    imported_record,
    jsonl_items,
    original_of,
    schema_document,
)
from factgen.errors import Problem, Severity, shorten
from factgen.models import Label, Record, Reference, SourceFormat
from factgen.models.values import PATTERN_NAMES

__all__ = ["FEVER", "FEVER_LABELS", "FEVER_SCHEMA", "fever_from_record", "fever_label"]

FEVER_LABELS: Final[dict[str, Label]] = {
    "SUPPORTS": Label.SUPPORTED,
    "REFUTES": Label.REFUTED,
    "NOT ENOUGH INFO": Label.NOT_ENOUGH_INFO,
}
_TO_FEVER: Final = {label: name for name, label in FEVER_LABELS.items()}
NON_BLANK: Final = "\\S"
PATTERN_NAMES[NON_BLANK] = "non-blank text"
_NEI: Final = "NOT ENOUGH INFO"

_NULLABLE_INT: Final = {"type": ["integer", "null"]}
FEVER_SCHEMA: Final[dict[str, Any]] = schema_document(
    "fever",
    "FEVER claim",
    "One line of a FEVER JSON Lines file (Thorne et al. 2018), as checked by factgen validate --format fever.",
    {
        "type": "object",
        "required": ["id", "label", "claim", "evidence"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "integer", "description": "Claim id, unique in the file."},
            "verifiable": {
                "enum": ["VERIFIABLE", "NOT VERIFIABLE"],
                "description": "NOT VERIFIABLE exactly when the label is NOT ENOUGH INFO (training files only).",
            },
            "label": {"enum": list(FEVER_LABELS), "description": "The gold label."},
            "claim": {"type": "string", "pattern": NON_BLANK, "description": "The claim sentence."},
            "evidence": {
                "type": "array",
                "description": "Evidence sets; any one complete set justifies the label.",
                "items": {
                    "type": "array",
                    "minItems": 1,
                    "description": "One evidence set: the sentences that together justify the label.",
                    "items": {
                        "type": "array",
                        "description": "[annotation_id, evidence_id, wiki_page, sentence_id]; page and "
                        "sentence_id are null for NOT ENOUGH INFO.",
                        "prefixItems": [
                            _NULLABLE_INT,
                            _NULLABLE_INT,
                            {"type": ["string", "null"], "minLength": 1},
                            {"type": ["integer", "null"], "minimum": 0},
                        ],
                        "minItems": 4,
                        "maxItems": 4,
                    },
                },
            },
        },
    },
)


_FIELDS: Final = frozenset(FEVER_SCHEMA["properties"])


def fever_label(text: str) -> str | None:
    """The canonical FEVER label for a label written in another case or with underscores, else None.

    >>> fever_label("supports"), fever_label("Not_Enough_Info"), fever_label("TRUE")
    ('SUPPORTS', 'NOT ENOUGH INFO', None)
    """
    canonical = " ".join(text.replace("_", " ").split()).upper()
    return canonical if canonical in FEVER_LABELS else None


def _normalise(obj: dict[str, Any], item: Item) -> tuple[dict[str, Any], list[Finding]]:
    label = obj.get("label")
    if isinstance(label, str) and label not in FEVER_LABELS and (canonical := fever_label(label)):
        message = f"expected {canonical!r}, got {label!r}; read as {canonical!r}"
        return {**obj, "label": canonical}, [(("label",), message, Severity.WARNING)]
    return obj, []


def _is_item(value: object) -> bool:
    return isinstance(value, list) and not any(isinstance(x, list | dict) for x in value)


def _check(obj: dict[str, Any], item: Item) -> tuple[list[Finding], list[Path_]]:
    """Evidence shape and agreement with the label; the verifiable flag. Wrong types are the schema's."""
    out: list[Finding] = []
    suppressed: list[Path_] = []
    label, evidence = obj.get("label"), obj.get("evidence")
    if obj.get("verifiable") in ("VERIFIABLE", "NOT VERIFIABLE") and label in FEVER_LABELS:
        want = "NOT VERIFIABLE" if label == _NEI else "VERIFIABLE"
        if obj["verifiable"] != want:
            out.append(
                (
                    ("verifiable",),
                    f"expected {want!r} for label {label!r}, got {obj['verifiable']!r}",
                    Severity.ERROR,
                )
            )
    if isinstance(obj.get("id"), float) and obj["id"].is_integer():
        out.append((("id",), f"expected integer, got number {obj['id']!r}", Severity.ERROR))
    if not isinstance(evidence, list):
        return out, suppressed
    if len(evidence) == 4 and _is_item(evidence):
        message = (
            "expected a list of evidence sets [[[annotation_id, evidence_id, page, sentence_id], ...], ...], "
            f"got one flat evidence item {shorten(evidence)}; wrap it in two lists"
        )
        return [*out, (("evidence",), message, Severity.ERROR)], [("evidence",)]
    if evidence and all(_is_item(s) and s for s in evidence):
        message = (
            "expected a list of evidence sets (lists of [annotation_id, evidence_id, page, sentence_id]), "
            "got a flat list of evidence items; wrap each set in a list"
        )
        return [*out, (("evidence",), message, Severity.ERROR)], [("evidence",)]
    complete = 0
    for i, ev_set in enumerate(evidence):
        if not isinstance(ev_set, list):
            continue
        for j, ev in enumerate(ev_set):
            if isinstance(ev, list):
                complete += _check_item(ev, ("evidence", i, j), label, out, suppressed)
    if label in ("SUPPORTS", "REFUTES") and not evidence:
        out.append(
            (("evidence",), f"expected at least one evidence set for {label}, got none", Severity.ERROR)
        )
    return out, suppressed


def _check_item(
    ev: list[Any], path: Path_, label: object, out: list[Finding], suppressed: list[Path_]
) -> int:
    if len(ev) != 4:
        message = f"expected 4 items [annotation_id, evidence_id, wiki_page, sentence_id], got {len(ev)}"
        out.append((path, message, Severity.ERROR))
        suppressed.append(path)
        return 0
    page, sentence = ev[2], ev[3]
    for k, name in ((0, "annotation id"), (1, "evidence id"), (3, "sentence id")):
        if isinstance(ev[k], float):
            out.append(((*path, k), f"expected an integer {name}, got number {ev[k]!r}", Severity.ERROR))
            suppressed.append((*path, k))
    if label == _NEI:
        for k, value in ((2, page), (3, sentence)):
            if value is not None:
                message = f"expected null for NOT ENOUGH INFO (no evidence), got {describe(value)}"
                out.append(((*path, k), message, Severity.ERROR))
                suppressed.append((*path, k))
        return 0
    if label in ("SUPPORTS", "REFUTES"):
        for k, value, what in ((2, page, "a wiki page"), (3, sentence, "a sentence id")):
            if value is None:
                message = f"expected {what} for {label}, got null (null evidence belongs to NOT ENOUGH INFO)"
                out.append(((*path, k), message, Severity.ERROR))
    return 1


def _fast(obj: dict[str, Any]) -> bool:
    """Whether a schema-valid FEVER record passes every semantic check (the common case, checked quickly)."""
    label, evidence = obj["label"], obj["evidence"]
    nei = label == _NEI
    if not evidence and not nei:
        return False
    for ev_set in evidence:
        for ann, ev_id, page, sentence in ev_set:
            if type(ann) is float or type(ev_id) is float or type(sentence) is float:
                return False
            if nei != (page is None and sentence is None) or (not nei and (page is None or sentence is None)):
                return False
    verifiable = obj.get("verifiable")
    return type(obj["id"]) is int and (verifiable is None or (verifiable == "NOT VERIFIABLE") == nei)


def _key(obj: dict[str, Any]) -> int | None:
    record_id = obj.get("id")
    if type(record_id) is int and -(2**63) <= record_id < 2**63:
        return record_id
    return None


def _duplicate(key: int, first_line: int, first_index: int) -> tuple[str, str]:
    return "id", f"duplicate id {key}, first seen on line {first_line}"


def _references(evidence: list[Any]) -> list[Reference]:
    return [
        Reference(group=i, page=ev[2], sentence=ev[3], url=None, question=None, text=None)
        for i, ev_set in enumerate(evidence)
        for ev in ev_set
        if ev[2] is not None and ev[3] is not None
    ]


def _to_records(obj: dict[str, Any], item: Item, file: str) -> Iterator[dict[str, Any]]:
    label = FEVER_LABELS[obj["label"]]
    refs = _references(obj["evidence"])
    sets = len({r.group for r in refs})
    rationale = f"FEVER gold label {obj['label']} ({sets} evidence sets, {len(refs)} sentences)"
    yield imported_record(
        SourceFormat.FEVER,
        record_id=f"fever-{obj['id']}",
        claim=obj["claim"],
        label=label,
        rationale=rationale,
        item=item,
        file=file,
        original=item.value,
        original_id=str(obj["id"]),
        label_original=item.value.get("label"),
        references=refs,
    )


def fever_from_record(record: Record) -> dict[str, Any]:
    """The FEVER object for a record; raises :class:`ExportError` for a label FEVER cannot express.

    The id is the original FEVER id when the record was imported from FEVER, else a stable 52-bit number
    derived from the record id.
    """
    label = _TO_FEVER.get(record.verdict.label)
    if label is None:
        msg = f"record {record.id!r}: FEVER has no label for {record.verdict.label.value} (SUPPORTS, REFUTES, NOT ENOUGH INFO)"
        raise ExportError(msg)
    base = {k: v for k, v in original_of(record, SourceFormat.FEVER).items() if k in _FIELDS}
    origin = record.provenance.origin
    refs = list(origin.references) if origin is not None else []
    evidence: list[Any]
    if (
        base
        and FEVER_LABELS.get(fever_label(str(base.get("label"))) or "") is record.verdict.label
        and _safe_refs(base) == refs
    ):
        evidence = base["evidence"]
    elif label == _NEI:
        evidence = [[[None, None, None, None]]]
    elif refs and all(r.page is not None and r.sentence is not None for r in refs):
        # One evidence set per run of consecutive references of one group, so the references come back in their
        # order: a dict keyed by group merged [2, 0, 2] into two sets and reordered them. Groups that interleave
        # become separate sets, since FEVER cannot hold both that order and that grouping.
        evidence = [
            [[None, None, r.page, r.sentence] for r in run]
            for _, run in groupby(refs, key=attrgetter("group"))
        ]
    elif record.evidence:
        evidence = [[[None, None, ev.article_id, ev.start]] for ev in record.evidence]
    else:
        msg = f"record {record.id!r}: FEVER needs evidence (a page and a sentence id) for {label}, the record has none"
        raise ExportError(msg)
    record_id = base.get("id") if type(base.get("id")) is int else int(content_hash(record.id), 16) >> 12
    out = {**base, "id": record_id, "label": label, "claim": record.claim, "evidence": evidence}
    if "verifiable" in base:
        out["verifiable"] = "NOT VERIFIABLE" if label == _NEI else "VERIFIABLE"
    return out


def _safe_refs(base: dict[str, Any]) -> list[Reference] | None:
    try:
        return _references(base["evidence"])
    except (KeyError, TypeError, IndexError, ValueError):
        return None


def _read(path: Path, file: str) -> Iterator[JsonLine | Problem]:
    return jsonl_items(path, file)


FEVER: Final = FormatSpec(
    name=SourceFormat.FEVER,
    title="FEVER",
    container="JSON Lines",
    schema=FEVER_SCHEMA,
    read=_read,
    normalise=_normalise,
    check=_check,
    key=_key,
    duplicate=_duplicate,
    to_records=_to_records,
    from_record=fever_from_record,
    fast=_fast,
)
