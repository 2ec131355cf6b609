"""`validate_file`: every bad input gets a precise problem (file, physical line, field, message), never a crash."""

from __future__ import annotations

import copy
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factgen._io import PhysicalLines
from factgen.errors import InputError, Problem, Severity
from factgen.validate import validate_file, validate_record
from tests.strategies import hostile_records, records, records_with_articles

EXAMPLES = Path(__file__).parent.parent / "examples"
VALID_LINES = (EXAMPLES / "records.jsonl").read_bytes().splitlines(keepends=True)
BASE: dict[str, Any] = json.loads(VALID_LINES[0])


def _write(tmp_path: Path, data: bytes, name: str = "claims.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _run(tmp_path: Path, data: bytes, **kwargs: Any) -> list[Problem]:
    return list(validate_file(_write(tmp_path, data), **kwargs))


def _line(record: dict[str, Any]) -> bytes:
    return orjson.dumps(record) + b"\n"


def _errors(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems if p.severity is Severity.ERROR]


def test_the_shipped_example_is_valid() -> None:
    assert list(validate_file(EXAMPLES / "records.jsonl", articles=EXAMPLES / "articles.jsonl")) == []


def test_invalid_json_is_reported_with_its_line_and_the_rest_still_checked(tmp_path: Path) -> None:
    bad = dict(BASE, id="bad")
    bad["evidence"] = [dict(BASE["evidence"][0], start="12")]
    data = VALID_LINES[0] + b'{"id": oops}\n' + _line(bad)
    problems = _errors(_run(tmp_path, data))
    assert problems[0].startswith(f"{tmp_path / 'claims.jsonl'}:2: invalid JSON:")
    assert (
        problems[1] == f"{tmp_path / 'claims.jsonl'}:3: evidence[0].start: expected integer, got string '12'"
    )


def test_a_truncated_last_line_says_truncated(tmp_path: Path) -> None:
    data = VALID_LINES[0] + VALID_LINES[1][:40]
    (problem,) = _run(tmp_path, data)
    assert problem.line == 2
    assert "truncated JSON at the end of the file" in problem.message


def test_blank_lines_keep_physical_line_numbers(tmp_path: Path) -> None:
    data = b"\n\n" + VALID_LINES[0] + b"   \n\n" + _line(dict(BASE, id="r-2", claim="", quantities=[]))
    (problem,) = _run(tmp_path, data)
    assert (problem.line, problem.field) == (6, "claim")
    assert problem.message == "expected non-blank text, got ''"


def test_a_bom_is_stripped_with_a_warning(tmp_path: Path) -> None:
    problems = _run(tmp_path, b"\xef\xbb\xbf" + VALID_LINES[0])
    assert [(p.severity, p.line) for p in problems] == [(Severity.WARNING, 1)]
    assert "BOM" in problems[0].message


def test_crlf_line_ends_are_accepted_silently(tmp_path: Path) -> None:
    data = b"".join(line.rstrip(b"\n") + b"\r\n" for line in VALID_LINES)
    assert _run(tmp_path, data) == []


def test_invalid_utf8_is_reported_per_line_and_checking_goes_on(tmp_path: Path) -> None:
    broken = VALID_LINES[1].replace(b"Ukraine", b"Ukr\xffine", 1)
    data = VALID_LINES[0] + broken + _line(dict(BASE, id="x", verdict=None))
    problems = _run(tmp_path, data)
    assert [(p.line, p.field) for p in problems] == [(2, ""), (3, "verdict")]
    assert problems[0].message.startswith("invalid UTF-8: byte 0xff at byte offset")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"[1, 2]\n", "expected JSON Lines (one JSON object per line), found a JSON array"),
        (b'"just a string"\n', "expected a JSON object (one record per line), got string 'just a string'"),
        (b"42\n", "expected a JSON object (one record per line), got integer 42"),
        (b"null\n", "expected a JSON object (one record per line), got null"),
    ],
    ids=["array", "string", "number", "null"],
)
def test_a_line_that_is_not_an_object(tmp_path: Path, line: bytes, expected: str) -> None:
    (problem,) = _run(tmp_path, line)
    assert problem.message.startswith(expected)


