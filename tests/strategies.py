"""Hypothesis strategies for factgen, in one module (attrs' convention). Each section belongs to one feature.

Import as ``from tests.strategies import records`` (pytest puts the repository root on ``sys.path``).
"""

from __future__ import annotations

import copy
import string
from datetime import date
from typing import Any

import orjson
from hypothesis import strategies as st

from factgen.models import SCHEMA_VERSION, Article, Bound, Kind, Label, Method

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
        "claim_date": draw(st.none() | st.dates().map(date.isoformat)),
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
            "origin": draw(origins) if method is Method.IMPORTED else None,
            "rewrites": [] if method is not Method.EXTRACTED else draw(st.lists(rule_ids, max_size=3)),
        },
        "group_id": draw(ids),
        "story_id": draw(st.none() | ids),
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


# --------------------------------------------------------------------------- hostile JSON (issue 14)

# Decimal strings a careless or hostile file writes: huge exponents, NaN spellings, long digit runs.
HOSTILE_NUMBERS = st.sampled_from(
    ["1e999999999", "1E+999999999999999999", "-1e-999999999", "NaN", "sNaN", "-nan", "Infinity", "-0",
     "9" * 41, "0." + "1" * 41, "1" * 10_000, "0x1F", "1_000", " 1", "1.", ".5", "٣"]
)  # fmt: skip
# Keys and strings with the characters that forge terminal lines: controls, separators, lone surrogates.
hostile_text = st.text(
    st.characters(codec=None, categories=["Cc", "Zl", "Zp", "Cs", "Lu", "Nd"]), max_size=12
) | st.sampled_from(["x\ny.jsonl:9: forged", "\x1b[2J", "\u2028", "\udcc1"])
hostile_scalars = (
    st.none() | st.booleans() | st.integers() | st.integers(min_value=10**400, max_value=10**4000)
    | st.floats(allow_nan=True, allow_infinity=True) | hostile_text | HOSTILE_NUMBERS
)  # fmt: skip
json_like = st.recursive(
    hostile_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(hostile_text | st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def hostile_records(draw: st.DrawFn) -> Any:
    """A valid record with hostile values put at some of its paths (numbers, keys, nested junk), or junk alone."""
    if draw(st.booleans()):
        return draw(json_like)
    record = copy.deepcopy(draw(records))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(paths(record) or [()]))
        if not path:
            break
        parent = _get(record, path[:-1])
        parent[path[-1]] = draw(HOSTILE_NUMBERS | json_like)
    quantities = record.get("quantities")
    for q in quantities if isinstance(quantities, list) else []:  # a hostile value may have replaced the list
        if isinstance(q, dict) and draw(st.booleans()):
            q[draw(st.sampled_from(["value", "low", "high"]))] = draw(HOSTILE_NUMBERS)
    if draw(st.booleans()):
        record[draw(hostile_text)] = draw(json_like)
    return record


# --------------------------------------------------------------------------- article ingestion (issue 5)

# Pieces of pasted news text: reporting with abbreviations, decimals and quotes, and the boilerplate that
# cleaning drops; joined by line breaks of every kind so that blocks, bullets and wrapped lines all occur.
NEWS_FRAGMENTS = [
    "The U.S. has provided $58 billion to Ukraine.",
    "Gen. Austin met Mr. Kirby on Jan. 6 at 5 p.m. The talks lasted 2.5 hours.",
    "“We need it. Now,” Zelensky said.",
    'He said “not yet," but added "soon.”',
    "Kirby said Friday",
    "“A quote that never closes",
    "Why? Nobody knows… Really!",
    "hide caption",
    "toggle caption",
    "Wojtek Radwanski/AFP via Getty Images",
    "What You Need To Know",
    "• The U.S. has provided $58 billion to Ukraine",
    "  • A bullet that repeats nothing in the body at all here",
    "By Jane Doe and John Roe",
    "KYIV, Ukraine (AP) — Russia fired 90 missiles.",
    "Join The Conversation. Leave a Comment.",
    "We have no tolerance for comments containing violence.",
    "Advertisement",
    "Related: Russia fires 90 missiles",
    "and a wrapped line that continues",
    "© 2024 The Daily Ledger. All rights reserved.",
]
_SEPARATORS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", " ", "\n\u3000\n", "\t"]


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """Plain article text built from news fragments, boilerplate and arbitrary text; never blank."""
    parts = draw(
        st.lists(
            st.sampled_from(NEWS_FRAGMENTS) | st.text(min_size=1, max_size=30),
            min_size=1,
            max_size=14,
        )
    )
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(parts), max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    return text if text.strip() else text + "x"


def _encode(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="replace")


# Bytes a corpus file may hold: arbitrary bytes, and news text in the encodings files arrive in.
article_bytes = st.binary(max_size=300) | st.builds(
    _encode, news_texts(), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "mac_roman"])
)


