"""`factgen build` / `generate`: the seeds become valid records whose labels follow from their rules, reproducibly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factgen
from factgen.cli import main
from factgen.errors import ArticleLoadError, ConfigError, RecordValidationError
from factgen.labels import interval_label
from factgen.models import Label, Record
from factgen.pipeline import SEEDS, _validated, build, generate, process_article
from factgen.quantities import extract_quantities
from factgen.validate import validate_file


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "dataset"
    build(None, out, seed=7, progress=False)
    return out


def _records(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def test_build_writes_a_valid_folder(seeds_build: Path) -> None:
    assert sorted(str(p.relative_to(seeds_build)) for p in seeds_build.rglob("*") if p.is_file()) == [
        ".factgen-build.json",
        "LICENSE.md",
        "README.md",
        "articles.jsonl",
        "data/test-00000-of-00001.parquet",
        "data/train-00000-of-00001.parquet",
        "data/validation-00000-of-00001.parquet",
        "label_balance.png",
        "record.schema.json",
        "records.jsonl",
        "records/test-00000-of-00001.parquet",
        "records/train-00000-of-00001.parquet",
        "records/validation-00000-of-00001.parquet",
        "rules.png",
        "summary.json",
    ]
    assert list(validate_file(seeds_build / "records.jsonl", articles=seeds_build / "articles.jsonl")) == []
    summary = json.loads((seeds_build / "summary.json").read_text(encoding="utf-8"))
    records = _records(seeds_build)
    assert summary["records"] == len(records)
    assert summary["articles"] == 5
    assert sum(summary["labels"].values()) == len(records)
    assert summary["drops"]["clean.caption"] >= 1
    assert summary["drops"]["claims.headline"] >= 1


def test_the_58_billion_sentence_and_its_variants(seeds_build: Path) -> None:
    records = _records(seeds_build)
    sentence = "The United States has so far provided $58 billion"
    family = [r for r in records if r["evidence"][0]["text"].startswith(sentence) and len(r["evidence"]) == 1]
    assert family
    assert {r["group_id"] for r in family} == {family[0]["group_id"]}
    assert all(
        r["claim"] != r["evidence"][0]["text"] for r in family
    )  # the verbatim copy gave way to renderings
    assert len({r["provenance"]["parent_id"] for r in family}) == 1
    labels = {r["verdict"]["label"] for r in family if r["verdict"]["rule"] == "quantity.interval"}
    assert labels == {"SUPPORTED", "REFUTED"}  # an exact figure: NOT_ENOUGH_INFO only by design, never here
    summary = json.loads((seeds_build / "summary.json").read_text(encoding="utf-8"))
    assert summary["drops"]["records.verbatim_copy"] >= 1


@pytest.mark.parametrize(
    ("prefix", "speaker", "quantity"),
    [
        ("While Lloyd Austin said he expects the conflict", "Lloyd Austin", ("$250 million", "USD")),
        ("Last week, during the 24th", "Lloyd Austin", ("57 countries", "country")),
        ("The White House has not changed its policy", "John Kirby", None),
        ("President Joe Biden has approved Ukraine", "Antony Blinken", None),
    ],
)
def test_seed_claims(seeds_build: Path, prefix: str, speaker: str, quantity: tuple[str, str] | None) -> None:
    records = _records(seeds_build)
    groups = {
        r["group_id"] for r in records if r["claim"].startswith(prefix)
    }  # the claim as made to stand alone
    group = [
        r
        for r in records
        if r["group_id"] in groups
        and not r["verdict"]["rule"].startswith(
            ("context.", "evidence.")
        )  # its own records, not its neighbours'
    ]
    assert {r["source"]["speaker"] for r in group} == {speaker}
    assert any(r["verdict"]["label"] == "SUPPORTED" for r in group)
    if quantity is not None:
        source = group[0]["evidence"][0]["text"]
        assert quantity in [(q.surface, q.unit) for q in extract_quantities(source)]


def test_kirbys_unchanged_policy_is_refuted_when_the_negation_is_dropped(seeds_build: Path) -> None:
    records = _records(seeds_build)
    flipped = next(r for r in records if r["claim"].startswith("The White House has changed its policy"))
    assert flipped["verdict"]["label"] == "REFUTED"
    assert flipped["provenance"]["rule"] == "polarity.unnegate"


def test_negation_is_no_cue_for_the_label(seeds_build: Path) -> None:
    records = _records(seeds_build)

    def negated(r: dict[str, Any]) -> bool:
        return " not " in r["claim"] or "n’t" in r["claim"] or "n't" in r["claim"]

    assert any(negated(r) and r["verdict"]["label"] == "SUPPORTED" for r in records)
    assert any(not negated(r) and r["verdict"]["label"] == "REFUTED" for r in records)
    assert any(negated(r) and r["verdict"]["label"] == "REFUTED" for r in records)


def _quantity_labels_follow_intervals(records: list[Record]) -> None:
    for record in records:
        if record.verdict.rule != "quantity.interval":
            continue
        evidence = extract_quantities(record.evidence[0].text)
        claim_q = next(q for q in record.quantities if q.surface not in record.evidence[0].text)
        evidence_q = next(q for q in evidence if q.unit == claim_q.unit and q.kind is claim_q.kind)
        assert record.verdict.label is interval_label(claim_q.interval.relation(evidence_q.interval)), (
            record.claim
        )


@settings(max_examples=5, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_any_seed_gives_exact_spans_and_rule_true_labels(seed: int) -> None:
    results = [process_article(a) for a in factgen.load_articles(SEEDS)]
    texts = {r.article.id: r.article.text for r in results}
    records = list(generate(factgen.load_articles(SEEDS), seed=seed))
    for record in records:
        assert record.source is not None
        source_text = texts[record.source.article_id][record.source.start : record.source.end]
        # a link across articles: another article's report is the evidence (after the claim's own span)
        if record.verdict.rule.startswith("evidence."):
            assert record.evidence[-1].article_id != record.source.article_id
        elif record.verdict.rule == "context.removed":  # the sentences around the source, without it
            assert all(source_text != ev.text for ev in record.evidence)
            assert record.verdict.label.value == "NOT_ENOUGH_INFO"
        else:
            assert source_text == record.evidence[0].text
        for ev in record.evidence:
            assert texts[ev.article_id][ev.start : ev.end] == ev.text
        for q in record.quantities:
            assert record.claim[q.start : q.end] == q.surface
    _quantity_labels_follow_intervals(records)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=10**6))
def test_same_seed_same_bytes(tmp_path: Path, seed: int) -> None:
    a, b = tmp_path / f"a{seed}", tmp_path / f"b{seed}"
    build(None, a, seed=seed, progress=False)
    build(None, b, seed=seed, progress=False)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert Path("data/train-00000-of-00001.parquet") in files  # the whole folder: parquet, card and chart too
    for name in files:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_the_seed_changes_the_choice_of_variants(tmp_path: Path) -> None:
    ids = [tuple(r.id for r in generate(factgen.load_articles(SEEDS), seed=s)) for s in range(4)]
    assert len(set(ids)) > 1


def test_one_bad_article_never_stops_the_others(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "The Ruritanian Transport Ministry said it had spent $12 million on new bridges in 2023.",
        encoding="utf-8",
    )
    (corpus / "bad.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 50)
    stats = build(corpus, tmp_path / "out", seed=1, progress=False)
    assert stats.articles == 1
    assert any("bad.txt" in w for w in stats.warnings)
    assert stats.records > 1


def test_nothing_is_half_written_when_a_record_is_invalid(tmp_path: Path) -> None:
    record = next(generate(factgen.load_articles(SEEDS), seed=0))
    kept: list[factgen.Record] = []
    with pytest.raises(RecordValidationError, match=r"evidence\[0\]\.text"):
        list(_validated([record], {record.evidence[0].article_id: "other text"}, kept))
    assert kept == []  # a record that fails never reaches the split


def test_bad_options_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="seed"):
        build(None, tmp_path / "x", seed=-1)
    with pytest.raises(ConfigError, match="unknown"):
        build(None, tmp_path / "x", rules=["quantity", "guess"])
    with pytest.raises(ArticleLoadError, match="no such corpus"):
        build(tmp_path / "missing", tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_cli_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--out", str(tmp_path / "ds"), "--seed", "3", "-q", "--keep-rejected"]) == 0
    assert (tmp_path / "ds" / "rejected.jsonl").read_text(encoding="utf-8").count("claims.") == 0
    rows = [
        json.loads(x) for x in (tmp_path / "ds" / "rejected.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert {r["stage"] for r in rows} == {"claims"}
    assert capsys.readouterr().err == ""
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("factgen: ArticleLoadError: ")
    assert err.count("\n") == 1


def test_no_entity_swap(tmp_path: Path) -> None:
    records = list(generate(factgen.load_articles(SEEDS), seed=0, rules={"quantity", "polarity"}))
    assert records
    assert all(r.verdict.rule != "entity.swap" for r in records)
    assert Label.REFUTED in {r.verdict.label for r in records}


def test_datasets_map_with_processes_gives_the_same_bytes(tmp_path: Path) -> None:
    """The per-article stages are picklable: Dataset.map(num_proc=2) and the plain loop agree byte for byte."""
    build(None, tmp_path / "loop", seed=5, progress=False)
    build(None, tmp_path / "map", seed=5, progress=False, num_proc=2)
    for name in ("records.jsonl", "articles.jsonl", "summary.json"):
        assert (tmp_path / "loop" / name).read_bytes() == (tmp_path / "map" / name).read_bytes(), name


def test_evidence_links_can_be_switched_off_and_their_threshold_set(tmp_path: Path) -> None:
    def links(records: list[Record]) -> set[tuple[str | None, str]]:
        return {
            (r.provenance.parent_id, r.evidence[-1].article_id)
            for r in records
            if r.verdict.rule.startswith("evidence.")
        }

    default = list(generate(factgen.load_articles(SEEDS), seed=0))
    off = list(generate(factgen.load_articles(SEEDS), seed=0, rules={"quantity", "polarity", "entity"}))
    strict = list(generate(factgen.load_articles(SEEDS), seed=0, link_threshold=0.6))
    assert links(default)
    assert not links(off)
    # switching links off changes nothing else, but a copy that links name as parent stays with them
    rest = [r for r in default if not r.verdict.rule.startswith(("evidence.", "extracted."))]
    assert rest == [r for r in off if not r.verdict.rule.startswith("extracted.")]
    assert links(strict) < links(default)  # a higher threshold keeps a strict subset of the links


def test_the_link_threshold_is_checked_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ConfigError, match=r"threshold: expected a number in \(0, 1\], got 1.5"):
        build(None, tmp_path / "x", link_threshold=1.5, progress=False)
    assert main(["build", "--out", str(tmp_path / "y"), "--link-threshold", "0", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("factgen: ConfigError: threshold: expected a number in (0, 1], got 0.0")
    assert err.count("\n") == 1
    assert not (tmp_path / "x").exists()
    assert not (tmp_path / "y").exists()
    assert main(["build", "--out", str(tmp_path / "z"), "--no-evidence-links", "-q"]) == 0
    summary = json.loads((tmp_path / "z" / "summary.json").read_text(encoding="utf-8"))
    assert "evidence" not in summary["rules_enabled"]
    assert summary["link_threshold"] is None
    assert not any(rule.startswith("evidence.") for rule in summary["rules"])


def test_a_sentence_repeated_in_an_article_is_one_claim() -> None:
    """Issue 14, item 9: an article of one sentence written 2,000 times costs what one copy costs."""
    sentence = "The Ruritanian Transport Ministry said it had spent $12 million on new bridges in 2023. "
    once = factgen.process_article(factgen.Article(id="once", text=sentence))
    many = factgen.process_article(factgen.Article(id="many", text=sentence * 2000))
    assert [c.claim for c in many.claims] == [c.claim for c in once.claims] != []
    assert many.drops["claims.repeated_sentence"] == 1999
    assert len(list(generate([factgen.Article(id="many", text=sentence * 2000)], seed=0))) == len(
        list(generate([factgen.Article(id="once", text=sentence)], seed=0))
    )


def test_a_person_is_swapped_only_for_someone_of_the_same_story() -> None:
    """Read on the dev corpus: "Economy Minister Donald Trump" (a US president swapped into Argentina's election)
    reads as absurd, not as a claim to check: the swap inventory is the story's people."""
    articles = [
        factgen.Article(
            id="ruritania",
            text="Finance Minister Anna Berg said on Monday that Ruritania spent $12 million on bridges in 2023.",
            published=date(2024, 3, 1),
        ),
        factgen.Article(
            id="freedonia",
            text="President Carlos Vidal said on Friday that Freedonia hired 4,000 teachers in 2022.",
            published=date(2021, 6, 1),
        ),
    ]
    records = list(generate(articles, seed=0))
    assert records
    for r in records:
        if r.verdict.rule == "entity.swap":
            other = (
                "Carlos Vidal" if r.source is not None and r.source.article_id == "ruritania" else "Anna Berg"
            )
            assert other not in r.claim


def test_later_reports_are_evidence_only_when_asked(tmp_path: Path) -> None:
    """The card says whether reports published after a claim's article were linked, and measures the result:
    none by default (AVeriTeC's cut-off), some with ``--later-evidence``."""
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "early", "published": "2024-08-01",
         "text": "Ireland's regulator fined Meta 1.2 billion euros over data transfers to the United States."},
        {"id": "late", "published": "2024-08-02",
         "text": "Meta was fined 1.2 billion euros by Ireland's regulator over data transfers to the United States."},
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(tmp_path / "until"), "-q"]) == 0
    assert main(["build", str(corpus), "--out", str(tmp_path / "all"), "--later-evidence", "-q"]) == 0
    until = json.loads((tmp_path / "until" / "summary.json").read_text(encoding="utf-8"))
    everything = json.loads((tmp_path / "all" / "summary.json").read_text(encoding="utf-8"))
    assert (until["later_evidence"], everything["later_evidence"]) == (False, True)
    assert until["drops"]["evidence.later_report"] == 1
    assert "evidence.later_report" not in everything["drops"]
    card = (tmp_path / "until" / "README.md").read_text(encoding="utf-8")
    assert "| other reports published after the claim | not linked (AVeriTeC's cut-off) |" in card
    assert "Evidence published after the claim's source article: 0 (0.0%)" in card
    card_all = (tmp_path / "all" / "README.md").read_text(encoding="utf-8")
    assert "| other reports published after the claim | linked too (`--later-evidence`) |" in card_all
    assert "Evidence published after the claim's source article: 0 " not in card_all
