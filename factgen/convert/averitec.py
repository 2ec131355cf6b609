"""AVeriTeC (Schlichtkrull, Guo and Vlachos, NeurIPS 2023): one JSON array of real-world claims with
question-answer evidence. There is no id field: a claim is known by its index in the array.

Label map (both ways; the label as written is kept in ``origin.label_original``):

==================  ====================================
factgen             AVeriTeC
==================  ====================================
SUPPORTED           Supported
REFUTED             Refuted
NOT_ENOUGH_INFO     Not Enough Evidence
CONFLICTING         Conflicting Evidence/Cherrypicking
==================  ====================================

Import: the justification becomes the rationale, every answer a :class:`~factgen.models.Reference`
(question, answer text, source url). Export of a record that was not imported from AVeriTeC writes one
Extractive question per evidence span ("What does article ID say?"), or one Unanswerable question when the
record has no evidence, and leaves the fields factgen has no value for null.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from factgen._io import content_hash, hash_key
from factgen.convert._base import (
    Finding,
    FormatSpec,
    Item,
    Path_,
    imported_record,
    non_blank,
    original_of,
    schema_document,
    short_text,
)
from factgen.convert._jsondoc import Element, first_byte, iter_array
from factgen.convert.fever import NON_BLANK
from factgen.errors import Problem, Severity, shorten
from factgen.models import Label, Record, Reference, SourceFormat
from factgen.models.values import PATTERN_NAMES

__all__ = ["AVERITEC", "AVERITEC_LABELS", "AVERITEC_SCHEMA", "averitec_from_record", "averitec_label"]

AVERITEC_LABELS: Final[dict[str, Label]] = {
    "Supported": Label.SUPPORTED,
    "Refuted": Label.REFUTED,
    "Not Enough Evidence": Label.NOT_ENOUGH_INFO,
    "Conflicting Evidence/Cherrypicking": Label.CONFLICTING,
}
_TO_AVERITEC: Final = {label: name for name, label in AVERITEC_LABELS.items()}
ANSWER_TYPES: Final = ("Extractive", "Abstractive", "Boolean", "Unanswerable")
CLAIM_TYPES: Final = (
    "Event/Property Claim",
    "Numerical Claim",
    "Quote Verification",
    "Causal Claim",
    "Position Statement",
)
STRATEGIES: Final = (
    "Written Evidence",
    "Consultation",
    "Numerical Comparison",
    "Fact-checker Reference",
    "Satirical Source Identification",
)
_DATE_PATTERN: Final = "^[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}$"
PATTERN_NAMES[_DATE_PATTERN] = "a date written D-M-YYYY such as '31-10-2020'"
_DATE = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")
_NO_ANSWER: Final = "No answer could be found."

_STR_OR_NULL: Final = {"type": ["string", "null"]}
_ANSWER: Final[dict[str, Any]] = {
    "type": "object",
    "description": "One answer to a question, with where it was found.",
    "required": ["answer", "answer_type"],
    "additionalProperties": False,
    "properties": {
        "answer": {"type": "string", "description": "The answer text ('No answer could be found.' if none)."},
        "answer_type": {"enum": list(ANSWER_TYPES), "description": "How the answer was written."},
        "source_url": {**_STR_OR_NULL, "description": "Where the answer was found ('' or null if nowhere)."},
        "source_medium": {**_STR_OR_NULL, "description": "Web text, PDF, Metadata, Web table, Video, ..."},
        "cached_source_url": {**_STR_OR_NULL, "description": "An archived copy of source_url."},
        "boolean_explanation": {**_STR_OR_NULL, "description": "Why; required for Boolean answers."},
    },
}
AVERITEC_SCHEMA: Final[dict[str, Any]] = schema_document(
    "averitec",
    "AVeriTeC claim",
    "One element of an AVeriTeC JSON array (Schlichtkrull et al. 2023), as checked by factgen validate "
    "--format averitec. The array index is the claim's id.",
    {
        "type": "object",
        "required": ["claim", "label", "questions"],
        "additionalProperties": False,
        "properties": {
            "claim": {"type": "string", "pattern": NON_BLANK, "description": "The claim as checked."},
            "required_reannotation": {"type": "boolean", "description": "Flag set during annotation."},
            "label": {"enum": list(AVERITEC_LABELS), "description": "The gold label."},
            "justification": {**_STR_OR_NULL, "description": "Why the label follows from the answers."},
            "claim_date": {
                "anyOf": [{"type": "string", "pattern": _DATE_PATTERN}, {"type": "null"}],
                "description": "When the claim was made, D-M-YYYY.",
            },
            "speaker": {**_STR_OR_NULL, "description": "Who made the claim."},
            "original_claim_url": {**_STR_OR_NULL, "description": "Where the claim appeared."},
            "cached_original_claim_url": {**_STR_OR_NULL, "description": "An archived copy of it."},
            "fact_checking_article": {**_STR_OR_NULL, "description": "The fact-check the claim comes from."},
            "reporting_source": {
                **_STR_OR_NULL,
                "description": "Where the claim was reported (Facebook, ...).",
            },
            "location_ISO_code": {**_STR_OR_NULL, "description": "ISO 3166 country code."},
            "claim_types": {
                "type": "array",
                "items": {"enum": list(CLAIM_TYPES)},
                "description": "What kind of claim it is.",
            },
            "fact_checking_strategies": {
                "type": "array",
                "items": {"enum": list(STRATEGIES)},
                "description": "How the fact-checker checked it.",
            },
            "questions": {
                "type": "array",
                "description": "The question-answer evidence.",
                "items": {
                    "type": "object",
                    "required": ["question", "answers"],
                    "additionalProperties": False,
                    "properties": {
                        "question": {"type": "string", "pattern": NON_BLANK, "description": "The question."},
                        "answers": {"type": "array", "items": _ANSWER, "description": "Its answers."},
                    },
                },
            },
        },
    },
)


_FIELDS: Final = frozenset(AVERITEC_SCHEMA["properties"])


def averitec_label(text: str) -> str | None:
    """The canonical AVeriTeC label for a label written in another case or spelling, else None.

    >>> averitec_label("supported"), averitec_label("Conflicting Evidence/Cherry-picking"), averitec_label("True")
    ('Supported', 'Conflicting Evidence/Cherrypicking', None)
    """
    key = " ".join(
        text.lower()
        .replace("cherry-picking", "cherrypicking")
        .replace("cherry picking", "cherrypicking")
        .split()
    )
    return next((name for name in AVERITEC_LABELS if name.lower() == key), None)


def _normalise(obj: dict[str, Any], item: Item) -> tuple[dict[str, Any], list[Finding]]:
    label = obj.get("label")
    if isinstance(label, str) and label not in AVERITEC_LABELS and (canonical := averitec_label(label)):
        message = f"expected {canonical!r}, got {label!r}; read as {canonical!r}"
        return {**obj, "label": canonical}, [(("label",), message, Severity.WARNING)]
    return obj, []


def _check(obj: dict[str, Any], item: Item) -> tuple[list[Finding], list[Path_]]:
    out: list[Finding] = []
    date = obj.get("claim_date")
    if isinstance(date, str) and (m := _DATE.fullmatch(date)):
        day, month, year = (int(g) for g in m.groups())
        if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
            message = f"expected a date written D-M-YYYY such as '31-10-2020', got {date!r} (no such day)"
            out.append((("claim_date",), message, Severity.ERROR))
    questions = obj.get("questions")
    if isinstance(questions, list):
        if not questions:
            out.append(
                (
                    ("questions",),
                    "expected at least one question (the claim's evidence), got none",
                    Severity.WARNING,
                )
            )
        for i, question in enumerate(questions):
            answers = question.get("answers") if isinstance(question, dict) else None
            if isinstance(answers, list):
                if not answers:
                    out.append(
                        (
                            ("questions", i, "answers"),
                            "expected at least one answer, got none",
                            Severity.WARNING,
                        )
                    )
                for j, answer in enumerate(answers):
                    if isinstance(answer, dict):
                        _check_answer(answer, ("questions", i, "answers", j), out)
    return out, []


def _check_answer(answer: dict[str, Any], path: Path_, out: list[Finding]) -> None:
    kind, explanation, text = (
        answer.get("answer_type"),
        answer.get("boolean_explanation"),
        answer.get("answer"),
    )
    if kind == "Boolean" and (
        explanation is None or (isinstance(explanation, str) and not explanation.strip())
    ):
        got = "none" if explanation is None else repr(explanation)
        message = f"expected a boolean_explanation for a Boolean answer, got {got}"
        out.append(((*path, "boolean_explanation"), message, Severity.ERROR))
    elif kind in ANSWER_TYPES and kind != "Boolean" and non_blank(explanation) is not None:
        message = f"expected no boolean_explanation for a {kind} answer, got {shorten(explanation)}"
        out.append(((*path, "boolean_explanation"), message, Severity.WARNING))
    if kind in ("Extractive", "Abstractive", "Boolean") and isinstance(text, str) and not text.strip():
        out.append(
            ((*path, "answer"), f"expected non-blank text for a {kind} answer, got {text!r}", Severity.ERROR)
        )


def _key(obj: dict[str, Any]) -> int | None:
    return hash_key(obj)


def _duplicate(key: int, first_line: int, first_index: int) -> tuple[str, str]:
    return "", f"duplicate record: identical to [{first_index}] on line {first_line}"


def _references(questions: list[dict[str, Any]]) -> list[Reference]:
    refs = []
    for i, question in enumerate(questions):
        q = non_blank(question["question"])
        answers = question["answers"] or [{}]
        for answer in answers:
            refs.append(
                Reference(
                    group=i,
                    page=None,
                    sentence=None,
                    url=non_blank(answer.get("source_url")),
                    question=q,
                    text=non_blank(answer.get("answer")),
                )
            )
    return refs


def _rationale(obj: dict[str, Any]) -> str:
    return non_blank(obj.get("justification")) or f"AVeriTeC gold label {obj['label']}"


def _to_records(obj: dict[str, Any], item: Item, file: str) -> Iterator[dict[str, Any]]:
    yield imported_record(
        SourceFormat.AVERITEC,
        record_id=f"averitec-{content_hash(obj)}",
        claim=obj["claim"],
        label=AVERITEC_LABELS[obj["label"]],
        rationale=_rationale(obj),
        item=item,
        file=file,
        original=item.value,
        original_id=None,
        label_original=item.value.get("label"),
        references=_references(obj["questions"]),
    )


def averitec_from_record(record: Record) -> dict[str, Any]:
    """The AVeriTeC object for a record; every factgen label has an AVeriTeC label."""
    base = {k: v for k, v in original_of(record, SourceFormat.AVERITEC).items() if k in _FIELDS}
    origin = record.provenance.origin
    refs = list(origin.references) if origin is not None else []
    label = _TO_AVERITEC[record.verdict.label]
    if base and _safe(lambda: _references(base["questions"])) == refs:
        questions = base["questions"]
    elif refs:
        questions = _questions_from_references(refs)
    else:
        questions = [
            {"question": f"What does article {ev.article_id} say?",
             "answers": [{"answer": ev.text, "answer_type": "Extractive", "source_url": None, "source_medium": "Web text"}]}
            for ev in record.evidence
        ] or [{"question": "What evidence is there for the claim?",
               "answers": [{"answer": _NO_ANSWER, "answer_type": "Unanswerable", "source_url": None, "source_medium": None}]}]  # fmt: skip
    justification: str | None = record.verdict.rationale
    if base and _safe(lambda: short_text(_rationale({**base, "label": label}))) == justification:
        justification = base.get("justification")
    speaker = record.source.speaker if record.source is not None else None
    defaults: dict[str, Any] = {
        "claim": record.claim,
        "required_reannotation": False,
        "label": label,
        "justification": justification,
        "claim_date": None,
        "speaker": speaker,
        "original_claim_url": None,
        "fact_checking_article": None,
        "reporting_source": None,
        "location_ISO_code": None,
        "claim_types": [],
        "fact_checking_strategies": [],
        "questions": questions,
        "cached_original_claim_url": None,
    }
    if not base:
        return defaults
    out = {**base, "claim": record.claim, "label": label, "questions": questions}
    if "justification" in base or justification is not None:
        out["justification"] = justification
    return out


def _questions_from_references(refs: list[Reference]) -> list[dict[str, Any]]:
    groups: dict[int, dict[str, Any]] = {}
    for ref in refs:
        question = groups.setdefault(
            ref.group, {"question": ref.question or "What does the evidence say?", "answers": []}
        )
        if ref.text is not None or ref.url is not None:
            answer = ref.text if ref.text is not None else f"See {ref.url}"
            medium = "Web text" if ref.url else None
            question["answers"].append(
                {
                    "answer": answer,
                    "answer_type": "Extractive",
                    "source_url": ref.url,
                    "source_medium": medium,
                }
            )
        elif ref.page is not None:
            question["answers"].append(
                {"answer": f"Sentence {ref.sentence} of Wikipedia page {ref.page}", "answer_type": "Abstractive",
                 "source_url": None, "source_medium": "Web text"}
            )  # fmt: skip
    return list(groups.values())


def _safe(fn: Any) -> Any:
    try:
        return fn()
    except (KeyError, TypeError, AttributeError, ValueError):
        return None


def _read(path: Path, file: str) -> Iterator[Item | Problem]:
    first = first_byte(path)
    if first == ord("{"):
        message = (
            "expected AVeriTeC as one JSON array of claims, found JSON Lines (a JSON object per line); "
            "wrap it with: jq -s . FILE > FILE.json"
        )
        yield Problem(file, 1, "", message)
        return
    if first is not None and first != ord("["):
        yield Problem(
            file, 1, "", f"expected AVeriTeC as one JSON array of claims, found {chr(first)!r} at the start"
        )
        return
    for entry in iter_array(path, file):
        if isinstance(entry, Element):
            yield Item(entry.value, entry.line, (entry.index,), entry.text)
        else:
            yield entry


AVERITEC: Final = FormatSpec(
    name=SourceFormat.AVERITEC,
    title="AVeriTeC",
    container="a JSON array",
    schema=AVERITEC_SCHEMA,
    read=_read,
    normalise=_normalise,
    check=_check,
    key=_key,
    duplicate=_duplicate,
    to_records=_to_records,
    from_record=averitec_from_record,
)
