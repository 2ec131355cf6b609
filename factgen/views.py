"""The three views a written dataset folder offers, as ``datasets`` configs (REFERENCE 4.4).

* ``default``, the **flat training view**: one row per record, every column top level, the label a ``ClassLabel``
  at the top (as fever, VitaminC, climate_fever and AVeriTeC do), so ``train_test_split(stratify_by_column=
  "label")``, ``align_labels_with_mapping``, ``select_columns(["claim", "evidence", "label"])`` and ``to_pandas()``
  work as they do for any classification dataset;
* ``records``, the full nested records exactly as the contract (``record.schema.json``) defines them;
* ``articles``, the cleaned texts that every evidence offset indexes (written only when their licence allows).

The flat view is derived from the records and loses nothing a classifier needs: ``evidence`` is the text of the
evidence spans joined in order (a blank line between two spans), ``evidence_articles`` the articles they come from.

>>> row = flat_row({"id": "fg-1", "claim": "C", "claim_date": "2024-05-01", "source": {"article_id": "a",
...     "start": 0, "end": 1, "speaker": None}, "evidence": [{"article_id": "a", "start": 0, "end": 1, "text": "E"},
...     {"article_id": "b", "start": 5, "end": 6, "text": "F"}], "verdict": {"label": "REFUTED", "rationale": "r",
...     "rule": "quantity.interval"}, "group_id": "g", "story_id": None})
>>> row["evidence"], row["label"], row["evidence_articles"], row["claim_date"]
('E\\n\\nF', 'REFUTED', ['a', 'b'], datetime.date(2024, 5, 1))
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from factgen.models import Article, Label
from factgen.splits import LABEL_NAMES, rows_dataset

if TYPE_CHECKING:
    import datasets

__all__ = [
    "ARTICLES_CONFIG",
    "CONFIG_DIRS",
    "FLAT_COLUMNS",
    "RECORDS_CONFIG",
    "article_features",
    "articles_dataset",
    "flat_features",
    "flat_row",
    "flat_view",
    "hub_configs",
]

RECORDS_CONFIG: Final = "records"
ARTICLES_CONFIG: Final = "articles"
# Where each config's parquet files live in the folder (the default config keeps the Hub's usual data/).
CONFIG_DIRS: Final = {"default": "data", RECORDS_CONFIG: "records", ARTICLES_CONFIG: "articles"}
EVIDENCE_SEPARATOR: Final = "\n\n"

# column -> (datasets dtype, what it holds); the order is the column order of the flat view.
FLAT_COLUMNS: Final[dict[str, tuple[str, str]]] = {
    "id": ("string", "stable record id (a content hash)"),
    "claim": ("string", "the claim, as a self-contained sentence"),
    "evidence": (
        "string",
        "the evidence spans' text, in order, separated by a blank line (may be empty for NEI)",
    ),
    "label": ("ClassLabel", f"the verdict: {', '.join(LABEL_NAMES)}"),
    "rule": ("string", "the rule that produced the label, e.g. 'quantity.interval'"),
    "rationale": ("string", "why the label holds, in words a person can check"),
    "speaker": ("string", "who the source article says made the statement; null if none"),
    "claim_date": ("date32", "the source article's publication date; null when unknown"),
    "source_article": ("string", "id of the article the claim comes from; null for imported claims"),
    "evidence_articles": ("list<string>", "ids of the articles the evidence spans come from, in span order"),
    "group_id": ("string", "shared by every record derived from one source sentence"),
    "story_id": (
        "string",
        "the story (one event, several outlets) of the source article; null if not grouped",
    ),
}


def flat_features() -> datasets.Features:
    """The features of the flat view: strings, a top-level ``label`` ClassLabel, a date, a list of ids.

    >>> f = flat_features()
    >>> list(f)[:4], f["label"].names[:2], f["claim_date"]
    (['id', 'claim', 'evidence', 'label'], ['SUPPORTED', 'REFUTED'], Value('date32'))
    """
    import datasets  # noqa: PLC0415  (imported only when a dataset is made)

    def feature(dtype: str) -> Any:
        if dtype == "ClassLabel":
            return datasets.ClassLabel(names=list(LABEL_NAMES))
        if dtype == "list<string>":
            return datasets.List(datasets.Value("string"))
        return datasets.Value(dtype)

    return datasets.Features({name: feature(dtype) for name, (dtype, _) in FLAT_COLUMNS.items()})


def _label_name(label: Any) -> str:
    """A label as written in the contract, from its name or from a ``ClassLabel`` index."""
    return LABEL_NAMES[label] if isinstance(label, int) else str(Label(label))


def flat_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """One record (its JSON form, or a ``records`` row whose label is an index) as a row of the flat view."""
    source = record.get("source") or {}
    evidence = record.get("evidence") or []
    verdict = record["verdict"]
    claim_date = record.get("claim_date")
    return {
        "id": record["id"],
        "claim": record["claim"],
        "evidence": EVIDENCE_SEPARATOR.join(e["text"] for e in evidence),
        "label": _label_name(verdict["label"]),
        "rule": verdict["rule"],
        "rationale": verdict["rationale"],
        "speaker": source.get("speaker"),
        "claim_date": date.fromisoformat(claim_date) if isinstance(claim_date, str) else claim_date,
        "source_article": source.get("article_id"),
        "evidence_articles": [e["article_id"] for e in evidence],
        "group_id": record["group_id"],
        "story_id": record.get("story_id"),
    }


def flat_view(records: Mapping[str, Any]) -> datasets.DatasetDict:
    """The flat view of a ``DatasetDict`` of records (the ``records`` config), split for split, row for row."""
    import datasets  # noqa: PLC0415

    feats = flat_features()
    return datasets.DatasetDict(
        {name: rows_dataset([flat_row(r) for r in ds], feats, name) for name, ds in records.items()}
    )


def article_features() -> datasets.Features:
    """The features of the ``articles`` config: the article contract's fields, the date as ``date32``."""
    import datasets  # noqa: PLC0415

    strings = ("id", "text", "title", "url", "publisher")
    return datasets.Features(
        {
            **{name: datasets.Value("string") for name in strings},
            "published": datasets.Value("date32"),
            "language": datasets.Value("string"),
        }
    )


def articles_dataset(articles: Iterable[Article]) -> datasets.Dataset:
    """The ``articles`` config's one split (``train``): every cleaned text the spans index, in id order."""
    rows = [a.model_dump() for a in sorted(articles, key=lambda a: a.id)]
    return rows_dataset(rows, article_features(), "train")


def hub_configs(
    records: Mapping[str, Any],
    *,
    articles: Iterable[Article] | None = None,
    articles_license: str | None = None,
) -> dict[str, Any]:
    """The configs a folder is written with: ``default`` (the flat view), ``records`` (``records`` itself), and
    ``articles`` only when ``articles_license`` says the texts may be redistributed."""
    import datasets  # noqa: PLC0415

    configs: dict[str, Any] = {"default": flat_view(records), RECORDS_CONFIG: records}
    texts = list(articles or ())
    if articles_license and texts:
        configs[ARTICLES_CONFIG] = datasets.DatasetDict({"train": articles_dataset(texts)})
    return configs
