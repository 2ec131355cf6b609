"""The dataset card: a ``README.md`` the Hub reads (YAML header) and a body that measures the dataset.

:func:`~factgen.card.measure.measure` computes the numbers (claim-only bias, cue n-grams, cue rates, leakage; see
:mod:`factgen.card.measure`). :func:`make_card` renders them with the label-balance chart (PNG, deterministic
bytes). Small datasets are reported as they are: a split with one class, or no test split, is said in words instead
of measured. Everything is deterministic: the same dataset gives the same card, byte for byte.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter, defaultdict
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
from factgen.card.template import CardMeta, card_data, template_sections
from factgen.models import Article
from factgen.splits import LABEL_NAMES, NEAR_DUPLICATE_JACCARD, SplitReport
from factgen.views import RECORDS_CONFIG, hub_configs

__all__ = [
    "CHART_FILE",
    "RULES_CHART_FILE",
    "SCHEMA_FILE",
    "Card",
    "CardMeta",
    "CardOptions",
    "Cue",
    "Measurements",
    "card_data",
    "label_chart_png",
    "make_card",
    "measure",
    "rule_chart_png",
]

CHART_FILE: Final = "label_balance.png"
RULES_CHART_FILE: Final = "rules.png"
SCHEMA_FILE: Final = "record.schema.json"
_HEADING: Final = re.compile(r"^#{1,5} ", re.MULTILINE)


# --------------------------------------------------------------------------- the charts


def _figure(height: float) -> tuple[Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415  (imported only when drawn)
    from matplotlib.figure import Figure  # noqa: PLC0415

    fig = Figure(figsize=(6.4, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def _png(fig: Any) -> bytes:
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def _present(counts: Iterable[Mapping[str, int]]) -> list[str]:
    """The labels with at least one record somewhere, in the contract's order."""
    seen = [dict(c) for c in counts]
    return [label for label in LABEL_NAMES if any(c.get(label, 0) for c in seen)]


def label_chart_png(labels: Mapping[str, Mapping[str, int]]) -> bytes:
    """Label *shares* per split as stacked horizontal bars (so a 10-record test split reads as well as a
    1,000-record train split), each bar annotated with its record count; labels absent everywhere are left out.

    matplotlib's object API on the Agg canvas (no pyplot, no global figure state), default style, and no
    ``Software`` metadata, so the bytes depend only on the counts (and the matplotlib version).
    """
    import matplotlib.style  # noqa: PLC0415

    splits = list(labels)[::-1]  # train on top
    present = _present(labels.values())
    with matplotlib.style.context("default"):  # the same drawing whatever the user's matplotlibrc says
        fig, ax = _figure(1.2 + 0.45 * max(len(splits), 1))
        left = [0.0] * len(splits)
        totals = [sum(labels[s].values()) for s in splits]
        for label in present:
            shares = [labels[s].get(label, 0) / t if t else 0.0 for s, t in zip(splits, totals, strict=True)]
            bars = ax.barh(splits, shares, left=left, label=label)
            ax.bar_label(bars, labels=[f"{v:.0%}" if v >= 0.06 else "" for v in shares], label_type="center",
                         fontsize=7)  # fmt: skip
            left = [a + b for a, b in zip(left, shares, strict=True)]
        ax.set_yticks(range(len(splits)), [f"{s} ({t})" for s, t in zip(splits, totals, strict=True)])
        ax.set_xlim(0, 1)
        ax.set_xlabel("share of the split's records")
        ax.set_title("Labels per split", pad=22)
        if present:
            ax.legend(
                fontsize=7, frameon=False, ncols=len(present), loc="lower center", bbox_to_anchor=(0.5, 1.0)
            )
        return _png(fig)


