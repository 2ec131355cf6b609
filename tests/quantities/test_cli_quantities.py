"""``factgen quantities TEXT``: a table, or JSON lines in the record contract's form."""

from __future__ import annotations

import json

import pytest

from factgen.cli import main


def test_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quantities", "The U.S. has provided $58 billion, more than 35,000 civilians"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["surface", "span", "value", "unit", "kind", "bound", "interval"]
    assert "$58 billion" in lines[1]
    assert "22:33" in lines[1]
    assert "[57500000000, 58500000000)" in lines[1]
    assert "(35000, inf)" in lines[2]


def test_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quantities", "£1.2bn and 2012-13", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["surface"], r["value"], r["unit"], r["kind"]) for r in rows] == [
        ("£1.2bn", "1200000000", "GBP", "money"),
        ("2012-13", None, None, "date"),
    ]
