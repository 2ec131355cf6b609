"""Clean one article: drop what is not reporting, keep an exact offset map back to the raw text.

``clean(article) -> CleanArticle``. The cleaned text is the kept blocks (paragraphs, headlines, list items) in
order, each stripped of surrounding whitespace, joined by one blank line (``"\\n\\n"``). Inside a block the raw
characters are kept as they are (HTML: tags removed, character references decoded, whitespace runs collapsed to one
space). So every span of the cleaned text maps back to the raw text: ``clean_article.to_raw(offset)``.

What is dropped, each drop counted under its reason code (``REASONS``; the dataset card shows the counts):

* HTML: script/style, navigation, header/footer, cookie banners, newsletter boxes, share bars, advertisement slots,
  related links, comment sections, figures and captions (by tag, and by class/id/role words).
* Plain text pasted from the web, whole lines only: caption widgets ("hide caption", "toggle caption"), photo
  credits ("... via Getty Images") and the caption line they belong to, comment headers, comment policies and the
  reader comments after them, share/advertisement/related/newsletter/cookie lines, copyright lines, bylines
  ("By Jane Doe, Associated Press"), stand-alone timestamps and the wire dateline before a first sentence
  ("KYIV, Ukraine (AP) — ", "London, Aug 1 (IANS)", "LUBBOCK — "), labelled furniture lines ("Source: CDC",
  "Download: Full Size (1.5 MB)", "The main point:").
* Summary bullets ("What You Need To Know") whose sentence the body already holds: the body copy is kept, the bullet
  is dropped, and both places are remembered in ``summary_duplicates``.
* A paragraph repeated word for word: the first copy is kept.

Cleaning is idempotent: ``clean(clean(a).article).text == clean(a).text``. It is a pure function of one article,
so it can run in ``datasets.map(num_proc=N)``.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from factgen import _text_lexicon as lex
from factgen._html import Block, RawDrop, html_blocks, looks_like_html
from factgen.articles import _is_blank
from factgen.clean.lines import mark_duplicates, mark_lines
from factgen.clean.summaries import SummaryDuplicate, mark_summaries
from factgen.models import Article

__all__ = ["REASONS", "CleanArticle", "Drop", "OffsetMap", "SummaryDuplicate", "clean"]

REASONS: Final[Mapping[str, str]] = {
    "advertisement": "advertisement slot or 'Advertisement' line",
    "aside": "HTML aside / complementary box",
    "byline": "author line ('By Jane Doe'), not reporting",
    "caption": "photo caption or caption widget ('hide caption', 'toggle caption')",
    "comment_policy": "comment policy text",
    "comment_section": "comment section header or container",
    "cookie_banner": "cookie / consent banner or pop-up",
    "copyright": "copyright footer",
    "dateline": "time stamp or wire dateline ('KYIV, Ukraine (AP) —')",
    "duplicate_paragraph": "a paragraph repeated word for word (first copy kept)",
    "embed": "embedded media (iframe, video, svg)",
    "footer": "page footer",
    "form": "form controls",
    "furniture": "a labelled line of page furniture ('Source: CDC', 'Download: Full Size (1.5 MB)', 'The main point:')",
    "head": "HTML head and title",
    "hidden": "element hidden from readers",
    "markup": "unclosed or unknown chrome element",
    "navigation": "navigation, menus, masthead, breadcrumbs",
    "newsletter": "newsletter / subscription box",
    "photo_credit": "photo credit ('Name/AFP via Getty Images')",
    "reader_comment": "reader comment after a comment header",
    "related": "related links ('Related:', 'Read more:')",
    "script": "script, noscript or template",
    "share": "share buttons and social links",
    "style": "style sheet",
    "summary_duplicate": "summary bullet whose sentence the body holds (body copy kept)",
    "summary_header": "summary box header whose every bullet was dropped",
}

_TERMINAL: Final = '.!?:;…"”’)]»'


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Cleaned offset -> raw offset, stored as runs: ``clean_starts[i]`` maps to ``raw_starts[i]``..``raw_ends[i]``.

    A run whose cleaned and raw lengths agree maps character by character; any other run (a block separator, a
    decoded ``&amp;``, a collapsed space) maps each of its characters to the run's raw start.
    """

    clean_starts: array[int]
    raw_starts: array[int]
    raw_ends: array[int]
    clean_length: int

    def to_raw(self, offset: int) -> int:
        """The raw offset of cleaned character ``offset`` (``clean_length`` maps to the end of the last run)."""
        if not 0 <= offset <= self.clean_length:
            msg = f"offset: expected 0..{self.clean_length}, got {offset}"
            raise IndexError(msg)
        if not self.clean_starts:
            return 0
        if offset == self.clean_length:
            return self.raw_ends[-1]
        i = bisect_right(self.clean_starts, offset) - 1
        start, raw_start, raw_end = self.clean_starts[i], self.raw_starts[i], self.raw_ends[i]
        if self._end(i) - start == raw_end - raw_start:
            return raw_start + offset - start
        return raw_start

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span of cleaned ``start:end``: ``raw_text[a:b]`` shows the span as it was in the source."""
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        last = end - 1
        i = bisect_right(self.clean_starts, last) - 1
        run_start, raw_start, raw_end = self.clean_starts[i], self.raw_starts[i], self.raw_ends[i]
        linear = self._end(i) - run_start == raw_end - raw_start
        return self.to_raw(start), (raw_start + last - run_start + 1) if linear else raw_end

    def _end(self, i: int) -> int:
        return self.clean_starts[i + 1] if i + 1 < len(self.clean_starts) else self.clean_length


@dataclass(frozen=True, slots=True)
class Drop:
    """A dropped span of the raw text, its reason code, and ``at``: where it sat in the cleaned text."""

    reason: str
    raw_start: int
    raw_end: int
    at: int


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article after cleaning: ``article.text`` is the cleaned text every later span indexes.

    ``article`` has the same metadata as the input. ``drops`` counts drops by reason code; ``dropped`` lists them
    in raw order. An article whose every block was boilerplate has ``text == ""``: check before writing it.
    """

    article: Article
    raw_text: str
    offsets: OffsetMap
    drops: Mapping[str, int]
    dropped: tuple[Drop, ...]
    summary_duplicates: tuple[SummaryDuplicate, ...]
    is_html: bool

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def to_raw(self, offset: int) -> int:
        """The offset in ``raw_text`` of character ``offset`` of the cleaned text."""
        return self.offsets.to_raw(offset)


