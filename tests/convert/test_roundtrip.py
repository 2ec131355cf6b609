"""Hypothesis properties of conversion: round trips keep what the target format can hold, imports of valid
files always pass ``factgen validate``, and no input makes validation or import raise."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factgen.convert import (
    FORMATS,
    ExportError,
    export_file,
    import_file,
    load,
    validate_any,
    write_averitec,
    write_fever,
    write_format,
)
from factgen.models import Label, Record
from factgen.validate import validate_file
from tests.convert.helpers import DATA
from tests.strategies import averitec_objects, claimreview_objects, fever_objects, record_lists, records

FIXTURES = sorted(p.read_bytes() for p in DATA.iterdir())
EXAMPLES = Path(__file__).parent.parent.parent / "examples"


@contextmanager
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def _model(record: dict[str, Any]) -> Record:
    return Record.model_validate_json(orjson.dumps(record))


def _fever_pairs(record: Record) -> list[tuple[str, int]]:
    """The (page, sentence id) pairs FEVER can hold for a record."""
    if record.verdict.label is Label.NOT_ENOUGH_INFO:
        return []
    origin = record.provenance.origin
    refs = origin.references if origin is not None else []
    if refs and all(r.page is not None and r.sentence is not None for r in refs):
        return [(r.page, r.sentence) for r in refs if r.page is not None and r.sentence is not None]
    return [(e.article_id, e.start) for e in record.evidence]


@given(records)
def test_factgen_to_fever_and_back_keeps_claim_label_and_evidence_pointers(data: dict[str, Any]) -> None:
    record = _model(data)
    with folder() as tmp:
        try:
            write_fever([record], tmp / "out.jsonl")
        except ExportError:
            assert record.verdict.label is Label.CONFLICTING or not _fever_pairs(record)
            return
        (back,) = load(tmp / "out.jsonl", format="fever")
        assert (back.claim, back.verdict.label) == (record.claim, record.verdict.label)
        origin = back.provenance.origin
        assert origin is not None
        assert [(r.page, r.sentence) for r in origin.references] == _fever_pairs(record)
        write_fever([back], tmp / "again.jsonl")  # and a second trip changes nothing
        assert (tmp / "again.jsonl").read_bytes() == (tmp / "out.jsonl").read_bytes()


@given(records)
def test_factgen_to_averitec_and_back_keeps_claim_label_rationale_speaker_and_evidence(
    data: dict[str, Any],
) -> None:
    record = _model(data)
    with folder() as tmp:
        write_averitec([record], tmp / "out.json")
        (back,) = load(tmp / "out.json", format="averitec")
        assert (back.claim, back.verdict.label, back.verdict.rationale) == (
            record.claim,
            record.verdict.label,
            record.verdict.rationale,
        )
        origin = back.provenance.origin
        assert origin is not None
        speaker = record.source.speaker if record.source is not None else None
        assert json.loads(origin.original)["speaker"] == speaker
        if record.provenance.origin is None and record.evidence:
            assert [r.text for r in origin.references] == [e.text for e in record.evidence]
        write_averitec([back], tmp / "again.json")
        assert (tmp / "again.json").read_bytes() == (tmp / "out.json").read_bytes()


def _write(tmp: Path, fmt: str, objs: list[dict[str, Any]]) -> Path:
    path = tmp / ("in.jsonl" if fmt == "fever" else "in.json")
    if fmt == "fever":
        path.write_bytes(b"".join(orjson.dumps(o) + b"\n" for o in objs))
    else:
        path.write_bytes(json.dumps(objs, indent=2).encode())
    return path


def _distinct(objs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for i, obj in enumerate(objs):
        if "id" in obj:
            obj["id"] = i
        obj["claim" if "claim" in obj else "claimReviewed"] += f" #{i}"
    return objs


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["fever", "averitec", "claimreview"]).flatmap(
        lambda fmt: st.tuples(
            st.just(fmt),
            st.lists(
                {
                    "fever": fever_objects(),
                    "averitec": averitec_objects(),
                    "claimreview": claimreview_objects(),
                }[fmt],
                min_size=1,
                max_size=4,
            ),
        )
    )
)
def test_a_valid_file_imports_into_records_that_validate_and_export_back(
    case: tuple[str, list[dict[str, Any]]],
) -> None:
    fmt, objs = case
    objs = _distinct(objs)
    with folder() as tmp:
        path = _write(tmp, fmt, objs)
        assert [p for p in validate_any(path) if p.severity == "error"] == []
        got = list(import_file(path))
        assert all(isinstance(r, Record) for r in got), got
        out = tmp / "records.jsonl"
        out.write_bytes(
            b"".join(orjson.dumps(r.model_dump(mode="json")) + b"\n" for r in got if isinstance(r, Record))
        )
        assert list(validate_file(out)) == []
        write_format([r for r in got if isinstance(r, Record)], tmp / "back", format=fmt)
        back = (tmp / "back").read_bytes()
        exported = [orjson.loads(x) for x in back.splitlines()] if fmt == "fever" else json.loads(back)
        assert exported == objs


def _corrupt(data: bytes, cut: int, insert: bytes) -> bytes:
    at = cut % (len(data) + 1)
    return data[:at] + insert + data[at:]


@given(
    st.binary(max_size=400)
    | st.builds(_corrupt, st.sampled_from(FIXTURES), st.integers(0, 10**6), st.binary(max_size=8)),
    st.sampled_from(["auto", *FORMATS]),
)
def test_validation_and_import_never_raise(data: bytes, fmt: str) -> None:
    with folder() as tmp:
        path = tmp / "claims.json"
        path.write_bytes(data)
        problems = list(validate_any(path, format=fmt))
        assert all(p.file == str(path) for p in problems)
        list(import_file(path, format=fmt if fmt != "auto" else "auto"))


# --------------------------------------------------------------------------- export passes its own validator (issue 14, item 17)


def _with_copies(batch: list[dict[str, Any]], copies: list[int]) -> list[dict[str, Any]]:
    """The records, then copies of some of them under new ids: the same claim and verdict twice."""
    extra = [dict(batch[i % len(batch)], id=f"copy{n}") for n, i in enumerate(copies)] if batch else []
    return batch + extra


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None, max_examples=40)
@given(
    st.builds(_with_copies, record_lists(max_size=5).filter(bool), st.lists(st.integers(0, 10), max_size=3)),
    st.sampled_from(sorted(FORMATS)),
)
def test_export_writes_only_what_the_format_validator_accepts(batch: list[dict[str, Any]], fmt: str) -> None:
    with folder() as tmp:
        source = tmp / "records.jsonl"
        source.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in batch))
        out = tmp / ("out.jsonl" if fmt == "fever" else "out.json")
        report = export_file(source, out, to=fmt, skip_invalid=True)
        assert report.written + report.skipped == len(batch)
        if report.written:
            assert [str(p) for p in validate_any(out, format=fmt) if p.severity == "error"] == []
            assert len(list(load(out, format=fmt))) >= report.written


def test_a_second_review_of_the_same_claim_is_not_exported(tmp_path: Path) -> None:
    first = orjson.loads((EXAMPLES / "records.jsonl").read_bytes().splitlines()[0])
    source = tmp_path / "records.jsonl"
    source.write_bytes(orjson.dumps(first) + b"\n" + orjson.dumps(dict(first, id="r-copy")) + b"\n")
    report = export_file(source, tmp_path / "out.json", to="claimreview")
    assert not report.wrote_file
    (problem,) = report.problems
    assert (problem.line, problem.message) == (
        2,
        "not exported: duplicate review: same claim, url and rating as the review on line 1 (in the exported file)",
    )
    report = export_file(source, tmp_path / "out.json", to="claimreview", skip_invalid=True)
    assert (report.written, report.skipped) == (1, 1)
    assert [
        p for p in validate_any(tmp_path / "out.json", format="claimreview") if p.severity == "error"
    ] == []


def test_fever_export_keeps_evidence_in_reference_order_when_groups_interleave() -> None:
    """Issue 14, item 18: references in groups [2, 0, 2] came back merged and reordered (P1, P3, P2)."""
    record = _model(orjson.loads((EXAMPLES / "records.jsonl").read_bytes().splitlines()[0]))
    refs = [
        {"group": g, "page": p, "sentence": s, "url": None, "question": None, "text": None}
        for g, p, s in [(2, "P1", 1), (0, "P2", 2), (2, "P3", 3)]
    ]
    origin = {"format": "averitec", "file": None, "line": None, "path": None, "original_id": None,
              "label_original": None, "references": refs, "original": "{}"}  # fmt: skip
    data = record.model_dump(mode="json")
    data["provenance"] = dict(data["provenance"], method="imported", origin=origin)
    record = _model(data)
    with folder() as tmp:
        write_fever([record], tmp / "out.jsonl")
        (back,) = load(tmp / "out.jsonl", format="fever")
        assert back.provenance.origin is not None
        assert [(r.page, r.sentence) for r in back.provenance.origin.references] == [
            ("P1", 1),
            ("P2", 2),
            ("P3", 3),
        ]
        write_fever([back], tmp / "again.jsonl")
        assert (tmp / "again.jsonl").read_bytes() == (tmp / "out.jsonl").read_bytes()
