"""Records -> train / validation / test, as a ``datasets.DatasetDict`` with explicit features.

What :func:`split` guarantees (``tests/test_splits.py`` checks each with Hypothesis):

* **No group crosses splits.** The unit of assignment is a set of records that must stay together:

  - ``by="group"`` (default): records sharing a ``group_id`` (a sentence and every variant of it), merged with any
    other record whose claim is the same text or a near duplicate of it (Jaccard >= 0.8 over word 3-shingles), so
    that wire copy repeated by two articles cannot sit in train and in test;
  - ``by="article"``: as ``group``, and also every record whose claim comes from the same source article;
  - ``by="time"``: groups, ordered by the publication date of their source article (see below);
  - ``by="story"``: as ``article``, and also every record of the same story (``story_id``: one event as several
    outlets report it) and every record whose evidence comes from an article of it, so that no event is in train
    and in test.

* **Ratios are met within one unit's size**: ``|len(split) - ratio * n| <= size of the largest unit`` (for
  ``by="time"``: of the largest set of records sharing a date, since a date never straddles two splits).
* **Labels are stratified within that constraint**: each unit goes, among the splits it fits in, to the one that
  still needs its labels most; a unit that fits nowhere goes to the split furthest below its target.
* **Deterministic**: a function of the records (and their order) and the seed only; ``datasets`` writes no
  cache file (every table is built in memory).

Temporal splits (``by="time"``) use ``Article.published`` of each record's source article (pass ``articles=``).
Everything before ``cutoff`` goes to train; the rest is cut by date into validation (earlier) and test (later)
in the ratio ``ratios[1] : ratios[2]``. Without a ``cutoff`` the dates are cut at the points that best meet
``ratios``. **Records whose date is unknown** (no source, an unknown article, an undated article) cannot be placed
in time without risking leakage, so they are dropped and counted as ``splits.undated`` in the report; a corpus
with no dated record at all is a :class:`~factgen.errors.ConfigError`.

``max_imbalance=r`` down-samples, in every split, each label to at most ``r`` times the rarest label present in
that split (records with the lowest seeded hash are kept; the rest are counted as ``splits.downsampled``). A
label absent from a split cannot be balanced: the report shows it as 0.

Splits that end up empty are left out of the ``DatasetDict`` (``datasets`` cannot load an empty split).

Features (:func:`features`) are derived from the record model's JSON Schema, so they cannot drift from the
contract: objects become structs, arrays ``List({...})``, integers ``int64``, booleans ``bool``, and strings,
enums and **exact decimal strings stay ``string``** (``"58000000000"``, never a float: cast with
``decimal.Decimal`` when reading). ``verdict.label`` is a ``ClassLabel`` whose names are the ``Label`` enum in
its fixed order; ``dataset.flatten()`` makes it a top-level ``verdict.label`` column for classifiers.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Final, Literal

import orjson

from factgen._union_find import UnionFind
from factgen.errors import ConfigError
from factgen.models import Article, Label, Record, export_schema

if TYPE_CHECKING:
    import datasets

__all__ = [
    "SPLIT_BY",
    "SPLIT_NAMES",
    "SplitReport",
    "exact_key",
    "features",
    "label_counts",
    "near_duplicate_classes",
    "near_duplicate_pairs",
    "normalise_records",
    "rows_dataset",
    "split",
    "split_records",
]

SPLIT_NAMES: Final = ("train", "validation", "test")
SPLIT_BY: Final = ("group", "article", "time", "story")
NEAR_DUPLICATE_JACCARD: Final = 0.8
LABEL_NAMES: Final = tuple(label.value for label in Label)
SplitBy = Literal["group", "article", "time", "story"]
Row = dict[str, Any]


# --------------------------------------------------------------------------- features from the contract


def _feature(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> Any:
    import datasets  # noqa: PLC0415  (datasets is imported only when a dataset is made)

    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = defs[name]
        if target.get("enum") == list(LABEL_NAMES):
            return datasets.ClassLabel(names=list(LABEL_NAMES))
        return _feature(target, defs)
    if "anyOf" in schema:  # X | null: every datasets feature is nullable
        (kept,) = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return _feature(kept, defs)
    kind = schema.get("type")
    if kind == "object":
        return {key: _feature(sub, defs) for key, sub in schema["properties"].items()}
    if kind == "array":
        return datasets.List(_feature(schema["items"], defs))
    dtypes = {"string": "string", "integer": "int64", "boolean": "bool"}
    if kind not in dtypes:
        msg = f"record schema: expected a string, integer, boolean, object or array type, got {schema!r}"
        raise TypeError(msg)
    return datasets.Value(dtypes[kind])


@cache
def _record_schema() -> Mapping[str, Any]:
    return export_schema(Record)


def features() -> datasets.Features:
    """The ``datasets.Features`` of a record, derived from the model's JSON Schema (a fresh object each call).

    >>> f = features()
    >>> f["verdict"]["label"].names
    ['SUPPORTED', 'REFUTED', 'NOT_ENOUGH_INFO', 'CONFLICTING']
    >>> f["quantities"].feature["value"], f["evidence"].feature["start"]
    (Value('string'), Value('int64'))
    """
    import datasets  # noqa: PLC0415

    schema = _record_schema()
    return datasets.Features(
        {key: _feature(sub, schema["$defs"]) for key, sub in schema["properties"].items()}
    )


def normalise_records(records: Iterable[Record | Mapping[str, Any]]) -> list[Row]:
    """Each record in its JSON form with the full key set, in model order; mappings are validated first.

    ``datasets`` takes its columns from the first row and silently drops or fills keys (REFERENCE A1), so
    nothing reaches it that the contract has not checked.
    """
    rows = []
    for record in records:
        model = (
            record if isinstance(record, Record) else Record.model_validate_json(orjson.dumps(dict(record)))
        )
        rows.append(model.model_dump(mode="json"))
    return rows


# --------------------------------------------------------------------------- near duplicates

_WORD: Final = re.compile(r"\w+")


def _shingles(text: str, n: int = 3) -> frozenset[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < n:
        return frozenset({" ".join(words)}) if words else frozenset()
    return frozenset(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def exact_key(text: str) -> str:
    """The claim text compared for exact duplicates: case-folded, whitespace collapsed.

    >>> exact_key("  The U.S.   gave $58 billion ") == exact_key("the u.s. gave $58 BILLION")
    True
    """
    return " ".join(text.casefold().split())


def near_duplicate_pairs(
    texts: Sequence[str], *, threshold: float = NEAR_DUPLICATE_JACCARD
) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, in order, whose texts have Jaccard similarity >= ``threshold`` over word
    3-shingles (identical texts with at least one word included).

    Exact, not sampled (no MinHash): each distinct text is compared once; candidates come from a prefix filter
    over shingles ordered rarest first and a size filter, which never miss a pair above the threshold, then each
    candidate is checked. The distinct texts' pairs are cached for the last call, so the split and the card's
    leakage check, which ask about the same claims in another order, compare them once.

    >>> list(near_duplicate_pairs([
    ...     "The U.S. has provided $58 billion to Ukraine since the war began in 2022, officials said.",
    ...     "Russia fired 90 missiles at Kyiv overnight.",
    ...     "The U.S. has provided $58 billion to Ukraine since the war began in 2022, officials said on Friday.",
    ...     "Russia fired 90 missiles at Kyiv overnight.",
    ... ]))
    [(0, 2), (1, 3)]
    """
    classes, pairs = near_duplicate_classes(texts, threshold=threshold)
    found: list[tuple[int, int]] = []
    for a, b in pairs:
        found += ((min(i, j), max(i, j)) for i in classes[a] for j in classes[b])
    for where in classes:
        found += itertools.combinations(where, 2)
    yield from sorted(found)


