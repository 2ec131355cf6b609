"""`factgen.split`: groups never cross splits, ratios hold within one unit, labels are stratified, features are exact."""

from __future__ import annotations

import copy
import itertools
import json
import re
import types
import typing
from datetime import date
from pathlib import Path
from typing import Any

import datasets
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import factgen
from factgen.card.measure import leakage
from factgen.cli import main
from factgen.errors import ConfigError
from factgen.models import Article, Label, Record
from factgen.pipeline import SEEDS, generate
from factgen.publish import write_dataset
from factgen.splits import (
    SPLIT_NAMES,
    features,
    near_duplicate_pairs,
    normalise_records,
    split,
    split_records,
)
from factgen.views import flat_features, flat_row
from tests.strategies import record_lists

Row = dict[str, Any]


@pytest.fixture(scope="module")
def seed_records() -> list[Record]:
    return list(generate(factgen.load_articles(SEEDS), seed=0))


def _rows(dd: datasets.DatasetDict) -> dict[str, list[Row]]:
    """Each split's rows in the records' JSON form (label names, not ClassLabel ints)."""
    names = features()["verdict"]["label"].names
    out = {}
    for split_name, ds in dd.items():
        rows = ds.to_list()
        for row in rows:
            row["verdict"]["label"] = names[row["verdict"]["label"]]
        out[split_name] = rows
    return out


def _splits_of(dd: datasets.DatasetDict, key: Any) -> dict[Any, set[str]]:
    where: dict[Any, set[str]] = {}
    for split_name, rows in _rows(dd).items():
        for row in rows:
            value = key(row)
            if value is not None:
                where.setdefault(value, set()).add(split_name)
    return where


# --------------------------------------------------------------------------- features from the contract


