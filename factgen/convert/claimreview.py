"""schema.org ClaimReview, as fact-checkers publish it, and the Google Fact Check Tools ``claims:search`` shape.

Accepted containers: one JSON-LD object, a JSON array of them, an ``@graph``, a ``DataFeed`` (its
``dataFeedElement`` items), JSON Lines of objects, ``<script type="application/ld+json">`` blocks of an HTML
page, and a ``claims:search`` response (``{"claims": [{"text", "claimant", "claimReview": [...]}]}``), where
each review of each claim becomes one record. Arrays and JSON Lines stream; a JSON object or an HTML page is
read whole (they are page-sized).

Label map. A textual rating (``alternateName`` / ``textualRating``) decides first, compared in lower case
with punctuation folded:

==================  ==================================================================================
factgen             ClaimReview textual rating
==================  ==================================================================================
SUPPORTED           true, mostly true, correct, accurate, verified, confirmed
REFUTED             false, mostly false, pants on fire, incorrect, inaccurate, fake, fabricated, wrong,
                    barely true, hoax, four pinocchios, three pinocchios, not true
CONFLICTING         mixture, mixed, half true, partly true, partly false, partially true, misleading,
                    missing context, cherry picks, exaggerated, two pinocchios
NOT_ENOUGH_INFO     unproven, unverified, unsupported, no evidence, not enough evidence, unsubstantiated
==================  ==================================================================================

Else a numeric ``ratingValue`` on ``worstRating``..``bestRating`` (default 1..5) decides by its position
``f = (value - worst) / (best - worst)``: ``f <= 0.25`` REFUTED, ``f >= 0.75`` SUPPORTED, else CONFLICTING.
A rating neither decides is reported (a warning in ``validate``, a refused record in ``convert``).
Export writes ``True`` (5), ``False`` (1), ``Mixture`` (3) or ``Unproven`` (no ratingValue) on 1..5, or the
original rating when the record was imported from ClaimReview with the same label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final

import orjson

from factgen._io import JsonLine, content_hash, describe, hash_key, iter_json_lines
from factgen.convert._base import (
    Finding,
    FormatSpec,
    Item,
    Path_,
    imported_record,
    non_blank,
    original_of,
    schema_document,
)
from factgen.convert._jsondoc import Element, decode_problem, first_byte, iter_array, line_of, script_blocks
from factgen.convert.fever import NON_BLANK
from factgen.errors import InputError, Problem, Severity, shorten
from factgen.models import Label, Record, Reference, SourceFormat
from factgen.models.values import PATTERN_NAMES

__all__ = ["CLAIMREVIEW", "CLAIMREVIEW_SCHEMA", "TEXTUAL_RATINGS", "claimreview_from_record", "rating_label"]

TEXTUAL_RATINGS: Final[dict[str, Label]] = {
    **dict.fromkeys(
        ["true", "mostly true", "correct", "mostly correct", "accurate", "mostly accurate", "verified", "confirmed"],
        Label.SUPPORTED,
    ),
    **dict.fromkeys(
        ["false", "mostly false", "pants on fire", "incorrect", "inaccurate", "fake", "fabricated", "wrong",
         "barely true", "hoax", "four pinocchios", "three pinocchios", "not true", "false claim"],
        Label.REFUTED,
    ),
    **dict.fromkeys(
        ["mixture", "mixed", "half true", "partly true", "partly false", "partially true", "partially false",
         "misleading", "missing context", "cherry picks", "exaggerated", "two pinocchios", "half truth"],
        Label.CONFLICTING,
    ),
    **dict.fromkeys(
        ["unproven", "unverified", "unsupported", "no evidence", "not enough evidence", "unsubstantiated",
         "insufficient evidence"],
        Label.NOT_ENOUGH_INFO,
    ),
}  # fmt: skip
_EXPORT_RATINGS: Final[dict[Label, tuple[str, int | None]]] = {
    Label.SUPPORTED: ("True", 5),
    Label.REFUTED: ("False", 1),
    Label.CONFLICTING: ("Mixture", 3),
    Label.NOT_ENOUGH_INFO: ("Unproven", None),
}
_FOLD = re.compile(r"[\s\-_!.,:;'\"’]+")
_URL_PATTERN: Final = "^https?://"
PATTERN_NAMES[_URL_PATTERN] = "an http(s) URL"


def _fold(text: str) -> str:
    return _FOLD.sub(" ", text.lower()).strip()


def rating_label(
    text: str | None, value: Decimal | None = None, worst: Decimal = Decimal(1), best: Decimal = Decimal(5)
) -> Label | None:
    """The factgen label of a ClaimReview rating: the textual rating first, else the numeric position.

    >>> rating_label("Pants on Fire!"), rating_label("Half-True"), rating_label("Mostly TRUE")
    (<Label.REFUTED: 'REFUTED'>, <Label.CONFLICTING: 'CONFLICTING'>, <Label.SUPPORTED: 'SUPPORTED'>)
    >>> rating_label("Four stars", Decimal(4)), rating_label(None, Decimal(2), Decimal(1), Decimal(6))
    (<Label.SUPPORTED: 'SUPPORTED'>, <Label.REFUTED: 'REFUTED'>)
    >>> rating_label("Satire") is None
    True
    """
    if text is not None and (label := TEXTUAL_RATINGS.get(_fold(text))) is not None:
        return label
    if value is None or best <= worst:
        return None
    position = (value - worst) / (best - worst)
    if position <= Decimal("0.25"):
        return Label.REFUTED
    if position >= Decimal("0.75"):
        return Label.SUPPORTED
    return Label.CONFLICTING


_NUMBER_OR_STRING: Final = {"type": ["number", "string"]}
_RATING: Final[dict[str, Any]] = {
    "type": "object",
    "description": "The verdict: alternateName is the text shown; ratingValue lies in worstRating..bestRating.",
    "required": ["alternateName"],
    "properties": {
        "@type": {"const": "Rating"},
        "ratingValue": {**_NUMBER_OR_STRING, "description": "The rating, a number or a numeric string."},
        "bestRating": {**_NUMBER_OR_STRING, "description": "The best value of the scale (5 if absent)."},
        "worstRating": {**_NUMBER_OR_STRING, "description": "The worst value of the scale (1 if absent)."},
        "alternateName": {"type": "string", "pattern": NON_BLANK, "description": "The textual verdict."},
        "name": {"type": "string"},
        "ratingExplanation": {"type": "string"},
    },
}
_CLAIM_REVIEW: Final[dict[str, Any]] = {
    "type": "object",
    "description": "A schema.org ClaimReview: one fact-checker's verdict on one claim.",
    "required": ["@type", "claimReviewed", "reviewRating"],
    "properties": {
        "@context": {"description": "JSON-LD context, normally 'https://schema.org'."},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "pattern": NON_BLANK, "description": "The claim, as reviewed."},
        "reviewRating": {"$ref": "#/$defs/Rating"},
        "url": {"type": "string", "pattern": _URL_PATTERN, "description": "The fact-check article."},
        "datePublished": {"type": "string", "description": "When the review was published."},
        "author": {"type": ["object", "array"], "description": "The fact-checking organisation."},
        "itemReviewed": {"type": "object", "description": "The Claim: its author, appearance and date."},
    },
}
_REVIEW: Final[dict[str, Any]] = {
    "type": "object",
    "description": "One review of a claim in a Fact Check Tools claims:search response.",
    "required": ["url", "textualRating"],
    "properties": {
        "publisher": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "site": {"type": "string"}},
        },
        "url": {"type": "string", "pattern": _URL_PATTERN},
        "title": {"type": "string"},
        "reviewDate": {"type": "string"},
        "textualRating": {"type": "string", "pattern": NON_BLANK},
        "languageCode": {"type": "string"},
    },
}
_FACT_CHECK_CLAIM: Final[dict[str, Any]] = {
    "type": "object",
    "description": "One claim of a Fact Check Tools claims:search response, with its reviews.",
    "required": ["text", "claimReview"],
    "properties": {
        "text": {"type": "string", "pattern": NON_BLANK},
        "claimant": {"type": "string"},
        "claimDate": {"type": "string"},
        "claimReview": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Review"}},
    },
}
_DEFS: Final = {
    "ClaimReview": _CLAIM_REVIEW,
    "Rating": _RATING,
    "FactCheckClaim": _FACT_CHECK_CLAIM,
    "Review": _REVIEW,
}
CLAIMREVIEW_SCHEMA: Final[dict[str, Any]] = schema_document(
    "claimreview",
    "ClaimReview document",
    "A schema.org ClaimReview JSON-LD document (one review, a list, an @graph or a DataFeed) or a Google Fact "
    "Check Tools claims:search response, as checked by factgen validate --format claimreview.",
    {
        "anyOf": [
            {"$ref": "#/$defs/ClaimReview"},
            {"type": "array", "items": {"$ref": "#/$defs/ClaimReview"}},
            {"type": "object", "required": ["@graph"], "properties": {"@graph": {"type": "array"}}},
            {
                "type": "object",
                "required": ["dataFeedElement"],
                "properties": {"dataFeedElement": {"type": "array"}},
            },
            {
                "type": "object",
                "properties": {"claims": {"type": "array", "items": {"$ref": "#/$defs/FactCheckClaim"}}},
            },
        ],
        "$defs": _DEFS,
    },
)
_ITEM_SCHEMAS: Final = {
    kind: {"$ref": f"#/$defs/{name}", "$defs": _DEFS}
    for kind, name in (("jsonld", "ClaimReview"), ("factcheck", "FactCheckClaim"))
}


# --------------------------------------------------------------------------- checks


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _scale(
    rating: dict[str, Any], path: Path_, out: list[Finding]
) -> tuple[Decimal | None, Decimal, Decimal]:
    """``(value, worst, best)`` of a Rating; findings for non-numeric values and values off the scale."""
    numbers: dict[str, Decimal | None] = {}
    for key in ("ratingValue", "worstRating", "bestRating"):
        raw = rating.get(key)
        numbers[key] = _number(raw) if raw is not None else None
        if isinstance(raw, str) and numbers[key] is None:
            out.append(
                ((*path, key), f"expected a number or a numeric string, got {shorten(raw)}", Severity.ERROR)
            )
    worst = numbers["worstRating"] if numbers["worstRating"] is not None else Decimal(1)
    best = numbers["bestRating"] if numbers["bestRating"] is not None else Decimal(5)
    value = numbers["ratingValue"]
    if best <= worst:
        out.append(
            (
                (*path, "bestRating"),
                f"expected bestRating > worstRating ({worst}), got {best}",
                Severity.ERROR,
            )
        )
    elif value is not None and not worst <= value <= best:
        message = f"expected a rating within worstRating..bestRating ({worst}..{best}), got {shorten(rating.get('ratingValue'))}"
        out.append(((*path, "ratingValue"), message, Severity.ERROR))
    return value, worst, best


def _normalise(obj: dict[str, Any], item: Item) -> tuple[dict[str, Any], list[Finding]]:
    kind = obj.get("@type")
    if isinstance(kind, list) and "ClaimReview" in kind:
        return {**obj, "@type": "ClaimReview"}, []
    return obj, []


def _check(obj: dict[str, Any], item: Item) -> tuple[list[Finding], list[Path_]]:
    out: list[Finding] = []
    if item.kind == "factcheck":
        reviews = obj.get("claimReview")
        for j, review in enumerate(reviews if isinstance(reviews, list) else []):
            text = review.get("textualRating") if isinstance(review, dict) else None
            if isinstance(text, str) and text.strip() and rating_label(text) is None:
                out.append((("claimReview", j, "textualRating"), _unmapped(text), Severity.WARNING))
        return out, []
    rating = obj.get("reviewRating")
    if isinstance(rating, dict):
        value, worst, best = _scale(rating, ("reviewRating",), out)
        text = rating.get("alternateName")
        text = text if isinstance(text, str) and text.strip() else None
        by_text = rating_label(text) if text else None
        by_number = rating_label(None, value, worst, best)
        if by_text is None and by_number is None and text is not None:
            out.append((("reviewRating", "alternateName"), _unmapped(text), Severity.WARNING))
        elif by_text is not None and by_number is not None and by_text is not by_number:
            message = f"textual rating {text!r} reads as {by_text.value}, but ratingValue {value} on {worst}..{best} reads as {by_number.value}"
            out.append((("reviewRating", "ratingValue"), message, Severity.WARNING))
    reviewed = obj.get("itemReviewed")
    if isinstance(reviewed, dict) and reviewed.get("@type", "Claim") != "Claim":
        message = (
            f"expected 'Claim', got {describe(reviewed.get('@type'))} (Google reads itemReviewed as a Claim)"
        )
        out.append((("itemReviewed", "@type"), message, Severity.WARNING))
    if "url" not in obj:
        out.append((("url",), "missing url of the fact-check article (Google requires it)", Severity.WARNING))
    return out, []


def _unmapped(text: str) -> str:
    return f"no factgen label for the textual rating {shorten(text)} (see the ClaimReview label map); convert refuses it"


def _key(obj: dict[str, Any]) -> int | None:
    if isinstance(obj.get("claimReview"), list):  # a Fact Check Tools claim
        return hash_key(obj.get("text"), [(r.get("url"), r.get("textualRating")) for r in obj["claimReview"]])
    rating = obj.get("reviewRating", {})
    return hash_key(
        obj.get("claimReviewed"), obj.get("url"), rating.get("alternateName"), rating.get("ratingValue")
    )


def _duplicate(key: int, first_line: int, first_index: int) -> tuple[str, str]:
    return "", f"duplicate review: same claim, url and rating as the review on line {first_line}"


# --------------------------------------------------------------------------- records


def _label_or_raise(text: str | None, value: Decimal | None, worst: Decimal, best: Decimal) -> Label:
    label = rating_label(text, value, worst, best)
    if label is None:
        raise InputError(_unmapped(str(text)))
    return label


def _to_records(obj: dict[str, Any], item: Item, file: str) -> Iterator[dict[str, Any]]:
    if item.kind == "factcheck":
        yield from _fact_check_records(obj, item, file)
        return
    rating = obj["reviewRating"]
    value, worst, best = _scale(rating, (), [])
    text = non_blank(rating.get("alternateName"))
    label = _label_or_raise(text, value, worst, best)
    url = obj.get("url")
    author = obj.get("author")
    who = author.get("name") if isinstance(author, dict) else None
    rationale = (
        non_blank(rating.get("ratingExplanation")) or f"{who or 'The fact-checker'} rated the claim {text!r}"
    )
    yield imported_record(
        SourceFormat.CLAIMREVIEW,
        record_id=f"claimreview-{content_hash(obj)}",
        claim=obj["claimReviewed"],
        label=label,
        rationale=rationale,
        item=item,
        file=file,
        original=item.value,
        original_id=url if isinstance(url, str) and len(url) <= 2000 else None,
        label_original=text,
        references=[Reference(group=0, page=None, sentence=None, url=url, question=None, text=None)]
        if isinstance(url, str) and len(url) <= 2000
        else [],
    )


def _fact_check_records(obj: dict[str, Any], item: Item, file: str) -> Iterator[dict[str, Any]]:
    for j, review in enumerate(obj["claimReview"]):
        text = review["textualRating"]
        label = _label_or_raise(text, None, Decimal(1), Decimal(5))
        url = review["url"]
        publisher = review.get("publisher")
        who = publisher.get("name") if isinstance(publisher, dict) else None
        original = {**obj, "claimReview": [review]}
        yield imported_record(
            SourceFormat.CLAIMREVIEW,
            record_id=f"claimreview-{content_hash(original)}",
            claim=obj["text"],
            label=label,
            rationale=f"{who or 'The fact-checker'} rated the claim {text!r}",
            item=item,
            file=file,
            original=original,
            original_id=url if len(url) <= 2000 else None,
            label_original=text,
            references=[Reference(group=0, page=None, sentence=None, url=url, question=None, text=None)]
            if len(url) <= 2000
            else [],
            path=(*item.path, "claimReview", j),
        )


def claimreview_from_record(record: Record) -> dict[str, Any]:
    """A schema.org ClaimReview object for a record (JSON-LD, ``@context`` https://schema.org)."""
    base = original_of(record, SourceFormat.CLAIMREVIEW)
    if "claimReview" in base:  # a Fact Check Tools claim: rewrite its review as JSON-LD
        review = base["claimReview"][0]
        publisher = review.get("publisher") or {}
        base = {
            "url": review.get("url"),
            "datePublished": review.get("reviewDate"),
            "author": {"@type": "Organization", "name": publisher.get("name"), "url": publisher.get("site")},
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": base.get("claimant")},
                             "datePublished": base.get("claimDate")},
            "reviewRating": {"@type": "Rating", "alternateName": review.get("textualRating")},
        }  # fmt: skip
    rating = base.get("reviewRating")
    keep = False
    if isinstance(rating, dict):
        try:
            value, worst, best = _scale(rating, (), [])
            keep = (
                rating_label(non_blank(rating.get("alternateName")), value, worst, best)
                is record.verdict.label
            )
        except (InvalidOperation, TypeError):
            keep = False
    if not keep:
        text, value_int = _EXPORT_RATINGS[record.verdict.label]
        rating = {"@type": "Rating", "alternateName": text, "worstRating": 1, "bestRating": 5}
        if value_int is not None:
            rating["ratingValue"] = value_int
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview", **base}
    out["@type"] = "ClaimReview"
    out["claimReviewed"] = record.claim
    out["reviewRating"] = rating
    if "url" not in out:
        origin = record.provenance.origin
        urls = [r.url for r in origin.references if r.url] if origin is not None else []
        if urls:
            out["url"] = urls[0]
    if record.source is not None and record.source.speaker and "itemReviewed" not in out:
        out["itemReviewed"] = {"@type": "Claim", "author": {"@type": "Person", "name": record.source.speaker}}
    return out


