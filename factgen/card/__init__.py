"""The dataset card: a ``README.md`` the Hub reads (YAML header) and a body that measures the dataset.

:func:`~factgen.card.measure.measure` computes the numbers (claim-only bias, cue n-grams, cue rates, leakage; see
:mod:`factgen.card.measure`). :func:`make_card` renders them with the label-balance chart (PNG, deterministic
bytes). Small datasets are reported as they are: a split with one class, or no test split, is said in words instead
of measured. Everything is deterministic: the same dataset gives the same card, byte for byte.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, TypedDict

from factgen import __version__
from factgen._card_lexicon import (
    DROP_MOST_FREQUENT_UNIGRAMS,
    MIN_FREQ,
    TOP_N,
)
from factgen.card.measure import Cue, Measurements, measure, split_order
from factgen.models import Article
from factgen.splits import LABEL_NAMES, NEAR_DUPLICATE_JACCARD, SplitReport

__all__ = [
    "CHART_FILE",
    "Card",
    "CardOptions",
    "Cue",
    "Measurements",
    "card_metadata",
    "label_chart_png",
    "make_card",
    "measure",
]

CHART_FILE: Final = "label_balance.png"
SCHEMA_FILE: Final = "record.schema.json"


# --------------------------------------------------------------------------- the chart


def label_chart_png(labels: Mapping[str, Mapping[str, int]]) -> bytes:
    """A grouped bar chart of label counts per split, as PNG bytes that depend only on the counts.

    matplotlib's object API on the Agg canvas (no pyplot, no global figure state), default style, and no
    ``Software`` metadata, so the bytes are the same on every run of the same matplotlib.
    """
    import matplotlib.style  # noqa: PLC0415  (imported only when a card is drawn)
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
    from matplotlib.figure import Figure  # noqa: PLC0415

    splits = list(labels)
    with matplotlib.style.context("default"):  # the same drawing whatever the user's matplotlibrc says
        fig = Figure(figsize=(6.4, 3.2), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        width = 0.8 / len(LABEL_NAMES)
        for k, label in enumerate(LABEL_NAMES):
            xs = [i + (k - (len(LABEL_NAMES) - 1) / 2) * width for i in range(len(splits))]
            bars = ax.bar(xs, [labels[s].get(label, 0) for s in splits], width, label=label)
            ax.bar_label(bars, fontsize=7)
        ax.set_xticks(range(len(splits)), splits)
        ax.set_ylabel("records")
        ax.set_title("Labels per split")
        ax.legend(fontsize=7, frameon=False)
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


# --------------------------------------------------------------------------- the card


def _size_category(n: int) -> str:
    for limit, name in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
    ):
        if n < limit:
            return name
    return "1M<n<10M" if n < 10_000_000 else "n>10M"


def card_metadata(
    dataset_dict: Mapping[str, Any],
    *,
    pretty_name: str,
    license: str = "other",
    language: Sequence[str] = ("en",),
) -> dict[str, Any]:
    """The YAML header the Hub expects: configs with data_files per split, dataset_info features and splits, ..."""
    import datasets  # noqa: PLC0415

    names = split_order(dataset_dict)
    feats = dataset_dict[names[0]].features if names else None
    info = datasets.DatasetInfo(features=feats)
    info.splits = datasets.SplitDict(
        {
            s: datasets.SplitInfo(s, num_bytes=dataset_dict[s].data.nbytes, num_examples=len(dataset_dict[s]))
            for s in names
        }
    )
    yaml_info = (
        info._to_yaml_dict()
    )  # datasets' own YAML form of features and splits (what load_dataset reads)
    total = sum(len(dataset_dict[s]) for s in names)
    meta: dict[str, Any] = {
        "pretty_name": pretty_name,
        "license": license,
        "language": list(language),
        "task_categories": ["text-classification"],
        "task_ids": ["fact-checking"],
        "size_categories": [_size_category(total)],
        "tags": ["fact-checking", "claim-verification", "numerical-claims", "factgen"],
        "configs": [
            {
                "config_name": "default",
                "data_files": [{"split": s, "path": f"data/{s}-*.parquet"} for s in names],
            }
        ],
        "dataset_info": {
            "features": yaml_info.get("features", []),
            "splits": yaml_info.get("splits", []),
            "dataset_size": sum(dataset_dict[s].data.nbytes for s in names),
        },
    }
    if license == "other":
        meta["license_name"] = "source-articles"
    return meta


@dataclass(frozen=True, slots=True)
class Card:
    """The card text (``README.md``), the chart's PNG bytes, and the measurements behind them."""

    readme: str
    chart_png: bytes
    measurements: Measurements


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _pct(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.1f}%)" if total else "0"


