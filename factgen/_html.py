"""HTML to text blocks with exact offsets back into the HTML, for ``clean``.

The parser is the standard library's :class:`html.parser.HTMLParser` (lenient, maintained with CPython). It is
used rather than lxml because it reports the source position of every tag, text run and character reference,
which the offset map needs: lxml builds a tree but does not say where in the source a text node came from.

Every text run becomes pieces of a :class:`Block`; whitespace runs collapse to one space and character
references are decoded, each such piece remembering the raw span it replaces. Elements that are page chrome
(the caller's ``chrome`` rule says which: ``clean`` drops script, style, navigation, cookie banners, share bars,
ads, related links, comments, footers) are skipped whole and reported as :class:`RawDrop` s. This module imports
nothing from factgen: it is parser mechanics, and the policy stays in ``clean``.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Final

__all__ = ["Block", "RawDrop", "html_blocks", "looks_like_html"]

# Where a document obviously starts with markup.
_looks_like_html = re.compile(
    r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<!--|<meta\s|<div[\s>]|<p[\s>]|<main[\s>])",
    re.IGNORECASE,
).match
_HTML_SPACE: Final = re.compile(
    r"[ \t\n\r\f]+|[^ \t\n\r\f]+"
)  # whitespace runs | other runs (HTML whitespace)
# From the HTML standard: elements that end a run of text, and elements that never have an end tag.
HTML_BLOCK_TAGS: Final = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
HTML_VOID_TAGS: Final = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905  (one string of words reads better than a list)
)

Attributes = list[tuple[str, str | None]]
ChromeRule = Callable[[str, Attributes], "str | None"]  # (tag, attributes) -> reason code, or None to keep


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts with markup (then ``clean`` treats it as HTML).

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("  <p>Hi</p>"), looks_like_html("5 < 6 <p>")
    (True, True, False)
    """
    return _looks_like_html(text) is not None


@dataclass(slots=True)
class Block:
    """One paragraph-like unit of text and how each part of it maps to the raw text.

    ``pieces`` are ``(offset in text, raw start, raw end)``; a piece runs to the next piece's offset. A piece whose
    text length equals its raw length maps character by character; any other maps every character to its raw
    start (a decoded ``&amp;``, a collapsed whitespace run).
    """

    text: str
    pieces: list[tuple[int, int, int]]
    item: bool = False  # a list item or a bullet line
    follows_line: bool = False  # plain text: the previous non-blank line ends one line break before this one
    reason: str | None = None  # set when cleaning drops the block
    cut: tuple[int, int] | None = None  # raw span of a dateline prefix cut from the front

    @property
    def raw_start(self) -> int:
        return self.cut[0] if self.cut is not None else self.pieces[0][1]

    @property
    def raw_end(self) -> int:
        return self.pieces[-1][2]

    def drop_front(self, length: int) -> None:
        """Cut the first ``length`` characters (``0 < length < len(text)``), remembering their raw span in ``cut``."""
        origin = self.raw_start
        pieces = []
        for k, (offset, raw_start, raw_end) in enumerate(self.pieces):
            end = self.pieces[k + 1][0] if k + 1 < len(self.pieces) else len(self.text)
            if end <= length:
                continue
            linear = end - offset == raw_end - raw_start
            shift = max(0, length - offset)  # characters of this piece that are cut
            pieces.append((offset + shift - length, raw_start + shift if linear else raw_start, raw_end))
        self.pieces, self.text = pieces, self.text[length:]
        self.cut = (origin, pieces[0][1])


@dataclass(frozen=True, slots=True)
class RawDrop:
    """A span of the raw text that was dropped, and why."""

    reason: str
    raw_start: int
    raw_end: int


@dataclass(slots=True)
class _Open:
    tag: str
    start: int
    reason: str | None