# --------------------------------------------------------------------------- the stage


def clean(article: Article) -> CleanArticle:
    """Clean one article (see the module docstring).

    >>> raw = "Kyiv was shelled.\\n\\nJane Doe/AFP via Getty Images\\n\\nKyiv was shelled.\\n\\nBy Jane Doe"
    >>> c = clean(Article(id="a", text=raw))
    >>> c.text, dict(c.drops)
    ('Kyiv was shelled.', {'byline': 1, 'duplicate_paragraph': 1, 'photo_credit': 1})
    >>> clean(c.article).text == c.text
    True
    """
    raw = article.text
    is_html = looks_like_html(raw)
    if is_html:
        blocks, raw_drops = html_blocks(raw, _chrome_reason)
        for block in blocks:  # "— text" reads as a bullet once cleaned, so it is one here too (idempotence)
            block.item = block.item or _is_bullet_line(block.text)
    else:
        blocks, raw_drops = _plain_blocks(raw), []
    mark_lines(blocks)
    if not is_html:
        blocks = _join_wrapped(raw, blocks)
    mark_duplicates(blocks)
    text, offsets, dropped, spans = _assemble(blocks, raw_drops)
    summaries = mark_summaries(blocks, spans, text)
    if summaries:  # bullets were dropped after assembly: assemble again without them
        text, offsets, dropped, spans = _assemble(blocks, raw_drops)
        summaries = mark_summaries(blocks, spans, text)
    counts = Counter(d.reason for d in dropped)
    return CleanArticle(
        article=article.model_copy(update={"text": text}),
        raw_text=raw,
        offsets=offsets,
        drops=dict(sorted(counts.items())),
        dropped=tuple(dropped),
        summary_duplicates=tuple(summaries),
        is_html=is_html,
    )


# --------------------------------------------------------------------------- HTML chrome

_split_class_words = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])").split  # "share-bar", "cookieBanner"
_CONTAINERS: Final = frozenset({"html", "body", "main", "article"})  # never dropped for their class names
_CHROME_ATTRIBUTES: Final = ("role", "id", "class", "aria-label", "data-component", "data-testid")