def test_a_json_array_file_gets_one_clear_message(tmp_path: Path) -> None:
    data = b"[\n" + b",\n".join(line.rstrip() for line in VALID_LINES) + b"\n]\n"
    (problem,) = _run(tmp_path, data)
    assert problem.line == 1
    assert "found a JSON array" in problem.message


def test_missing_fields_each_reported(tmp_path: Path) -> None:
    record = copy.deepcopy(BASE)
    del record["verdict"]
    del record["evidence"][0]["text"]
    problems = _run(tmp_path, _line(record))
    assert sorted(p.field for p in problems) == ["evidence[0].text", "verdict"]
    assert {p.message for p in problems} == {"missing required field"}


def test_wrong_types_unknown_labels_and_unknown_fields(tmp_path: Path) -> None:
    record = copy.deepcopy(BASE)
    record["verdict"]["label"] = "supported"
    record["quantities"][0]["value"] = 58e9
    record["group"] = "g1"
    messages = {p.field: p.message for p in _run(tmp_path, _line(record))}
    assert messages["verdict.label"].endswith("got string 'supported' (did you mean 'SUPPORTED'?)")
    assert messages["quantities[0].value"] == "expected string, got number 58000000000.0"
    assert messages["group"].startswith("unknown field; expected one of: schema_version, id, claim,")


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_not_json(tmp_path: Path, literal: bytes) -> None:
    line = VALID_LINES[0].replace(b'"start":2757', b'"start":' + literal, 1)
    (problem,) = _run(tmp_path, line)
    assert problem.message.startswith("invalid JSON")


def test_a_huge_string_is_reported_without_echoing_it(tmp_path: Path) -> None:
    (problem,) = _run(tmp_path, _line(dict(BASE, claim="x" * 2**20, quantities=[])))
    assert problem.field == "claim"
    assert problem.message == "expected at most 5000 characters, got 1048576 characters"
    assert len(str(problem)) < 300


def test_deep_nesting_is_reported_without_recursion_error(tmp_path: Path) -> None:
    shallow = b'{"claim": ' + b"[" * 1000 + b"]" * 1000 + b"}\n"
    deep = b'{"claim": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    problems = _run(tmp_path, shallow + deep)
    assert ("claim", "expected string, got array") in [(p.field, p.message) for p in problems if p.line == 1]
    assert [p.message.split(":")[0] for p in problems if p.line == 2] == ["invalid JSON"]


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    data = VALID_LINES[0] + VALID_LINES[1] + VALID_LINES[0]
    (problem,) = _run(tmp_path, data)
    assert (problem.line, problem.field) == (3, "id")
    assert problem.message.endswith("first seen on line 1")


def test_an_empty_file_says_no_records(tmp_path: Path) -> None:
    (problem,) = _run(tmp_path, b"")
    assert problem.line is None
    assert problem.message.startswith("no records")
    assert _errors(_run(tmp_path, b"\n \n\t\n"))[0].endswith("no records: the file holds no JSON Lines")


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.jsonl: cannot read"):
        list(validate_file(tmp_path / "nope.jsonl"))


