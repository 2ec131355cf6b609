"""A quotation restated by another report links only where that report says the same person said it (read on the
seeds: Pentagon spokesperson Sabrina Singh's "we don't encourage attacks, or enable attacks, inside of Russia" was
SUPPORTED by a sentence in which "he", John Kirby, said much the same)."""

from __future__ import annotations

from datetime import date

import pytest

from factgen.evidence import EvidenceIndex, describe
from factgen.models import Label

D = date(2024, 5, 31)
CLAIM = (
    "“And we don’t encourage attacks, or enable attacks, inside of Freedonia,” said spokesperson Jane Roe."
)


def _judged(claim: str, speaker: str | None, other: str, other_speaker: str | None = None) -> Label | str:
    pa = describe(claim, article_id="a", speaker=speaker, published=D)
    pb = describe(other, article_id="b", speaker=other_speaker, published=D)
    index = EvidenceIndex([pa, pb], {"a": claim, "b": other}, neighbours={"a": ("b",), "b": ("a",)})
    outcome = index.judge(pa, pb)
    return outcome if isinstance(outcome, str) else outcome.label


@pytest.mark.parametrize(
    ("other", "other_speaker", "expected"),
    [
        # another person's words, or words nobody in the sentence is named for: not what she said
        ("“We don’t encourage or enable the use of our weapons to strike inside Freedonia,” he said.", None,
         "different_speaker"),
        ("“We don’t encourage or enable attacks inside Freedonia,” said spokesman John Doe.", "John Doe",
         "different_speaker"),
        ("The ministry has long said it does not “encourage” or “enable” attacks inside Freedonia.", None,
         "different_speaker"),
        # the same person saying it, in other words: a restatement
        ("Jane Roe said they do not encourage or enable attacks inside Freedonia.", None, Label.SUPPORTED),
        ("“We don’t encourage or enable attacks inside Freedonia,” said Jane Roe.", "Jane Roe", Label.SUPPORTED),
    ],
)  # fmt: skip
def test_a_quotation_is_restated_only_by_the_same_speaker(
    other: str, other_speaker: str | None, expected: Label | str
) -> None:
    assert _judged(CLAIM, "Jane Roe", other, other_speaker) == expected


def test_a_statement_without_a_quotation_still_links_whoever_reported_it() -> None:
    """ "According to the ministry, X" restated without the ministry is the same fact: attribution alone is no
    quotation."""
    claim = "According to the ministry, the government quietly gave Freedonia permission to strike inside Ruritania."
    other = "The government has given Freedonia permission to strike inside Ruritania, officials said."
    assert _judged(claim, "the ministry", other) is Label.SUPPORTED


def test_a_bodys_finding_in_quotation_marks_is_restated_as_a_fact() -> None:
    """A body's words ("the Commission said it 'found that ...'") are its finding, which other reports give as a fact
    ("Globex was fined ... for preventing ..."): a person's quotation needs the person, a body's does not."""
    claim = "The Commission said Monday it “found that Globex prevented app developers from informing users in Freedonia.”"
    other = "Globex was fined on Monday for preventing app developers from informing users in Freedonia."
    assert _judged(claim, "The Commission", other) is Label.SUPPORTED
    assert _judged(claim, "Jane Roe", other) == "different_speaker"