def _how_made(summary: Mapping[str, Any], report: SplitReport | None, rules: Sequence[str] | None) -> str:
    rows = [
        ("factgen version", summary.get("factgen_version", __version__)),
        ("seed", summary.get("seed", report.seed if report else "not recorded")),
        ("corpus sha256", f"`{summary['corpus_sha256']}`" if "corpus_sha256" in summary else "not recorded"),
        ("rules enabled", ", ".join(rules) if rules else "not recorded"),
    ]
    if summary.get("link_threshold") is not None:
        rows.append(("link threshold", summary["link_threshold"]))
    rows += [(k, summary[k]) for k in ("articles", "sentences", "claims", "records") if k in summary]
    if report is not None:
        ratios = " / ".join(f"{r:g}" for r in report.ratios)
        rows += [
            (
                "split by",
                f"`{report.by}`" + (f", cut-off {report.cutoff.isoformat()}" if report.cutoff else ""),
            ),
            ("ratios (train / validation / test)", ratios),
            ("independent units (largest)", f"{report.units} ({report.largest_unit} records)"),
            (
                "max label imbalance",
                report.max_imbalance if report.max_imbalance is not None else "not limited",
            ),
        ]
    parts = ["## How it was made", "", _table(("", "value"), rows)]
    for key, title in (("rules", "Records by rule"), ("transformations", "Records by transformation")):
        counts = summary.get(key)
        if isinstance(counts, Mapping) and counts:
            parts += ["", f"### {title}", "", _table(("rule", "records"), sorted(counts.items()))]
    drops = dict(summary.get("drops", {})) | (report.dropped if report else {})
    parts += ["", "### Dropped, by stage and reason", ""]
    parts.append(
        _table(("stage.reason", "count"), sorted(drops.items())) if drops else "Nothing was dropped."
    )
    return "\n".join(parts)


def _balance(m: Measurements) -> str:
    counts = m.label_counts
    header = ["split", *LABEL_NAMES, "total", "imbalance (max/min present)"]
    rows = []
    for split, per_label in counts.items():
        total = sum(per_label.values())
        present = [n for n in per_label.values() if n]
        ratio = f"{max(present) / min(present):.2f}" if present else "-"
        rows.append([split, *(_pct(per_label[lab], total) for lab in LABEL_NAMES), total, ratio])
    one_class = [s for s, per in counts.items() if sum(1 for n in per.values() if n) == 1]
    notes = [
        f"\nSplit `{s}` holds a single label: it cannot measure a classifier's errors across labels."
        for s in one_class
    ]
    return "\n".join(
        ["## Label balance", "", _table(header, rows), *notes, "", f"![Labels per split]({CHART_FILE})"]
    )