def near_duplicate_classes(
    texts: Sequence[str], *, threshold: float = NEAR_DUPLICATE_JACCARD
) -> tuple[list[list[int]], tuple[tuple[int, int], ...]]:
    """:func:`near_duplicate_pairs` without listing them: what the split and the leakage measure need, in time
    linear in ``len(texts)`` plus the pairs of *distinct* texts.

    Returns the classes of identical texts (positions, for texts with at least one word; a text without a word is
    a class of its own and pairs with nothing) and the pairs ``(a, b)`` of classes whose texts are near
    duplicates. A text repeated n times is one class, not n(n-1)/2 pairs.

    >>> said = "The U.S. has provided $58 billion to Ukraine since the war began in 2022, officials said"
    >>> near_duplicate_classes([said + ".", said + ".", "", said + " on Friday."])
    ([[0, 1], [2], [3]], ((0, 2),))
    """
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        positions[text].append(i)
    distinct = tuple(sorted(positions, key=lambda t: positions[t][0]))
    classes = [positions[t] if _shingles(t) else positions[t][:1] for t in distinct]
    classes += [[i] for t in distinct if not _shingles(t) for i in positions[t][1:]]
    order = sorted(range(len(distinct)), key=lambda k: distinct[k])  # _distinct_pairs works on sorted texts
    ordered = tuple(distinct[k] for k in order)
    pairs = sorted(
        (min(order[a], order[b]), max(order[a], order[b])) for a, b in _distinct_pairs(ordered, threshold)
    )
    return classes, tuple(pairs)