def _model_paths(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    out = set()
    for name, info in model.model_fields.items():
        path = (*prefix, name)
        out.add(path)
        pending = [info.annotation]
        while pending:
            annotation = pending.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                out |= _model_paths(annotation, path)
            elif isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
                pending.extend(typing.get_args(annotation))
    return out


def _feature_paths(feature: Any, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    if isinstance(feature, datasets.List):
        return _feature_paths(feature.feature, prefix)
    if isinstance(feature, dict):
        out = set()
        for name, sub in feature.items():
            out |= {(*prefix, name)} | _feature_paths(sub, (*prefix, name))
        return out
    return set()


def test_every_model_field_has_a_feature_and_no_more() -> None:
    assert _feature_paths(features()) == _model_paths(Record)


def test_the_label_is_a_classlabel_in_the_enum_order() -> None:
    label = features()["verdict"]["label"]
    assert isinstance(label, datasets.ClassLabel)
    assert label.names == [lab.value for lab in Label]


def test_lists_of_structs_are_lists_and_exact_numbers_stay_strings() -> None:
    f = features()
    for key in ("quantities", "evidence"):
        assert isinstance(f[key], datasets.List)
        assert isinstance(f[key].feature, dict)  # List({...}), not Sequence's dict of lists
    assert isinstance(f["provenance"]["origin"]["references"], datasets.List)
    for key in ("value", "low", "high"):
        assert f["quantities"].feature[key] == datasets.Value("string")


def test_decimal_strings_survive_exactly(seed_records: list[Record]) -> None:
    with_quantity = [r for r in seed_records if r.quantities]
    dd = split(with_quantity, seed=0, ratios=(1, 0, 0))
    for record, row in zip(with_quantity, _rows(dd)["train"], strict=True):
        assert [q["value"] for q in row["quantities"]] == [
            q["value"] for q in record.model_dump(mode="json")["quantities"]
        ]


# --------------------------------------------------------------------------- the seeds


def test_seed_split_keeps_groups_together_and_loses_nothing(seed_records: list[Record]) -> None:
    dd, report = split_records(seed_records, seed=0)
    assert list(dd) == list(SPLIT_NAMES)
    ids = [row["id"] for rows in _rows(dd).values() for row in rows]
    assert sorted(ids) == sorted(r.id for r in seed_records)
    assert all(len(s) == 1 for s in _splits_of(dd, lambda r: r["group_id"]).values())
    assert report.sizes == {name: len(dd[name]) for name in SPLIT_NAMES}
    for name, counts in report.labels.items():
        assert sum(counts.values()) == report.sizes[name]


def test_by_article_keeps_whole_articles_together(seed_records: list[Record]) -> None:
    dd = split(seed_records, seed=0, by="article")
    by_article = _splits_of(dd, lambda r: r["source"]["article_id"] if r["source"] else None)
    assert len(by_article) == 5
    assert all(len(s) == 1 for s in by_article.values())


def test_the_split_is_a_function_of_the_seed(seed_records: list[Record]) -> None:
    def ids(seed: int) -> dict[str, list[str]]:
        return {name: [r["id"] for r in rows] for name, rows in _rows(split(seed_records, seed=seed)).items()}

    assert ids(3) == ids(3)
    assert len({str(ids(s)) for s in range(5)}) > 1


def test_labels_are_stratified(seed_records: list[Record]) -> None:
    _, report = split_records(seed_records, seed=0)
    total = {lab: sum(report.labels[s][lab] for s in SPLIT_NAMES) for lab in report.labels["train"]}
    for lab in ("SUPPORTED", "REFUTED"):
        for name, ratio in zip(SPLIT_NAMES, report.ratios, strict=True):
            assert abs(report.labels[name][lab] - ratio * total[lab]) <= report.largest_unit


def test_max_imbalance_downsamples_and_counts(seed_records: list[Record]) -> None:
    _, plain = split_records(seed_records, seed=0)
    _, capped = split_records(seed_records, seed=0, max_imbalance=1.5)
    for name in SPLIT_NAMES:
        ratio = capped.imbalance(name)
        assert ratio is not None
        assert ratio <= 1.5
    removed = sum(plain.sizes.values()) - sum(capped.sizes.values())
    assert removed > 0
    assert capped.dropped == {"splits.downsampled": removed}


def test_near_duplicates_are_kept_together() -> None:
    base = next(generate(factgen.load_articles(SEEDS), seed=0)).model_dump(mode="json")
    rows = []
    for i in range(10):
        row = copy.deepcopy(base)
        row["id"], row["group_id"] = f"r{i}", f"g{i}"  # ten groups, all the same sentence
        rows.append(row)
    dd, report = split_records(rows, seed=0)
    assert list(dd) == ["train"]
    assert report.units == 1


def test_near_duplicate_pairs_match_a_brute_force_jaccard() -> None:
    texts = ["a b c d e", "a b c d e f", "a b c d x", "x y z", "a b c d e", "", "a b"]

    def shingles(t: str) -> set[str]:
        w = t.split()
        return (
            {" ".join(w[i : i + 3]) for i in range(len(w) - 2)}
            if len(w) >= 3
            else ({" ".join(w)} if w else set())
        )

    expected = {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if shingles(texts[i])
        and len(shingles(texts[i]) & shingles(texts[j])) >= 0.8 * len(shingles(texts[i]) | shingles(texts[j]))
    }
    assert set(near_duplicate_pairs(texts)) == expected


def _brute_force_pairs(texts: list[str], threshold: float) -> list[tuple[int, int]]:
    def shingles(t: str) -> set[str]:
        w = re.findall(r"\w+", t.casefold())
        return (
            {" ".join(w[i : i + 3]) for i in range(len(w) - 2)}
            if len(w) >= 3
            else ({" ".join(w)} if w else set())
        )

    sets = [shingles(t) for t in texts]
    return [
        (i, j)
        for i, j in itertools.combinations(range(len(texts)), 2)
        if sets[i] and len(sets[i] & sets[j]) >= threshold * len(sets[i] | sets[j])
    ]


@given(
    st.lists(
        st.lists(st.sampled_from(["the", "U.S.", "gave", "58", "billion", "Kyiv", "said"]), max_size=9).map(
            " ".join
        ),
        max_size=14,
    ),
    st.sampled_from([0.5, 0.7, 0.8, 1.0]),
)
def test_near_duplicate_pairs_are_every_pair_at_the_threshold_in_order(
    texts: list[str], threshold: float
) -> None:
    """Duplicates, reorderings and the cache of distinct texts change nothing: all pairs, sorted, i < j."""
    assert list(near_duplicate_pairs(texts, threshold=threshold)) == _brute_force_pairs(texts, threshold)
    assert list(near_duplicate_pairs(texts[::-1], threshold=threshold)) == sorted(
        (len(texts) - 1 - j, len(texts) - 1 - i) for i, j in _brute_force_pairs(texts, threshold)
    )


# --------------------------------------------------------------------------- time


def _dated(seed_records: list[Record]) -> tuple[list[Record], list[Article]]:
    articles = list(factgen.load_articles(SEEDS))
    days = [date(2024, 5, d) for d in (1, 2, 3, 4)] + [None]  # the last article is undated
    dated = [a.model_copy(update={"published": d}) for a, d in zip(articles, days, strict=True)]
    return seed_records, dated


def test_by_time_orders_splits_by_date_and_drops_undated(seed_records: list[Record]) -> None:
    records, articles = _dated(seed_records)
    published = {a.id: a.published for a in articles}
    dd, report = split_records(records, seed=0, by="time", articles=articles)
    days = {name: {published[r["source"]["article_id"]] for r in rows} for name, rows in _rows(dd).items()}
    ordered = [days[name] for name in SPLIT_NAMES if name in days]
    for earlier, later in itertools.pairwise(ordered):
        assert max(d for d in earlier if d) < min(d for d in later if d)
    undated = sum(1 for r in records if r.source and published[r.source.article_id] is None)
    assert undated > 0
    assert report.dropped == {"splits.undated": undated}
    assert sum(report.sizes.values()) == len(records) - undated


def test_by_time_with_a_cutoff(seed_records: list[Record]) -> None:
    records, articles = _dated(seed_records)
    published = {a.id: a.published for a in articles}
    cutoff = date(2024, 5, 3)
    dd = split(records, seed=0, by="time", cutoff=cutoff, articles=articles)
    for name, rows in _rows(dd).items():
        for r in rows:
            day = published[r["source"]["article_id"]]
            assert day is not None
            assert (day < cutoff) == (name == "train")


def test_by_time_needs_dates(seed_records: list[Record]) -> None:
    with pytest.raises(ConfigError, match="no record has a dated source article"):
        split(seed_records, seed=0, by="time")


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"ratios": (0.5, 0.5)}, "ratios"),
        ({"ratios": (0.8, 0.3, -0.1)}, "ratios"),
        ({"ratios": (0.8, 0.1, 0.2)}, "ratios"),
        ({"by": "sentence"}, "by"),
        ({"cutoff": date(2024, 1, 1)}, "cutoff"),
        ({"max_imbalance": 0.5}, "max_imbalance"),
        ({"seed": -1}, "seed"),
    ],
)
def test_bad_options_are_config_errors(
    seed_records: list[Record], options: dict[str, Any], match: str
) -> None:
    with pytest.raises(ConfigError, match=match):
        split(seed_records, **{"seed": 0, **options})


