"""`write_dataset` and `publish`, up to the network boundary: no test reaches the network.

The Hub is replaced by an autospec'd ``HfApi`` (records the exact calls, rejects wrong arguments), by loopback
servers on 127.0.0.1 (one that never answers, one that refuses, a closed port), or by offline mode.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from unittest import mock

import huggingface_hub
import pytest
from huggingface_hub import HfApi, constants
from huggingface_hub.errors import OfflineModeIsEnabled

import factgen
from factgen.cli import main
from factgen.errors import ConfigError, PublishError
from factgen.pipeline import SEEDS, build, generate
from factgen.publish import check_folder, plan_upload, publish, upload_list, write_dataset
from factgen.splits import split

FAKE_TOKEN = "hf_fake"  # noqa: S105  (not a secret: no test reaches the Hub)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("publish") / "dataset"
    build(None, out, seed=1, progress=False)
    return out


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline mode off (tests run with HF_HUB_OFFLINE=1): only loopback servers or mocks are ever reached."""
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server on 127.0.0.1 that accepts connections and never answers; stops with the test (bounded)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        deadline = time.monotonic() + 30
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        server.close()


class _Forbidden(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = b'{"error": "You don\'t have the rights to create a dataset under the namespace \\"org\\""}'
        self.send_response(403)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def refusing_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Forbidden)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- the folder


def test_write_dataset_writes_the_hub_layout(tmp_path: Path) -> None:
    records = list(generate(factgen.load_articles(SEEDS), seed=0))
    out = write_dataset(split(records, seed=0), tmp_path / "hub")
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == [
        "LICENSE.md",  # no licence was given: what is known of the rights, stated plainly
        "README.md",
        "data/test-00000-of-00001.parquet",
        "data/train-00000-of-00001.parquet",
        "data/validation-00000-of-00001.parquet",
        "label_balance.png",
        "record.schema.json",
        "records/test-00000-of-00001.parquet",
        "records/train-00000-of-00001.parquet",
        "records/validation-00000-of-00001.parquet",
        "rules.png",
    ]
    assert (out / "record.schema.json").read_text(encoding="utf-8") == (SEEDS.parent / "schemas" / "record.schema.json").read_text(encoding="utf-8")  # fmt: skip
    assert check_folder(out) == []
    assert [p.name for p in tmp_path.iterdir()] == ["hub"]  # no temporary sibling left behind


def test_write_dataset_gives_the_same_bytes(tmp_path: Path) -> None:
    records = list(generate(factgen.load_articles(SEEDS), seed=2))
    a = write_dataset(split(records, seed=2), tmp_path / "a")
    b = write_dataset(split(records, seed=2), tmp_path / "b")
    for path in sorted(a.rglob("*")):
        if path.is_file():
            assert path.read_bytes() == (b / path.relative_to(a)).read_bytes(), path.name


