"""Load articles: a folder of ``.txt``/``.html`` files (with an optional manifest), one file, a JSON Lines file of
articles (also ``.jsonl.gz`` or ``.parquet``, read through ``datasets``), or a ``datasets.Dataset`` with a text column.

**A folder** is walked without following symbolic links out of it (``follow_links=True`` does); a link loop, a FIFO or
device, an unreadable folder and a link out of the corpus are skipped with one warning each, and files with other
suffixes are counted in one warning. **A JSONL row** takes the manifest's keys (``date`` for ``published``; ``file``
is ignored) and its text from ``text_column``; a repeated id names the file, both lines and the id.

``load_articles(source)`` yields :class:`~factgen.models.Article` s lazily, one file read at a time, in a
deterministic order whatever the file system lists.

**Ids.** From the manifest (or the ``id`` field of a JSONL row or dataset column) when given; otherwise the file's
path relative to the folder, without its suffix, ``/`` written as ``.`` and any character outside
``[A-Za-z0-9._:-]`` written as ``-`` (``seeds/000_2f27d223f1ae4734.txt`` -> ``000_2f27d223f1ae4734``). A dataset row
without an id gets ``a-`` + a hash of its text. Two files that map to the same id are an error.

**The manifest** is ``manifest.jsonl`` in the folder: one JSON object per line, ``file`` required, every other key
optional, no other key allowed::

    {"file": "000_kirby.txt", "id": "kirby-2024-09-13", "title": "...", "url": "https://...",
     "publisher": "Spectrum News", "date": "2024-09-13", "language": "en"}

``file`` is a path relative to the folder; ``date`` (or ``published``) is ``YYYY-MM-DD``. A manifest entry whose file
is missing is an error; a file without an entry is loaded with the default id and no metadata.

**Encodings.** UTF-8, with or without a BOM (UTF-16/32 with a BOM too). A file that is not valid UTF-8 is decoded
with the encoding that `charset-normalizer <https://github.com/jawah/charset_normalizer>`_ finds among
``encodings`` (by default the Western legacy code pages, which short files of English news cannot be told apart
from reliably otherwise), with an :class:`IngestWarning` naming the file and the encoding. If no candidate decodes
the bytes cleanly (no control characters, no replacement characters), the file is refused with an
:class:`~factgen.errors.ArticleLoadError` naming the file and the byte offset of the first invalid UTF-8 byte.
Text that is UTF-8 read as cp1252 and saved again ("Â°", "â€™") is repaired when the whole text round-trips,
with a warning, and refused otherwise. The text never contains U+FFFD.

**Reporting.** Warnings go through :mod:`warnings` as :class:`IngestWarning` (a ``UserWarning``), one line in
:class:`~factgen.errors.Problem` format: ``path: warning: message``. An empty or whitespace-only file is skipped
with a warning. An unreadable or undecodable file raises :class:`~factgen.errors.ArticleLoadError`, or, with
``on_error="skip"``, is skipped with a warning so that the rest of the corpus still loads.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import charset_normalizer
import orjson
import pydantic

from factgen._io import JsonLine, content_hash, display_path, iter_json_lines
from factgen.errors import ArticleLoadError, Problem, Severity, shorten
from factgen.models import Article

__all__ = ["ARTICLE_SUFFIXES", "WESTERN_ENCODINGS", "IngestWarning", "load_articles"]

ARTICLE_SUFFIXES: Final = (".txt", ".html", ".htm")
MANIFEST_NAME: Final = "manifest.jsonl"
WESTERN_ENCODINGS: Final = ("cp1252", "latin_1", "iso8859_15")
_MANIFEST_KEYS: Final = frozenset(
    {"file", "id", "title", "url", "publisher", "date", "published", "language"}
)
_ARTICLE_FIELDS: Final = ("title", "url", "publisher", "published", "language")
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters that never occur in text decoded with the right encoding: C0/C1 controls except tab and line ends,
# and U+FFFD, the mark of an earlier lossy decoding.
_find_bad_char = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]").search
_find_nul = re.compile(r"\x00").search
# Invisible characters that make a file look non-empty but carry no text.
_INVISIBLE: Final = frozenset("\ufeff\u200b\u200c\u200d\u2060\u180e")
# Mojibake: a UTF-8 lead byte followed by continuation bytes, each read as cp1252 ("Ã©", "Â°", "â€™").
_CP1252_CONTINUATION: Final = "".join(
    chr(b) if b >= 0xA0 else bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)
)
_find_mojibake = re.compile(
    "[\u00c2-\u00df][" + re.escape(_CP1252_CONTINUATION) + "]"  # two-byte sequences
    "|[\u00e0-\u00ef][" + re.escape(_CP1252_CONTINUATION) + "]{2}"  # three-byte sequences (â€™)
).search


class IngestWarning(UserWarning):
    """A file was skipped, or decoded from a legacy encoding: the message names the file and what happened."""


@dataclass(frozen=True, slots=True)
class _Meta:
    """What the manifest says about one file."""

    where: str  # the manifest's path
    line: int
    id: str | None
    fields: Mapping[str, Any]


def load_articles(
    source: str | os.PathLike[str] | Any,
    *,
    text_column: str = "text",
    encodings: Sequence[str] | None = WESTERN_ENCODINGS,
    on_error: Literal["raise", "skip"] = "raise",
    follow_links: bool = False,
) -> Iterator[Article]:
    """Yield the articles of ``source``: a folder, a ``.txt``/``.html`` file, a ``.jsonl`` file or a ``datasets.Dataset``.

    ``encodings`` are the candidates for a file that is not UTF-8 (``None``: every encoding charset-normalizer
    knows). ``on_error="skip"`` turns an undecodable file or an invalid row into a warning instead of an error.
    ``text_column`` names the text of a ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` file or a dataset (the last two
    are read through ``datasets``). ``follow_links`` lets a folder's symbolic links point outside it.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "b.txt").write_text("Second.", encoding="utf-8")
    >>> _ = (folder / "a.txt").write_text("First.", encoding="utf-8")
    >>> [(a.id, a.text) for a in load_articles(folder)]
    [('a', 'First.'), ('b', 'Second.')]
    """
    if on_error not in ("raise", "skip"):
        msg = f"on_error: expected 'raise' or 'skip', got {on_error!r}"
        raise ValueError(msg)
    if hasattr(source, "column_names") and not isinstance(source, str | os.PathLike):
        return _from_dataset(source, text_column=text_column, on_error=on_error)
    path = Path(source)
    if path.is_dir():
        return _from_folder(path, encodings=encodings, on_error=on_error, follow_links=follow_links)
    name = path.name.lower()
    if name.endswith(".jsonl"):
        return _from_jsonl(path, text_column=text_column, on_error=on_error)
    if name.endswith(_DATASETS_SUFFIXES):
        return _from_datasets_file(path, text_column=text_column, on_error=on_error)
    if path.is_file() or not path.exists():
        return _from_files(
            [(path, _default_id(Path(path.name)), None)], encodings=encodings, on_error=on_error
        )
    msg = f"{display_path(path)}: expected a folder, a .txt/.html/.jsonl/.jsonl.gz/.parquet file or a datasets.Dataset"
    raise ArticleLoadError(msg)


# --------------------------------------------------------------------------- ids and order


_find_bad_id_char = re.compile(r"[^A-Za-z0-9._:-]").sub


def _default_id(relative: Path) -> str:
    """The id of a file without a manifest id: its relative path without suffix, made a valid id.

    >>> _default_id(Path("000_2f27d223f1ae4734.txt")), _default_id(Path("2024/May 31 Kyiv.html"))
    ('000_2f27d223f1ae4734', '2024.May-31-Kyiv')
    """
    stem = ".".join((*relative.parent.parts, relative.stem)) if relative.parent.parts else relative.stem
    ident = _find_bad_id_char("-", stem).lstrip("._:-")
    if not ident or len(ident) > 128:
        ident = "f-" + content_hash(relative.as_posix())
    return ident


def _article_files(folder: Path, *, follow_links: bool = False) -> list[Path]:
    """Every article file under ``folder``, sorted by relative path; every other entry skipped with a reason.

    Hidden files and folders are skipped silently (they are the file system's or a tool's). A symbolic link loop,
    a FIFO or device, an unreadable folder and a link out of the corpus (unless ``follow_links``) are skipped with
    a warning each; files with other suffixes with one warning that counts them by suffix.
    """
    root = folder.resolve()
    found: list[Path] = []
    other: Counter[str] = Counter()
    walked = {root}
    pending = [Path()]
    while pending:
        here = pending.pop()
        try:
            entries = sorted(os.scandir(folder / here), key=lambda e: e.name)
        except OSError as exc:
            _skip(folder / here, f"cannot read this folder: {exc.strerror or exc}")
            continue
        for entry in entries:
            relative = here / entry.name
            if entry.name.startswith(".") or relative.as_posix() == MANIFEST_NAME:
                continue
            kind = _entry_kind(folder / relative, root, follow_links=follow_links)
            if kind == "dir":
                real = (folder / relative).resolve()
                if real in walked or (entry.is_symlink() and real.is_relative_to(root)):
                    _skip(folder / relative, "symbolic link to a folder the corpus already holds")
                    continue
                walked.add(real)
                pending.append(relative)
            elif kind == "file" and entry.name.lower().endswith(ARTICLE_SUFFIXES):
                found.append(relative)
            elif kind == "file":
                other[Path(entry.name).suffix.lower() or "no suffix"] += 1
    if other:
        counted = ", ".join(f"{suffix} {n}" for suffix, n in sorted(other.items()))
        _skip(folder, f"{sum(other.values())} files not read ({counted}): a folder corpus reads "
              f"{'/'.join(ARTICLE_SUFFIXES)} files; give a .jsonl, .jsonl.gz or .parquet file directly", end="")  # fmt: skip
    return sorted(found, key=lambda p: p.as_posix())


def _entry_kind(path: Path, root: Path, *, follow_links: bool) -> str:
    """``"file"``, ``"dir"``, or ``""`` after warning why the entry is skipped."""
    try:
        if path.is_symlink():
            target = Path(os.path.realpath(path, strict=True))
            if not follow_links and not target.is_relative_to(root):
                _skip(
                    path,
                    f"symbolic link to {display_path(target)}, outside the corpus (--follow-links reads it)",
                )
                return ""
        mode = path.stat().st_mode
    except (OSError, RuntimeError) as exc:
        looped = isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP
        reason = "symbolic link loop" if looped else f"cannot read: {getattr(exc, 'strerror', None) or exc}"
        _skip(path, reason)
        return ""
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    what = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    _skip(path, f"is {what}, not a regular file")
    return ""


def _skip(path: Path, reason: str, *, end: str = "; skipped") -> None:
    _warn(str(Problem(display_path(path), None, "", reason + end, Severity.WARNING)))


# --------------------------------------------------------------------------- sources


def _from_folder(
    folder: Path, *, encodings: Sequence[str] | None, on_error: str, follow_links: bool = False
) -> Iterator[Article]:
    manifest = _read_manifest(folder / MANIFEST_NAME, folder) if (folder / MANIFEST_NAME).exists() else {}
    files = _article_files(folder, follow_links=follow_links)
    present = {p.as_posix() for p in files}
    for name, meta in manifest.items():
        if name not in present:
            msg = str(
                Problem(
                    MANIFEST_NAME, meta.line, "file", f"expected an article file in {folder}, got {name!r}"
                )
            )
            raise ArticleLoadError(msg)
    seen: dict[str, Path] = {}
    jobs = []
    for relative in files:
        entry = manifest.get(relative.as_posix())
        ident = entry.id if entry is not None and entry.id is not None else _default_id(relative)
        if ident in seen:
            msg = f"id {ident!r} is also the id of {display_path(seen[ident])}"
            raise ArticleLoadError(str(Problem(display_path(folder / relative), None, "id", msg)))
        seen[ident] = folder / relative
        jobs.append((folder / relative, ident, entry))
    return _from_files(jobs, encodings=encodings, on_error=on_error)


def _read_manifest(path: Path, folder: Path) -> dict[str, _Meta]:
    entries: dict[str, _Meta] = {}
    for item in _json_lines(path):
        if isinstance(item, Problem):
            raise ArticleLoadError(str(item))
        value = item.value
        if not isinstance(value, dict):
            msg = str(Problem(str(path), item.line, "", f"expected a JSON object, got {shorten(value)}"))
            raise ArticleLoadError(msg)
        unknown = sorted(set(value) - _MANIFEST_KEYS)
        if unknown:
            msg = f"unknown key; expected one of {sorted(_MANIFEST_KEYS)}"
            raise ArticleLoadError(str(Problem(str(path), item.line, unknown[0], msg)))
        name = value.get("file")
        if not isinstance(name, str) or not name:
            msg = f"expected a file name relative to {folder}, got {shorten(name)}"
            raise ArticleLoadError(str(Problem(str(path), item.line, "file", msg)))
        name = Path(name).as_posix()
        if name in entries:
            msg = f"{name!r} is listed twice (first on line {entries[name].line})"
            raise ArticleLoadError(str(Problem(str(path), item.line, "file", msg)))
        if "date" in value and "published" in value:
            msg = "expected one of 'date' and 'published', got both"
            raise ArticleLoadError(str(Problem(str(path), item.line, "date", msg)))
        fields = {("published" if k == "date" else k): v for k, v in value.items() if k not in ("file", "id")}
        ident = value.get("id")
        if ident is not None and not isinstance(ident, str):
            msg = f"expected a string id, got {shorten(ident)}"
            raise ArticleLoadError(str(Problem(str(path), item.line, "id", msg)))
        entries[name] = _Meta(str(path), item.line, ident, fields)
    return entries


def _json_lines(path: Path) -> Iterator[JsonLine | Problem]:
    try:
        yield from iter_json_lines(path)
    except OSError as exc:
        msg = str(Problem(display_path(path), None, "", f"cannot read: {exc.strerror or exc}"))
        raise ArticleLoadError(msg) from None


def _from_files(
    jobs: Iterable[tuple[Path, str, _Meta | None]], *, encodings: Sequence[str] | None, on_error: str
) -> Iterator[Article]:
    for path, ident, meta in jobs:
        try:
            text = _read_text(path, encodings)
        except ArticleLoadError as exc:
            if on_error == "raise":
                raise
            _warn(str(exc) + "; skipped")
            continue
        if _is_blank(text):
            _skip(path, "empty or whitespace-only file")
            continue
        if meta is None:
            article = _make_article({"id": ident, "text": text}, display_path(path), None, on_error=on_error)
        else:  # metadata problems are the manifest line's
            value = {"id": ident, "text": text, **meta.fields}
            article = _make_article(value, meta.where, meta.line, on_error=on_error)
        if article is not None:
            yield article


def _from_jsonl(path: Path, *, text_column: str = "text", on_error: str) -> Iterator[Article]:
    if not path.is_file():
        raise ArticleLoadError(str(Problem(display_path(path), None, "", "cannot read: no such file")))
    return _jsonl_rows(path, text_column, on_error)


def _jsonl_rows(path: Path, text_column: str, on_error: str) -> Iterator[Article]:
    where = display_path(path)
    ids = _Ids(where, on_error)
    for item in _json_lines(path):
        if isinstance(item, Problem):
            if item.severity is Severity.WARNING:
                _warn(str(item))
                continue
            if on_error == "raise":
                raise ArticleLoadError(str(item))
            _warn(f"{item}; skipped")
            continue
        value = _row_fields(item.value, text_column, where, item.line, on_error)
        if value is None:
            continue
        article = _make_article(value, where, item.line, on_error=on_error)
        if article is not None and ids.first(article, item.line):
            yield article


def _row_fields(value: Any, text_column: str, where: str, line: int | None, on_error: str) -> Any:
    """A JSONL row or dataset row as article fields: its text column as ``text``, the manifest's keys accepted.

    None when the row is skipped (blank text, with a warning).
    """
    if not isinstance(value, dict):
        return value
    if text_column not in value:
        shown = sorted(str(k) for k in value)[:12]
        problem = Problem(
            where,
            line,
            text_column,
            f"missing text; the row's keys are {shown} (--text-column names the one that holds the text)",
        )
        if on_error == "raise":
            raise ArticleLoadError(str(problem))
        _warn(f"{problem}; skipped")
        return None
    text = value[text_column]
    if isinstance(text, str) and _is_blank(text):
        _warn(
            str(Problem(where, line, text_column, "empty or whitespace-only text; skipped", Severity.WARNING))
        )
        return None
    fields = {k: v for k, v in value.items() if k not in (text_column, "file") and k != "text"}
    if "date" in fields and "published" in fields:
        problem = Problem(where, line, "date", "expected one of 'date' and 'published', got both")
        if on_error == "raise":
            raise ArticleLoadError(str(problem))
        _warn(f"{problem}; skipped")
        return None
    if "date" in fields:
        fields["published"] = fields.pop("date")
    return {**fields, "text": text}


class _Ids:
    """Ids seen so far in one JSONL file or dataset: a repeated id is an error (another text) or a skip (the same)."""

    def __init__(self, where: str, on_error: str, unit: str = "line") -> None:
        self.where, self.on_error, self.unit = where, on_error, unit
        self.seen: dict[str, tuple[int | None, str]] = {}

    def first(self, article: Article, line: int | None) -> bool:
        digest = content_hash(article.text)
        earlier = self.seen.setdefault(article.id, (line, digest))
        if earlier == (line, digest):
            return True
        same = earlier[1] == digest
        msg = f"id {article.id!r} is also the id of {self.unit} {earlier[0]}" + (
            ", with the same text" if same else ", with another text"
        )
        problem = Problem(self.where, line, "id", msg)
        if self.on_error == "raise" and not same:
            raise ArticleLoadError(str(problem))
        _warn(f"{problem}; skipped")
        return False


_DATASETS_SUFFIXES: Final = (".parquet", ".jsonl.gz")


def _from_datasets_file(path: Path, *, text_column: str, on_error: str) -> Iterator[Article]:
    """A ``.parquet`` or ``.jsonl.gz`` corpus, read through ``datasets`` (its cache in a folder removed after)."""
    import tempfile  # noqa: PLC0415

    import datasets  # noqa: PLC0415

    where = display_path(path)
    if not path.is_file():
        raise ArticleLoadError(str(Problem(where, None, "", "cannot read: no such file")))
    reader = (
        datasets.Dataset.from_parquet
        if path.name.lower().endswith(".parquet")
        else datasets.Dataset.from_json
    )
    was_disabled = datasets.are_progress_bars_disabled()
    datasets.disable_progress_bars()
    try:
        with tempfile.TemporaryDirectory(prefix="factgen-") as cache:
            table = reader(str(path), cache_dir=cache, keep_in_memory=True)
    except Exception as exc:  # noqa: BLE001  (pyarrow and datasets raise many kinds; each becomes one line)
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ArticleLoadError(
            str(Problem(where, None, "", f"cannot read through datasets: {shorten(reason, 200)[1:-1]}"))
        ) from None
    finally:
        if not was_disabled:
            datasets.enable_progress_bars()
    return _from_dataset(table, text_column=text_column, on_error=on_error, where=where)


def _from_dataset(
    dataset: Any, *, text_column: str, on_error: str, where: str = "<dataset>"
) -> Iterator[Article]:
    columns = list(dataset.column_names or [])
    if text_column not in columns:
        msg = (
            f"expected a text column, got columns {columns} (--text-column names the one that holds the text)"
        )
        raise ArticleLoadError(str(Problem(where, None, text_column, msg)))
    keep = [c for c in ("id", "date", *_ARTICLE_FIELDS) if c in columns]
    return _dataset_rows(dataset, text_column, keep, on_error, where)


def _dataset_rows(
    dataset: Any, text_column: str, keep: list[str], on_error: str, where: str
) -> Iterator[Article]:
    ids = _Ids(where, on_error)
    for index, row in enumerate(dataset):
        # a file's rows are numbered from 1 like lines; an in-memory dataset's rows by their 0-based index
        at, line = (f"<dataset row {index}>", None) if where == "<dataset>" else (where, index + 1)
        present = {c: row[c] for c in (text_column, *keep) if row[c] is not None}
        value = _row_fields(present, text_column, at, line, on_error)
        if value is None:
            continue
        if "id" not in value and isinstance(value["text"], str):
            value["id"] = "a-" + content_hash(value["text"])
        if "published" in value and not isinstance(value["published"], str):
            value["published"] = str(value["published"])[:10]  # a datetime column
        article = _make_article(value, at, line, on_error=on_error)
        if article is not None and ids.first(article, index if line is None else line):
            yield article


def _make_article(value: Any, where: str, line: int | None, *, on_error: str) -> Article | None:
    """Validate one article (JSON semantics: dates as strings) or report why not."""
    if not isinstance(value, dict):
        problem = Problem(
            where, line, "", f"expected a JSON object (one article per line), got {shorten(value)}"
        )
    else:
        try:
            return Article.model_validate_json(orjson.dumps(value))
        except pydantic.ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            got = shorten(first.get("input"), limit=60) if first["type"] != "missing" else "nothing"
            problem = Problem(where, line, field, f"{first['msg']}; got {got}")
        except orjson.JSONEncodeError as exc:
            problem = Problem(where, line, "", f"expected JSON values, got {exc}")
    if on_error == "raise":
        raise ArticleLoadError(str(problem))
    _warn(f"{problem}; skipped")
    return None


# --------------------------------------------------------------------------- bytes to text


def _read_text(path: Path, encodings: Sequence[str] | None) -> str:
    """The text of one file, decoded as described in the module docstring; raises ArticleLoadError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleLoadError(
            str(Problem(display_path(path), None, "", f"cannot read: {exc.strerror or exc}"))
        ) from None
    return decode_bytes(data, display_path(path), encodings=encodings)


def decode_bytes(data: bytes, where: str, *, encodings: Sequence[str] | None = WESTERN_ENCODINGS) -> str:
    """Decode one file's bytes (``where`` names it in messages); raises ArticleLoadError, may warn.

    >>> decode_bytes("Kyiv – 30°".encode(), "a.txt")
    'Kyiv – 30°'
    >>> decode_bytes(b"\\xef\\xbb\\xbfBOM", "a.txt")
    'BOM'
    >>> decode_bytes(b"\\x00\\x01\\x02", "bin.txt")
    Traceback (most recent call last):
    ...
    factgen.errors.ArticleLoadError: bin.txt: expected text, got a control character 0x00 at byte offset 0
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), where, codec)
            except UnicodeDecodeError as exc:
                msg = f"invalid {codec} (declared by its byte order mark) at byte offset {exc.start}"
                raise ArticleLoadError(str(Problem(where, None, "", msg))) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_legacy(data, where, exc, encodings)
    return _checked(_repair_mojibake(text, where), where, "utf-8")


def _checked(text: str, where: str, codec: str) -> str:
    """Refuse text with NUL (a binary file) or U+FFFD (an earlier lossy decoding)."""
    bad = _find_nul(text) or re.search("\ufffd", text)
    if bad is not None:
        char = bad.group()
        offset = len(text[: bad.start()].encode(codec.replace("-sig", ""), errors="replace"))
        what = "a control character 0x00" if char == "\x00" else "the replacement character U+FFFD"
        msg = f"expected text, got {what} at byte offset {offset}"
        raise ArticleLoadError(str(Problem(where, None, "", msg)))
    return text


def _decode_legacy(
    data: bytes, where: str, error: UnicodeDecodeError, encodings: Sequence[str] | None
) -> str:
    byte = data[error.start : error.start + 1].hex()
    refusal = f"not valid UTF-8: byte 0x{byte} at byte offset {error.start}"
    candidates = list(encodings) if encodings is not None else None
    if candidates == []:
        raise ArticleLoadError(str(Problem(where, None, "", refusal)))
    matches = charset_normalizer.from_bytes(data, cp_isolation=candidates)
    for match in matches:
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _find_bad_char(text) is None:
            _warn(str(Problem(where, None, "", f"{refusal}; decoded as {match.encoding}", Severity.WARNING)))
            return text
    tried = ", ".join(candidates) if candidates else "every encoding charset-normalizer knows"
    msg = f"{refusal}, and no candidate encoding ({tried}) decodes it without control characters"
    raise ArticleLoadError(str(Problem(where, None, "", msg)))


def _repair_mojibake(text: str, where: str) -> str:
    """Undo UTF-8-read-as-cp1252 when the whole text round-trips; refuse it when it does not."""
    found = _find_mojibake(text)
    if found is None:
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        if _is_real_mojibake(found.group()):
            msg = f"expected text, got mojibake {found.group()!r} (UTF-8 read as cp1252) at character offset {found.start()}"
            raise ArticleLoadError(str(Problem(where, None, "", msg))) from None
        return text
    msg = f"mojibake {found.group()!r} at character offset {found.start()} (UTF-8 read as cp1252); repaired"
    _warn(str(Problem(where, None, "", msg, Severity.WARNING)))
    return repaired


def _is_real_mojibake(surface: str) -> bool:
    """Whether a suspicious pair is UTF-8 bytes for a character (``"Â°"`` is; ``"Ã "`` next to text may not be)."""
    try:
        surface.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return False
    return True


def _is_blank(text: str) -> bool:
    """Whether ``text`` has no visible character: any Unicode whitespace and zero-width marks only.

    >>> _is_blank(" \\u3000\\n\\ufeff\\u200b"), _is_blank(" x ")
    (True, False)
    """
    return all(c.isspace() or c in _INVISIBLE for c in text)


def _warn(message: str) -> None:
    warnings.warn(message, IngestWarning, stacklevel=4)
