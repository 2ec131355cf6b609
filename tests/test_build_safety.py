"""``factgen build`` never loses a user's data, costs bounded time on hostile input, and fails in one line (issue 14).

Each test names the item of issue 14 it covers. Builds here use a one-article corpus, so each takes seconds.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import datasets
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factgen import _io
from factgen._io import BUILD_MARKER, atomic_dir, atomic_write, build_lock, sweep_leftovers
from factgen.articles import IngestWarning, load_articles
from factgen.card.measure import _near_crossing
from factgen.cli import main
from factgen.errors import ArticleLoadError, ConfigError, OutputError
from factgen.pipeline import build
from factgen.splits import near_duplicate_classes, near_duplicate_pairs

ROOT = Path(__file__).parent.parent
TEXT = (  # sentences that stand alone (a named ministry, a year), so that they stay claims
    "The Ruritanian Transport Ministry said it had spent $12 million on new bridges in 2023. "
    "The Ruritanian Transport Ministry said 40 bridges were repaired in 2023, not 25 as planned."
)


def _corpus(folder: Path, text: str = TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True
    )
    return int(done.stdout)


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished build of the one-article corpus, to copy."""
    base = tmp_path_factory.mktemp("previous")
    build(_corpus(base / "corpus"), base / "out", progress=False)
    return base / "out"


