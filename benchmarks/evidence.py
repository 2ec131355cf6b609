"""Evidence linking at scale: time and peak RSS of the index against corpus size, and the all-pairs baseline.

Run by hand:  python benchmarks/evidence.py [--sizes 1000 4000 16000 32000] [--baseline-budget 120]

Each size runs in a fresh child process (peak RSS is the child's own ``ru_maxrss``). The synthetic corpus is
news-like: every event (a named actor, a place, a month, a measured quantity) is reported by about three articles,
which restate, bound or contradict its number in varied words, among filler sentences whose vocabulary follows a
Zipf law (common words everywhere, rare words and names in few places), as in real news. Articles are published
:data:`ARTICLES_PER_DAY` a day (:func:`published`), an event's three reports on consecutive days, so a 32k corpus spans
eleven months and a story window (``WINDOW_DAYS`` either side) holds about 1,500 articles at every size from 4k up.
Until December 2026 the articles were undated, i.e. all published in one window: the generator's names (about 7,700
distinct name tokens, as factgen cuts a name to its first seven letters, drawn from twenty syllables) then grew
unrealistically common with size, where real news at 32k articles spread over time has many more distinct events: at
16k articles 431 names were written by more than ``MAX_NAME_ARTICLES`` articles (49% of all name mentions), at 32k
1,110 (58%), and 669 (4%) then 3,414 (11%) of the pairs of reports of one event shared no rarer name, which is where
recall went (0.963 at 16k, 0.867 at 32k on the default sample): at 16k on 300 sentences 4 of the 5 lost links were
``common_name``, 1 ``neighbour_cut``, none ``not_retrieved`` (3 of the 5 joined different events that merely share
names); at 32k on 200 sentences (recall 0.829) 19 of 21 were ``common_name`` (17 within one event), none cut or
``not_retrieved``. Dated, recall is 1.000 at 1k, 4k, 16k and 32k on 200 sentences, and no link is lost; dates alone
are not enough while blocking caps a name over the whole corpus (16k on 300 sentences: recall 0.982, 6.6 neighbours
per article instead of 18.6), hence the cap within the window in :mod:`factgen.stories`.

What is timed is the linking stage itself: grouping the articles into stories (``stories.find_stories``: each
claim is judged only against sentences of its article's neighbours), describing every sentence (``evidence.describe``, with its speaker
found by ``claims.find_speaker`` and left out, as the pipeline leaves out a claim's speaker), building the index and
matching every sentence against it (``EvidenceIndex.match``), i.e. what ``link_evidence`` does after the
per-article stages. Recall is the share of the all-pairs links (the same verifier over every other article, on a
sample of 20 to 200 sentences, or ``--recall-sample`` sentences) that blocking and the index find. Each lost link
is counted by cause (:func:`lost_links`: the partner is no story neighbour because every name the two share is too
common, or because ``MAX_NEIGHBOURS`` cut it; or it is a neighbour whose sentence is not among the ``MAX_CANDIDATES``
best), split by whether the two articles report the same event of the generator or merely happen to share names. The fitted exponent is the slope of log(time) against log(articles); the target is <= 1.2.

The all-pairs baseline (``match(..., exhaustive=True)``) judges every sentence against every sentence of the other
articles. It runs on the whole corpus while its estimated time fits ``--baseline-budget`` seconds; beyond that it
runs on a random sample of sentences and the total is extrapolated (marked ``~``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import subprocess
import sys
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from factgen.evidence import EvidenceIndex, Match, Passage
from factgen.models import Article
from factgen.stories import MAX_NAME_ARTICLES, WINDOW_DAYS, Stories, profile

CHILD = r"""
import importlib.util, json, random, resource, sys, time
spec = importlib.util.spec_from_file_location("bench_evidence", sys.argv[3])
bench = sys.modules["bench_evidence"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
from factgen.claims import find_speaker
from factgen.evidence import EvidenceIndex, describe
from factgen.models import Article
from factgen.stories import find_stories
n, budget, sample_size = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[4])
articles = bench.corpus(n)
t0 = time.perf_counter()
stories = find_stories([Article(id=i, text=t, published=bench.published(i)) for i, t in articles])
blocked = time.perf_counter() - t0
passages, texts = [], {}
for article_id, text in articles:
    texts[article_id] = text
    at = 0
    for sentence in text.split("\n\n"):
        passages.append(describe(sentence, article_id=article_id, start=at, speaker=find_speaker(sentence),
                                 published=bench.published(article_id)))
        at += len(sentence) + 2
index = EvidenceIndex(passages, texts, neighbours=stories.neighbours)
built = time.perf_counter() - t0
links, labels = 0, {}
for p in index.passages:
    found, _ = index.match(p)
    links += len(found)
    for m in found:
        labels[m.label.value] = labels.get(m.label.value, 0) + 1
s = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
rng = random.Random(0)
size = sample_size or max(20, min(200, 4_000_000 // len(index.passages)))  # default: ~4M judged pairs at most
sample = rng.sample(index.passages, min(len(index.passages), size))
t1 = time.perf_counter()
everything = [index.match(p, exhaustive=True)[0] for p in sample]
per = (time.perf_counter() - t1) / len(sample)
found = sum(map(len, everything))
key = lambda ms: {(m.evidence.article_id, m.evidence.start, m.label) for m in ms}
recall_hits = sum(len(key(index.match(p)[0]) & key(e)) for p, e in zip(sample, everything))
recall = recall_hits / found if found else 1.0
lost = bench.lost_links(index, stories, articles, sample, everything)
estimate = per * len(index.passages)
if estimate <= budget:
    t1 = time.perf_counter()
    for p in index.passages:
        index.match(p, exhaustive=True)
    baseline, exact = built + time.perf_counter() - t1, True
else:
    baseline, exact = built + estimate, False
print(json.dumps({"articles": n, "sentences": len(index.passages), "s": s, "build_s": built, "rss_mib": rss,
                  "block_s": blocked, "stories": len(set(stories.story_of.values())),
                  "neighbours": sum(map(len, stories.neighbours.values())) / max(n, 1),
                  "links": links, "labels": labels, "baseline_s": baseline, "baseline_exact": exact, "recall": recall, "lost": lost}))
"""

FIRST = ["Ana", "Boris", "Carla", "Dmitro", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena"]
SYLLABLES = ["ka", "lo", "mir", "ven", "tas", "rho", "zel", "din", "quo", "bar", "sen", "tuk", "pol", "gri", "nav", "ost", "ul", "fen", "dra", "bek"]  # fmt: skip
UNITS = [("troops", "cardinal"), ("civilians", "cardinal"), ("schools", "cardinal"), ("$", "money")]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October"]
COMMON = ["government", "officials", "week", "plan", "support", "region", "talks", "security", "border", "city", "people", "aid", "country"]  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Event:
    """One fact that about three articles report: who, where, which organisation, when, and its number."""

    actor: str
    place: str
    org: str
    month: str
    unit: str
    value: int


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _quantity(unit: str, value: int, shape: str) -> str:
    number = f"${value} million" if unit == "$" else f"{value:,} {unit}"
    return {"exact": number, "lower": f"more than {number}", "about": f"about {number}"}[shape]


def corpus(n: int) -> list[tuple[str, str]]:
    """``n`` news-like articles as ``(id, text)``, one sentence per paragraph; deterministic for a given ``n``."""
    rng = random.Random(n)
    vocabulary = sorted(
        {_name(rng).lower() + rng.choice(["ing", "ment", "ness", "al"]) for _ in range(30000)}
    )
    rng.shuffle(vocabulary)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    events = []
    for _ in range(n // 3 + 1):
        unit, _kind = rng.choice(UNITS)
        actor = f"{rng.choice(FIRST)} {_name(rng)}"
        place = _name(rng)
        org = _name(rng) + " Council"
        events.append(_Event(actor, place, org, rng.choice(MONTHS), unit, rng.randint(12, 950)))
    out = []
    for i in range(n):
        ev = events[i // 3]
        value = ev.value if rng.random() < 0.8 else ev.value + rng.randint(5, 40)  # some reports disagree
        shape = rng.choice(["exact", "exact", "lower", "about"])
        q = _quantity(ev.unit, value, shape)
        facts = [
            f"{ev.actor} said {q} were sent to {ev.place} in {ev.month}, officials confirmed.",
            f"In {ev.month}, {q} were sent to {ev.place} by the {ev.org}, according to {ev.actor}.",
            f"The {ev.org} in {ev.place} approved the new border plan that {ev.actor} proposed.",
            f"{ev.actor} has not met the {ev.org} since the talks in {ev.place} began.",
        ]
        sentences = rng.sample(facts, 2)
        for _ in range(rng.randint(3, 5)):
            words = rng.choices(vocabulary, weights, k=7) + rng.sample(COMMON, 3)
            rng.shuffle(words)
            sentences.append(f"The {' '.join(words)} continued, {_name(rng)} said.")
        rng.shuffle(sentences)
        out.append((f"n{i:06d}", "\n\n".join(sentences)))
    return out


ARTICLES_PER_DAY = 100  # a few outlets' output: 32k articles span about eleven months
FIRST_DAY = date(2024, 1, 1)


def published(article_id: str) -> date:
    """When an article of :func:`corpus` is published: :data:`ARTICLES_PER_DAY` a day, an event's three reports on
    three consecutive days (the article's text does not depend on it)."""
    i = int(article_id[1:])
    return FIRST_DAY + timedelta(days=i // ARTICLES_PER_DAY + i % 3)


def event_of(article_id: str) -> int:
    """The event an article of :func:`corpus` reports (articles ``3k``, ``3k+1``, ``3k+2`` report event ``k``)."""
    return int(article_id[1:]) // 3


def lost_links(
    index: EvidenceIndex,
    stories: Stories,
    articles: Sequence[tuple[str, str]],
    sample: Sequence[Passage],
    everything: Sequence[Sequence[Match]],
) -> dict[str, list[int]]:
    """Where the all-pairs links of ``sample`` that blocking + retrieval miss go: cause -> [same event, another].

    ``common_name``: the partner article is no neighbour, every name the two share is written by more than
    ``MAX_NAME_ARTICLES`` articles; ``neighbour_cut``: no neighbour although they share a rarer name (cut by
    ``MAX_NEIGHBOURS``); ``no_shared_name``: no neighbour, no name in common; ``not_retrieved``: a neighbour whose
    sentence is not among the ``MAX_CANDIDATES`` best; ``other``: retrieved but judged otherwise. The key ``found``
    counts every all-pairs link the same way (same event, another event: the generator's own truth).
    """
    profiles = {i: profile(Article(id=i, text=t, published=published(i))) for i, t in articles}
    days: defaultdict[str, list[int]] = defaultdict(list)  # name -> the days of the articles that write it
    for p in profiles.values():
        for name in p.names:
            days[name].append(published(p.article_id).toordinal())
    for found in days.values():
        found.sort()

    def around(
        name: str, article: str
    ) -> int:  # the articles writing ``name`` within the window of ``article``
        day = published(article).toordinal()
        return bisect_right(days[name], day + WINDOW_DAYS) - bisect_left(days[name], day - WINDOW_DAYS)

    out: dict[str, list[int]] = {"found": [0, 0]}
    for passage, expected in zip(sample, everything, strict=True):
        a = passage.article_id
        got = {(m.evidence.article_id, m.evidence.start, m.label) for m in index.match(passage)[0]}
        retrieved: list[int] | None = None
        for m in expected:
            b = m.evidence.article_id
            column = 0 if event_of(a) == event_of(b) else 1
            out["found"][column] += 1
            if (b, m.evidence.start, m.label) in got:
                continue
            if b not in stories.neighbours[a]:
                shared = profiles[a].names & profiles[b].names
                rare = [n for n in shared if min(around(n, a), around(n, b)) <= MAX_NAME_ARTICLES]
                cause = "neighbour_cut" if rare else "common_name" if shared else "no_shared_name"
            else:
                if retrieved is None:
                    retrieved = index._retrieve(passage, stories.neighbours[a])[0]
                at = index._at[(b, m.evidence.start, m.evidence.end)]
                cause = "other" if at in retrieved else "not_retrieved"
            out.setdefault(cause, [0, 0])[column] += 1
    return out


def _run(n: int, budget: float, sample: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(n), str(budget), __file__, str(sample)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _slope(xs: list[float], ys: list[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000, 32000])
    parser.add_argument(
        "--baseline-budget", type=float, default=120.0, help="seconds for a full all-pairs run"
    )
    parser.add_argument(
        "--recall-sample",
        type=int,
        default=0,
        help="sentences judged against all others for recall (default: 20 to 200, ~4M judged pairs)",
    )
    args = parser.parse_args()
    rows = []
    print(
        f"{'articles':>9} {'sentences':>9} {'index s':>9} {'RSS MiB':>8} {'links':>7} {'all-pairs s':>12} {'ratio':>7}"
    )
    for n in args.sizes:
        r = _run(n, args.baseline_budget, args.recall_sample)
        rows.append(r)
        s, b = float(str(r["s"])), float(str(r["baseline_s"]))
        mark = "" if r["baseline_exact"] else "~"
        print(
            f"{n:>9} {r['sentences']:>9} {s:>9.1f} {float(str(r['rss_mib'])):>8.0f} {r['links']:>7} "
            f"{mark + format(b, '.1f'):>12} {mark + format(b / s, '.1f'):>7}x  recall {r['recall']:.3f}  {r['labels']}"
            f"  blocking {float(str(r['block_s'])):.1f} s, {r['stories']} stories, "
            f"{float(str(r['neighbours'])):.1f} neighbours per article"
        )
        lost = cast("dict[str, list[int]]", r["lost"])
        print(
            f"{'':>9} lost links by cause (same event/another event): "
            + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(lost.items()) if k != "found")
            + f"; all-pairs links on the sample {lost['found'][0]}/{lost['found'][1]}"
        )
    if len(rows) > 1:
        exponent = _slope([float(str(r["articles"])) for r in rows], [float(str(r["s"])) for r in rows])
        print(f"fitted exponent of time vs articles: {exponent:.2f} (target <= 1.2)")
        steps = [
            f"{a['articles']}->{b['articles']}: "
            f"{_slope([float(str(a['articles'])), float(str(b['articles']))], [float(str(a['s'])), float(str(b['s']))]):.2f}"
            for a, b in itertools.pairwise(rows)
        ]
        print("exponent of each step (the fixed costs of small corpora flatter the fit):", ", ".join(steps))


if __name__ == "__main__":
    main()
