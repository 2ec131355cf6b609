"""The JSON Schema is the contract: generated from the models, valid Draft 2020-12, and agreeing with them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import orjson
import pydantic
import pytest
from hypothesis import given

from factgen.models import SCHEMA_FILES, Article, Record, export_schema, schema_text
from factgen.models.checks import semantic_problems
from factgen.validate import _ecma_anchors, _validator, validate_record
from tests.strategies import Mutation, mutated_records, records

SCHEMAS = Path(__file__).parent.parent / "schemas"
RECORD_SCHEMA = export_schema(Record)
REFERENCE = jsonschema.Draft202012Validator(
    RECORD_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
PUBLISHED_FAST = jsonschema_rs.validator_for(RECORD_SCHEMA, validate_formats=True)
FAST = _validator(Record)  # what `factgen validate` runs: the same schema with ECMA `$` end anchors


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_committed_schema_is_what_the_models_produce(name: str) -> None:
    committed = (SCHEMAS / name).read_text(encoding="utf-8")
    assert committed == schema_text(SCHEMA_FILES[name]), "regenerate with: factgen schema --out schemas/"


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_committed_schema_is_valid_draft_2020_12(name: str) -> None:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:factgen:schema:")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema_rs.meta.validate(schema)


def test_every_field_has_a_description_for_third_parties() -> None:
    def props(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        out = list(schema.get("properties", {}).items())
        for sub in schema.get("$defs", {}).values():
            out += props(sub)
        return out

    missing = [name for name, prop in props(RECORD_SCHEMA) if "description" not in prop]
    assert missing == []


def _pydantic_accepts(obj: dict[str, Any]) -> bool:
    try:
        Record.model_validate_json(orjson.dumps(obj))
    except pydantic.ValidationError:
        return False
    return True


@given(records)
def test_generated_records_are_valid_everywhere(record: dict[str, Any]) -> None:
    assert REFERENCE.is_valid(record)
    assert FAST.is_valid(record)
    assert PUBLISHED_FAST.is_valid(record)
    assert validate_record(record) == []
    assert _pydantic_accepts(record)


@given(records)
def test_model_round_trip_is_exact(record: dict[str, Any]) -> None:
    model = Record.model_validate_json(orjson.dumps(record))
    assert model.model_dump(mode="json") == record
    assert Record.model_validate_json(model.model_dump_json()) == model


@given(mutated_records())
def test_validators_agree_on_mutated_records(mutation: Mutation) -> None:
    """jsonschema (reference), jsonschema-rs (fast), pydantic and validate_record accept and reject alike."""
    _, _, record = mutation
    reference = REFERENCE.is_valid(record) and not list(semantic_problems(record))
    assert FAST.is_valid(record) == REFERENCE.is_valid(record) == PUBLISHED_FAST.is_valid(record)
    assert _pydantic_accepts(record) == reference
    assert (validate_record(record) == []) == reference


@given(mutated_records())
def test_a_single_field_mutation_is_reported_at_that_field(mutation: Mutation) -> None:
    kind, path, record = mutation
    problems = validate_record(record)
    assert problems, f"{kind} at {path} went unnoticed"
    from factgen.validate import field_path  # noqa: PLC0415

    expected = field_path(list(path))
    assert any(p.field == expected or p.field.startswith(expected) for p in problems), (expected, problems)


BASE: dict[str, Any] = json.loads(
    (Path(__file__).parent.parent / "examples" / "records.jsonl").read_text(encoding="utf-8").splitlines()[0]
)


def _mutate(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    record = copy.deepcopy(BASE)
    node: Any = record
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return record


# Hand-picked edges where validators are known to differ in the wild (REFERENCE.md, part 3 B).
EDGES = {
    "id_trailing_newline": (("id",), "r-1\n"),
    "offset_as_float": (("evidence", 0, "start"), 2757.0),
    "decimal_as_number": (("quantities", 0, "value"), 58e9),
    "decimal_exponent": (("quantities", 0, "value"), "5.8E10"),
    "null_for_required_object": (("verdict",), None),
    "null_for_nullable_object": (("source",), None),
    "lower_case_label": (("verdict", "label"), "supported"),
    "blank_claim": (("claim",), " \u3000\t"),
    "huge_offset": (("evidence", 0, "end"), 2**60),
    "bool_for_integer": (("evidence", 0, "start"), True),
}


@pytest.mark.parametrize("name", sorted(EDGES))
def test_pydantic_and_validate_record_agree_on_edges(name: str) -> None:
    record = _mutate(*EDGES[name])
    assert _pydantic_accepts(record) == (validate_record(record) == [])
    assert FAST.is_valid(record) == REFERENCE.is_valid(record) == PUBLISHED_FAST.is_valid(record)


def test_the_trailing_newline_edge_is_closed_in_both_engines() -> None:
    record = _mutate(("id",), "r-1\n")
    assert not REFERENCE.is_valid(record)
    assert not FAST.is_valid(record)
    assert not PUBLISHED_FAST.is_valid(record)


@pytest.mark.parametrize("value", ["r-1", "r-1\n", "\nr-1", "r-1\r", "r 1", "r-1\u2028"])
def test_runtime_anchors_decide_as_the_published_ones(value: str) -> None:
    """`$` in jsonschema-rs (ECMA: end of input) and the published lookahead accept exactly the same ids."""
    record = _mutate(("id",), value)
    assert FAST.is_valid(record) == PUBLISHED_FAST.is_valid(record) == REFERENCE.is_valid(record)
    runtime_patterns = json.dumps(_ecma_anchors(RECORD_SCHEMA))
    assert "(?![\\\\s\\\\S])" not in runtime_patterns


def test_null_is_accepted_only_where_nullable() -> None:
    assert validate_record(_mutate(("source",), None)) == []
    assert [p.field for p in validate_record(_mutate(("verdict",), None))] == ["verdict"]


def test_article_schema_checks_dates() -> None:
    schema = export_schema(Article)
    fast = jsonschema_rs.validator_for(schema, validate_formats=True)
    assert fast.is_valid({"id": "a", "text": "t", "published": "2024-05-31"})
    assert not fast.is_valid({"id": "a", "text": "t", "published": "2024-02-30"})
    assert not fast.is_valid({"id": "a", "text": "t", "published": "31-05-2024"})
