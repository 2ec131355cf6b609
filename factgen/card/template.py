"""The Hub's dataset-card template, filled from what factgen knows: the YAML metadata and the prose sections.

The metadata is a ``huggingface_hub.DatasetCardData``; ``datasets``' public ``DatasetInfosDict`` writes each
config's features and splits into it, so ``load_dataset`` reads back exactly the features that were written.
The prose follows the Hub template (``huggingface_hub``'s ``datasetcard_template.md``): uses and out-of-scope uses,
curation rationale, source data (publishers and URLs from the corpus manifest), annotations (the named rules that
made each label), personal and sensitive information, bias, risks and limitations, citation and contact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from factgen import __version__
from factgen.errors import ConfigError
from factgen.models import Article
from factgen.splits import LABEL_NAMES
from factgen.views import ARTICLES_CONFIG, CONFIG_DIRS, FLAT_COLUMNS, RECORDS_CONFIG

if TYPE_CHECKING:
    from huggingface_hub import DatasetCardData

__all__ = [
    "AUDIT_BEGIN",
    "AUDIT_END",
    "DEFAULT_NAME",
    "LICENSE_FILE",
    "CardMeta",
    "card_data",
    "license_text",
    "size_category",
    "template_sections",
]

AUDIT_BEGIN: Final = "<!-- factgen:audit -->"
AUDIT_END: Final = "<!-- /factgen:audit -->"
LICENSE_FILE: Final = "LICENSE.md"  # written when the licence is "other" and no link was given
DEFAULT_NAME: Final = "factgen fact-checking claims"
_MAX_SOURCES: Final = 50
_LICENSE: Final = re.compile(r"[a-z0-9][a-z0-9.+-]{0,63}")
_LANGUAGE: Final = re.compile(
    r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*"
)  # sources listed one per row in the card; the rest are counted


@dataclass(frozen=True, slots=True)
class CardMeta:
    """What the user says about the dataset: its name, licence, language, and the article texts' licence."""

    pretty_name: str = DEFAULT_NAME
    license: str = "other"
    license_name: str | None = None
    license_link: str | None = None
    language: Sequence[str] = ("en",)
    articles_license: str | None = None
    repo_id: str | None = None

    def __post_init__(self) -> None:
        """Refuse, before any work, what the Hub would refuse: one ``ConfigError`` naming the option."""
        checks: list[tuple[str, object, bool, str]] = [
            ("name", self.pretty_name, bool(self.pretty_name.strip()) and len(self.pretty_name) <= 200,
             "a non-blank name of at most 200 characters"),
            ("license", self.license, bool(_LICENSE.fullmatch(self.license)),
             "a Hub licence identifier such as 'cc-by-4.0' or 'other'"),
            ("articles_license", self.articles_license,
             self.articles_license is None or bool(_LICENSE.fullmatch(self.articles_license)),
             "a licence identifier such as 'cc-by-4.0'"),
            ("license_link", self.license_link, self.license_link is None or bool(self.license_link.strip()),
             "a URL or a file name"),
            ("language", list(self.language), bool(self.language) and all(_LANGUAGE.fullmatch(x) for x in self.language),
             "BCP 47 tags such as 'en' or 'pt-BR'"),
        ]  # fmt: skip
        for option, value, ok, expected in checks:
            if not ok:
                msg = f"{option}: expected {expected}, got {value!r}"
                raise ConfigError(msg)


def size_category(n: int) -> str:
    """The Hub's ``size_categories`` bucket of ``n`` rows.

    >>> size_category(0), size_category(999), size_category(1000), size_category(10**7)
    ('n<1K', 'n<1K', '1K<n<10K', 'n>10M')
    """
    for limit, name in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
    ):
        if n < limit:
            return name
    return "1M<n<10M" if n < 10_000_000 else "n>10M"


