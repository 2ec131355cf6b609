"""Third-party claim files in and out: FEVER, AVeriTeC and schema.org ClaimReview.

``validate_any`` checks a file in any of these formats (or factgen records) and streams every problem;
``import_file`` / ``load`` turn a file into :class:`~factgen.models.Record` s (``provenance.method`` is
``imported``, ``provenance.origin`` says where each came from); ``write_format`` writes records back out.
The label maps are documented in each format's module (``factgen.convert.fever`` and so on).

>>> from factgen.convert import FORMATS
>>> sorted(FORMATS)
['averitec', 'claimreview', 'fever']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import orjson

from factgen._io import (
    MAX_LINE_BYTES,
    Duplicates,
    JsonLine,
    atomic_write,
    dumps,
    input_name,
    iter_json_lines,
    replayable,
)
from factgen.convert._base import FormatSpec, Item, check_item, to_model, validator
from factgen.convert.averitec import AVERITEC, AVERITEC_LABELS, AVERITEC_SCHEMA, averitec_label
from factgen.convert.claimreview import CLAIMREVIEW, CLAIMREVIEW_SCHEMA, TEXTUAL_RATINGS, rating_label
from factgen.convert.detect import FORMAT_NAMES, Detection, detect_format
from factgen.convert.fever import FEVER, FEVER_LABELS, FEVER_SCHEMA, fever_label
from factgen.errors import ConfigError, ExportError, InputError, Problem, RecordValidationError, Severity
from factgen.models import Record
from factgen.validate import field_path, validate_file

__all__ = [
    "AVERITEC_LABELS",
    "FEVER_LABELS",
    "FORMATS",
    "FORMAT_NAMES",
    "FORMAT_SCHEMA_FILES",
    "TEXTUAL_RATINGS",
    "ConversionReport",
    "Detection",
    "ExportError",
    "averitec_label",
    "convert_file",
    "detect_format",
    "export_file",
    "fever_label",
    "format_schema_text",
    "import_file",
    "load",
    "load_averitec",
    "load_claimreview",
    "load_fever",
    "rating_label",
    "resolve_format",
    "validate_any",
    "write_averitec",
    "write_claimreview",
    "write_fever",
    "write_format",
]

FORMATS: Final[dict[str, FormatSpec]] = {"fever": FEVER, "averitec": AVERITEC, "claimreview": CLAIMREVIEW}
FORMAT_SCHEMA_FILES: Final[dict[str, dict[str, Any]]] = {
    "fever.schema.json": FEVER_SCHEMA,
    "averitec.schema.json": AVERITEC_SCHEMA,
    "claimreview.schema.json": CLAIMREVIEW_SCHEMA,
}


def format_schema_text(name: str) -> str:
    """The exact text committed in ``schemas/`` for a format schema (``fever.schema.json`` ...)."""
    return json.dumps(FORMAT_SCHEMA_FILES[name], indent=2, ensure_ascii=False) + "\n"


def resolve_format(path: str | Path, format: str = "auto") -> tuple[str | None, str]:
    """``(format name, how it was found)``; the name is None when ``auto`` cannot tell. Raises ``InputError``
    for an unreadable file and ``ConfigError`` for an unknown format name."""
    if format != "auto":
        if format not in FORMAT_NAMES:
            msg = f"unknown format {format!r}; expected one of auto, {', '.join(FORMAT_NAMES)}"
            raise ConfigError(msg)
        return format, "given"
    try:
        found = detect_format(path)
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from None
    if found.format is None and found.container in ("jsonl", "empty"):  # factgen's own container and default
        return "factgen", f"{found.reason}; checked as factgen records"
    return found.format, found.reason


def _checked(
    spec: FormatSpec, path: Path, file: str, *, stream_duplicates: bool, want_items: bool = True
) -> Iterator[Problem | tuple[Item, dict[str, Any]]]:
    """Every problem, and ``(item, normalised value)`` for every valid item (if ``want_items``), in file order.

    With ``stream_duplicates`` a duplicate is reported (and withheld) where it occurs, at the cost of a dict
    entry per record; otherwise only an 8-byte key per record is kept, and the duplicates are reported after a
    second pass that runs only when there are some. A valid record costs one parse, one ``is_valid`` and the
    format's quick semantic check.
    """
    dups = Duplicates()
    seen: dict[int, tuple[int, int]] = {}
    count = unreadable = 0
    try:
        for entry, obj, item, problems in _pass(spec, path, file):
            if isinstance(entry, Problem):
                unreadable += entry.severity is Severity.ERROR
                yield _container_problem(entry, spec)
                continue
            index, count = count, count + 1
            yield from problems
            if obj is None:
                continue
            key = spec.key(obj)
            if key is not None and stream_duplicates:
                first = seen.setdefault(key, (entry.line, index))
                if first != (entry.line, index):
                    yield _duplicate(spec, key, first, item or Item(obj, entry.line), file)
                    continue
            elif key is not None:
                dups.add(key)
            if want_items:
                yield (item or Item(entry.value, entry.line)), obj
        yield from _duplicates_found(spec, path, file, dups.repeated())
    except OSError as exc:
        msg = f"{file}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from None
    if count == 0 and unreadable == 0:
        yield Problem(file, None, "", f"no records: the file holds no {spec.title} records")


_Entry = tuple[Any, dict[str, Any] | None, Item | None, list[Problem]]


def _pass(spec: FormatSpec, path: Path, file: str) -> Iterator[_Entry]:
    """``(entry, valid value or None, item or None, problems)`` per read entry; a reader problem comes as
    ``(problem, None, None, [problem])``. The hot path builds no :class:`Item` for a valid JSON Lines row."""
    fast = spec.fast
    is_valid = validator(spec.schema).is_valid if fast is not None else None
    for entry in spec.read(path, file):
        if isinstance(entry, Problem):
            yield entry, None, None, [entry]
            continue
        obj = entry.value
        if is_valid is not None and fast is not None and type(obj) is dict and is_valid(obj) and fast(obj):
            yield entry, obj, entry if type(entry) is Item else None, []
            continue
        item = entry if isinstance(entry, Item) else Item(obj, entry.line)
        valid, problems = check_item(spec, item, file)
        yield entry, valid, item, problems


def _duplicate(spec: FormatSpec, key: int, first: tuple[int, int], item: Item, file: str) -> Problem:
    where, message = spec.duplicate(key, *first)
    return Problem(file, item.line, field_path([*item.path, where] if where else list(item.path)), message)


def _duplicates_found(spec: FormatSpec, path: Path, file: str, repeated: set[int]) -> Iterator[Problem]:
    """Second pass, only for files with duplicate keys: the line of every repeat and of its first occurrence."""
    if not repeated:
        return
    first: dict[int, tuple[int, int]] = {}
    index = -1
    for entry, obj, item, _ in _pass(spec, path, file):
        index += not isinstance(entry, Problem)
        if obj is None:
            continue
        key = spec.key(obj)
        if key in repeated and first.setdefault(key, (entry.line, index)) != (entry.line, index):
            yield _duplicate(spec, key, first[key], item or Item(obj, entry.line), file)


def _container_problem(problem: Problem, spec: FormatSpec) -> Problem:
    """The JSON Lines reader's "found a JSON array" message, naming the format."""
    if not problem.message.startswith("expected JSON Lines (one JSON object per line), found a JSON array"):
        return problem
    message = (
        f"expected {spec.title} as JSON Lines (one JSON object per line), found a JSON array; "
        "convert it with: jq -c '.[]' FILE > FILE.jsonl"
    )
    return Problem(problem.file, problem.line, problem.field, message)


