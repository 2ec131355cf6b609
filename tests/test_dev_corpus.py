"""The real-news dev corpus under ``benchmarks/data/``: its files agree with each other (issue 16, item 1).

``news/`` holds the article bodies and ``manifest.jsonl``; ``stories-*.jsonl`` groups them into stories and
``links-*.jsonl`` holds hand-annotated sentence pairs (one file per half of the corpus, so every check globs).
These are integrity checks on data, not on factgen's behaviour: a failure names the file, the line and the field.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Final

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen import load_articles

DATA: Final = Path(__file__).parent.parent / "benchmarks" / "data"
NEWS: Final = DATA / "news"
MAX_CHARS: Final = 3500
MANIFEST_KEYS: Final = frozenset({"file", "id", "title", "url", "publisher", "date", "language"})
LINK_KEYS: Final = frozenset({"a", "a_sentence", "b", "b_sentence", "label", "shape", "reason"})
STORY_KEYS: Final = frozenset({"story", "topic", "summary", "articles"})
# The shapes each label may carry: a look-alike is never linked, a bound is SUPPORTED one way, NEI the other.
SHAPES_BY_LABEL: Final = {
    "SUPPORTED": {"restatement", "paraphrase", "acronym", "relative_period", "bound"},
    "CONFLICTING": {"conflict"},
    "NOT_ENOUGH_INFO": {"bound"},
    "NOT_LINKED": {
        "lookalike.period",
        "lookalike.measure",
        "lookalike.actor",
        "lookalike.subtotal",
        "lookalike.revision",
        "lookalike.other",
    },
}
_ID: Final = re.compile(r"[a-z0-9][a-z0-9.-]*")
# A whole sentence starts a line or follows a sentence end (an opening quote may stay outside it, for a quoted
# sentence annotated alone); it ends a line, or ends in . ! ? or … (a closing quote may follow) before a space.
_SENTENCE_BEFORE: Final = re.compile(r"(?:^|\n|[.!?…][\"”’)]?[ \t]+)[\"“‘]?$")
_SENTENCE_END: Final = re.compile(r"[.!?…][\"”’)]?$")
_AFTER_SENTENCE: Final = re.compile(r"[\"”’]?(?:[ \t]|\n|$)")
# Held-out annotation files, each written without looking at factgen's links: the fewest pairs and stories each holds.
HELD_OUT: Final = {"links-c.jsonl": (80, 12), "links-d.jsonl": (100, 12), "links-e.jsonl": (100, 14)}
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def _rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """Each non-empty line of a JSONL file as (``name:line``, object)."""
    rows = []
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if line.strip():
            rows.append((f"{path.name}:{number}", orjson.loads(line)))
    return rows


MANIFEST: Final = _rows(NEWS / "manifest.jsonl")
TEXTS: Final = {row["id"]: (NEWS / row["file"]).read_text(encoding="utf-8") for _, row in MANIFEST}
PUBLISHERS: Final = {row["id"]: row["publisher"] for _, row in MANIFEST}
LINKS: Final = [row for path in sorted(DATA.glob("links-*.jsonl")) for row in _rows(path)]
STORIES: Final = [row for path in sorted(DATA.glob("stories-*.jsonl")) for row in _rows(path)]


def test_the_corpus_is_there() -> None:
    assert len(MANIFEST) >= 32
    assert LINKS, "no links-*.jsonl in benchmarks/data"
    assert STORIES, "no stories-*.jsonl in benchmarks/data"


@pytest.mark.parametrize(("where", "row"), MANIFEST, ids=[where for where, _ in MANIFEST])
def test_manifest_line(where: str, row: dict[str, Any]) -> None:
    assert set(row) <= MANIFEST_KEYS, f"{where}: unknown keys {sorted(set(row) - MANIFEST_KEYS)}"
    assert _ID.fullmatch(row["id"]), f"{where}: id: expected [a-z0-9.-], got {row['id']!r}"
    assert row["file"] == f"{row['id']}.txt", f"{where}: file: expected {row['id']}.txt, got {row['file']!r}"
    assert _DATE.fullmatch(row["date"]), f"{where}: date: expected YYYY-MM-DD, got {row['date']!r}"
    assert row["url"].startswith("https://") or row["url"].startswith("http://"), (
        f"{where}: url: {row['url']!r}"
    )
    assert row["publisher"].strip(), f"{where}: publisher: empty"
    assert row["language"] == "en", f"{where}: language: expected 'en', got {row['language']!r}"


@pytest.mark.parametrize("article_id", sorted(TEXTS))
def test_article_text_is_a_trimmed_body(article_id: str) -> None:
    text = TEXTS[article_id]
    assert len(text) <= MAX_CHARS, f"{article_id}.txt: {len(text)} characters, expected at most {MAX_CHARS}"
    assert text.strip(), f"{article_id}.txt: empty"
    assert "\n\n\n" not in text, f"{article_id}.txt: paragraphs must be separated by one blank line"
    assert text == text.strip() + "\n", f"{article_id}.txt: expected no leading blank and one final newline"


def test_every_manifest_file_loads_with_its_metadata() -> None:
    articles = {article.id: article for article in load_articles(NEWS)}
    assert set(articles) == set(TEXTS)
    for _, row in MANIFEST:
        article = articles[row["id"]]
        assert article.text == TEXTS[row["id"]], f"{row['id']}: text differs from the file"
        assert article.publisher == row["publisher"]
        assert str(article.published) == row["date"]


def test_ids_and_files_are_unique() -> None:
    ids = Counter(row["id"] for _, row in MANIFEST)
    assert [i for i, n in ids.items() if n > 1] == []
    on_disk = {path.name for path in NEWS.glob("*.txt")}
    assert on_disk == {row["file"] for _, row in MANIFEST}, "every .txt needs a manifest line, and back"


@pytest.mark.parametrize(("where", "row"), STORIES, ids=[where for where, _ in STORIES])
def test_story_line(where: str, row: dict[str, Any]) -> None:
    assert set(row) == STORY_KEYS, f"{where}: keys: expected {sorted(STORY_KEYS)}, got {sorted(row)}"
    unknown = [a for a in row["articles"] if a not in TEXTS]
    assert unknown == [], f"{where}: articles: unknown ids {unknown}"
    assert all(a.startswith(row["story"] + ".") for a in row["articles"]), (
        f"{where}: ids must start with the story"
    )
    publishers = {PUBLISHERS[a] for a in row["articles"]}
    assert len(publishers) >= 2, (
        f"{where}: {row['story']}: expected >= 2 publishers, got {sorted(publishers)}"
    )


def test_every_article_is_in_exactly_one_story() -> None:
    placed = Counter(a for _, row in STORIES for a in row["articles"])
    assert [a for a, n in placed.items() if n > 1] == []
    assert set(placed) == set(TEXTS)
    assert len({row["story"] for _, row in STORIES}) == len(STORIES)


@pytest.mark.parametrize(("where", "row"), LINKS, ids=[where for where, _ in LINKS])
def test_link_line(where: str, row: dict[str, Any]) -> None:
    assert set(row) == LINK_KEYS, f"{where}: keys: expected {sorted(LINK_KEYS)}, got {sorted(row)}"
    assert row["a"] != row["b"], f"{where}: a and b are the same article {row['a']!r}"
    assert row["label"] in SHAPES_BY_LABEL, f"{where}: label: got {row['label']!r}"
    assert row["shape"] in SHAPES_BY_LABEL[row["label"]], (
        f"{where}: shape: {row['shape']!r} with {row['label']}"
    )
    assert row["reason"].strip(), f"{where}: reason: empty"
    for side in ("a", "b"):
        article, sentence = row[side], row[f"{side}_sentence"]
        assert article in TEXTS, f"{where}: {side}: unknown article {article!r}"
        assert sentence == sentence.strip(), f"{where}: {side}_sentence: leading or trailing space"
        assert "\n" not in sentence, f"{where}: {side}_sentence: more than one line"
        assert sentence in TEXTS[article], (
            f"{where}: {side}_sentence: not in {article}.txt: {sentence[:60]!r}"
        )


def test_links_are_not_repeated() -> None:
    pairs = Counter((r["a"], r["a_sentence"], r["b"], r["b_sentence"]) for _, r in LINKS)
    assert [p for p, n in pairs.items() if n > 1] == []


def _is_whole_sentence(text: str, sentence: str) -> bool:
    """Whether some occurrence of ``sentence`` in ``text`` is a whole sentence, not a clause cut out of one."""
    start = text.find(sentence)
    while start >= 0:
        end = start + len(sentence)
        before = _SENTENCE_BEFORE.search(text[max(0, start - 4) : start])
        after = text[end : end + 2]
        if before and (
            after[:1] in ("", "\n") or (_SENTENCE_END.search(sentence) and _AFTER_SENTENCE.match(after))
        ):
            return True
        start = text.find(sentence, start + 1)
    return False


@pytest.mark.parametrize(
    ("text", "sentence", "whole"),
    [
        ("One. Two three.\n", "Two three.", True),
        ("One. Two three.\n", "One.", True),
        ("Head line\nBody.\n", "Head line", True),
        ("One. Two three.\n", "Two", False),
        ("One. Two three.\n", "wo three.", False),
        ("One, two. Three.\n", "One,", False),
        ("xTwo.\n", "Two.", False),
        ("“Two.”\n", "Two.", True),
        ("“Happy,” he said. “Not in my mind.\n", "Not in my mind.", True),
        ("He said “Yes. No.” Then.\n", "No.", True),
    ],
)
def test_whole_sentence_check(text: str, sentence: str, whole: bool) -> None:
    assert _is_whole_sentence(text, sentence) is whole


_WORDS: Final = st.lists(st.text("abcxyz", min_size=1, max_size=6), min_size=1, max_size=4)


@given(st.lists(_WORDS, min_size=1, max_size=5))
def test_every_sentence_of_a_paragraph_is_whole_and_no_clipped_one_is(words: list[list[str]]) -> None:
    sentences = [" ".join(ws).capitalize() + "." for ws in words]
    text = " ".join(sentences) + "\n"
    for sentence in sentences:
        assert _is_whole_sentence(text, sentence)
        assert not _is_whole_sentence(text, sentence[1:])
        assert not _is_whole_sentence(text, sentence[:-1])


@pytest.mark.parametrize(("where", "row"), LINKS, ids=[where for where, _ in LINKS])
def test_link_sentences_are_whole_sentences(where: str, row: dict[str, Any]) -> None:
    for side in ("a", "b"):
        sentence = row[f"{side}_sentence"]
        assert _is_whole_sentence(TEXTS[row[side]], sentence), (
            f"{where}: {side}_sentence: not a whole sentence of {row[side]}.txt: {sentence[:60]!r}"
        )


@pytest.mark.parametrize(("name", "minimum"), sorted(HELD_OUT.items()))
def test_held_out_links_are_new_and_broad(name: str, minimum: tuple[int, int]) -> None:
    """A held-out links file: enough pairs over enough stories, every label, no pair of an earlier file again."""
    pairs, min_stories = minimum
    path = DATA / name
    held_out = _rows(path)
    assert len(held_out) >= pairs, f"{name}: {len(held_out)} pairs, expected at least {pairs}"
    stories = {row["a"].split(".")[0] for _, row in held_out} | {
        row["b"].split(".")[0] for _, row in held_out
    }
    assert len(stories) >= min_stories, f"{name}: {len(stories)} stories, expected at least {min_stories}"
    assert {row["label"] for _, row in held_out} == set(SHAPES_BY_LABEL)
    earlier_files = [other for other in sorted(DATA.glob("links-*.jsonl")) if other.name < name]
    assert {"links-a.jsonl", "links-b.jsonl"} <= {other.name for other in earlier_files}, (
        f"no links-a/b to compare {name} with"
    )
    earlier = {
        (r["a"], r["a_sentence"], r["b"], r["b_sentence"]) for other in earlier_files for _, r in _rows(other)
    }
    repeated = [
        where
        for where, r in held_out
        if (r["a"], r["a_sentence"], r["b"], r["b_sentence"]) in earlier
        or (r["b"], r["b_sentence"], r["a"], r["a_sentence"]) in earlier
    ]
    assert repeated == [], (
        f"{name}: pairs already in {[f.name for f in earlier_files]} (either direction): {repeated}"
    )
