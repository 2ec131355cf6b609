"""Speed of ``extract_quantities`` next to quantulum3, measured in the same run, and its cold start.

Run from the repository root (quantulum3 comes from the ``bench`` extra: ``pip install '.[bench]'``)::

    python benchmarks/quantities.py [--repeat 5] [--synthetic 300]

It prints numbers, it asserts nothing. Three workloads:

* ``expressions``: each quantity expression of the issue's case list, one call per expression;
* ``seeds``: the five shipped articles, one call per article;
* ``synthetic``: news-like sentences built from templates with a fixed seed, one call per sentence;
* ``conformance``: the inputs of the borrowed conformance cases (``tests/data/conformance_numbers_en.jsonl``: other
  normalisers' test suites, the off-news long tail of issue 17), one call per input.

Cold start is measured in fresh interpreters (``subprocess``): the wall time of ``import`` plus the first call,
for ``factgen.quantities`` and, apart, for the whole ``factgen`` package.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from factgen.quantities import extract_quantities

ROOT = Path(__file__).parents[1]

EXPRESSIONS = [
    "$58 billion", "£1.2bn", "€10M", "$54K", "$1MM", "450k", "Rs 2,000 crore", "half a million", "two dozen",
    "twelve hundred", "USD34.6 million", "GBP25 million", "C$120 million (US$88 million)", "more than 35,000",
    "at least 500,000", "up to $2 billion", "just under 80,000", "fewer than 1,000", "as many as 120,000",
    "about 60", "nearly 2 million", "between 15 and 25 percent", "1-2 million", "10 to 15 years",
    "tens of thousands", "hundreds of thousands", "2012-13", "80 per cent", "45pc", "-1.2%",
    "0.3 percentage points", "three-fifths", "one in four", "seven out of ten", "negative $71.5 million",
    "minus 2 percent", "7,5 percent", "3,500", "24th meeting", "third-largest", "four-day trip",
    "two-year-old war", "a 45-year-old man", "1.5°C", "3C", "50 kilometres (31 miles)", "in 2022",
]  # fmt: skip

_TEMPLATES = [
    "{who} said on {day} that {n} people had been killed since {year}.",
    "The government pledged {money} in aid, up from {money} last year.",
    "More than {n} civilians fled, while at least {n} soldiers were wounded, officials said.",
    "Unemployment rose to {pct} in {year}, {officials} said.",
    "The {ord} round of talks lasted {k}-day and covered {km} kilometres of the front line.",
    "About {n} troops, or roughly {pct} of the force, were deployed; the plan costs {money}.",
    "{who} met Air Force One at the G7 summit, where F-16 deliveries and COVID-19 were discussed.",
    "Between {a} and {b} percent of voters backed the {n}-page plan, {officials} said.",
]
_WHO = ["John Kirby", "The minister", "A spokesperson", "Two U.S. officials"]
_DAYS = ["Friday", "Tuesday", "April 4"]


def _synthetic(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)

    def fill(template: str) -> str:
        a = rng.randint(1, 40)
        return template.format(
            who=rng.choice(_WHO),
            day=rng.choice(_DAYS),
            n=f"{rng.randint(2, 900) * 100:,}",
            year=rng.randint(1990, 2024),
            money=rng.choice(["$", "£", "€"])
            + f"{rng.randint(1, 999) / 10:g} "
            + rng.choice(["million", "billion"]),
            pct=f"{rng.randint(1, 99)}%",
            officials=rng.choice(["two officials", "one diplomat", "several sources"]),
            ord=rng.choice(["24th", "third", "second"]),
            k=rng.choice(["four", "two", "10"]),
            km=rng.randint(5, 500),
            a=a,
            b=a + rng.randint(1, 30),
        )

    return [" ".join(fill(rng.choice(_TEMPLATES)) for _ in range(3)) for _ in range(count)]


def _rate(fn: Callable[[str], Any], texts: Sequence[str], repeat: int) -> float:
    """Best-of-``repeat`` calls per second over ``texts``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def _cold(code: str, runs: int = 5) -> float:
    """Median wall time of ``code`` in fresh interpreters, minus an empty interpreter's start."""

    def wall(snippet: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True, cwd=ROOT)
        return time.perf_counter() - start

    base = statistics.median(wall("pass") for _ in range(runs))
    return statistics.median(wall(code) for _ in range(runs)) - base


def _import_times(module: str) -> dict[str, int]:
    """Self import time (microseconds) of ``module`` and its submodules, from ``python -X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    times: dict[str, int] = {}
    for line in done.stderr.splitlines():
        parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2].startswith(module) and parts[0].isdigit():
            times[parts[2]] = int(parts[0])
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="best of this many timed passes")
    parser.add_argument("--synthetic", type=int, default=300, help="number of synthetic news-like texts")
    args = parser.parse_args(argv)

    try:
        q3: Any = importlib.import_module("quantulum3.parser")
        # quantulum3's pickled classifier does not load under current scikit-learn releases; its rule-based
        # disambiguation is used instead, which is the faster of its two paths (a conservative comparison).
        classifier: Any = importlib.import_module("quantulum3.classifier")
        classifier.USE_CLF = False
    except ImportError:
        q3 = None
        print("quantulum3 is not installed (pip install '.[bench]'): factgen figures only")

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    conformance = ROOT / "tests" / "data" / "conformance_numbers_en.jsonl"
    borrowed = [json.loads(line)["input"] for line in conformance.read_text(encoding="utf-8").splitlines()]
    workloads = {
        "expressions": EXPRESSIONS,
        "seeds": seeds,
        "synthetic": _synthetic(args.synthetic),
        "conformance": borrowed,
    }
    if q3 is not None:
        q3.parse("warm up the model and caches")
    print(f"{'workload':12} {'texts':>6} {'found':>6} {'factgen texts/s':>16} {'factgen expr/s':>15} "
          f"{'quantulum3 texts/s':>19} {'ratio':>7}")  # fmt: skip
    for name, texts in workloads.items():
        found = sum(len(extract_quantities(t)) for t in texts)
        ours = _rate(extract_quantities, texts, args.repeat)
        theirs = _rate(q3.parse, texts, max(1, args.repeat // 2)) if q3 is not None else float("nan")
        print(
            f"{name:12} {len(texts):>6} {found:>6} {ours:>16,.0f} {ours * found / len(texts):>15,.0f} "
            f"{theirs:>19,.0f} {ours / theirs:>6.1f}x"
        )

    call = "extract_quantities('The U.S. has provided more than $58 billion since 2022.')"
    cold = _cold(f"from factgen.quantities import extract_quantities; {call}")
    package = _cold("import factgen")
    own = _import_times("factgen.quantities")
    print(
        f"cold first call, fresh process (import + call): {cold:.3f} s, of which importing the factgen "
        f"package (all stages, pydantic) {package:.3f} s; the first call itself {max(cold - package, 0):.4f} s"
    )
    print("  import time of the normaliser's own modules: "
          + ", ".join(f"{name} {us / 1e6:.3f} s" for name, us in own.items()))  # fmt: skip
    if q3 is not None:
        cold_q3 = _cold(
            "from quantulum3 import parser; parser.parse('more than $58 billion since 2022')", runs=3
        )
        print(f"cold first call, fresh process: quantulum3 {cold_q3:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