def validate_any(
    path: str | Path,
    *,
    format: str = "auto",
    articles: str | Path | Mapping[str, str] | None = None,
    max_line_bytes: int = MAX_LINE_BYTES,
    display: str | None = None,
) -> Iterator[Problem]:
    """Stream every problem of a claim file in any known format (``auto`` detects it per file).

    Factgen records go to :func:`~factgen.validate.validate_file` (``articles`` and ``max_line_bytes`` apply to
    them only; third-party JSON Lines keep the default line-size limit). ``-`` is standard input; standard
    input, a pipe or a FIFO is read once. ``display`` is the name messages give the file.
    Raises :class:`~factgen.errors.InputError` only when the file cannot be read at all.
    """
    path = Path(path)
    file = display if display is not None else input_name(path)
    with replayable(path) as real:
        name, reason = resolve_format(real, format)
        if name is None:
            message = f"cannot tell the format ({reason}); pass --format {'|'.join(FORMAT_NAMES)}"
            yield Problem(file, None, "", message)
            return
        if name == "factgen":
            yield from validate_file(real, articles=articles, max_line_bytes=max_line_bytes, display=file)
            return
        for entry in _checked(FORMATS[name], real, file, stream_duplicates=False, want_items=False):
            if type(entry) is Problem:
                yield entry


