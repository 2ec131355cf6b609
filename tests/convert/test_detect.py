"""Format auto-detection per file, and the committed format schemas (drift, metaschema, reference agreement)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import jsonschema_rs
import orjson
import pytest

from factgen.convert import FORMAT_SCHEMA_FILES, detect_format, format_schema_text, validate_any
from tests.convert.helpers import DATA

SCHEMAS = Path(__file__).parent.parent.parent / "schemas"
EXAMPLES = Path(__file__).parent.parent.parent / "examples"

DETECTED = [
    ("fever_valid.jsonl", "fever", "jsonl"),
    ("averitec_valid.json", "averitec", "array"),
    ("claimreview_valid.json", "claimreview", "document"),
    ("factcheck_response.json", "claimreview", "document"),
    ("claimreview_page.html", "claimreview", "html"),
]


@pytest.mark.parametrize(("name", "fmt", "container"), DETECTED, ids=[d[0] for d in DETECTED])
def test_each_fixture_is_detected(name: str, fmt: str, container: str) -> None:
    found = detect_format(DATA / name)
    assert (found.format, found.container) == (fmt, container)


def test_factgen_records_are_detected() -> None:
    assert detect_format(EXAMPLES / "records.jsonl").format == "factgen"


def test_the_wrong_container_is_detected_and_named_once(tmp_path: Path) -> None:
    path = tmp_path / "fever.json"
    lines = (DATA / "fever_valid.jsonl").read_bytes().splitlines()
    path.write_bytes(b"[" + b",\n".join(lines) + b"]")
    found = detect_format(path)
    assert (found.format, found.container) == ("fever", "array")
    (problem,) = validate_any(path)
    assert problem.message.startswith(
        "expected FEVER as JSON Lines (one JSON object per line), found a JSON array"
    )


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"hello", "does not start with JSON"),
        (b"[1, 2]", "not an object"),
        (b"[]", "empty JSON array"),
        (b'{\n  "claims": 58,\n  "records": 109\n}\n', "matches no known format"),  # a build's summary.json
    ],
)
def test_undetectable_files_say_why(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(data)
    found = detect_format(path)
    assert found.format is None
    assert words in found.reason


def test_an_unknown_array_gives_one_problem_asking_for_format(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b'[{"a": 1}]')
    (problem,) = validate_any(path)
    assert "cannot tell the format" in problem.message
    assert "--format" in problem.message


@pytest.mark.parametrize("name", sorted(FORMAT_SCHEMA_FILES))
def test_committed_format_schema_is_current_and_valid(name: str) -> None:
    committed = (SCHEMAS / name).read_text(encoding="utf-8")
    assert committed == format_schema_text(name), "regenerate with: factgen schema --out schemas/"
    schema = json.loads(committed)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema_rs.meta.validate(schema)


@pytest.mark.parametrize(
    ("schema_name", "fixture"),
    [("fever.schema.json", "fever_valid.jsonl"), ("averitec.schema.json", "averitec_valid.json")],
)
def test_reference_validator_accepts_the_fixtures(schema_name: str, fixture: str) -> None:
    """python-jsonschema (the reference) agrees with the fast path on the committed schema."""
    validator = jsonschema.Draft202012Validator(
        json.loads((SCHEMAS / schema_name).read_text(encoding="utf-8"))
    )
    data = (DATA / fixture).read_bytes()
    items = (
        json.loads(data) if fixture.endswith(".json") else [orjson.loads(line) for line in data.splitlines()]
    )
    assert all(validator.is_valid(item) for item in items)


def test_reference_validator_accepts_the_claimreview_documents() -> None:
    validator = jsonschema.Draft202012Validator(
        json.loads((SCHEMAS / "claimreview.schema.json").read_text(encoding="utf-8"))
    )
    for name in ("claimreview_valid.json", "factcheck_response.json"):
        assert validator.is_valid(json.loads((DATA / name).read_bytes()))


@pytest.mark.parametrize(
    "data",
    [b'{"id": "r-1", "claim": "The Un', b'{"id": 1, "label": "SUPP\n', b"garbage\n", b'{"a": 1} {"b": 2}\n'],
    ids=["truncated", "truncated_fever", "not_json", "two_values"],
)
def test_a_jsonl_name_means_json_lines_and_the_bad_line_is_reported(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(data)
    problems = list(validate_any(path))
    assert [p.line for p in problems] == [1]
    assert problems[0].message.startswith(("truncated JSON at the end of the file", "invalid JSON"))
