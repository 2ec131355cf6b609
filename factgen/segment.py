"""Split a cleaned article into sentences with exact offsets, paragraph numbers and quoted spans.

``segment(clean_article) -> list[Sentence]``; ``text[s.start:s.end] == s.text`` always. Paragraphs are the blocks
``clean`` separates by a blank line. The splitter is hand-written (see ``benchmarks/ingest.py`` for its comparison
with pysbd): a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets after it) followed
by whitespace and a character that can start a sentence, except

* after a title ("Mr.", "Gen.", "Sen."), which always precedes a name;
* after "No.", "Jan." and the like when a number follows ("Jan. 6");
* after an initialism or other abbreviation ("U.S.", "a.m.", "Inc.") or an initial ("John F. Kennedy"), unless
  the next word is one that starts sentences ("The", "But", "He"...);
* before a lower-case word (“Why?” she asked.);

and a sentence also ends at the end of a paragraph (a headline without a period is one sentence) and before a
bullet line. Decimals ("2.5") never split: a period must be followed by whitespace.

Quotes: ``“…”`` and straight ``"…"`` pairs, mixed pairs included (``“comments seriously,"``); an opening quote
left open runs to the end of its paragraph, as in a quotation that spans paragraphs. ``Sentence.quotes`` holds the
spans (between the marks, absolute offsets) of every quote that overlaps the sentence, so a quotation spanning two
sentences is listed on both, and the claims stage can find the speaker in either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from factgen import _text_lexicon as lex
from factgen.clean import CleanArticle

__all__ = ["Sentence", "find_quotes", "segment", "sentence_spans"]

_CLOSERS: Final = "”\"’'»)]"
_OPENERS: Final = "“\"‘'«([{"
_BEFORE_OPENING: Final = "“‘«([{—–-/"  # a straight quote after one of these opens a quotation
_find_paragraph_breaks = re.compile(r"\n\s*\n").finditer
_find_candidates = re.compile(
    rf"""
    (?:[.!?…]+)                        # terminal punctuation: "." "?!" "..." "…"
    [{re.escape(_CLOSERS)}]*           # closing quotes and brackets belong to the sentence
    (?=\s+(\S))                        # whitespace, then the next sentence's first character (group 1)
    """,
    re.VERBOSE,
).finditer
_find_bullet_lines = re.compile(rf"\n[^\S\n]*(?=[{re.escape(lex.BULLETS)}]\s)").finditer
_match_bullet = re.compile(rf"[{re.escape(lex.BULLETS)}]\s+").match
_match_word = re.compile(r"[^\W\d_][\w’'-]*").match
_is_initialism = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]").fullmatch
_find_quote_marks = re.compile(r"[“”\"]").finditer


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a cleaned article: ``text == article.text[start:end]``; ``quotes`` are absolute spans."""

    article_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    quotes: tuple[tuple[int, int], ...]


