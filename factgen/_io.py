"""File helpers shared by every stage: streamed JSON Lines with physical line numbers, atomic writes, hashing.

Nothing here knows what a record is; it reads and writes JSON values and reports :class:`Problem` s.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from array import array
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

import orjson

from factgen.errors import ConfigError, FactgenError, InputError, OutputError, Problem, Severity, shorten

__all__ = [
    "BUILD_MARKER",
    "MAX_LINE_BYTES",
    "STDIN",
    "JsonLine",
    "PhysicalLines",
    "atomic_dir",
    "atomic_write",
    "build_lock",
    "content_hash",
    "display_path",
    "dumps",
    "input_name",
    "iter_json_lines",
    "read_json_lines",
    "replayable",
    "shipped",
    "sweep_leftovers",
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


# --------------------------------------------------------------------------- writing without losing data
#
# Temporary names carry the writer's pid, so that a later run can tell a leftover of a dead process (swept) from
# the work of a live one (left alone): ``.NAME.<pid>.<random>.tmp`` for files and folders being written,
# ``.NAME.old-<pid>`` for a folder being replaced, ``.NAME.lock`` for the lock of a build into NAME.

BUILD_MARKER: Final = ".factgen-build.json"  # written only by factgen build: what makes a folder replaceable
_LEFTOVER: Final = re.compile(r"\.(?P<name>.+)\.(?:(?P<pid>\d+)\.[^./]+\.tmp|old-(?P<old>\d+))")
_FULL: Final = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_WRITE_ERRNOS: Final = _FULL | {
    errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.ENOTDIR, errno.EISDIR, errno.EEXIST, errno.ENOENT,
    errno.ENAMETOOLONG, errno.ELOOP, errno.EXDEV, errno.EBUSY, errno.ENOTEMPTY,
}  # fmt: skip


def _oserror(path: Path, exc: OSError, doing: str = "cannot write") -> OutputError:
    """One line naming the path and the OS's reason (``exc`` may name another path: the one that failed)."""
    where = display_path(exc.filename) if isinstance(exc.filename, str | bytes) else display_path(path)
    if where != display_path(path):
        where = f"{display_path(path)}: {where}"
    return OutputError(f"{where}: {doing}: {exc.strerror or exc}")


def display_path(path: str | bytes | os.PathLike[str]) -> str:
    """A path for a message: bytes that are not UTF-8 shown as ``\\xc1``, control characters escaped.

    >>> display_path(os.fsdecode(b"caf\\xc3\\xa9-\\xc1.txt"))
    'café-\\\\xc1.txt'
    >>> display_path("a\\nb.txt")
    'a\\\\nb.txt'
    """
    raw = os.fsencode(path)
    text = raw.decode("utf-8", errors="backslashreplace")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    except OverflowError:
        return False
    return True


def sweep_leftovers(path: Path) -> list[str]:
    """Remove what dead writers left next to ``path``; repair a folder swap that was interrupted halfway.

    Only names that carry factgen's temporary naming and a dead owner's pid are touched. A ``.NAME.old-<pid>``
    folder is a previous version of ``path``: when ``path`` is missing (the swap stopped between its two renames)
    it is renamed back, otherwise it is removed. Returns one message per thing done, for the caller to report.
    """
    done: list[str] = []
    try:
        siblings = sorted(p.name for p in path.parent.iterdir())
    except OSError:
        return done
    for name in siblings:
        match = _LEFTOVER.fullmatch(name)
        if match is None or match["name"] != path.name:
            continue
        pid = int(match["pid"] or match["old"])
        if _pid_alive(pid):
            continue
        leftover = path.parent / name
        if match["old"] is not None and not os.path.lexists(path):
            leftover.rename(path)
            done.append(
                f"{display_path(path)}: restored from {name}, left by an interrupted build (pid {pid})"
            )
            continue
        _remove(leftover)
        done.append(f"{display_path(leftover)}: removed, left by a stopped factgen process (pid {pid})")
    return done