def _info(dataset_dict: Mapping[str, Any], names: Sequence[str]) -> Any:
    import datasets  # noqa: PLC0415

    info = datasets.DatasetInfo(features=dataset_dict[names[0]].features)
    info.splits = datasets.SplitDict(
        {
            s: datasets.SplitInfo(s, num_bytes=dataset_dict[s].data.nbytes, num_examples=len(dataset_dict[s]))
            for s in names
        }
    )
    info.dataset_size = sum(dataset_dict[s].data.nbytes for s in names)
    return info


def card_data(configs: Mapping[str, Mapping[str, Any]], meta: CardMeta) -> DatasetCardData:
    """The YAML metadata: the template's keys, one ``configs`` entry per written config (``default`` first, the
    default of ``load_dataset``), and each config's features and splits through ``DatasetInfosDict``."""
    from datasets.info import DatasetInfosDict  # noqa: PLC0415
    from huggingface_hub import DatasetCardData  # noqa: PLC0415

    records = configs.get(RECORDS_CONFIG) or configs.get("default") or {}
    total = sum(len(ds) for ds in records.values())
    extra: dict[str, Any] = {}
    if meta.license == "other":
        extra["license_name"] = meta.license_name or "source-articles"
        extra["license_link"] = meta.license_link or LICENSE_FILE
    elif meta.license_link:
        extra["license_link"] = meta.license_link
    data = DatasetCardData(
        pretty_name=meta.pretty_name,
        license=meta.license,
        language=list(meta.language),
        annotations_creators=["machine-generated"],
        language_creators=["found"],
        multilinguality=["monolingual" if len(meta.language) <= 1 else "multilingual"],
        source_datasets=["original"],
        size_categories=[size_category(total)],
        task_categories=["text-classification"],
        task_ids=["fact-checking"],
        tags=["fact-checking", "claim-verification", "numerical-claims", "factgen"],
        **extra,
        configs=[
            {
                "config_name": name,
                **({"default": True} if name == "default" else {}),
                "data_files": [
                    {"split": s, "path": f"{CONFIG_DIRS[name]}/{s}-*.parquet"} for s in dataset_dict
                ],
            }
            for name, dataset_dict in configs.items()
            if dataset_dict
        ],
    )
    DatasetInfosDict({name: _info(dd, list(dd)) for name, dd in configs.items() if dd}).to_dataset_card_data(
        data
    )
    return data


# --------------------------------------------------------------------------- prose sections


def _sources(articles: Sequence[Article]) -> str:
    if not articles:
        return "The source articles are not recorded in this folder."
    publishers = Counter(a.publisher for a in articles if a.publisher)
    dated = sorted(a.published for a in articles if a.published)
    span = f", published {dated[0].isoformat()} to {dated[-1].isoformat()}" if dated else ""
    named = ", ".join(f"{p} ({n})" for p, n in sorted(publishers.items(), key=lambda x: (-x[1], x[0])))
    lines = [
        f"{len(articles)} news articles{span} from {len(publishers)} publishers: {named}."
        if publishers
        else f"{len(articles)} news articles{span}; their publishers are not recorded (a corpus manifest records them)."
    ]
    listed = [a for a in articles if a.url or a.publisher or a.title][:_MAX_SOURCES]
    if listed:
        lines += ["", "| article | publisher | date | url |", "|---|---|---|---|"]
        lines += [
            f"| `{a.id}` | {a.publisher or '-'} | {a.published.isoformat() if a.published else '-'} | "
            f"{a.url or '-'} |"
            for a in listed
        ]
        rest = len(articles) - len(listed)
        if rest > 0:
            lines.append(f"\n... and {rest} more (see `summary.json` and the corpus manifest).")
    return "\n".join(lines)