def test_empty_splits_are_left_out(seed_records: list[Record]) -> None:
    dd = split(seed_records[:1], seed=0)
    assert list(dd) == ["train"]
    assert split([], seed=0) == datasets.DatasetDict()


# --------------------------------------------------------------------------- properties


@settings(max_examples=40, deadline=None)
@given(record_lists(), st.integers(0, 2**32), st.sampled_from(["group", "article"]))
def test_no_group_crosses_splits_and_ratios_hold(rows: list[Row], seed: int, by: str) -> None:
    dd, report = split_records(rows, seed=seed, by=by)  # type: ignore[arg-type]
    assert all(len(s) == 1 for s in _splits_of(dd, lambda r: r["group_id"]).values())
    if by == "article":
        by_article = _splits_of(dd, lambda r: r["source"]["article_id"] if r["source"] else None)
        assert all(len(s) == 1 for s in by_article.values())
    n = len(rows)
    assert sum(report.sizes.values()) == n
    for name, ratio in zip(SPLIT_NAMES, report.ratios, strict=True):
        assert abs(report.sizes[name] - ratio * n) <= report.largest_unit + 1e-9
    again, _ = split_records(rows, seed=seed, by=by)  # type: ignore[arg-type]
    assert _rows(again) == _rows(dd)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record_lists(max_size=8).filter(bool), st.integers(0, 100))
