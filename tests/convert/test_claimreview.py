"""schema.org ClaimReview (JSON-LD, HTML, DataFeed, @graph, JSON Lines) and Fact Check Tools responses.

BAD_INPUTS are shared by every format (issue 9); RATING_CASES are ClaimReview's own (scales, types, @type).
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
import pytest

from factgen.convert import import_file, load_claimreview, rating_label, validate_any, write_claimreview
from factgen.errors import Severity
from factgen.models import Label, Record
from factgen.validate import validate_file
from tests.convert.helpers import DATA, Case, assert_reports, run

GOOD: dict[str, Any] = json.loads((DATA / "claimreview_valid.json").read_text(encoding="utf-8"))


def review(**rating: Any) -> dict[str, Any]:
    obj = copy.deepcopy(GOOD)
    obj["reviewRating"] = {**obj["reviewRating"], **rating}
    return obj


def jsonl(*objs: Any) -> bytes:
    return b"".join(orjson.dumps(o) + b"\n" for o in objs)


def pretty(obj: Any) -> bytes:
    return json.dumps(obj, indent=2).encode()


def key_line(data: bytes, key: str, nth: int = 0) -> int:
    return [i for i, text in enumerate(data.decode().splitlines(), 1) if f'"{key}":' in text][nth]


_SATIRE = copy.deepcopy(GOOD)
_SATIRE["reviewRating"] = {"@type": "Rating", "alternateName": "Satire"}
_TRUNCATED = pretty(GOOD)[:-3]
_NO_NAME = copy.deepcopy(GOOD)
del _NO_NAME["reviewRating"]["alternateName"]
_OUTSIDE = pretty([GOOD, review(ratingValue=7)])
_API = pretty(
    {"claims": [{"text": "x", "claimReview": [{"url": "https://a.example/1", "textualRating": 3}]}]}
)

BAD_INPUTS = [
    Case("invalid JSON", jsonl(GOOD) + b'{"@type": oops}\n', 2, "", "invalid JSON"),
    Case("truncated", _TRUNCATED, len(_TRUNCATED.splitlines()), "", "invalid JSON: unexpected end of data"),
    Case("trailing comma", b"[" + orjson.dumps(GOOD) + b",]", 1, "[1]", "trailing comma"),
    Case("BOM", b"\xef\xbb\xbf" + pretty(GOOD), 1, "", "BOM", Severity.WARNING),
    Case("invalid UTF-8", jsonl(GOOD) + b'{"claimReviewed": "caf\xe9"}\n', 2, "", "invalid UTF-8"),
    Case("not an object", b"[1]", 1, "[0]", "expected a JSON object (one ClaimReview record), got integer 1"),
    Case("missing field", jsonl({k: v for k, v in GOOD.items() if k != "claimReviewed"}), 1, "claimReviewed", "missing required field"),
    Case("wrong type", jsonl(GOOD | {"url": 5}), 1, "url", "expected string, got integer 5"),
    Case("unmapped rating", jsonl(_SATIRE), 1, "reviewRating.alternateName", "no factgen label for the textual rating 'Satire'", Severity.WARNING),
    Case("empty claim", jsonl(GOOD | {"claimReviewed": ""}), 1, "claimReviewed", "expected non-blank text, got ''"),
    Case("huge value", jsonl(review(ratingValue="9" * 100_000)), 1, "reviewRating.ratingValue", "chars)"),
    Case("NaN", b'[{"@type": "ClaimReview", "reviewRating": {"ratingValue": NaN}}]', 1, "[0]", "NaN and Infinity are not JSON numbers"),
    Case("deep nesting", b"[" + b"[" * 5000 + b"]" * 5000 + b"]", 1, "[0]", "nested deeper than 1024 levels"),
    Case("duplicate review", jsonl(GOOD, GOOD), 2, "", "duplicate review: same claim, url and rating as the review on line 1"),
    Case("empty array", b"[]", None, "", "no records"),
    Case("empty HTML page", b"<html><body>No markup</body></html>", 1, "", "no ClaimReview markup"),
    Case("factgen record inside", b"[" + orjson.dumps(GOOD) + b",\n" + (DATA.parent.parent.parent / "examples" / "records.jsonl").read_bytes().splitlines()[0] + b"]", 2, "[1]", "looks like a factgen record, not ClaimReview"),
]  # fmt: skip

RATING_CASES = [
    Case("rating outside the scale", _OUTSIDE, key_line(_OUTSIDE, "ratingValue", 1), "[1].reviewRating.ratingValue", "expected a rating within worstRating..bestRating (1..5), got 7"),
    Case("non-numeric rating", jsonl(review(ratingValue="five")), 1, "reviewRating.ratingValue", "expected a number or a numeric string, got 'five'"),
    Case("boolean rating", jsonl(review(ratingValue=True)), 1, "reviewRating.ratingValue", "expected number or string, got boolean True"),
    Case("inverted scale", jsonl(review(bestRating=1, worstRating=5)), 1, "reviewRating.bestRating", "expected bestRating > worstRating (5), got 1"),
    Case("missing alternateName", jsonl(_NO_NAME), 1, "reviewRating.alternateName", "missing required field"),
    Case("wrong @type", jsonl(GOOD | {"@type": "Review"}), 1, "@type", "expected 'ClaimReview', got string 'Review'"),
    Case("itemReviewed not a Claim", jsonl(GOOD | {"itemReviewed": {"@type": "CreativeWork"}}), 1, "itemReviewed.@type", "expected 'Claim', got string 'CreativeWork'", Severity.WARNING),
    Case("rating text and number disagree", jsonl(review(ratingValue=5)), 1, "reviewRating.ratingValue", "reads as REFUTED, but ratingValue 5 on 1..5 reads as SUPPORTED", Severity.WARNING),
    Case("Fact Check rating of the wrong type", _API, key_line(_API, "textualRating"), "claims[0].claimReview[0].textualRating", "expected string, got integer 3"),
]  # fmt: skip


@pytest.mark.parametrize("case", BAD_INPUTS + RATING_CASES, ids=lambda c: c.name)
def test_each_bad_input_is_reported_precisely(tmp_path: Path, case: Case) -> None:
    assert_reports(run(tmp_path, case.data, "claimreview"), case)


@pytest.mark.parametrize(
    "name", ["claimreview_valid.json", "claimreview_page.html", "factcheck_response.json"]
)
def test_the_fixtures_are_valid(name: str) -> None:
    assert list(validate_any(DATA / name)) == []


@pytest.mark.parametrize(
    ("wrapper", "path"),
    [
        (lambda o: [o], "[0]"),
        (lambda o: {"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, o]}, "@graph[1]"),
        (
            lambda o: {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": o}]},
            "dataFeedElement[0].item",
        ),
    ],
    ids=["array", "graph", "datafeed"],
)
def test_every_container_yields_the_review_at_its_path(tmp_path: Path, wrapper: Any, path: str) -> None:
    file = tmp_path / "reviews.json"
    file.write_bytes(pretty(wrapper(GOOD)))
    (record,) = load_claimreview(file)
    assert record.provenance.origin is not None
    assert record.provenance.origin.path == path
    assert record.provenance.origin.line == key_line(file.read_bytes(), "@context", -1) - 1


def test_a_fact_check_response_gives_one_record_per_review() -> None:
    records = list(load_claimreview(DATA / "factcheck_response.json"))
    assert [(r.claim[:12], r.verdict.label) for r in records] == [
        ("The U.S. has", Label.SUPPORTED),
        ("The U.S. has", Label.CONFLICTING),
        ("Unemployment", Label.REFUTED),
    ]
    origins = [r.provenance.origin for r in records]
    assert [o.path for o in origins if o] == [
        "claims[0].claimReview[0]",
        "claims[0].claimReview[1]",
        "claims[1].claimReview[0]",
    ]
    assert [o.label_original for o in origins if o] == ["Mostly True", "Half True", "Pants on Fire"]


def test_html_markup_is_found_with_its_line() -> None:
    (record,) = load_claimreview(DATA / "claimreview_page.html")
    origin = record.provenance.origin
    assert origin is not None
    assert origin.path == "script[0].@graph[1]"
    lines = (DATA / "claimreview_page.html").read_text(encoding="utf-8").splitlines()
    assert origin.line is not None
    assert '"@type": "ClaimReview"' in lines[origin.line - 1]


def test_an_unmapped_rating_is_refused_by_convert(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_bytes(jsonl(_SATIRE, GOOD))
    entries = list(import_file(path, format="claimreview"))
    errors = [e for e in entries if not isinstance(e, Record) and e.severity is Severity.ERROR]
    assert [(e.line, "no factgen label" in e.message) for e in errors] == [(1, True)]
    assert sum(isinstance(e, Record) for e in entries) == 1


RATINGS = [
    ("False", None, Label.REFUTED),
    ("Mostly false", None, Label.REFUTED),
    ("Half True", None, Label.CONFLICTING),
    ("Mixture", None, Label.CONFLICTING),
    ("Unproven", None, Label.NOT_ENOUGH_INFO),
    ("TRUE!", None, Label.SUPPORTED),
    ("Four stars", Decimal(4), Label.SUPPORTED),
    (None, Decimal(3), Label.CONFLICTING),
    (None, Decimal(1), Label.REFUTED),
    ("Satire", None, None),
]


@pytest.mark.parametrize(("text", "value", "label"), RATINGS, ids=str)
def test_the_rating_map(text: str | None, value: Decimal | None, label: Label | None) -> None:
    assert rating_label(text, value) is label


def test_import_passes_validate_and_export_keeps_the_original_rating(tmp_path: Path) -> None:
    records = list(load_claimreview(DATA / "claimreview_valid.json"))
    out = tmp_path / "records.jsonl"
    out.write_bytes(b"".join(orjson.dumps(r.model_dump(mode="json")) + b"\n" for r in records))
    assert list(validate_file(out)) == []
    back = tmp_path / "back.json"
    write_claimreview(records, back)
    (obj,) = json.loads(back.read_bytes())
    assert obj == GOOD
    assert list(validate_any(back, format="claimreview")) == []
