"""``clean``: boilerplate gone, reporting kept, summary bullets kept once, exact offsets back to the raw text, idempotent.

Where a new case belongs: a boilerplate line seen in a real corpus goes into ``BOILERPLATE``; a reporting line that
was wrongly dropped goes into ``REPORTING``; a known miss goes into ``KNOWN_GAPS`` (strict xfail).
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given

from factgen import Article, CleanArticle, clean, load_articles
from factgen.clean import REASONS
from factgen.clean.lines import _line_reason
from tests.strategies import html_texts, news_texts

SEEDS = {a.id[:3]: a for a in load_articles(Path(__file__).parent.parent / "seeds")}
PAGE = (Path(__file__).parent / "data" / "ingest" / "page.html").read_text(encoding="utf-8")


def _clean(text: str) -> CleanArticle:
    return clean(Article(id="t", text=text))


def _assert_offsets_exact(c: CleanArticle) -> None:
    """Every character the cleaning copied maps to the same character of the raw text; the map never goes back."""
    previous = 0
    for i, char in enumerate(c.text):
        raw = c.to_raw(i)
        assert raw >= previous
        previous = raw
        if not char.isspace() and not c.is_html:
            assert c.raw_text[raw] == char, (i, char, raw)
    assert 0 <= c.to_raw(len(c.text)) <= len(c.raw_text)


# --------------------------------------------------------------------------- the seeds


def test_npr_caption_and_credit_lines_are_gone() -> None:
    c = clean(SEEDS["001"])
    for gone in ["hide caption", "toggle caption", "Getty Images", "An Ukrainian soldier takes part"]:
        assert gone in c.raw_text
        assert gone not in c.text
    assert dict(c.drops) == {"caption": 3, "photo_credit": 2}
    assert c.text.startswith("National Security\n\nU.S. gives Ukraine permission")
    assert "The administration has given Ukraine permission" in c.text


def test_comment_policy_block_is_gone() -> None:
    c = clean(SEEDS["002"])
    assert "Join The Conversation" not in c.text
    assert "tolerance for comments" not in c.text
    assert c.text.endswith("said Pentagon spokesperson Sabrina Singh.")
    assert dict(c.drops) == {"comment_policy": 1, "comment_section": 1}


@pytest.mark.parametrize("seed", ["000", "003"])
def test_what_you_need_to_know_bullets_are_kept_once(seed: str) -> None:
    c = clean(SEEDS[seed])
    assert "What You Need To Know" not in c.text
    assert "•" not in c.text
    assert dict(c.drops) == {"summary_duplicate": 4, "summary_header": 1}
    assert len(c.summary_duplicates) == 4
    verbatim = 0
    for dup in c.summary_duplicates:
        bullet = c.raw_text[dup.raw_start : dup.raw_end]
        kept = c.text[dup.kept_start : dup.kept_end]
        assert bullet.lstrip().startswith("•")
        assert dup.overlap >= 0.6
        words = set(re.findall(r"\w+", bullet.casefold())) - {"the", "a", "of", "to", "on", "he", "is", "it"}
        assert len(words & set(re.findall(r"\w+", kept.casefold()))) / len(words) >= 0.5
        sentence = bullet.strip(" •\xa0").rstrip(".")
        if c.raw_text.count(sentence) == 2:  # the bullet repeats the body word for word ...
            verbatim += 1
            assert c.text.count(sentence) == 1  # ... and the cleaned text has the body copy only
            assert c.text[dup.kept_start : dup.kept_end].startswith(sentence)
    assert verbatim >= 2


def test_seed_004_loses_nothing() -> None:
    c = clean(SEEDS["004"])
    assert dict(c.drops) == {}
    assert c.text.split("\n\n") == [line for line in c.raw_text.splitlines() if line.strip()]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_offsets_exact_and_idempotent(seed: str) -> None:
    c = clean(SEEDS[seed])
    _assert_offsets_exact(c)
    assert clean(c.article).text == c.text
    assert c.article.model_dump(exclude={"text"}) == SEEDS[seed].model_dump(exclude={"text"})
    for paragraph in c.text.split("\n\n"):
        start = c.text.index(paragraph)
        a, b = c.offsets.to_raw_span(start, start + len(paragraph))
        assert c.raw_text[a:b] == paragraph
    assert sum(c.drops.values()) == len(c.dropped)
    assert set(c.drops) <= set(REASONS)


# --------------------------------------------------------------------------- HTML


def test_html_page_keeps_the_story_and_nothing_else() -> None:
    c = _clean(PAGE)
    assert c.is_html
    assert c.text.split("\n\n") == [
        "Pentagon sends $250 million package to Ukraine",
        (
            "The Pentagon announced a $250\xa0million security assistance package for Ukraine on Friday, Defense "
            "Secretary Lloyd Austin said."
        ),
        (
            "The United States has so far provided $58 billion in military assistance to Ukraine, according to the "
            "Defense Department. Officials said the package includes air defense & artillery rounds."
        ),
        "“We will keep supporting Ukraine,” Mr. Austin told reporters at Ramstein Air Base in Germany.",
        "More than 35,000 civilians have been killed since February 2022, U.N. officials said.",
        "The package is the 64th drawdown of U.S. equipment since August 2021.",
    ]


@pytest.mark.parametrize(
    "chrome",
    ["cookies", "Home", "Europe", "Share", "Tweet", "Advertisement", "Related", "90 missiles", "newsletter",
     "Morning Ledger", "Comments", "312", "patriot_1776", "12.5%", "400", "42 likes", "Reply", "3 of 5",
     "58 billion well spent", "©", "All rights reserved", "Privacy", "Soldiers train", "Jane Doe", "9.99",
     "1250", "dataLayer", "font-family", "WASHINGTON", "(AP)", "<", "&amp;", "&rdquo;"],
)  # fmt: skip
def test_no_chrome_or_comment_text_reaches_the_cleaned_text(chrome: str) -> None:
    assert chrome not in _clean(PAGE).text


def test_html_offsets_point_into_the_markup() -> None:
    c = _clean(PAGE)
    _assert_offsets_exact(c)
    for phrase in ["The Pentagon announced", "Mr. Austin told", "64th drawdown"]:
        start = c.text.index(phrase)
        assert c.raw_text[c.to_raw(start) :].startswith(phrase)
    amp = c.text.index("&")
    assert c.raw_text[c.to_raw(amp) :].startswith("&amp;")
    quote = c.text.index("“We will")
    a, b = c.offsets.to_raw_span(quote, quote + len("“We will keep supporting Ukraine,”"))
    assert c.raw_text[a:b] == "&ldquo;We will keep supporting Ukraine,&rdquo;"
    assert clean(c.article).text == c.text
    assert {
        "cookie_banner",
        "navigation",
        "share",
        "advertisement",
        "comment_section",
        "footer",
        "script",
    } <= set(c.drops)


# --------------------------------------------------------------------------- plain-text rules


class Case(NamedTuple):
    line: str
    reason: str | None


BOILERPLATE = [
    Case("hide caption", "caption"),
    Case("Toggle caption", "caption"),
    Case("Wojtek Radwanski/AFP via Getty Images", "photo_credit"),
    Case("Evan Vucci/AP", "photo_credit"),
    Case("(AP Photo/Efrem Lukatsky)", "photo_credit"),
    Case("Photo: Jane Doe/Reuters", "photo_credit"),
    Case(
        "Soldiers fire a howitzer near Bakhmut on May 4. (Photo by Jane Doe/AFP via Getty Images)", "caption"
    ),
    Case("By Jane Doe and John Roe, Associated Press", "byline"),
    Case("BY JANE DOE", "byline"),
    Case("Reporting by Jane Doe; Editing by John Roe", "byline"),
    Case("Updated 3:45 PM EDT, May 31, 2024", "dateline"),
    Case("Published May 31, 2024 at 10:02 a.m.", "dateline"),
    Case("We have no tolerance for comments containing violence.", "comment_policy"),
    Case("Advertisement", "advertisement"),
    Case("Story continues below advertisement", "advertisement"),
    Case("Related: Russia fires 90 missiles at Kyiv", "related"),
    Case("READ MORE: Biden approves strikes", "related"),
    Case("Sign up for our daily newsletter", "newsletter"),
    Case("Share this article", "share"),
    Case("© 2024 The Daily Ledger", "copyright"),
    Case("We use cookies to improve your experience.", "cookie_banner"),
    Case("Source: CDC Reports of measles cases, 2024", "furniture"),  # issue 15: boilerplate never a claim
    Case("Download: Full Size (1.5 MB)", "furniture"),
    Case("Fed rate path chart (240 KB)", "furniture"),
    Case("The main point:", "furniture"),
    Case("Editor's note: this story was updated.", "furniture"),
]
REPORTING = [
    Case("By Friday, Russia had fired 90 missiles.", None),
    Case("By Monday, Russia had launched 40 drones.", None),
    Case("Comments from officials were mixed.", None),
    Case("The report was published by Reuters.", None),
    Case("Per Reuters:", None),
    Case("National Security", None),
    Case("On Friday at 5 pm they met", None),
    Case("Biden meets AP reporters", None),
    Case("The summary of the talks was brief.", None),
    Case("Share prices fell 5% on Monday.", None),
    Case("Sources said the bank would cut rates.", None),
    Case("Data from the ONS show a rise of 5%.", None),
    Case("The main point of the plan is a 5% cut.", None),
]
KNOWN_GAPS = [
    Case("Kent Nishimura for The Washington Post", "photo_credit"),  # "for" credits are too close to prose
]


@pytest.mark.parametrize(
    "case",
    BOILERPLATE + REPORTING + [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in KNOWN_GAPS],
    ids=lambda c: c.line,
)
def test_line_rules(case: Case) -> None:
    assert _line_reason(case.line) == case.reason


def test_caption_text_before_credit_and_toggle_is_dropped_and_body_kept() -> None:
    c = _clean("Body one.\n\nTroops train in Poland.\nJane Doe/AFP via Getty Images\nhide caption\nBody two.")
    assert c.text == "Body one.\n\nBody two."


def test_comment_section_runs_to_the_end() -> None:
    c = _clean("Story.\n\nComments\n\njohn_99: 42% of this is wrong!\n\nReply\n\nanna: 3.5 stars")
    assert c.text == "Story."
    assert dict(c.drops) == {"comment_section": 1, "reader_comment": 3}


def test_wire_dateline_is_cut_and_remembered() -> None:
    c = _clean("KYIV, Ukraine (AP) — Russia fired 90 missiles overnight.\n\nMore text.")
    assert c.text == "Russia fired 90 missiles overnight.\n\nMore text."
    (drop,) = c.dropped
    assert (drop.reason, c.raw_text[drop.raw_start : drop.raw_end], drop.at) == (
        "dateline",
        "KYIV, Ukraine (AP) — ",
        0,
    )
    assert c.to_raw(0) == len("KYIV, Ukraine (AP) — ")


@pytest.mark.parametrize(
    ("raw", "kept"),
    [  # inline datelines seen in real news (issue 15)
        ("London, Aug 1 (IANS) The Bank of England cut its rate.", "The Bank of England cut its rate."),
        ("April 30 (UPI) -- U.S. output fell 0.3%.", "U.S. output fell 0.3%."),
        ("LUBBOCK — A child has died of measles.", "A child has died of measles."),
        ("Geneva, Switzerland - The WHO declared an emergency.", "The WHO declared an emergency."),
        ("GAZA (Agencies) - Three hostages were freed.", "Three hostages were freed."),
        ("WASHINGTON, April 20 (Reuters) – The House passed it.", "The House passed it."),
        ("5 July 2024: The Labour Party won 412 seats.", "The Labour Party won 412 seats."),
        ("July 5, 2024: Labour won.", "Labour won."),
        ("Washington, DC (CNN) — The Fed raised rates.", "The Fed raised rates."),
        ("DUBLIN: Meta has been fined 1.2 billion euros.", "Meta has been fined 1.2 billion euros."),
        ("ASHEVILLE, N.C. − President Joe Biden visited.", "President Joe Biden visited."),
        ("LOS ANGELES (KCAL, KCBS) — Wildfires have killed 24.", "Wildfires have killed 24."),
        ("Tucson, AZ, March 3, 2025 ( – The Fed kept its rate.", "The Fed kept its rate."),  # a link cut out
        ("Leeds, May 9, 2024 — Labour won the council.", "Labour won the council."),
        ("LIMA, Jun 7, 2021 (AFP) – Pedro Castillo led the count.", "Pedro Castillo led the count."),
        ("Rates were set on March 3, 2025 – and held.", "Rates were set on March 3, 2025 – and held."),
        ("Note: The vote was 52 to 48.", "Note: The vote was 52 to 48."),
        ("Washington — the city of 700,000 — voted.", "Washington — the city of 700,000 — voted."),
        ("The vote - 52 to 48 - was close.", "The vote - 52 to 48 - was close."),
    ],
)
def test_inline_datelines_are_cut(raw: str, kept: str) -> None:
    assert _clean(raw).text == kept


def test_repeated_paragraphs_keep_one_copy_and_count_the_rest() -> None:
    paragraphs = ["First paragraph about 5 things.", "Second one, with a “quote.”", "Third."]
    c = _clean("\n\n".join(paragraphs * 50))
    assert c.text == "\n\n".join(paragraphs)
    assert dict(c.drops) == {"duplicate_paragraph": 147}


def test_hard_wrapped_lines_join_into_one_block() -> None:
    c = _clean("The minister said the\nstrikes would continue.\nA new line.")
    assert c.text == "The minister said the\nstrikes would continue.\n\nA new line."
    _assert_offsets_exact(c)


def test_article_of_only_boilerplate_cleans_to_empty_text() -> None:
    c = _clean("hide caption\n\nAdvertisement")
    assert c.text == ""
    assert dict(c.drops) == {"advertisement": 1, "caption": 1}
    assert c.to_raw(0) == 0


def test_clean_article_pickles_for_multiprocessing() -> None:
    c = clean(SEEDS["000"])
    again = pickle.loads(pickle.dumps(c))  # noqa: S301 (our own object)
    assert again == c
    assert pickle.loads(pickle.dumps(clean)) is clean  # noqa: S301


# --------------------------------------------------------------------------- properties


@given(news_texts())
def test_cleaning_is_idempotent(text: str) -> None:
    once = _clean(text)
    assert clean(once.article).text == once.text


@given(news_texts())
def test_offsets_exact_for_any_text(text: str) -> None:
    c = _clean(text)
    _assert_offsets_exact(c)
    assert "\n\n\n" not in c.text
    assert c.text == c.text.strip()
    for drop in c.dropped:
        assert 0 <= drop.raw_start <= drop.raw_end <= len(c.raw_text)
        assert 0 <= drop.at <= len(c.text)


@given(html_texts())
def test_html_cleaning_is_idempotent_and_offsets_monotonic(page: str) -> None:
    c = _clean(page)
    assert c.is_html
    if c.text:
        assert clean(c.article).text == c.text
    previous = 0
    for i in range(len(c.text) + 1):
        assert c.to_raw(i) >= previous
        previous = c.to_raw(i)
    assert "<script" not in c.text