# --------------------------------------------------------------------------- quantity surfaces (issue 4)

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class RenderedQuantity:
    """A quantity surface built from parts, with the reading those parts imply (worked out independently)."""

    surface: str
    value: Decimal | None
    unit: str | None
    kind: Kind
    bound: Bound
    low: Decimal | None
    high: Decimal | None


SCALES: list[tuple[str, int]] = [
    ("", 0),
    (" thousand", 3),
    (" million", 6),
    (" billion", 9),
    ("bn", 9),
    (" trillion", 12),
]
CURRENCIES: list[tuple[str, str]] = [
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("C$", "CAD"),
    ("USD", "USD"),
    ("Rs ", "INR"),
]
SUFFIXES: list[tuple[str, str, Kind]] = [
    (" percent", "percent", Kind.PERCENT),
    ("%", "percent", Kind.PERCENT),
    (" per cent", "percent", Kind.PERCENT),
    (" civilians", "civilian", Kind.CARDINAL),
    (" kilometres", "kilometre", Kind.DIMENSION),
    (" years", "year", Kind.DURATION),
]
BOUND_PREFIXES: list[tuple[str, str]] = [
    ("", "exact"), ("more than ", "gt"), ("at least ", "ge"), ("fewer than ", "lt"), ("up to ", "le"),
    ("about ", "approx"), ("nearly ", "nearly"),
]  # fmt: skip


@st.composite
def digit_strings(draw: st.DrawFn) -> str:
    """Digits as news writes them: optional thousands separators and decimals ("35,000", "58.3", "1234")."""
    integer = draw(st.integers(0, 9_999_999))
    text = f"{integer:,}" if draw(st.booleans()) else str(integer)
    decimals = draw(st.none() | st.text("0123456789", min_size=1, max_size=3))
    return text if decimals is None else f"{text}.{decimals}"


@st.composite
def quantity_surfaces(draw: st.DrawFn) -> RenderedQuantity:
    """A bound word, a currency or a unit, digits and a scale word, and what they should read as."""
    digits = draw(digit_strings())
    scale, power = draw(st.sampled_from(SCALES))
    number = Decimal(digits.replace(",", ""))
    value = number.scaleb(power)
    half = Decimal("0.5").scaleb(-len(digits.partition(".")[2]) + power)
    prefix, shape = draw(st.sampled_from(BOUND_PREFIXES))
    unit: str | None = None
    kind = Kind.CARDINAL
    if draw(st.booleans()):
        symbol, unit = draw(st.sampled_from(CURRENCIES))
        body, kind = f"{symbol}{digits}{scale}", Kind.MONEY
    else:
        suffix, unit, kind = draw(st.sampled_from([("", None, Kind.CARDINAL), *SUFFIXES]))
        body = f"{digits}{scale}{suffix}"
        if unit == "civilian" and value == 1:
            body, unit, kind = f"{digits}{scale}", None, Kind.CARDINAL  # one civilian: no plural noun
        if not scale and not suffix and "," not in digits and "." not in digits and 1500 <= number <= 2100:
            body += " civilians" if value != 1 else ""  # a bare four-digit year-like number reads as a year
            unit = "civilian"
    nonzero = value.normalize().as_tuple().exponent if value else 0
    assert isinstance(nonzero, int)
    rounding = max(half, Decimal("0.5").scaleb(nonzero))
    low, high = {
        "exact": (value - half, value + half),
        "gt": (value, None),
        "ge": (value, None),
        "lt": (None, value),
        "le": (None, value),
        "approx": (value - rounding, value + rounding),
        "nearly": (value - rounding, value),
    }[shape]
    bound = {
        "exact": Bound.EXACT,
        "gt": Bound.LOWER,
        "ge": Bound.LOWER,
        "lt": Bound.UPPER,
        "le": Bound.UPPER,
    }.get(shape, Bound.APPROXIMATE)
    stated = None if shape in ("gt", "lt") else value
    return RenderedQuantity(prefix + body, stated, unit, kind, bound, low, high)


