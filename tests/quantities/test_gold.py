"""The pinned quality floor: ``extract_quantities`` on the hand-annotated seeds never gets worse unnoticed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.quantities import gold


def test_gold_spans_are_exact_in_the_seed_files() -> None:
    for line in gold.GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = (gold.SEEDS / row["file"]).read_text(encoding="utf-8")
        assert text[row["start"] : row["end"]] == row["surface"]


def test_gold_file_is_the_pinned_one() -> None:
    assert gold.load_floors()["gold_sha256"] == gold.gold_sha256(), (
        "tests/data/gold_quantities.jsonl changed: re-pin with `python -m tests.quantities.gold --update`"
    )


def test_scores_are_at_or_above_every_pinned_floor() -> None:
    assert gold.below_floor(gold.score(), gold.load_floors()["floors"]) == []


def test_update_refuses_to_lower_a_floor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"gold_sha256": gold.gold_sha256(), "floors": {"money": {"recall": 1.01}}}))
    monkeypatch.setattr(gold, "FLOORS", floors)
    before = floors.read_text()
    assert gold.main(["--update"]) == 1
    assert floors.read_text() == before
    assert gold.main(["--update", "--allow-regression"]) == 0
    assert json.loads(floors.read_text())["floors"]["money"]["recall"] == 1.0


def test_a_changed_gold_file_fails_until_re_pinned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"gold_sha256": "0" * 64, "floors": {}}))
    monkeypatch.setattr(gold, "FLOORS", floors)
    assert gold.main([]) == 1
    assert gold.main(["--update"]) == 0
    assert gold.main([]) == 0
