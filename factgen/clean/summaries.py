"""Summary bullets ("What You Need To Know") whose content the body already holds: dropped, both places remembered."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from factgen import _text_lexicon as lex
from factgen._html import Block
from factgen.clean.lines import SUMMARY_HEADER_KEYS, line_key

__all__ = ["SummaryDuplicate", "mark_summaries"]

_SUMMARY_SENTENCE_MIN: Final = 0.6  # share of a bullet's content words found in one body sentence
_SUMMARY_PARAGRAPH_MIN: Final = 0.75  # ... or in one body paragraph
_SUMMARY_MIN_WORDS: Final = 4
_POSTING_CAP: Final = 2000  # words in more body sentences than this are too common to find candidates with


@dataclass(frozen=True, slots=True)
class SummaryDuplicate:
    """A summary bullet dropped because the body holds it: the bullet's raw span, the kept body span (cleaned)."""

    raw_start: int
    raw_end: int
    kept_start: int
    kept_end: int
    overlap: float  # share of the bullet's content words found in the kept span


_find_words = re.compile(r"[^\W_]+").findall
_find_rough_ends = re.compile(r"(?<=[a-z0-9%)\]])[.!?]+[”\"’)\]]*(?=\s)").finditer


def _content_words(text: str) -> set[str]:
    return {w for w in _find_words(text.casefold()) if w not in lex.MATCH_STOPWORDS}


def _rough_sentences(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """Approximate sentence spans, good enough to find where a bullet's sentence sits in the body."""
    start = 0
    for match in _find_rough_ends(text):
        yield offset + start, offset + match.end()
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        yield offset + start, offset + len(text)


@dataclass(slots=True)
class _Body:
    """The body's rough sentences (cleaned spans, owning block, content words) and a word -> sentences index."""

    text: str
    spans: Mapping[int, tuple[int, int]]
    sentences: list[tuple[int, int, int]]
    words: list[set[str]]
    postings: dict[str, list[int]]

    @classmethod
    def of(cls, blocks: list[Block], spans: Mapping[int, tuple[int, int]], text: str) -> _Body:
        body = cls(text, spans, [], [], defaultdict(list))
        for i, block in enumerate(blocks):
            if block.reason is None and not block.item and i in spans:
                for start, end in _rough_sentences(text[slice(*spans[i])], spans[i][0]):
                    words = _content_words(text[start:end])
                    for word in words:
                        body.postings[word].append(len(body.sentences))
                    body.sentences.append((start, end, i))
                    body.words.append(words)
        return body

    def best_match(self, bullet: set[str]) -> tuple[int, int, float] | None:
        """The kept span that holds the bullet's content: a sentence, else a paragraph; ``None`` if neither."""
        hits: Counter[int] = Counter()
        for word in bullet:
            posting = self.postings.get(word, [])
            if len(posting) <= _POSTING_CAP:
                hits.update(posting)
        if not hits:
            return None
        best = max(hits, key=lambda s: (len(bullet & self.words[s]), -s))
        overlap = len(bullet & self.words[best]) / len(bullet)
        if overlap >= _SUMMARY_SENTENCE_MIN:
            return self.sentences[best][0], self.sentences[best][1], round(overlap, 3)
        start, end = self.spans[self.sentences[best][2]]
        overlap = len(bullet & _content_words(self.text[start:end])) / len(bullet)
        if overlap >= _SUMMARY_PARAGRAPH_MIN:
            return start, end, round(overlap, 3)
        return None


def mark_summaries(
    blocks: list[Block], spans: dict[int, tuple[int, int]], text: str
) -> list[SummaryDuplicate]:
    """Drop summary bullets whose content the body holds; return where each dropped and kept copy is."""
    items = [i for i, b in enumerate(blocks) if b.item and b.reason in (None, "summary_duplicate")]
    if not items:
        return []
    body = _Body.of(blocks, spans, text)
    found = []
    for i in items:
        block = blocks[i]
        bullet = _content_words(block.text.lstrip(lex.BULLETS))
        match = body.best_match(bullet) if len(bullet) >= _SUMMARY_MIN_WORDS else None
        if match is not None:
            block.reason = "summary_duplicate"
            found.append(SummaryDuplicate(block.raw_start, block.raw_end, *match))
    _mark_summary_headers(blocks)
    return found


def _mark_summary_headers(blocks: list[Block]) -> None:
    """Drop a summary header whose box of bullets was dropped whole."""
    for i, block in enumerate(blocks):
        if block.reason is not None or line_key(block.text) not in SUMMARY_HEADER_KEYS:
            continue
        box = []
        for after in blocks[i + 1 :]:
            if after.item:
                box.append(after)
            elif after.reason is None:
                break
        if box and all(b.reason == "summary_duplicate" for b in box):
            block.reason = "summary_header"