@contextmanager
def atomic_write(path: Path) -> Iterator[IO[bytes]]:
    """Write ``path`` through a temporary file in the same folder, renamed into place only on success.

    A path that exists and is not a regular file (``/dev/stdout``, ``/dev/full``, a FIFO) is written in place.
    OS errors (a full disk, a read-only folder, a path under a file) raise :class:`OutputError` naming the path.
    """
    if path.exists() and not path.is_file() and not path.is_dir():
        with _writing(path), path.open("wb") as f, _writing(path, body=True):
            yield f
        return
    with _writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        sweep_leftovers(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with _writing(path, body=True), os.fdopen(fd, "wb") as f:
            yield f
        with _writing(path):
            tmp.chmod(0o666 & ~_UMASK)
            tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def _writing(path: Path, *, body: bool = False) -> Iterator[None]:
    """Turn the OS errors of writing ``path`` into one :class:`OutputError` naming it.

    Around a caller's block (``body``), only the errors that writing alone causes (a full disk, a quota, a file too
    large) are turned, so that an error reading the caller's input keeps its own meaning.
    """
    try:
        yield
    except OSError as exc:
        known = _FULL if body else _WRITE_ERRNOS
        if isinstance(exc, FactgenError) or exc.errno not in known:
            raise
        raise _oserror(path, exc) from None


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
    """Build a folder in a temporary sibling and swap it into place only when the block succeeds.

    At every instant ``path`` is either the old folder or the new one: the two are exchanged in one system call
    where the OS can (``renameat2``), otherwise by two renames under deferred signals, the second undone if it
    fails; a swap stopped by a crash in between is repaired by :func:`sweep_leftovers` at the next run.
    """
    with _writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        sweep_leftovers(path)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent))
    try:
        yield tmp
        with _writing(path), _signals_deferred():
            tmp.chmod(0o777 & ~_UMASK)
            _swap_into_place(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    _remove(tmp)  # now the old folder, when there was one


def _swap_into_place(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path``; afterwards ``tmp`` holds the old folder, if there was one."""
    if not os.path.lexists(path):
        tmp.rename(path)
        return
    if _exchange(tmp, path):
        return
    old = path.with_name(f".{path.name}.old-{os.getpid()}")
    path.rename(old)
    try:
        tmp.rename(path)
    except BaseException:
        old.rename(path)
        raise
    old.rename(tmp)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux's ``renameat2(RENAME_EXCHANGE)``; False where that is unavailable."""
    if sys.platform != "linux":
        return False
    import ctypes  # noqa: PLC0415

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # an old kernel or a file system without it
        return False
    raise OSError(code, os.strerror(code), os.fsdecode(b))


_DEFERRED: Final = ("SIGINT", "SIGTERM", "SIGHUP")


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP during a few renames, then deliver them to the handlers they were meant for."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    numbers = [getattr(signal, name) for name in _DEFERRED if hasattr(signal, name)]
    previous = {n: signal.signal(n, lambda signum, _frame: caught.append(signum)) for n in numbers}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for signum in caught:
            signal.raise_signal(signum)


@contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """Hold ``.NAME.lock`` next to ``path`` for the block; another holder makes this raise :class:`ConfigError`.

    The lock is an ``flock`` on the file, released by the OS when its process ends however it ends; the file
    holds the owner's pid, for the message, and is removed on release.
    """
    import fcntl  # noqa: PLC0415  (POSIX only, like the rest of the build's file handling)

    lock = path.with_name(f".{path.name}.lock")
    with _writing(lock):
        path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666 & ~_UMASK)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                owner = os.read(fd, 32).decode("ascii", errors="replace").strip() or "?"
                os.close(fd)
                msg = f"{display_path(path)}: another factgen build (pid {owner}) is writing here; its lock is {display_path(lock)}"
                raise ConfigError(msg) from None
            try:
                same = os.fstat(fd).st_ino == lock.stat().st_ino
            except FileNotFoundError:
                same = False
            if same:  # not a file its previous holder removed while we waited for it
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)
        os.close(fd)


def _remove(path: Path) -> None:
    import shutil  # noqa: PLC0415

    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def describe(value: Any) -> str:
    """A short description of a JSON value for messages: its JSON type and a cut repr."""
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}
    kind = "null" if value is None else kinds.get(type(value), type(value).__name__)
    if isinstance(value, dict | list):
        return kind
    return f"{kind} {shorten(value)}"
