"""File helpers shared by every stage: streamed JSON Lines with physical line numbers, atomic writes, hashing.

Nothing here knows what a record is; it reads and writes JSON values and reports :class:`Problem` s.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

import orjson

from factgen.errors import InputError, Problem, Severity, shorten

__all__ = [
    "MAX_LINE_BYTES",
    "STDIN",
    "JsonLine",
    "PhysicalLines",
    "atomic_dir",
    "atomic_write",
    "content_hash",
    "dumps",
    "input_name",
    "iter_json_lines",
    "read_json_lines",
    "replayable",
    "shipped",
    "write_jsonl",
]

_BOM: Final = b"\xef\xbb\xbf"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK: Final = (
    _current_umask()
)  # temp files are created 0600; outputs get the modes a plain open() would give


@dataclass(frozen=True, slots=True)
class JsonLine:
    """One parsed line of a JSON Lines file: its 1-based physical line number and its JSON value."""

    line: int
    value: Any


def _decode_problem(
    display: str, lineno: int, raw: bytes, exc: orjson.JSONDecodeError, *, last: bool
) -> Problem:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        byte = raw[bad.start : bad.start + 1].hex()
        return Problem(
            display, lineno, "", f"invalid UTF-8: byte 0x{byte} at byte offset {bad.start} of the line"
        )
    reason = exc.msg if isinstance(exc.msg, str) else str(exc)
    if last:  # only the last line of a file can lack its newline
        return Problem(
            display, lineno, "", f"truncated JSON at the end of the file: {reason} at column {exc.colno}"
        )
    return Problem(display, lineno, "", f"invalid JSON: {reason} at column {exc.colno}")


MAX_LINE_BYTES: Final = 16 << 20  # the longest JSON Lines line read (16 MiB); a longer one is a problem
_CHUNK: Final = 1 << 20  # bytes read at a time: a line is never read whole before its length is known


def _too_long(name: str, lineno: int, limit: int) -> Problem:
    message = (
        f"line longer than {limit:,} bytes (the line-size limit, max_line_bytes / --max-line-bytes): not read"
    )
    return Problem(name, lineno, "", message)


class PhysicalLines:
    """The physical lines of a binary stream: ``(line number, bytes with their newline)``, with ``None`` for a
    line longer than ``limit`` bytes, which is skipped ``chunk`` bytes at a time and never held whole.

    ``unterminated`` is the number of a last line that has no newline, set before that line is yielded.
    """

    def __init__(self, f: IO[bytes], limit: int, chunk: int = _CHUNK) -> None:
        self.f, self.limit, self.chunk, self.unterminated = f, limit, chunk, 0

    def __iter__(self) -> Iterator[tuple[int, bytes | None]]:
        readline, cap = self.f.readline, self.limit + 1  # a line and its newline: at most limit + 1 bytes
        lineno = 0
        while line := readline(cap):
            lineno += 1
            if line[-1] == 10:  # b"\n": the common case, as fast as iterating the file
                yield lineno, line
            elif len(line) == cap:  # over the limit: skip to the next newline in chunks
                while (rest := readline(self.chunk)) and rest[-1] != 10:
                    pass
                yield lineno, None
            else:  # the last line, without its newline
                self.unterminated = lineno
                yield lineno, line


def iter_json_lines(
    path: Path, *, display: str | None = None, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[JsonLine | Problem]:
    """Stream a JSON Lines file: a :class:`JsonLine` per value, a :class:`Problem` per unreadable line.

    Memory stays flat whatever the file's size: no line longer than
    ``max_line_bytes`` (16 MiB by default) is ever held; it is skipped in 1 MiB chunks with a problem naming it. Blank lines are skipped and line
    numbers stay physical; CRLF endings are accepted; a UTF-8 BOM is stripped with a warning; a file that is one
    JSON array gives one problem and nothing else. Raises only ``OSError`` (the file cannot be opened or read).
    """
    name = display if display is not None else str(path)
    with path.open("rb") as f:
        yield from read_json_lines(f, name, max_line_bytes=max_line_bytes)


def read_json_lines(
    f: IO[bytes], name: str, *, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[JsonLine | Problem]:
    """:func:`iter_json_lines` over an open binary stream (standard input, a pipe), read once, front to back."""
    loads, decode_error = orjson.loads, orjson.JSONDecodeError
    reader = PhysicalLines(f, max_line_bytes)
    lines = iter(reader)
    for lineno, line in lines:  # up to the first value: BOM and container checks
        if line is None:
            yield _too_long(name, lineno, max_line_bytes)
            continue
        if lineno == 1 and line.startswith(_BOM):
            yield Problem(
                name, 1, "", "UTF-8 byte order mark (BOM) at the start of the file; ignored", Severity.WARNING
            )
            line = line[len(_BOM) :]  # noqa: PLW2901
        if not line.strip():
            continue
        if line.lstrip().startswith(b"["):
            yield Problem(name, lineno, "", _ARRAY_MESSAGE)
            return
        yield _parse(name, lineno, line, last=lineno == reader.unterminated)
        break
    for lineno, line in lines:  # the hot loop
        if line is None:
            yield _too_long(name, lineno, max_line_bytes)
            continue
        try:
            yield JsonLine(lineno, loads(line))
        except decode_error as exc:
            if line.strip():
                yield _decode_problem(name, lineno, line, exc, last=lineno == reader.unterminated)


_ARRAY_MESSAGE: Final = "expected JSON Lines (one JSON object per line), found a JSON array; convert it with: jq -c '.[]' FILE > FILE.jsonl"


def _parse(name: str, lineno: int, line: bytes, *, last: bool) -> JsonLine | Problem:
    try:
        return JsonLine(lineno, orjson.loads(line))
    except orjson.JSONDecodeError as exc:
        return _decode_problem(name, lineno, line, exc, last=last)


STDIN: Final = "-"  # the file name that means standard input


def input_name(path: Path | str) -> str:
    """How messages name an input: ``<stdin>`` for ``-``, else the path as given."""
    return "<stdin>" if str(path) == STDIN else str(path)


@contextmanager
def replayable(path: Path) -> Iterator[Path]:
    """A path that can be read any number of times (format detection, then a pass or two).

    A regular file is itself. Standard input (``-``), a pipe (``/dev/stdin``), a FIFO or a device can be read
    only once: it is copied, in 1 MiB chunks, to a temporary file that is removed afterwards. A FIFO blocks
    until a writer opens it, as ``cat`` does. A path that cannot be examined is handed back for the reader to
    report; one that cannot be copied is an :class:`InputError`.
    """
    if str(path) != STDIN:
        try:
            mode = path.stat().st_mode
        except OSError:
            mode = stat.S_IFREG
        if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
            yield path
            return
    fd, name = tempfile.mkstemp(prefix="factgen-input-", suffix=".tmp")
    try:
        _copy_once(path, fd)
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def _copy_once(path: Path, fd: int) -> None:
    """Copy the input to ``fd``; an error names the input when reading fails, the temporary folder when writing
    does (a full disk must not read as an unreadable input)."""
    reading = True
    try:
        with os.fdopen(fd, "wb") as out, _open_input(path) as source:
            while chunk := source.read(_CHUNK):
                reading = False
                out.write(chunk)
                reading = True
            reading = False  # closing `out` flushes the last chunk
    except OSError as exc:
        name, reason = input_name(path), exc.strerror or exc
        msg = (
            f"{name}: cannot read: {reason}"
            if reading
            else f"{name}: cannot keep the one-time copy of the input in {tempfile.gettempdir()}: {reason} "
            "(set TMPDIR to a folder with room)"
        )
        raise InputError(msg) from None


def _open_input(path: Path) -> AbstractContextManager[IO[bytes]]:
    return nullcontext(sys.stdin.buffer) if str(path) == STDIN else path.open("rb")


class Duplicates:
    """Duplicate keys over a whole file in 8 bytes per record: keys in a C array, sorted once at the end.

    Only the keys that repeat come back; the caller finds their lines with a second pass over the file,
    which happens only when the file has duplicates.
    """

    def __init__(self) -> None:
        self.keys = array("q")
        self.add = self.keys.append

    def repeated(self) -> set[int]:
        if len(self.keys) < 2:
            return set()
        import numpy as np  # noqa: PLC0415  (a sort in 8 bytes per record; numpy comes with datasets)

        ordered = np.sort(np.frombuffer(self.keys, dtype=np.int64))
        same = ordered[1:] == ordered[:-1]
        return set(ordered[1:][same].tolist())


def hash_key(*parts: object) -> int:
    """A signed 64-bit key for duplicate detection (collisions are ~1e-8 at a million records)."""
    digest = hashlib.blake2b(orjson.dumps(parts, option=orjson.OPT_SORT_KEYS), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def shipped(name: str) -> Path:
    """A folder shipped with factgen (``seeds``, ``schemas``): inside the installed wheel, else in the checkout."""
    packaged = Path(__file__).parent / "_data" / name
    return packaged if packaged.exists() else Path(__file__).resolve().parent.parent / name


def dumps(value: Any) -> bytes:
    """One JSON Lines row: compact, UTF-8, keys in model order, ending with a newline."""
    return orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE)


def content_hash(value: Any, *, length: int = 16) -> str:
    """A stable hex digest of a JSON value (keys sorted), used for ids.

    >>> content_hash({"b": 1, "a": [1, 2]}) == content_hash({"a": [1, 2], "b": 1})
    True
    >>> len(content_hash("x", length=12))
    12
    """
    data = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(data).hexdigest()[:length]


@contextmanager
def atomic_write(path: Path) -> Iterator[IO[bytes]]:
    """Write ``path`` through a temporary file in the same folder, renamed into place only on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        tmp.chmod(0o666 & ~_UMASK)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_jsonl(path: Path, values: Iterable[Any]) -> int:
    """Write values as JSON Lines atomically; returns how many were written."""
    count = 0
    with atomic_write(path) as f:
        for value in values:
            f.write(dumps(value))
            count += 1
    return count


@contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """Build a folder in a temporary sibling and swap it into place only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        yield tmp
        tmp.chmod(0o777 & ~_UMASK)
        if path.exists():
            old = path.with_name(f".{path.name}.old")
            if old.exists():
                _rmtree(old)
            path.rename(old)
            tmp.rename(path)
            _rmtree(old)
        else:
            tmp.rename(path)
    except BaseException:
        _rmtree(tmp)
        raise


def _rmtree(path: Path) -> None:
    import shutil  # noqa: PLC0415

    shutil.rmtree(path, ignore_errors=True)


def describe(value: Any) -> str:
    """A short description of a JSON value for messages: its JSON type and a cut repr."""
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}
    kind = "null" if value is None else kinds.get(type(value), type(value).__name__)
    if isinstance(value, dict | list):
        return kind
    return f"{kind} {shorten(value)}"