def segment(clean_article: CleanArticle) -> list[Sentence]:
    """The sentences of ``clean_article.text``, in order, with paragraph numbers and overlapping quotes.

    >>> from factgen.models import Article
    >>> from factgen.clean import clean
    >>> c = clean(Article(id="a", text="“We need it. Now,” Mr. Zelenskyy said in the U.S. on Jan. 6.\\n\\nHeadline"))
    >>> [(s.text, s.paragraph, [c.text[a:b] for a, b in s.quotes]) for s in segment(c)]
    [('“We need it.', 0, ['We need it. Now,']), ('Now,” Mr. Zelenskyy said in the U.S. on Jan. 6.', 0, ['We need it. Now,']), ('Headline', 1, [])]
    """
    text = clean_article.text
    quotes = find_quotes(text)
    sentences = []
    q = 0
    for index, (start, end, paragraph) in enumerate(sentence_spans(text)):
        while q < len(quotes) and quotes[q][1] <= start:  # quotes are sorted by start; skip those ended
            q += 1
        overlapping = []
        k = q
        while k < len(quotes) and quotes[k][0] < end:
            if quotes[k][1] > start:
                overlapping.append(quotes[k])
            k += 1
        sentences.append(
            Sentence(clean_article.id, index, start, end, text[start:end], paragraph, tuple(overlapping))
        )
    return sentences


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of every sentence of ``text``; total on any ``str``.

    >>> [text[a:b] for text in ["Gen. Austin met Mr. Kirby at 5 p.m. The U.S. paid $2.5 billion. Done!"]
    ...  for a, b, _ in sentence_spans(text)]
    ['Gen. Austin met Mr. Kirby at 5 p.m.', 'The U.S. paid $2.5 billion.', 'Done!']
    >>> sentence_spans("")
    []
    """
    spans: list[tuple[int, int, int]] = []
    for paragraph, (start, end) in enumerate(_paragraphs(text)):
        spans.extend((a, b, paragraph) for a, b in _sentences(text, start, end))
    return spans


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-blank paragraphs (separated by a blank line), without surrounding whitespace."""
    start = 0
    for gap in _find_paragraph_breaks(text):
        yield from _stripped(text, start, gap.start())
        start = gap.end()
    yield from _stripped(text, start, len(text))


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside one paragraph ``text[start:end]``."""
    chunk = text[start:end]
    cuts = [m.start() for m in _find_bullet_lines(chunk)]
    cuts += [m.end() for m in _find_candidates(chunk) if _is_boundary(chunk, m.start(), m.start(1))]
    cuts.sort()
    previous = 0
    for cut in [*cuts, len(chunk)]:
        for first, last in _stripped(chunk, previous, cut):
            bullet = _match_bullet(chunk, first)
            yield (
                start + (bullet.end() if bullet is not None and bullet.end() < last else first),
                start + last,
            )
        previous = cut


def _is_boundary(chunk: str, term: int, following: int) -> bool:  # noqa: PLR0911 (a decision list)
    """Whether the terminal punctuation at ``term`` ends a sentence, given the next character at ``following``."""
    first = chunk[following]
    if first.islower() or first in ",;:":
        return False
    if chunk[term] != "." or chunk.startswith("..", term):
        return True  # "?", "!", "…", "...": only a lower-case word continues the sentence
    token = _token_before(chunk, term)
    lower = token.lower()
    if lower in lex.TITLE_ABBREVIATIONS:
        return False
    if first.isdigit():
        return lower not in lex.NUMBER_ABBREVIATIONS
    if lower in lex.NUMBER_ABBREVIATIONS or lower in lex.OTHER_ABBREVIATIONS or _is_initialism(token):
        return _starts_sentence(chunk, following)
    if len(token) == 1 and token.isupper():  # an initial: "John F. Kennedy"
        return _starts_sentence(chunk, following)
    return True


def _token_before(chunk: str, end: int) -> str:
    """The word that a period at ``end`` follows, without opening punctuation: "U.S", "Mr", "Jan"."""
    start = end
    while start > 0 and not chunk[start - 1].isspace() and end - start < 40:
        start -= 1
    return chunk[start:end].lstrip(_OPENERS)


def _starts_sentence(chunk: str, following: int) -> bool:
    """Whether the text at ``following`` looks like a new sentence after an abbreviation."""
    if chunk[following] in _OPENERS:
        return True
    word = _match_word(chunk, following)
    return word is not None and word.group()[0].isupper() and word.group().lower() in lex.SENTENCE_STARTERS


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted text (between the marks), sorted; an unclosed quote runs to the end of its paragraph, and a
    closing mark before any other (a quotation that began in an earlier sentence) closes one from its start.

    >>> t = 'Putin’s “comments seriously," but "not new.” “Open'
    >>> [t[a:b] for a, b in find_quotes(t)]
    ['comments seriously,', 'not new.', 'Open']
    >>> t = 'And we don’t enable attacks,” said Sabrina Singh.'
    >>> [t[a:b] for a, b in find_quotes(t)]
    ['And we don’t enable attacks,']
    """
    quotes = []
    for start, end in _paragraphs(text):
        opened: list[int] = []
        for mark in _find_quote_marks(text, start, end):
            position, char = mark.start(), mark.group()
            opening = char == "“" or (
                char == '"'
                and (
                    position == start or text[position - 1].isspace() or text[position - 1] in _BEFORE_OPENING
                )
            )
            if opening:
                opened.append(position)
            elif opened:
                quotes.append((opened.pop() + 1, position))
            elif (
                char == "”" and not quotes
            ):  # closes a quotation opened before the text: 'Ukraine.” said Singh'
                quotes.append((start, position))
        quotes.extend((position + 1, end) for position in opened)
    return sorted((a, b) for a, b in quotes if a < b)