def _chrome_reason(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    """The reason code when an HTML element is page chrome (by tag, then by class/id/role words), else ``None``.

    >>> _chrome_reason("div", [("class", "article-body")]), _chrome_reason("div", [("class", "shareBar")])
    (None, 'share')
    """
    if tag in lex.HTML_DROP_TAGS:
        return lex.HTML_DROP_TAGS[tag]
    values = dict(attrs)
    if "hidden" in values or values.get("aria-hidden") == "true":
        return "hidden"
    if tag in _CONTAINERS:
        return None
    for name in _CHROME_ATTRIBUTES:
        for word in _split_class_words(values.get(name) or ""):
            reason = lex.HTML_CHROME_WORDS.get(word.lower())
            if reason is not None:
                return reason
    return None


# --------------------------------------------------------------------------- plain text into line blocks

_find_lines = re.compile(r"[^\r\n]+").finditer
_count_breaks = re.compile(r"\r\n|\r|\n").findall


def _plain_blocks(raw: str) -> list[Block]:
    """Each non-blank line, stripped, as a block that maps character by character."""
    blocks = []
    previous_end = -1
    for match in _find_lines(raw):
        line = match.group()
        if _is_blank(line):
            continue
        start = match.start() + len(line) - len(line.lstrip())
        end = match.start() + len(line.rstrip())
        follows = previous_end >= 0 and len(_count_breaks(raw, previous_end, start)) == 1
        block = Block(raw[start:end], [(0, start, end)], follows_line=follows)
        block.item = _is_bullet_line(block.text)
        blocks.append(block)
        previous_end = end
    return blocks


def _is_bullet_line(text: str) -> bool:
    return len(text) > 1 and text[0] in lex.BULLETS and text[1].isspace()


def _join_wrapped(raw: str, blocks: list[Block]) -> list[Block]:
    """Join a kept line to the kept line before it when the text was hard-wrapped mid-sentence."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and block.follows_line
            and prev.reason is None
            and block.reason is None
            and not block.item
            and prev.text[-1] not in _TERMINAL
            and block.text[0].islower()
        ):
            prev.text = raw[prev.raw_start : block.raw_end]
            prev.pieces = [(0, prev.raw_start, block.raw_end)]
            continue
        out.append(block)
    return out


# --------------------------------------------------------------------------- assembly


def _assemble(
    blocks: list[Block], raw_drops: list[RawDrop]
) -> tuple[str, OffsetMap, list[Drop], dict[int, tuple[int, int]]]:
    """Join the kept blocks with blank lines; build the offset map, the drop list and each kept block's span."""
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []  # (clean start, raw start, raw end), merged when contiguous
    dropped: list[Drop] = []
    spans: dict[int, tuple[int, int]] = {}
    length, previous_raw_end = 0, -1
    events: list[tuple[int, int, Block | RawDrop]] = [(b.raw_start, i, b) for i, b in enumerate(blocks)]
    events += [(d.raw_start, -1, d) for d in raw_drops]
    events.sort(key=lambda e: (e[0], e[1]))
    for _, index, event in events:
        if isinstance(event, RawDrop):
            dropped.append(Drop(event.reason, event.raw_start, event.raw_end, length))
            continue
        cut = event.cut
        if event.reason is not None:
            dropped.append(Drop(event.reason, event.raw_start, event.raw_end, length))
            continue
        if parts:
            _add_run(runs, length, previous_raw_end, event.raw_start, 2)
            parts.append("\n\n")
            length += 2
        if cut:
            dropped.append(Drop("dateline", cut[0], cut[1], length))
        spans[index] = (length, length + len(event.text))
        for k, (offset, raw_start, raw_end) in enumerate(event.pieces):
            end = event.pieces[k + 1][0] if k + 1 < len(event.pieces) else len(event.text)
            _add_run(runs, length + offset, raw_start, raw_end, end - offset)
        parts.append(event.text)
        length += len(event.text)
        previous_raw_end = event.raw_end
    offsets = OffsetMap(
        array("q", (r[0] for r in runs)),
        array("q", (r[1] for r in runs)),
        array("q", (r[2] for r in runs)),
        length,
    )
    return "".join(parts), offsets, dropped, spans


def _add_run(
    runs: list[tuple[int, int, int]], clean_start: int, raw_start: int, raw_end: int, length: int
) -> None:
    """Append a run, merged into the previous one when both map character by character and touch."""
    if runs and length == raw_end - raw_start:
        last_clean, last_raw, last_raw_end = runs[-1]
        if last_raw_end - last_raw == clean_start - last_clean and last_raw_end == raw_start:
            runs[-1] = (last_clean, last_raw, raw_end)
            return
    runs.append((clean_start, raw_start, raw_end))
