"""``factgen validate --format``, ``factgen convert`` and ``factgen export``: exit codes, stderr lines, atomic output."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from factgen.cli import main
from tests.convert.helpers import DATA

EXAMPLES = Path(__file__).parent.parent.parent / "examples"


def test_validate_names_the_detected_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "averitec_valid.json")]) == 0
    _, err = capsys.readouterr()
    assert "[AVeriTeC: a JSON array of AVeriTeC records]" in err
    assert err.strip().endswith("valid (0 errors, 0 warnings)")


def test_validate_with_a_given_format_reports_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_bytes(b'{"id": 1, "label": "SUPPORTS", "claim": "x", "evidence": [[[1, 2, "P", -1]]]}\n')
    assert main(["validate", "--format", "fever", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{path}:1: evidence[0][0][3]: expected a number >= 0, got -1\n"
    assert "[FEVER]" in err
    assert "Traceback" not in err


def test_convert_writes_records_that_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "records.jsonl"
    assert main(["convert", "fever", str(DATA / "fever_valid.jsonl"), "--out", str(out)]) == 0
    assert "wrote 4 records" in capsys.readouterr().err
    assert main(["validate", "-q", str(out)]) == 0


def test_convert_with_errors_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    good = (DATA / "fever_valid.jsonl").read_bytes()
    bad.write_bytes(good + b'{"id": 9, "label": "TRUE", "claim": "x", "evidence": []}\nnot json\n')
    out = tmp_path / "records.jsonl"
    assert main(["convert", "auto", str(bad), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]  # no temporary file left behind
    lines = err.splitlines()
    assert lines[0].startswith(f"{bad}:5: label: expected one of")
    assert lines[1].startswith(f"{bad}:6: invalid JSON")
    assert lines[-1].endswith(
        "nothing written to " + str(out) + " (--skip-invalid writes the 4 valid records)"
    )


def test_skip_invalid_writes_exactly_the_valid_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(
        (DATA / "fever_valid.jsonl").read_bytes()
        + b'{"id": 9, "label": "TRUE", "claim": "x", "evidence": []}\n'
    )
    out = tmp_path / "records.jsonl"
    assert main(["convert", "fever", str(bad), "--out", str(out), "--skip-invalid"]) == 0
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith(f"{bad}:5: label: expected one of")
    assert err.splitlines()[-1].endswith(
        f"wrote 4 records to {out}; skipped 1 invalid records (reasons above)"
    )
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == [
        "fever-75397",
        "fever-150448",
        "fever-214861",
        "fever-88",
    ]


def test_export_round_trip_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "records.jsonl"
    assert main(["convert", "averitec", str(DATA / "averitec_valid.json"), "--out", str(records)]) == 0
    back = tmp_path / "back.json"
    assert main(["export", str(records), "--to", "averitec", "--out", str(back)]) == 0
    assert json.loads(back.read_bytes()) == json.loads((DATA / "averitec_valid.json").read_bytes())


def test_export_refuses_a_label_the_format_lacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "records.jsonl"
    assert main(["convert", "averitec", str(DATA / "averitec_valid.json"), "--out", str(records)]) == 0
    capsys.readouterr()
    out = tmp_path / "fever.jsonl"
    assert main(["export", str(records), "--to", "fever", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{records}:3: verdict.label: record " in err
    assert "FEVER has no label for CONFLICTING" in err
    assert not out.exists()
    assert main(["export", str(records), "--to", "fever", "--out", str(out), "--skip-invalid"]) == 0
    err = capsys.readouterr().err
    # REFUTED has AVeriTeC question-answer evidence but no Wikipedia sentence FEVER could point to
    assert "FEVER needs evidence (a page and a sentence id) for REFUTES" in err
    assert err.splitlines()[-1].endswith(
        f"wrote 1 records to {out}; skipped 2 invalid records (reasons above)"
    )
    assert [orjson.loads(line)["label"] for line in out.read_bytes().splitlines()] == ["NOT ENOUGH INFO"]


def test_export_of_generated_records_to_claimreview(tmp_path: Path) -> None:
    out = tmp_path / "reviews.json"
    assert main(["export", str(EXAMPLES / "records.jsonl"), "--to", "claimreview", "--out", str(out)]) == 0
    reviews = json.loads(out.read_bytes())
    assert {r["reviewRating"]["alternateName"] for r in reviews} <= {"True", "False", "Mixture", "Unproven"}
    assert main(["validate", "-q", "--format", "claimreview", str(out)]) == 0


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["convert", "csv", "x", "--out", "y"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["export", "x", "--out", "y"])
    assert exc.value.code == 2


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "auto", str(tmp_path / "missing.json"), "--out", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("factgen: InputError: ")
    assert "cannot read" in err


def test_convert_and_export_cap_the_problems_they_print(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"not json\n" * 5)
    assert (
        main(
            ["export", str(bad), "--to", "fever", "--out", str(tmp_path / "out.jsonl"), "--max-problems", "2"]
        )
        == 1
    )
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1] for line in lines[:-1]] == ["1", "2"]
    assert lines[-1].endswith("; 3 more problems not shown (the first 2 are; --max-problems 0 shows all)")
    fever = tmp_path / "fever.jsonl"
    fever.write_bytes(b"not json\n" * 3)
    assert (
        main(["convert", "fever", str(fever), "--out", str(tmp_path / "r.jsonl"), "--max-problems", "1"]) == 1
    )
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert "2 more problems not shown" in lines[-1]
