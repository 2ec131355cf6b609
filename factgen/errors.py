"""Everything factgen raises, and the one diagnostic format it prints.

The exception tree (every factgen error is also a builtin, so ``except ValueError`` keeps working)::

    FactgenError
    ├─ InputError(FactgenError, ValueError)      bad user data: carries path/line/field
    │   ├─ ArticleLoadError                        unreadable corpus, manifest mismatch
    │   ├─ QuantityError                           parse_quantity on a non-quantity
    │   ├─ RecordValidationError                   carries problems: list[Problem]
    │   └─ ExportError                             a record the target format cannot express
    ├─ ConfigError(FactgenError, ValueError)     bad option combination, bad seed, a refused --out
    ├─ OutputError(FactgenError, OSError)        the OS refused a write: full disk, read-only, a path under a file
    └─ PublishError(FactgenError, RuntimeError)  offline, no token, repo refused

A :class:`Problem` is one finding about one place in one file. ``str(problem)`` is the format used
everywhere (CLI, exceptions, logs)::

    claims.jsonl:2128: evidence[0].start: expected integer, got '12'

Lines are 1-based physical lines of the file; character offsets elsewhere in factgen are 0-based.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = [
    "ArticleLoadError",
    "ConfigError",
    "ExportError",
    "FactgenError",
    "InputError",
    "OutputError",
    "Problem",
    "PublishError",
    "QuantityError",
    "RecordValidationError",
    "Severity",
    "printable",
    "shorten",
]

_MAX_VALUE_CHARS = 80
_MAX_FIELD_CHARS: Final = 200  # a field path names at most a few keys; a longer one is cut in the middle
_MAX_MESSAGE_CHARS: Final = 2_000

# What must never reach a terminal as is: C0/C1 controls (a newline forges a diagnostic line, ESC moves the
# cursor), the Unicode line and paragraph separators, and lone surrogates (a file name's undecodable byte
# 0xC1 arrives from the OS as U+DCC1; printed raw it shows as 'Á' or breaks the UTF-8 output).
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that did not decode (surrogateescape)
        return f"<0x{code - 0xDC00:02x}>"
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half]}…{text[-half:]}"


def printable(text: str, limit: int | None = None) -> str:
    """``text`` safe to print on one line: control characters escaped, undecodable bytes as ``<0xc1>``, cut
    in the middle to ``limit`` characters.

    >>> printable("a\\nb: forged"), printable("n\\udcc1me.jsonl"), printable("tab\\there")
    ('a\\\\nb: forged', 'n<0xc1>me.jsonl', 'tab\\\\there')
    >>> printable("x" * 50, limit=11)
    'xxxxx…xxxxx'
    """
    if limit is not None:
        text = _cut(text, limit)
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def shorten(value: object, limit: int = _MAX_VALUE_CHARS) -> str:
    """``repr(value)``, cut in the middle when it is long, so a message never echoes a huge value.

    Only the two ends of a long string are ever copied, and an integer too long for ``repr`` is described.

    >>> shorten("abc")
    "'abc'"
    >>> shorten("x" * 1000, limit=20)
    "'xxxxxxx…xxxxxxx' (1000 chars)"
    >>> shorten(10**5000)
    'an integer of 5001 digits'
    """
    half = (limit - 4) // 2
    if isinstance(value, str) and len(value) > limit:
        head, tail = repr(value[:half]), repr(value[-half:])
        return f"{head[:half]}…{tail[-half:]} ({len(value)} chars)"
    if isinstance(value, int) and value.bit_length() > _MAX_REPR_BITS:
        return f"an integer of {_digits(value)} digits"
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[:half]}…{text[-half:]} ({len(text)} chars)"


_MAX_REPR_BITS: Final = 10_000  # about 3,000 digits: below Python's 4,300-digit limit on int -> str


def _digits(value: int) -> int:
    """Decimal digits of a huge integer, without converting it to a string (which Python refuses)."""
    n = abs(value)
    estimate = int(n.bit_length() * 0.30102999566398120)  # log10(2)
    return estimate + int(n >= 10**estimate)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: where (file, 1-based line, field path) and what (a one-line message).

    >>> str(Problem("claims.jsonl", 3, "evidence[0].start", "expected integer, got '12'"))
    "claims.jsonl:3: evidence[0].start: expected integer, got '12'"
    >>> str(Problem("claims.jsonl", 1, "", "file starts with a UTF-8 BOM", Severity.WARNING))
    'claims.jsonl:1: warning: file starts with a UTF-8 BOM'
    """

    file: str
    line: int | None
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        """One line, whatever the file name, keys and values hold (see :func:`printable`)."""
        file, field, message = self._printable()
        where = file if self.line is None else f"{file}:{self.line}"
        parts = [where]
        if self.severity is Severity.WARNING:
            parts.append("warning")
        if field:
            parts.append(field)
        parts.append(message)
        return ": ".join(parts)

    def _printable(self) -> tuple[str, str, str]:
        return (
            printable(self.file),
            printable(self.field, _MAX_FIELD_CHARS),
            printable(self.message, _MAX_MESSAGE_CHARS),
        )

    def to_dict(self) -> dict[str, object]:
        """The machine form printed by ``factgen validate --json`` (escaped as in the text form)."""
        file, field, message = self._printable()
        return {
            "file": file,
            "line": self.line,
            "field": field,
            "severity": str(self.severity),
            "message": message,
        }


class FactgenError(Exception):
    """Base of everything factgen raises on purpose."""


class InputError(FactgenError, ValueError):
    """The user's data is not what factgen needs; the message names the file, line and field."""


class ArticleLoadError(InputError):
    """A corpus, an article file or a manifest cannot be read."""


class QuantityError(InputError):
    """``parse_quantity`` was given text that is not one quantity."""


class RecordValidationError(InputError):
    """One or more records break the contract; ``problems`` lists every finding."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "invalid record"
        more = len(self.problems) - 1
        super().__init__(first if more == 0 else f"{first} (and {more} more problems)")


class ExportError(InputError):
    """A record cannot be written in a third-party format (e.g. CONFLICTING has no FEVER label)."""


class ConfigError(FactgenError, ValueError):
    """An option or a combination of options is not usable."""


class OutputError(FactgenError, OSError):
    """The OS refused to write an output; the message names the path and the OS's reason, and nothing is left."""


class PublishError(FactgenError, RuntimeError):
    """The dataset could not be published: offline, no token, or refused by the Hub."""