# Running text with quantities and look-alikes in it, for the extraction properties.
NEWS_FRAGMENTS = [
    " said ", ". ", ", ", " the ", " Air Force One ", " G7 ", " F-16 ", " COVID-19 ", " one of the ", " in 2022 ",
    " (202) 555-0143 ", " 2012-13 ", " more than ", " between ", " and ", " to ", "-", " of ", "$", "%", " million",
    " tens of thousands of ", " two-year-old ", " 24th ", " three-fifths ", "\n", " ", "—", "“", "”",
]  # fmt: skip
news_like_texts = st.lists(
    st.one_of(
        st.sampled_from(NEWS_FRAGMENTS),
        quantity_surfaces().map(lambda r: r.surface),
        digit_strings(),
        st.text(max_size=5),
    ),
    max_size=12,
).map("".join)

_HTML_PIECES = [
    "<p>", "</p>", "<div class='share-bar'>", "</div>", "<ul>", "<li>", "</ul>", "<br>", "&amp;", "&nbsp;",
    "&#8220;", "&rdquo;", "<script>var x = '<p>';</script>", "<nav>", "</nav>", "<h1>", "</h1>", "\n  ",
    "<span class='x'>", "</span>", "<aside class='related'>", "</aside>", "<!-- note -->",
]  # fmt: skip


@st.composite
def html_texts(draw: st.DrawFn) -> str:
    """An HTML page: tags (some of them chrome), character references, news fragments and arbitrary text."""
    pieces = st.sampled_from(_HTML_PIECES) | st.sampled_from(NEWS_FRAGMENTS) | st.text(max_size=8)
    return "<html><body>" + "".join(draw(st.lists(pieces, min_size=1, max_size=20)))


# --------------------------------------------------------------------------- third-party formats (issue 9)

urls = st.text(string.ascii_lowercase + string.digits + "-/", min_size=1, max_size=20).map(
    lambda s: "https://example.org/" + s
)
wiki_pages = st.text(string.ascii_letters + string.digits + "_-()", min_size=1, max_size=20)
references = st.fixed_dictionaries(
    {
        "group": st.integers(0, 3),
        "page": st.none() | wiki_pages,
        "sentence": st.integers(0, 200),  # never null here: mutated_records turns null into 12, legal for it
        "url": st.none() | urls,
        "question": st.none() | non_blank,
        "text": st.none() | non_blank,
    }
)
origins = st.fixed_dictionaries(
    {
        "format": st.sampled_from(["fever", "averitec", "claimreview"]),
        "file": st.none() | st.just("claims.jsonl"),
        "line": st.integers(1, 10**6),  # never null here, for the same reason
        "path": st.none() | st.sampled_from(["[0]", "[3]", "claims[2].claimReview[0]"]),
        "original_id": st.none() | ids,
        "label_original": st.none() | non_blank,
        "references": st.lists(references, max_size=3),
        "original": st.dictionaries(ids, words, min_size=1, max_size=3).map(
            lambda d: orjson.dumps(d).decode()
        ),
    }
)

