"""What the dataset card measures about the data, from a ``DatasetDict`` of records (and the articles, for dates).

* **claim-only bias** (REFERENCE 3.1): accuracy and macro-F1 of TF-IDF + logistic regression trained on the train
  claims alone and scored on test (validation when there is no test), against the majority-class baseline; and the
  n-grams most tied to a label by local mutual information, ``LMI(w, l) = p(w, l) · log(p(l | w) / p(l))`` (×10⁶),
  with ``p(l | w)``, counted once per claim over all records (lower-case ``\\w+`` tokens, unigrams and bigrams,
  the 10 most frequent unigrams dropped, at least 5 claims);
* the share of claims per label with a negation, a hedge or a digit;
* **what the edit gives away** (REFERENCE 4.1, issue 15 item 7): the share of verbatim copies (a claim equal to its
  own evidence), label and rule shares, and two shallow baselines scored by 5-fold cross-validation grouped by
  ``group_id`` (a sentence and its variants never on both sides): claim-only, and evidence-aware *diff* (TF-IDF +
  logistic regression on only the tokens the claim and its evidence do not share, ``+`` for the claim's, ``-`` for
  the evidence's). Targets: diff within 10 points of the majority class, claim-only within 5;
* **leakage** (REFERENCE 3.2, 3.3): records whose group, source article, story (``story_id``: the same event as
  another outlet reports it), exact claim text or near-duplicate claim text (Jaccard >= 0.8 over word 3-shingles)
  also occurs in another split (target 0), and evidence published after the claim's source article when both dates
  are known.
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from factgen._card_lexicon import (
    DROP_MOST_FREQUENT_UNIGRAMS,
    HEDGE_WORDS,
    MIN_FREQ,
    NEGATION_SUFFIXES,
    NEGATION_WORDS,
    TOP_N,
)
from factgen.models import Article
from factgen.records import is_copy
from factgen.splits import LABEL_NAMES, SPLIT_NAMES, exact_key, label_counts, near_duplicate_classes

__all__ = [
    "Baseline",
    "Cue",
    "EditMeasures",
    "Measurements",
    "claim_only_baseline",
    "diff_text",
    "edit_measures",
    "grouped_baseline",
    "leakage",
    "lmi_cues",
    "measure",
    "split_order",
    "temporal_leakage",
]

_WORD: Final = re.compile(r"\w+")
_TOKENS: Final = r"(?u)\b\w+\b"  # scikit-learn's token pattern, keeping one-character words ("a", "5")
_SPACED: Final = r"\S+"  # whitespace-separated tokens, for text already tokenised (the marked diff)
_NEGATION: Final = re.compile(
    r"\b(?:" + "|".join(NEGATION_WORDS) + r")\b|" + "|".join(re.escape(s) + r"\b" for s in NEGATION_SUFFIXES),
    re.IGNORECASE,
)
_HEDGE: Final = re.compile(r"\b(?:" + "|".join(HEDGE_WORDS) + r")\b", re.IGNORECASE)
_DIGIT: Final = re.compile(r"\d")
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Cue:
    """An n-gram tied to a label: LMI ×10⁶, p(label | n-gram) and in how many claims it occurs."""

    label: str
    ngram: str
    lmi: float
    p_label: float
    freq: int


@dataclass(frozen=True, slots=True)
class Baseline:
    """Claim-only baseline vs majority class, train -> ``evaluated_on``; ``note`` says why it was not measured."""

    evaluated_on: str | None = None
    train_size: int = 0
    test_size: int = 0
    majority_label: str | None = None
    majority_accuracy: float | None = None
    majority_macro_f1: float | None = None
    accuracy: float | None = None
    macro_f1: float | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class EditMeasures:
    """What the edits give away, over all records: copies, label and rule counts, two grouped baselines."""

    records: int
    copies: int  # claims equal to (one of) their own evidence texts
    labels: dict[str, int]
    rules: dict[str, int]
    claim_only: Baseline
    diff: Baseline

    @property
    def copy_share(self) -> float:
        return self.copies / self.records if self.records else 0.0


@dataclass(frozen=True, slots=True)
class Measurements:
    """What the card reports about the data itself."""

    baseline: Baseline
    cues: list[Cue]
    max_p_label: float | None  # the largest p(label | n-gram) among n-grams in >= MIN_FREQ claims
    cue_rates: dict[str, dict[str, float]]  # label -> {"negation", "hedge", "digit"} -> share of its claims
    leakage: dict[str, int]  # check -> records affected (target 0)
    temporal: dict[str, int]  # evidence items: "after_claim", "dated", "unknown"
    label_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    edits: EditMeasures | None = None


def _rows(dataset_dict: Mapping[str, Any]) -> dict[str, list[Row]]:
    out = {}
    for name in split_order(dataset_dict):
        ds = dataset_dict[name]
        names = ds.features["verdict"]["label"].names
        rows = ds.to_list()
        for row in rows:
            row["verdict"] = {**row["verdict"], "label": names[row["verdict"]["label"]]}
        out[name] = rows
    return out


def split_order(dataset_dict: Mapping[str, Any]) -> list[str]:
    known = [s for s in SPLIT_NAMES if s in dataset_dict]
    return known + sorted(s for s in dataset_dict if s not in SPLIT_NAMES)


def _ngrams(text: str) -> tuple[list[str], set[str]]:
    words = _WORD.findall(text.casefold())
    return words, {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}


def lmi_cues(
    claims: Sequence[str], labels: Sequence[str], *, top_n: int = TOP_N
) -> tuple[list[Cue], float | None]:
    """The ``top_n`` n-grams per label by LMI, and the largest p(label | n-gram) (REFERENCE 3.1).

    >>> claims = [f"officials did not confirm report {i}" for i in range(6)]
    >>> claims += [f"officials confirmed report {i}" for i in range(6)]
    >>> cues, top = lmi_cues(claims, ["REFUTED"] * 6 + ["SUPPORTED"] * 6)
    >>> [(c.ngram, c.p_label, c.freq) for c in cues if c.label == "REFUTED"], top
    ([('confirm report', 1.0, 6), ('did not', 1.0, 6), ('not confirm', 1.0, 6), ('officials did', 1.0, 6)], 1.0)
    """
    per_claim = [_ngrams(c) for c in claims]
    unigram_freq = Counter(w for words, _ in per_claim for w in set(words))
    dropped = {
        w
        for w, _ in sorted(unigram_freq.items(), key=lambda kv: (-kv[1], kv[0]))[:DROP_MOST_FREQUENT_UNIGRAMS]
    }
    joint: Counter[tuple[str, str]] = Counter()
    for (words, bigrams), label in zip(per_claim, labels, strict=True):
        for gram in (set(words) - dropped) | bigrams:
            joint[gram, label] += 1
    total = sum(joint.values())
    freq: Counter[str] = Counter()
    for (gram, _), n in joint.items():
        freq[gram] += n
    label_total: Counter[str] = Counter()
    for (_, label), n in joint.items():
        label_total[label] += n
    cues: defaultdict[str, list[Cue]] = defaultdict(list)
    best: float | None = None
    for (gram, label), n in joint.items():
        if freq[gram] < MIN_FREQ:
            continue
        p_label = n / freq[gram]
        best = p_label if best is None else max(best, p_label)
        lmi = n / total * math.log(p_label / (label_total[label] / total)) * 1e6
        cues[label].append(Cue(label, gram, round(lmi, 1), round(p_label, 3), freq[gram]))
    out = []
    for label in [lab for lab in LABEL_NAMES if lab in cues]:
        out.extend(sorted(cues[label], key=lambda c: (-c.lmi, c.ngram))[:top_n])
    return out, None if best is None else round(best, 3)


def claim_only_baseline(train: Sequence[Row], test: Sequence[Row], evaluated_on: str | None) -> Baseline:
    """TF-IDF (unigrams and bigrams) + logistic regression on claims alone, against the majority class."""
    if not train or not test or evaluated_on is None:
        return Baseline(note="needs a train split and a test (or validation) split with records")
    y_train = [r["verdict"]["label"] for r in train]
    y_test = [r["verdict"]["label"] for r in test]
    majority = min(Counter(y_train).items(), key=lambda kv: (-kv[1], LABEL_NAMES.index(kv[0])))[0]
    # scikit-learn is imported here only: `import factgen` stays fast.
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415
    from sklearn.metrics import accuracy_score, f1_score  # noqa: PLC0415

    def scores(predicted: Sequence[str]) -> tuple[float, float]:
        labels = sorted(set(y_test) | set(predicted))
        acc = float(accuracy_score(y_test, predicted))
        f1 = float(f1_score(y_test, predicted, labels=labels, average="macro", zero_division=0))
        return round(acc, 3), round(f1, 3)

    maj_acc, maj_f1 = scores([majority] * len(test))
    common = {
        "evaluated_on": evaluated_on,
        "train_size": len(train),
        "test_size": len(test),
        "majority_label": majority,
        "majority_accuracy": maj_acc,
        "majority_macro_f1": maj_f1,
    }
    if len(set(y_train)) < 2:
        return Baseline(**common, note=f"train has one class ({majority}): no classifier to fit")
    vectorizer = TfidfVectorizer(lowercase=True, ngram_range=(1, 2), token_pattern=_TOKENS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter on tiny data is not the user's business here
        x_train = vectorizer.fit_transform([r["claim"] for r in train])
        model = LogisticRegression(max_iter=1000, random_state=0).fit(x_train, y_train)
        predicted = [str(p) for p in model.predict(vectorizer.transform([r["claim"] for r in test]))]
    acc, f1 = scores(predicted)
    return Baseline(**common, accuracy=acc, macro_f1=f1)


def _evidence_text(row: Row) -> str:
    return " ".join(e["text"] for e in row["evidence"])


def diff_text(claim: str, evidence: str) -> str:
    """The words one side has and the other lacks (as many times as it has more), marked: ``+`` the claim's,
    ``-`` the evidence's; lower-case ``\\w+`` tokens, claim side first, each side in its own order.

    >>> diff_text("It has not provided $85 billion.", "It has provided $58 billion, he said.")
    '+not +85 -58 -he -said'
    >>> diff_text("Same words.", "same words")
    ''
    """
    ours, theirs = _WORD.findall(claim.casefold()), _WORD.findall(evidence.casefold())
    extra_ours, extra_theirs = Counter(ours) - Counter(theirs), Counter(theirs) - Counter(ours)
    out = []
    for words, extra, mark in ((ours, extra_ours, "+"), (theirs, extra_theirs, "-")):
        for w in words:
            if extra[w] > 0:
                extra[w] -= 1
                out.append(mark + w)
    return " ".join(out)


def _diff_features(row: Row) -> str:
    return diff_text(row["claim"], _evidence_text(row))


def _claim_features(row: Row) -> str:
    return " ".join(_WORD.findall(row["claim"].casefold()))


def grouped_predictions(
    rows: Sequence[Row],
    features: Callable[[Row], str],
    *,
    folds: int = 5,
    bigrams: bool = False,
    by: str = "group_id",
) -> tuple[list[str], list[str], int] | None:
    """Out-of-fold predictions of TF-IDF + logistic regression on ``features(row)`` (whitespace tokens), by
    ``folds``-fold cross-validation grouped by ``by``, beside the majority class of each fold's training part:
    ``(predicted, majority, folds used)``, one label per row in row order; ``None`` with fewer than two groups.
    """
    groups = [r.get(by) or r["group_id"] for r in rows]
    k = min(folds, len(set(groups)))
    if k < 2:
        return None
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415
    from sklearn.model_selection import GroupKFold  # noqa: PLC0415

    texts = [features(r) for r in rows]
    y = [r["verdict"]["label"] for r in rows]
    predicted, majority = [""] * len(rows), [""] * len(rows)
    for train, test in GroupKFold(n_splits=k).split(texts, y, groups):
        y_train = [y[i] for i in train]
        top = min(Counter(y_train).items(), key=lambda kv: (-kv[1], LABEL_NAMES.index(kv[0])))[0]
        guess = [top] * len(test)
        if len(set(y_train)) > 1:
            vectorizer = TfidfVectorizer(
                lowercase=False, token_pattern=_SPACED, ngram_range=(1, 2 if bigrams else 1)
            )
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = LogisticRegression(max_iter=1000, random_state=0)
                model.fit(vectorizer.fit_transform([texts[i] for i in train]), y_train)
                guess = [str(p) for p in model.predict(vectorizer.transform([texts[i] for i in test]))]
        for i, p in zip(test, guess, strict=True):
            predicted[i], majority[i] = p, top
    return predicted, majority, k


def grouped_baseline(
    rows: Sequence[Row],
    features: Callable[[Row], str],
    *,
    folds: int = 5,
    bigrams: bool = False,
    by: str = "group_id",
) -> Baseline:
    """TF-IDF + logistic regression on ``features(row)`` (whitespace tokens), scored by ``folds``-fold
    cross-validation grouped by ``by`` (``group_id``; or ``story_id``, so that reports of one event, which share
    their figures, are never on both sides; a record without a story is its own group), against the majority
    class of each fold's training part (see ``grouped_predictions``).

    Out-of-fold predictions are pooled into one accuracy and one macro-F1 over all records.
    """
    found = grouped_predictions(rows, features, folds=folds, bigrams=bigrams, by=by)
    if found is None:
        return Baseline(note="needs records from at least two groups")
    predicted, majority, k = found
    from sklearn.metrics import accuracy_score, f1_score  # noqa: PLC0415

    y = [r["verdict"]["label"] for r in rows]

    def scores(guessed: Sequence[str]) -> tuple[float, float]:
        labels = sorted(set(y) | set(guessed))
        f1 = f1_score(y, guessed, labels=labels, average="macro", zero_division=0)
        return round(float(accuracy_score(y, guessed)), 3), round(float(f1), 3)

    (maj_acc, maj_f1), (acc, f1) = scores(majority), scores(predicted)
    return Baseline(
        evaluated_on=f"{k}-fold cross-validation grouped by {by}",
        train_size=len(rows),
        test_size=len(rows),
        majority_label=Counter(y).most_common(1)[0][0],
        majority_accuracy=maj_acc,
        majority_macro_f1=maj_f1,
        accuracy=acc,
        macro_f1=f1,
    )


def edit_measures(rows: Sequence[Row], *, folds: int = 5) -> EditMeasures:
    """Copies, label and rule counts, and the claim-only and diff baselines (grouped CV) over ``rows``."""
    return EditMeasures(
        records=len(rows),
        copies=sum(1 for r in rows if is_copy(r["claim"], (e["text"] for e in r["evidence"]))),
        labels=dict(sorted(Counter(r["verdict"]["label"] for r in rows).items())),
        rules=dict(sorted(Counter(r["verdict"]["rule"] for r in rows).items())),
        claim_only=grouped_baseline(rows, _claim_features, folds=folds, bigrams=True),
        diff=grouped_baseline(rows, _diff_features, folds=folds),
    )


def _cue_rates(rows: Iterable[Row]) -> dict[str, dict[str, float]]:
    seen: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        claim, label = row["claim"], row["verdict"]["label"]
        seen[label]["claims"] += 1
        seen[label]["negation"] += bool(_NEGATION.search(claim))
        seen[label]["hedge"] += bool(_HEDGE.search(claim))
        seen[label]["digit"] += bool(_DIGIT.search(claim))
    return {
        label: {k: round(seen[label][k] / seen[label]["claims"], 3) for k in ("negation", "hedge", "digit")}
        for label in LABEL_NAMES
        if label in seen
    }


def _crossing(keys: Sequence[Any], splits: Sequence[str]) -> int:
    """How many records have a key (not None) that also occurs in another split."""
    where: defaultdict[Any, set[str]] = defaultdict(set)
    for key, s in zip(keys, splits, strict=True):
        if key is not None:
            where[key].add(s)
    return sum(1 for key in keys if key is not None and len(where[key]) > 1)


def leakage(rows_by_split: Mapping[str, Sequence[Row]]) -> dict[str, int]:
    """Records whose group, source article, story, exact or near-duplicate claim occurs in another split (target 0)."""
    rows = [r for s in rows_by_split for r in rows_by_split[s]]
    splits = [s for s in rows_by_split for _ in rows_by_split[s]]
    claims = [r["claim"] for r in rows]
    return {
        "group": _crossing([r["group_id"] for r in rows], splits),
        "source_article": _crossing(
            [r["source"]["article_id"] if r["source"] else None for r in rows], splits
        ),
        "story": _crossing([r.get("story_id") for r in rows], splits),
        "exact_claim": _crossing([exact_key(c) for c in claims], splits),
        "near_duplicate_claim": _near_crossing(claims, splits),
    }


def _near_crossing(claims: Sequence[str], splits: Sequence[str]) -> int:
    """Records with an identical or near-duplicate claim in another split, in time linear in the records.

    Each class of identical claims knows the splits it is in, and the splits of its near-duplicate classes; a
    record crosses when that set holds a split other than its own (no pair of records is ever listed).
    """
    classes, pairs = near_duplicate_classes(claims)
    own = [frozenset(splits[i] for i in where) for where in classes]
    reach = [set(s) for s in own]
    for a, b in pairs:
        reach[a] |= own[b]
        reach[b] |= own[a]
    return sum(1 for k, where in enumerate(classes) for i in where if reach[k] - {splits[i]})


def temporal_leakage(rows: Iterable[Row], published: Mapping[str, date | None]) -> dict[str, int]:
    """Evidence items published after the claim's source article; and how many could (not) be dated."""
    out = Counter({"after_claim": 0, "dated": 0, "unknown": 0})
    for row in rows:
        claim_date = published.get(row["source"]["article_id"]) if row["source"] else None
        for ev in row["evidence"]:
            ev_date = published.get(ev["article_id"])
            if claim_date is None or ev_date is None:
                out["unknown"] += 1
                continue
            out["dated"] += 1
            out["after_claim"] += ev_date > claim_date
    return dict(out)


def measure(dataset_dict: Mapping[str, Any], *, articles: Iterable[Article] | None = None) -> Measurements:
    """Every number of the card's quality section, from a ``DatasetDict`` of records (see the module doc)."""
    by_split = _rows(dataset_dict)
    everything = [r for rows in by_split.values() for r in rows]
    held_out = next((s for s in ("test", "validation") if by_split.get(s)), None)
    baseline = claim_only_baseline(by_split.get("train", []), by_split.get(held_out or "", []), held_out)
    cues, best = lmi_cues([r["claim"] for r in everything], [r["verdict"]["label"] for r in everything])
    published = {a.id: a.published for a in articles or ()}
    return Measurements(
        baseline=baseline,
        cues=cues,
        max_p_label=best,
        cue_rates=_cue_rates(everything),
        leakage=leakage(by_split),
        temporal=temporal_leakage(everything, published),
        label_counts=label_counts(dataset_dict),
        edits=edit_measures(everything),
    )
