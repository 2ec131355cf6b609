"""The dataset card: a YAML header that agrees with the written data, and measurements that are really measured."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import datasets
import pyarrow.parquet as pq
import pytest
import yaml
from datasets.info import DatasetInfosDict
from huggingface_hub import DatasetCard
from hypothesis import given
from hypothesis import strategies as st

import factgen
from factgen.card import CHART_FILE, label_chart_png, make_card, measure
from factgen.card.measure import (
    claim_only_baseline,
    diff_text,
    edit_measures,
    grouped_baseline,
    grouped_predictions,
    lmi_cues,
)
from factgen.models import Article, Label
from factgen.pipeline import SEEDS, build, generate
from factgen.splits import SPLIT_NAMES, features, split
from factgen.views import flat_features

Row = dict[str, Any]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("card") / "dataset"
    build(None, out, seed=7, progress=False)
    return out


def _header(folder: Path) -> dict[str, Any]:
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, _, _ = text[4:].partition("\n---\n")
    meta = yaml.safe_load(head)
    assert isinstance(meta, dict)
    return meta


def _body(folder: Path) -> str:
    return (folder / "README.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]


def _seed_row(**changes: Any) -> Row:
    row = next(generate(factgen.load_articles(SEEDS), seed=0)).model_dump(mode="json")
    row = copy.deepcopy(row)
    for key, value in changes.items():
        row[key] = value
    return row


# --------------------------------------------------------------------------- the YAML header against the data


def test_yaml_header_matches_the_written_data(folder: Path) -> None:
    meta = _header(folder)
    assert meta["task_categories"] == ["text-classification"]
    assert meta["task_ids"] == ["fact-checking"]
    assert meta["pretty_name"]
    assert meta["license"] == "other"
    assert meta["license_link"] == "LICENSE.md"
    assert (folder / "LICENSE.md").is_file()
    assert meta["language"] == ["en"]
    for key, value in (
        ("annotations_creators", ["machine-generated"]),
        ("language_creators", ["found"]),
        ("source_datasets", ["original"]),
        ("multilinguality", ["monolingual"]),
    ):
        assert meta[key] == value
    assert [c["config_name"] for c in meta["configs"]] == [
        "default",
        "records",
    ]  # no article texts by default
    assert meta["configs"][0]["default"] is True
    infos = DatasetInfosDict.from_dataset_card_data(DatasetCard.load(folder / "README.md").data)
    expected = {"default": flat_features(), "records": features()}
    for config in meta["configs"]:
        name = config["config_name"]
        counts = {}
        for entry in config["data_files"]:
            (file,) = sorted(folder.glob(entry["path"]))  # exactly one parquet file per split
            counts[entry["split"]] = pq.read_metadata(file).num_rows
        assert list(counts) == [s for s in SPLIT_NAMES if s in counts]
        assert infos[name].features == expected[name]
        assert {s: v.num_examples for s, v in infos[name].splits.items()} == counts
        total = sum(counts.values())
        assert total == len((folder / "records.jsonl").read_text(encoding="utf-8").splitlines())
    assert meta["size_categories"] == ["n<1K" if total < 1000 else "1K<n<10K"]


def test_load_dataset_reads_the_folder_offline(folder: Path, tmp_path: Path) -> None:
    flat = datasets.load_dataset(str(folder), cache_dir=str(tmp_path))
    records = datasets.load_dataset(str(folder), "records", cache_dir=str(tmp_path))
    meta = _header(folder)
    assert list(flat) == list(records) == [e["split"] for e in meta["configs"][0]["data_files"]]
    written = [json.loads(x) for x in (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    for name in flat:
        assert flat[name].features == flat_features()
        assert records[name].features == features()
        assert records[name].features["verdict"]["label"].names == [label.value for label in Label]
        assert flat[name]["id"] == records[name]["id"]  # the flat view is the records, row for row
    assert sorted(r["id"] for ds in flat.values() for r in ds) == sorted(r["id"] for r in written)


# --------------------------------------------------------------------------- the body against the data


def test_card_reports_how_it_was_made(folder: Path) -> None:
    body = _body(folder)
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    assert f"`{summary['corpus_sha256']}`" in body
    assert f"| factgen version | {factgen.__version__} |" in body
    assert "| seed | 7 |" in body
    assert "| rules enabled | entity, evidence, polarity, quantity |" in body
    assert f"| link threshold | {factgen.evidence.THRESHOLD} |" in body
    for reason, n in summary["drops"].items():
        assert f"| {reason} | {n} |" in body
    for rule, n in summary["rules"].items():
        assert f"| {rule} | {n} |" in body


def test_label_balance_table_counts_the_data(folder: Path, tmp_path: Path) -> None:
    body = _body(folder)
    loaded = datasets.load_dataset(str(folder), cache_dir=str(tmp_path))
    for name, ds in loaded.items():
        counts = [0] * len(Label)
        for label in ds["label"]:
            counts[label] += 1
        (line,) = [x for x in body.splitlines() if x.startswith(f"| {name} | ")]
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert [int(c.split()[0]) for c in cells[1:5]] == counts
        assert int(cells[5]) == len(ds)
    assert f"![Labels per split]({CHART_FILE})" in body
    assert (folder / CHART_FILE).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_card_on_the_seeds_measures_bias_and_leakage(folder: Path) -> None:
    body = _body(folder)
    assert re.search(r"\| majority class \(\w+\) \| \d\.\d{3} \| \d\.\d{3} \|", body)
    assert re.search(r"\| claim-only TF-IDF \+ LR \| \d\.\d{3} \| \d\.\d{3} \|", body)
    assert "| group id (a sentence and its variants) | 0 | 0 |" in body
    assert "| exact claim text (case and spacing ignored) | 0 | 0 |" in body
    assert "Not measurable: none of the" in body  # the seeds carry no dates
    assert "```json\n{" in body
    assert 'load_dataset("' in body


def test_chart_bytes_depend_only_on_the_counts() -> None:
    counts = {"train": {"SUPPORTED": 5, "REFUTED": 2}, "test": {"SUPPORTED": 1, "REFUTED": 1}}
    png = label_chart_png(counts)
    assert png == label_chart_png(copy.deepcopy(counts))
    assert b"Software" not in png
    assert png != label_chart_png({**counts, "test": {"SUPPORTED": 2, "REFUTED": 1}})


# --------------------------------------------------------------------------- measurements on data made to show them


def _claims(template: str, label: str, n: int) -> list[Row]:
    return [{"claim": template.format(i=i), "verdict": {"label": label}} for i in range(n)]


def test_a_planted_cue_is_found_by_lmi_and_the_baseline() -> None:
    train = _claims("officials did not confirm report {i}", "REFUTED", 12) + _claims(
        "officials confirmed report {i}", "SUPPORTED", 20
    )
    test = _claims("ministers did not confirm claim {i}", "REFUTED", 5) + _claims(
        "ministers confirmed claim {i}", "SUPPORTED", 5
    )
    baseline = claim_only_baseline(train, test, "test")
    assert baseline.majority_label == "SUPPORTED"
    assert baseline.majority_accuracy == 0.5
    assert baseline.accuracy == 1.0
    assert baseline.macro_f1 == 1.0
    rows = train + test
    cues, top = lmi_cues([r["claim"] for r in rows], [r["verdict"]["label"] for r in rows])
    refuted = [c for c in cues if c.label == "REFUTED"]
    assert refuted[0].ngram == "did not"  # "did" and "not" are among the 10 most frequent unigrams: dropped
    assert refuted[0].p_label == 1.0
    assert refuted[0].freq == 17
    assert top == 1.0


def test_one_class_train_is_said_not_fitted() -> None:
    baseline = claim_only_baseline(_claims("x {i}", "SUPPORTED", 4), _claims("y {i}", "REFUTED", 2), "test")
    assert baseline.accuracy is None
    assert baseline.majority_accuracy == 0.0
    assert baseline.note is not None
    assert "one class" in baseline.note


def test_leakage_counts_what_crosses_splits() -> None:
    a = _seed_row(id="a", group_id="g1")
    b = _seed_row(id="b", group_id="g1")  # same group and same claim as a: crosses if a is elsewhere
    c = _seed_row(id="c", group_id="g2", claim=a["claim"][:-1] + " on Friday.")  # a near duplicate of a
    dd = datasets.DatasetDict(
        {
            "train": split([a], seed=0, ratios=(1, 0, 0))["train"],
            "test": split([b, c], seed=0, ratios=(1, 0, 0))["train"],
        }
    )
    m = measure(dd)
    assert m.leakage["group"] == 2  # a and b
    assert m.leakage["source_article"] == 3
    assert m.leakage["exact_claim"] == 2
    assert m.leakage["near_duplicate_claim"] == 3  # a-b identical, a-c near


def test_evidence_after_the_claim_is_counted() -> None:
    row = _seed_row()
    claim_article = row["source"]["article_id"]
    later = dict(row["evidence"][0], article_id="later")
    row["evidence"] = [row["evidence"][0], later]
    articles = [
        Article(id=claim_article, text="x", published=date(2024, 5, 1)),
        Article(id="later", text="y", published=date(2024, 6, 1)),
    ]
    m = measure(split([row], seed=0), articles=articles)
    assert m.temporal == {"after_claim": 1, "dated": 2, "unknown": 0}


def test_a_tiny_dataset_gets_a_card_that_says_what_it_cannot_measure() -> None:
    card = make_card(split([_seed_row()], seed=0))
    assert "Not measured: needs a train split and a test (or validation) split" in card.readme
    assert "No n-gram occurs in 5 or more claims" in card.readme
    assert "holds a single label" in card.readme
    assert card.chart_png.startswith(b"\x89PNG")
    empty = make_card(datasets.DatasetDict())
    assert "The dataset is empty." in empty.readme


# --------------------------------------------------------------------------- what the edit gives away


def _pair(claim: str, evidence: str, label: str, group: str) -> Row:
    return {
        "claim": claim,
        "evidence": [{"text": evidence}],
        "verdict": {"label": label, "rule": "r." + label.lower()},
        "group_id": group,
    }


@given(st.lists(st.sampled_from(["has", "not", "85", "58", "billion", "said"]), max_size=8),
       st.lists(st.sampled_from(["has", "not", "85", "58", "billion", "said"]), max_size=8))  # fmt: skip
def test_the_diff_holds_exactly_the_words_one_side_has_more_of(ours: list[str], theirs: list[str]) -> None:
    diff = diff_text(" ".join(ours), " ".join(theirs)).split()
    for w in set(ours) | set(theirs):
        assert diff.count("+" + w) == max(0, ours.count(w) - theirs.count(w))
        assert diff.count("-" + w) == max(0, theirs.count(w) - ours.count(w))
    assert diff_text(" ".join(ours), " ".join(ours)) == ""


def test_an_edit_that_gives_the_label_away_is_found_by_the_diff_baseline_not_the_claim_only_one() -> None:
    """The same claims are SUPPORTED or REFUTED depending on the evidence, but a negation added by the edit
    always means REFUTED: claim-only sees nothing, the diff sees everything."""
    rows = []
    for i in range(40):
        claim = f"officials did not confirm report {i}"
        if i % 2:
            rows.append(_pair(claim, f"officials confirmed report {i}", "REFUTED", f"g{i}"))
        else:
            rows.append(_pair(claim, claim, "SUPPORTED", f"g{i}"))
    m = edit_measures(rows)
    assert m.copies == 20
    assert m.copy_share == 0.5
    assert m.labels == {"REFUTED": 20, "SUPPORTED": 20}
    assert m.rules == {"r.refuted": 20, "r.supported": 20}
    assert m.diff.accuracy == 1.0
    assert m.claim_only.accuracy is not None
    assert m.claim_only.accuracy <= 0.6
    assert m.diff.evaluated_on == "5-fold cross-validation grouped by group_id"


def test_grouped_predictions_are_out_of_fold_and_the_baseline_scores_them() -> None:
    """Each record is predicted by a model that never saw its group: a group whose words occur nowhere else gets
    the majority guess, and the baseline's accuracy is the share of those predictions that are right."""
    rows = []
    for i in range(30):
        label = "REFUTED" if i % 3 == 0 else "SUPPORTED"
        word = "denied" if label == "REFUTED" else "confirmed"
        rows.append(_pair(f"officials {word} report", "officials report", label, f"g{i}"))
    rows.append(_pair("a lone unseen sentence", "nothing shared", "REFUTED", "lonely"))
    found = grouped_predictions(rows, lambda r: diff_text(r["claim"], r["evidence"][0]["text"]))
    assert found is not None
    predicted, majority, k = found
    assert k == 5
    assert len(predicted) == len(majority) == len(rows)
    assert predicted[:30] == [r["verdict"]["label"] for r in rows[:30]]
    assert predicted[30] == majority[30] == "SUPPORTED"
    b = grouped_baseline(rows, lambda r: diff_text(r["claim"], r["evidence"][0]["text"]))
    assert b.accuracy == round(30 / 31, 3)
    assert grouped_predictions(rows[:1], lambda r: r["claim"]) is None


def test_the_card_reports_copies_shares_and_both_grouped_baselines(folder: Path) -> None:
    body = _body(folder)
    assert "## What the edit gives away" in body
    assert re.search(r"Verbatim copies of their own evidence: \d+ \(\d+\.\d%\)", body)
    assert re.search(r"\| claim/evidence diff \(tokens one side lacks\) \| \d\.\d{3} \| \d\.\d{3} \|", body)
    assert re.search(r"Labels: SUPPORTED \d+\.\d%|Labels: .*SUPPORTED \d+\.\d%", body)