_FEVER_LABELS = ["SUPPORTS", "REFUTES", "NOT ENOUGH INFO"]


@st.composite
def fever_objects(draw: st.DrawFn) -> JsonDict:
    """A valid FEVER line: evidence sets agree with the label (null page and sentence for NOT ENOUGH INFO)."""
    label = draw(st.sampled_from(_FEVER_LABELS))
    ann = st.none() | st.integers(0, 10**6)
    if label == "NOT ENOUGH INFO":
        evidence = [[[draw(ann), None, None, None]]]
    else:
        item: st.SearchStrategy[list[Any]] = st.tuples(ann, ann, wiki_pages, st.integers(0, 300)).map(list)
        evidence = draw(st.lists(st.lists(item, min_size=1, max_size=3), min_size=1, max_size=3))
    obj: JsonDict = {
        "id": draw(st.integers(0, 2**40)),
        "label": label,
        "claim": draw(non_blank),
        "evidence": evidence,
    }
    if draw(st.booleans()):
        obj = {
            "id": obj["id"],
            "verifiable": "NOT VERIFIABLE" if label == "NOT ENOUGH INFO" else "VERIFIABLE",
            **obj,
        }
    return obj


_AVERITEC_LABELS = ["Supported", "Refuted", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking"]


@st.composite
def averitec_answers(draw: st.DrawFn) -> JsonDict:
    kind = draw(st.sampled_from(["Extractive", "Abstractive", "Boolean", "Unanswerable"]))
    if kind == "Unanswerable":
        return {
            "answer": "No answer could be found.",
            "answer_type": kind,
            "source_url": "",
            "source_medium": "",
        }
    answer: JsonDict = {
        "answer": draw(non_blank),
        "answer_type": kind,
        "source_url": draw(urls),
        "source_medium": "Web text",
    }
    if kind == "Boolean":
        answer["boolean_explanation"] = draw(non_blank)
    return answer


@st.composite
def averitec_objects(draw: st.DrawFn) -> JsonDict:
    """A valid AVeriTeC claim with one to three questions."""
    questions = draw(
        st.lists(
            st.fixed_dictionaries(
                {"question": non_blank, "answers": st.lists(averitec_answers(), min_size=1, max_size=2)}
            ),
            min_size=1,
            max_size=3,
        )
    )
    day, month, year = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(1990, 2030))
    return {
        "claim": draw(non_blank),
        "required_reannotation": draw(st.booleans()),
        "label": draw(st.sampled_from(_AVERITEC_LABELS)),
        "justification": draw(st.none() | non_blank),
        "claim_date": draw(st.none() | st.just(f"{day}-{month}-{year}")),
        "speaker": draw(st.none() | non_blank),
        "claim_types": draw(
            st.lists(st.sampled_from(["Numerical Claim", "Causal Claim"]), max_size=2, unique=True)
        ),
        "fact_checking_strategies": [],
        "questions": questions,
    }


@st.composite
def claimreview_objects(draw: st.DrawFn) -> JsonDict:
    """A valid ClaimReview whose rating maps to a label (textual, numeric in range, or both agreeing)."""
    text, value = draw(
        st.sampled_from(
            [("True", 5), ("Mostly False", 2), ("Half True", 3), ("Unproven", None), ("False", 1)]
        )
    )
    rating: JsonDict = {"@type": "Rating", "alternateName": text, "worstRating": 1, "bestRating": 5}
    if value is not None and draw(st.booleans()):
        rating["ratingValue"] = str(value) if draw(st.booleans()) else value
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": draw(urls),
        "claimReviewed": draw(non_blank),
        "author": {"@type": "Organization", "name": draw(non_blank)},
        "reviewRating": rating,
    }


# --------------------------------------------------------------------------- splits (issue 8)


