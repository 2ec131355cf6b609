"""The Hub-ready folder, and publishing it.

:func:`write_dataset` writes, in a temporary sibling renamed into place::

    DIR/
      README.md                            the dataset card: Hub YAML header (configs, features) + the template's sections
      label_balance.png, rules.png         label shares per split; records by rule and label (deterministic PNGs)
      record.schema.json                   the record contract (JSON Schema 2020-12)
      data/{split}-00000-of-00001.parquet     config ``default``: the flat training view (top-level ``label``)
      records/{split}-00000-of-00001.parquet  config ``records``: the full nested records of the contract
      articles/train-00000-of-00001.parquet   config ``articles``: the cleaned texts, only with ``articles_license``

``factgen build`` adds ``records.jsonl``, ``articles.jsonl`` and ``summary.json`` to the same folder (the first two
stay local). ``datasets.load_dataset(DIR)`` loads the flat view offline, ``load_dataset(DIR, "records")`` the
records, each with the features written in the card.

:func:`publish` checks the folder locally (the card's YAML against the parquet files, every record against the
contract), then creates the dataset repository (private unless asked) and uploads exactly :func:`upload_list`
through ``huggingface_hub``. It fails fast with one :class:`~factgen.errors.PublishError` line when offline
(``HF_HUB_OFFLINE``), when the Hub cannot be reached, without a token, or when the server does not answer within
``timeout`` seconds (``huggingface_hub``'s shared client has no timeout of its own).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, Unpack

from factgen._io import atomic_dir, atomic_write
from factgen.card import CHART_FILE, RULES_CHART_FILE, SCHEMA_FILE, CardOptions, make_card
from factgen.card.template import DEFAULT_NAME, LICENSE_FILE, license_text
from factgen.errors import ConfigError, Problem, PublishError
from factgen.models import Record, schema_text
from factgen.splits import SPLIT_NAMES, features
from factgen.validate import validate_record
from factgen.views import (
    ARTICLES_CONFIG,
    CONFIG_DIRS,
    RECORDS_CONFIG,
    article_features,
    flat_features,
    flat_row,
    hub_configs,
)

__all__ = [
    "CARD_FILES",
    "check_folder",
    "plan_upload",
    "publish",
    "upload_list",
    "write_dataset",
    "write_dataset_files",
]

# Uploaded beside the data files of the configs the card declares. records.jsonl and articles.jsonl (the local
# copies, the latter under the publishers' copyright) and rejected.jsonl (a build diagnostic) stay local.
CARD_FILES: Final = ("README.md", CHART_FILE, RULES_CHART_FILE, SCHEMA_FILE, LICENSE_FILE, "summary.json")
_REPO_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*")


def _parquet_name(config: str, split: str) -> str:
    return f"{CONFIG_DIRS[config]}/{split}-00000-of-00001.parquet"


def write_dataset_files(
    dataset_dict: Mapping[str, Any], folder: Path, *, progress: bool = False, **options: Unpack[CardOptions]
) -> None:
    """Write the Hub files into an existing ``folder`` (each file atomically). :func:`write_dataset` wraps it.

    ``options`` are :func:`~factgen.card.make_card`'s (report, summary, rules, articles, pretty_name, license,
    license_name, license_link, language, articles_license, repo_id).
    """
    import datasets  # noqa: PLC0415

    configs = options.get("configs") or hub_configs(
        dataset_dict, articles=options.get("articles"), articles_license=options.get("articles_license")
    )
    options["configs"] = configs
    card = make_card(dataset_dict, **options)
    was_disabled = datasets.are_progress_bars_disabled()
    if not progress:
        datasets.disable_progress_bars()
    try:
        for config, splits in configs.items():
            for split, ds in splits.items():
                with atomic_write(folder / _parquet_name(config, split)) as f:
                    ds.to_parquet(f)
    finally:
        if not was_disabled:
            datasets.enable_progress_bars()
    for name, data in (
        (CHART_FILE, card.chart_png),
        (RULES_CHART_FILE, card.rules_png),
        (SCHEMA_FILE, schema_text(Record).encode()),
        ("README.md", card.readme.encode()),
    ):
        with atomic_write(folder / name) as f:
            f.write(data)
    if options.get("license", "other") == "other" and not options.get("license_link"):
        with atomic_write(folder / LICENSE_FILE) as f:
            f.write(
                license_text(
                    options.get("pretty_name", DEFAULT_NAME), list(options.get("articles") or ())
                ).encode()
            )


def write_dataset(
    dataset_dict: Mapping[str, Any],
    out_dir: str | Path,
    *,
    progress: bool = False,
    **options: Unpack[CardOptions],
) -> Path:
    """Write a ``DatasetDict`` of records as a Hub-ready folder (see the module doc); returns the folder.

    ``options`` are :func:`~factgen.card.make_card`'s. The folder is built in a temporary sibling and renamed
    into place; an existing folder is replaced.
    """
    out = Path(out_dir)
    with atomic_dir(out) as tmp:
        write_dataset_files(dataset_dict, tmp, progress=progress, **options)
    return out


# --------------------------------------------------------------------------- local checks before any upload


def _card_data(folder: Path) -> Any:
    """The card's metadata through ``huggingface_hub.DatasetCard.load``; a missing or broken card is an error."""
    from huggingface_hub import DatasetCard  # noqa: PLC0415

    readme = folder / "README.md"
    if not readme.is_file():
        raise PublishError(str(Problem(str(readme), None, "", "no dataset card: run `factgen build` first")))
    text = readme.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise PublishError(str(Problem(str(readme), 1, "", "expected a YAML header between '---' lines")))
    try:
        return DatasetCard.load(readme).data
    except ValueError as exc:  # huggingface_hub raises ValueError for YAML it cannot read
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PublishError(str(Problem(str(readme), None, "", f"invalid YAML header: {first}"))) from None


