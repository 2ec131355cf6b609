"""Speed and memory of ingestion (load + clean + segment), run by hand: ``python benchmarks/ingest.py``.

Prints:
1. articles/s for load+clean+segment on news-length articles (the seeds, copied into a folder of 1,000 files);
2. one generated article of 1, 2 and 5 MB made of repeated paragraphs (and one of distinct paragraphs), each in a
   fresh subprocess so that its peak RSS is its own: seconds and peak RSS, to show time is linear in size
   (targets for 5 MB: under 10 s and under 1 GiB);
3. the hand-written segmenter against pysbd (``pip install '.[bench]'``) on the test case tables: accuracy and
   sentences/s, and whether pysbd's character spans are exact.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factgen import Article, clean, load_articles, segment
from factgen.segment import sentence_spans

SEEDS = ROOT / "seeds"
MB = 1_000_000


def _paragraphs() -> list[str]:
    return [p for a in load_articles(SEEDS) for p in a.text.split("\n\n") if p.strip()]


def bench_folder(copies: int = 200) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(copies):
            for path in SEEDS.glob("*.txt"):
                (folder / f"{i:04d}_{path.name}").write_bytes(path.read_bytes())
        start = time.perf_counter()
        articles = sentences = 0
        for article in load_articles(folder):
            sentences += len(segment(clean(article)))
            articles += 1
        elapsed = time.perf_counter() - start
    print(
        f"news-length: {articles} articles, {sentences} sentences in {elapsed:.2f} s = {articles / elapsed:,.0f} articles/s"
    )


def make_big(size: int, *, distinct: bool) -> str:
    paragraphs, parts, length, i = _paragraphs(), [], 0, 0
    while length < size:
        paragraph = paragraphs[i % len(paragraphs)]
        if distinct:
            paragraph = f"Update {i}: {paragraph}"
        parts.append(paragraph)
        length += len(paragraph) + 2
        i += 1
    return "\n\n".join(parts)


def one_big(size: int, distinct: bool) -> None:
    """Child process: build, clean and segment one big article; print seconds and peak RSS."""
    text = make_big(size, distinct=distinct)
    article = Article(id="big", text=text)
    start = time.perf_counter()
    cleaned = clean(article)
    sentences = segment(cleaned)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    kind = "distinct" if distinct else "repeated"
    print(
        f"{len(text) / MB:4.1f} MB {kind:8}: {elapsed:6.2f} s, peak RSS {peak:6.0f} MiB, "
        f"{len(cleaned.text) / MB:5.2f} MB kept, {sum(cleaned.drops.values()):6} drops, {len(sentences):6} sentences"
    )


def bench_big() -> None:
    for distinct in (False, True):
        for size in (1, 2, 5):
            args = [sys.executable, __file__, "--one", str(size * MB)] + (["--distinct"] if distinct else [])
            subprocess.run(args, check=True)


def bench_segmenters() -> None:
    from tests.test_segment import CASES, SEED_SENTENCES  # noqa: PLC0415

    cases = [(c.text, c.sentences) for c in CASES]
    seeds = {a.id[:3]: clean(a).text for a in load_articles(SEEDS)}
    ours = sum(_ours(text) == gold for text, gold in cases)
    ours_seed = sum(any(s == gold for s in _ours(seeds[k])) for k, gold, _ in SEED_SENTENCES)
    text = "\n\n".join(seeds.values()) * 20
    start = time.perf_counter()
    count = len(sentence_spans(text))
    ours_speed = count / (time.perf_counter() - start)
    print(
        f"hand-written: {ours}/{len(cases)} cases, {ours_seed}/{len(SEED_SENTENCES)} seed boundaries, "
        f"{ours_speed:,.0f} sentences/s"
    )
    try:
        import pysbd  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: PLC0415
    except ImportError:
        print("pysbd: not installed (pip install '.[bench]')")
        return
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def theirs(text: str) -> list[str]:
        out = []
        for paragraph in text.split("\n\n"):
            out += [str(s.sent).strip() for s in seg.segment(paragraph) if str(s.sent).strip()]
        return out

    exact = all(text[s.start : s.end] == s.sent for s in seg.segment(seeds["000"]))
    good = sum(theirs(text) == [g.lstrip("• ") for g in gold] for text, gold in cases)
    good_seed = sum(any(s == gold for s in theirs(seeds[k])) for k, gold, _ in SEED_SENTENCES)
    sample = "\n\n".join(seeds.values()) * 2
    start = time.perf_counter()
    count = sum(len(seg.segment(p)) for p in sample.split("\n\n"))
    speed = count / (time.perf_counter() - start)
    print(
        f"pysbd:        {good}/{len(cases)} cases, {good_seed}/{len(SEED_SENTENCES)} seed boundaries, "
        f"{speed:,.0f} sentences/s, char spans exact on seed 000: {exact}"
    )


def _ours(text: str) -> list[str]:
    return [s.text for s in segment(clean(Article(id="b", text=text)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--one", type=int, help="(internal) run one big article of this many characters")
    parser.add_argument("--distinct", action="store_true", help="(internal) distinct paragraphs")
    args = parser.parse_args()
    if args.one:
        one_big(args.one, args.distinct)
        return
    bench_folder()
    bench_big()
    bench_segmenters()


if __name__ == "__main__":
    main()