# --------------------------------------------------------------------------- item 1: never replace what is not ours


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("corpus", "is the corpus"),
        (".", "contains the corpus"),
        ("corpus/inside", "is inside the corpus"),
        ("notes", "is not a factgen build"),
        ("notes.txt", "exists and is not a folder"),
        ("link", "is a symbolic link"),
    ],
)
def test_an_out_that_holds_other_data_is_refused_and_nothing_changes(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    out: str,
    message: str,
) -> None:
    _corpus(tmp_path / "corpus")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("mine", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "notes")
    before = _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match=message):
        build("corpus", out, progress=False)
    assert main(["build", "corpus", "--out", out, "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("factgen: ConfigError: ")
    assert message in err
    assert err.count("\n") == 1
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "link", "notes", "notes.txt"]


def test_the_current_folder_is_refused_unless_it_is_a_previous_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    with pytest.raises(
        ConfigError, match=r"here: exists and is not a factgen build \(it has no \.factgen-build"
    ):
        build(corpus, ".", progress=False)
    assert list(here.iterdir()) == []


def test_a_previous_build_needs_overwrite_and_is_replaced_with_it(
    previous: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "corpus", TEXT.replace("$12 million", "$14 million"))
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    before = _tree(out)
    assert main(["build", str(corpus), "--out", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == f"factgen: ConfigError: {out}: holds a previous factgen build; pass --overwrite (overwrite=True) to replace it\n"
    )
    assert _tree(out) == before
    assert main(["build", str(corpus), "--out", str(out), "-q", "--overwrite"]) == 0
    assert "$14 million" in (out / "records.jsonl").read_text(encoding="utf-8")
    assert json.loads((out / BUILD_MARKER).read_text(encoding="utf-8"))["made_by"] == "factgen build"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]  # no temporary or old sibling


def test_an_empty_folder_is_filled_and_a_fake_marker_does_not_make_a_build(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    (tmp_path / "empty").mkdir()
    build(corpus, tmp_path / "empty", progress=False)
    assert (tmp_path / "empty" / "records.jsonl").exists()
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / BUILD_MARKER).write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a factgen build"):
        build(corpus, fake, progress=False, overwrite=True)


# --------------------------------------------------------------------------- item 2: a swap that can be undone


def test_the_swap_exchanges_old_and_new_in_one_step(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "old.txt").write_text("old", encoding="utf-8")
    with atomic_dir(tmp_path / "out") as tmp:
        (tmp / "new.txt").write_text("new", encoding="utf-8")
    assert _tree(tmp_path) == {"out/new.txt": b"new"}


def test_a_failed_swap_puts_the_old_folder_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("old", encoding="utf-8")
    rename = Path.rename

    def failing(self: Path, target: str | os.PathLike[str]) -> Path:
        if self.name.endswith(".tmp") and Path(target) == out:
            raise OSError(errno.EIO, "Input/output error", str(target))
        return rename(self, target)

    monkeypatch.setattr(
        _io, "_exchange", lambda a, b: False
    )  # the two-rename path, as where renameat2 is missing
    monkeypatch.setattr(Path, "rename", failing)
    with pytest.raises(OutputError, match=f"{out}: cannot write: Input/output error"), atomic_dir(out) as tmp:
        (tmp / "new.txt").write_text("new", encoding="utf-8")
    assert _tree(tmp_path) == {"out/old.txt": b"old"}


def test_a_swap_stopped_halfway_is_repaired_by_the_next_run(tmp_path: Path) -> None:
    pid = _dead_pid()
    old = tmp_path / f".out.old-{pid}"
    old.mkdir()
    (old / BUILD_MARKER).write_text("{}", encoding="utf-8")
    done = sweep_leftovers(tmp_path / "out")
    assert done == [
        f"{tmp_path / 'out'}: restored from .out.old-{pid}, left by an interrupted build (pid {pid})"
    ]
    assert _tree(tmp_path) == {f"out/{BUILD_MARKER}": b"{}"}
    old.mkdir()  # the swap finished but the old folder was not removed yet
    assert sweep_leftovers(tmp_path / "out") == [
        f"{old}: removed, left by a stopped factgen process (pid {pid})"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# --------------------------------------------------------------------------- item 3: signals and stale temporaries


def test_stale_temporaries_of_dead_builds_are_swept_and_live_ones_kept(
    previous: Path, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    dead, live = _dead_pid(), os.getppid()
    for name in (f".out.{dead}.x1y2.tmp", f".out.{live}.a1b2.tmp"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "records.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / ".out.notes").write_text("mine", encoding="utf-8")  # not factgen's naming
    (tmp_path / f".out.{dead}.tmp").write_text("mine", encoding="utf-8")  # not factgen's naming either
    stats = build(corpus, tmp_path / "out", progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["corpus", "out", f".out.{live}.a1b2.tmp", ".out.notes", f".out.{dead}.tmp"]
    )
    assert any(f"left by a stopped factgen process (pid {dead})" in w for w in stats.warnings)


def test_atomic_write_sweeps_its_dead_siblings(tmp_path: Path) -> None:
    dead = _dead_pid()
    (tmp_path / f".x.jsonl.{dead}.k3j4.tmp").write_text("half", encoding="utf-8")
    with atomic_write(tmp_path / "x.jsonl") as f:
        f.write(b"{}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.jsonl"]


def _start_build(corpus: Path, out: Path) -> subprocess.Popen[str]:
    code = "import sys; from factgen.cli import main; raise SystemExit(main(sys.argv[1:]))"
    argv = [sys.executable, "-c", code, "build", str(corpus), "--out", str(out), "-q"]
    return subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, cwd=ROOT)  # noqa: S603  (our own argv)


def _wait_for(predicate: object, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_mid_build_removes_the_temporaries_and_says_so(tmp_path: Path, signum: int) -> None:
    corpus = _corpus(tmp_path / "corpus", TEXT * 200)
    proc = _start_build(corpus, tmp_path / "out")
    _wait_for(lambda: any(p.name.endswith(".tmp") for p in tmp_path.iterdir()))
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    name = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    assert (proc.returncode, err) == (128 + signum, f"factgen: {name}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_ctrl_c_while_the_command_starts_is_one_line() -> None:
    # what the console script does: import the entry point, then run it; the first run loads factgen.cli
    code = "import sys; from factgen.__main__ import run; print('loading', flush=True); sys.argv[1:] = ['--version']; raise SystemExit(run())"
    argv = [sys.executable, "-c", code]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)  # noqa: S603
    assert proc.stdout is not None
    assert proc.stdout.readline() == "loading\n"
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)  # factgen.cli and datasets take far longer than 0.05 s to load
    assert (proc.returncode, out, err) == (130, "", "factgen: interrupted\n")  # not a traceback, not a crash


def test_the_console_script_is_the_guarded_entry_point() -> None:
    from importlib.metadata import entry_points  # noqa: PLC0415

    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "factgen"]
    assert script.value == "factgen.__main__:run"


# --------------------------------------------------------------------------- item 9: repeated text is not quadratic


def test_a_text_repeated_n_times_is_one_class_not_n_squared_pairs() -> None:
    text = "The ministry said it had spent $12 million on new bridges in the region last year."
    classes, pairs = near_duplicate_classes([text] * 50_000 + ["", ""])
    assert (classes, pairs) == ([list(range(50_000)), [50_000], [50_001]], ())


@settings(max_examples=60)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a b c d e", "a b c d e f", "x y z", "x y z w v u", "", "q"]),
            st.sampled_from(["train", "validation", "test"]),
        ),
        max_size=30,
    )
)
def test_the_cards_leakage_count_is_the_pairwise_one(rows: list[tuple[str, str]]) -> None:
    claims, splits = [c for c, _ in rows], [s for _, s in rows]
    crossing = {k for i, j in near_duplicate_pairs(claims) if splits[i] != splits[j] for k in (i, j)}
    assert _near_crossing(claims, splits) == len(crossing)