@st.composite
def record_lists(draw: st.DrawFn, max_size: int = 24) -> list[JsonDict]:
    """Valid records (JSON form) whose groups and source articles come from small pools, so they are shared."""
    groups = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    articles = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    out = []
    for i, record in enumerate(draw(st.lists(records, max_size=max_size))):
        row = copy.deepcopy(record)
        row["id"] = f"r{i}"
        row["group_id"] = draw(st.sampled_from(groups))
        if row["source"] is not None:
            row["source"]["article_id"] = draw(st.sampled_from(articles))
        out.append(row)
    return out


# --------------------------------------------------------------------------- evidence across articles (issue 7)

# Small pools, so that random articles often report "the same" fact, a near miss, or a disagreement.
EVIDENCE_ACTORS = ["Germany", "France", "The ministry"]
EVIDENCE_VERBS = ["reported", "counted"]
EVIDENCE_QUANTITIES = [
    "412 delegates", "more than 400 delegates", "about 400 delegates", "380 delegates", "between 350 and 450 delegates",
    "$58 billion", "$85 billion", "more than $50 billion", "35,000 civilians", "35,000 soldiers", "12 percent",
]  # fmt: skip
EVIDENCE_TAILS = ["at the climate talks in Geneva", "near the border with Kharkiv", "in March", "in April 2023"]  # fmt: skip


@st.composite
def evidence_sentences(draw: st.DrawFn) -> str:
    """One check-worthy news sentence with one measured quantity or none (sometimes negated)."""
    actor = draw(st.sampled_from(EVIDENCE_ACTORS))
    verb = draw(st.sampled_from(EVIDENCE_VERBS))
    verb = f"has not {verb}" if draw(st.integers(0, 4)) == 0 else f"has {verb}"
    quantity = draw(st.sampled_from([*EVIDENCE_QUANTITIES, "the new border rules", "the cruise missiles"]))
    tail = draw(st.sampled_from(EVIDENCE_TAILS))
    return f"{actor} {verb} {quantity} {tail}, officials said on Monday."


@st.composite
def evidence_corpora(draw: st.DrawFn) -> list[Article]:
    """Two to five short articles of such sentences, some with a publication date."""
    articles = []
    for i in range(draw(st.integers(2, 5))):
        sentences = draw(st.lists(evidence_sentences(), min_size=1, max_size=4))
        published = draw(st.none() | st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 3, 1)))
        articles.append(Article(id=f"a{i}", text="\n\n".join(sentences), published=published))
    return articles


# --------------------------------------------------------------------------- names with digits (issue 17)

from factgen.quantities import _lexicon as _qlex

_MONEY_LETTERS = {*_qlex.CURRENCY_CODES, *_qlex.CURRENCY_SYMBOLS, *_qlex.CODE_ALIASES}
_YEAR_PREFIXES = set(_qlex.YEAR_HYPHEN_PREFIXES)


@st.composite
def identifiers(draw: st.DrawFn) -> str:
    """A model number or a name with digits glued to letters: "A320", "F-35", "COP29", "MH17", "Su-27", "F-35A"."""
    letters = draw(
        st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min_size=1, max_size=4).filter(
            lambda w: (
                w not in _MONEY_LETTERS
                and w.upper() not in _MONEY_LETTERS
                and w.lower() not in _YEAR_PREFIXES
            )
        )
    )
    digits = draw(st.integers(0, 9999).map(str))
    suffix = draw(st.sampled_from(["", "", "A", "B", "neo", "X"]))
    return f"{letters}{draw(st.sampled_from(['', '-']))}{digits}{suffix}"


@st.composite
def percent_ranges(draw: st.DrawFn) -> str:
    """Two percentages joined by a dash, as rate ranges are written: "1.75%-2%", "5%–10%", "3% - 4"."""
    low, high = draw(digit_strings()), draw(digit_strings())
    dash = draw(st.sampled_from(["-", "–", "—", " - ", "-"]))
    return f"{low}{draw(st.sampled_from(['%', ' percent', '']))}{dash}{high}{draw(st.sampled_from(['%', '', ' percent']))}"
