"""Score ``extract_quantities`` on the borrowed conformance cases (``tests/data/conformance_numbers_en.jsonl``).

Run from the repository root (``PYTHONPATH=/path/to/other/checkout`` scores another version the same way)::

    python -m tests.quantities.conformance            # value F1 and unit F1 per source, and on the seeds' gold

Each case lists what its source expects: a ``value`` (a number) or ``low``/``high`` (an interval, for the range
model), and a ``unit`` in factgen's vocabulary (ISO 4217 for money, singular unit names; ``null`` when nothing is
measured). A predicted quantity stands for:

* ``value``: its stated value; for a range its midpoint; for a one-sided bound its finite end;
* ``low``/``high``: its interval's ends (closedness is not compared: the sources disagree on it);
* ``unit``: its unit, except that a counted noun ("50 cars") is no unit of measure and counts as ``null``.

Predictions are filtered to what each source annotates: the number model and quantulum3 annotate no ordinals,
the ordinal model only ordinals, the percent model only percentages. Value F1 matches numbers; unit F1 matches
number and unit together, on the sources that annotate units (quantulum3, the percent
model). Cases with a ``skip`` reason are left out of both.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from decimal import Context, Decimal
from pathlib import Path
from typing import Any

from factgen.models import Kind, Quantity
from factgen.quantities import extract_quantities
from tests.quantities import gold

CASES = Path(__file__).parents[2] / "tests" / "data" / "conformance_numbers_en.jsonl"
_ROUND = Context(prec=12)
_MEASURED = {Kind.CARDINAL, Kind.ORDINAL, Kind.FRACTION, Kind.DATE}  # their unit is a counted noun, if any
UNIT_SOURCES = (
    "quantulum3",
    "rt-percent",
)  # the sources that annotate units; unit F1 is scored on these only

Item = tuple[Any, ...]


def load_cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _num(text: str | Decimal | None) -> Decimal | None:
    return None if text is None else _ROUND.plus(Decimal(text)).normalize()


def _keeps(source: str, q: Quantity) -> bool:
    if source == "rt-ordinal":
        return q.kind is Kind.ORDINAL
    if source == "rt-percent":
        return q.kind is Kind.PERCENT
    return source == "rt-range" or q.kind is not Kind.ORDINAL


def _unit(q: Quantity) -> str | None:
    return None if q.kind in _MEASURED else q.unit


def _stated(q: Quantity) -> Decimal | None:
    if q.value is not None:
        return q.value
    if q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return q.low if q.low is not None else q.high


def expected_items(case: dict[str, Any]) -> list[Item]:
    """What the source expects, as comparable tuples: ``(value, unit)`` or ``(low, high, unit)``."""
    return [
        (_num(e["value"]), e["unit"]) if "value" in e else (_num(e["low"]), _num(e["high"]), e["unit"])
        for e in case["expected"]
    ]


def predicted_items(case: dict[str, Any]) -> list[Item]:
    found = [q for q in extract_quantities(case["input"]) if _keeps(case["source"], q)]
    if case["source"] == "rt-range":
        return [(_num(q.low), _num(q.high), _unit(q)) for q in found]
    return [(_num(_stated(q)), _unit(q)) for q in found]


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    return round(200 * tp / (n_pred + n_gold), 1) if n_pred + n_gold else 100.0


def _matches(gold_items: list[Item], predicted: list[Item]) -> tuple[int, int]:
    """True positives for values (units dropped) and for value and unit together."""
    with_unit = sum((Counter(gold_items) & Counter(predicted)).values())
    values = sum((Counter(i[:-1] for i in gold_items) & Counter(i[:-1] for i in predicted)).values())
    return values, with_unit


def score_cases(cases: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Value F1 and unit F1 per source and over ``all``, on the cases without a ``skip`` reason."""
    totals: dict[str, Counter[str]] = {}
    for case in cases:
        if "skip" in case:
            continue
        want, got = expected_items(case), predicted_items(case)
        tp_value, tp_unit = _matches(want, got)
        united = case["source"] in UNIT_SOURCES
        for key in (case["source"], "all"):
            t = totals.setdefault(key, Counter())
            t.update(cases=1, gold=len(want), pred=len(got), value=tp_value)
            if united:
                t.update(unit_cases=1, unit_gold=len(want), unit_pred=len(got), unit=tp_unit)
    return {
        key: {
            "cases": t["cases"],
            "value_f1": _f1(t["value"], t["pred"], t["gold"]),
            "unit_f1": _f1(t["unit"], t["unit_pred"], t["unit_gold"]) if t["unit_cases"] else float("nan"),
        }
        for key, t in sorted(totals.items(), key=lambda kv: (kv[0] == "all", kv[0]))
    }


def score_seeds() -> dict[str, float]:
    """Value F1 (span and value) and unit F1 (span, value and unit) on the hand-annotated seeds."""
    want = gold._gold_keys()
    got = gold._predicted_keys({k[0] for k in want} | {p.name for p in gold.SEEDS.glob("*.txt")})
    values = sum((Counter(k[:4] for k in want) & Counter(k[:4] for k in got)).values())
    units = sum((Counter(k[:5] for k in want) & Counter(k[:5] for k in got)).values())
    return {
        "cases": len(want),
        "value_f1": _f1(values, len(got), len(want)),
        "unit_f1": _f1(units, len(got), len(want)),
    }


def rows() -> Iterator[tuple[str, dict[str, float]]]:
    yield from score_cases(load_cases()).items()
    yield "seeds gold", score_seeds()


def main() -> int:
    print(f"{'set':12} {'cases':>6} {'value F1':>9} {'unit F1':>8}")
    for name, s in rows():
        print(f"{name:12} {s['cases']:>6} {s['value_f1']:>9.1f} {s['unit_f1']:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
