"""Shared helpers for the third-party format tests: write bytes, run a validator, read problems."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from factgen.convert import validate_any
from factgen.errors import Problem, Severity

DATA = Path(__file__).parent.parent / "data" / "thirdparty"


class Case(NamedTuple):
    """A bad input and the one problem it must produce: 1-based line, field path, message part, severity."""

    name: str
    data: bytes
    line: int | None
    field: str
    message: str
    severity: Severity = Severity.ERROR


def run(tmp_path: Path, data: bytes, fmt: str, name: str = "claims.json") -> list[Problem]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(validate_any(path, format=fmt))


def assert_reports(problems: list[Problem], case: Case) -> None:
    """The case's problem is among the problems, and every problem names the file."""
    assert problems, f"{case.name}: no problem reported"
    assert all(p.file.endswith("claims.json") for p in problems)
    found = [
        p for p in problems if p.line == case.line and p.field == case.field and case.message in p.message
    ]
    assert found, (
        f"{case.name}: expected line {case.line}, field {case.field!r}, {case.message!r}; got {[str(p) for p in problems]}"
    )
    assert found[0].severity is case.severity