def import_file(path: str | Path, *, format: str = "auto") -> Iterator[Record | Problem]:
    """Every record a third-party file holds, as factgen records, and every problem, in file order (total).

    A record is yielded only when its source item has no error; the records always pass ``factgen validate``.
    ``-`` is standard input, read once.
    """
    path = Path(path)
    file = input_name(path)
    with replayable(path) as real:
        yield from _imported(real, file, format)


def _imported(path: Path, file: str, format: str) -> Iterator[Record | Problem]:
    name, reason = resolve_format(path, format)
    if name is None or name == "factgen":
        what = "factgen records need no import" if name == "factgen" else f"cannot tell the format ({reason})"
        yield Problem(file, None, "", f"{what}; pass one of: {', '.join(FORMATS)}")
        return
    spec = FORMATS[name]
    for entry in _checked(spec, path, file, stream_duplicates=True):
        if isinstance(entry, Problem):
            yield entry
            continue
        item, obj = entry
        where = field_path(list(item.path))
        try:
            made = list(spec.to_records(obj, item, file))
        except InputError as exc:
            yield Problem(file, item.line, where, str(exc))
            continue
        for record in made:
            result = to_model(record, file, item.line, where)
            if isinstance(result, Record):
                yield result
            else:
                yield from result


def load(path: str | Path, *, format: str = "auto") -> Iterator[Record]:
    """The records of a valid third-party file; raises :class:`~factgen.errors.RecordValidationError` at the
    first error (warnings are ignored). Use :func:`import_file` to see every problem."""
    for entry in import_file(path, format=format):
        if isinstance(entry, Record):
            yield entry
        elif entry.severity is Severity.ERROR:
            raise RecordValidationError([entry])


def load_fever(path: str | Path) -> Iterator[Record]:
    """Records of a FEVER JSON Lines file (see :func:`load`)."""
    return load(path, format="fever")


def load_averitec(path: str | Path) -> Iterator[Record]:
    """Records of an AVeriTeC JSON array (see :func:`load`)."""
    return load(path, format="averitec")


def load_claimreview(path: str | Path) -> Iterator[Record]:
    """Records of a ClaimReview file: JSON-LD, HTML, or a Fact Check Tools response (see :func:`load`)."""
    return load(path, format="claimreview")


# --------------------------------------------------------------------------- writing


@dataclass
class ConversionReport:
    """What a conversion did: records written, records skipped, and every problem (the reasons)."""

    written: int = 0  # records in the output file (0 when nothing was written)
    valid: int = 0  # records that were valid, whether or not they were written
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    wrote_file: bool = False

    @property
    def errors(self) -> int:
        return sum(p.severity is Severity.ERROR for p in self.problems)


class _Abort(Exception):
    """Raised inside ``atomic_write`` so the temporary file is removed and nothing is written."""


def _write_values(values: Iterable[dict[str, Any]], path: Path, name: str) -> int:
    with atomic_write(path) as f:
        return _stream_into(f, values, name)


def write_format(records: Iterable[Record], path: str | Path, *, format: str) -> int:
    """Write records in a third-party format, atomically; returns how many. Raises :class:`ExportError`
    (nothing written) when a record cannot be expressed in the format."""
    if format not in FORMATS:
        msg = f"unknown export format {format!r}; expected one of {', '.join(FORMATS)}"
        raise ConfigError(msg)
    spec = FORMATS[format]
    return _write_values((spec.from_record(r) for r in records), Path(path), format)


def write_fever(records: Iterable[Record], path: str | Path) -> int:
    """Write records as FEVER JSON Lines (see :func:`write_format`)."""
    return write_format(records, path, format="fever")


def write_averitec(records: Iterable[Record], path: str | Path) -> int:
    """Write records as an AVeriTeC JSON array (see :func:`write_format`)."""
    return write_format(records, path, format="averitec")


def write_claimreview(records: Iterable[Record], path: str | Path) -> int:
    """Write records as a JSON array of schema.org ClaimReview objects (see :func:`write_format`)."""
    return write_format(records, path, format="claimreview")


