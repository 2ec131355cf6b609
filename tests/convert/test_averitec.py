"""AVeriTeC JSON arrays: streamed, every problem at the offending key's own line, lossless round trips.

BAD_INPUTS are shared by every format (issue 9); AVERITEC_CASES are specific to its QA evidence. Elements are
pretty-printed as in the published files, so a problem's line is the line of its key, not of the element.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import orjson
import pytest

from factgen.convert import import_file, load_averitec, validate_any, write_averitec
from factgen.errors import Severity
from factgen.models import Label, Record
from factgen.validate import validate_file
from tests.convert.helpers import DATA, Case, assert_reports, run

GOOD: dict[str, Any] = json.loads((DATA / "averitec_valid.json").read_text(encoding="utf-8"))[0]


def doc(*elements: Any) -> bytes:
    """A pretty-printed array; the first element starts on line 2 and each key has its own line."""
    return json.dumps(list(elements), indent=2).encode()


def changed(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    obj = copy.deepcopy(GOOD)
    node: Any = obj
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return obj


def without(path: tuple[str | int, ...]) -> dict[str, Any]:
    obj = copy.deepcopy(GOOD)
    node: Any = obj
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return obj


def key_line(data: bytes, key: str, nth: int = 0) -> int:
    """The 1-based line of the ``nth`` occurrence of ``"key":`` in the text (to check reported lines)."""
    lines = [i for i, text in enumerate(data.decode().splitlines(), 1) if f'"{key}":' in text]
    return lines[nth]


def element_line(data: bytes, index: int) -> int:
    """The 1-based line where the ``index``-th element of a ``doc()`` array starts."""
    return [i for i, text in enumerate(data.decode().splitlines(), 1) if text == "  {"][index]


def last_line(data: bytes) -> int:
    return len(data.splitlines())


_TRUNCATED = doc(GOOD)[:200]
_TRAILING = doc(GOOD)[:-2] + b",\n]"
_TWICE = doc(GOOD, GOOD)
_FEVER_INSIDE = doc(GOOD, {"id": 1, "label": "SUPPORTS", "claim": "x", "evidence": []})
_BLANK = doc(changed(("questions", 0, "answers", 0, "answer"), " "))
_UNKNOWN = doc(changed(("claim_id",), 3))
_TYPE = doc(GOOD, changed(("questions", 1, "answers", 0, "answer_type"), "Yes/No"))
_DATE = doc(changed(("claim_date",), "2020-10-31"))
_BOOL = doc(GOOD, without(("questions", 1, "answers", 0, "boolean_explanation")))

BAD_INPUTS = [
    Case("invalid JSON", b'[\n  {"claim": oops}\n]', 2, "[0]", "invalid JSON"),
    Case("truncated", _TRUNCATED, last_line(_TRUNCATED), "", "truncated JSON at the end of the file"),
    Case("trailing comma", _TRAILING, last_line(_TRAILING), "[1]", "trailing comma"),
    Case("BOM", b"\xef\xbb\xbf" + doc(GOOD), 1, "", "BOM", Severity.WARNING),
    Case("invalid UTF-8", b'[\n{"claim": "caf\xe9"}\n]', 2, "[0]", "invalid UTF-8"),
    Case("not an object", b"[\n1\n]", 2, "[0]", "expected a JSON object (one AVeriTeC record), got integer 1"),
    Case("missing field", doc(without(("questions",))), 2, "[0].questions", "missing required field"),
    Case("wrong type", doc(changed(("required_reannotation",), "no")), 4, "[0].required_reannotation", "expected boolean, got string 'no'"),
    Case("unknown label", doc(changed(("label",), "False")), 5, "[0].label", "expected one of 'Supported'"),
    Case("lower-case label", doc(changed(("label",), "refuted")), 5, "[0].label", "read as 'Refuted'", Severity.WARNING),
    Case("empty claim", doc(changed(("claim",), "")), 3, "[0].claim", "expected non-blank text, got ''"),
    Case("huge value", doc(changed(("label",), "x" * 1_000_000)), 5, "[0].label", "chars)"),
    Case("NaN", b'[\n{"claim": "x", "label": "Refuted", "questions": [], "x": NaN}\n]', 2, "[0]", "NaN and Infinity are not JSON numbers"),
    Case("deep nesting", b"[\n" + b"[" * 5000 + b"]" * 5000 + b"\n]", 2, "[0]", "nested deeper than 1024 levels"),
    Case("duplicate record", _TWICE, element_line(_TWICE, 1), "[1]", "duplicate record: identical to [0] on line 2"),
    Case("empty array", b"[]\n", None, "", "no records"),
    Case("JSON Lines instead of an array", orjson.dumps(GOOD) + b"\n", 1, "", "expected AVeriTeC as one JSON array of claims, found JSON Lines"),
    Case("FEVER record inside", _FEVER_INSIDE, element_line(_FEVER_INSIDE, 1), "[1]", "looks like a FEVER record, not AVeriTeC"),
]  # fmt: skip

AVERITEC_CASES = [
    Case("answer type", _TYPE, key_line(_TYPE, "answer_type", 3), "[1].questions[1].answers[0].answer_type", "expected one of 'Extractive'"),
    Case("claim date format", _DATE, 7, "[0].claim_date", "expected a date written D-M-YYYY such as '31-10-2020', got '2020-10-31'"),
    Case("no such day", doc(changed(("claim_date",), "31-2-2021")), 7, "[0].claim_date", "(no such day)"),
    Case("Boolean without explanation", _BOOL, key_line(_BOOL, "answer", 3) - 1, "[1].questions[1].answers[0].boolean_explanation", "expected a boolean_explanation for a Boolean answer, got none"),
    Case("blank answer", _BLANK, key_line(_BLANK, "answer"), "[0].questions[0].answers[0].answer", "expected non-blank text for a Abstractive answer"),
    Case("unknown claim type", doc(changed(("claim_types", 0), "Opinion")), 14, "[0].claim_types[0]", "expected one of 'Event/Property Claim'"),
    Case("unknown field", _UNKNOWN, key_line(_UNKNOWN, "claim_id"), "[0].claim_id", "unknown field"),
]  # fmt: skip


@pytest.mark.parametrize("case", BAD_INPUTS + AVERITEC_CASES, ids=lambda c: c.name)
def test_each_bad_input_is_reported_precisely(tmp_path: Path, case: Case) -> None:
    assert_reports(run(tmp_path, case.data, "averitec"), case)


def test_problems_in_a_later_element_name_its_index_and_key_line(tmp_path: Path) -> None:
    data = doc(GOOD, GOOD | {"claim": "other"}, changed(("claim_date",), "x"))
    (problem,) = run(tmp_path, data, "averitec")
    assert problem.field == "[2].claim_date"
    assert problem.line == key_line(data, "claim_date", 2)


@pytest.mark.parametrize("fmt", ["averitec", "auto"])
def test_the_fixture_is_valid(fmt: str) -> None:
    assert list(validate_any(DATA / "averitec_valid.json", format=fmt)) == []


def test_crlf_is_accepted_silently(tmp_path: Path) -> None:
    assert (
        run(tmp_path, (DATA / "averitec_valid.json").read_bytes().replace(b"\n", b"\r\n"), "averitec") == []
    )


def test_import_keeps_the_index_line_label_and_qa_pairs() -> None:
    records = list(load_averitec(DATA / "averitec_valid.json"))
    assert [r.verdict.label for r in records] == [Label.REFUTED, Label.NOT_ENOUGH_INFO, Label.CONFLICTING]
    origin = records[0].provenance.origin
    assert origin is not None
    assert (origin.path, origin.line, origin.label_original, origin.original_id) == (
        "[0]",
        2,
        "Refuted",
        None,
    )
    assert records[0].verdict.rationale == GOOD["justification"]
    assert [(r.group, r.question, r.text) for r in origin.references] == [
        (0, "Where was the claim first published?", "It was first published on a satire site."),
        (1, "Is the site satirical?", "Yes"),
    ]
    assert origin.references[0].url == "https://example.org/satire/imac"


def test_an_import_passes_factgen_validate(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    out.write_bytes(
        b"".join(
            orjson.dumps(r.model_dump(mode="json")) + b"\n"
            for r in load_averitec(DATA / "averitec_valid.json")
        )
    )
    assert list(validate_file(out)) == []


def test_export_gives_back_the_original_array(tmp_path: Path) -> None:
    out = tmp_path / "back.json"
    assert write_averitec(load_averitec(DATA / "averitec_valid.json"), out) == 3
    assert json.loads(out.read_bytes()) == json.loads((DATA / "averitec_valid.json").read_bytes())
    assert list(validate_any(out, format="averitec")) == []


def test_large_arrays_stream_element_by_element(tmp_path: Path) -> None:
    """More elements than one read chunk holds, parsed one by one, with the right lines."""
    elements = [changed(("claim",), f'claim {i} with a ] and a \\" inside') for i in range(3000)]
    path = tmp_path / "big.json"
    path.write_bytes(doc(*elements))
    records = [r for r in import_file(path, format="averitec") if isinstance(r, Record)]
    assert len(records) == 3000
    assert records[-1].claim == elements[-1]["claim"]
    origin = records[-1].provenance.origin
    assert origin is not None
    assert origin.line == element_line(path.read_bytes(), 2999)
