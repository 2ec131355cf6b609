"""Claims: check-worthiness with reason codes, and speakers only where the text names them."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from factgen.articles import load_articles
from factgen.claims import Claim, Rejected, extract_claims, find_speaker, judge_sentences
from factgen.clean import clean
from factgen.models import Article
from factgen.pipeline import SEEDS
from factgen.segment import segment


class SpeakerCase(NamedTuple):
    text: str
    speaker: str | None


SPEAKER_CASES = [
    SpeakerCase(
        "The policy has not changed, National Security Council spokesman John Kirby said Friday.",
        "John Kirby",
    ),
    SpeakerCase("“I wouldn’t expect to see a change,” Kirby said.", "Kirby"),
    SpeakerCase("Biden approved it, Secretary of State Antony Blinken said on Friday.", "Antony Blinken"),
    SpeakerCase("The administration gave permission, according to two U.S. officials.", "two U.S. officials"),
    SpeakerCase("According to POLITICO, the administration gave Ukraine permission.", "POLITICO"),
    SpeakerCase("“We don’t encourage attacks,” said Pentagon spokesperson Sabrina Singh.", "Sabrina Singh"),
    SpeakerCase(
        "Russian President Vladimir Putin has said such weapons would change the conflict.", "Vladimir Putin"
    ),
    SpeakerCase(
        "The second U.S. official said Ukraine cannot hit civilian infrastructure.",
        "The second U.S. official",
    ),
    SpeakerCase("Word broke after the Pentagon said the policy had not changed.", "Pentagon"),
    SpeakerCase("The report said Ukraine could solely use American weapons near Kharkiv.", None),
    SpeakerCase("He added that if Putin is so concerned, he should withdraw.", "he"),
    SpeakerCase("In recent days, partners have said they support Ukraine’s ability to do so.", None),
    SpeakerCase("The United States has so far provided $58 billion in military assistance.", None),
]


@pytest.mark.parametrize("case", SPEAKER_CASES, ids=lambda c: c.text[:50])
def test_find_speaker(case: SpeakerCase) -> None:
    assert find_speaker(case.text) == case.speaker


def _claims(text: str) -> list[Claim | Rejected]:
    return list(judge_sentences(segment(clean(Article(id="a", text=text)))))


def test_surnames_resolve_to_the_full_name_given_earlier() -> None:
    text = (
        "The White House has not changed its policy, National Security Council spokesman John Kirby said Friday.\n\n"
        "“I wouldn’t expect to see a change to U.S. policy on Ukraine today,” Kirby said."
    )  # a quotation must state something checkable (a name or a figure) to be a claim
    speakers = [c.speaker for c in _claims(text) if isinstance(c, Claim)]
    assert speakers == ["John Kirby", "John Kirby"]


def test_he_said_resolves_only_when_unambiguous() -> None:
    clear = "Austin pledged $250 million in new aid, Defense Secretary Lloyd Austin said.\n\n“It arrived in Kyiv on Monday,” he said."
    assert [c.speaker for c in _claims(clear) if isinstance(c, Claim)] == ["Lloyd Austin", "Lloyd Austin"]
    muddled = (
        "Austin pledged $250 million in new aid, Defense Secretary Lloyd Austin said.\n\n"
        "President Joe Biden met British Prime Minister Keir Starmer on Friday.\n\n“It arrived in Kyiv on Monday,” he said."
    )
    assert [c.speaker for c in _claims(muddled) if isinstance(c, Claim)][-1] is None


def test_quoted_sentences_take_their_paragraphs_attribution() -> None:
    text = "“We adapted as the war in Ukraine developed,” he said. “That has been a hallmark of our work with Kyiv.”"
    text = "Blinken said on Friday that Biden approved the request.\n\n" + text
    claims = [c for c in _claims(text) if isinstance(c, Claim)]
    assert [c.speaker for c in claims] == ["Blinken", "Blinken", "Blinken"]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Will the White House change its policy on long-range missiles this week?", "question"),
        ("U.S. gives Ukraine permission to use U.S. weapons to strike inside Russia", "headline"),
        ("Per Reuters:", "fragment"),
        ("Click here to subscribe to our newsletter for the latest updates from Kyiv.", "boilerplate"),
        ("We need to make Russian cities think about what they need.", "opinion"),
        ("It went well.", "too_short"),
        ("The details of the plan are still coming together in the coming weeks.", "not_checkable"),
        (  # a kicker before a colon (read in a seed-17 audit of the dev corpus)
            (
                "Conservative consolation: the party with the second-highest number of MPs becomes the official "
                "opposition in the House of Commons."
            ),
            "label",
        ),
        (
            "In a nutshell: the UK will have its first Labour government after 14 years of Conservative rule.",
            "label",
        ),
    ],
)
def test_rejections_carry_a_reason(sentence: str, reason: str) -> None:
    (judged,) = _claims(sentence)
    assert isinstance(judged, Rejected)
    assert judged.key == f"claims.{reason}"


def test_a_speaker_before_a_colon_is_no_kicker() -> None:
    """ "Officials said: the ..." is an attribution, not a label: the sentence is judged like any other."""
    (judged,) = _claims("Officials said: the ministry paid $12 million for 40 new bridges in 2023.")
    assert not (isinstance(judged, Rejected) and judged.key == "claims.label")


def test_claim_spans_are_exact_on_the_seeds() -> None:
    for article in load_articles(SEEDS):
        cleaned = clean(article)
        for claim in extract_claims(segment(cleaned)):
            assert cleaned.text[claim.start : claim.end] == claim.text
            assert all(claim.claim[q.start : q.end] == q.surface for q in claim.quantities)


def test_seed_claims_with_their_speakers() -> None:
    claims = {c.text[:40]: c for a in load_articles(SEEDS) for c in extract_claims(segment(clean(a)))}
    expected = {
        "The White House has not changed its poli": ("John Kirby", "attributed"),
        "While he said he expects the conflict to": ("Lloyd Austin", "quantity"),
        "The United States has so far provided $5": (None, "quantity"),
        "President Joe Biden has approved Ukraine": ("Antony Blinken", "attributed"),
        "And we don’t encourage attacks, or enable": ("Sabrina Singh", "attributed"),
    }
    for prefix, (speaker, reason) in expected.items():
        match = [c for text, c in claims.items() if text.startswith(prefix[:35])]
        assert match, prefix
        assert (match[0].speaker, match[0].reason) == (speaker, reason), prefix