def _with_evidence(**changes: Any) -> bytes:
    record = copy.deepcopy(BASE)
    record["evidence"][0].update(changes)
    return _line(record)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"start": -1}, "evidence[0].start", "expected a number >= 0, got -1"),
        (
            {"end": 10**7, "text": "x" * (10**7 - 2757)},
            "evidence[0].end",
            "expected at most the article length",
        ),
        ({"end": 2700}, "evidence[0].end", "expected end >= start (2757), got 2700"),
        ({"article_id": "nowhere"}, "evidence[0].article_id", "unknown article 'nowhere'"),
        ({"end": 2758, "text": "X"}, "evidence[0].text", "expected article text[2757:2758] = 'T', got 'X'"),
    ],
    ids=["negative_start", "end_past_text", "end_before_start", "unknown_article", "text_mismatch"],
)
def test_spans_are_checked_against_articles(
    tmp_path: Path, changes: dict[str, Any], field: str, message: str
) -> None:
    problems = _run(tmp_path, _with_evidence(**changes), articles=EXAMPLES / "articles.jsonl")
    assert any(p.field == field and p.message.startswith(message) and p.line == 1 for p in problems), problems


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records_with_articles())
def test_generated_records_pass_the_article_checks(
    tmp_path: Path, pair: tuple[dict[str, Any], dict[str, str]]
) -> None:
    record, texts = pair
    assert list(validate_file(_write(tmp_path, _line(record)), articles=texts)) == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_validate_file_never_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    problems = _run(tmp_path, data)
    assert all(isinstance(p, Problem) and p.file.endswith("claims.jsonl") for p in problems)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(records, min_size=1, max_size=5, unique_by=lambda r: r["id"]))
def test_valid_files_stream_clean(tmp_path: Path, batch: list[dict[str, Any]]) -> None:
    assert _run(tmp_path, b"".join(_line(r) for r in batch)) == []


def test_validate_record_reports_every_problem_not_the_first() -> None:
    record = copy.deepcopy(BASE)
    record["claim"] = 7
    record["verdict"]["rule"] = "Not A Rule"
    record["provenance"]["parent_id"] = "r-0"
    fields = sorted(p.field for p in validate_record(record))
    assert fields == ["claim", "provenance.parent_id", "verdict.rule"]


def test_an_undecodable_byte_is_named_by_its_code(tmp_path: Path) -> None:
    (problem,) = _run(tmp_path, b'{"id": "a\xc1b"}\n')
    assert problem.message.startswith("invalid UTF-8: byte 0xc1 at byte offset 9")
    assert "Á" not in str(problem)


def test_a_huge_key_is_cut_in_the_message(tmp_path: Path) -> None:
    problems = _run(tmp_path, _line(dict(BASE, **{"k" * 100_000: 1})))
    (unknown,) = [p for p in problems if p.message.startswith("unknown field")]
    assert len(str(unknown)) < 2_500


# --------------------------------------------------------------------------- hostile input (issue 14, items 5 and 6)

NUMBER_CASES = [
    ("value", "1e999999999"),
    ("low", "1E+999999999999999999"),
    ("high", "-1e-999999999"),
    ("value", "NaN"),
    ("low", "sNaN"),
    ("high", "-nan"),
    ("value", "9" * 41),
    ("low", "0." + "1" * 41),
]


@pytest.mark.parametrize(("key", "number"), NUMBER_CASES, ids=[f"{k}={n[:24]}" for k, n in NUMBER_CASES])
def test_a_hostile_decimal_is_one_short_problem(key: str, number: str) -> None:
    record = copy.deepcopy(BASE)
    record["quantities"][0][key] = number
    (problem,) = validate_record(record)
    assert problem.field == f"quantities[0].{key}"
    assert problem.message.startswith(
        "expected a decimal string of at most 40 digits before the point and 40"
    )
    assert len(str(problem)) < 300


def test_the_largest_decimals_the_contract_accepts_are_valid() -> None:
    record = copy.deepcopy(BASE)
    widest = "9" * 40 + "." + "9" * 40
    record["quantities"][0].update(value=widest, low="-" + widest, high=widest)
    assert validate_record(record) == []


def test_an_out_of_bounds_decimal_never_enters_a_model() -> None:
    from decimal import Decimal  # noqa: PLC0415

    from factgen.models import Quantity  # noqa: PLC0415

    q = dict(BASE["quantities"][0], value=Decimal("1e999999999"))
    with pytest.raises(ValueError, match=r"got 1E\+999999999"):
        Quantity.model_validate(q)
    with pytest.raises(ValueError, match="expected a decimal string"):
        Quantity.model_validate(dict(q, value=Decimal("NaN")))


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(hostile_records())
def test_validate_record_never_raises_and_stays_fast_on_hostile_json(obj: Any) -> None:
    started = time.perf_counter()
    problems = validate_record(obj)
    elapsed = time.perf_counter() - started
    assert all(isinstance(p, Problem) for p in problems)
    assert all("\n" not in str(p) and len(str(p)) < 2_500 for p in problems)
    # Generous: a hostile record costs a few milliseconds; a materialised 1e999999999 took seconds and 2 GB.
    assert elapsed < 2.0


