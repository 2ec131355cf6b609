"""What the number normaliser reads in news text: exact values, units, bounds and intervals.

Run:  python examples/quantities_demo.py ["TEXT"]
Shows: ``factgen.extract_quantities`` on running text (exact spans) and how two readings compare by interval.
"""

from __future__ import annotations

import sys

import factgen

DEFAULT = (
    "The U.S. has provided $58 billion in aid; more than 35,000 civilians and at least 500,000 soldiers have been "
    "killed, and £1.2bn was pledged at the 24th meeting, about 60 percent of the target."
)


def main(argv: list[str]) -> int:
    text = argv[0] if argv else DEFAULT
    for q in factgen.extract_quantities(text):
        value = "range" if q.value is None else f"{q.value:,}"
        print(
            f"{q.surface!r:32} {value:>16} {q.unit or '':<10} {q.kind.value:<9} {q.bound.value:<12} {q.interval}"
        )
    claim, evidence = factgen.parse_quantity("$85 billion"), factgen.parse_quantity("$58 billion")
    print(f"\n$85 billion vs $58 billion: {claim.interval.relation(evidence.interval).value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