def test_load_dataset_round_trips_every_field(tmp_path: Path, rows: list[Row], seed: int) -> None:
    dd = split(rows, seed=seed)
    out = tmp_path / f"ds{seed}-{len(rows)}"
    write_dataset(dd, out)
    loaded = datasets.load_dataset(str(out), "records", cache_dir=str(tmp_path / "cache"))
    flat = datasets.load_dataset(str(out), cache_dir=str(tmp_path / "cache"))
    assert list(loaded) == list(flat) == list(dd)
    expected = dict(zip((r["id"] for r in rows), normalise_records(rows), strict=True))
    names = flat_features()["label"].names
    for name in dd:
        assert loaded[name].features == features()
        for row in _rows(loaded)[name]:
            assert row == expected[row["id"]]
        for row in flat[name]:  # the flat view loses nothing it promises
            assert {**row, "label": names[row["label"]]} == flat_row(expected[row["id"]])


# --------------------------------------------------------------------------- the command line


def test_cli_build_split_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ds"
    assert main(["build", "--out", str(out), "-q", "--split-by", "article", "--ratios", "0.6,0.2,0.2"]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["splits"]["by"] == "article"
    assert summary["splits"]["ratios"] == [0.6, 0.2, 0.2]
    assert sorted(p.name for p in (out / "data").iterdir()) == sorted(
        f"{name}-00000-of-00001.parquet" for name, n in summary["splits"]["sizes"].items() if n
    )
    assert main(["build", "--out", str(tmp_path / "t"), "-q", "--split-by", "time"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("factgen: ConfigError: by='time': no record has a dated source article")
    assert err.count("\n") == 1
    assert not (tmp_path / "t").exists()
    assert main(["build", "--out", str(tmp_path / "r"), "-q", "--ratios", "0.5,0.6,0.1"]) == 1
    assert "ratios" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["build", "--out", str(tmp_path / "u"), "--ratios", "0.5,0.5"])
    assert exc.value.code == 2


# --------------------------------------------------------------------------- by story (issue 16)


@settings(max_examples=40, deadline=None)
@given(record_lists(), st.integers(0, 2**32), st.data())
def test_by_story_keeps_every_story_and_the_articles_it_cites_in_one_split(
    rows: list[Row], seed: int, data: st.DataObject
) -> None:
    articles = sorted({r["source"]["article_id"] for r in rows if r["source"]})
    for row in rows:  # small pools, so that stories and cited articles are shared
        row["story_id"] = data.draw(st.none() | st.sampled_from(["s1", "s2", "s3"]))
        for ev in row["evidence"] if articles else []:
            ev["article_id"] = data.draw(st.sampled_from(articles))
    dd, report = split_records(rows, seed=seed, by="story")
    assert report.by == "story"
    assert sum(report.sizes.values()) == len(rows)
    for key in (
        lambda r: r["story_id"],
        lambda r: r["group_id"],
        lambda r: r["source"]["article_id"] if r["source"] else None,
    ):
        assert all(len(s) == 1 for s in _splits_of(dd, key).values())
    where = _splits_of(dd, lambda r: r["source"]["article_id"] if r["source"] else None)
    for split_name, split_rows in _rows(dd).items():
        for row in split_rows:  # evidence from another report sits with that report's own records
            assert all(where.get(ev["article_id"], {split_name}) == {split_name} for ev in row["evidence"])
    assert leakage(_rows(dd))["story"] == 0


def test_the_card_counts_records_whose_story_is_in_another_split() -> None:
    base: Row = {"group_id": "g", "source": None, "claim": "x", "evidence": []}
    rows = {
        "train": [{**base, "group_id": "g1", "claim": "one", "story_id": "s"}],
        "test": [
            {**base, "group_id": "g2", "claim": "two", "story_id": "s"},
            {**base, "group_id": "g3", "claim": "three", "story_id": None},
        ],
    }
    assert leakage(rows)["story"] == 2


def test_cli_build_by_story_reports_no_story_leak(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    assert main(["build", "--out", str(out), "-q", "--split-by", "story"]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["splits"]["by"] == "story"
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "| story (one event as several outlets report it) | 0 | 0 |" in card
    rows = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(r["story_id"] for r in rows)
