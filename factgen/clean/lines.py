"""Whole-line boilerplate of pasted web text: each block's drop reason from the lexicon tables and line rules.

:func:`mark_lines` sets ``Block.reason`` for captions, photo credits, comment headers and the comments after them,
share/advertisement/related/newsletter/cookie lines, copyright lines, bylines and datelines;
:func:`mark_duplicates` drops a paragraph repeated word for word (the first copy is kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from factgen import _text_lexicon as lex
from factgen._html import Block

__all__ = ["SUMMARY_HEADER_KEYS", "line_key", "mark_duplicates", "mark_lines"]


def line_key(text: str) -> str:
    """A line as the lexicon tables spell it: lower case, single spaces, no trailing ``.:|``."""
    return " ".join(text.casefold().split()).rstrip(" .:|")


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(line_key(w) for w in words)


_CAPTION_KEYS: Final = _keys(lex.CAPTION_LINES)
_EXACT_REASONS: Final = (
    (_keys(lex.SHARE_LINES), "share"),
    (_keys(lex.ADVERTISEMENT_LINES), "advertisement"),
    (_keys(lex.COMMENT_FURNITURE), "reader_comment"),
    (_keys(lex.RELATED_PREFIXES), "related"),
    (_keys(lex.COOKIE_MARKERS), "cookie_banner"),
)
_COMMENT_HEADER_KEYS: Final = _keys(lex.COMMENT_HEADERS)
SUMMARY_HEADER_KEYS: Final = _keys(lex.SUMMARY_HEADERS)


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
    rf"""(?:[A-Z][A-Z.'’-]{{2,}}(?:\ [A-Z][A-Z.'’-]+)*\s+(?:—|–|−|--)\s+(?=[“"‘A-Z0-9])  # LUBBOCK —
    |[A-Z][A-Z'’-]{{2,}}(?:\ [A-Z][A-Z'’-]+)*:\s+(?=[“"‘A-Z0-9])                  # DUBLIN: 
    |(?:\d{{1,2}}\ (?i:{_MONTH})|(?i:{_MONTH})\.?\ \d{{1,2}},)\ \d{{4}}:\s+(?=[“"‘A-Z0-9])  # 5 July 2024: 
    |(?:[A-Z][\w.'’-]+(?:,?\ [A-Z][\w.'’-]+)*,\ )?(?i:{_MONTH})\.?\ \d{{1,2}}\s*\([A-Z]{{2,6}}\)\s*(?:—|–|--?)?\s*
       (?=[“"‘A-Z0-9])                                                    # London, Aug 1 (IANS) / April 30 (UPI) --
    |(?:[A-Z][\w.'’-]+(?:,?\ [A-Z][\w.'’-]+)*,\ )?(?i:{_MONTH})\.?\ \d{{1,2}},\ \d{{4}}
       \s*(?:\((?:{_WIRES}|[A-Z]{{2,6}})?\s*\)?)?\s*[—–-]{{1,2}}\s+(?=[“"‘A-Z0-9])  # Phoenix, AZ, July 26, 2023 ( –
    |[A-Z][a-z]+(?:\ [A-Z][a-z]+)?,\ [A-Z][a-z]+(?:\ [A-Z][a-z]+)?\ [—–-]{{1,2}}\ (?=[A-Z])  # Geneva, Switzerland -
    |[A-Z][a-z]+(?:\ [A-Z][a-z]+)*(?:,\ [A-Z][\w.]*)*\s*\((?:{_WIRES})\)\s*[—–−-]{{1,2}}\s+(?=[“"‘A-Z0-9])  # Washington, DC (CNN) —
    |[A-Z][A-Z.'’-]{{2,}}(?:\ [A-Z][A-Z.'’-]+)*                    # KYIV
    (?:(?:,\ [A-Z][\w.'’-]*(?:\ [A-Z0-9][\w.'’-]*)*)?\s*              # , Ukraine / , April 20
       \((?:{_WIRES}|Agencies|[A-Z]{{2,6}}(?:,\ [A-Z]{{2,6}})*)\)          # (AP), (Agencies), (KCAL, KCBS)
      |,\ [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)*)                           # , Ukraine
    \s*[—–−-]{{1,2}}\s+(?=[“"‘A-Z0-9]))                                      # —""",
    re.VERBOSE,
).match
_find_furniture = re.compile(
    rf"""(?:{_alternatives(lex.FURNITURE_LABELS)})(?:\s*:.{{0,200}})?    # Source: CDC Reports ...
    | .{{0,100}}\(\s*\d+(?:[.,]\d+)?\s*(?:kb|mb|gb)\s*\).{{0,40}}   # ... (1.5 MB)""",
    re.VERBOSE,
).fullmatch


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
    ("furniture", lambda text, key: len(text) <= 200 and _find_furniture(key)),
    ("byline", _is_byline),
    ("dateline", _is_dateline),
)


def _line_reason(text: str) -> str | None:
    """The reason code for a whole line that is boilerplate, else ``None``.

    >>> [_line_reason(t) for t in ["hide caption", "Evan Vucci/AP", "By Jane Doe and John Roe", "By Friday, it fell."]]
    ['caption', 'photo_credit', 'byline', None]
    """
    key = line_key(text)
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


def mark_lines(blocks: list[Block]) -> None:
    """Set ``reason`` on boilerplate blocks: line rules, caption context, and everything after a comment header."""
    in_comments = False
    toggles = set()
    for i, block in enumerate(blocks):
        if in_comments:
            block.reason = (
                "comment_policy" if _POLICY_PATTERN.search(line_key(block.text)) else "reader_comment"
            )
            continue
        if line_key(block.text) in _COMMENT_HEADER_KEYS:
            block.reason, in_comments = "comment_section", True
            continue
        block.reason = _line_reason(block.text)
        if block.reason == "caption" and line_key(block.text) in _CAPTION_KEYS:
            toggles.add(i)
        elif block.reason is None:
            while (inline := _find_inline_dateline(block.text)) is not None and inline.end() < len(
                block.text
            ):
                block.drop_front(inline.end())
    for i, block in enumerate(blocks):  # the caption text before "Credit / hide caption"
        if block.reason is not None or len(block.text) > 600 or line_key(block.text) in SUMMARY_HEADER_KEYS:
            continue
        after = blocks[i + 1 : i + 3]
        if (after and i + 1 in toggles) or (
            len(after) == 2 and after[0].reason == "photo_credit" and i + 2 in toggles
        ):
            block.reason = "caption"


def mark_duplicates(blocks: list[Block]) -> None:
    seen: set[str] = set()
    for block in blocks:
        if block.reason is not None:
            continue
        key = " ".join(block.text.split()).casefold()
        if key in seen:
            block.reason = "duplicate_paragraph"
        seen.add(key)
