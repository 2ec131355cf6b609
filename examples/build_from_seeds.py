"""Build a dataset from the shipped seeds with the library, and show how each label was made.

Run:  python examples/build_from_seeds.py [OUT_DIR]
Shows: ``factgen.build`` (the same as ``factgen build``), then one source sentence and every record derived from it,
each with its label, rule and rationale: labels follow from rules, never from guesses.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import factgen


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("dataset")
    stats = factgen.build(factgen.SEEDS, out, seed=7, progress=False)
    print(f"{stats.articles} articles -> {stats.claims} claims -> {stats.records} records in {out}/")
    print("labels:", dict(stats.labels))
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    source = next(
        r
        for r in records
        if "$58 billion" in r["evidence"][0]["text"] and r["verdict"]["rule"] != "context.removed"
    )
    print(f"\nsource sentence: {source['evidence'][0]['text']}")
    for record in records:
        if record["group_id"] == source["group_id"]:
            verdict = record["verdict"]
            print(f"  {verdict['label']:<16} {verdict['rule']:<22} {record['claim'][:70]}")
            print(f"  {'':<16} {'':<22} because {verdict['rationale']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