@lru_cache(maxsize=1)
def _distinct_pairs(texts: tuple[str, ...], threshold: float) -> tuple[tuple[int, int], ...]:
    """:func:`near_duplicate_pairs` of distinct texts: a prefix filter, a size filter, then Jaccard itself."""
    sets = [_shingles(t) for t in texts]
    freq = Counter(s for shingles in sets for s in shingles)
    index: defaultdict[str, list[int]] = defaultdict(list)
    found = []
    for i, shingles in enumerate(sets):
        if not shingles:
            continue
        size = len(shingles)
        ordered = sorted(shingles, key=lambda s: (freq[s], s))
        prefix = ordered[: size - math.ceil(threshold * size) + 1]
        candidates = {j for s in prefix for j in index[s]}
        for j in sorted(candidates):
            other = sets[j]
            if min(size, len(other)) < threshold * max(size, len(other)):
                continue  # J(A, B) <= min(|A|, |B|) / max(|A|, |B|)
            if len(shingles & other) >= threshold * len(shingles | other):
                found.append((j, i))
        for s in prefix:
            index[s].append(i)
    return tuple(found)


# --------------------------------------------------------------------------- units: records that stay together


def _units(rows: Sequence[Row], by: str) -> list[list[int]]:
    units = UnionFind(len(rows))
    units.join_by(r["group_id"] for r in rows)
    if by in {"article", "story"}:
        units.join_by(r["source"]["article_id"] if r["source"] else None for r in rows)
    if by == "story":
        units.join_by(r.get("story_id") for r in rows)
        first: dict[str, int] = {}  # an article's first record: evidence from it joins that record's unit
        for i, r in enumerate(rows):
            if r["source"]:
                first.setdefault(r["source"]["article_id"], i)
        for i, r in enumerate(rows):
            for ev in r["evidence"]:
                if ev["article_id"] in first:
                    units.union(first[ev["article_id"]], i)
    if by != "time":  # in time, the date decides; near duplicates across dates are reported, not merged
        claims = [r["claim"] for r in rows]
        units.join_by(exact_key(c) for c in claims)
        classes, pairs = near_duplicate_classes(claims)
        for where in classes:
            for i in where[1:]:
                units.union(where[0], i)
        for a, b in pairs:
            units.union(classes[a][0], classes[b][0])
    return units.groups()


def _rank(seed: int, key: str) -> bytes:
    return hashlib.sha256(f"{seed}\x00{key}".encode()).digest()


# --------------------------------------------------------------------------- assignment