def test_a_card_that_disagrees_with_the_data_is_not_publishable(folder: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    write_dataset(split(list(generate(factgen.load_articles(SEEDS), seed=1)), seed=1), bad)
    readme = bad / "README.md"
    text = readme.read_text(encoding="utf-8")
    readme.write_text(text.replace("dtype: int64", "dtype: float64", 1), encoding="utf-8")
    assert any(p.field == "dataset_info.records.features" for p in check_folder(bad))
    readme.write_text(text.replace("num_examples: ", "num_examples: 1", 1), encoding="utf-8")
    assert any(p.field == "dataset_info.default.splits.train" for p in check_folder(bad))
    api = mock.create_autospec(HfApi, instance=True)
    with pytest.raises(PublishError, match=r"not publishable: .*num_examples"):
        publish(bad, "org/x", api=api)
    api.create_repo.assert_not_called()
    api.upload_folder.assert_not_called()
    readme.unlink()
    with pytest.raises(PublishError, match="no dataset card"):
        publish(bad, "org/x", api=api)


# --------------------------------------------------------------------------- publish through an autospec'd HfApi


@pytest.mark.usefixtures("online")
def test_publish_makes_a_private_dataset_repo_then_uploads(folder: Path) -> None:
    api = mock.create_autospec(HfApi, instance=True)
    api.upload_folder.return_value.commit_url = "https://huggingface.co/datasets/org/x/commit/abc"
    url = publish(folder, "org/x", api=api)
    api.create_repo.assert_called_once_with("org/x", repo_type="dataset", private=True, exist_ok=True)
    api.upload_folder.assert_called_once_with(
        repo_id="org/x",
        folder_path=str(folder),
        repo_type="dataset",
        commit_message="Upload factgen dataset",
        allow_patterns=upload_list(folder),
    )
    assert url == "https://huggingface.co/datasets/org/x/commit/abc"
    assert [c[0] for c in api.method_calls] == ["create_repo", "upload_folder"]


@pytest.mark.usefixtures("online")
def test_public_on_request(folder: Path) -> None:
    api = mock.create_autospec(HfApi, instance=True)
    publish(folder, "org/x", api=api, private=False)
    api.create_repo.assert_called_once_with("org/x", repo_type="dataset", private=False, exist_ok=True)


def test_the_upload_list_is_the_card_and_the_declared_configs_data(folder: Path) -> None:
    files = upload_list(folder)
    assert all((folder / name).is_file() for name in files)
    assert {"README.md", "label_balance.png", "rules.png", "record.schema.json", "summary.json"} <= set(files)
    assert {f.split("/")[0] for f in files if f.endswith(".parquet")} == {"data", "records"}
    # the local copies stay local; the article texts too, without a licence that allows them
    assert not {"records.jsonl", "articles.jsonl"} & set(files)
    assert not any(f.startswith("articles/") for f in files)


def test_the_article_texts_are_uploaded_only_under_a_declared_licence(tmp_path: Path) -> None:
    out = tmp_path / "licensed"
    build(None, out, seed=1, progress=False, articles_license="cc-by-4.0")
    files = plan_upload(out, "org/x")
    assert "articles/train-00000-of-00001.parquet" in files
    assert check_folder(out) == []


def test_cli_dry_run_lists_exactly_what_publish_would_send(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)  # a dry run needs no network and no token
    assert main(["publish", str(folder), "--repo-id", "org/x", "--dry-run"]) == 0
    out, err = capsys.readouterr()
    listed = [line.split("\t")[0] for line in out.splitlines()]
    assert listed == upload_list(folder)
    assert f"would upload {len(listed)} files" in err
    assert "nothing was sent" in err


def test_bad_repo_ids_are_config_errors(folder: Path) -> None:
    for repo_id in ("noslash", "org/", "/name", "org/na me", "a/b/c"):
        with pytest.raises(ConfigError, match="repo_id"):
            publish(folder, repo_id, api=mock.create_autospec(HfApi, instance=True))


# --------------------------------------------------------------------------- failing fast and clearly


def test_offline_mode_fails_fast(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    started = time.monotonic()
    with pytest.raises(PublishError, match=r"cannot publish org/x: offline mode is on \(HF_HUB_OFFLINE=1\)"):
        publish(folder, "org/x", token=FAKE_TOKEN)
    assert time.monotonic() - started < 5


@pytest.mark.usefixtures("online")
def test_offline_mode_raised_by_the_hub_library_is_a_publish_error(folder: Path) -> None:
    api = mock.create_autospec(HfApi, instance=True)
    api.create_repo.side_effect = OfflineModeIsEnabled(
        "Cannot reach https://huggingface.co: offline mode is enabled."
    )
    with pytest.raises(PublishError, match=r"cannot reach .*: OfflineModeIsEnabled: Cannot reach"):
        publish(folder, "org/x", api=api)
    api.upload_folder.assert_not_called()


@pytest.mark.usefixtures("online")
def test_no_token_fails_before_any_request(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(huggingface_hub, "get_token", lambda: None)
    with pytest.raises(PublishError, match="no Hugging Face token"):
        publish(folder, "org/x")


@pytest.mark.usefixtures("online")
def test_a_silent_server_times_out_and_the_client_is_restored(folder: Path, silent_server: str) -> None:
    before = huggingface_hub.get_session().timeout
    api = HfApi(endpoint=silent_server, token=FAKE_TOKEN)
    started = time.monotonic()
    with pytest.raises(PublishError, match=rf"{silent_server} did not answer within 0.5 s"):
        publish(folder, "org/x", api=api, timeout=0.5)
    assert time.monotonic() - started < 10
    assert huggingface_hub.get_session().timeout == before


@pytest.mark.usefixtures("online")
def test_no_route_is_one_clear_error(folder: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed when the block ends: connections are refused
    api = HfApi(endpoint=f"http://127.0.0.1:{port}", token=FAKE_TOKEN)
    with pytest.raises(PublishError, match=r"cannot reach http://127\.0\.0\.1:\d+: ConnectError"):
        publish(folder, "org/x", api=api, timeout=5)


@pytest.mark.usefixtures("online")
def test_a_refusal_by_the_hub_is_named(folder: Path, refusing_server: str) -> None:
    api = HfApi(endpoint=refusing_server, token=FAKE_TOKEN)
    with pytest.raises(PublishError, match=r"the Hub refused: .*403"):
        publish(folder, "org/x", api=api, timeout=5)


def test_cli_publish_offline_is_one_line_and_exit_1(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    assert main(["publish", str(folder), "--repo-id", "org/x", "--token", FAKE_TOKEN]) == 1
    err = capsys.readouterr().err
    assert err.startswith("factgen: PublishError: cannot publish org/x: offline mode is on")
    assert err.count("\n") == 1


def test_cli_publish_usage_errors_exit_2(folder: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["publish", str(folder)])  # no --repo-id
    assert exc.value.code == 2


@pytest.mark.usefixtures("online")
def test_cli_publish_uploads(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api = mock.create_autospec(HfApi, instance=True)
    monkeypatch.setattr(huggingface_hub, "HfApi", lambda token: api if token == FAKE_TOKEN else None)
    assert main(["publish", str(folder), "--repo-id", "org/x", "--public", "--token", FAKE_TOKEN, "-q"]) == 0
    api.create_repo.assert_called_once_with("org/x", repo_type="dataset", private=False, exist_ok=True)
    assert capsys.readouterr().err == ""
