"""Throughput and peak memory of validating third-party claim files (issue 9).

Run by hand:  python benchmarks/thirdparty.py [--mb 200]

1. FEVER JSON Lines of N MB (default 200): ``validate_any(format="fever")`` against a plain ``json.loads`` loop
   over the same file, each in a fresh process (so ``ru_maxrss`` is its own), at N/4, N/2 and N to show that
   peak RSS stays flat as the file grows. Target: ratio >= 0.5x.
2. An AVeriTeC JSON array of N/4 MB, pretty-printed as published: streamed validation against ``json.load`` of
   the whole file (time and peak RSS).
Files are written to a temporary folder and deleted.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
mode, path = sys.argv[1], Path(sys.argv[2])
if mode.startswith("factgen"):
    from factgen.convert import validate_any
    list(validate_any(Path(sys.argv[3]), format=mode.split(":")[1]))  # warm up: compile the schema
t0 = time.perf_counter()
n = 0
if mode == "json-lines":
    with path.open("rb") as f:
        for line in f:
            json.loads(line); n += 1
elif mode == "json-load":
    with path.open("rb") as f:
        n = len(json.load(f))
else:
    problems = list(validate_any(path, format=mode.split(":")[1]))
    assert not problems, problems[:3]
elapsed = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"n": n, "s": elapsed, "rss_mib": rss}))
"""


def _fever(i: int, rng: random.Random) -> dict[str, Any]:
    label = rng.choice(["SUPPORTS", "REFUTES", "NOT ENOUGH INFO"])
    if label == "NOT ENOUGH INFO":
        evidence: list[Any] = [[[rng.randrange(10**6), None, None, None]]]
    else:
        evidence = [
            [[rng.randrange(10**6), rng.randrange(10**6), f"Page_{rng.randrange(10**5)}", rng.randrange(40)]
             for _ in range(rng.randint(1, 2))]
            for _ in range(rng.randint(1, 3))
        ]  # fmt: skip
    claim = (
        f"Claim number {i} says that the thing {rng.randrange(10**6)} happened in {rng.randint(1900, 2024)}."
    )
    return {"id": i, "verifiable": "NOT VERIFIABLE" if label == "NOT ENOUGH INFO" else "VERIFIABLE",
            "label": label, "claim": claim, "evidence": evidence}  # fmt: skip


def _write_fever(path: Path, mb: float) -> None:
    rng, target, written, i = random.Random(42), int(mb * 2**20), 0, 0
    with path.open("wb") as f:
        while written < target:
            line = orjson.dumps(_fever(i, rng)) + b"\n"
            f.write(line)
            written += len(line)
            i += 1


def _write_averitec(path: Path, mb: float) -> None:
    base = json.loads(
        (ROOT / "tests" / "data" / "thirdparty" / "averitec_valid.json").read_text(encoding="utf-8")
    )
    target, written, i = int(mb * 2**20), 0, 0
    with path.open("wb") as f:
        f.write(b"[\n")
        while written < target:
            element = dict(base[i % len(base)], claim=f"{base[i % len(base)]['claim']} ({i})")
            text = json.dumps(element, indent=4).encode()
            f.write((b",\n" if i else b"") + text)
            written += len(text) + 2
            i += 1
        f.write(b"\n]\n")


def _run(mode: str, path: Path, warm: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path), str(warm)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return dict(json.loads(out.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--mb", type=float, default=200.0, help="size of the largest FEVER file (default 200)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        warm_fever, warm_averitec = tmp / "warm.jsonl", tmp / "warm.json"
        _write_fever(warm_fever, 0.01)
        _write_averitec(warm_averitec, 0.01)
        for mb in (args.mb / 4, args.mb / 2, args.mb):
            path = tmp / f"fever-{mb:g}.jsonl"
            _write_fever(path, mb)
            size = path.stat().st_size / 2**20
            lines = sum(1 for _ in path.open("rb"))
            base = _run("json-lines", path, warm_fever)
            ours = _run("factgen:fever", path, warm_fever)
            print(
                f"FEVER {size:7.1f} MB {lines:>9} records | json.loads loop {lines / base['s']:>9,.0f} rec/s "
                f"{size / base['s']:6.1f} MB/s {base['rss_mib']:6.1f} MiB | factgen validate {lines / ours['s']:>9,.0f} "
                f"rec/s {size / ours['s']:6.1f} MB/s {ours['rss_mib']:6.1f} MiB | ratio {base['s'] / ours['s']:.2f}x"
            )
            path.unlink()
        path = tmp / "averitec.json"
        _write_averitec(path, args.mb / 4)
        size = path.stat().st_size / 2**20
        whole = _run("json-load", path, warm_averitec)
        ours = _run("factgen:averitec", path, warm_averitec)
        print(
            f"AVeriTeC array {size:.1f} MB, {int(whole['n'])} claims | json.load (whole file) {whole['s']:.2f} s "
            f"{whole['rss_mib']:.1f} MiB | factgen validate (streamed) {ours['s']:.2f} s {ours['rss_mib']:.1f} MiB "
            f"| ratio {whole['s'] / ours['s']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
