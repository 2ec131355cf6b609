"""Hostile input for the build, run by hand: ``python benchmarks/hostile.py [--mb 1 4] [--sentence TEXT]``.

One article made of one sentence repeated to 1 MB and to 4 MB (issue 14, item 9: it took 24.5 s and 334 s when the
split's near-duplicate pairing and the card's leakage measure compared every pair). Each size is built in a fresh
subprocess with ``factgen build --verbose``, so the phase times (logged by the library) and the peak RSS are its own.

Prints, per size: the wall seconds of each phase over 0.05 s, the total wall and CPU seconds, the peak RSS, then
the ratio of the largest size's CPU time to the smallest's (CPU time, because wall time on a shared machine says
more about the neighbours). Near-linear cost means a ratio close to the ratio of the sizes (4 for 1 -> 4 MB); a
quadratic step would show ~16.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
SENTENCE = "The Ruritanian Transport Ministry said it had spent $12 million on new bridges in 2023. "
_PHASE = re.compile(r"factgen: (?P<phase>[a-z ]+): .*?\[(?P<seconds>[0-9.]+) s\]")


def run(mb: float, sentence: str) -> float:
    """Build one article of ``mb`` megabytes in a subprocess; print its phases; return its CPU seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "repeated.txt"
        corpus.write_text(sentence * max(1, int(mb * MB / len(sentence))), encoding="utf-8")
        code = (
            "import resource, sys; from factgen.cli import main; code = main(sys.argv[1:]); "
            "print(f'peak_rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}', "
            "file=sys.stderr); raise SystemExit(code)"
        )
        argv = [sys.executable, "-c", code, "build", str(corpus), "--out", str(Path(tmp) / "out"), "-q", "-v"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=ROOT)
        total = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if done.returncode != 0:
        print(f"{mb:g} MB: exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}")
        return cpu
    phases = [(m["phase"], float(m["seconds"])) for m in _PHASE.finditer(done.stderr)]
    rss = re.search(r"peak_rss_mb (\d+)", done.stderr)
    shown = ", ".join(f"{phase} {s:.2f}" for phase, s in phases if s >= 0.05)
    print(
        f"{mb:g} MB: {total:.1f} s total ({cpu:.1f} s CPU), peak RSS {rss[1] if rss else '?'} MB; "
        f"phases (s, wall): {shown}"
    )
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 4.0], help="sizes in MB (default: 1 4)")
    parser.add_argument("--sentence", default=SENTENCE, help="the sentence to repeat")
    args = parser.parse_args()
    totals = [run(mb, args.sentence) for mb in args.mb]
    if len(totals) > 1:
        ratio = totals[-1] / totals[0]
        size_ratio = args.mb[-1] / args.mb[0]
        print(f"CPU time ratio {args.mb[-1]:g} MB / {args.mb[0]:g} MB: {ratio:.1f} (sizes: {size_ratio:.1f})")


if __name__ == "__main__":
    main()
