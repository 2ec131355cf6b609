"""Check records against the contract: a schema pass (jsonschema-rs) and a semantic pass, every problem reported.

``validate_file`` streams a JSON Lines file in constant memory (apart from one entry per record id, to find
duplicates) and yields a :class:`~factgen.errors.Problem` per finding, with the 1-based physical line and the field
path (``evidence[0].start``). ``validate_record`` checks one parsed JSON value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Final

import jsonschema_rs

from factgen._io import (
    MAX_LINE_BYTES,
    Duplicates,
    JsonLine,
    describe,
    hash_key,
    input_name,
    iter_json_lines,
    replayable,
)
from factgen.errors import InputError, Problem, Severity, shorten
from factgen.models import Article, Record, export_schema
from factgen.models.checks import semantic_problems
from factgen.models.values import PATTERN_NAMES

__all__ = ["field_path", "validate_file", "validate_record"]

_Kind = jsonschema_rs.ValidationErrorKind


def field_path(parts: list[str | int] | tuple[str | int, ...]) -> str:
    """The field path used in every message: keys joined by dots, indices in brackets.

    >>> field_path(["evidence", 0, "start"])
    'evidence[0].start'
    >>> field_path([3, "questions", 1])
    '[3].questions[1]'
    >>> field_path([])
    ''
    """
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@cache
def _validator(model: type[Record | Article]) -> Any:
    return jsonschema_rs.validator_for(_ecma_anchors(export_schema(model)), validate_formats=True)


_PORTABLE_END: Final = "(?![\\s\\S])"


def _ecma_anchors(node: Any) -> Any:
    """The schema with every portable end anchor ``(?![\\s\\S])`` written ``$``.

    The published schema uses the lookahead because Python's ``re`` (python-jsonschema) lets ``$`` match before a
    trailing newline. jsonschema-rs follows ECMA-262, where ``$`` is the end of input, so for it the two are the same
    pattern, and ``$`` keeps it on the linear-time regex engine (a third less time per record in ``validate``).
    ``tests/test_schema.py`` checks that this runtime validator and python-jsonschema agree on the published one.
    """
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str) and value.endswith(_PORTABLE_END):
                out[key] = value.removesuffix(_PORTABLE_END) + "$"
            else:
                out[key] = _ecma_anchors(value)
        return out
    if isinstance(node, list):
        return [_ecma_anchors(v) for v in node]
    return node


@cache
def _schema(model: type[Record | Article]) -> dict[str, Any]:
    return export_schema(model)


def _node(root: dict[str, Any], schema_path: list[str | int]) -> Any:
    node: Any = root
    for part in schema_path:
        node = node[part]
    return node


def _enum_hint(options: list[Any], instance: object) -> str:
    if isinstance(instance, str):
        for option in options:
            if isinstance(option, str) and option.lower() == instance.lower().replace(" ", "_"):
                return f" (did you mean {option!r}?)"
    return ""


def _messages(err: Any, root: dict[str, Any]) -> Iterator[tuple[list[str | int], str]]:  # noqa: PLR0912
    """``(instance path, message)`` for one jsonschema-rs error, in factgen's "expected ..., got ..." form."""
    path, kind, got = list(err.instance_path), err.kind, err.instance
    if isinstance(kind, _Kind.AnyOf):  # nullable fields: report why the non-null branch failed
        branches = [errs for errs in kind.context if not _only_null_type(errs)]
        for errs in branches or kind.context:
            for sub in errs:
                yield from _messages(sub, root)
        return
    if isinstance(kind, _Kind.Required):
        yield [*path, kind.property], "missing required field"
    elif isinstance(kind, _Kind.AdditionalProperties):
        allowed = ", ".join(_node(root, list(err.schema_path)[:-1]).get("properties", {}))
        for key in kind.unexpected:
            yield [*path, key], f"unknown field; expected one of: {allowed}"
    elif isinstance(kind, _Kind.Type):
        yield path, f"expected {' or '.join(sorted(kind.types))}, got {describe(got)}"
    elif isinstance(kind, _Kind.Enum):
        options = ", ".join(repr(o) for o in kind.options)
        yield path, f"expected one of {options}, got {describe(got)}{_enum_hint(kind.options, got)}"
    elif isinstance(kind, _Kind.Constant):
        yield path, f"expected {kind.expected_value!r}, got {describe(got)}"
    elif isinstance(kind, _Kind.Pattern):
        portable = kind.pattern.removesuffix("$") + _PORTABLE_END  # the runtime schema writes the anchor `$`
        what = PATTERN_NAMES.get(kind.pattern) or PATTERN_NAMES.get(
            portable, f"a string matching {kind.pattern!r}"
        )
        yield path, f"expected {what}, got {shorten(got)}"
    elif isinstance(kind, _Kind.MaxLength | _Kind.MinLength):
        word = "most" if isinstance(kind, _Kind.MaxLength) else "least"
        yield path, f"expected at {word} {kind.limit} characters, got {len(got)} characters"
    elif isinstance(kind, _Kind.Minimum | _Kind.Maximum):
        op = ">=" if isinstance(kind, _Kind.Minimum) else "<="
        yield path, f"expected a number {op} {kind.limit}, got {shorten(got)}"
    elif isinstance(kind, _Kind.Format):
        yield path, f"expected a valid {kind.format} (YYYY-MM-DD), got {shorten(got)}"
    else:
        yield path, shorten(err.message, limit=200)