_EXPECTED: Final = {"default": flat_features, RECORDS_CONFIG: features, ARTICLES_CONFIG: article_features}


def _declared(data: Any) -> dict[str, dict[str, str]]:
    """config -> split -> data file pattern, as the card's ``configs`` declares them."""
    out: dict[str, dict[str, str]] = {}
    for config in data.to_dict().get("configs") or []:
        if isinstance(config, dict):
            files = config.get("data_files") or []
            out[str(config.get("config_name"))] = {
                f["split"]: f["path"] for f in files if isinstance(f, dict) and {"split", "path"} <= set(f)
            }
    return out


def upload_list(folder: str | Path) -> list[str]:
    """Exactly the files :func:`publish` uploads: the card's files that exist and each declared config's data."""
    root = Path(folder)
    files = {name for name in CARD_FILES if (root / name).is_file()}
    for splits in _declared(_card_data(root)).values():
        for pattern in splits.values():
            files.update(str(p.relative_to(root)) for p in root.glob(pattern) if p.is_file())
    return sorted(files)


def _check_config(
    root: Path, card: str, config: str, splits: Mapping[str, str], infos: Mapping[str, Any]
) -> tuple[list[Problem], dict[str, list[dict[str, Any]]]]:
    import datasets  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    problems: list[Problem] = []
    read: dict[str, list[dict[str, Any]]] = {}
    expected = _EXPECTED[config]()
    info = infos.get(config)
    if info is None or info.features != expected:
        problems.append(Problem(card, None, f"dataset_info.{config}.features", f"expected the features of the {config!r} config"))  # fmt: skip
    declared = (
        {} if info is None or info.splits is None else {s: v.num_examples for s, v in info.splits.items()}
    )
    for split, pattern in splits.items():
        matches = sorted(root.glob(pattern))
        if (config != ARTICLES_CONFIG and split not in SPLIT_NAMES) or len(matches) != 1:
            problems.append(Problem(card, None, f"configs.{config}.data_files.{split}", f"expected one file for {pattern!r}, found {len(matches)}"))  # fmt: skip
            continue
        shown = str(matches[0].relative_to(root))
        table = pq.read_table(matches[0])
        if datasets.Features.from_arrow_schema(table.schema) != expected:
            problems.append(Problem(shown, None, "", f"expected the features of the {config!r} config"))
        if declared.get(split) != table.num_rows:
            problems.append(Problem(card, None, f"dataset_info.{config}.splits.{split}", f"expected num_examples {table.num_rows}, got {declared.get(split)!r}"))  # fmt: skip
        read[split] = table.to_pylist() if config != ARTICLES_CONFIG else []
    return problems, read


def check_folder(folder: str | Path) -> list[Problem]:
    """Every reason not to upload ``folder``: card metadata vs data files, features vs the contract and the flat
    view, bad records, and a flat view that is not the records' (the same ids, claims and labels, row for row)."""
    from datasets.info import DatasetInfosDict  # noqa: PLC0415

    root = Path(folder)
    data = _card_data(root)
    card = str(root / "README.md")
    meta = data.to_dict()
    problems = [
        Problem(card, None, key, "missing from the YAML header")
        for key in ("license", "language", "task_categories", "pretty_name", "annotations_creators")
        if key not in meta
    ]
    if meta.get("license") == "other" and not meta.get("license_link"):
        problems.append(Problem(card, None, "license_link", "expected with license: other"))
    declared = _declared(data)
    for config in ("default", RECORDS_CONFIG):
        if not declared.get(config):
            problems.append(Problem(card, None, "configs", f"expected data_files for the {config!r} config"))
    if unknown := sorted(set(declared) - set(_EXPECTED)):
        problems.append(Problem(card, None, "configs", f"expected configs among {sorted(_EXPECTED)}, got {unknown}"))  # fmt: skip
    infos = DatasetInfosDict.from_dataset_card_data(data)
    read: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for config, splits in declared.items():
        if config in _EXPECTED:
            found, read[config] = _check_config(root, card, config, splits, infos)
            problems += found
    names = features()["verdict"]["label"].names
    for split, rows in read.get(RECORDS_CONFIG, {}).items():
        shown = _parquet_name(RECORDS_CONFIG, split)
        for i, row in enumerate(rows):
            row["verdict"]["label"] = names[row["verdict"]["label"]]
            problems.extend(validate_record(row, file=shown, line=i + 1))
        flat = read.get("default", {}).get(split)
        if flat is not None and [flat_row(r) for r in rows] != [
            {**f, "label": names[f["label"]]} for f in flat
        ]:
            problems.append(Problem(_parquet_name("default", split), None, "", f"expected the flat view of {shown}"))  # fmt: skip
    return problems


