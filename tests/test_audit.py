"""`factgen audit`: a reproducible sheet of random records to tick by hand, and the tally of a ticked sheet."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factgen.audit import audit_sheet, tally, write_tally
from factgen.card.template import AUDIT_BEGIN, AUDIT_END
from factgen.cli import main
from factgen.errors import ConfigError, InputError
from factgen.pipeline import build

ENTRY = re.compile(r"^### \d+\. `([^`]+)` (\w+) \(rule `([^`]+)`\)$", re.MULTILINE)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("audit") / "dataset"
    build(None, out, seed=5, progress=False)
    return out


def _records(folder: Path) -> dict[str, dict[str, object]]:
    rows = [json.loads(x) for x in (folder / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    return {str(r["id"]): r for r in rows}


def test_the_sheet_is_reproducible_and_stratified(folder: Path) -> None:
    sheet = audit_sheet(folder, sample=9, seed=1)
    assert sheet == audit_sheet(folder, sample=9, seed=1)
    assert sheet != audit_sheet(folder, sample=9, seed=2)
    entries = ENTRY.findall(sheet)
    assert len(entries) == 9 == len({e[0] for e in entries})
    records = _records(folder)
    labels = [label for _, label, _ in entries]
    present = {r["verdict"]["label"] for r in records.values()}  # type: ignore[index]
    counts = [labels.count(x) for x in present]
    assert max(counts) - min(counts) <= 1  # equal shares while every label has records left
    for record_id, label, rule in entries:
        verdict = records[record_id]["verdict"]
        assert (verdict["label"], verdict["rule"]) == (label, rule)  # type: ignore[index]


def test_each_entry_shows_the_evidence_in_its_context(folder: Path) -> None:
    sheet = audit_sheet(folder, sample=4, seed=0)
    records = _records(folder)
    for block in sheet.split("\n### ")[1:]:
        record = records[block.split("`")[1]]
        assert "**Claim**" in block
        assert str(record["claim"]) in block
        for ev in record["evidence"]:  # type: ignore[attr-defined]
            assert f"**{' '.join(ev['text'].split())}**" in block  # the span in bold, inside its neighbours
        assert "- [ ] label right   - [ ] label wrong" in block


def test_a_ticked_sheet_is_tallied_by_rule_and_written_into_the_card(folder: Path, tmp_path: Path) -> None:
    sheet = audit_sheet(folder, sample=6, seed=3)
    blocks = sheet.split("\n### ")
    ticked = [blocks[0]]
    for i, block in enumerate(blocks[1:]):
        if i == 5:  # the last one stays unreviewed
            ticked.append(block)
            continue
        label = "[x] label right   - [ ] label wrong" if i % 2 == 0 else "[ ] label right   - [x] label wrong"
        done = block.replace("[ ] label right   - [ ] label wrong", label)
        ticked.append(done.replace("[ ] claim clean   - [ ] claim not clean", "[x] claim clean   - [ ] claim not clean"))  # fmt: skip
    path = tmp_path / "sheet.md"
    path.write_text("\n### ".join(ticked), encoding="utf-8")
    result = tally(path)
    assert result.total() == [5, 3, 5]
    assert result.unreviewed == 1
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "README.md").write_text((folder / "README.md").read_text(encoding="utf-8"), encoding="utf-8")
    write_tally(copy, result)
    assert json.loads((copy / "audit.json").read_text(encoding="utf-8"))["labels_right"] == 3
    card = (copy / "README.md").read_text(encoding="utf-8")
    inside = card.split(AUDIT_BEGIN, 1)[1].split(AUDIT_END, 1)[0]
    assert "A person read 5 random records" in inside
    assert "labels right 3/5 (60%)" in inside


def test_both_boxes_of_a_pair_is_an_error_naming_the_line(folder: Path, tmp_path: Path) -> None:
    sheet = audit_sheet(folder, sample=2, seed=0)
    bad = sheet.replace("[ ] label right   - [ ] label wrong", "[x] label right   - [x] label wrong", 1)
    path = tmp_path / "bad.md"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(
        InputError, match=rf"{re.escape(str(path))}:\d+: both 'label right' and 'label wrong'"
    ):
        tally(path)


def test_bad_sample_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="sample"):
        audit_sheet(tmp_path, sample=0)
    with pytest.raises(InputError, match="no records"):
        audit_sheet(tmp_path, sample=3)


def test_cli_writes_the_sheet_then_tallies_it(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "sheet.md"
    assert main(["audit", str(folder), "--sample", "3", "--seed", "2", "--out", str(sheet)]) == 0
    assert sheet.read_text(encoding="utf-8") == audit_sheet(folder, sample=3, seed=2)
    assert main(["audit", str(tmp_path), "--sample", "3"]) == 1
    assert "no records" in capsys.readouterr().err


def test_evidence_removal_is_shown_without_the_removed_sentence(folder: Path) -> None:
    """The sentence a `context.removed` record takes out of its evidence must not come back as context."""
    records = _records(folder)
    texts = {
        a["id"]: a["text"]
        for a in map(json.loads, (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    }
    removed = [r for r in records.values() if r["verdict"]["rule"] == "context.removed"]  # type: ignore[index]
    assert removed, "the seeds build makes evidence-removal records"
    sheet = audit_sheet(folder, sample=len(records), seed=0)
    for record in removed:
        block = sheet.split(f"`{record['id']}`", 1)[1].split("\n### ", 1)[0]
        source = record["source"]
        assert isinstance(source, dict)
        sentence = " ".join(texts[source["article_id"]][source["start"] : source["end"]].split())
        assert sentence not in block.split("**Evidence 1**", 1)[1]