def convert_file(
    path: str | Path,
    out: str | Path,
    *,
    format: str = "auto",
    skip_invalid: bool = False,
) -> ConversionReport:
    """Import a third-party file into factgen records (JSON Lines at ``out``).

    With errors and without ``skip_invalid`` nothing is written; with it, exactly the valid records are.
    """
    report = ConversionReport()
    try:
        with atomic_write(Path(out)) as f:
            for entry in import_file(path, format=format):
                if isinstance(entry, Record):
                    f.write(dumps(entry.model_dump(mode="json")))
                    report.valid += 1
                else:
                    report.problems.append(entry)
            if report.errors and not skip_invalid:
                raise _Abort
    except _Abort:
        return _count_skipped(report)
    report.written, report.wrote_file = report.valid, True
    return _count_skipped(report)


def _count_skipped(report: ConversionReport) -> ConversionReport:
    places = {(p.line, p.field.split(".")[0]) for p in report.problems if p.severity is Severity.ERROR}
    report.skipped = len(places)
    return report


def export_file(
    path: str | Path, out: str | Path, *, to: str, skip_invalid: bool = False
) -> ConversionReport:
    """Write the factgen records of a JSON Lines file in a third-party format.

    Records that break the contract, that the format cannot express, or whose exported form its own validator
    would refuse (a second ClaimReview of the same claim, url and rating) are problems: with any, nothing is
    written unless ``skip_invalid``, which writes exactly the others. So the file written always passes
    ``factgen validate --format TO``. ``-`` is standard input, read once.
    """
    if to not in FORMATS:
        msg = f"unknown export format {to!r}; expected one of {', '.join(FORMATS)}"
        raise ConfigError(msg)
    path = Path(path)
    file = input_name(path)
    with replayable(path) as real:
        return _export(real, file, Path(out), FORMATS[to], skip_invalid)


def _export(path: Path, file: str, out: Path, spec: FormatSpec, skip_invalid: bool) -> ConversionReport:
    report = ConversionReport(problems=list(validate_file(path, display=file)))
    bad_lines = {p.line for p in report.problems if p.severity is Severity.ERROR}
    first_line: dict[int, int] = {}  # the format's duplicate key -> line of the record exported with it

    def exported() -> Iterator[dict[str, Any]]:
        for entry in iter_json_lines(path, display=file):
            if not isinstance(entry, JsonLine) or entry.line in bad_lines:
                continue
            record = Record.model_validate_json(orjson.dumps(entry.value))
            refused: Problem | None
            try:
                value = spec.from_record(record)
            except ExportError as exc:
                refused = Problem(file, entry.line, "verdict.label", str(exc))
            else:
                refused = _refused(spec, value, file, entry.line, first_line)
                if refused is None:
                    yield value
                    continue
            report.problems.append(refused)
            bad_lines.add(entry.line)

    try:
        with atomic_write(out) as f:
            report.valid = _stream_into(f, exported(), spec.name)
            if report.errors and not skip_invalid:
                raise _Abort
    except _Abort:
        report.skipped = len(bad_lines)
        return report
    report.skipped = len(bad_lines)
    report.written, report.wrote_file = report.valid, True
    return report


def _refused(
    spec: FormatSpec, value: dict[str, Any], file: str, line: int, first_line: dict[int, int]
) -> Problem | None:
    """Why the format's own validator would refuse ``value`` (exported from the record on ``line``), or None."""
    _, problems = check_item(spec, Item(value, line), file)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        where = f"{errors[0].field}: " if errors[0].field else ""
        message = f"not exported: its {spec.title} form would be invalid: {where}{errors[0].message}"
        return Problem(file, line, "", message)
    key = spec.key(value)
    if key is not None and first_line.setdefault(key, line) != line:
        _, message = spec.duplicate(key, first_line[key], 0)
        return Problem(file, line, "", f"not exported: {message} (in the exported file)")
    return None


def _stream_into(f: Any, values: Iterable[dict[str, Any]], name: str) -> int:
    """Format objects as JSON Lines (FEVER) or as one JSON array with an element per line (the others)."""
    count = 0
    if name == "fever":
        for value in values:
            f.write(dumps(value))
            count += 1
        return count
    f.write(b"[")
    for value in values:
        f.write(b",\n" if count else b"\n")
        f.write(orjson.dumps(value))
        count += 1
    f.write(b"\n]\n")
    return count