@dataclass(frozen=True, slots=True)
class SplitReport:
    """How a split was made and what it holds: sizes and labels per split, and what was dropped and why."""

    by: str
    seed: int
    ratios: tuple[float, float, float]
    cutoff: date | None
    max_imbalance: float | None
    units: int  # independent units (sets of records that must stay together)
    largest_unit: int
    sizes: dict[str, int]  # every split name, 0 when empty
    labels: dict[str, dict[str, int]]  # split -> every label name (enum order) -> count
    dropped: dict[str, int] = field(default_factory=dict)  # "splits.undated", "splits.downsampled"

    def imbalance(self, split: str) -> float | None:
        """Largest over smallest label count among the labels present in ``split``; None when it is empty."""
        present = [n for n in self.labels[split].values() if n]
        return max(present) / min(present) if present else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "seed": self.seed,
            "ratios": list(self.ratios),
            "cutoff": None if self.cutoff is None else self.cutoff.isoformat(),
            "max_imbalance": self.max_imbalance,
            "units": self.units,
            "largest_unit": self.largest_unit,
            "sizes": self.sizes,
            "labels": self.labels,
            "dropped": self.dropped,
        }


def _check(
    seed: int, ratios: Sequence[float], by: str, cutoff: date | None, max_imbalance: float | None
) -> tuple[float, float, float]:
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        msg = f"seed: expected a non-negative integer, got {seed!r}"
        raise ConfigError(msg)
    if by not in SPLIT_BY:
        msg = f"by: expected one of {list(SPLIT_BY)}, got {by!r}"
        raise ConfigError(msg)
    values = tuple(float(r) for r in ratios)
    if (
        len(values) != 3
        or any(not math.isfinite(r) or r < 0 for r in values)
        or not math.isclose(sum(values), 1.0, abs_tol=1e-9)
    ):
        msg = f"ratios: expected three non-negative numbers (train, validation, test) summing to 1, got {tuple(ratios)!r}"
        raise ConfigError(msg)
    if cutoff is not None and by != "time":
        msg = f"cutoff: only meaningful with by='time', got by={by!r}"
        raise ConfigError(msg)
    if max_imbalance is not None and not max_imbalance >= 1:
        msg = f"max_imbalance: expected a ratio >= 1 (largest label / smallest label), got {max_imbalance!r}"
        raise ConfigError(msg)
    return values[0], values[1], values[2]


def _assign_balanced(
    rows: Sequence[Row], units: list[list[int]], ratios: Sequence[float], seed: int
) -> list[int]:
    """Split index of each record: largest units first (ties in seeded order), each to the split that needs it."""
    n = len(rows)
    labels = [r["verdict"]["label"] for r in rows]
    totals = Counter(labels)
    target = [r * n for r in ratios]
    size = [0] * 3
    label_count = [Counter[str]() for _ in range(3)]
    keyed = [(min(rows[i]["id"] for i in unit), unit) for unit in units]
    keyed.sort(key=lambda ku: (-len(ku[1]), _rank(seed, ku[0]), ku[1][0]))
    where = [0] * n
    for _, unit in keyed:
        unit_labels = Counter(labels[i] for i in unit)
        fits = [s for s in range(3) if target[s] > 0 and target[s] - size[s] >= len(unit)]
        if fits:
            # how many of the unit's labels the split still needs, then how far below its target it is
            need = {
                s: (
                    sum(
                        min(k, max(ratios[s] * totals[lab] - label_count[s][lab], 0.0))
                        for lab, k in unit_labels.items()
                    ),
                    (target[s] - size[s]) / target[s],
                    -s,
                )
                for s in fits
            }
            chosen = max(fits, key=need.__getitem__)
        else:
            chosen = max(range(3), key=lambda s: (target[s] - size[s], -s))
        size[chosen] += len(unit)
        label_count[chosen].update(unit_labels)
        for i in unit:
            where[i] = chosen
    return where


def _dates(rows: Sequence[Row], articles: Iterable[Article] | None) -> list[date | None]:
    published = {a.id: a.published for a in articles or ()}
    return [published.get(r["source"]["article_id"]) if r["source"] else None for r in rows]


