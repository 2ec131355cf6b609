"""Hypothesis strategies for factgen, in one module (attrs' convention). Each section belongs to one feature.

Import as ``from tests.strategies import records`` (pytest puts the repository root on ``sys.path``).
"""

from __future__ import annotations

import copy
import string
from typing import Any

from hypothesis import strategies as st

from factgen.models import SCHEMA_VERSION, Bound, Kind, Label, Method

# --------------------------------------------------------------------------- records (the contract, issue 3)

JsonDict = dict[str, Any]

ids = st.text(string.ascii_letters + string.digits + "._:-", min_size=0, max_size=20).map(lambda s: "a" + s)
words = st.text(string.ascii_letters + string.digits + " ,.'’“”$%-", min_size=1, max_size=40)
non_blank = words.filter(lambda s: s.strip() != "")
rule_ids = st.sampled_from(["quantity.interval", "polarity.negate", "entity.swap", "extracted.as_written"])

# Surfaces with a consistent (value, low, high, bounds, unit, kind, bound), spliced into claims at exact offsets.
QUANTITY_SURFACES: list[JsonDict] = [
    {"surface": "$58 billion", "value": "58000000000", "low": "57500000000", "high": "58500000000",
     "low_inclusive": True, "high_inclusive": True, "unit": "USD", "kind": Kind.MONEY, "bound": Bound.EXACT},
    {"surface": "more than 35,000 civilians", "value": None, "low": "35000", "high": None,
     "low_inclusive": False, "high_inclusive": False, "unit": "civilian", "kind": Kind.CARDINAL, "bound": Bound.LOWER},
    {"surface": "between 15 and 25 percent", "value": None, "low": "15", "high": "25",
     "low_inclusive": True, "high_inclusive": True, "unit": "percent", "kind": Kind.PERCENT, "bound": Bound.RANGE},
    {"surface": "24th", "value": "24", "low": "24", "high": "24",
     "low_inclusive": True, "high_inclusive": True, "unit": None, "kind": Kind.ORDINAL, "bound": Bound.EXACT},
]  # fmt: skip


@st.composite
def claims_with_quantities(draw: st.DrawFn) -> tuple[str, list[JsonDict]]:
    """A claim text and its quantities, each quantity's span exact in the text."""
    parts = draw(
        st.lists(st.tuples(non_blank, st.none() | st.sampled_from(QUANTITY_SURFACES)), min_size=1, max_size=4)
    )
    text, quantities = "", []
    for prefix, quantity in parts:
        text += prefix
        if quantity is not None:
            text += " "
            start = len(text)
            text += quantity["surface"]
            quantities.append(
                {**quantity, "start": start, "end": len(text)} | {"kind": str(quantity["kind"])}
            )
            quantities[-1]["bound"] = str(quantity["bound"])
            text += " "
    order = [
        "surface",
        "start",
        "end",
        "value",
        "low",
        "high",
        "low_inclusive",
        "high_inclusive",
        "unit",
        "kind",
        "bound",
    ]
    return text, [{key: q[key] for key in order} for q in quantities]


@st.composite
def records_with_articles(draw: st.DrawFn) -> tuple[JsonDict, dict[str, str]]:
    """A valid record (JSON form) and the article texts its spans point into."""
    article_id = draw(ids)
    article = draw(non_blank) + draw(non_blank) + draw(non_blank)
    nonblank_starts = [i for i, ch in enumerate(article) if not ch.isspace()]

    def span() -> JsonDict:
        start = draw(st.sampled_from(nonblank_starts))
        end = draw(st.integers(start + 1, len(article)))
        return {"article_id": article_id, "start": start, "end": end, "text": article[start:end]}

    claim, quantities = draw(claims_with_quantities())
    evidence = [span() for _ in range(draw(st.integers(0, 3)))]
    source = draw(st.none() | st.just(span()))
    method = draw(st.sampled_from(list(Method)))
    transformed = method is Method.TRANSFORMED
    record = {
        "schema_version": SCHEMA_VERSION,
        "id": draw(ids),
        "claim": claim,
        "source": None
        if source is None
        else {
            **{k: source[k] for k in ("article_id", "start", "end")},
            "speaker": draw(st.none() | non_blank),
        },
        "quantities": quantities,
        "evidence": evidence,
        "verdict": {
            "label": str(draw(st.sampled_from(list(Label)))),
            "rationale": draw(non_blank),
            "rule": draw(rule_ids),
        },
        "provenance": {
            "method": str(method),
            "rule": draw(rule_ids) if transformed else draw(st.none() | rule_ids),
            "parent_id": draw(ids) if transformed else None,
        },
        "group_id": draw(ids),
    }
    return record, {article_id: article}


records = records_with_articles().map(lambda pair: pair[0])


def paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path into a JSON value (objects and lists included), root excluded."""
    out: list[tuple[str | int, ...]] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, child in items:
        out.append((*prefix, key))
        out.extend(paths(child, (*prefix, key)))
    return out


def _wrong_type(value: Any) -> Any:
    """A value of another JSON type than ``value`` (never null: null is legal for nullable fields)."""
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return 12
    if isinstance(value, list):
        return {"0": value}
    if isinstance(value, dict):
        return [value]
    return 12  # null -> a number


Mutation = tuple[str, tuple[str | int, ...], JsonDict]


@st.composite
def mutated_records(draw: st.DrawFn) -> Mutation:
    """``(kind, path, record)``: a valid record with exactly one field broken (wrong type, removed, or unknown)."""
    record = copy.deepcopy(draw(records))
    all_paths = paths(record)
    kind = draw(st.sampled_from(["wrong_type", "missing", "unknown"]))
    if kind == "missing":
        all_paths = [p for p in all_paths if isinstance(p[-1], str)]
    elif kind == "unknown":
        objects = [()] + [p for p in all_paths if isinstance(_get(record, p), dict)]
        parent = draw(st.sampled_from(objects))
        _get(record, parent)["unexpected_field"] = 1
        return kind, (*parent, "unexpected_field"), record
    path = draw(st.sampled_from(all_paths))
    parent, key = _get(record, path[:-1]), path[-1]
    if kind == "missing":
        del parent[key]
    else:
        parent[key] = _wrong_type(parent[key])
    return kind, path, record


def _get(value: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        value = value[part]
    return value
