"""Print N random claims of a corpus, with their rewrites and the drop counts, for a person to judge (issue 15).

    python benchmarks/claims_sample.py CORPUS [--n 50] [--seed 0]

Read each claim as a fact-checker would and tally: clean (stands alone, checkable, grammatical), not
self-contained, not check-worthy, ungrammatical. Prints no verdicts of its own: the reader is the judge.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import factgen
from factgen.claims import Claim
from factgen.pipeline import process_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    claims: list[Claim] = []
    drops: Counter[str] = Counter()
    articles = list(factgen.load_articles(args.corpus, on_error="skip"))
    for article in articles:
        result = process_article(article)
        drops.update({k: v for k, v in result.drops.items() if k.startswith(("claims.", "clean."))})
        claims.extend(result.claims)
    print(f"{len(articles)} articles, {len(claims)} claims; drops: {dict(sorted(drops.items()))}")
    for n, claim in enumerate(random.Random(args.seed).sample(claims, min(args.n, len(claims))), 1):
        rewrites = f"  [{', '.join(claim.rewrites)}]" if claim.rewrites else ""
        print(f"{n:3}. {claim.claim}{rewrites}  (speaker: {claim.speaker})")


if __name__ == "__main__":
    main()