def _rules_table(by_rule: Mapping[str, Mapping[str, int]]) -> str:
    labels = [lab for lab in LABEL_NAMES if any(c.get(lab) for c in by_rule.values())]
    head = ["rule", *labels, "total"]
    rows = [
        [f"`{rule}`", *(str(counts.get(lab, 0)) for lab in labels), str(sum(counts.values()))]
        for rule, counts in sorted(by_rule.items(), key=lambda x: (-sum(x[1].values()), x[0]))
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def _articles_text(meta: CardMeta) -> str:
    if meta.articles_license:
        return (
            f"The cleaned article texts are included as the `{ARTICLES_CONFIG}` config, under "
            f"`{meta.articles_license}` (as declared by whoever built this dataset): every evidence offset indexes "
            "them."
        )
    return (
        "The article texts are **not** included: their copyright stays with the publishers and no licence allowing "
        "redistribution was declared (`factgen build --articles-license` declares one). Evidence spans quote the "
        "sentences they rest on. To rebuild the offsets' texts, fetch the articles from the URLs listed under "
        "*Dataset Sources*, save them as a corpus folder with the same manifest, and run `factgen build` on it: the "
        "same corpus gives the same `articles.jsonl` (`corpus_sha256` in `summary.json` tells whether it is the "
        "same corpus)."
    )


def template_sections(
    *,
    meta: CardMeta,
    articles: Sequence[Article],
    by_rule: Mapping[str, Mapping[str, int]],
    entity_swap: bool,
    measured: Mapping[str, str],
) -> dict[str, str]:
    """The template's sections as Markdown, keyed by the template's headings; ``measured`` holds factgen's
    rendered measurements ("how", "balance", "bias", "leakage", "example", "load") placed inside them."""
    swap = (
        "The `entity.swap` rule replaces a person named in a sentence by another person of the same story: its REFUTED "
        "records state false things about real, named people (for example a statement attributed to someone who "
        "never made it)."
        if entity_swap
        else "The `entity.swap` rule was off (`--no-entity-swap`): no record puts words in another person's mouth."
    )
    columns = "\n".join(f"| `{name}` | {dtype} | {what} |" for name, (dtype, what) in FLAT_COLUMNS.items())
    return {
        "Dataset Details": f"""### Dataset Description

Claims taken from news articles and rewritten by named rules, each paired with the evidence spans it is checked
against and a verdict (SUPPORTED, REFUTED, NOT_ENOUGH_INFO, CONFLICTING) that follows from the rule, with the
rationale a person can check.

- **Curated by:** generated with [factgen](https://pypi.org/project/factgen/) {__version__}
- **Language(s):** {", ".join(meta.language)}
- **License:** `{meta.license}`{f" ({meta.license_link})" if meta.license_link else ""}

### Dataset Sources

{_sources(articles)}""",
        "Uses": f"""### Direct Use

Training and evaluating claim-verification (fact-checking) models, especially on numerical claims: given a claim
and its evidence, predict the label. The `default` config is the flat training view (one row per record, `label`
a top-level `ClassLabel`); the `{RECORDS_CONFIG}` config holds the full records (quantities with intervals, exact
evidence offsets, provenance); the labels' rules and rationales support error analysis by rule.

### Out-of-Scope Use

- Not a source of facts: REFUTED and CONFLICTING claims are false or disputed statements made on purpose, some
  about real people. Never show a claim from this dataset as a fact, and never use it to say what a person said.
- Not a measure of real-world misinformation: the false claims are rule-made rewrites, not claims people made.
- Not human-annotated: labels are true by construction of the rules, within the limits stated below.""",
        "Dataset Structure": f"""Configs: `default` (flat, for training), `{RECORDS_CONFIG}` (the nested records of the
contract `record.schema.json`, JSON Schema 2020-12){f", `{ARTICLES_CONFIG}` (the cleaned article texts)" if meta.articles_license else ""}.
Splits keep every record derived from one source sentence together (see *Data Collection and Processing*).

Columns of the `default` config:

| column | type | what it holds |
|---|---|---|
{columns}

{measured.get("example", "")}""",
        "Curation Rationale": """Fact-checking models need claims whose label can only be decided from the evidence,
numbers compared by their meaning ("$58 billion" against "more than $50 billion"), and evidence from other reports
of the same story. factgen builds such pairs from a news corpus with labels that follow from stated rules, so the
data can be regenerated, audited rule by rule and extended to new corpora.""",
        "Source Data": f"""#### Data Collection and Processing

Articles are cleaned (captions, credits, comment sections and repeated summaries dropped, with an offset map back to
the raw text), split into sentences with exact offsets, and check-worthy sentences become claims (each refusal is
counted by reason below). {_articles_text(meta)}

{measured.get("how", "")}

#### Who are the source data producers?

The journalists and publishers of the articles listed under *Dataset Sources*.""",
        "Annotations": f"""#### Annotation process

No person labelled these records. Every label comes from a named rule (`verdict.rule`), with a rationale:
a sentence as written is SUPPORTED by itself; a rewritten quantity is compared with the evidence by interval
(contains: SUPPORTED, disjoint: REFUTED, otherwise NOT_ENOUGH_INFO); a negated main clause and a swapped person are
REFUTED; evidence from another report of the same story is SUPPORTED, CONFLICTING or NOT_ENOUGH_INFO by the same
interval rule. Records by rule and label:

{_rules_table(by_rule)}

![Records by rule and label](rules.png)

{AUDIT_BEGIN}
**Audit.** No person has audited a sample of this dataset yet. `factgen audit DIR --sample 100 --seed 0` writes a
sheet of random records to tick; `factgen audit DIR --tally SHEET.md` writes the tally here.
{AUDIT_END}

#### Who are the annotators?

Machine-generated: factgen {__version__}'s rules (`annotations_creators: machine-generated`).

#### Personal and Sensitive Information

The claims name real people (officials, spokespeople, victims) as the news reports did. **REFUTED and CONFLICTING
records state false or disputed things, some about real, named people, and must not be shown as facts.** {swap}
Rebuild with `--no-entity-swap` to leave that rule out.""",
        "Bias, Risks, and Limitations": f"""The claims inherit the coverage, framing and errors of the source
articles and their publishers. Labels are true by construction only within the rules: a rule can misread a number
or a sentence, and "SUPPORTED" means supported by the quoted evidence, not true in the world. Rule-made rewrites can
leave cues a model learns instead of reading the evidence; the measurements below say how much.

{measured.get("balance", "")}

{measured.get("bias", "")}

{measured.get("edits", "")}

{measured.get("leakage", "")}

### Recommendations

Report results per rule and per label; check the claim-only and leakage figures before trusting a score; prefer
story- or time-based splits when evaluating generalisation to new events; audit a sample before publishing.""",
        "How to load": measured.get("load", ""),
        "Citation": f"""```bibtex
@misc{{factgen_dataset,
  title        = {{{meta.pretty_name}}},
  note         = {{Generated with factgen {__version__} from news articles; labels by named rules}},
  howpublished = {{{"https://huggingface.co/datasets/" + meta.repo_id if meta.repo_id else "a local factgen build"}}},
}}
```

Please also cite the publishers of the source articles listed under *Dataset Sources*.""",
        "More Information": """Every record validates against `record.schema.json`; `factgen validate FILE.jsonl
--articles articles.jsonl` checks a file against it (spans included). Counts by rule, drop reason and split are in
`summary.json`.""",
        "Dataset Card Contact": (
            f"The maintainers of [{meta.repo_id}](https://huggingface.co/datasets/{meta.repo_id}) (the dataset "
            "page's Community tab)."
            if meta.repo_id
            else "Whoever published this folder; factgen issues go to the factgen project."
        ),
    }


def license_text(pretty_name: str, articles: Sequence[Article]) -> str:
    """``LICENSE.md`` for a dataset whose licence is ``other`` and has no link: what is known, stated plainly."""
    publishers = sorted({a.publisher for a in articles if a.publisher})
    who = ", ".join(publishers) if publishers else "the publishers of the source articles (see README.md)"
    return f"""# Licence of {pretty_name}

No licence was declared when this dataset was built (`factgen build --license ID` declares one).

The claims and evidence quote news articles; the copyright of the quoted text stays with its publishers: {who}.
Ask them before redistributing the text. The records' structure, labels and rationales were generated by factgen
{__version__}.
"""
