"""``segment``: exact offsets, known boundaries on the seeds, abbreviations, decimals, quotes, bullets, headlines.

Where a new case belongs: a boundary from the seeds goes into ``SEED_SENTENCES``; a hand-made case into ``CASES``;
a known miss into ``KNOWN_GAPS`` (strict xfail: when it is fixed the test turns red and the case moves).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen import Article, Sentence, clean, load_articles, segment
from factgen.segment import find_quotes, sentence_spans
from tests.strategies import news_texts

SEEDS = {a.id[:3]: clean(a) for a in load_articles(Path(__file__).parent.parent / "seeds")}


def _texts(text: str) -> list[str]:
    return [s.text for s in segment(clean(Article(id="t", text=text)))]


def _check(sentences: list[Sentence], text: str) -> None:
    """Offsets exact, in order, not overlapping, trimmed, never across a blank line."""
    previous_end, previous_paragraph = 0, 0
    for index, s in enumerate(sentences):
        assert s.index == index
        assert text[s.start : s.end] == s.text
        assert s.text
        assert s.text == s.text.strip()
        assert s.start >= previous_end
        assert s.paragraph >= previous_paragraph
        assert "\n\n" not in s.text
        for a, b in s.quotes:
            assert a < s.end
            assert b > s.start
        previous_end, previous_paragraph = s.end, s.paragraph


# --------------------------------------------------------------------------- the seeds

SEED_COUNTS = {"000": 15, "001": 14, "002": 16, "003": 13, "004": 20}

# (seed, a sentence exactly as the segmenter must return it, its paragraph)
SEED_SENTENCES = [
    ("000", "“I wouldn’t expect to see a change to that policy today,” Kirby said.", 2),
    ("000", "Earlier this week, President Joe Biden appeared to indicate a willingness to allow Ukraine’s use of such weapons.", 3),
    ("000", "The United States has so far provided $58 billion in military assistance to Ukraine to defend itself.", 9),
    ("000", "Kirby said the U.S. takes Putin’s “comments seriously,\" but added they are \"not something that we haven’t heard before.”", 6),
    ("001", "National Security", 0),
    ("001", "U.S. gives Ukraine permission to use U.S. weapons to strike inside Russia, with caveats", 1),
    ("001", "The administration has given Ukraine permission to use certain U.S. weapons to strike inside of Russia near Kharkiv for “counter-fire purposes,” according to two U.S. officials.", 2),
    ("001", "Our policy with respect to prohibiting the use of ATACMS or long range strikes inside of Russia has not changed,” one U.S. official said in a written statement.", 3),
    ("002", "Per Reuters:", 7),
    ("002", "The policy of not allowing long-range strikes inside Russia reportedly “has not changed.”", 3),
    ("003", "The decision was first reported by POLITICO.", 2),
    ("003", "“And that, as I said, has been a hallmark of our engagement.”", 4),
    ("004", "“It is not about geography.", 9),
    ("004", "It is about common sense,” he said.", 9),
    ("004", "The National Security Council declined to comment.", 7),
]  # fmt: skip


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_sentences_have_exact_offsets(seed: str) -> None:
    c = SEEDS[seed]
    sentences = segment(c)
    _check(sentences, c.text)
    assert len(sentences) == SEED_COUNTS[seed]
    assert all(s.article_id == c.id for s in sentences)
    assert max(s.paragraph for s in sentences) == c.text.count("\n\n")


@pytest.mark.parametrize(("seed", "sentence", "paragraph"), SEED_SENTENCES, ids=lambda v: str(v)[:40])
def test_known_seed_boundaries(seed: str, sentence: str, paragraph: int) -> None:
    found = [s for s in segment(SEEDS[seed]) if s.text == sentence]
    assert len(found) == 1, [s.text for s in segment(SEEDS[seed])]
    assert found[0].paragraph == paragraph


def test_quote_spanning_two_sentences_is_on_both() -> None:
    c = SEEDS["004"]
    first, second = (s for s in segment(c) if s.paragraph == 9)
    assert first.quotes == second.quotes
    ((a, b),) = first.quotes
    assert c.text[a:b] == "It is not about geography. It is about common sense,"


# --------------------------------------------------------------------------- hand-made cases


class Case(NamedTuple):
    text: str
    sentences: list[str]


CASES = [
    Case("Mr. Kirby met Gen. Austin. They spoke.", ["Mr. Kirby met Gen. Austin.", "They spoke."]),
    Case("The U.S. said no. The U.K. agreed.", ["The U.S. said no.", "The U.K. agreed."]),
    Case("U.S. officials said so.", ["U.S. officials said so."]),
    Case("It happened on Jan. 6 in Washington.", ["It happened on Jan. 6 in Washington."]),
    Case("Prices rose 2.5 percent. Wages fell 0.3%.", ["Prices rose 2.5 percent.", "Wages fell 0.3%."]),
    Case("They met at 5 p.m. Friday in Kyiv.", ["They met at 5 p.m. Friday in Kyiv."]),
    Case("They met at 5 p.m. The talks failed.", ["They met at 5 p.m.", "The talks failed."]),
    Case("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
    Case("“Why?” she asked. “Because.”", ["“Why?” she asked.", "“Because.”"]),
    Case("He said: “Stop. Now.” Then he left.", ["He said: “Stop.", "Now.”", "Then he left."]),
    Case("Wait… What happened?! Nobody knows.", ["Wait…", "What happened?!", "Nobody knows."]),
    Case("Headline without a period\n\nBody text here.", ["Headline without a period", "Body text here."]),
    Case(
        "Key facts:\n• First fact here\n• Second fact here",
        ["Key facts:", "First fact here", "Second fact here"],
    ),
    Case("In 2022. 35,000 people died.", ["In 2022.", "35,000 people died."]),
    Case("See No. 5 for details.", ["See No. 5 for details."]),
    Case("Acme Inc. The firm grew.", ["Acme Inc.", "The firm grew."]),
]
KNOWN_GAPS = [
    Case("She moved to the U.S. Congress then voted.", ["She moved to the U.S.", "Congress then voted."]),
    Case("He works at Acme Inc. Smith left.", ["He works at Acme Inc.", "Smith left."]),
]


@pytest.mark.parametrize(
    "case",
    CASES + [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in KNOWN_GAPS],
    ids=lambda c: c.text[:40],
)
def test_cases(case: Case) -> None:
    assert _texts(case.text) == case.sentences


def test_quotes_mixed_marks_and_unclosed() -> None:
    text = 'Putin’s “comments seriously," but "not new.”\n\n“Open quote runs on\n\nNext “x” and ""'
    assert [text[a:b] for a, b in find_quotes(text)] == [
        "comments seriously,",
        "not new.",
        "Open quote runs on",
        "x",
    ]


def test_empty_clean_article_has_no_sentences() -> None:
    assert segment(clean(Article(id="t", text="hide caption"))) == []


# --------------------------------------------------------------------------- properties


@given(news_texts())
def test_offsets_exact_and_never_across_a_dropped_block(text: str) -> None:
    c = clean(Article(id="t", text=text))
    sentences = segment(c)
    _check(sentences, c.text)
    for s in sentences:
        raw_start, raw_end = c.offsets.to_raw_span(s.start, s.end)
        for drop in c.dropped:
            assert not (s.start < drop.at < s.end)
            assert not (raw_start < drop.raw_start < raw_end), (s.text, drop)


@given(st.text())
def test_sentence_spans_total_on_any_text(text: str) -> None:
    previous = 0
    for start, end, _ in sentence_spans(text):
        assert previous <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous = end
