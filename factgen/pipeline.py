"""The only place stages are chained: articles -> clean -> segment -> claims -> variants -> verdicts -> records.

* :func:`process_article` runs the per-article stages. It is a pure, picklable function of one article, so the same
  code runs in a loop, in ``datasets.Dataset.map(num_proc=N)``, or in a distributed engine.
* :func:`generate` adds the corpus-wide steps: the entity inventory for the swap rule, stories
  (``factgen.stories.find_stories``: every record gets its article's ``story_id``) and evidence across articles
  (``link_evidence`` through an ``EvidenceIndex`` built once per corpus, each claim judged only against sentences
  of its article's neighbours; rejected pairs count as ``evidence.*`` drops). It streams records.
* :func:`build` writes a dataset folder: ``records.jsonl``, ``articles.jsonl`` (the cleaned texts every span points
  into), ``summary.json`` (counts by label, rule, transformation, drop reason and split), with ``keep_rejected``
  ``rejected.jsonl``, and the Hub-ready files of :func:`factgen.publish.write_dataset` (``data/*.parquet`` per
  split, the ``README.md`` dataset card with its chart, ``record.schema.json``). Every record is validated against the contract first; the folder is built in a temporary
  sibling and renamed into place, so nothing is ever half-written. Same input and seed: the same bytes.
"""

from __future__ import annotations

import logging
import math
import os
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import orjson

from factgen import __version__
from factgen._io import (
    BUILD_MARKER,
    atomic_dir,
    atomic_write,
    build_lock,
    content_hash,
    display_path,
    dumps,
    shipped,
    sweep_leftovers,
)
from factgen.articles import IngestWarning, load_articles
from factgen.card.template import DEFAULT_NAME, CardMeta
from factgen.claims import Claim, Rejected, judge_sentences
from factgen.clean import clean
from factgen.errors import ArticleLoadError, ConfigError, OutputError, Problem, RecordValidationError, shorten
from factgen.evidence import THRESHOLD, EvidenceIndex, check_options, link_evidence
from factgen.models import Article, Quantity, Record
from factgen.publish import write_dataset_files
from factgen.records import drop_copies, group_id, records_for_claim, removal_context, shared_groups
from factgen.segment import Sentence, segment
from factgen.splits import SPLIT_BY, SplitBy, split_records
from factgen.stories import find_stories
from factgen.validate import validate_record
from factgen.variants import make_variants, person_names, person_roles

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
    splits: dict[str, int] = field(default_factory=dict)  # records per split, after the split's drops
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
    first, repeats = _first_occurrences(sentences)
    judged = list(
        judge_sentences(
            first, dates={cleaned.id: cleaned.article.published}, titles={cleaned.id: cleaned.article.title}
        )
    )
    claims = tuple(c for c in judged if isinstance(c, Claim))
    rejected = tuple(r for r in judged if isinstance(r, Rejected)) + repeats
    for reason, n in Counter(r.key for r in rejected).items():
        drops[reason] = n
    spans = tuple((s.start, s.end) for s in sentences)
    return ArticleResult(
        cleaned.article, claims, rejected, dict(sorted(drops.items())), len(sentences), spans
    )


