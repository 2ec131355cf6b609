"""Reading JSON documents without ``json.load``: a streaming top-level-array splitter, and key-line lookup.

``iter_array`` walks a file that holds one JSON array, element by element, in bounded memory (one element and
one read chunk at a time). It tracks string and escape state and a bracket stack, so it finds element
boundaries without parsing, and hands each element's bytes to ``orjson.loads``. Every element carries the
physical line it starts on; ``line_of`` finds the line of a key path inside an element's text, so a problem is
reported at the offending key rather than at the start of a large record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import orjson

from factgen.errors import Problem, Severity

__all__ = ["Element", "decode_problem", "iter_array", "line_of", "script_blocks"]

_BOM: Final = b"\xef\xbb\xbf"
_CHUNK: Final = 1 << 20
_WS: Final = b" \t\r\n"
_CLOSER: Final = {ord("]"): ord("["), ord("}"): ord("{")}
_NON_JSON = re.compile(rb"-?(?:NaN|Infinity)\b")


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a JSON array: its 0-based index, the line it starts on, its text and its value."""

    index: int
    line: int
    text: bytes
    value: Any


def decode_problem(
    file: str, text: bytes, first_line: int, exc: orjson.JSONDecodeError, where: str
) -> Problem:
    """A readable problem for JSON that ``orjson`` refused, at the physical line of the failure."""
    try:
        text.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = first_line + text.count(b"\n", 0, bad.start)
        byte = text[bad.start : bad.start + 1].hex()
        return Problem(file, line, where, f"invalid UTF-8: byte 0x{byte}")
    pos = min(max(exc.pos, 0), len(text))
    line = first_line + text.count(b"\n", 0, pos)
    column = pos - (text.rfind(b"\n", 0, pos) + 1) + 1
    reason = exc.msg if isinstance(exc.msg, str) else str(exc)
    if _NON_JSON.match(text, pos):
        reason = "NaN and Infinity are not JSON numbers"
    elif "depth limit" in reason:
        reason = "nested deeper than 1024 levels"
    return Problem(file, line, where, f"invalid JSON: {reason} at column {column}")


class _Window:
    """A window over the file: ``buf`` holds the bytes from absolute offset ``base``; earlier ones are dropped.

    ``line_at`` counts newlines forward from the last position it was asked about, so it must be called with
    non-decreasing positions, and nothing before that position is ever dropped.
    """

    def __init__(self, f: Any) -> None:
        self.f = f
        self.buf = b""
        self.base = 0
        self.eof = False
        self.mark = 0  # absolute offset whose line is known
        self.mark_line = 1

    def fill(self, keep: int) -> bool:
        """Append a chunk, dropping bytes before ``keep`` (absolute); False at the end of the file."""
        chunk = self.f.read(_CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.line_at(keep)
        self.buf = self.buf[keep - self.base :] + chunk
        self.base = keep
        return True

    def line_at(self, pos: int) -> int:
        if pos > self.mark:
            self.mark_line += self.buf.count(b"\n", self.mark - self.base, pos - self.base)
            self.mark = pos
        return self.mark_line


def _opening(win: _Window, file: str) -> Iterator[Problem | int]:
    """Problems before the first value, then the absolute offset of the first non-blank byte (-1 if none)."""
    win.fill(0)
    pos = 0
    if win.buf.startswith(_BOM):
        yield Problem(
            file, 1, "", "UTF-8 byte order mark (BOM) at the start of the file; ignored", Severity.WARNING
        )
        pos = len(_BOM)
    while True:
        rel = pos - win.base
        stripped = win.buf[rel:].lstrip(_WS)
        if stripped:
            yield pos + (len(win.buf) - rel - len(stripped))
            return
        pos = win.base + len(win.buf)
        if not win.fill(pos):
            yield -1
            return


def iter_array(path: Path, file: str) -> Iterator[Element | Problem]:
    """Stream the elements of a file holding one top-level JSON array; a :class:`Problem` for each fault.

    Structural faults (a trailing comma, an empty element, a bracket closed by the wrong bracket, an array that
    is never closed, data after the array) are reported with their line; the splitter stops at the first one it
    cannot step over. Elements that are not valid JSON (a missing comma, NaN, bad UTF-8) are reported and
    skipped. A file whose first value is not an array yields nothing but problems about its start.
    """
    with path.open("rb") as f:
        win = _Window(f)
        first = -1
        for item in _opening(win, file):
            if isinstance(item, Problem):
                yield item
            else:
                first = item
        if first < 0 or win.buf[first - win.base] != ord("["):
            return
        yield from _split(win, first + 1, file)


def _split(win: _Window, pos: int, file: str) -> Iterator[Element | Problem]:  # noqa: PLR0912
    index, start = 0, pos  # the current element begins at ``start`` (absolute)
    stack: list[int] = []
    while True:
        m = _NEXT(win.buf, pos - win.base)
        if m is None:  # an unterminated string or no structural byte left in the window: read on
            if not win.fill(start):
                line = win.line_at(win.base + len(win.buf))
                message = "truncated JSON at the end of the file: the array is not closed (expected ']')"
                yield Problem(file, line, "", message)
                return
            continue
        pos = win.base + m.end()
        if m.lastindex is None:
            continue  # a whole string: nothing inside it is structural
        byte, at = m.group(1)[0], win.base + m.start(1)
        if byte in _OPENERS:
            stack.append(byte)
        elif stack and byte in _CLOSER:
            opener = stack.pop()
            if opener != _CLOSER[byte]:
                want = "]" if opener == _OPENERS[0] else "}"
                message = (
                    f"invalid JSON: {chr(byte)!r} closes {chr(opener)!r} (expected {want!r}); stopping here"
                )
                yield Problem(file, win.line_at(at), f"[{index}]", message)
                return
        elif stack:
            continue  # a comma inside the element
        elif byte == ord("}"):
            message = "invalid JSON: '}' without a matching '{'; stopping here"
            yield Problem(file, win.line_at(at), f"[{index}]", message)
            return
        else:  # "," or "]" at the top level ends the element
            raw = win.buf[start - win.base : m.start(1)]
            text = raw.strip(_WS)
            if text:
                el_line = win.line_at(start + len(raw) - len(raw.lstrip(_WS)))
                try:
                    yield Element(index, el_line, text, orjson.loads(text))
                except orjson.JSONDecodeError as exc:
                    yield decode_problem(file, text, el_line, exc, f"[{index}]")
                index += 1
            elif byte == ord(",") or index > 0:
                what = "a trailing comma before ']'" if byte == ord("]") else "an empty element (two commas)"
                yield Problem(file, win.line_at(at), f"[{index}]", f"invalid JSON: {what}")
            start = pos
            if byte == ord("]"):
                yield from _after_array(win, pos, file)
                return


# Skip bytes that cannot matter, then take one token: a whole string (group 1 unset) or a structural byte.
_NEXT = re.compile(rb'[^"\[\]{},]*+(?:"(?:[^"\\]++|\\.)*+"|([\[\]{},]))', re.DOTALL).match
_OPENERS: Final = (ord("["), ord("{"))


def _after_array(win: _Window, pos: int, file: str) -> Iterator[Problem]:
    while True:
        rest = win.buf[pos - win.base :]
        stripped = rest.lstrip(_WS)
        if stripped:
            line = win.line_at(pos + len(rest) - len(stripped))
            yield Problem(file, line, "", "invalid JSON: data after the end of the array")
            return
        pos = win.base + len(win.buf)
        if not win.fill(pos):
            return


# --------------------------------------------------------------------------- key lines inside one element

_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}:,]', re.DOTALL)