def rule_chart_png(by_rule: Mapping[str, Mapping[str, int]]) -> bytes:
    """Records by rule (rows) and label (stacked counts): which rule makes which labels. Deterministic bytes."""
    import matplotlib.style  # noqa: PLC0415

    rules = sorted(by_rule, key=lambda r: (-sum(by_rule[r].values()), r))[::-1]  # the largest on top
    present = _present(by_rule.values())
    with matplotlib.style.context("default"):
        fig, ax = _figure(1.2 + 0.3 * max(len(rules), 1))
        left = [0] * len(rules)
        for label in present:
            counts = [by_rule[r].get(label, 0) for r in rules]
            ax.barh(rules, counts, left=left, label=label)
            left = [a + b for a, b in zip(left, counts, strict=True)]
        for y, total in enumerate(left):
            ax.annotate(
                str(total), (total, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7
            )
        ax.margins(x=0.08)
        ax.set_xlabel("records")
        ax.set_title("Records by rule and label")
        ax.tick_params(axis="y", labelsize=7)
        if present:
            ax.legend(fontsize=7, frameon=False)
        return _png(fig)


# --------------------------------------------------------------------------- the card


@dataclass(frozen=True, slots=True)
class Card:
    """The card text (``README.md``), the charts' PNG bytes, and the measurements behind them."""

    readme: str
    chart_png: bytes
    rules_png: bytes
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
    if summary.get("later_evidence") is not None:
        later = (
            "linked too (`--later-evidence`)"
            if summary["later_evidence"]
            else "not linked (AVeriTeC's cut-off)"
        )
        rows.append(("other reports published after the claim", later))
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
    "story": "story (one event as several outlets report it)",
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
    if m.leakage["source_article"] and report is not None and report.by not in {"article", "story"}:
        parts += [
            "",
            (
                f"Splits were made `by={report.by}`: sentences of one article may sit in different splits. "
                "`factgen build --split-by article` keeps every article in one split."
            ),
        ]
    if m.leakage.get("story") and report is not None and report.by != "story":
        parts += [
            "",
            (
                f"Splits were made `by={report.by}`: reports of one event by other outlets may sit in different "
                "splits. `factgen build --split-by story` keeps every story in one split."
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


def _example(flat: Mapping[str, Any]) -> str:
    names = split_order(flat)
    if not names:
        return "### Example\n\nThe dataset is empty."
    ds = flat[names[0]]
    row = ds[0]
    text = json.dumps(row, indent=2, ensure_ascii=False, default=str)
    label = ds.features["label"].int2str(row["label"])
    return (
        f'### Example\n\nThe first row of `{names[0]}` in the `default` config, as `ds["{names[0]}"][0]` returns '
        f'it (`label` {row["label"]} is `{label}`: `ds["{names[0]}"].features["label"].int2str({row["label"]})`):'
        f"\n\n```json\n{text}\n```"
    )


def _how_to_load(repo_id: str | None, first_split: str) -> str:
    where = repo_id or "path/to/this/folder"
    return f"""## How to load

```python
from datasets import load_dataset

ds = load_dataset("{where}")                              # the default config: the flat training view
ds["{first_split}"].features["label"].names                    # {list(LABEL_NAMES)}
ds["{first_split}"].select_columns(["claim", "evidence", "label"]).to_pandas()
records = load_dataset("{where}", "{RECORDS_CONFIG}")              # the full records of the contract
```

In the `{RECORDS_CONFIG}` config, exact numbers (`quantities[].value`, `low`, `high`) are decimal strings, never floats:
read them with `decimal.Decimal`. Offsets are 0-based Unicode code points, end exclusive, into the cleaned article
texts. The record contract is `{SCHEMA_FILE}` (JSON Schema 2020-12); `factgen validate` checks files against it."""


class CardOptions(TypedDict, total=False):
    """The card's options, as :func:`factgen.publish.write_dataset` passes them through to :func:`make_card`
    (whose signature holds the defaults)."""

    report: SplitReport | None
    summary: Mapping[str, Any] | None
    rules: Sequence[str] | None
    articles: Sequence[Article] | None
    pretty_name: str
    license: str
    license_name: str | None
    license_link: str | None
    language: Sequence[str]
    articles_license: str | None
    repo_id: str | None
    configs: Mapping[str, Mapping[str, Any]] | None


def _demote(text: str, levels: int = 1) -> str:
    """Markdown headings one (or more) levels down, so a measured section fits under a template heading."""
    return _HEADING.sub(lambda m: "#" * levels + m.group(0), text)


def _by_rule(dataset_dict: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for ds in dataset_dict.values():
        names = ds.features["verdict"]["label"].names
        for verdict in ds["verdict"]:
            counts[verdict["rule"]][names[verdict["label"]]] += 1
    return {rule: dict(c) for rule, c in sorted(counts.items())}


def make_card(
    dataset_dict: Mapping[str, Any],
    *,
    report: SplitReport | None = None,
    summary: Mapping[str, Any] | None = None,
    rules: Sequence[str] | None = None,
    articles: Sequence[Article] | None = None,
    pretty_name: str = "factgen fact-checking claims",
    license: str = "other",
    license_name: str | None = None,
    license_link: str | None = None,
    language: Sequence[str] = ("en",),
    articles_license: str | None = None,
    repo_id: str | None = None,
    configs: Mapping[str, Mapping[str, Any]] | None = None,
) -> Card:
    """The dataset card for a ``DatasetDict`` of records, measured; ``summary`` is the build's ``summary.json``.

    ``configs`` are the views written beside it (:func:`factgen.views.hub_configs`; made here when None).
    """
    from huggingface_hub import DatasetCard  # noqa: PLC0415

    meta = CardMeta(
        pretty_name=pretty_name,
        license=license,
        license_name=license_name,
        license_link=license_link,
        language=tuple(language),
        articles_license=articles_license,
        repo_id=repo_id,
    )
    if configs is None:
        configs = hub_configs(dataset_dict, articles=articles, articles_license=articles_license)
    m = measure(dataset_dict, articles=articles)
    by_rule = _by_rule(dataset_dict)
    names = split_order(dataset_dict)
    sizes = ", ".join(f"{s} {len(dataset_dict[s])}" for s in names) or "no records"
    measured = {
        "how": _demote(_how_made(summary or {}, report, rules), 2),
        "balance": _demote(_balance(m)),
        "bias": _demote(_bias(m)),
        "edits": _demote(_edits(m)),
        "leakage": _demote(_leaks(m, report)),
        "example": _example(configs.get("default") or {}),
        "load": _how_to_load(repo_id, names[0] if names else "train"),
    }
    swap = "entity.swap" in by_rule or (rules is not None and "entity" in rules)
    sections = template_sections(
        meta=meta, articles=list(articles or ()), by_rule=by_rule, entity_swap=swap, measured=measured
    )
    body = [
        f"# Dataset Card for {pretty_name}",
        "",
        (
            "Fact-checking records made by factgen from news articles: a claim, the evidence it is checked "
            "against, and a verdict (SUPPORTED, REFUTED, NOT_ENOUGH_INFO, CONFLICTING) that follows from a named "
            f"rule. Splits: {sizes}."
        ),
    ]
    for heading, text in sections.items():
        if heading in ("Curation Rationale", "Source Data", "Annotations"):
            if heading == "Curation Rationale":
                body += ["", "## Dataset Creation"]
            body += ["", f"### {heading}", "", text]
        elif heading == "How to load":
            body += ["", text]
        else:
            body += ["", f"## {heading}", "", text]
    data = card_data(configs, meta)
    card = DatasetCard(f"---\n{data.to_yaml()}\n---\n\n" + "\n".join(body) + "\n")
    return Card(
        readme=str(card),
        chart_png=label_chart_png(m.label_counts),
        rules_png=rule_chart_png(by_rule),
        measurements=m,
    )
