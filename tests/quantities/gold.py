"""Score ``extract_quantities`` on the hand-annotated seeds, and pin the floors (``tests/data/gold_floors.json``).

Run as a script from the repository root::

    python -m tests.quantities.gold                  # print precision/recall per kind against the floors
    python -m tests.quantities.gold --update         # re-pin the gold SHA-256 and raise floors to today's scores
    python -m tests.quantities.gold --update --allow-regression   # also when a score fell below its floor

A predicted quantity matches a gold one when file, span, value, unit, kind and bound are all equal.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factgen.quantities import extract_quantities

ROOT = Path(__file__).parents[2]
GOLD = ROOT / "tests" / "data" / "gold_quantities.jsonl"
FLOORS = ROOT / "tests" / "data" / "gold_floors.json"
SEEDS = ROOT / "seeds"

Key = tuple[str, int, int, str | None, str | None, str, str]
Scores = dict[str, dict[str, float]]


def gold_sha256() -> str:
    return hashlib.sha256(GOLD.read_bytes()).hexdigest()


def _gold_keys() -> list[Key]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["file"], r["start"], r["end"], r["value"], r["unit"], r["kind"], r["bound"]) for r in rows]


def _predicted_keys(files: set[str]) -> list[Key]:
    keys: list[Key] = []
    for name in sorted(files):
        text = (SEEDS / name).read_text(encoding="utf-8")
        for q in extract_quantities(text):
            value = q.model_dump(mode="json")["value"]
            keys.append((name, q.start, q.end, value, q.unit, q.kind.value, q.bound.value))
    return keys


def score() -> Scores:
    """Precision and recall per kind, and ``all``; a kind with nothing predicted has precision 1.0."""
    gold = _gold_keys()
    predicted = _predicted_keys({path.name for path in SEEDS.glob("*.txt")})
    hits = set(gold) & set(predicted)
    out: Scores = {}
    for kind in [*sorted({k[5] for k in gold} | {k[5] for k in predicted}), "all"]:
        g = Counter(k for k in gold if kind in ("all", k[5]))
        p = Counter(k for k in predicted if kind in ("all", k[5]))
        matched_g = sum(n for k, n in g.items() if k in hits)
        matched_p = sum(n for k, n in p.items() if k in hits)
        out[kind] = {
            "precision": round(matched_p / sum(p.values()), 4) if p else 1.0,
            "recall": round(matched_g / sum(g.values()), 4) if g else 1.0,
        }
    return out


def load_floors() -> dict[str, Any]:
    floors: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return floors


def below_floor(scores: Scores, floors: Scores) -> list[str]:
    """One line per score under its pinned floor (a kind that vanished counts as 0)."""
    problems = []
    for kind, pinned in floors.items():
        for metric, floor in pinned.items():
            got = scores.get(kind, {}).get(metric, 0.0)
            if got < floor:
                problems.append(f"{kind} {metric}: {got} is below the pinned floor {floor}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.quantities.gold", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--update", action="store_true", help="re-pin the gold SHA-256 and raise the floors")
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --update: allow lowering a floor"
    )
    args = parser.parse_args(argv)
    scores = score()
    old = load_floors() if FLOORS.exists() else {"gold_sha256": None, "floors": {}}
    problems = below_floor(scores, old["floors"])
    for kind, metrics in scores.items():
        print(f"{kind:12} precision {metrics['precision']:.4f}  recall {metrics['recall']:.4f}")
    if not args.update:
        if old["gold_sha256"] != gold_sha256():
            problems.append("the gold file changed since it was pinned: run with --update")
        for line in problems:
            print(f"gold: {line}", file=sys.stderr)
        return 1 if problems else 0
    if problems and not args.allow_regression:
        for line in problems:
            print(f"gold: {line}", file=sys.stderr)
        print("gold: refusing to lower a floor without --allow-regression", file=sys.stderr)
        return 1
    floors = (
        scores
        if args.allow_regression
        else {
            k: {m: max(v, old["floors"].get(k, {}).get(m, 0.0)) for m, v in s.items()}
            for k, s in scores.items()
        }
    )
    FLOORS.write_text(
        json.dumps({"gold_sha256": gold_sha256(), "floors": floors}, indent=2) + "\n", encoding="utf-8"
    )
    print(f"gold: pinned {FLOORS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
