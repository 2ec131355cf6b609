"""Which format a claim file is in, from its container (JSON Lines, a JSON array, a JSON document, HTML) and
the keys of its first record.

Each format has keys no other format uses; a record's score for a format is how many of them it has, plus
two when its label is one of that format's labels. The best score wins; a tie or no score means "unknown".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import orjson

from factgen._io import MAX_LINE_BYTES, PhysicalLines
from factgen.convert._jsondoc import Element, first_byte, iter_array

__all__ = ["FORMAT_NAMES", "Detection", "classify", "detect_format", "plausible"]

FORMAT_NAMES: Final = ("fever", "averitec", "claimreview", "factgen")

_DISTINCTIVE: Final[dict[str, frozenset[str]]] = {
    "factgen": frozenset({"schema_version", "verdict", "provenance", "group_id", "quantities"}),
    "fever": frozenset({"evidence", "verifiable"}),
    "averitec": frozenset(
        {"questions", "claim_date", "justification", "required_reannotation", "claim_types",
         "fact_checking_strategies", "fact_checking_article", "reporting_source", "location_ISO_code"}
    ),
    "claimreview": frozenset(
        {"@context", "@type", "@graph", "claimReviewed", "reviewRating", "itemReviewed", "claimReview",
         "claims", "claimant", "dataFeedElement", "textualRating"}
    ),
}  # fmt: skip
_LABELS: Final[dict[str, frozenset[str]]] = {
    "fever": frozenset({"supports", "refutes", "not enough info"}),
    "averitec": frozenset(
        {"supported", "refuted", "not enough evidence", "conflicting evidence/cherrypicking"}
    ),
}
_TRIES: Final = 20  # lines tried before a file is taken for one JSON document
_MAX_DOCUMENT: Final = (
    64 << 20
)  # a JSON document (not an array, not JSON Lines) is read whole up to this size


_LIST_KEYS: Final = frozenset({"claims", "claimReview", "dataFeedElement", "@graph", "questions", "evidence"})


def _scores(obj: dict[str, Any]) -> dict[str, int]:
    # a container key counts only when it holds a list: {"claims": 58} is a count, not a Fact Check Tools response
    keys = {k for k, v in obj.items() if k not in _LIST_KEYS or isinstance(v, list)}
    scores = {name: len(keys & distinctive) for name, distinctive in _DISTINCTIVE.items()}
    label = obj.get("label")
    if isinstance(label, str):
        lowered = " ".join(label.replace("_", " ").split()).lower()
        for name, labels in _LABELS.items():
            if lowered in labels:
                scores[name] += 2
    return scores


def plausible(obj: dict[str, Any]) -> set[str]:
    """Every format ``obj`` has at least one mark of.

    >>> sorted(plausible({"id": 1, "label": "SUPPORTS", "claim": "x", "evidence": [], "verdict": {}}))
    ['factgen', 'fever']
    """
    return {name for name, score in _scores(obj).items() if score > 0}


def classify(obj: dict[str, Any]) -> str | None:
    """The format one record most looks like, or None when nothing (or a tie) decides.

    >>> classify({"id": 1, "label": "SUPPORTS", "claim": "x", "evidence": []})
    'fever'
    >>> classify({"claim": "x", "label": "Refuted", "questions": []})
    'averitec'
    >>> classify({"@type": "ClaimReview", "claimReviewed": "x"}), classify({"claim": "x"})
    ('claimreview', None)
    """
    scores = sorted(((score, name) for name, score in _scores(obj).items()), reverse=True)
    (best, name), (second, _) = scores[0], scores[1]
    return name if best > 0 and best > second else None


@dataclass(frozen=True, slots=True)
class Detection:
    """The detected format (None when unknown), the container found, and why, in words for the summary line."""

    format: str | None
    container: str  # "jsonl", "array", "document", "html", "empty", "unknown"
    reason: str


def detect_format(path: str | Path) -> Detection:
    """Look at the container and the first record of a file; raises only ``OSError``.

    A ``.jsonl`` name means JSON Lines: when its lines do not parse, it is still read line by line, so the
    reader names the bad line ("truncated JSON at the end of the file") instead of "cannot tell the format".

    A JSON array holding FEVER records is detected as FEVER in an array (the FEVER reader then reports the
    wrong container), so the message can name both the format and what is wrong with the file.
    """
    path = Path(path)
    first = first_byte(path)
    if first is None:
        return Detection(None, "empty", "the file is empty")
    if first == ord("<"):
        return Detection("claimreview", "html", "an HTML page (ClaimReview JSON-LD in <script> blocks)")
    if first == ord("["):
        return _detect_array(path)
    if first == ord("{"):
        found = _detect_object(path)
    else:
        found = Detection(None, "unknown", f"the file does not start with JSON (first byte {chr(first)!r})")
    if found.container != "jsonl" and path.suffix.lower() == ".jsonl":  # the name says JSON Lines: trust it
        return Detection(None, "jsonl", f"JSON Lines by its .jsonl name, but {found.reason}")
    return found


def _detect_array(path: Path) -> Detection:
    for entry in iter_array(path, str(path)):
        if not isinstance(entry, Element):
            continue
        value = entry.value
        if isinstance(value, dict):
            name = classify(value)
            if name is None:
                return Detection(None, "array", "a JSON array whose first record matches no known format")
            return Detection(name, "array", f"a JSON array of {_TITLES[name]} records")
        return Detection(None, "array", "a JSON array whose first element is not an object")
    return Detection(None, "array", "an empty JSON array")


def _detect_object(path: Path) -> Detection:
    with path.open("rb") as f:
        tries = 0
        for _, line in PhysicalLines(f, MAX_LINE_BYTES):  # in chunks: a 1 GB line is never held
            if line is None:  # longer than any line the readers take
                tries += 1
                if tries < _TRIES:
                    continue
                break
            stripped = line.strip().removeprefix(b"\xef\xbb\xbf").strip()
            if not stripped:
                continue
            try:
                value = orjson.loads(stripped)
            except orjson.JSONDecodeError:
                tries += 1
                if tries < _TRIES:  # a bad first line of JSON Lines, or the first line of a document
                    continue
                break
            if isinstance(value, dict):
                name = classify(value)
                if name is None:
                    return Detection(None, "jsonl", "JSON Lines whose first record matches no known format")
                return Detection(name, "jsonl", f"JSON Lines of {_TITLES[name]} records")
            break
    if path.stat().st_size <= _MAX_DOCUMENT:
        try:
            value = orjson.loads(path.read_bytes().removeprefix(b"\xef\xbb\xbf"))
        except orjson.JSONDecodeError:
            return Detection(None, "document", "a JSON document that does not parse")
        if isinstance(value, dict):
            name = classify(value)
            if name is not None:
                return Detection(name, "document", f"a JSON document of {_TITLES[name]}")
    return Detection(None, "document", "a JSON object that matches no known format")


_TITLES: Final = {
    "fever": "FEVER",
    "averitec": "AVeriTeC",
    "claimreview": "ClaimReview",
    "factgen": "factgen",
}