def _bias(m: Measurements) -> str:
    b = m.baseline
    parts = ["## Claim-only bias", ""]
    if b.evaluated_on is None:
        parts.append(f"Not measured: {b.note}.")
    else:
        parts.append(
            f"A model that sees only the claim (TF-IDF unigrams+bigrams, logistic regression) trained on train "
            f"({b.train_size} records) and scored on {b.evaluated_on} ({b.test_size} records). A large gap over the "
            "majority class means the labels can be guessed without evidence (FEVER: 28.4 points; aim for < 5)."
        )
        parts.append("")
        rows = [
            (
                "majority class" + (f" ({b.majority_label})" if b.majority_label else ""),
                _score(b.majority_accuracy),
                _score(b.majority_macro_f1),
            )
        ]
        if b.accuracy is not None:
            rows.append(("claim-only TF-IDF + LR", _score(b.accuracy), _score(b.macro_f1)))
        parts.append(_table(("model", "accuracy", "macro-F1"), rows))
        if b.accuracy is not None and b.majority_accuracy is not None:
            parts += [
                "",
                f"Gap over the majority class: {100 * (b.accuracy - b.majority_accuracy):+.1f} accuracy points.",
            ]
        if b.note:
            parts += ["", f"Note: {b.note}."]
    parts += ["", "### Cue n-grams (local mutual information)", ""]
    if m.cues:
        parts.append(
            f"Top {TOP_N} n-grams per label by LMI (×10⁶) over all records, counted once per claim; lower-case "
            f"`\\w+` tokens, unigrams and bigrams, the {DROP_MOST_FREQUENT_UNIGRAMS} most frequent unigrams dropped, "
            f"n-grams in at least {MIN_FREQ} claims (Schuster et al. 2019)."
        )
        parts += ["", _table(("label", "n-gram", "LMI ×10⁶", "p(label \\| n-gram)", "claims"),
                             [(c.label, f"`{c.ngram}`", f"{c.lmi:.1f}", f"{c.p_label:.3f}", c.freq) for c in m.cues])]  # fmt: skip
        parts += [
            "",
            f"Largest p(label | n-gram) among n-grams in at least {MIN_FREQ} claims: {m.max_p_label:.3f}.",
        ]
    else:
        parts.append(f"No n-gram occurs in {MIN_FREQ} or more claims: too few records to measure cues.")
    parts += ["", "### Negation, hedges and numerals per label", ""]
    parts.append(
        _table(
            ("label", "claims with a negation", "with a hedge", "with a digit"),
            [
                (lab, f"{r['negation']:.3f}", f"{r['hedge']:.3f}", f"{r['digit']:.3f}")
                for lab, r in m.cue_rates.items()
            ],
        )
    )
    return "\n".join(parts)


def _shares(counts: Mapping[str, int], total: int) -> str:
    return ", ".join(f"{k} {100 * n / total:.1f}%" for k, n in counts.items()) if total else "-"


def _edits(m: Measurements) -> str:
    """What the edit gives away: copies, label and rule shares, claim-only and diff baselines (grouped CV)."""
    e = m.edits
    if e is None:
        return ""
    rows = [("majority class", _score(e.diff.majority_accuracy), _score(e.diff.majority_macro_f1))]
    rows += [(name, _score(b.accuracy), _score(b.macro_f1)) for name, b in (("claim only", e.claim_only),
             ("claim/evidence diff (tokens one side lacks)", e.diff)) if b.accuracy is not None]  # fmt: skip
    return "\n".join(
        [
            "## What the edit gives away",
            "",
            (
                f"Verbatim copies of their own evidence: {_pct(e.copies, e.records)}. "
                f"Labels: {_shares(e.labels, e.records)}. Rules: {_shares(e.rules, e.records)}."
            ),
            "",
            (
                "TF-IDF + logistic regression, 5-fold cross-validation grouped by `group_id` over all records "
                "(targets: diff within 10 points of the majority class, claim only within 5):"
            ),
            "",
            _table(("model", "accuracy", "macro-F1"), rows),
        ]
    )


_LEAK_TITLES: Final = {
    "group": "group id (a sentence and its variants)",
    "source_article": "source article",
    "exact_claim": "exact claim text (case and spacing ignored)",
    "near_duplicate_claim": f"near-duplicate claim (Jaccard >= {NEAR_DUPLICATE_JACCARD} over word 3-shingles)",
}


def _leaks(m: Measurements, report: SplitReport | None) -> str:
    rows = [(title, m.leakage[key], "0") for key, title in _LEAK_TITLES.items()]
    parts = [
        "## Leakage",
        "",
        "Records of one split whose key also occurs in another split:",
        "",
        _table(("shared", "records", "target"), rows),
    ]
    if m.leakage["source_article"] and report is not None and report.by != "article":
        parts += [
            "",
            (
                f"Splits were made `by={report.by}`: sentences of one article may sit in different splits. "
                "`factgen build --split-by article` keeps every article in one split."
            ),
        ]
    t = m.temporal
    total = t["dated"] + t["unknown"]
    parts += ["", "### Temporal", ""]
    if t["dated"]:
        parts.append(f"Evidence published after the claim's source article: {_pct(t['after_claim'], t['dated'])} of "
                     f"{t['dated']} dated evidence items (target 0); {t['unknown']} of {total} items have no known date.")  # fmt: skip
    else:
        parts.append(
            f"Not measurable: none of the {total} evidence items has both its own and its claim's article date."
        )
    return "\n".join(parts)


