"""Bring a FEVER file into factgen records and back out, the way a shared-task organiser would.

Run:  python examples/convert_fever.py [FEVER.jsonl]
Shows: ``factgen.validate_any`` (format detected per file), ``factgen.convert_file`` and ``factgen.export_file``
with their reports; the original label is kept in ``provenance.origin.label_original``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import factgen

HERE = Path(__file__).parent
DEFAULT = HERE.parent / "tests" / "data" / "thirdparty" / "fever_valid.jsonl"


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT
    problems = list(factgen.validate_any(source))
    print(f"{source.name}: {len(problems)} problems")
    for problem in problems:
        print(f"  {problem}")
    with tempfile.TemporaryDirectory() as tmp:
        records, back = Path(tmp) / "records.jsonl", Path(tmp) / "fever.jsonl"
        print(factgen.convert_file(source, records, format="fever"))
        print(factgen.export_file(records, back, to="fever"))
        print(f"round trip kept {len(back.read_text(encoding='utf-8').splitlines())} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
