"""Validate a records file the way a shared-task organiser would, and print every problem.

Run:  python examples/validate_records.py [RECORDS.jsonl [ARTICLES.jsonl]]
Shows: the library door (``factgen.validate_file``) streaming ``Problem`` s in the one diagnostic format.
"""

from __future__ import annotations

import sys
from pathlib import Path

import factgen

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    records = Path(argv[0]) if argv else HERE / "records.jsonl"
    articles = Path(argv[1]) if len(argv) > 1 else HERE / "articles.jsonl"
    problems = list(factgen.validate_file(records, articles=articles))
    for problem in problems:
        print(problem)
    errors = sum(p.severity is factgen.Severity.ERROR for p in problems)
    print(f"{records.name}: {'valid' if errors == 0 else f'{errors} errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
