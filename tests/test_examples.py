"""The runnable examples run: each exits 0 and prints what its docstring promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.mark.parametrize(
    ("script", "args", "expected"),
    [
        ("validate_records.py", [], "records.jsonl: valid"),
        ("quantities_demo.py", [], "$85 billion vs $58 billion: disjoint"),
        ("convert_fever.py", [], "round trip kept"),
        ("build_from_seeds.py", ["{tmp}/ds"], "because claim says"),
    ],
)
def test_example_runs(tmp_path: Path, script: str, args: list[str], expected: str) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    done = subprocess.run(  # noqa: S603  (our interpreter, our example scripts)
        [sys.executable, str(EXAMPLES / script), *argv],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
