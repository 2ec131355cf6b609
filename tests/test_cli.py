"""The command line: exit codes, one-line errors on stderr, no tracebacks, no network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factgen.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"


def test_validate_a_valid_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(EXAMPLES / "records.jsonl"), "--articles", str(EXAMPLES / "articles.jsonl")])
    out, err = capsys.readouterr()
    assert (code, out) == (0, "")
    assert err.strip().endswith("valid (0 errors, 0 warnings)")


def test_validate_prints_every_problem_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\nnot json\n', encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert f"{bad}:1: id: expected string, got integer 1" in lines
    assert any(line.startswith(f"{bad}:2: invalid JSON") for line in lines)
    assert "Traceback" not in err
    assert len(lines) == 12  # 10 missing fields, the wrong-typed id, the bad JSON line
    assert err.strip().endswith(f"invalid ({len(lines)} errors, 0 warnings)")


def test_validate_json_output_is_one_object_per_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\xef\xbb\xbf" + (EXAMPLES / "records.jsonl").read_bytes().splitlines()[0] + b"\n[]\n")
    assert main(["validate", "--json", "-q", str(bad)]) == 1
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["line"], r["severity"]) for r in rows] == [(1, "warning"), (2, "error")]
    assert set(rows[0]) == {"file", "line", "field", "severity", "message"}
    assert err == ""


def test_warnings_alone_keep_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (EXAMPLES / "records.jsonl").read_bytes())
    assert main(["validate", "-q", str(path)]) == 0


def test_missing_file_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "missing.jsonl")]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert err.startswith("factgen: InputError: ")
    assert "missing.jsonl: cannot read" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["validate"])
    assert exc.value.code == 2
    assert "usage: factgen validate" in capsys.readouterr().err


def test_schema_command_prints_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == (ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8")


def test_schema_command_writes_atomically(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path), "-q"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "article.schema.json",
        "averitec.schema.json",
        "claimreview.schema.json",
        "fever.schema.json",
        "record.schema.json",
    ]


def test_python_dash_m_factgen_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factgen", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("factgen ")


def test_keys_and_file_names_with_control_characters_never_forge_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "a\nb\udcc1.jsonl"  # a newline and the undecodable byte 0xC1 in the name
    bad.write_bytes(b'{"id": "r1", "x\\ny.jsonl:9: forged": 1, "\\u001b[2J\\u2028": 2}\n')
    assert main(["validate", "--json", "-q", str(bad)]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["validate", str(bad)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == len(rows) == 12  # 10 missing fields, 2 unknown ones: nothing forged
    assert all(line.startswith(f"{tmp_path}/a\\nb<0xc1>.jsonl:1: ") for line in lines)
    assert "x\\ny.jsonl:9: forged: unknown field" in out
    assert "\x1b" not in out + err
    assert "\u2028" not in out + err
    assert err.count("\n") == 1
    assert "a\\nb<0xc1>.jsonl" in err
    assert {row["file"] for row in rows} == {f"{tmp_path}/a\\nb<0xc1>.jsonl"}


def test_an_error_naming_a_file_with_a_newline_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "no\nsuch.jsonl")]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert "no\\nsuch.jsonl: cannot read" in err


def test_max_line_bytes_sets_the_line_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes((EXAMPLES / "records.jsonl").read_bytes().splitlines(keepends=True)[0])
    assert main(["validate", "-q", str(path)]) == 0
    assert main(["validate", "-q", "--max-line-bytes", "100", str(path)]) == 1
    assert capsys.readouterr().out.startswith(f"{path}:1: line longer than 100 bytes")
    with pytest.raises(SystemExit):
        main(["validate", "--max-line-bytes", "0", str(path)])


# --------------------------------------------------------------------------- input read once (issue 14, item 4)

DUPLICATED = b"".join(
    (EXAMPLES / "records.jsonl").read_bytes().splitlines(keepends=True)[i] for i in (0, 1, 0)
)


def _factgen(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  (our own interpreter and CLI, fixed arguments)
        [sys.executable, "-m", "factgen", *args],
        input=None if stdin is None else stdin.decode(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("name", ["-", "/dev/stdin"])
@pytest.mark.parametrize("fmt", ["factgen", "auto"])
def test_duplicates_read_from_a_pipe_are_found(name: str, fmt: str) -> None:
    done = _factgen("validate", name, "--format", fmt, stdin=DUPLICATED)
    assert done.returncode == 1, done.stderr
    shown = "<stdin>" if name == "-" else name
    assert (
        done.stdout
        == f"{shown}:3: id: duplicate id {json.loads(DUPLICATED.splitlines()[0])['id']!r}, first seen on line 1\n"
    )
    assert "[factgen records" in done.stderr


def test_a_fifo_is_read_once_and_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "claims.jsonl"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(DUPLICATED,), daemon=True)
    writer.start()
    done = _factgen("validate", str(fifo))  # auto: detection and both duplicate passes see the same bytes
    writer.join(timeout=10)
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith(f"{fifo}:3: id: duplicate id")


def test_export_reads_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "fever.jsonl"
    done = _factgen(
        "export", "-", "--to", "fever", "--out", str(out), stdin=(EXAMPLES / "records.jsonl").read_bytes()
    )
    assert done.returncode == 0, done.stderr
    assert len(out.read_bytes().splitlines()) == len((EXAMPLES / "records.jsonl").read_bytes().splitlines())


# --------------------------------------------------------------------------- capped diagnostics (issue 14, item 8)


def _many_bad_lines(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"not json\n" * n)  # one problem per line
    return path


def test_max_problems_caps_the_output_and_the_summary_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _many_bad_lines(tmp_path, 30)
    assert main(["validate", "--max-problems", "5", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [line.split(":")[1] for line in out.splitlines()] == ["1", "2", "3", "4", "5"]
    assert err.strip().endswith(
        "invalid (30 errors, 0 warnings; 25 more problems not shown (the first 5 are; --max-problems 0 shows all))"
    )


def test_text_output_is_capped_by_default_and_json_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _many_bad_lines(tmp_path, 1_200)
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1_000
    assert "(1200 errors, 0 warnings; 200 more problems not shown" in err
    assert main(["validate", "--json", "-q", str(path)]) == 1
    out, err = capsys.readouterr()
    assert (len(out.splitlines()), err) == (1_200, "")
    assert main(["validate", "--max-problems", "0", "-q", str(path)]) == 1
    assert len(capsys.readouterr().out.splitlines()) == 1_200


def test_quiet_still_says_that_problems_were_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "-q", "--max-problems", "1", str(_many_bad_lines(tmp_path, 3))]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert (
        err == "factgen validate: 2 more problems not shown (the first 1 are; --max-problems 0 shows all)\n"
    )
