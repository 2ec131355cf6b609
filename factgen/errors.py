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

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

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
    "shorten",
]

_MAX_VALUE_CHARS = 80


def shorten(value: object, limit: int = _MAX_VALUE_CHARS) -> str:
    """``repr(value)``, cut in the middle when it is long, so a message never echoes a huge value.

    >>> shorten("abc")
    "'abc'"
    >>> shorten("x" * 1000, limit=20)
    "'xxxxxxx…xxxxxxx' (1002 chars)"
    """
    text = repr(value)
    if len(text) <= limit:
        return text
    half = (limit - 4) // 2
    return f"{text[:half]}…{text[-half:]} ({len(text)} chars)"


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
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.severity is Severity.WARNING:
            parts.append("warning")
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)

    def to_dict(self) -> dict[str, object]:
        """The machine form printed by ``factgen validate --json``."""
        return {
            "file": self.file,
            "line": self.line,
            "field": self.field,
            "severity": str(self.severity),
            "message": self.message,
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