def _example(dataset_dict: Mapping[str, Any]) -> str:
    names = split_order(dataset_dict)
    if not names:
        return "## Example\n\nThe dataset is empty."
    ds = dataset_dict[names[0]]
    row = ds[0]
    row["verdict"]["label"] = ds.features["verdict"]["label"].int2str(row["verdict"]["label"])
    text = json.dumps(row, indent=2, ensure_ascii=False)
    return f"## Example\n\nThe first record of `{names[0]}`:\n\n```json\n{text}\n```"


def _how_to_load(repo_id: str | None, first_split: str) -> str:
    where = repo_id or "path/to/this/folder"
    return f"""## How to load

```python
from datasets import load_dataset

ds = load_dataset("{where}")
label = ds["{first_split}"].features["verdict"]["label"]       # ClassLabel: {list(LABEL_NAMES)}
label.int2str(ds["{first_split}"][0]["verdict"]["label"])
flat = ds["{first_split}"].flatten()                           # top-level columns: "verdict.label", "source.article_id", ...
```

Exact numbers (`quantities[].value`, `low`, `high`) are decimal strings, never floats: read them with
`decimal.Decimal`. Offsets are 0-based Unicode code points, end exclusive, into the cleaned texts of
`articles.jsonl`. The record contract is `{SCHEMA_FILE}` (JSON Schema 2020-12); `factgen validate` checks files
against it."""


class CardOptions(TypedDict, total=False):
    """The card's options, as :func:`factgen.publish.write_dataset` passes them through to :func:`make_card`
    (whose signature holds the defaults)."""

    report: SplitReport | None
    summary: Mapping[str, Any] | None
    rules: Sequence[str] | None
    articles: Sequence[Article] | None
    pretty_name: str
    license: str
    language: Sequence[str]
    repo_id: str | None


def make_card(
    dataset_dict: Mapping[str, Any],
    *,
    report: SplitReport | None = None,
    summary: Mapping[str, Any] | None = None,
    rules: Sequence[str] | None = None,
    articles: Sequence[Article] | None = None,
    pretty_name: str = "factgen fact-checking claims",
    license: str = "other",
    language: Sequence[str] = ("en",),
    repo_id: str | None = None,
) -> Card:
    """The dataset card for a ``DatasetDict`` of records, measured; ``summary`` is the build's ``summary.json``."""
    m = measure(dataset_dict, articles=articles)
    import yaml  # noqa: PLC0415

    meta = card_metadata(dataset_dict, pretty_name=pretty_name, license=license, language=language)
    header = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    names = split_order(dataset_dict)
    sizes = ", ".join(f"{s} {len(dataset_dict[s])}" for s in names) or "no records"
    body = [
        f"# {pretty_name}",
        "",
        (
            "Fact-checking records made by factgen from news articles: a claim, the evidence spans it is checked "
            "against, and a verdict (SUPPORTED, REFUTED, NOT_ENOUGH_INFO, CONFLICTING) that is true by "
            f"construction, with the rule that produced it. Splits: {sizes}."
        ),
        "",
        _how_made(summary or {}, report, rules),
        "",
        _balance(m),
        "",
        _bias(m),
        "",
        _edits(m),
        "",
        _leaks(m, report),
        "",
        _example(dataset_dict),
        "",
        _how_to_load(repo_id, names[0] if names else "train"),
        "",
        "## License",
        "",
        (
            f"`{license}`. "
            "The claims and evidence quote news articles: their copyright stays with the publishers."
        ),
        "",
    ]
    readme = f"---\n{header}---\n\n" + "\n".join(body)
    return Card(readme=readme, chart_png=label_chart_png(m.label_counts), measurements=m)