def _first_occurrences(sentences: Sequence[Sentence]) -> tuple[list[Sentence], tuple[Rejected, ...]]:
    """Each sentence the first time its words occur in the article; a repeat is ``claims.repeated_sentence``.

    A sentence written twice states one fact once: its second copy would only add a duplicate claim (and, in an
    article that repeats one sentence thousands of times, make the build's cost grow with the copies).
    """
    seen: set[str] = set()
    first: list[Sentence] = []
    repeats: list[Rejected] = []
    for sentence in sentences:
        key = " ".join(sentence.text.split())
        if key in seen:
            repeats.append(Rejected(f"{sentence.article_id}#{sentence.index}", "claims", "repeated_sentence"))
        else:
            seen.add(key)
            first.append(sentence)
    return first, tuple(repeats)


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
    later_evidence: bool = False,
) -> Iterator[Record]:
    articles = [r.article for r in results]
    stories = find_stories(articles)  # the block: which articles report the same event
    # The swap inventory is per story: a person is swapped for another person of the same event (Massa for Milei),
    # never for someone of another story ("Economy Minister Donald Trump"), which reads as absurd, not as false.
    in_story: defaultdict[str, list[str]] = defaultdict(list)
    for r in results:
        in_story[stories.story_of[r.article.id]] += (c.text for c in r.claims)
    people = {story: person_names(texts) for story, texts in in_story.items()} if "entity" in rules else {}
    roles = {story: person_roles(texts) for story, texts in in_story.items()} if "entity" in rules else {}
    made: Iterator[Record] = (
        record.model_copy(update={"story_id": stories.story_of[result.article.id]})
        for result in results
        for claim in result.claims
        for record in records_for_claim(
            claim,
            make_variants(
                claim,
                people=people.get(stories.story_of[result.article.id], []),
                rules=rules,
                published=result.article.published,
                roles=roles.get(stories.story_of[result.article.id], {}),
            ),
            seed=seed,
            claim_date=result.article.published,
            context=removal_context(claim, result.article.text, result.spans),
        )
    )
    if "evidence" in rules:
        # Evidence across articles: the index is the one whole-corpus step, built once from the claims at hand.
        index = EvidenceIndex.from_claims(
            (c for r in results for c in r.claims), articles, neighbours=stories.neighbours
        )
        made = link_evidence(
            made,
            articles,
            index=index,
            threshold=link_threshold,
            drops=stats.drops,
            seed=seed,
            later_evidence=later_evidence,
        )
    made = drop_copies(made, stats.drops)
    # A sentence that another report of the story repeats (a wire copy) is one group: its records share a split.
    merged = shared_groups(
        (stories.story_of[r.article.id], group_id(c.article_id, c.start, c.end), c.text)
        for r in results
        for c in r.claims
    )
    for made_record in made:
        shared = merged.get(made_record.group_id, made_record.group_id)
        record = (
            made_record
            if shared == made_record.group_id
            else made_record.model_copy(update={"group_id": shared})
        )
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
    later_evidence: bool = False,
) -> Iterator[Record]:
    """Records for a corpus: every check-worthy claim as written, then its variants with verdicts by rule.

    ``later_evidence`` is passed to :func:`factgen.link_evidence`: by default a claim is linked only to
    reports published on or before its own article's date.

    >>> import factgen
    >>> records = list(factgen.generate(factgen.load_articles(factgen.SEEDS), seed=7))
    >>> sorted({r.verdict.label.value for r in records})
    ['NOT_ENOUGH_INFO', 'REFUTED', 'SUPPORTED']
    """
    chosen = _check_rules(rules)
    check_options(threshold=link_threshold)
    stats = stats if stats is not None else BuildStats()
    results = _process_all(articles, stats, progress=False)
    return _records(
        results,
        seed=seed,
        rules=chosen,
        stats=stats,
        link_threshold=link_threshold,
        later_evidence=later_evidence,
    )


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


_MAX_SEED: Final = 2**64 - 1  # summary.json stores the seed as a JSON integer (unsigned 64-bit at most)
_log = logging.getLogger("factgen")


