"""The built folder as a Hugging Face user meets it: everyday ``datasets`` calls on the flat view, the records
config, the card through ``huggingface_hub``, the card options, and no private API of either library."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import datasets
import pytest
from datasets.info import DatasetInfosDict
from huggingface_hub import DatasetCard, DatasetCardData

from factgen.card.template import CardMeta
from factgen.cli import main
from factgen.errors import ConfigError
from factgen.models import Label
from factgen.pipeline import build
from factgen.splits import features
from factgen.views import FLAT_COLUMNS, flat_features

PACKAGE = Path(__file__).resolve().parent.parent / "factgen"
TEMPLATE_SECTIONS = (
    "## Dataset Details",
    "### Dataset Description",
    "### Dataset Sources",
    "## Uses",
    "### Direct Use",
    "### Out-of-Scope Use",
    "## Dataset Structure",
    "## Dataset Creation",
    "### Curation Rationale",
    "### Source Data",
    "#### Data Collection and Processing",
    "#### Who are the source data producers?",
    "### Annotations",
    "#### Annotation process",
    "#### Who are the annotators?",
    "#### Personal and Sensitive Information",
    "## Bias, Risks, and Limitations",
    "### Recommendations",
    "## Citation",
    "## More Information",
    "## Dataset Card Contact",
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hub") / "dataset"
    build(None, out, seed=3, progress=False)
    return out


@pytest.fixture(scope="module")
def flat(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> datasets.DatasetDict:
    return datasets.load_dataset(str(folder), cache_dir=str(tmp_path_factory.mktemp("cache")))


# --------------------------------------------------------------------------- what a researcher does first


def test_the_label_is_a_top_level_class_label(flat: datasets.DatasetDict) -> None:
    assert list(flat["train"].features) == list(FLAT_COLUMNS)
    assert flat["train"].features["label"].names == [label.value for label in Label]


def test_a_stratified_resplit_works_out_of_the_box(flat: datasets.DatasetDict) -> None:
    parts = flat["train"].train_test_split(test_size=0.25, stratify_by_column="label", seed=0)
    assert len(parts["train"]) + len(parts["test"]) == len(flat["train"])
    assert set(parts["test"]["label"]) <= set(flat["train"]["label"])


def test_filter_select_columns_and_pandas(flat: datasets.DatasetDict) -> None:
    refuted = flat["train"].filter(lambda row: row["label"] == list(Label).index(Label.REFUTED))
    assert len(refuted) > 0
    assert all(label == 1 for label in refuted["label"])
    frame = flat["train"].select_columns(["claim", "evidence", "label"]).to_pandas()
    assert list(frame.columns) == ["claim", "evidence", "label"]
    assert frame["claim"].map(type).eq(str).all()
    assert frame["evidence"].map(type).eq(str).all()  # flat strings, not dicts or arrays of dicts
    assert str(frame["label"].dtype) == "int64"


def test_align_labels_with_mapping(flat: datasets.DatasetDict) -> None:
    mapping = {"SUPPORTED": 1, "REFUTED": 0, "NOT_ENOUGH_INFO": 2, "CONFLICTING": 3}
    aligned = flat["train"].align_labels_with_mapping(mapping, "label")
    names = flat["train"].features["label"].names
    before = [names[i] for i in flat["train"]["label"]]
    after = [aligned.features["label"].names[i] for i in aligned["label"]]
    assert before == after


def test_the_records_config_holds_the_full_contract(folder: Path, tmp_path: Path) -> None:
    records = datasets.load_dataset(str(folder), "records", cache_dir=str(tmp_path))
    for ds in records.values():
        assert ds.features == features()
    first = records["train"][0]
    assert set(first) >= {
        "quantities",
        "evidence",
        "verdict",
        "provenance",
        "source",
        "claim_date",
        "story_id",
    }


# --------------------------------------------------------------------------- the card, through huggingface_hub


def test_the_card_loads_and_its_metadata_round_trips(folder: Path) -> None:
    card = DatasetCard.load(folder / "README.md")
    data = card.data
    meta: dict[str, Any] = data.to_dict()
    again = DatasetCardData(**meta)
    assert again.to_dict() == meta  # type: ignore[no-untyped-call]
    for key in (
        "annotations_creators",
        "language_creators",
        "source_datasets",
        "multilinguality",
        "license_link",
    ):
        assert meta[key], key
    infos = DatasetInfosDict.from_dataset_card_data(data)
    assert infos["default"].features == flat_features()
    assert infos["records"].features == features()


def test_the_card_has_every_template_section_in_order(folder: Path) -> None:
    text = (folder / "README.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if re.match(r"#{2,4} ", line)]
    positions = [headings.index(h) for h in TEMPLATE_SECTIONS]
    assert positions == sorted(positions)
    sensitive = text.split("#### Personal and Sensitive Information", 1)[1].split("\n## ", 1)[0]
    assert "must not be shown as facts" in sensitive
    assert "--no-entity-swap" in sensitive


def test_the_example_shows_what_the_dataset_returns(folder: Path, flat: datasets.DatasetDict) -> None:
    text = (folder / "README.md").read_text(encoding="utf-8")
    shown = text.split("### Example", 1)[1]
    first = flat["train"][0]
    assert f'"label": {first["label"]},' in shown  # an index, as ds["train"][0] gives it, not a name
    assert f'"id": "{first["id"]}"' in shown


def test_card_options_reach_the_card(tmp_path: Path) -> None:
    out = tmp_path / "named"
    build(
        None,
        out,
        seed=0,
        progress=False,
        name="Ukraine strikes claims",
        license="cc-by-4.0",
        language=("en", "uk"),
    )
    meta = DatasetCard.load(out / "README.md").data.to_dict()
    assert meta["pretty_name"] == "Ukraine strikes claims"
    assert meta["license"] == "cc-by-4.0"
    assert meta["language"] == ["en", "uk"]
    assert meta["multilinguality"] == ["multilingual"]
    assert not (out / "LICENSE.md").exists()  # a named licence needs no explanation file


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("license", "CC BY 4.0"),
        ("language", ("english",)),
        ("pretty_name", " "),
        ("articles_license", "Free!"),
    ],
)
def test_bad_card_options_are_config_errors(option: str, value: object) -> None:
    with pytest.raises(ConfigError, match=option.removeprefix("pretty_")):
        CardMeta(**{option: value})  # type: ignore[arg-type]


def test_cli_bad_licence_is_one_line_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "never"
    assert main(["build", "--out", str(out), "-q", "--license", "CC BY"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("factgen: ConfigError: license: expected a Hub licence id")
    assert err.count("\n") == 1
    assert not out.exists()


# --------------------------------------------------------------------------- public APIs only


def _private_uses(path: Path) -> list[str]:
    """``x._name`` attribute reads and ``from m import _name`` / ``import m._private`` of datasets, pyarrow's
    exempt, huggingface_hub, in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.split(".")[0] in {"datasets", "huggingface_hub"}
        ):
            if any(part.startswith("_") for part in node.module.split(".")) or any(a.name.startswith("_") for a in node.names):  # fmt: skip
                found.append(f"{path.name}:{node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in {
                "datasets",
                "huggingface_hub",
                "_http",
                "info",
                "features",
            }:
                found.append(f"{path.name}:{node.lineno}: {base.id}...{node.attr}")
            elif node.attr in {"_to_yaml_dict", "_to_yaml_list", "_from_yaml_list", "_from_yaml_dict", "_GLOBAL_CLIENT_FACTORY"}:  # fmt: skip
                found.append(f"{path.name}:{node.lineno}: .{node.attr}")
    return found


def test_no_private_api_of_datasets_or_huggingface_hub_is_used() -> None:
    uses = [use for path in sorted(PACKAGE.rglob("*.py")) for use in _private_uses(path)]
    assert uses == []


def test_the_private_api_check_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from huggingface_hub.utils import _http\nimport datasets\nx = info._to_yaml_dict()\n",
        encoding="utf-8",
    )
    assert len(_private_uses(bad)) == 2
