"""The only place stages are chained: articles -> clean -> segment -> claims -> variants -> verdicts -> records.

* :func:`process_article` runs the per-article stages. It is a pure, picklable function of one article, so the same
  code runs in a loop, in ``datasets.Dataset.map(num_proc=N)``, or in a distributed engine.
* :func:`generate` adds the corpus-wide steps: the entity inventory for the swap rule and evidence across articles
  (``link_evidence`` through an ``EvidenceIndex`` built once per corpus; rejected pairs count as ``evidence.*``
  drops). It streams records.
* :func:`build` writes a dataset folder: ``records.jsonl``, ``articles.jsonl`` (the cleaned texts every span points
  into), ``summary.json`` (counts by label, rule, transformation, drop reason and split), with ``keep_rejected``
  ``rejected.jsonl``, and the Hub-ready files of :func:`factgen.publish.write_dataset` (``data/*.parquet`` per
  split, the ``README.md`` dataset card with its chart, ``record.schema.json``). Every record is validated against the contract first; the folder is built in a temporary
  sibling and renamed into place, so nothing is ever half-written. Same input and seed: the same bytes.
"""

from __future__ import annotations

import time
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import orjson

from factgen import __version__
from factgen._io import atomic_dir, atomic_write, content_hash, dumps, shipped
from factgen.articles import IngestWarning, load_articles
from factgen.claims import Claim, Rejected, judge_sentences
from factgen.clean import clean
from factgen.errors import ArticleLoadError, ConfigError, Problem, RecordValidationError
from factgen.evidence import THRESHOLD, EvidenceIndex, check_options, link_evidence
from factgen.models import Article, Quantity, Record
from factgen.publish import write_dataset_files
from factgen.records import drop_copies, records_for_claim, removal_context
from factgen.segment import segment
from factgen.splits import SplitBy, split_records
from factgen.validate import validate_record
from factgen.variants import make_variants, person_names

__all__ = [
    "RULE_FAMILIES",
    "SEEDS",
    "ArticleResult",
    "BuildStats",
    "build",
    "generate",
    "process_article",
    "process_batch",
]