def _check_build_options(
    *, seed: int, ratios: Sequence[float], num_proc: int | None, split_by: str, max_imbalance: float | None
) -> tuple[float, float, float]:
    """Every option of :func:`build` that can be checked before anything is read or written."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= _MAX_SEED:
        msg = f"seed: expected an integer from 0 to 2**64 - 1, got {shorten(seed)}"
        raise ConfigError(msg)
    if num_proc is not None and (isinstance(num_proc, bool) or not isinstance(num_proc, int) or num_proc < 1):
        msg = f"num_proc: expected a number of processes >= 1, got {shorten(num_proc)}"
        raise ConfigError(msg)
    try:
        values = tuple(float(r) for r in ratios)
    except (TypeError, ValueError):
        values = ()
    if (
        len(values) != 3
        or not all(0 < r < 1 for r in values)
        or not math.isclose(sum(values), 1, abs_tol=1e-9)
    ):
        msg = (
            "ratios: expected three numbers between 0 and 1 (train, validation, test; every split gets a share) "
            f"summing to 1, got {shorten(tuple(ratios) if isinstance(ratios, Iterable) else ratios)}"
        )
        raise ConfigError(msg)
    if split_by not in SPLIT_BY:
        msg = f"split_by: expected one of {list(SPLIT_BY)}, got {shorten(split_by)}"
        raise ConfigError(msg)
    if max_imbalance is not None and not (isinstance(max_imbalance, int | float) and max_imbalance >= 1):
        msg = f"max_imbalance: expected a ratio >= 1 (largest label / smallest label), got {shorten(max_imbalance)}"
        raise ConfigError(msg)
    return values[0], values[1], values[2]


def _is_previous_build(folder: Path) -> bool:
    try:
        marker = orjson.loads((folder / BUILD_MARKER).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False
    return isinstance(marker, dict) and marker.get("made_by") == "factgen build"


def _check_out(out: Path, corpus: Path | None, *, overwrite: bool) -> None:
    """Refuse an ``out`` whose replacement could lose data; writes nothing. ``out`` is absolute."""
    shown = display_path(out)
    for parent in out.parents:
        if os.path.lexists(parent) and not parent.is_dir():
            msg = f"{shown}: cannot write: Not a directory ({display_path(parent)} is a file)"
            raise OutputError(msg)
    if out.is_symlink():
        msg = f"{shown}: is a symbolic link; give the folder it points to, or a new folder, as the output"
        raise ConfigError(msg)
    if corpus is not None:
        _check_out_and_corpus(out, corpus)
    if not os.path.lexists(out):
        return
    if not out.is_dir():
        msg = f"{shown}: exists and is not a folder; the output must be a new folder or a previous factgen build"
        raise ConfigError(msg)
    if _is_previous_build(out):
        if not overwrite:
            msg = f"{shown}: holds a previous factgen build; pass --overwrite (overwrite=True) to replace it"
            raise ConfigError(msg)
        return
    if out == Path.cwd() or any(out.iterdir()):
        msg = (
            f"{shown}: exists and is not a factgen build (it has no {BUILD_MARKER}); "
            "give a new folder, or move this one away first"
        )
        raise ConfigError(msg)


def _check_out_and_corpus(out: Path, corpus: Path) -> None:
    real_out, real_corpus = out.resolve(), corpus.resolve()
    shown, where = display_path(out), display_path(corpus)
    if real_out == real_corpus:
        msg = f"{shown}: is the corpus; the output must be another folder"
    elif real_corpus.is_relative_to(real_out):
        msg = f"{shown}: contains the corpus {where}; the output must be another folder"
    elif real_corpus.is_dir() and real_out.is_relative_to(real_corpus):
        msg = f"{shown}: is inside the corpus {where}; the output must be outside it"
    else:
        return
    raise ConfigError(msg)


@contextmanager
def _phase(name: str, *, progress: bool) -> Iterator[dict[str, object]]:
    """Time one phase of the build: a one-step progress bar while it runs, a log line with its counts after."""
    from datasets.utils import tqdm  # noqa: PLC0415

    counts: dict[str, object] = {}
    started = time.perf_counter()
    with tqdm(total=1, desc=f"factgen: {name}", unit=" phase", disable=not progress, leave=False) as bar:
        yield counts
        bar.update(1)
    shown = ", ".join(f"{value} {key}" for key, value in counts.items())
    _log.info("%s: %s [%.2f s]", name, shown or "done", time.perf_counter() - started)


def _load(source: Any, *, text_column: str, follow_links: bool, stats: BuildStats) -> list[Article]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", IngestWarning)
        raw = list(load_articles(source, on_error="skip", text_column=text_column, follow_links=follow_links))
    loading = [str(w.message) for w in caught if issubclass(w.category, IngestWarning)]
    stats.warnings += loading
    if not raw:
        where = "<dataset>" if not isinstance(source, Path) else display_path(source)
        reasons = [w.removesuffix("; skipped") for w in loading]
        shown = "; ".join(reasons[:_REASONS_SHOWN])
        more = f"; and {len(reasons) - _REASONS_SHOWN} more" if len(reasons) > _REASONS_SHOWN else ""
        msg = f"{where}: no readable articles in the corpus" + (f": {shown}{more}" if reasons else "")
        raise ArticleLoadError(msg)
    return raw


_REASONS_SHOWN: Final = 20


def build(
    source: str | Path | Any = None,
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
    later_evidence: bool = False,
    overwrite: bool = False,
    text_column: str = "text",
    follow_links: bool = False,
    name: str = DEFAULT_NAME,
    license: str = "other",
    license_link: str | None = None,
    language: Sequence[str] = ("en",),
    articles_license: str | None = None,
) -> BuildStats:
    """Build a dataset folder from a corpus (default: the shipped seeds). Returns the counts; see the module doc.

    ``source`` is what :func:`factgen.load_articles` reads (a folder, a file, a ``datasets.Dataset``;
    ``text_column`` and ``follow_links`` are its options). ``split_by``, ``ratios`` and ``max_imbalance`` are
    :func:`factgen.splits.split`'s ``by``, ``ratios`` and ``max_imbalance``; ``link_threshold`` is
    :func:`factgen.link_evidence`'s ``threshold`` and ``later_evidence`` its own (with ``"evidence"``
    among ``rules``: by default a claim is linked only to reports published on or before its own article's date).

    **The output folder** is never a place that holds other data: an ``out`` that is a file, the corpus, inside the
    corpus or around it, or an existing folder that is not a previous factgen build (it has no ``BUILD_MARKER``)
    is refused with a :class:`ConfigError` before anything is read or written, and so is a previous build unless
    ``overwrite``. The build holds a lock file (``.OUT.lock``) next to ``out``, so a second build into the same
    folder fails at once; it sweeps what stopped builds left next to ``out``, builds in a temporary sibling and
    swaps it into place, so that ``out`` is at every instant the old build or the new one. OS errors raise
    :class:`OutputError` naming the path.

    ``name``, ``license``, ``license_link`` and ``language`` go into the dataset card; ``articles_license`` (the
    licence that lets the article texts be redistributed) adds the ``articles`` config.
    """
    chosen = _check_rules(rules)
    card = CardMeta(
        pretty_name=name,
        license=license,
        license_link=license_link,
        language=tuple(language),
        articles_license=articles_license,
    )
    check_options(threshold=link_threshold)
    ratios3 = _check_build_options(
        seed=seed, ratios=ratios, num_proc=num_proc, split_by=split_by, max_imbalance=max_imbalance
    )
    stats = BuildStats()
    source_path = _source_path(source)
    if source_path is not None and not os.path.lexists(source_path):
        msg = f"{display_path(source_path)}: no such corpus: expected a folder, a .txt/.html, .jsonl, .jsonl.gz or .parquet file"
        raise ArticleLoadError(msg)
    target = Path(os.path.normpath(Path(out).absolute()))
    _check_out(target, source_path, overwrite=overwrite)
    started = time.perf_counter()
    with build_lock(target):
        stats.warnings.extend(sweep_leftovers(target))
        _check_out(target, source_path, overwrite=overwrite)  # again, now that no other build can change it
        with _phase("load", progress=progress) as counts:
            raw = _load(source if source_path is None else source_path, text_column=text_column,
                        follow_links=follow_links, stats=stats)  # fmt: skip
            counts["articles"] = len(raw)
        with _phase("articles", progress=False) as counts:
            results = _process_all(raw, stats, progress=progress, num_proc=num_proc)
            counts.update({"articles": stats.articles, "sentences": stats.sentences, "claims": stats.claims})
        with atomic_dir(target) as tmp, _named_as(tmp, target):
            _write_folder(tmp, raw, results, stats, seed=seed, rules=chosen, keep_rejected=keep_rejected,
                          progress=progress, split_options=(split_by, ratios3, max_imbalance),
                          link_threshold=link_threshold, later_evidence=later_evidence, card=card)  # fmt: skip
    stats.elapsed = time.perf_counter() - started
    return stats


@contextmanager
def _named_as(tmp: Path, target: Path) -> Iterator[None]:
    """An OS error inside the temporary folder names the file as it would be in ``target``."""
    try:
        yield
    except OutputError as exc:
        raise OutputError(str(exc).replace(display_path(tmp), display_path(target))) from None


def _source_path(source: Any) -> Path | None:
    """The corpus path, None for the seeds' default... or a ``datasets.Dataset``; refuses anything else."""
    if source is None:
        return SEEDS
    if isinstance(source, str | os.PathLike):
        return Path(source)
    if hasattr(source, "column_names"):
        return None
    msg = f"source: expected a folder or file path or a datasets.Dataset, got {type(source).__name__}"
    raise ConfigError(msg)