def _cut_by_date(dated: Sequence[tuple[date, int]], shares: Sequence[float], first: int) -> dict[int, int]:
    """Split index per record for records ordered by date: whole dates, cut where the running midpoint passes."""
    per_date: defaultdict[date, list[int]] = defaultdict(list)
    for day, i in dated:
        per_date[day].append(i)
    total, bounds = len(dated), []
    running = 0.0
    for share in shares[:-1]:
        running += share
        bounds.append(running * total)
    out: dict[int, int] = {}
    done = 0
    for day in sorted(per_date):
        members = per_date[day]
        middle = done + len(members) / 2
        k = next((k for k, b in enumerate(bounds) if middle < b), len(bounds))
        for i in members:
            out[i] = first + k
        done += len(members)
    return out


def _assign_by_time(
    rows: Sequence[Row], ratios: Sequence[float], cutoff: date | None, dates: Sequence[date | None]
) -> tuple[list[int | None], int]:
    """Split index per record (None: undated, dropped) and the number dropped."""
    units = UnionFind(len(rows))
    # a group holds one sentence, or its near-copies in other reports of the story (records.shared_groups), which
    # may be dated apart: in time the date decides, so a group is cut by date
    units.join_by((r["group_id"], dates[i]) for i, r in enumerate(rows))
    unit_date: dict[int, date | None] = {}
    for unit in units.groups():
        known = [d for i in unit if (d := dates[i]) is not None]
        for i in unit:
            unit_date[i] = min(known) if len(known) == len(unit) else None
    dated = sorted((d, i) for i, d in unit_date.items() if d is not None)
    if not dated:
        msg = "by='time': no record has a dated source article (pass articles= with published dates)"
        raise ConfigError(msg)
    where: list[int | None] = [None] * len(rows)
    if cutoff is None:
        placed = _cut_by_date(dated, ratios, 0)
    else:
        placed = {i: 0 for d, i in dated if d < cutoff}
        rest = [(d, i) for d, i in dated if d >= cutoff]
        later = ratios[1] + ratios[2]
        shares = (ratios[1] / later, ratios[2] / later) if later > 0 else (0.0, 1.0)
        placed |= _cut_by_date(rest, shares, 1) if rest else {}
    for i, s in placed.items():
        where[i] = s
    return where, len(rows) - len(dated)


def _downsample(
    rows: Sequence[Row], members: list[int], max_imbalance: float, seed: int
) -> tuple[list[int], int]:
    by_label: defaultdict[str, list[int]] = defaultdict(list)
    for i in members:
        by_label[rows[i]["verdict"]["label"]].append(i)
    if not by_label:
        return members, 0
    cap = math.floor(max_imbalance * min(len(v) for v in by_label.values()))
    keep: set[int] = set()
    for indices in by_label.values():
        ranked = sorted(indices, key=lambda i: (_rank(seed, f"{rows[i]['id']}\x00{i}"), i))
        keep.update(ranked[:cap])
    kept = [i for i in members if i in keep]
    return kept, len(members) - len(kept)