class _Collector(HTMLParser):
    """Walks the tags once, keeping a stack of open elements and the text of the current block."""

    def __init__(self, raw: str, chrome: ChromeRule) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.chrome = chrome
        self.blocks: list[Block] = []
        self.drops: list[RawDrop] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self._stack: list[_Open] = []
        self._dropping = -1  # index in the stack of the element being skipped, -1 when none
        self._text: list[str] = []
        self._pieces: list[tuple[int, int, int]] = []
        self._length = 0
        self._item = False

    def _pos(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    # ------------------------------------------------------------------ tags

    def handle_starttag(self, tag: str, attrs: Attributes) -> None:
        self._start(tag, attrs, void=tag in HTML_VOID_TAGS)

    def handle_startendtag(self, tag: str, attrs: Attributes) -> None:
        self._start(tag, attrs, void=True)

    def _start(self, tag: str, attrs: Attributes, *, void: bool) -> None:
        if self._dropping >= 0:
            if not void:
                self._stack.append(_Open(tag, self._pos(), None))
            return
        reason = self.chrome(tag, attrs)
        if reason is not None or tag in HTML_BLOCK_TAGS:
            self._flush()
        if tag == "li":
            self._item = True
        start = self._pos()
        if reason is not None and void:
            end = self.raw.find(">", start) + 1 or len(self.raw)
            self.drops.append(RawDrop(reason, start, end))
            return
        if not void:
            self._stack.append(_Open(tag, start, reason))
            if reason is not None:
                self._dropping = len(self._stack) - 1

    def handle_endtag(self, tag: str) -> None:
        depth = next((i for i in range(len(self._stack) - 1, -1, -1) if self._stack[i].tag == tag), None)
        if depth is None:
            if self._dropping < 0 and tag in HTML_BLOCK_TAGS:
                self._flush()
            return
        if self._dropping >= 0 and depth <= self._dropping:
            dropped = self._stack[self._dropping]
            end = self.raw.find(">", self._pos()) + 1 or len(self.raw)
            self.drops.append(RawDrop(dropped.reason or "markup", dropped.start, end))
            self._dropping = -1
            del self._stack[depth:]
            return
        del self._stack[depth:]
        if self._dropping < 0 and tag in HTML_BLOCK_TAGS:
            self._flush()

    # ------------------------------------------------------------------ text

    def handle_data(self, data: str) -> None:
        if self._dropping >= 0:
            return
        start = self._pos()
        for run in _HTML_SPACE.finditer(data):
            text = run.group()
            raw_start, raw_end = start + run.start(), start + run.end()
            if text[0] in " \t\n\r\f":
                if self._length and self._text[-1] != " ":
                    self._add(" ", raw_start, raw_end)
            else:
                self._add(text, raw_start, raw_end)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def _reference(self, surface: str) -> None:
        if self._dropping >= 0:
            return
        start = self._pos()
        end = start + len(surface)
        if self.raw.startswith(";", end):
            end += 1
        decoded = html.unescape(self.raw[start:end])
        if decoded.isspace() and decoded in " \t\n\r\f":
            if self._length and self._text[-1] != " ":
                self._add(" ", start, end)
            return
        self._add(decoded, start, end)

    def _add(self, text: str, raw_start: int, raw_end: int) -> None:
        self._pieces.append((self._length, raw_start, raw_end))
        self._text.append(text)
        self._length += len(text)

    def _flush(self) -> None:
        block = _trimmed("".join(self._text), self._pieces)
        if block is not None:
            block.item = self._item
            self.blocks.append(block)
        self._text, self._pieces, self._length, self._item = [], [], 0, False

    def finish(self) -> None:
        self.close()
        if self._dropping >= 0:
            opened = self._stack[self._dropping]
            self.drops.append(RawDrop(opened.reason or "markup", opened.start, len(self.raw)))
            self._dropping = -1
        self._flush()


def _trimmed(text: str, pieces: list[tuple[int, int, int]]) -> Block | None:
    """A block of ``text`` without leading/trailing whitespace, its pieces cut to match; ``None`` if blank."""
    stripped = text.strip()
    if not stripped:
        return None
    left = len(text) - len(text.lstrip())
    right = left + len(stripped)
    offsets = [p[0] for p in pieces]
    first = bisect_right(offsets, left) - 1
    last = bisect_right(offsets, right - 1) - 1
    out = []
    for i in range(first, last + 1):
        offset, raw_start, raw_end = pieces[i]
        length = (pieces[i + 1][0] if i + 1 < len(pieces) else len(text)) - offset
        cut_left = max(0, left - offset)
        cut_right = max(0, offset + length - right)
        if length == raw_end - raw_start:  # character by character: cut both spans alike
            raw_start, raw_end = raw_start + cut_left, raw_end - cut_right
        out.append((max(offset, left) - left, raw_start, raw_end))
    return Block(stripped, out)


def html_blocks(raw: str, chrome: ChromeRule) -> tuple[list[Block], list[RawDrop]]:
    """Parse ``raw`` HTML into text blocks (in document order) and the elements ``chrome`` says to drop.

    >>> rule = lambda tag, attrs: {"nav": "navigation", "script": "script"}.get(tag)
    >>> blocks, drops = html_blocks("<nav>Home</nav><p>Kyiv &amp; Kharkiv</p><script>x()</script>", rule)
    >>> [b.text for b in blocks], [(d.reason, d.raw_start, d.raw_end) for d in drops]
    (['Kyiv & Kharkiv'], [('navigation', 0, 15), ('script', 40, 60)])
    """
    collector = _Collector(raw, chrome)
    collector.feed(raw)
    collector.finish()
    return collector.blocks, collector.drops


def raw_offset(block: Block, offset: int) -> int:
    """The raw offset of character ``offset`` of ``block.text``.

    >>> raw_offset(html_blocks("<p>a &amp; b</p>", lambda tag, attrs: None)[0][0], 4)
    11
    """
    index = bisect_right([p[0] for p in block.pieces], offset) - 1
    start, raw_start, raw_end = block.pieces[index]
    end = block.pieces[index + 1][0] if index + 1 < len(block.pieces) else len(block.text)
    if end - start == raw_end - raw_start:
        return raw_start + offset - start
    return raw_start
