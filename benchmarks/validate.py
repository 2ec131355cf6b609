"""Throughput and peak memory of ``factgen validate`` against a plain ``json.loads`` loop over the same file.

Run by hand:  python benchmarks/validate.py [--mb 200]

Writes N MB of valid records to a temporary file, times both loops in the same run (each in a fresh process so
peak RSS is its own), repeats at N/4 and N/2 to show memory stays flat, then deletes the files. Also times the
pathological lines (a 1 MiB string, 100k-deep nesting), on a 5 MB slice python-jsonschema alone (which is why
jsonschema-rs does the streaming pass), and issue 14's hostile files (a 100 MB line, a value of "1e999999999",
10^5 bad lines) with the peak RSS of each.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
mode, path = sys.argv[1], Path(sys.argv[2])
t_import = time.perf_counter()
if mode in ("factgen", "hostile"):
    from factgen.validate import validate_file, _validator
    from factgen.models import Record
    _validator(Record)  # compile the schema: start-up, not throughput
startup = time.perf_counter() - t_import
t0 = time.perf_counter()
n = 0
if mode == "json":
    with path.open("rb") as f:
        for line in f:
            json.loads(line); n += 1
elif mode == "jsonschema":
    import jsonschema
    from factgen.models import export_schema
    v = jsonschema.Draft202012Validator(export_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    with path.open("rb") as f:
        for line in f:
            list(v.iter_errors(json.loads(line))); n += 1
elif mode == "hostile":
    n = sum(1 for _ in validate_file(path))  # problems found
else:
    problems = sum(1 for _ in validate_file(path))
    assert problems == 0, problems
    n = sum(1 for _ in path.open("rb"))
elapsed = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"n": n, "s": elapsed, "rss_mib": rss, "startup": startup}))
"""


def _records(target_bytes: int) -> Any:
    base = json.loads((ROOT / "examples" / "records.jsonl").read_text(encoding="utf-8").splitlines()[1])
    written, i = 0, 0
    while written < target_bytes:
        record = copy.deepcopy(base)
        record["id"] = f"r-{i:012d}"
        record["group_id"] = f"g-{i // 7:012d}"
        record["verdict"]["rationale"] += f" (variant {i})"
        line = orjson.dumps(record) + b"\n"
        written += len(line)
        i += 1
        yield line


def _write(path: Path, mb: float) -> None:
    with path.open("wb") as f:
        for line in _records(int(mb * 2**20)):
            f.write(line)


def _run(mode: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return dict(json.loads(out.stdout))


def _pathological(tmp: Path) -> None:
    from factgen.validate import validate_file  # noqa: PLC0415

    base = (ROOT / "examples" / "records.jsonl").read_bytes().splitlines()[0]
    cases = {
        "1 MiB claim string": base.replace(b'"claim":"', b'"claim":"' + b"x" * 2**20, 1) + b"\n",
        "1000-deep arrays": b'{"claim": ' + b"[" * 1000 + b"]" * 1000 + b"}\n",
        "100k-deep arrays": b'{"claim": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
    }
    for name, data in cases.items():
        path = tmp / "bad.jsonl"
        path.write_bytes(data)
        t0 = time.perf_counter()
        n = sum(1 for _ in validate_file(path))
        print(f"  pathological {name:>20}: {n} problems in {time.perf_counter() - t0:.3f} s")


def _hostile(tmp: Path) -> None:
    """Issue 14's hostile files, each in a fresh process so its peak RSS is its own (main: 1.57 GB, 2 GB+).

    Written in pieces: a child inherits the peak RSS its parent had when it started.
    """
    base = (ROOT / "examples" / "records.jsonl").read_bytes().splitlines()[0]
    huge = base.replace(b'"value":"58000000000"', b'"value":"1e999999999"', 1)
    if huge == base:
        msg = "examples/records.jsonl changed: no quantity value 58000000000 to replace"
        raise SystemExit(msg)
    cases: dict[str, list[bytes]] = {  # the pieces each file is written from
        "100 MB single line": [b'{"claim": "', *[b"x" * (1 << 20)] * 100, b'"}\n'],
        "value 1e999999999": [huge, b"\n"],
        "10^5 bad lines": [b"not json\n"] * 100_000,
    }
    for name, pieces in cases.items():
        path = tmp / "hostile.jsonl"
        with path.open("wb") as f:
            f.writelines(pieces)
        got = _run("hostile", path)
        print(
            f"  hostile {name:>20}: {int(got['n'])} problems in {got['s']:.3f} s, peak RSS {got['rss_mib']:.1f} MiB"
        )
        path.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=200.0, help="size of the largest file (default 200)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for mb in (args.mb / 4, args.mb / 2, args.mb):
            path = tmp / f"records-{mb:g}.jsonl"
            _write(path, mb)
            size = path.stat().st_size / 2**20
            base = _run("json", path)
            ours = _run("factgen", path)
            print(
                f"{size:7.1f} MB {int(ours['n']):>8} records | json.loads loop {base['n'] / base['s']:>9,.0f} rec/s "
                f"{size / base['s']:6.1f} MB/s {base['rss_mib']:6.1f} MiB | factgen validate "
                f"{ours['n'] / ours['s']:>9,.0f} rec/s {size / ours['s']:6.1f} MB/s {ours['rss_mib']:6.1f} MiB "
                f"| ratio {base['s'] / ours['s']:.2f}x | start-up {ours['startup']:.2f} s"
            )
            path.unlink()
        path = tmp / "slice.jsonl"
        _write(path, 5)
        ref, ours = _run("jsonschema", path), _run("factgen", path)
        print(
            f"  5 MB slice: python-jsonschema {ref['n'] / ref['s']:,.0f} rec/s vs factgen validate "
            f"{ours['n'] / ours['s']:,.0f} rec/s ({ref['s'] / ours['s']:.1f}x)"
        )
        _pathological(tmp)
        _hostile(tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