_MAX_DEPTH = 32  # no valid record nests deeper than 4 levels
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _cleaned(value: Any, depth: int, path: list[str | int], found: list[tuple[list[str | int], str]]) -> Any:
    """``value`` as jsonschema-rs can take it: containers below ``depth`` emptied (their type, which is what the
    schema reports, is kept) and lone surrogates replaced, each one noted in ``found``. Only a value the fast
    path refused ever comes here; a file parsed by orjson never holds a lone surrogate."""
    if isinstance(value, str):
        bad = _SURROGATE.search(value)
        if bad is None:
            return value
        found.append((path, f"expected Unicode text, got a lone surrogate U+{ord(bad.group()):04X}"))
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        if not depth:
            return {}
        out = {}
        for key, child in value.items():
            clean_key = _cleaned(key, 1, [*path, str(key)], found) if isinstance(key, str) else key
            out[clean_key] = _cleaned(child, depth - 1, [*path, clean_key], found)
        return out
    if isinstance(value, list):
        return [_cleaned(v, depth - 1, [*path, i], found) for i, v in enumerate(value)] if depth else []
    return value


def _only_null_type(errors: list[Any]) -> bool:
    return all(isinstance(e.kind, _Kind.Type) and list(e.kind.types) == ["null"] for e in errors)


def _schema_errors(
    validator: Any, obj: dict[str, Any]
) -> tuple[list[Any], list[tuple[list[str | int], str]]]:
    """jsonschema-rs errors of ``obj``, and problems it cannot see (lone surrogates)."""
    try:
        return ([] if validator.is_valid(obj) else list(validator.iter_errors(obj))), []
    except ValueError:  # nested past Python's recursion limit, or a string UTF-8 cannot encode
        found: list[tuple[list[str | int], str]] = []
        return list(validator.iter_errors(_cleaned(obj, _MAX_DEPTH, [], found))), found


def _problems_for(obj: Any, model: type[Record | Article], file: str, line: int | None) -> Iterator[Problem]:
    if not isinstance(obj, dict):
        yield Problem(file, line, "", f"expected a JSON object (one record per line), got {describe(obj)}")
        return
    errors, found = _schema_errors(_validator(model), obj)
    for path, message in found:
        yield Problem(file, line, field_path(path), message)
    for err in errors:
        for path, message in _messages(err, _schema(model)):
            yield Problem(file, line, field_path(path), message)
    if model is Record:
        for field, message in semantic_problems(obj):
            yield Problem(file, line, field, message)


def validate_record(obj: Any, *, file: str = "<record>", line: int | None = None) -> list[Problem]:
    """Every problem of one record given as parsed JSON (a ``dict``); ``[]`` when it is valid.

    >>> [str(p) for p in validate_record({"id": 7})][:2]
    ['<record>: schema_version: missing required field', '<record>: claim: missing required field']
    """
    return list(_problems_for(obj, Record, file, line))


def _load_article_texts(path: Path) -> tuple[dict[str, str], list[Problem]]:
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for item in _read(path):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        found = list(_problems_for(item.value, Article, str(path), item.line))
        problems.extend(found)
        if not found:
            texts[item.value["id"]] = item.value["text"]
    return texts, problems


_ARTICLE_LINE_BYTES: Final = 128 << 20  # an article's text may hold 10 million characters, escaped in JSON


def _read(path: Path) -> Iterator[JsonLine | Problem]:
    try:
        yield from iter_json_lines(path, max_line_bytes=_ARTICLE_LINE_BYTES)
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from None