RULE_FAMILIES: Final = frozenset(
    {"quantity", "polarity", "entity", "evidence"}
)  # "evidence": links across articles
SEEDS: Final = shipped("seeds")  # the five shipped articles: the default input of `factgen build`


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What the per-article stages make of one article."""

    article: Article  # cleaned: the text every span indexes
    claims: tuple[Claim, ...]
    rejected: tuple[Rejected, ...]
    drops: dict[str, int]  # "clean.<reason>" and "claims.<reason>" -> count
    sentences: int
    spans: tuple[tuple[int, int], ...] = ()  # every sentence's (start, end): the context of evidence removal


@dataclass
class BuildStats:
    """Counts gathered while generating; the build summary and the dataset card are made from them."""

    articles: int = 0
    sentences: int = 0
    claims: int = 0
    records: int = 0
    drops: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    transformations: Counter[str] = field(default_factory=Counter)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    def count(self, record: Record) -> None:
        self.records += 1
        self.labels[record.verdict.label.value] += 1
        self.rules[record.verdict.rule] += 1
        self.transformations[record.provenance.rule or "as_written"] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sentences": self.sentences,
            "claims": self.claims,
            "records": self.records,
            "labels": dict(sorted(self.labels.items())),
            "rules": dict(sorted(self.rules.items())),
            "transformations": dict(sorted(self.transformations.items())),
            "drops": dict(sorted(self.drops.items())),
        }


def process_article(article: Article) -> ArticleResult:
    """Clean, segment and judge one article. Pure: the same article gives the same result anywhere."""
    cleaned = clean(article)
    drops = {f"clean.{reason}": n for reason, n in cleaned.drops.items()}
    if not cleaned.text.strip():
        drops["clean.empty_after_cleaning"] = 1
        return ArticleResult(cleaned.article, (), (), drops, 0)
    sentences = segment(cleaned)
    judged = list(judge_sentences(sentences))
    claims = tuple(c for c in judged if isinstance(c, Claim))
    rejected = tuple(r for r in judged if isinstance(r, Rejected))
    for reason, n in Counter(r.key for r in rejected).items():
        drops[reason] = n
    spans = tuple((s.start, s.end) for s in sentences)
    return ArticleResult(
        cleaned.article, claims, rejected, dict(sorted(drops.items())), len(sentences), spans
    )


def _result_to_json(result: ArticleResult) -> bytes:
    return orjson.dumps(
        {
            "article": result.article.model_dump(mode="json"),
            "claims": [
                {
                    **{k: getattr(c, k) for k in Claim.__slots__ if k != "quantities"},
                    "quantities": [q.model_dump(mode="json") for q in c.quantities],
                }
                for c in result.claims
            ],
            "rejected": [[r.source_id, r.stage, r.reason] for r in result.rejected],
            "drops": result.drops,
            "sentences": result.sentences,
            "spans": result.spans,
        }
    )


def _result_from_json(data: bytes) -> ArticleResult:
    raw = orjson.loads(data)
    claims = tuple(
        Claim(
            **{
                **c,
                "quantities": tuple(Quantity.model_validate_json(orjson.dumps(q)) for q in c["quantities"]),
                "rewrites": tuple(c["rewrites"]),
            }
        )
        for c in raw["claims"]
    )
    return ArticleResult(
        article=Article.model_validate_json(orjson.dumps(raw["article"]))
        if raw["article"]["text"].strip()
        else Article.model_construct(**raw["article"]),
        claims=claims,
        rejected=tuple(Rejected(*r) for r in raw["rejected"]),
        drops=raw["drops"],
        sentences=raw["sentences"],
        spans=tuple((a, b) for a, b in raw["spans"]),
    )


def process_batch(batch: dict[str, list[Any]]) -> dict[str, list[bytes]]:
    """:func:`process_article` over a ``datasets`` batch of article rows: ``Dataset.map(process_batch, batched=True)``.

    Each output row is the article's result as JSON bytes (picklable, Arrow-friendly); rows come back in order.
    """
    keys = list(batch)
    rows = [dict(zip(keys, values, strict=True)) for values in zip(*batch.values(), strict=True)]
    return {
        "result": [
            _result_to_json(process_article(Article.model_validate_json(orjson.dumps(row)))) for row in rows
        ]
    }


def _check_rules(rules: Iterable[str]) -> frozenset[str]:
    chosen = frozenset(rules)
    if unknown := chosen - RULE_FAMILIES:
        msg = f"rules: expected some of {sorted(RULE_FAMILIES)}, got unknown {sorted(unknown)}"
        raise ConfigError(msg)
    return chosen


def _records(
    results: Sequence[ArticleResult],
    *,
    seed: int,
    rules: frozenset[str],
    stats: BuildStats,
    link_threshold: float = THRESHOLD,
) -> Iterator[Record]:
    people = person_names(c.text for r in results for c in r.claims) if "entity" in rules else []
    made: Iterator[Record] = (
        record
        for result in results
        for claim in result.claims
        for record in records_for_claim(
            claim,
            make_variants(claim, people=people, rules=rules),
            seed=seed,
            claim_date=result.article.published,
            context=removal_context(claim, result.article.text, result.spans),
        )
    )
    if "evidence" in rules:
        # Evidence across articles: the index is the one whole-corpus step, built once from the claims at hand.
        articles = [r.article for r in results]
        index = EvidenceIndex.from_claims((c for r in results for c in r.claims), articles)
        made = link_evidence(made, articles, index=index, threshold=link_threshold, drops=stats.drops)
    made = drop_copies(made, stats.drops)
    for record in made:
        stats.count(record)
        yield record


def _results(articles: Iterable[Article], *, progress: bool, num_proc: int | None) -> Iterator[ArticleResult]:
    if num_proc is None or num_proc <= 1:
        from datasets.utils import tqdm  # noqa: PLC0415  (datasets' tqdm obeys its global progress-bar switch)

        yield from map(
            process_article, tqdm(articles, desc="factgen: articles", unit=" articles", disable=not progress)
        )
        return
    import datasets  # noqa: PLC0415

    rows = [a.model_dump(mode="json") for a in articles]
    if not rows:
        return
    table = datasets.Dataset.from_list(rows)
    was_disabled = datasets.are_progress_bars_disabled()
    if not progress:
        datasets.disable_progress_bars()
    try:
        done = table.map(
            process_batch,
            batched=True,
            batch_size=16,
            num_proc=min(num_proc, len(rows)),
            remove_columns=table.column_names,
            desc="factgen: articles",
            keep_in_memory=True,
        )
    finally:
        if not was_disabled:
            datasets.enable_progress_bars()
    yield from (_result_from_json(data) for data in done["result"])


def _process_all(
    articles: Iterable[Article], stats: BuildStats, *, progress: bool, num_proc: int | None = None
) -> list[ArticleResult]:
    results = []
    for result in _results(articles, progress=progress, num_proc=num_proc):
        stats.articles += 1
        stats.sentences += result.sentences
        stats.claims += len(result.claims)
        stats.drops.update(result.drops)
        stats.rejected.extend(result.rejected)
        if result.article.text.strip():
            results.append(result)
    return results


def generate(
    articles: Iterable[Article],
    *,
    seed: int,
    rules: Iterable[str] = RULE_FAMILIES,
    stats: BuildStats | None = None,
    link_threshold: float = THRESHOLD,
) -> Iterator[Record]:
    """Records for a corpus: every check-worthy claim as written, then its variants with verdicts by rule.

    >>> import factgen
    >>> records = list(factgen.generate(factgen.load_articles(factgen.SEEDS), seed=7))
    >>> sorted({r.verdict.label.value for r in records})
    ['NOT_ENOUGH_INFO', 'REFUTED', 'SUPPORTED']
    """
    chosen = _check_rules(rules)
    check_options(threshold=link_threshold)
    stats = stats if stats is not None else BuildStats()
    results = _process_all(articles, stats, progress=False)
    return _records(results, seed=seed, rules=chosen, stats=stats, link_threshold=link_threshold)


def _validated(records: Iterable[Record], texts: dict[str, str], kept: list[Record]) -> Iterator[bytes]:
    """Each record as a JSON line, after the schema and span checks; a failure is a factgen bug and stops the build.

    Each record that passes is appended to ``kept``, for the split.
    """
    for record in records:
        row = record.model_dump(mode="json")
        problems = validate_record(row, file="records.jsonl")
        for i, ev in enumerate(record.evidence):
            if texts.get(ev.article_id, "")[ev.start : ev.end] != ev.text:
                problems.append(
                    Problem("records.jsonl", None, f"evidence[{i}].text", "span differs from the article")
                )
        if problems:
            raise RecordValidationError(problems)
        kept.append(record)
        yield dumps(row)


def _corpus_hash(articles: Sequence[Article]) -> str:
    return content_hash([[a.id, content_hash(a.text, length=64)] for a in articles], length=64)


def build(
    source: str | Path | None = None,
    out: str | Path = "dataset",
    *,
    seed: int = 0,
    rules: Iterable[str] = RULE_FAMILIES,
    keep_rejected: bool = False,
    progress: bool = True,
    num_proc: int | None = None,
    split_by: SplitBy = "group",
    ratios: Sequence[float] = (0.8, 0.1, 0.1),
    max_imbalance: float | None = None,
    link_threshold: float = THRESHOLD,
) -> BuildStats:
    """Build a dataset folder from a corpus (default: the shipped seeds). Returns the counts; see the module doc.

    ``split_by``, ``ratios`` and ``max_imbalance`` are :func:`factgen.splits.split`'s ``by``, ``ratios`` and
    ``max_imbalance``; ``link_threshold`` is :func:`factgen.link_evidence`'s ``threshold`` (with ``"evidence"``
    among ``rules``).
    """
    chosen = _check_rules(rules)
    check_options(threshold=link_threshold)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        msg = f"seed: expected a non-negative integer, got {seed!r}"
        raise ConfigError(msg)
    stats = BuildStats()
    source_path = Path(source) if source is not None else SEEDS
    if not source_path.exists():
        msg = str(
            Problem(
                str(source_path), None, "", "no such corpus: expected a folder, a .txt/.html or a .jsonl file"
            )
        )
        raise ArticleLoadError(msg)
    started = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", IngestWarning)
        raw = list(load_articles(source_path, on_error="skip"))
    stats.warnings = [str(w.message) for w in caught if issubclass(w.category, IngestWarning)]
    if not raw:
        msg = str(Problem(str(source_path), None, "", "no readable articles in the corpus"))
        raise ArticleLoadError(msg)
    results = _process_all(raw, stats, progress=progress, num_proc=num_proc)
    cleaned = [r.article for r in results]
    texts = {a.id: a.text for a in cleaned}
    records: list[Record] = []
    with atomic_dir(Path(out)) as tmp:
        with atomic_write(tmp / "records.jsonl") as f:
            made = _records(results, seed=seed, rules=chosen, stats=stats, link_threshold=link_threshold)
            f.writelines(_validated(made, texts, records))
        with atomic_write(tmp / "articles.jsonl") as f:
            f.writelines(dumps(a.model_dump(mode="json")) for a in cleaned)
        if keep_rejected:
            with atomic_write(tmp / "rejected.jsonl") as f:
                f.writelines(
                    dumps({"source_id": r.source_id, "stage": r.stage, "reason": r.reason})
                    for r in stats.rejected
                )
        dataset_dict, report = split_records(  # the records validated and written above
            records,
            seed=seed,
            ratios=ratios,
            by=split_by,
            max_imbalance=max_imbalance,
            articles=cleaned,
        )
        del records
        summary = {
            "factgen_version": __version__,
            "seed": seed,
            "rules_enabled": sorted(chosen),  # "rules" (below) counts records by verdict rule
            "link_threshold": link_threshold if "evidence" in chosen else None,
            "corpus_sha256": _corpus_hash(raw),
            **stats.to_dict(),
            "splits": report.to_dict(),
            "warnings": stats.warnings,
        }
        with atomic_write(tmp / "summary.json") as f:
            f.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
        write_dataset_files(
            dataset_dict,
            tmp,
            report=report,
            summary=summary,
            rules=sorted(chosen),
            articles=cleaned,
        )
    stats.elapsed = time.perf_counter() - started
    return stats
