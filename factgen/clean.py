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
  ("KYIV, Ukraine (AP) — ").
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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from factgen import _text_lexicon as lex
from factgen._html import Block, RawDrop, html_blocks, looks_like_html
from factgen.articles import _is_blank
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
_SUMMARY_SENTENCE_MIN: Final = 0.6  # share of a bullet's content words found in one body sentence
_SUMMARY_PARAGRAPH_MIN: Final = 0.75  # ... or in one body paragraph
_SUMMARY_MIN_WORDS: Final = 4
_POSTING_CAP: Final = 2000  # words in more body sentences than this are too common to find candidates with


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
class SummaryDuplicate:
    """A summary bullet dropped because the body holds it: the bullet's raw span, the kept body span (cleaned)."""

    raw_start: int
    raw_end: int
    kept_start: int
    kept_end: int
    overlap: float  # share of the bullet's content words found in the kept span


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
    else:
        blocks, raw_drops = _plain_blocks(raw), []
    _mark_lines(blocks)
    if not is_html:
        blocks = _join_wrapped(raw, blocks)
    _mark_duplicates(blocks)
    text, offsets, dropped, spans = _assemble(blocks, raw_drops)
    summaries = _mark_summaries(blocks, spans, text)
    if summaries:  # bullets were dropped after assembly: assemble again without them
        text, offsets, dropped, spans = _assemble(blocks, raw_drops)
        summaries = _mark_summaries(blocks, spans, text)
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
        block.item = len(block.text) > 1 and block.text[0] in lex.BULLETS and block.text[1].isspace()
        blocks.append(block)
        previous_end = end
    return blocks


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


# --------------------------------------------------------------------------- whole-line boilerplate


def _key(text: str) -> str:
    """A line as the lexicon tables spell it: lower case, single spaces, no trailing ``.:|``."""
    return " ".join(text.casefold().split()).rstrip(" .:|")


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_key(w) for w in words)


_CAPTION_KEYS: Final = _keys(lex.CAPTION_LINES)
_EXACT_REASONS: Final = (
    (_keys(lex.SHARE_LINES), "share"),
    (_keys(lex.ADVERTISEMENT_LINES), "advertisement"),
    (_keys(lex.COMMENT_FURNITURE), "reader_comment"),
    (_keys(lex.RELATED_PREFIXES), "related"),
    (_keys(lex.COOKIE_MARKERS), "cookie_banner"),
)
_COMMENT_HEADER_KEYS: Final = _keys(lex.COMMENT_HEADERS)
_SUMMARY_HEADER_KEYS: Final = _keys(lex.SUMMARY_HEADERS)


def _alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_AGENCY = f"(?:{_alternatives(lex.PHOTO_AGENCIES)})"
_find_credit = re.compile(
    rf"""
    \(?(?:{_AGENCY})\ photo\s*/.*                      # (AP Photo/Efrem Lukatsky)
    | (?:{_alternatives(lex.CREDIT_PREFIXES)})\s*(?::|\||by\b).{{1,100}}   # Photo: Jane Doe/Reuters
    | {_AGENCY}                                        # Getty Images
    | (?:[^\W\d][\w.'’-]*\s+){{0,5}}[^\W\d][\w.'’-]*\s*  # up to six name words ...
      (?:/|\bvia\b|\|)\s*{_AGENCY}                     # ... then /AFP, via Getty Images
      (?:\s*(?:/|\bvia\b)\s*{_AGENCY})*\)?            # ... and more agencies
    """,
    re.VERBOSE,
).fullmatch
_search_caption_credit = re.compile(
    rf"""
    (?:\((?:photo|image|credit|pictured|{_AGENCY})\b[^()]*\)             # ... (Photo by Jane/AFP)
    | \s(?:[^\W\d][\w.'’-]*\s+){{0,3}}[^\W\d][\w.'’-]*/(?:{_AGENCY})(?:\s+via\s+getty\ images)?)  # ... Jane Doe/AFP via Getty
    \.?\Z""",
    re.VERBOSE | re.IGNORECASE,
).search


def _find_caption_credit(text: str) -> bool:
    """A caption that ends with its credit; only the end of a long enough line is searched."""
    return len(text) >= 60 and _search_caption_credit(text[-150:]) is not None


