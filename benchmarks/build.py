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

FIRST = [
    "John",
    "Antony",
    "Lloyd",
    "Keir",
    "Sabrina",
    "Jake",
    "Maria",
    "Olena",
    "Pierre",
    "Ana",
    "Tomas",
    "Leila",
    "Kenji",
    "Amara",
    "Diego",
    "Ingrid",
    "Rahul",
    "Sofia",
    "Marek",
    "Chloe",
    "Yusuf",
    "Hana",
    "Pavel",
    "Irene",
]
LAST = [
    "Kirby",
    "Blinken",
    "Austin",
    "Starmer",
    "Singh",
    "Sullivan",
    "Novak",
    "Kovalenko",
    "Dubois",
    "Silva",
    "Berg",
    "Haddad",
    "Tanaka",
    "Okafor",
    "Ruiz",
    "Larsen",
    "Mehta",
    "Rossi",
    "Nowak",
    "Martin",
    "Demir",
    "Sato",
    "Volkov",
    "Costa",
]
TITLES = [
    "spokesman",
    "Secretary of State",
    "Defense Secretary",
    "Prime Minister",
    "spokesperson",
    "adviser",
    "Foreign Minister",
    "Finance Minister",
    "Mayor",
    "Senator",
]
PLACES = [
    "Kharkiv",
    "Kyiv",
    "Odesa",
    "Prague",
    "Ramstein",
    "Brussels",
    "Lviv",
    "Warsaw",
    "Vilnius",
    "Geneva",
    "Ankara",
    "Athens",
    "Lisbon",
    "Oslo",
    "Madrid",
    "Nairobi",
    "Jakarta",
    "Lima",
    "Dakar",
    "Quito",
]
THINGS = [
    "civilians",
    "soldiers",
    "refugees",
    "schools",
    "hospitals",
    "drones",
    "trucks",
    "homes",
    "bridges",
    "teachers",
    "nurses",
    "volunteers",
    "families",
    "farms",
    "villages",
]
FUNDS = [
    "military assistance",
    "humanitarian aid",
    "reconstruction loans",
    "energy grants",
    "budget support",
    "food aid",
    "demining programmes",
    "air-defence systems",
]
VERBS = ["provided", "pledged", "approved", "delivered", "promised", "allocated"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


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
STAGES = r"""
import json, sys, time
from pathlib import Path
from factgen.articles import load_articles
from factgen.evidence import EvidenceIndex, link_evidence
from factgen.pipeline import process_article
from factgen.records import records_for_claim
from factgen.variants import make_variants, person_names
articles = list(load_articles(Path(sys.argv[1])))
t = [time.perf_counter()]
results = [process_article(a) for a in articles]
t.append(time.perf_counter())
claims = [c for r in results for c in r.claims]
people = person_names(c.text for c in claims)
made = [rec for c in claims for rec in records_for_claim(c, make_variants(c, people=people), seed=1)]
t.append(time.perf_counter())
cleaned = [r.article for r in results]
linked = list(link_evidence(made, cleaned, index=EvidenceIndex.from_claims(claims, cleaned)))
t.append(time.perf_counter())
names = ["clean+segment+claims", "variants+verdicts+records", "evidence linking"]
print(json.dumps({n: t[i + 1] - t[i] for i, n in enumerate(names)} | {"records": len(linked)}))
"""


def _paragraph(rng: random.Random) -> str:
    person, title = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TITLES)
    place, things, fund, verb = rng.choice(PLACES), rng.choice(THINGS), rng.choice(FUNDS), rng.choice(VERBS)
    amount, unit = rng.randint(2, 900), rng.choice(["million", "billion"])
    templates = [
        (
            f"The government has so far {verb} ${amount} {unit} in {fund} to {place}, {title} {person} said on "
            f"{rng.choice(DAYS)}."
        ),
        (
            f"More than {rng.randint(2, 90) * 1000:,} {things} have been affected near {place} since "
            f"{rng.randint(2015, 2024)}, according to two officials."
        ),
        (
            f"“We will keep supporting {place} for as long as it takes,” {person.rsplit(maxsplit=1)[-1]} said. "
            f"“Nothing about our commitment to {fund} has changed.”"
        ),
        (
            f"Officials in {place} said about {rng.randint(10, 90)} percent of the {rng.randint(20, 900)} {things} "
            f"had been reached, and {rng.randint(2, 40)} remained out of reach."
        ),
        f"The ministry has not changed its policy on {fund}, {title} {person} said.",
        (
            f"Leaders from {rng.randint(20, 60)} countries met for a {rng.randint(2, 5)}-day summit in {place} to "
            f"discuss a package worth €{rng.randint(1, 99)} billion for {fund}."
        ),
    ]
    return rng.choice(templates)


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


def _run(corpus: Path, out: Path, num_proc: int) -> dict[str, float]:  # the whole build, files included
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
        done = subprocess.run(
            [sys.executable, "-c", STAGES, str(corpus)], capture_output=True, text=True, check=True
        )
        stages = json.loads(done.stdout.strip().splitlines()[-1])
        n = args.articles
        for name in ("clean+segment+claims", "variants+verdicts+records", "evidence linking"):
            print(f"  stage {name:<26} {stages[name]:6.1f} s = {n / stages[name]:7.1f} articles/s")
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
