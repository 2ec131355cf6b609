"""Checks of the contract that a JSON Schema cannot express: spans, quantities inside their claim, provenance.

They run once per record in ``factgen validate``'s hot loop: plain code on the JSON form of a record that returns
a list, empty when valid. :class:`~factgen.models.Record` runs them too, so a model never holds a broken record.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from factgen.errors import shorten
from factgen.models.values import Interval, Method, decimal_str, parse_decimal

__all__ = ["semantic_problems"]


Found = list[tuple[str, str]]


def _check_span(span: Mapping[str, Any], path: str, out: Found) -> bool:
    """Offsets are integers with ``start <= end``; True when both are integers (further checks may follow)."""
    start, end = span.get("start"), span.get("end")
    if type(start) is int and type(end) is int:
        if end < start:
            out.append((f"{path}.end", f"expected end >= start ({start}), got {end}"))
        return True
    for key, offset in (("start", start), ("end", end)):
        if isinstance(offset, float):  # JSON Schema counts 3.0 as an integer; an offset must be written 3
            out.append((f"{path}.{key}", f"expected integer, got number {offset!r}"))
    return False


def _numbers(q: Mapping[str, Any]) -> list[Decimal | None] | None:
    """``[low, high, value]`` (None where null), or None when one is not a decimal string of the contract:
    the schema pass reports it, and nothing here ever parses a huge number, a NaN or a float."""
    out: list[Decimal | None] = []
    for raw in (q.get("low"), q.get("high"), q.get("value")):
        if raw is None:
            out.append(None)
            continue
        number = parse_decimal(raw)
        if number is None:
            return None
        out.append(number)
    return out


def _check_quantity(q: Mapping[str, Any], path: str, claim: object, out: Found) -> None:
    if _check_span(q, path, out) and isinstance(claim, str) and isinstance(q.get("surface"), str):
        start, end, surface = q["start"], q["end"], q["surface"]
        if end > len(claim):
            out.append((f"{path}.end", f"expected at most the claim length ({len(claim)}), got {end}"))
        elif start <= end and claim[start:end] != surface:
            got = f"expected claim[{start}:{end}] = {shorten(claim[start:end])}, got {shorten(surface)}"
            out.append((f"{path}.surface", got))
    numbers = _numbers(q)
    if numbers is None:
        return
    low, high, value = numbers
    closed_low, closed_high = q.get("low_inclusive") is True, q.get("high_inclusive") is True
    # Plain comparisons first (this runs for every quantity of every record); an Interval only for the message.
    empty = (
        low is not None
        and high is not None
        and (low > high or (low == high and not (closed_low and closed_high)))
    )
    outside = value is not None and (
        (low is not None and (value < low or (value == low and not closed_low)))
        or (high is not None and (value > high or (value == high and not closed_high)))
    )
    if empty or outside:
        interval = Interval(low, high, closed_low, closed_high)
        if empty:
            out.append((f"{path}.high", f"expected a non-empty interval, got {interval}"))
        elif value is not None:
            out.append((f"{path}.value", f"expected a value inside {interval}, got {decimal_str(value)}"))


def _check_provenance(provenance: Mapping[str, Any], out: Found) -> None:
    """A transformed record names its rule and parent; only an imported record has (and needs) an origin."""
    method = provenance.get("method")
    if method == Method.TRANSFORMED:
        if provenance.get("rule") is None or provenance.get("parent_id") is None:
            out.append(("provenance", "expected a rule and a parent_id for a transformed record, got null"))
    elif provenance.get("parent_id") is not None:
        out.append(("provenance.parent_id", f"expected null for method {method!r}, got a parent id"))
    origin = provenance.get("origin", None)
    if method == Method.IMPORTED and origin is None and "origin" in provenance:
        out.append(("provenance.origin", "expected the origin of an imported record, got null"))
    elif method != Method.IMPORTED and origin is not None:
        out.append(("provenance.origin", f"expected null for method {method!r}, got an origin"))


def semantic_problems(record: Mapping[str, Any]) -> Found:
    """``(field path, message)`` for every rule of the contract that JSON Schema cannot express.

    Runs on the JSON form of a record; fields of the wrong type are skipped (the schema pass reports them).

    >>> semantic_problems({"evidence": [{"start": 9, "end": 4, "text": "abc"}]})
    [('evidence[0].end', 'expected end >= start (9), got 4')]
    """
    out: Found = []
    source = record.get("source")
    if isinstance(source, dict):
        _check_span(source, "source", out)
    evidence = record.get("evidence")
    if isinstance(evidence, list):
        for i, ev in enumerate(evidence):
            if isinstance(ev, dict) and _check_span(ev, f"evidence[{i}]", out):
                text, width = ev.get("text"), ev["end"] - ev["start"]
                if isinstance(text, str) and width >= 0 and len(text) != width:
                    out.append(
                        (f"evidence[{i}].text", f"expected {width} characters (end - start), got {len(text)}")
                    )
    quantities = record.get("quantities")
    if isinstance(quantities, list):
        claim = record.get("claim")
        for i, q in enumerate(quantities):
            if isinstance(q, dict):
                _check_quantity(q, f"quantities[{i}]", claim, out)
    provenance = record.get("provenance")
    if isinstance(provenance, dict):
        _check_provenance(provenance, out)
    return out