_find_related = re.compile(
    r"(?:related|read more|see also|also read|more|read next|watch|listen)\s*:\s*\S.*"
).fullmatch
_find_copyright = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\b)|.*\ball rights reserved\b").match
_find_newsletter = re.compile(
    r"(?:sign up|subscribe|get our|get the|join our|enter your email|don.t miss)\b.*"
    r"\b(?:newsletter|inbox|e-?mail|subscribe|subscription)s?\b.*"
).fullmatch
_POLICY_PATTERN: Final = re.compile(_alternatives(lex.COMMENT_POLICY_MARKERS))
_find_byline = re.compile(
    rf"""(?i:{_alternatives(lex.BYLINE_PREFIXES)})\s+
    (?:(?:[A-Z][\w.'’-]*|and|&|of|the|for|in|at|editing|by|reporting|writing|additional)(?:[\s,;|]+|\Z)){{1,16}}""",
    re.VERBOSE,
).fullmatch
_MONTH = _alternatives(lex.MONTHS)
_DAY = _alternatives(lex.WEEKDAYS)
_find_dateline = re.compile(
    rf"""(?i:(?:{_alternatives(lex.DATELINE_PREFIXES)})\s*:?\s*)?
    (?:(?:(?i:(?:on|at)\b|(?:{_MONTH})\b\.?|(?:{_DAY})\b\.?|\d{{1,4}}(?:[:.]\d{{2}})?(?:st|nd|rd|th)?\b|
        [ap]\.?m\.?|min\ read)|[A-Z]{{2,5}}\b|[,|/·–—-])\s*){{1,14}}""",
    re.VERBOSE,
).fullmatch
_WIRES = _alternatives(lex.WIRE_AGENCIES)
_find_inline_dateline = re.compile(
    rf"""[A-Z][A-Z.'’-]{{2,}}(?:\ [A-Z][A-Z.'’-]+)*                    # KYIV
    (?:(?:,\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)*)?\s*\((?:{_WIRES})\)  # , Ukraine (AP)
      |,\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)*)                           # , Ukraine
    \s*[—–-]{{1,2}}\s+(?=[“"‘A-Z0-9])                                       # —""",
    re.VERBOSE,
).match


def _is_credit(text: str, key: str) -> bool:
    return len(text) <= 150 and text[-1] != "." and _find_credit(key) is not None


def _is_byline(text: str, key: str) -> bool:
    return len(text) <= 150 and text[-1] not in "?!" and _find_byline(text) is not None and _has_name(text)


def _is_dateline(text: str, key: str) -> bool:
    return len(text) <= 100 and any(c.isdigit() for c in text) and _find_dateline(text) is not None


# Rules for a line that is not an exact lexicon line, tried in order on (text, key); the first that holds wins.
_LINE_RULES: Final[tuple[tuple[str, Callable[[str, str], object]], ...]] = (
    ("copyright", lambda text, key: _find_copyright(key)),
    ("comment_policy", lambda text, key: _POLICY_PATTERN.search(key)),
    ("cookie_banner", lambda text, key: any(marker in key for marker in lex.COOKIE_MARKERS)),
    ("newsletter", lambda text, key: _find_newsletter(key)),
    ("related", lambda text, key: _find_related(key)),
    ("photo_credit", _is_credit),
    ("caption", lambda text, key: _find_caption_credit(text)),
    ("byline", _is_byline),
    ("dateline", _is_dateline),
)


def _line_reason(text: str) -> str | None:
    """The reason code for a whole line that is boilerplate, else ``None``.

    >>> [_line_reason(t) for t in ["hide caption", "Evan Vucci/AP", "By Jane Doe and John Roe", "By Friday, it fell."]]
    ['caption', 'photo_credit', 'byline', None]
    """
    key = _key(text)
    if key in _CAPTION_KEYS:
        return "caption"
    for keys, reason in _EXACT_REASONS:
        if key in keys:
            return reason
    if len(text) > 400:
        return None
    return next((reason for reason, rule in _LINE_RULES if rule(text, key)), None)


def _has_name(text: str) -> bool:
    """Whether a byline candidate names someone: two capitalised words after "By" (not "By Friday")."""
    words = [w for w in re.split(r"[\s,;|]+", text)[1:] if w[:1].isupper()]
    return len(words) >= 2 or any(w.isupper() and len(w) > 2 for w in words)


def _mark_lines(blocks: list[Block]) -> None:
    """Set ``reason`` on boilerplate blocks: line rules, caption context, and everything after a comment header."""
    in_comments = False
    toggles = set()
    for i, block in enumerate(blocks):
        if in_comments:
            block.reason = "comment_policy" if _POLICY_PATTERN.search(_key(block.text)) else "reader_comment"
            continue
        if _key(block.text) in _COMMENT_HEADER_KEYS:
            block.reason, in_comments = "comment_section", True
            continue
        block.reason = _line_reason(block.text)
        if block.reason == "caption" and _key(block.text) in _CAPTION_KEYS:
            toggles.add(i)
        elif block.reason is None:
            while (inline := _find_inline_dateline(block.text)) is not None and inline.end() < len(
                block.text
            ):
                block.drop_front(inline.end())
    for i, block in enumerate(blocks):  # the caption text before "Credit / hide caption"
        if block.reason is not None or len(block.text) > 600 or _key(block.text) in _SUMMARY_HEADER_KEYS:
            continue
        after = blocks[i + 1 : i + 3]
        if (after and i + 1 in toggles) or (
            len(after) == 2 and after[0].reason == "photo_credit" and i + 2 in toggles
        ):
            block.reason = "caption"


def _mark_duplicates(blocks: list[Block]) -> None:
    seen: set[str] = set()
    for block in blocks:
        if block.reason is not None:
            continue
        key = " ".join(block.text.split()).casefold()
        if key in seen:
            block.reason = "duplicate_paragraph"
        seen.add(key)


# --------------------------------------------------------------------------- summary bullets

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


def _mark_summaries(
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
        if block.reason is not None or _key(block.text) not in _SUMMARY_HEADER_KEYS:
            continue
        box = []
        for after in blocks[i + 1 :]:
            if after.item:
                box.append(after)
            elif after.reason is None:
                break
        if box and all(b.reason == "summary_duplicate" for b in box):
            block.reason = "summary_header"


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