def split_records(
    records: Iterable[Record | Mapping[str, Any]],
    *,
    seed: int,
    ratios: Sequence[float] = (0.8, 0.1, 0.1),
    by: SplitBy = "group",
    cutoff: date | None = None,
    max_imbalance: float | None = None,
    articles: Iterable[Article] | None = None,
) -> tuple[datasets.DatasetDict, SplitReport]:
    """:func:`split`, and the :class:`SplitReport` (sizes, label balance, drops) the dataset card prints."""
    ratios3 = _check(seed, ratios, by, cutoff, max_imbalance)
    rows = normalise_records(records)
    dropped: Counter[str] = Counter()
    if by == "time":
        where, undated = _assign_by_time(rows, ratios3, cutoff, _dates(rows, articles))
        dropped["splits.undated"] = undated
        units = UnionFind(len(rows))
        units.join_by(r["group_id"] for r in rows)
        day_sizes = Counter(d for d in _dates(rows, articles) if d is not None)
        unit_count, largest = len(units.groups()), max(day_sizes.values(), default=0)
    else:
        unit_list = _units(rows, by)
        where = list(_assign_balanced(rows, unit_list, ratios3, seed))
        unit_count, largest = len(unit_list), max((len(u) for u in unit_list), default=0)
    members: list[list[int]] = [[] for _ in SPLIT_NAMES]
    for i, s in enumerate(where):
        if s is not None:
            members[s].append(i)
    if max_imbalance is not None:
        for s in range(3):
            members[s], n_dropped = _downsample(rows, members[s], max_imbalance, seed)
            dropped["splits.downsampled"] += n_dropped
    report = SplitReport(
        by=by,
        seed=seed,
        ratios=ratios3,
        cutoff=cutoff,
        max_imbalance=max_imbalance,
        units=unit_count,
        largest_unit=largest,
        sizes={name: len(members[s]) for s, name in enumerate(SPLIT_NAMES)},
        labels={
            name: {lab: sum(rows[i]["verdict"]["label"] == lab for i in members[s]) for lab in LABEL_NAMES}
            for s, name in enumerate(SPLIT_NAMES)
        },
        dropped={k: v for k, v in sorted(dropped.items()) if v},
    )
    return _dataset_dict({name: [rows[i] for i in members[s]] for s, name in enumerate(SPLIT_NAMES)}), report


def rows_dataset(rows: Sequence[Mapping[str, Any]], feats: datasets.Features, split: str) -> datasets.Dataset:
    """A ``Dataset`` of ``rows`` with exactly ``feats``: columns are taken from the features, never from row 0
    (``datasets`` would silently drop or fill keys, REFERENCE A1)."""
    import datasets  # noqa: PLC0415

    return datasets.Dataset.from_dict(
        {key: [row[key] for row in rows] for key in feats}, features=feats, split=datasets.NamedSplit(split)
    )


def _dataset_dict(splits: Mapping[str, Sequence[Row]]) -> datasets.DatasetDict:
    import datasets  # noqa: PLC0415

    feats = features()
    return datasets.DatasetDict(
        {name: rows_dataset(rows, feats, name) for name, rows in splits.items() if rows}
    )


def split(
    records: Iterable[Record | Mapping[str, Any]],
    *,
    seed: int,
    ratios: Sequence[float] = (0.8, 0.1, 0.1),
    by: SplitBy = "group",
    cutoff: date | None = None,
    max_imbalance: float | None = None,
    articles: Iterable[Article] | None = None,
) -> datasets.DatasetDict:
    """Records -> ``DatasetDict`` of train / validation / test; see the module doc for the guarantees.

    ``records`` are :class:`~factgen.models.Record` s or their JSON form (validated). ``articles`` gives the
    publication dates for ``by="time"``. Empty splits are left out.

    >>> import factgen
    >>> records = list(factgen.generate(factgen.load_articles(factgen.SEEDS), seed=0))
    >>> dd = split(records, seed=0)
    >>> sorted(dd), sum(len(d) for d in dd.values()) == len(records)
    (['test', 'train', 'validation'], True)
    >>> dd["train"].features["verdict"]["label"].names
    ['SUPPORTED', 'REFUTED', 'NOT_ENOUGH_INFO', 'CONFLICTING']
    """
    dataset_dict, _ = split_records(
        records,
        seed=seed,
        ratios=ratios,
        by=by,
        cutoff=cutoff,
        max_imbalance=max_imbalance,
        articles=articles,
    )
    return dataset_dict


def label_counts(dataset_dict: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """Label counts per split of a ``DatasetDict`` of records, every label name present (0 when absent)."""
    out = {}
    for name, ds in dataset_dict.items():
        names = ds.features["verdict"]["label"].names
        counts = Counter(v["label"] for v in ds["verdict"])
        out[name] = {label: counts.get(i, 0) for i, label in enumerate(names)}
    return out