# --------------------------------------------------------------------------- item 11: OS errors, one line


def test_a_path_under_a_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["build", "--out", str(tmp_path / "file" / "x"), "-q"]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == f"factgen: OutputError: {tmp_path / 'file' / 'x'}: cannot write: Not a directory ({tmp_path / 'file'} is a file)\n"
    )
    assert main(["schema", "--out", str(tmp_path / "file" / "x"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"factgen: OutputError: {tmp_path / 'file'}")
    assert err.count("\n") == 1
    assert _tree(tmp_path) == {"file": b"x"}


def test_a_full_disk_is_one_line_naming_the_path() -> None:
    full = pytest.raises(OutputError, match=r"^/dev/full: cannot write: No space left on device$")
    with full, atomic_write(Path("/dev/full")) as f:
        f.write(b"x" * 100_000)


def test_a_read_only_place_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "corpus")

    def read_only(*args: object, **kwargs: object) -> str:
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / "ro"))

    monkeypatch.setattr(
        tempfile, "mkdtemp", read_only
    )  # root ignores permission bits, so the OS is simulated
    assert main(["build", str(corpus), "--out", str(tmp_path / "ro" / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == f"factgen: OutputError: {tmp_path / 'ro' / 'out'}: {tmp_path / 'ro'}: cannot write: Read-only file system\n"
    )
    assert sorted(p.name for p in (tmp_path / "ro").iterdir()) == []


def test_a_full_disk_mid_build_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    real = os.fdopen

    def full(fd: int, mode: str = "r", *args: object, **kwargs: object) -> object:
        return real(os.open("/dev/full", os.O_WRONLY), mode)  # every temporary file is on a full disk

    monkeypatch.setattr(os, "fdopen", full)
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"factgen: OutputError: {tmp_path / 'out'}")
    assert err.endswith(": cannot write: No space left on device\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


# --------------------------------------------------------------------------- items 12, 16: refused corpora say why


def test_a_corpus_where_every_file_is_refused_says_why_for_each(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "notes.md").write_text("# notes", encoding="utf-8")
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(ArticleLoadError) as caught:
        build(corpus, tmp_path / "out", progress=False)
    message = str(caught.value)
    assert message.startswith(f"{corpus}: no readable articles in the corpus: ")
    assert f"{corpus / 'image.txt'}: not valid UTF-8: byte 0x89 at byte offset 0" in message
    assert f"{corpus / 'empty.txt'}: warning: empty or whitespace-only file" in message
    assert "1 files not read (.md 1)" in message
    assert "\n" not in message
    assert not (tmp_path / "out").exists()


def test_refusals_are_listed_up_to_twenty_then_counted(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(25):
        (corpus / f"{i:02}.txt").write_bytes(b"\x00binary")
    with pytest.raises(ArticleLoadError, match=r"19\.txt: expected text.*; and 5 more$"):
        build(corpus, tmp_path / "out", progress=False)


def test_a_single_empty_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["build", str(empty), "--out", str(tmp_path / "out"), "-q"]) == 1
    assert capsys.readouterr().err == (
        f"factgen: ArticleLoadError: {empty}: no readable articles in the corpus: "
        f"{empty}: warning: empty or whitespace-only file\n"
    )


def test_a_jsonl_array_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps([{"id": "a", "text": TEXT}]), encoding="utf-8")
    with pytest.raises(ArticleLoadError, match="found a JSON array; convert it with: jq"):
        build(corpus, tmp_path / "out", progress=False)


def test_jsonl_rows_take_the_manifests_keys_and_a_text_column(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    row = {"id": "a", "content": TEXT, "date": "2024-05-31", "file": "a.txt", "publisher": "Wire"}
    corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.warns(IngestWarning, match=r"corpus.jsonl:1: text: missing text; the row's keys are "
                      r"\['content', 'date', 'file', 'id', 'publisher'\] \(--text-column names"):  # fmt: skip
        assert list(load_articles(corpus, on_error="skip")) == []
    (article,) = load_articles(corpus, text_column="content")
    assert (article.id, article.text, str(article.published), article.publisher) == (
        "a",
        TEXT,
        "2024-05-31",
        "Wire",
    )


def test_parquet_and_jsonl_gz_corpora_are_read_through_datasets(tmp_path: Path) -> None:
    rows = [{"id": "a", "body": TEXT, "date": "2024-05-31"}, {"id": "b", "body": TEXT.upper(), "date": None}]
    datasets.Dataset.from_list(rows).to_parquet(str(tmp_path / "corpus.parquet"))
    with gzip.open(tmp_path / "corpus.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    for name in ("corpus.parquet", "corpus.jsonl.gz"):
        articles = list(load_articles(tmp_path / name, text_column="body"))
        assert [(a.id, a.text, a.published) for a in articles] == [
            ("a", TEXT, date(2024, 5, 31)),
            ("b", TEXT.upper(), None),
        ]
    with pytest.raises(ArticleLoadError, match=r"corpus.parquet: text: expected a text column, got columns"):
        list(load_articles(tmp_path / "corpus.parquet"))
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    with pytest.raises(ArticleLoadError, match=r"bad.parquet: cannot read through datasets: "):
        list(load_articles(tmp_path / "bad.parquet"))


# --------------------------------------------------------------------------- item 13: names and ids


def test_a_file_name_that_is_not_utf8_is_shown_and_the_build_finishes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    (corpus / os.fsdecode(b"caf\xc1.txt")).write_bytes(b"\x00")
    stats = build(corpus, tmp_path / "out", progress=False)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["warnings"] == stats.warnings
    assert any("caf\\xc1.txt: expected text" in w for w in stats.warnings)


def test_a_repeated_jsonl_id_names_the_file_both_lines_and_the_id(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "a", "text": TEXT}, {"id": "b", "text": "Other."}, {"id": "a", "text": TEXT + " More."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(
        ArticleLoadError, match=rf"^{corpus}:3: id: id 'a' is also the id of line 1, with another text$"
    ):
        list(load_articles(corpus))
    stats = build(corpus, tmp_path / "out", progress=False)  # the build skips the second one, and says so
    assert stats.articles == 2
    assert f"{corpus}:3: id: id 'a' is also the id of line 1, with another text; skipped" in stats.warnings


# --------------------------------------------------------------------------- item 14: links, FIFOs, loops


def test_links_fifos_and_loops_are_skipped_with_a_warning_each(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    outside = tmp_path / "secret.txt"
    outside.write_text("A secret outside the corpus, 12 words long, not for the dataset.", encoding="utf-8")
    (corpus / "secret.txt").symlink_to(outside)
    (corpus / "inside.txt").symlink_to(corpus / "a.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "self").symlink_to(corpus)
    os.mkfifo(corpus / "pipe.txt")
    with pytest.warns(IngestWarning) as caught:
        ids = [a.id for a in load_articles(corpus)]
    assert ids == ["a", "inside"]
    assert sorted(str(w.message) for w in caught) == [
        f"{corpus / 'loop.txt'}: warning: symbolic link loop; skipped",
        f"{corpus / 'pipe.txt'}: warning: is a FIFO, not a regular file; skipped",
        f"{corpus / 'secret.txt'}: warning: symbolic link to {outside}, outside the corpus (--follow-links reads it); skipped",
        f"{corpus / 'self'}: warning: symbolic link to a folder the corpus already holds; skipped",
    ]
    with pytest.warns(IngestWarning):
        assert [a.id for a in load_articles(corpus, follow_links=True)] == ["a", "inside", "secret"]


def test_an_unreadable_folder_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "locked").mkdir()
    (corpus / "locked" / "b.txt").write_text("Hidden from us.", encoding="utf-8")
    scandir = os.scandir

    def refusing(path: str | os.PathLike[str]) -> Iterator[os.DirEntry[str]]:
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)  # root reads any folder, so the refusal is simulated
    with pytest.warns(
        IngestWarning, match=r"locked: warning: cannot read this folder: Permission denied; skipped"
    ):
        assert [a.id for a in load_articles(corpus)] == ["a"]


# --------------------------------------------------------------------------- item 15: options


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--seed", "18446744073709551616"],
            "seed: expected an integer from 0 to 2**64 - 1, got 18446744073709551616",
        ),
        (["--ratios", "-0.2,0.6,0.6"], "ratios: expected three numbers between 0 and 1"),
        (["--ratios", "1,0,0"], "ratios: expected three numbers between 0 and 1"),
        (["--num-proc", "0"], "num_proc: expected a number of processes >= 1, got 0"),
        (["--max-imbalance", "0.5"], "max_imbalance: expected a ratio >= 1"),
    ],
)
def test_bad_options_are_one_line_before_anything_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["build", str(tmp_path / "missing"), "--out", str(tmp_path / "out"), *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"factgen: ConfigError: {message}")
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_build_takes_a_dataset_and_refuses_other_objects(tmp_path: Path) -> None:
    table = datasets.Dataset.from_list([{"id": "a", "body": TEXT}])
    stats = build(table, tmp_path / "out", progress=False, text_column="body")
    assert stats.articles == 1
    with pytest.raises(
        ConfigError, match=r"source: expected a folder or file path or a datasets\.Dataset, got dict"
    ):
        build({"text": TEXT}, tmp_path / "other", progress=False)


# --------------------------------------------------------------------------- items 19, 20: progress, lock


def test_verbose_logs_each_phase_and_the_last_line_counts_what_the_splits_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path / "corpus", TEXT * 3)
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "-v", "--max-imbalance", "1"]) == 0
    err = capsys.readouterr().err
    for phase in ("load: 1 articles", "articles: 1 articles", "records: ", "split: ", "card and parquet: "):
        assert f"factgen: {phase}" in err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    sizes, dropped = summary["splits"]["sizes"], summary["records"] - sum(summary["splits"]["sizes"].values())
    assert dropped > 0  # --max-imbalance 1 drops records, and the last line says how many the splits hold
    last = err.rstrip("\n").rsplit("\n", 1)[-1]
    shown = ", ".join(f"{name} {n}" for name, n in sizes.items())
    assert f"-> {sum(sizes.values())} in the splits ({shown}; {dropped} dropped by the split)" in last


def test_a_second_build_into_the_same_folder_names_the_first(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    code = (
        "import sys, time; from pathlib import Path; from factgen._io import build_lock\n"
        "with build_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)"
    )
    argv = [sys.executable, "-c", code, str(out)]
    holder = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, cwd=ROOT)  # noqa: S603  (our own argv)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(
            ConfigError,
            match=rf"^{out}: another factgen build \(pid {holder.pid}\) is writing here; its lock is {tmp_path / '.out.lock'}$",
        ):
            build(corpus, out, progress=False)
    finally:
        holder.kill()
        holder.communicate()
    with build_lock(out):  # a lock whose holder died is free, and is removed when released
        assert (tmp_path / ".out.lock").read_text(encoding="utf-8") == f"{os.getpid()}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
