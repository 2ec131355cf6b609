"""The Hub-ready folder, and publishing it.

:func:`write_dataset` writes, in a temporary sibling renamed into place::

    DIR/
      README.md                          the dataset card: Hub YAML header + measurements (factgen.card)
      label_balance.png                  labels per split (deterministic PNG bytes)
      record.schema.json                 the record contract (JSON Schema 2020-12)
      data/train-00000-of-00001.parquet  one file per non-empty split, explicit features, deterministic bytes
      data/validation-00000-of-00001.parquet
      data/test-00000-of-00001.parquet

``factgen build`` adds ``records.jsonl``, ``articles.jsonl`` and ``summary.json`` to the same folder.
``datasets.load_dataset(DIR)`` loads it offline with the same features.

:func:`publish` checks the folder locally (every record against the contract, the card's YAML against the
parquet files), then creates the dataset repository (private unless asked) and uploads the folder through
``huggingface_hub``. It fails fast with one :class:`~factgen.errors.PublishError` line when offline
(``HF_HUB_OFFLINE``), when the Hub cannot be reached, without a token, or when the server does not answer within
``timeout`` seconds (``huggingface_hub`` waits forever by default: its client has no timeout).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, Unpack

from factgen._io import atomic_dir, atomic_write
from factgen.card import CHART_FILE, SCHEMA_FILE, CardOptions, make_card
from factgen.errors import ConfigError, Problem, PublishError
from factgen.models import Record, schema_text
from factgen.splits import SPLIT_NAMES, features
from factgen.validate import validate_record

__all__ = ["UPLOADED_FILES", "check_folder", "publish", "write_dataset", "write_dataset_files"]

# What goes to the Hub: the card, its chart, the contract, the data, and the texts every span points into.
# records.jsonl is the parquet data again, and rejected.jsonl is a build diagnostic: both stay local.
UPLOADED_FILES: Final = [
    "README.md",
    CHART_FILE,
    SCHEMA_FILE,
    "data/*.parquet",
    "articles.jsonl",
    "summary.json",
]
_REPO_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*")


def _parquet_name(split: str) -> str:
    return f"data/{split}-00000-of-00001.parquet"


def write_dataset_files(
    dataset_dict: Mapping[str, Any], folder: Path, *, progress: bool = False, **options: Unpack[CardOptions]
) -> None:
    """Write the Hub files into an existing ``folder`` (each file atomically). :func:`write_dataset` wraps it.

    ``options`` are :func:`~factgen.card.make_card`'s (report, summary, rules, articles, pretty_name,
    license, language, repo_id).
    """
    import datasets  # noqa: PLC0415

    card = make_card(dataset_dict, **options)
    was_disabled = datasets.are_progress_bars_disabled()
    if not progress:
        datasets.disable_progress_bars()
    try:
        for split, ds in dataset_dict.items():
            with atomic_write(folder / _parquet_name(split)) as f:
                ds.to_parquet(f)
    finally:
        if not was_disabled:
            datasets.enable_progress_bars()
    with atomic_write(folder / CHART_FILE) as f:
        f.write(card.chart_png)
    with atomic_write(folder / SCHEMA_FILE) as f:
        f.write(schema_text(Record).encode())
    with atomic_write(folder / "README.md") as f:
        f.write(card.readme.encode())


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


def _card_header(folder: Path) -> dict[str, Any]:
    import yaml  # noqa: PLC0415

    readme = folder / "README.md"
    if not readme.is_file():
        raise PublishError(str(Problem(str(readme), None, "", "no dataset card: run `factgen build` first")))
    text = readme.read_text(encoding="utf-8")
    head, sep, _ = text.removeprefix("---\n").partition("\n---\n")
    if not text.startswith("---\n") or not sep:
        raise PublishError(str(Problem(str(readme), 1, "", "expected a YAML header between '---' lines")))
    try:
        meta = yaml.safe_load(head)
    except yaml.YAMLError as exc:
        raise PublishError(str(Problem(str(readme), None, "", f"invalid YAML header: {exc}"))) from None
    if not isinstance(meta, dict):
        raise PublishError(str(Problem(str(readme), 1, "", "expected a YAML mapping in the header")))
    return meta


def _parquet_rows(path: Path) -> tuple[Any, list[dict[str, Any]]]:
    import datasets  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    table = pq.read_table(path)
    feats = datasets.Features.from_arrow_schema(table.schema)
    rows = table.to_pylist()
    names = features()["verdict"]["label"].names
    for row in rows:
        label = row.get("verdict", {}).get("label") if isinstance(row.get("verdict"), dict) else None
        if isinstance(label, int) and 0 <= label < len(names):
            row["verdict"]["label"] = names[label]
    return feats, rows


def check_folder(folder: str | Path) -> list[Problem]:
    """Every reason not to upload ``folder``: card header vs data files, features vs the contract, bad records."""
    import datasets  # noqa: PLC0415

    root = Path(folder)
    meta = _card_header(root)
    problems: list[Problem] = []
    card = str(root / "README.md")
    expected = features()._to_yaml_list()
    info = meta.get("dataset_info") or {}
    if info.get("features") != expected:
        problems.append(
            Problem(card, None, "dataset_info.features", "expected the features of the record contract")
        )
    declared = {s["name"]: s.get("num_examples") for s in info.get("splits", []) if isinstance(s, dict)}
    configs = meta.get("configs") or [{}]
    files = {f["split"]: f["path"] for f in configs[0].get("data_files", []) if isinstance(f, dict)}
    for key in ("license", "task_categories", "task_ids", "pretty_name"):
        if key not in meta:
            problems.append(Problem(card, None, key, "missing from the YAML header"))
    if not files:
        problems.append(Problem(card, None, "configs", "expected data_files for at least one split"))
    for split, pattern in files.items():
        matches = sorted(root.glob(pattern))
        if split not in SPLIT_NAMES or len(matches) != 1:
            problems.append(Problem(card, None, f"configs.data_files.{split}", f"expected one file for {pattern!r}, found {len(matches)}"))  # fmt: skip
            continue
        shown = str(matches[0].relative_to(root))
        feats, rows = _parquet_rows(matches[0])
        if feats != datasets.Features._from_yaml_list(expected):
            problems.append(Problem(shown, None, "", "expected the features of the record contract"))
        if declared.get(split) != len(rows):
            problems.append(Problem(card, None, f"dataset_info.splits.{split}", f"expected num_examples {len(rows)}, got {declared.get(split)!r}"))  # fmt: skip
        for i, row in enumerate(rows):
            problems.extend(validate_record(row, file=shown, line=i + 1))
    return problems


# --------------------------------------------------------------------------- the network edge


@contextmanager
def _client_timeout(seconds: float) -> Iterator[None]:
    """``huggingface_hub``'s shared HTTP client with a timeout, for the duration of the block; then restored.

    Wraps whatever client factory is installed (so its hooks, proxies and the offline check stay), and puts
    it back afterwards. Not thread-safe with other ``huggingface_hub`` users in the same process.
    """
    import httpx2  # noqa: PLC0415
    import huggingface_hub  # noqa: PLC0415
    from huggingface_hub.utils import _http  # noqa: PLC0415  (the installed factory has no public getter)

    previous = getattr(_http, "_GLOBAL_CLIENT_FACTORY", _http.default_client_factory)

    def factory() -> Any:
        client = previous()
        client.timeout = httpx2.Timeout(seconds)
        return client

    huggingface_hub.set_client_factory(factory)
    try:
        yield
    finally:
        huggingface_hub.set_client_factory(previous)


def _cannot(repo_id: str, why: str) -> PublishError:
    return PublishError(f"cannot publish {repo_id}: {why}")


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

    if not _REPO_ID.fullmatch(repo_id):
        msg = f"repo_id: expected ORG/NAME (letters, digits, '-', '_', '.'), got {repo_id!r}"
        raise ConfigError(msg)
    if not timeout > 0:
        msg = f"timeout: expected a positive number of seconds, got {timeout!r}"
        raise ConfigError(msg)
    root = Path(folder)
    if not root.is_dir():
        raise _cannot(repo_id, f"no such folder: {str(root)!r}")
    problems = check_folder(root)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise _cannot(repo_id, f"the folder is not publishable: {problems[0]}{more}")
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
                allow_patterns=UPLOADED_FILES,
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
