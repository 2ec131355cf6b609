"""How much of a build's labels the edit gives away: copies, label and rule shares, claim-only and diff baselines.

Run by hand:  python benchmarks/quality.py [CORPUS] [--seed N] [--folds 5] [--sample 50]

Builds CORPUS (default: the shipped seeds) into a temporary folder with ``factgen build`` and prints, over all
records: the share of verbatim copies (a claim equal to its own evidence), label, rule and transformation shares,
and two shallow baselines scored by cross-validation grouped by ``group_id`` against the majority class: claim only
(target: within 5 points) and the evidence-aware diff (the tokens the claim and its evidence do not share; target:
within 10 points); then the diff baseline grouped by ``story_id`` instead, since reports of one event share
their figures and a rewrite of one ("$59bn" for "$95bn") recurs in each. ``--sample N`` also prints N random
records (claim, label, rule, evidence) to read by hand. Last, the diff baseline's gap is broken down by
transformation and label: the edits whose label the diff still reads.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from factgen.card.measure import Baseline, diff_text, edit_measures, grouped_baseline, grouped_predictions
from factgen.pipeline import build


def _line(name: str, b: Baseline) -> str:
    if b.accuracy is None or b.majority_accuracy is None:
        return f"  {name:<12} not measured: {b.note}"
    gap = 100 * (b.accuracy - b.majority_accuracy)
    return f"  {name:<12} accuracy {b.accuracy:.3f}  macro-F1 {b.macro_f1:.3f}  gap {gap:+.1f} points"


def _shares(counts: dict[str, int], total: int) -> str:
    return "\n".join(f"  {k:<28} {n:>6}  {100 * n / total:5.1f}%" for k, n in counts.items())


def _diff(row: dict[str, Any]) -> str:
    return diff_text(row["claim"], " ".join(e["text"] for e in row["evidence"]))


def report(rows: list[dict[str, Any]], *, folds: int) -> str:
    m = edit_measures(rows, folds=folds)
    transformations = dict(sorted(Counter(r["provenance"]["rule"] or "as_written" for r in rows).items()))
    b = m.diff
    by_story = grouped_baseline(rows, _diff, folds=folds, by="story_id")
    return "\n".join(
        [
            f"records {m.records}   verbatim copies {m.copies} ({100 * m.copy_share:.1f}%)",
            "labels:",
            _shares(m.labels, m.records),
            "rules:",
            _shares(m.rules, m.records),
            "transformations:",
            _shares(transformations, m.records),
            f"baselines ({b.evaluated_on}):",
            f"  {'majority':<12} accuracy {b.majority_accuracy:.3f}  macro-F1 {b.majority_macro_f1:.3f}"
            if b.majority_accuracy is not None and b.majority_macro_f1 is not None
            else "  majority     not measured",
            _line("claim only", m.claim_only),
            _line("diff", m.diff),
            "  grouped by story (reports of one event share their figures, so by group a model partly learns them):",
            _line("diff", by_story),
        ]
    )


def gap_by_edit(rows: list[dict[str, Any]], *, folds: int) -> str:
    """Where the diff baseline's gap comes from: per transformation and label, the records it gets right beyond
    the majority class (in points of the whole gap; a negative share is a label the diff reads wrongly)."""
    found = grouped_predictions(rows, _diff, folds=folds)
    if found is None:
        return "  not measured: needs records from at least two groups"
    predicted, majority, _ = found
    gain: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for row, guess, top in zip(rows, predicted, majority, strict=True):
        label = row["verdict"]["label"]
        key = f"{row['provenance']['rule'] or row['verdict']['rule']}: {label}"
        count[key] += 1
        gain[key] += (guess == label) - (top == label)
    ranked = sorted(count, key=lambda k: (-gain[k], k))
    return "\n".join(
        f"  {k:<44} {count[k]:>5} records  {100 * gain[k] / len(rows):+5.1f} points"
        for k in ranked
        if gain[k]
    )


def sample(rows: list[dict[str, Any]], n: int, seed: int) -> str:
    out = []
    for i, r in enumerate(random.Random(seed).sample(rows, min(n, len(rows))), 1):
        evidence = " | ".join(e["text"] for e in r["evidence"])
        out += [
            f"[{i}] {r['verdict']['label']}  {r['verdict']['rule']}  ({r['provenance']['rule'] or 'as_written'})",
            f"    claim:    {r['claim']}",
            f"    evidence: {evidence}",
            f"    why:      {r['verdict']['rationale']}",
        ]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sample", type=int, default=0, help="also print N random records to read")
    parser.add_argument(
        "--later-evidence", action="store_true", help="build with reports published after a claim linked too"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dataset"
        build(args.corpus, out, seed=args.seed, progress=False, later_evidence=args.later_evidence)
        lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    print(f"corpus {args.corpus or 'seeds'}   seed {args.seed}")
    print(report(rows, folds=args.folds))
    print("diff baseline's gap by transformation and label (grouped by group_id):")
    print(gap_by_edit(rows, folds=args.folds))
    if args.sample:
        print(sample(rows, args.sample, args.seed))


if __name__ == "__main__":
    main()