# --------------------------------------------------------------------------- reading the containers

_MAX_DOCUMENT: Final = 256 << 20


def _unwrap(value: Any, item: Item, *, strict: bool) -> Iterator[Item]:  # noqa: PLR0912  (one branch per container)
    """The ClaimReview (and Fact Check claim) items inside one JSON value, in document order."""
    path, text_path = item.path, item.text_path

    def child(v: Any, *parts: str | int, kind: str = "") -> Item:
        sub = (*text_path, *parts)
        line = (
            line_of(item.text, item.text_line or item.line, sub)
            if item.text and b"\n" in item.text
            else item.line
        )
        return Item(v, line, (*path, *parts), item.text, sub, kind, item.text_line or item.line)

    if isinstance(value, list):
        for i, v in enumerate(value):
            yield from _unwrap(v, child(v, i), strict=strict)
        return
    if not isinstance(value, dict):
        if strict:
            yield Item(value, item.line, path, item.text, text_path, "jsonld", item.text_line)
        return
    if isinstance(value.get("@graph"), list):
        for i, v in enumerate(value["@graph"]):
            yield from _unwrap(v, child(v, "@graph", i), strict=False)
    elif isinstance(value.get("dataFeedElement"), list):
        for i, v in enumerate(value["dataFeedElement"]):
            if isinstance(v, dict) and isinstance(v.get("item"), dict | list):
                yield from _unwrap(v["item"], child(v["item"], "dataFeedElement", i, "item"), strict=True)
            else:
                yield from _unwrap(v, child(v, "dataFeedElement", i), strict=True)
    elif "claims" in value and not ({"@type", "claimReviewed"} & value.keys()):
        claims = value["claims"]
        if not isinstance(claims, list):
            yield Item(
                value, item.line, path, item.text, text_path, "jsonld", item.text_line
            )  # the schema reports it
            return
        for i, v in enumerate(claims):
            yield child(v, "claims", i, kind="factcheck")
    elif strict or value.get("@type") == "ClaimReview" or {"claimReviewed", "reviewRating"} & value.keys():
        yield Item(value, item.line, path, item.text, text_path, "jsonld", item.text_line)