def test_an_interval_with_a_huge_end_compares_and_prints_without_expanding_it() -> None:
    from decimal import Decimal  # noqa: PLC0415

    from factgen.models import Interval, Relation  # noqa: PLC0415

    huge = Interval(Decimal("1E+999999999999999999"), None)
    assert huge.relation(Interval(Decimal(1), Decimal(2))) is Relation.DISJOINT
    assert str(huge) == "[1E+999999999999999999, inf)"


# --------------------------------------------------------------------------- long lines (issue 14, item 7)


def test_a_line_over_the_limit_is_one_problem_with_its_line_and_the_rest_is_checked(tmp_path: Path) -> None:
    long_line = b'{"claim": "' + b"x" * (3 << 20) + b'"}\n'
    data = VALID_LINES[0] + long_line + _line(dict(BASE, id="x", verdict=None))
    problems = _run(tmp_path, data, max_line_bytes=1 << 20)
    assert [(p.line, p.field) for p in problems] == [(2, ""), (3, "verdict")]
    assert problems[0].message.startswith("line longer than 1,048,576 bytes")


def test_the_default_limit_is_16_mib(tmp_path: Path) -> None:
    fits = b'{"claim": "' + b"x" * ((16 << 20) - 20) + b'"}\n'
    over = b'{"claim": "' + b"x" * (16 << 20) + b'"}'  # the last line, without its newline
    problems = _run(tmp_path, fits + over)
    assert [p.line for p in problems if p.field == "claim"] == [1]
    assert [p.message[:23] for p in problems if p.line == 2] == ["line longer than 16,777"]


def _expected_lines(data: bytes, limit: int) -> tuple[list[tuple[int, bytes | None]], int]:
    """The physical lines (with their newline; None when longer than ``limit``) and the unterminated one."""
    pieces = data.split(b"\n")
    lines = [piece + b"\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    numbered = [
        (i, line if len(line.removesuffix(b"\n")) <= limit else None) for i, line in enumerate(lines, 1)
    ]
    unterminated = len(lines) if pieces[-1] and len(pieces[-1]) <= limit else 0
    return numbered, unterminated


@given(st.binary(max_size=300) | st.lists(st.sampled_from([b"\n", b"ab", b"x" * 9, b"{}"])).map(b"".join),
       st.integers(1, 12), st.integers(0, 20))  # fmt: skip
def test_lines_are_the_physical_lines_whatever_the_limit_and_chunk_size(
    data: bytes, chunk: int, limit: int
) -> None:
    reader = PhysicalLines(io.BufferedReader(io.BytesIO(data), buffer_size=chunk), limit, chunk)
    assert (list(reader), reader.unterminated) == _expected_lines(data, limit)


# --------------------------------------------------------------------------- standard input (issue 14, item 4)


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_dash_reads_standard_input_once_and_finds_duplicates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(VALID_LINES[0] + VALID_LINES[1] + VALID_LINES[0]))
    (problem,) = validate_file("-")
    assert (problem.file, problem.line, problem.field) == ("<stdin>", 3, "id")


def test_a_full_disk_for_the_copy_of_standard_input_is_named_as_such(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(VALID_LINES[0]))
    full = os.open("/dev/full", os.O_WRONLY)
    monkeypatch.setattr(tempfile, "mkstemp", lambda **_: (full, str(tmp_path / "copy.tmp")))
    with pytest.raises(
        InputError, match=r"^<stdin>: cannot keep the one-time copy of the input in .*: No space left"
    ):
        list(validate_file("-"))