def _write_folder(
    tmp: Path,
    raw: Sequence[Article],
    results: Sequence[ArticleResult],
    stats: BuildStats,
    *,
    seed: int,
    rules: frozenset[str],
    keep_rejected: bool,
    progress: bool,
    split_options: tuple[SplitBy, tuple[float, float, float], float | None],
    link_threshold: float,
    later_evidence: bool,
    card: CardMeta,
) -> None:
    """Everything inside the new folder: records, articles, rejects, split, summary, the Hub files, the marker."""
    from datasets.utils import tqdm  # noqa: PLC0415

    cleaned = [r.article for r in results]
    texts = {a.id: a.text for a in cleaned}
    records: list[Record] = []
    with _phase("records", progress=False) as counts:
        with atomic_write(tmp / "records.jsonl") as f:
            made = _records(results, seed=seed, rules=rules, stats=stats, link_threshold=link_threshold,
                            later_evidence=later_evidence)  # fmt: skip
            bar = tqdm(made, desc="factgen: records", unit=" records", disable=not progress)
            f.writelines(_validated(bar, texts, records))
        with atomic_write(tmp / "articles.jsonl") as f:
            f.writelines(dumps(a.model_dump(mode="json")) for a in cleaned)
        if keep_rejected:
            with atomic_write(tmp / "rejected.jsonl") as f:
                f.writelines(
                    dumps({"source_id": r.source_id, "stage": r.stage, "reason": r.reason})
                    for r in stats.rejected
                )
        counts.update(
            {"records": stats.records, **{k: n for k, n in stats.drops.items() if k.startswith("evidence.")}}
        )
    split_by, ratios, max_imbalance = split_options
    with _phase("split", progress=progress) as counts:
        dataset_dict, report = split_records(  # the records validated and written above
            records, seed=seed, ratios=ratios, by=split_by, max_imbalance=max_imbalance, articles=cleaned
        )
        del records
        stats.splits = dict(report.sizes)
        counts.update(stats.splits)
    summary = {
        "factgen_version": __version__,
        "seed": seed,
        "rules_enabled": sorted(rules),  # "rules" (below) counts records by verdict rule
        "link_threshold": link_threshold if "evidence" in rules else None,
        "later_evidence": later_evidence if "evidence" in rules else None,
        "corpus_sha256": _corpus_hash(raw),
        **stats.to_dict(),
        "splits": report.to_dict(),
        "warnings": stats.warnings,
    }
    with atomic_write(tmp / "summary.json") as f:
        f.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
    with _phase("card and parquet", progress=progress) as counts:
        write_dataset_files(
            dataset_dict,
            tmp,
            report=report,
            summary=summary,
            rules=sorted(rules),
            articles=cleaned,
            pretty_name=card.pretty_name,
            license=card.license,
            license_link=card.license_link,
            language=card.language,
            articles_license=card.articles_license,
        )
        counts["splits"] = len(dataset_dict)
    marker = {
        "made_by": "factgen build",
        "factgen_version": __version__,
        "corpus_sha256": summary["corpus_sha256"],
    }
    with atomic_write(tmp / BUILD_MARKER) as f:
        f.write(orjson.dumps(marker, option=orjson.OPT_APPEND_NEWLINE))