def _read(path: Path, file: str) -> Iterator[Item | Problem]:
    first = first_byte(path)
    if first is None:
        return
    if first == ord("<"):
        yield from _read_html(path, file)
    elif first == ord("["):
        for entry in iter_array(path, file):
            if isinstance(entry, Element):
                yield from _unwrap(
                    entry.value, Item(entry.value, entry.line, (entry.index,), entry.text), strict=True
                )
            else:
                yield entry
    elif _is_json_lines(path):
        for row in iter_json_lines(path, display=file):
            if isinstance(row, JsonLine):
                yield from _unwrap(row.value, Item(row.value, row.line), strict=True)
            else:
                yield row
    else:
        yield from _read_document(path, file)


def _is_json_lines(path: Path) -> bool:
    with path.open("rb") as f:
        for line in f:
            stripped = line.strip().removeprefix(b"\xef\xbb\xbf").strip()
            if stripped:
                try:
                    return isinstance(orjson.loads(stripped), dict)
                except orjson.JSONDecodeError:
                    return False
    return False


def _read_document(path: Path, file: str) -> Iterator[Item | Problem]:
    if path.stat().st_size > _MAX_DOCUMENT:
        yield Problem(
            file,
            1,
            "",
            "a JSON object larger than 256 MiB: give ClaimReview as JSON Lines or a JSON array to stream it",
        )
        return
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        yield Problem(
            file, 1, "", "UTF-8 byte order mark (BOM) at the start of the file; ignored", Severity.WARNING
        )
        data = data[3:]
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        yield decode_problem(file, data, 1, exc, "")
        return
    yield from _unwrap(value, Item(value, 1, (), data, (), "", 1), strict=True)


def _read_html(path: Path, file: str) -> Iterator[Item | Problem]:
    data = path.read_bytes()
    blocks = list(script_blocks(data))
    if not blocks:
        yield Problem(
            file,
            1,
            "",
            'no ClaimReview markup: the HTML page has no <script type="application/ld+json"> block',
        )
        return
    for n, (line, text) in enumerate(blocks):
        try:
            value = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            yield decode_problem(file, text, line, exc, f"script[{n}]")
            continue
        yield from _unwrap(value, Item(value, line, ("script", n), text, (), "", line), strict=False)


CLAIMREVIEW: Final = FormatSpec(
    name=SourceFormat.CLAIMREVIEW,
    title="ClaimReview",
    container="JSON-LD",
    schema=CLAIMREVIEW_SCHEMA,
    read=_read,
    normalise=_normalise,
    check=_check,
    key=_key,
    duplicate=_duplicate,
    to_records=_to_records,
    from_record=claimreview_from_record,
    schema_for=lambda item: _ITEM_SCHEMAS["factcheck" if item.kind == "factcheck" else "jsonld"],
)