# --------------------------------------------------------------------------- the network edge


@contextmanager
def _client_timeout(seconds: float) -> Iterator[None]:
    """``huggingface_hub``'s shared HTTP client (the public ``get_session()``) with a timeout for the duration of
    the block, then its own timeout back. Not thread-safe with other ``huggingface_hub`` users in the process."""
    import httpx2  # noqa: PLC0415
    from huggingface_hub import get_session  # noqa: PLC0415

    client = get_session()
    previous = client.timeout
    client.timeout = httpx2.Timeout(seconds)
    try:
        yield
    finally:
        client.timeout = previous


def _cannot(repo_id: str, why: str) -> PublishError:
    return PublishError(f"cannot publish {repo_id}: {why}")


def plan_upload(folder: str | Path, repo_id: str) -> list[str]:
    """What :func:`publish` would upload (``factgen publish --dry-run``), after the same local checks; no network.

    Raises :class:`~factgen.errors.ConfigError` for a malformed ``repo_id`` and
    :class:`~factgen.errors.PublishError` for a folder that is missing or not publishable.
    """
    if not _REPO_ID.fullmatch(repo_id):
        msg = f"repo_id: expected ORG/NAME (letters, digits, '-', '_', '.'), got {repo_id!r}"
        raise ConfigError(msg)
    root = Path(folder)
    if not root.is_dir():
        raise _cannot(repo_id, f"no such folder: {str(root)!r}")
    problems = check_folder(root)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise _cannot(repo_id, f"the folder is not publishable: {problems[0]}{more}")
    return upload_list(root)


def publish(
    folder: str | Path,
    repo_id: str,
    *,
    private: bool = True,
    token: str | None = None,
    api: Any = None,
    timeout: float = 30.0,
    message: str = "Upload factgen dataset",
) -> str:
    """Check ``folder`` locally, then create the dataset repo ``repo_id`` and upload the folder; returns the URL.

    ``api`` is an ``huggingface_hub.HfApi`` (made from ``token`` when None; a test passes an autospec'd one).
    Raises :class:`~factgen.errors.PublishError` (one line naming the cause) on a bad folder, offline mode, no
    token, an unreachable Hub, a silent server (after ``timeout`` seconds) or a refusal by the Hub.
    """
    import httpx2  # noqa: PLC0415
    from huggingface_hub import HfApi, constants, get_token  # noqa: PLC0415
    from huggingface_hub.errors import HfHubHTTPError  # noqa: PLC0415

    if not timeout > 0:
        msg = f"timeout: expected a positive number of seconds, got {timeout!r}"
        raise ConfigError(msg)
    root = Path(folder)
    files = plan_upload(root, repo_id)
    if constants.HF_HUB_OFFLINE:
        raise _cannot(repo_id, "offline mode is on (HF_HUB_OFFLINE=1); unset it to publish")
    if api is None:
        token = token or get_token()
        if not token:
            raise _cannot(repo_id, "no Hugging Face token: pass --token, set HF_TOKEN or run `hf auth login`")
        api = HfApi(token=token)
    endpoint = getattr(api, "endpoint", None) or constants.ENDPOINT
    try:
        with _client_timeout(timeout):
            api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
            info = api.upload_folder(
                repo_id=repo_id,
                folder_path=str(root),
                repo_type="dataset",
                commit_message=message,
                allow_patterns=files,
            )
    except httpx2.TimeoutException:
        raise _cannot(repo_id, f"{endpoint} did not answer within {timeout:g} s") from None
    except HfHubHTTPError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _cannot(repo_id, f"the Hub refused: {first}") from None
    except (OSError, httpx2.HTTPError) as exc:  # OfflineModeIsEnabled is an OSError; ConnectError is not
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise _cannot(
            repo_id, f"cannot reach {endpoint}: {type(exc).__name__}{': ' + first if first else ''}"
        ) from None
    return str(getattr(info, "commit_url", None) or f"{endpoint}/datasets/{repo_id}")