@dataclass(slots=True)
class _Frame:
    is_object: bool
    key: str | int | None = None
    expect_key: bool = True


def line_of(text: bytes, first_line: int, path: list[str | int] | tuple[str | int, ...]) -> int:  # noqa: PLR0912  (one tokenizer state machine)
    """The physical line of the deepest part of ``path`` found in ``text`` (an element starting on ``first_line``).

    >>> line_of(b'{"a": 1,\\n "b": [\\n 7,\\n {"c": 2}]}', 10, ["b", 1, "c"])
    13
    >>> line_of(b'{"a": 1,\\n "b": [\\n 7,\\n {"c": 2}]}', 10, ["b", 0])
    12
    >>> line_of(b'{"a": 1,\\n "b": 2}', 10, ["missing"])
    10
    """
    best, matched = 0, 0
    frames: list[_Frame] = []

    def seen(position: int) -> bool:
        nonlocal best, matched
        if len(frames) > matched and _matches(frames, path):
            matched, best = len(frames), position
        return matched == len(path)

    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok in (b"{", b"["):
            frames.append(_Frame(is_object=tok == b"{", key=None if tok == b"{" else 0))
            if tok == b"[" and seen(_next_value(text, m.end())):
                break
        elif tok in (b"}", b"]"):
            if frames:
                frames.pop()
        elif not frames:
            continue
        elif tok == b",":
            frame = frames[-1]
            if frame.is_object:
                frame.expect_key = True
            else:
                assert isinstance(frame.key, int)  # noqa: S101  (arrays hold indices)
                frame.key += 1
                if seen(_next_value(text, m.end())):
                    break
        elif tok == b":":
            frames[-1].expect_key = False
        elif frames[-1].is_object and frames[-1].expect_key:
            try:
                frames[-1].key = orjson.loads(tok)
            except orjson.JSONDecodeError:
                continue
            if seen(m.start()):
                break
    return first_line + text.count(b"\n", 0, best)


def _next_value(text: bytes, pos: int) -> int:
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


def _matches(frames: list[_Frame], path: list[str | int] | tuple[str | int, ...]) -> bool:
    if len(frames) > len(path):
        return False
    return all(
        frame.key == part and frame.is_object == isinstance(part, str)
        for frame, part in zip(frames, path, strict=False)
    )


# --------------------------------------------------------------------------- JSON-LD inside HTML

_SCRIPT = re.compile(
    rb"""<script\b[^>]*\btype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)


def script_blocks(data: bytes) -> Iterator[tuple[int, bytes]]:
    """``(first line, text)`` of every ``<script type="application/ld+json">`` block of an HTML page."""
    for m in _SCRIPT.finditer(data):
        body = m.group(1)
        lead = len(body) - len(body.lstrip(_WS))
        yield 1 + data.count(b"\n", 0, m.start(1) + lead), body.strip(_WS)


def first_byte(path: Path) -> int | None:
    """The first byte of the file that is not whitespace (after a BOM), or None for a blank file."""
    with path.open("rb") as f:
        chunk = f.read(_CHUNK)
        chunk = chunk.removeprefix(_BOM)
        while chunk:
            stripped = chunk.lstrip(_WS)
            if stripped:
                return stripped[0]
            chunk = f.read(_CHUNK)
    return None
