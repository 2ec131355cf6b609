"""End-to-end speed of ``factgen build`` on news-length articles: articles/s per core and peak RSS.

Run by hand:  python benchmarks/build.py [--articles 400]

Writes a synthetic corpus of news-like articles (~600 words: attributed statements, money, counts, percentages,
dates, quotes, a caption and a comment block to clean), then runs the whole build (load, clean, segment, claims,
variants, verdicts, schema validation, writing) in a fresh process, once in one process and once with
``--num-proc 2``. Peak RSS is the child's own. Target: at least 20 articles/s per core.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

PEOPLE = ["John Kirby", "Antony Blinken", "Lloyd Austin", "Keir Starmer", "Sabrina Singh", "Jake Sullivan"]
TITLES = ["spokesman", "Secretary of State", "Defense Secretary", "Prime Minister", "spokesperson", "adviser"]
PLACES = ["Kharkiv", "Kyiv", "Odesa", "Prague", "Ramstein", "Brussels"]
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from factgen.pipeline import build
t0 = time.perf_counter()
stats = build(Path(sys.argv[1]), Path(sys.argv[2]), seed=1, progress=False, num_proc=int(sys.argv[3]) or None)
s = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"articles": stats.articles, "records": stats.records, "s": s, "rss_mib": rss}))
"""


def _paragraph(rng: random.Random) -> str:
    i = rng.randrange(len(PEOPLE))
    amount, unit = rng.randint(2, 900), rng.choice(["million", "billion"])
    count = rng.randint(2, 90) * 1000
    return rng.choice(
        [
            (
                f"The United States has so far provided ${amount} {unit} in assistance to the region, "
                f"{TITLES[i]} {PEOPLE[i]} said on {rng.choice(['Monday', 'Friday', 'Tuesday'])}."
            ),
            (
                f"More than {count:,} civilians have been displaced near {rng.choice(PLACES)} since 2022, "
                f"according to two U.S. officials."
            ),
            (
                f"“We will continue to support our partners for as long as it takes,” {PEOPLE[i].split()[-1]} said. "
                f"“Nothing about that has changed.”"
            ),
            (
                f"Officials in {rng.choice(PLACES)} said about {rng.randint(10, 90)} percent of the {amount} "
                f"schools had reopened, and {rng.randint(2, 40)} remained closed."
            ),
            f"The ministry has not changed its policy on long-range strikes, {TITLES[i]} {PEOPLE[i]} said.",
            (
                f"Leaders from {rng.randint(20, 60)} countries met for a {rng.randint(2, 5)}-day summit in "
                f"{rng.choice(PLACES)} to discuss a package worth €{rng.randint(1, 99)} billion."
            ),
        ]
    )


NARRATIVE = [
    (
        "The talks came as allied governments weighed how far to go in easing restrictions on the weapons they supply, "
        "a question that has divided capitals on both sides of the Atlantic for months."
    ),
    (
        "Diplomats described the meeting as constructive but cautioned that important details were still being worked "
        "out, and that any change would be coordinated closely with partners before it was announced."
    ),
    (
        "Critics argued that the shift came too late to change the course of the fighting, while supporters said it "
        "reflected a careful reading of the risks and of what the battlefield now requires."
    ),
    (
        "Local officials said residents had grown used to the sound of air-raid sirens, and that schools, hospitals and "
        "markets continued to open whenever it was judged safe to do so."
    ),
]


def _article(rng: random.Random) -> str:
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(12, 14))]
    paragraphs += [rng.choice(NARRATIVE) for _ in range(rng.randint(10, 12))]
    rng.shuffle(paragraphs)
    body = "\n\n".join(paragraphs)
    return (
        f"{body}\n\nJane Doe/AFP via Getty Images\n\nhide caption\n\ntoggle caption\n\n"
        "Join The Conversation\n\nWe have no tolerance for comments containing violence or spam."
    )


def _run(corpus: Path, out: Path, num_proc: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpus), str(out), str(num_proc)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400, help="corpus size (default 400)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        corpus.mkdir()
        words = 0
        for i in range(args.articles):
            text = _article(rng)
            words += len(text.split())
            (corpus / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        print(f"corpus: {args.articles} articles, {words / args.articles:.0f} words each on average")
        for num_proc in (0, 2):
            r = _run(corpus, tmp / f"out{num_proc}", num_proc)
            print(
                f"  build, {'1 process ' if num_proc == 0 else f'{num_proc} processes'}: "
                f"{r['articles'] / r['s']:6.1f} articles/s ({r['records'] / r['s']:7.0f} records/s, "
                f"{int(r['records'])} records) in {r['s']:.1f} s, peak RSS {r['rss_mib']:.0f} MiB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