def _span_against_articles(
    span: Mapping[str, Any], field: str, texts: Mapping[str, str], file: str, line: int
) -> Iterator[Problem]:
    article_id, start, end = span.get("article_id"), span.get("start"), span.get("end")
    if not isinstance(article_id, str) or not isinstance(start, int) or not isinstance(end, int):
        return
    text = texts.get(article_id)
    if text is None:
        yield Problem(
            file,
            line,
            f"{field}.article_id",
            f"unknown article {shorten(article_id)} (not in the articles file)",
        )
    elif end > len(text):
        yield Problem(
            file, line, f"{field}.end", f"expected at most the article length ({len(text)}), got {end}"
        )
    elif (
        "text" in span
        and isinstance(span["text"], str)
        and 0 <= start <= end
        and text[start:end] != span["text"]
    ):
        yield Problem(
            file,
            line,
            f"{field}.text",
            f"expected article text[{start}:{end}] = {shorten(text[start:end])}, got {shorten(span['text'])}",
        )


def validate_file(
    path: str | Path,
    *,
    articles: str | Path | Mapping[str, str] | None = None,
    max_line_bytes: int = MAX_LINE_BYTES,
    display: str | None = None,
) -> Iterator[Problem]:
    """Stream every problem of a JSON Lines file of records, in file order (duplicate ids last).

    Memory stays flat: 8 bytes per record for the duplicate-id check, whose lines are found by a second pass over
    the file that runs only when some id repeats. ``-`` is standard input; standard input, a pipe or a FIFO is
    read once (see :func:`factgen._io.replayable`). ``display`` is the name messages give the file.

    ``articles`` (a JSON Lines file of articles, or a mapping of article id to text) turns on the span checks:
    unknown article ids, offsets past the text, and evidence text that differs from ``article.text[start:end]``.
    A line longer than ``max_line_bytes`` (16 MiB by default) is one problem, read in chunks and never held.
    Raises :class:`~factgen.errors.InputError` only when a file cannot be read at all.
    """
    path = Path(path)
    file = display if display is not None else input_name(path)
    texts: Mapping[str, str] | None = None
    if isinstance(articles, Mapping):
        texts = articles
    elif articles is not None:
        texts, article_problems = _load_article_texts(Path(articles))
        yield from article_problems
    counts = [0, 0]  # records read, unreadable lines
    ids = Duplicates()
    try:
        with replayable(path) as real:
            lines = iter_json_lines(real, display=file, max_line_bytes=max_line_bytes)
            yield from _check_lines(lines, file, texts, counts, ids)
            yield from _duplicate_ids(real, file, ids.repeated(), max_line_bytes)
    except OSError as exc:
        msg = f"{file}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from None
    if counts == [0, 0]:
        yield Problem(file, None, "", "no records: the file holds no JSON Lines")


def _check_lines(
    items: Iterator[JsonLine | Problem],
    file: str,
    texts: Mapping[str, str] | None,
    counts: list[int],
    ids: Duplicates,
) -> Iterator[Problem]:
    """The hot loop: a valid record costs one parse, one ``is_valid``, one semantic pass and an 8-byte id key."""
    is_valid = _validator(Record).is_valid
    for item in items:
        if type(item) is not JsonLine:
            assert isinstance(item, Problem)  # noqa: S101  (for mypy: the reader yields only these two)
            counts[1] += item.severity is Severity.ERROR
            yield item
            continue
        counts[0] += 1
        obj, line = item.value, item.line
        if type(obj) is not dict or not is_valid(obj) or semantic_problems(obj):
            yield from _problems_for(obj, Record, file, line)
            if type(obj) is not dict:
                continue
        record_id = obj.get("id")
        if isinstance(record_id, str):
            ids.add(hash_key(record_id))
        if texts is not None:
            yield from _spans_against_articles(obj, texts, file, line)


def _duplicate_ids(path: Path, file: str, repeated: set[int], max_line_bytes: int) -> Iterator[Problem]:
    """Second pass, only for a file with repeated id keys: the line of each repeat and of the id's first use."""
    if not repeated:
        return
    first: dict[str, int] = {}
    for item in iter_json_lines(path, display=file, max_line_bytes=max_line_bytes):
        if not isinstance(item, JsonLine) or type(item.value) is not dict:
            continue
        record_id = item.value.get("id")
        if not isinstance(record_id, str) or hash_key(record_id) not in repeated:
            continue
        if first.setdefault(record_id, item.line) != item.line:
            message = f"duplicate id {shorten(record_id)}, first seen on line {first[record_id]}"
            yield Problem(file, item.line, "id", message)


def _spans_against_articles(
    obj: dict[str, Any], texts: Mapping[str, str], file: str, line: int
) -> Iterator[Problem]:
    spans = [("source", obj.get("source"))]
    evidence = obj.get("evidence")
    spans += [(f"evidence[{i}]", ev) for i, ev in enumerate(evidence if isinstance(evidence, list) else [])]
    for field, span in spans:
        if isinstance(span, Mapping):
            yield from _span_against_articles(span, field, texts, file, line)
