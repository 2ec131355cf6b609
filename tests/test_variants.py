"""Variants and their verdicts: every label follows from its rule (interval relation, polarity, entity swap)."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen import _text_lexicon as text_lex
from factgen.claims import Claim
from factgen.labels import interval_label, interval_verdict, verdict_for
from factgen.models import Bound, Label, Relation
from factgen.quantities import extract_quantities, parse_quantity
from factgen.records import records_for_claim, select_variants
from factgen.variants import (
    day_before,
    designed,
    make_variants,
    person_names,
    person_roles,
    wrong_age,
    wrong_day,
)


def _claim(text: str, speaker: str | None = None) -> Claim:
    return Claim("a", 0, 0, len(text), text, speaker, tuple(extract_quantities(text)), "quantity", text)


@pytest.mark.parametrize(
    ("claim", "evidence", "label"),
    [
        ("$85 billion", "$58 billion", Label.REFUTED),
        ("more than $50 billion", "$58 billion", Label.SUPPORTED),
        ("$58 billion", "more than $50 billion", Label.NOT_ENOUGH_INFO),
        ("more than 400 delegates", "412 delegates", Label.SUPPORTED),
        ("412 delegates", "more than 400 delegates", Label.NOT_ENOUGH_INFO),
        ("$58.3 billion", "$58 billion", Label.NOT_ENOUGH_INFO),
        ("fewer than 30,000 civilians", "more than 35,000 civilians", Label.REFUTED),
        ("between $50 billion and $60 billion", "$58 billion", Label.SUPPORTED),
    ],
)
def test_the_quantity_rule_on_the_design_examples(claim: str, evidence: str, label: Label) -> None:
    verdict = interval_verdict(parse_quantity(claim), parse_quantity(evidence))
    assert verdict.label is label
    assert verdict.rule == "quantity.interval"
    assert verdict.rationale.startswith(f"claim says {claim}; the evidence says {evidence}")


amounts = st.integers(min_value=2, max_value=999)
scales = st.sampled_from(["million", "billion"])
nouns = st.sampled_from(["$", "€", "£"])


@given(amounts, scales, nouns)
def test_every_quantity_variant_is_labelled_by_the_interval_relation(n: int, scale: str, symbol: str) -> None:
    """The label is a function of the claim's and the evidence's intervals, as the normaliser reads them."""
    claim = _claim(f"The agency spent {symbol}{n} {scale} on roads last year.")
    rewrites = [r for r in make_variants(claim) if r.family == "quantity"]
    assert rewrites, claim.text
    for rewrite in rewrites:
        assert rewrite.claim_quantity is not None
        assert rewrite.evidence_quantity is not None
        reread = parse_quantity(rewrite.claim_quantity.surface)
        expected = interval_label(reread.interval.relation(parse_quantity(f"{symbol}{n} {scale}").interval))
        assert verdict_for(rewrite, claim.text).label is expected
        assert rewrite.text.replace(rewrite.claim_quantity.surface, "X") == claim.text.replace(
            claim.quantities[0].surface, "X"
        )


@given(amounts, scales)
def test_quantity_variants_of_an_exact_figure_are_supported_or_refuted_never_not_enough_info(
    n: int, scale: str
) -> None:
    """NOT_ENOUGH_INFO only by design, never from rounding: against an exact figure a rewrite holds or is off."""
    claim = _claim(f"The agency spent ${n} {scale} on roads last year.")
    labels = {verdict_for(r, claim.text).label for r in make_variants(claim) if r.family == "quantity"}
    assert labels == {Label.SUPPORTED, Label.REFUTED}


@given(st.integers(min_value=11, max_value=999).map(lambda n: n * 100))
def test_a_bound_in_the_evidence_gives_all_three_labels(n: int) -> None:
    claim = _claim(f"Officials said more than {n:,} people were displaced by the storm.")
    labels = {verdict_for(r, claim.text).label for r in make_variants(claim) if r.family == "quantity"}
    assert labels == {Label.SUPPORTED, Label.REFUTED, Label.NOT_ENOUGH_INFO}


def test_a_bound_as_evidence_never_refutes_a_value_it_allows() -> None:
    claim = _claim("Since 2022, more than 35,000 civilians have been killed in the war.")
    for rewrite in make_variants(claim):
        exact = rewrite.claim_quantity is not None and rewrite.claim_quantity.bound is Bound.EXACT
        if rewrite.family == "quantity" and exact and rewrite.claim_quantity and rewrite.claim_quantity.value:
            inside = rewrite.claim_quantity.value > Decimal(35000)
            assert (verdict_for(rewrite, claim.text).label is Label.REFUTED) == (not inside)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States has so far provided $58 billion in military assistance to Ukraine.",
            "The United States has not so far provided $58 billion in military assistance to Ukraine.",
        ),
        (
            "The White House has not changed its policy about long-range missiles, John Kirby said Friday.",
            "The White House has changed its policy about long-range missiles, John Kirby said Friday.",
        ),
        (
            "Austin pledged another $250 million for air defense.",
            "Austin did not pledge another $250 million for air defense.",
        ),
    ],
)
def test_polarity_rewrites(text: str, expected: str) -> None:
    """A negation before a figure denies it: made as a denial of the evidence's own figure (with its twin)."""
    polarity = {r.text: r for r in make_variants(_claim(text)) if r.family == "polarity"}
    assert verdict_for(polarity[expected], text).label is Label.REFUTED


@pytest.mark.parametrize(
    "text",
    [
        "“We will not stop,” he said, and the ministry has confirmed it.",  # quoted speech
        "When Russia invaded, the U.S. has sent weapons to Kyiv.",  # two clauses
        "More than 35,000 civilians have been killed since 2022.",  # a bound: negation scope is ambiguous
        "The U.S. has sent aid and the EU has sent money.",  # two auxiliaries
    ],
)
def test_no_polarity_rewrite_where_it_is_ambiguous(text: str) -> None:
    assert [r for r in make_variants(_claim(text)) if r.family == "polarity"] == []


def test_entity_swap_uses_people_of_the_corpus_and_can_be_switched_off() -> None:
    people = person_names(["Secretary of State Antony Blinken spoke.", "spokesman John Kirby said it."])
    claim = _claim("John Kirby said the policy had not changed on Friday.")
    swaps = [r for r in make_variants(claim, people=people) if r.family == "entity"]
    assert [r.text for r in swaps] == ["Antony Blinken said the policy had not changed on Friday."]
    assert verdict_for(swaps[0], claim.text).label is Label.REFUTED
    off = make_variants(claim, people=people, rules=frozenset({"quantity", "polarity"}))
    assert [r for r in off if r.family == "entity"] == []


_STORY = (  # one story's sentences: who the story names, and with which title
    "Economy Minister Sergio Massa conceded defeat on Sunday.",
    "President-elect Javier Milei thanked his voters.",
    "Former US President Donald Trump congratulated Milei.",
    "Governor Axel Kicillof of Buenos Aires and Governor Maximiliano Pullaro spoke.",
    "Finance Minister Luis Caputo and Economy Minister Sergio Massa met.",
)


@pytest.mark.parametrize(
    ("claim", "swaps"),
    [
        # issue 15: "against Economy Minister Donald Trump" (read on the dev corpus): no one else was Economy
        # Minister, so title and name are swapped together, each person under a title the story gave them
        (
            "Milei won the runoff against Economy Minister Sergio Massa on Sunday.",
            [
                "Milei won the runoff against Finance Minister Luis Caputo on Sunday."
            ],  # a minister for a minister
        ),
        (
            "Milei won against Argentina’s Economy Minister Sergio Massa, and Massa conceded.",
            ["Milei won against Argentina’s Finance Minister Luis Caputo, and Massa conceded."],
        ),
        # the end of a longer title is no title to swap under ("National Security Council spokesman")
        ("Milei thanked Argentine National Security Council Minister Sergio Massa.", []),
        # a person the story gave the same title is swapped in
        (
            "Governor Axel Kicillof said turnout was high.",
            ["Governor Maximiliano Pullaro said turnout was high."],
        ),
        # no title before the name, but the story gave one: only those the story gave a title of its kind
        # ("Donald Trump conceded defeat" for the Economy Minister was read on the dev corpus: absurd, not false)
        ("Sergio Massa conceded defeat.", ["Luis Caputo conceded defeat."]),
        # a person the story gives no title: the swap walks the whole inventory
        (
            "Donald Trump spoke on Monday.",
            [
                "Javier Milei spoke on Monday.",  # the sorted inventory walked on from the name, cyclically
                "Luis Caputo spoke on Monday.",
                "Maximiliano Pullaro spoke on Monday.",
                "Sergio Massa spoke on Monday.",
                "Axel Kicillof spoke on Monday.",
            ],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_titled_person_is_swapped_only_for_one_the_story_gave_the_same_title(
    claim: str, swaps: list[str]
) -> None:
    assert _swaps(_STORY, claim) == swaps
    # without the story's titles, a titled person is swapped for nobody
    if any(t in claim for t in ("Minister", "President", "Governor")):
        people = sorted(person_roles(_STORY))
        assert [r for r in make_variants(_claim(claim), people=people) if r.family == "entity"] == []


def _swaps(story: tuple[str, ...], claim: str) -> list[str]:
    """The entity swaps of ``claim`` with the people and titles of ``story``."""
    roles = person_roles(story)
    return [
        r.text
        for r in make_variants(_claim(claim), people=sorted(roles), roles=roles)
        if r.family == "entity"
    ]


_WAR_STORY = (
    "Ukrainian President Volodymyr Zelenskyy asked for long-range weapons.",
    "Russian President Vladimir Putin warned the West.",
    "President Joe Biden approved the request, Secretary of State Antony Blinken said.",
    "U.S. Secretary of Defense Lloyd Austin pledged $250 million.",
    "Ukrainian Foreign Minister Dmytro Kuleba welcomed it.",
)


@pytest.mark.parametrize(
    ("claim", "swaps"),
    [
        # read on the seeds: "Russian President Vladimir Putin has urged Western partners to allow Kyiv to ... strike
        # inside Russia" and "President Joe Biden has repeatedly asked the U.S.-led coalition providing him with
        # military assistance": a title that names a country goes only to one that names the same country
        ("Ukrainian President Volodymyr Zelenskyy urged Western partners to act.", []),
        (
            "Ukrainian President Volodymyr Zelenskyy met Ukrainian Foreign Minister Dmytro Kuleba.",
            [],
        ),  # the only other Ukrainian is already in the claim
        # a title that names no country may go to one that names any: both U.S. secretaries
        (
            "Biden approved it, Secretary of State Antony Blinken said.",
            ["Biden approved it, U.S. Secretary of Defense Lloyd Austin said."],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_title_that_names_a_country_is_swapped_only_within_that_country(
    claim: str, swaps: list[str]
) -> None:
    assert _swaps(_WAR_STORY, claim) == swaps


def test_person_roles_name_each_title_a_story_gave() -> None:
    assert person_roles(_STORY) == {
        "Axel Kicillof": frozenset({"Governor"}),
        "Donald Trump": frozenset(),  # "Former US President": a title read only in part is none
        "Javier Milei": frozenset({"President-elect"}),
        "Luis Caputo": frozenset({"Finance Minister"}),
        "Maximiliano Pullaro": frozenset({"Governor"}),
        "Sergio Massa": frozenset({"Economy Minister"}),
    }


def test_records_for_a_claim_are_a_reproducible_choice() -> None:
    claim = _claim("The agency spent $58 billion on roads last year.")
    rewrites = make_variants(claim)
    first = [r.model_dump() for r in records_for_claim(claim, rewrites, seed=3)]
    again = [r.model_dump() for r in records_for_claim(claim, rewrites, seed=3)]
    assert first == again
    assert first[0]["verdict"]["rule"] == "extracted.as_written"
    assert {r["group_id"] for r in first} == {first[0]["group_id"]}
    assert all(r["provenance"]["parent_id"] == first[0]["id"] for r in first[1:])
    seeds = {tuple(r.id for r in records_for_claim(claim, rewrites, seed=s)) for s in range(8)}
    assert len(seeds) > 1  # the seed does change the choice


def test_select_variants_keeps_few_quantity_rewrites_per_label() -> None:
    """Two twins (one per label each), the classic transposition beside them: at most three per label."""
    claim = _claim("The agency spent $58 billion on roads last year.")
    for seed in range(8):
        chosen = select_variants(
            make_variants(claim), rng=random.Random(seed), verdict_of=lambda r: verdict_for(r, claim.text)
        )
        for label in Label:
            assert sum(1 for r, v in chosen if r.family == "quantity" and v.label is label) <= 3
        assert "The agency spent $85 billion on roads last year." in [r.text for r, _ in chosen]


# --------------------------------------------------------------------------- plausible, grammatical rewrites
# Case tables: sentences written in the shapes issue 15 lists (identifiers, adjectival numbers, parts of a whole).

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BOUND_AFTER_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:more than|less than|fewer than|about|at least|between)\b",
    re.IGNORECASE,
)


def _numbers(text: str) -> list[Decimal]:
    return [Decimal(n.replace(",", "")) for n in _NUMBER.findall(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Leaders at COP29 pledged $300 billion a year for climate finance.", "COP29"),
        ("The F-35 fleet cost $80 million per jet last year.", "F-35"),
        ("Fans spent $1.2 billion during Euro 2024 in Germany.", "Euro 2024"),
        ("Modi's party won 240 seats in the Lok Sabha 2024 elections.", "Lok Sabha 2024"),
        ("Boeing 737 deliveries rose to 44 planes in May.", "Boeing 737"),
        ("The G7 agreed to lend Ukraine $50 billion.", "G7"),
        ("Starmer spoke outside 10 Downing Street to 300 staff.", "10 Downing Street"),
    ],
    ids=lambda v: str(v)[:30],
)
def test_identifiers_and_names_with_digits_are_never_rewritten(text: str, kept: str) -> None:
    rewrites = make_variants(_claim(text))
    assert rewrites
    assert all(kept in r.text for r in rewrites), [r.text for r in rewrites if kept not in r.text]


@pytest.mark.parametrize(
    "text",
    [
        "Download: Full Size (1.5 MB) of the photo.",
        "The summit opened in 2024 with ministers from Europe.",
    ],
)
def test_file_sizes_and_years_get_no_quantity_rewrite(text: str) -> None:
    assert [r for r in make_variants(_claim(text)) if r.family == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The new $2.8 billion package was signed on Friday.", "new about"),
        ("Labour secured an 80-seat majority in parliament.", "about 80-seat"),
        ("Its 650 seats were contested by nine parties.", "Its more"),
        ("Astonishingly, Kiptum, 23, ran his first marathon in 2022.", "fewer than"),
    ],
)
def test_no_bound_between_a_determiner_and_its_noun_or_on_an_adjectival_number(
    text: str, forbidden: str
) -> None:
    rewrites = make_variants(_claim(text))
    assert rewrites
    for r in rewrites:
        assert forbidden not in r.text
        assert not _BOUND_AFTER_DETERMINER.search(r.text), r.text


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # issue 15: "passed a long-delayed between $130 billion and $160 billion foreign aid package"
        ("The Senate passed a long-delayed $95 billion foreign aid package.", False),
        ("Congress approved the much-needed $61 billion package for Ukraine.", False),
        ("The board approved an additional $40 billion budget for schools.", False),
        ("The city unveiled a new record $12 billion plan for housing.", False),
        ("Lawmakers passed a delayed $95 billion aid bill on Tuesday.", False),
        ("The country faces a massive $5 billion debt payment.", False),
        # no determiner before the modifiers, or a verb between: bounds stay
        ("The Senate passed $95 billion in foreign aid on Tuesday.", True),
        ("The total reached 95 people on Monday, officials said.", True),
        ("The deal provided $95 billion in foreign aid.", True),
        ("The bill, delayed for months, gave $95 billion in aid.", True),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_no_bound_between_a_determiner_its_modifiers_and_its_noun(text: str, hedged: bool) -> None:
    quantity = [r for r in make_variants(_claim(text)) if r.family == "quantity"]
    assert any(r.transformation == "quantity.shift" for r in quantity)  # another plain number stays
    assert any(r.transformation in _HEDGED for r in quantity) is hedged, [r.text for r in quantity]


def test_an_adjectival_number_keeps_its_article_in_agreement() -> None:
    texts = [r.text for r in make_variants(_claim("Labour secured an 80-seat majority in parliament."))]
    assert "Labour secured a 40-seat majority in parliament." in texts
    assert all(" a 8" not in t and " an 4" not in t for t in texts)


def test_a_count_stays_whole_and_a_range_is_never_wider_than_the_value() -> None:
    for r in make_variants(_claim("Only 3 seats went to the Greens in the north.")):
        assert all(n == n.to_integral_value() for n in _numbers(r.text)), r.text
    for r in make_variants(_claim("The agency spent $58 billion on roads last year.")):
        q = r.claim_quantity
        if (
            r.transformation == "quantity.range"
            and q is not None
            and q.low is not None
            and q.high is not None
        ):
            assert q.high - q.low <= Decimal("58e9"), r.text


def test_equivalent_renderings_and_roundings_are_supported() -> None:
    claim = _claim("The United States has provided $58 billion in military aid.")
    supported = {r.text for r in make_variants(claim) if verdict_for(r, claim.text).label is Label.SUPPORTED}
    assert "The United States has provided $58bn in military aid." in supported
    assert "The United States has provided 58 billion dollars in military aid." in supported
    assert "The United States has provided about $60 billion in military aid." in supported
    assert "The United States has provided more than $46 billion in military aid." in supported
    thousands = _claim("Officials counted 35,000 people at the rally.")
    assert "Officials counted 35 thousand people at the rally." in {r.text for r in make_variants(thousands)}


@pytest.mark.parametrize(
    ("text", "not_in"),
    [
        ("The death toll was nearing 140 people, officials said.", "about 100"),  # read on the dev corpus
        ("The agency counted 140 new cases in the outbreak.", "about 100"),
        ("The fund lent 1.4 billion dollars to farmers.", "about 1 billion"),
    ],
)
def test_an_approximation_rounds_by_at_most_a_tenth(text: str, not_in: str) -> None:
    """ "about 100" for 140 is a different figure to a reader, whatever the interval of "about 100" allows."""
    assert not any(not_in in r.text for r in make_variants(_claim(text)))


@pytest.mark.parametrize(
    "hedge", ["nearing", "nearly", "almost", "around", "some", "over", "at least", "up to"]
)
def test_no_bound_after_a_word_that_already_hedges_the_number(hedge: str) -> None:
    claim = _claim(f"The death toll was {hedge} 140 people, officials said.")
    for r in make_variants(claim):
        assert not re.search(
            rf"\b{hedge} (about|more than|fewer than|less than|at least|at most|between)\b", r.text
        )


_HEDGED = ("quantity.bound", "quantity.approximate", "quantity.range")


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # issue 15: "only won at least 79 seats", "only won more than 120 seats" (read on the dev corpus)
        ("The Congress party only won 99 seats for the INDIA bloc.", False),
        ("The party won only 99 seats in the election.", False),
        ("The fund merely gave $58 billion last year.", False),
        ("The party just won 40 seats in the election.", False),
        ("The company merely reported a 12% rise in sales.", False),
        # no limiter, or one too far from the number: bounds stay
        ("The Congress party won 99 seats for the INDIA bloc.", True),
        ("The fund gave $58 billion last year.", True),
        ("Only the Congress party won 99 seats for the INDIA bloc.", True),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_no_bound_approximation_or_range_right_after_only_just_or_merely(text: str, hedged: bool) -> None:
    quantity = [r for r in make_variants(_claim(text)) if r.family == "quantity"]
    assert any(r.transformation == "quantity.shift" for r in quantity)  # another plain number stays
    assert any(r.transformation in _HEDGED for r in quantity) is hedged


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        # issue 15: "securing between 21 and 26 and 12 seats, respectively"
        ("Labour and the Greens won 21 and 12 seats, respectively.", True),
        ("Turnout was 60%, 55% and 40% in the three rounds.", True),
        ("Donors pledged $5 billion and $3 billion for the two funds.", True),
        ("The two parties won 21 seats or 12 seats in each poll.", True),
        # one figure, or a second that is no member of a list with it: bounds and ranges stay
        ("Labour won 21 seats in the regional election.", False),
        ("The party won 21 seats and a 12% share of the vote.", False),
        ("In 2019, 303 seats went to the ruling party.", False),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_no_bound_or_range_on_a_member_of_a_list_of_figures(text: str, listed: bool) -> None:
    quantity = [r for r in make_variants(_claim(text)) if r.family == "quantity"]
    kinds = {r.transformation for r in quantity}
    assert "quantity.shift" in kinds  # another plain number stays
    assert ("quantity.range" in kinds) is not listed, [r.text for r in quantity]
    assert ("quantity.bound" in kinds) is not listed, [r.text for r in quantity]
    if listed:
        assert all(
            not re.search(r"\b(?:between|more than|fewer than|less than|at least)\b", r.text)
            for r in quantity
        )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # issue 15: "needs to win between 360 and 440 seats" was labelled NOT_ENOUGH_INFO; the requirement is 272
        ("A party or a coalition needs to win at least 272 seats to come to power.", None),
        ("The alliance was required to win 272 seats, officials said on Friday.", None),
        ("Labour needed 326 seats for a majority in the Commons.", None),
        ("The bloc fell short of the majority mark of 272 in the Lok Sabha.", None),
        ("The coalition secured 160 votes to form a government on Friday.", None),
        # a result beside a threshold is still rewritten; "a majority of 174" is a margin, not a requirement
        ("Labour won 410 seats, exceeding the majority mark of 326.", "410 seats"),
        ("The BJP won 240 seats, short of the 272 needed for a majority.", "240 seats"),
        ("Labour won a majority of 174 seats in the election.", "174 seats"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_no_quantity_rewrite_of_a_threshold_or_requirement(text: str, kept: str | None) -> None:
    rewrites = make_variants(_claim(text))
    changed = {r.evidence_quantity.surface for r in rewrites if r.evidence_quantity is not None}
    assert changed == ({kept} if kept else set())


def test_a_threshold_sentence_keeps_its_other_edits() -> None:
    text = "The alliance was required to win 272 seats, officials said on Friday."
    kinds = {r.transformation for r in make_variants(_claim(text, "officials"))}
    assert not any(k.startswith("quantity.") for k in kinds)
    assert {"detail.drop", "detail.swap"} <= kinds, kinds
    assert "polarity.negate" not in kinds  # it would deny the figure, with no twin to deny another


@pytest.mark.parametrize(
    "text",
    [
        "Meta has been fined €1.2 billion (£1 billion) by the regulator.",  # read on the dev corpus
        "The EU fined Apple €1.8 billion fine ($1.9 billion) for its rules.",
        "The city lent 40 million euros (about $43 million) to its farmers.",
        "The bank cut its rate by 50 basis points (or a half percent) on Wednesday.",  # read on the dev corpus
    ],
)
def test_an_amount_with_its_conversion_is_not_rewritten(text: str) -> None:
    """Rewriting one side of "€1.2 billion (£1 billion)" would leave the sentence contradicting itself."""
    assert [r.text for r in make_variants(_claim(text)) if r.family == "quantity"] == []


@pytest.mark.parametrize("verb", ["rose", "fell", "climbed", "jumped", "increased", "revised"])
def test_no_bound_or_range_right_after_a_verb_of_change(verb: str) -> None:
    claim = _claim(f"The death toll {verb} 95 on Monday morning, officials said.")
    for r in make_variants(claim):
        assert not re.search(rf"\b{verb} (about|more than|fewer than|at least|at most|between)\b", r.text)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Reform UK have 14.5 percent of the vote, officials said.", "Reform UK do not have 14.5 percent"),
        (
            "The Conservatives had 121 seats in the new parliament.",
            "The Conservatives did not have 121 seats",
        ),
        ("The city has a population of 40,000 people.", "The city does not have a population"),
        ("The U.S. has provided $58 billion in military aid.", "The U.S. has not provided $58 billion"),
    ],
)
def test_have_as_the_main_verb_is_negated_with_do(text: str, negated: str) -> None:
    """Read on the dev corpus: "Reform UK have not 14.5 percent of the vote" is no English sentence."""
    rewrites = [r.text for r in make_variants(_claim(text)) if r.transformation == "polarity.negate"]
    assert any(r.startswith(negated) for r in rewrites), rewrites


@pytest.mark.parametrize(
    "text",
    [
        "Sweden reported its first mpox case, becoming the first country outside Africa to report the strain.",
        "The opposition bloc was leading in the count, belying all exit poll predictions.",
        "The Fed raised its rate on Wednesday, lifting it to the highest level in 22 years.",
    ],
)
def test_a_clause_followed_by_a_participle_that_builds_on_it_is_not_negated(text: str) -> None:
    """Read on the dev corpus: "Sweden did not report its first mpox case, becoming the first country ..." denies
    what its second half goes on to build on, so it reads absurd rather than false."""
    assert [r for r in make_variants(_claim(text)) if r.family == "polarity"] == []


def test_a_clause_with_an_attribution_after_it_is_still_negated() -> None:
    claim = _claim("The outbreak has reached the county, according to the latest update.")
    negated = [r.text for r in make_variants(claim) if r.transformation == "polarity.negate"]
    assert negated == ["The outbreak has not reached the county, according to the latest update."]


def test_a_bound_with_an_intensifier_is_not_rewritten() -> None:
    """Read on the dev corpus: "Tipped to win well over 300 seats" became "Tipped to win well 150 seats"."""
    claim = _claim("The party was tipped to win well over 300 seats in the vote, officials said.")
    assert not any("well " in r.text and "well over" not in r.text for r in make_variants(claim))


def test_a_denial_is_made_only_where_the_negation_denies_the_figure() -> None:
    """Read on the dev corpus: "was not higher than previously thought, hitting a new record of 1.2 million" was
    SUPPORTED as a denial of the figure, but its "not" denies the comparison, which the evidence affirms."""
    claim = _claim(
        "Net migration in 2022 was higher than previously thought, hitting a new record of 745,000, officials said."
    )
    for r in make_variants(claim):
        if "not" in r.text.split():
            assert verdict_for(r, claim.text).label is not Label.SUPPORTED, r.text


def test_a_denial_of_a_larger_value_is_supported_and_of_the_same_value_refuted() -> None:
    claim = _claim("The United States has provided $58 billion in military aid.")
    denials = {
        r.text: verdict_for(r, claim.text)
        for r in make_variants(claim)
        if r.claim_quantity and r.family == "polarity"
    }
    assert denials["The United States has not provided $64 billion in military aid."].label is Label.SUPPORTED
    assert denials["The United States has not provided $58bn in military aid."].label is Label.REFUTED


def test_a_day_left_out_is_supported_and_a_day_moved_is_refuted() -> None:
    claim = _claim("Kenya's Kiptum won the race on Sunday in Chicago.")
    by_text = {r.text: verdict_for(r, claim.text).label for r in make_variants(claim)}
    assert by_text["Kenya's Kiptum won the race in Chicago."] is Label.SUPPORTED
    assert by_text["Kenya's Kiptum won the race on Wednesday in Chicago."] is Label.REFUTED


def test_an_attribution_is_moved_or_dropped_as_a_supported_claim() -> None:
    text = "The policy has not changed, National Security Council spokesman John Kirby said Friday."
    claim = _claim(text, speaker="John Kirby")
    moved = [r for r in make_variants(claim) if r.family == "attribution"]
    assert [r.text for r in moved] == [
        "According to John Kirby, the policy has not changed.",
        "The policy has not changed.",
    ]
    assert {verdict_for(r, text).label for r in moved} == {Label.SUPPORTED}


@pytest.mark.parametrize(
    ("text", "speaker", "moved"),
    [
        # issue 15: "According to Coast Guard, Six people who went missing ..." (read on the dev corpus)
        (
            "Six people who went missing are presumed dead, the US Coast Guard has said.",
            "Coast Guard",
            "According to the US Coast Guard, six people who went missing are presumed dead.",
        ),
        (
            "Twenty-five homes were destroyed, the agency said.",
            "agency",
            "According to the agency, twenty-five homes were destroyed.",
        ),
        (
            "Officials expect 300 arrivals, the city council said.",
            "city council",
            "According to the city council, officials expect 300 arrivals.",
        ),
        (
            "Its budget rose 5%, the Bank of England has said.",
            "Bank of England",
            "According to the Bank of England, its budget rose 5%.",
        ),
        # a name, an acronym or "I" keeps its capital; a person is named without the title before them
        (
            "Milei won 56% of the vote, spokesman Manuel Adorni said.",
            "Manuel Adorni",
            "According to Manuel Adorni, Milei won 56% of the vote.",
        ),
        (
            "NATO has 32 members, Secretary General Jens Stoltenberg said.",
            "Jens Stoltenberg",
            "According to Jens Stoltenberg, NATO has 32 members.",
        ),
        (
            "I will not resign, Boris Johnson said.",
            "Boris Johnson",
            "According to Boris Johnson, I will not resign.",
        ),
        (
            "The policy has not changed, spokesman John Kirby said Friday.",
            "John Kirby",
            "According to John Kirby, the policy has not changed.",
        ),
    ],
    ids=lambda v: v[:40],
)
def test_a_moved_attribution_lowers_a_common_first_word_and_keeps_an_institution_s_article(
    text: str, speaker: str, moved: str
) -> None:
    rewrites = [
        r.text for r in make_variants(_claim(text, speaker=speaker)) if r.transformation == "attribution.move"
    ]
    assert rewrites == [moved]


# --------------------------------------------------------------------------- properties


@given(st.integers(min_value=1, max_value=900), st.integers(min_value=2, max_value=999))
def test_a_variant_never_exceeds_a_stated_whole(part: int, whole: int) -> None:
    if part >= whole:
        part = whole - 1
    claim = _claim(f"The party won {part} of {whole} seats in the vote.")
    for r in make_variants(claim):
        if r.family == "quantity":
            before_whole = r.text.split(f" of {whole} seats")[0]
            assert all(n <= whole for n in _numbers(before_whole)), r.text


@given(st.integers(min_value=1, max_value=100), st.sampled_from(["%", " percent"]))
def test_shares_stay_between_0_and_100(pct: int, sign: str) -> None:
    for r in make_variants(_claim(f"Turnout reached {pct}{sign} in the capital.")):
        assert all(0 <= n <= 100 for n in _numbers(r.text)), r.text


@given(
    st.sampled_from(["the", "a", "an", "its", "their"]),
    st.sampled_from(["", "new ", "latest ", "record "]),
    st.integers(min_value=2, max_value=99),
)
def test_inserted_bounds_never_follow_a_determiner(det: str, adjective: str, n: int) -> None:
    text = f"Officials approved {det} {adjective}${n} billion package for roads."
    for r in make_variants(_claim(text)):
        assert not _BOUND_AFTER_DETERMINER.search(r.text), r.text


@given(
    st.sampled_from(["COP", "G", "F-", "A", "Euro "]),
    st.integers(min_value=1, max_value=2030),
    st.integers(min_value=2, max_value=999),
)
def test_identifiers_are_never_rewritten(prefix: str, n: int, amount: int) -> None:
    name = f"{prefix}{n}"
    for r in make_variants(_claim(f"Delegates at {name} pledged ${amount} million for schools.")):
        assert name in r.text, r.text


@given(amounts, scales)
def test_a_quantity_rewrite_is_inside_the_evidence_or_clearly_outside(n: int, scale: str) -> None:
    claim = _claim(f"The agency spent ${n} {scale} on roads last year.")
    for r in make_variants(claim):
        if r.family == "quantity" and r.claim_quantity and r.evidence_quantity:
            assert designed(r.claim_quantity, r.evidence_quantity), r.text


# --------------------------------------------------------------------------- a day written as its date (issue 15, 6)

REPORTED = date(2023, 10, 9)  # a Monday


MONTHS = [m.capitalize() for m in text_lex.MONTH_NAMES]


def _wrongly_dated(right: str, key: str, reported: date) -> str:
    """``right`` (a claim with its right date: "on October 8" or "8 October 2023") with the date ``wrong_day``
    draws for the claim ``key`` instead: the tables name the sentence and the right day, the draw the wrong one."""
    iso = re.search(r"(\d{1,2}) (\w+) (\d{4})", right)
    if iso is not None:
        meant = date(int(iso[3]), MONTHS.index(iso[2]) + 1, int(iso[1]))
        wrong = wrong_day(meant, key, latest=reported)
        return right.replace(iso[0], f"{wrong.day} {MONTHS[wrong.month - 1]} {wrong.year}")
    found = re.search(r"on (\w+) (\d{1,2})", right)
    assert found is not None
    meant = date(2023, MONTHS.index(found[1]) + 1, int(found[2]))
    wrong = wrong_day(meant, key, latest=reported)
    return right.replace(found[0], f"on {MONTHS[wrong.month - 1]} {wrong.day}")


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.text(max_size=40),
    st.integers(min_value=0, max_value=10),
)
def test_a_wrong_day_is_two_to_six_days_off_never_after_the_report_and_drawn_from_the_claim(
    meant: date, key: str, later: int
) -> None:
    reported = meant + timedelta(days=later)
    wrong = wrong_day(meant, key, latest=reported)
    assert 2 <= abs((wrong - meant).days) <= 6
    assert wrong <= reported
    assert wrong == wrong_day(meant, key, latest=reported)
    unbounded = wrong_day(meant, key)
    assert (unbounded.year, unbounded.month) == (
        meant.year,
        meant.month,
    )  # without a report date, the month stays
    if wrong > meant or meant.day > 6:
        assert (wrong.year, wrong.month) == (meant.year, meant.month)


def test_the_claims_of_one_story_do_not_share_one_wrong_day() -> None:
    meant = date(2023, 11, 19)
    claims = [f"Milei won the runoff on 19 November 2023, report {i} said." for i in range(40)]
    assert len({wrong_day(meant, c) for c in claims}) == 5


@pytest.mark.parametrize(
    ("text", "reported", "supported"),
    [
        (
            "Kenya's Kiptum won the race on Sunday in Chicago.",
            REPORTED,
            "Kenya's Kiptum won the race on October 8 in Chicago.",
        ),
        (
            "The policy has not changed, John Kirby said Friday.",
            REPORTED,
            "The policy has not changed, John Kirby said on October 6.",
        ),
        (  # the report's own day: "on Monday" in a Monday report is that Monday
            "The index fell 2% on Monday.",
            REPORTED,
            "The index fell 2% on October 9.",
        ),
        (  # early in the month, the wrong date is earlier still: a report of October 3 tells of no later day
            "Hamas released three hostages on Monday, officials said.",
            date(2023, 10, 3),
            "Hamas released three hostages on October 2, officials said.",
        ),
    ],
)
def test_a_day_becomes_its_date_from_the_report_and_a_wrong_date(
    text: str, reported: date, supported: str
) -> None:
    claim = _claim(text)
    dated = [r for r in make_variants(claim, published=reported) if r.family == "detail"]
    assert {r.text: verdict_for(r, text).label for r in dated} == {
        supported: Label.SUPPORTED,
        _wrongly_dated(supported, text, reported): Label.REFUTED,
    }
    assert {r.transformation for r in dated} == {"detail.date"}  # one edit type, both labels


@pytest.mark.parametrize(
    "text",
    [
        "The leaders will meet on Friday in Brussels.",  # looks ahead: next Friday, not the last
        "The vote is scheduled on Thursday.",
        "The bank cut its rate on Thursday, August 1.",  # already dated
        "Talks began on Monday and ended on Friday.",  # two days: which one moved is not clear
        "Officials announced Tuesday night they were switching to a recovery mission on Wednesday.",  # ahead
        "Containment jumped to 55% on Thursday morning, up from 45% a day earlier.",  # "on January 16 morning"
    ],
)
def test_no_date_where_the_day_is_ahead_already_dated_or_not_one(text: str) -> None:
    assert not [r for r in make_variants(_claim(text), published=REPORTED) if r.family == "detail"]


def test_without_the_report_date_a_day_is_dropped_or_moved_instead() -> None:
    text = "Kenya's Kiptum won the race on Sunday in Chicago."
    kinds = {r.transformation for r in make_variants(_claim(text)) if r.family == "detail"}
    assert kinds == {"detail.drop", "detail.swap"}


@given(st.dates(date(2000, 1, 1), date(2035, 12, 31)), st.sampled_from(range(7)))
def test_a_dated_day_is_that_weekday_within_the_week_before_the_report(reported: date, weekday: int) -> None:
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    text = f"The ministry said on {names[weekday]} that 40 people had died."
    dated = [r for r in make_variants(_claim(text), published=reported) if r.family == "detail"]
    assert len(dated) == 2
    for rewrite in dated:
        assert rewrite.dates is not None
        meant, written = rewrite.dates
        assert meant == day_before(reported, names[weekday])
        assert meant.weekday() == weekday
        assert timedelta(0) <= reported - meant < timedelta(days=7)
        label = verdict_for(rewrite, text).label
        # the right date holds; the wrong one is another day, never after the report, of the same month unless
        # the report's date leaves no later day in it
        assert label is (Label.SUPPORTED if written == meant else Label.REFUTED)
        assert written <= reported
        if (written.year, written.month) != (meant.year, meant.month):
            assert written < meant <= reported < meant + timedelta(days=6)
            assert meant.day <= 6
        assert f"on {written:%B} {written.day} " in rewrite.text


def test_a_rendering_comes_with_a_refuted_twin_in_its_style() -> None:
    """ "$58bn" for "$58 billion" is SUPPORTED, "$85bn" REFUTED: both renderings, so the style is no label."""
    claim = _claim("The U.S. has provided $58 billion in military aid.")
    labels = {
        r.text: verdict_for(r, claim.text).label
        for r in make_variants(claim)
        if r.transformation == "quantity.rendering"
    }
    assert labels["The U.S. has provided $58bn in military aid."] is Label.SUPPORTED
    assert labels["The U.S. has provided $85bn in military aid."] is Label.REFUTED
    assert {*labels.values()} == {Label.SUPPORTED, Label.REFUTED}


# --------------------------------------------------------------------------- a change keeps its direction


def _rewritten_values(text: str) -> list[Decimal]:
    """Every number a quantity rewrite of ``text`` writes in place of its first figure ("about 5%": 5)."""
    return [
        Decimal(n.replace(",", ""))
        for r in make_variants(_claim(text))
        if r.family == "quantity" and r.claim_quantity is not None
        for n in re.findall(r"\d[\d,]*(?:\.\d+)?", r.claim_quantity.surface)
    ]


@pytest.mark.parametrize(
    ("text", "below", "above"),
    [
        ("The Bank of England cut its rate to 5% from 5.25% on Thursday.", Decimal("5.25"), None),
        ("Unemployment rose to 4.3% from 4.1% in July.", None, Decimal("4.1")),
        ("Inflation fell to 2.2% from 2.6% in the year to July.", Decimal("2.6"), None),
        ("The bank raised its main rate to 11.25% from 10.75%.", None, Decimal("10.75")),
        (
            "The Bank of England has cut interest rates to 5% from a 16-year high of 5.25%.",
            Decimal("5.25"),
            None,
        ),
        (  # "up from" after the figure says the side, with words between
            "Containment of the Eaton fire jumped to 55% on Thursday morning, up from 45% a day earlier.",
            None,
            Decimal(45),
        ),
        (
            "Turnout stood at 60% on Thursday, down from 67% in 2019.",
            Decimal(67),
            None,
        ),  # no verb of change
        ("Unemployment was 4.3% in July, up from 4.1% in June.", None, Decimal("4.1")),
    ],
)
def test_a_rewritten_end_of_a_change_stays_on_the_side_its_verb_says(
    text: str, below: Decimal | None, above: Decimal | None
) -> None:
    """ "cut to 8% from 5.25%" is no sentence: a cut cannot end above where it started."""
    values = _rewritten_values(text)
    assert values  # the figure is still rewritten, within what the sentence allows
    if below is not None:
        assert all(v < below for v in values)
    if above is not None:
        assert all(v > above for v in values)


@given(
    st.integers(10, 900).map(lambda n: Decimal(n) / 10),
    st.integers(1, 300).map(lambda n: Decimal(n) / 100),
    st.sampled_from([("cut", True), ("lowered", True), ("raised", False), ("lifted", False)]),
)
def test_a_change_never_turns_back_on_itself(start: Decimal, step: Decimal, verb: tuple[str, bool]) -> None:
    word, down = verb
    end = start - step if down else start + step
    if end <= 0:
        return
    text = f"The central bank {word} its main rate to {end}% from {start}% on Thursday."
    for v in _rewritten_values(text):
        assert v < start if down else v > start


def test_a_bound_after_a_verb_of_change_is_not_dropped() -> None:
    """ "rose above 95" -> "rose 59" would say by how much the toll rose: another measure, so no rewrite."""
    assert _rewritten_values("The death toll rose above 95 on Monday morning, officials said.") == []


def test_one_end_of_a_range_is_not_rewritten_alone() -> None:
    """Read on the dev corpus: "to 4-3/4 to 5%" became "to 4-3/4 to 8 percent"."""
    text = "The Committee decided to lower the target range by 1/2 percentage point to 4-3/4 to 5%."
    assert _rewritten_values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Conservatives have 121 seats and a 23.7% vote share in the general election.",  # the lead's reading
        "The Green Party has 6.8% of the vote and two seats in the general election.",  # a figure in words
        "The Liberal Democrats are predicted to win 72 seats, Reform UK 13, and the SNP 10.",
        "Most people arriving were non-EU nationals (968,000), followed by EU nationals.",  # the figure an aside
    ],
)
def test_no_denial_over_a_list_of_figures_or_of_an_aside(text: str) -> None:
    """ "do not have 150 seats and a 22.8% share" may deny either figure: no SUPPORTED reading is certain."""
    assert not [r for r in make_variants(_claim(text)) if r.family == "polarity" and r.claim_quantity]


@given(st.integers(20, 900), st.sampled_from(["$", ""]), st.sampled_from([" billion", " million"]))
def test_a_denied_figure_is_the_evidence_s_own_or_clearly_above_it(n: int, symbol: str, scale: str) -> None:
    """Below the evidence's figure, a denial ("has not provided $29bn" for $58bn) is false for a reader who
    takes the figure as "at least": never made."""
    claim = _claim(f"The agency has provided {symbol}{n}{scale} in aid to the region.")
    for r in make_variants(claim):
        if r.family == "polarity" and r.claim_quantity and r.evidence_quantity:
            q, e = r.claim_quantity, r.evidence_quantity
            same = q.interval.relation(e.interval) is Relation.CONTAINS
            assert same or (q.low is not None and e.high is not None and q.low >= e.high)


# --------------------------------------------------------------------------- a resolved year, the twin of the claim


def _resolved(text: str, claim: str) -> Claim:
    q = tuple(extract_quantities(claim))
    return Claim("a", 0, 0, len(text), text, None, q, "quantity", claim, ("context.year",))


@pytest.mark.parametrize(
    ("text", "claim", "refuted"),
    [
        (
            "Africa has reported over 14,000 cases of Mpox and 524 deaths this year.",
            "Africa has reported over 14,000 cases of Mpox and 524 deaths in 2024.",
            "Africa has reported over 14,000 cases of Mpox and 524 deaths in 2023.",
        ),
        (
            "Kiptum took 34 seconds off the mark set at last year's Berlin Marathon.",
            "Kiptum took 34 seconds off the mark set at the 2022 Berlin Marathon.",
            "Kiptum took 34 seconds off the mark set at the 2021 Berlin Marathon.",
        ),
    ],
)
def test_a_resolved_year_written_as_the_year_before_is_refuted(text: str, claim: str, refuted: str) -> None:
    """The claim as written ("in 2024" for "this year") is SUPPORTED; its twin with the year before, REFUTED."""
    years = [r for r in make_variants(_resolved(text, claim)) if r.transformation == "detail.year"]
    assert [(r.text, verdict_for(r, claim).label) for r in years] == [(refuted, Label.REFUTED)]


@pytest.mark.parametrize(
    ("text", "claim", "rewrites", "made"),
    [
        ("Deaths rose this year.", "Deaths rose in 2024.", (), []),  # no context.year: not made from the date
        ("Deaths rose in 2024.", "Deaths rose in 2024.", ("context.year",), []),  # the year was in the source
        (
            "Deaths rose this year.",
            "Deaths rose in 2024, and in 2024.",
            ("context.year",),
            [],
        ),  # twice: which?
        (
            "Deaths in 2022 rose this year.",
            "Deaths in 2022 rose in 2024.",
            ("context.year",),
            ["Deaths in 2022 rose in 2023."],
        ),
    ],
)
def test_a_year_twin_only_for_the_one_year_made_from_the_date(
    text: str, claim: str, rewrites: tuple[str, ...], made: list[str]
) -> None:
    c = Claim("a", 0, 0, len(text), text, None, (), "quantity", claim, rewrites)
    assert [r.text for r in make_variants(c) if r.transformation == "detail.year"] == made


@given(st.integers(1990, 2035), st.sampled_from(["this year", "last year"]))
def test_a_year_twin_changes_only_the_resolved_year(year: int, said: str) -> None:
    text = f"Exports grew 4% {said}, the ministry said."
    claim = text.replace(said, f"in {year}")
    years = [r for r in make_variants(_resolved(text, claim)) if r.transformation == "detail.year"]
    assert len(years) == 1
    assert years[0].text == claim.replace(str(year), str(year - 1))
    assert verdict_for(years[0], claim).label is Label.REFUTED


@pytest.mark.parametrize(
    ("source", "reported", "claim"),
    [
        (
            "Kiptum won the race on Sunday in Chicago.",
            date(2023, 10, 9),
            "Kelvin Kiptum won the race on 8 October 2023 in Chicago.",
        ),
        (  # early in the month, the report's date bounds the wrong date: it goes back into September
            "The EU yesterday hit Apple with a €1.8 billion fine.",
            date(2023, 10, 3),
            "The EU on 2 October 2023 hit Apple with a €1.8 billion fine.",
        ),
    ],
)
def test_a_day_the_claim_dated_has_a_wrong_date_twin(source: str, reported: date, claim: str) -> None:
    """A claim that already dates its day (``context.day``) is itself the right date (SUPPORTED, as written): its
    twin is a date two to six days off in the same month, REFUTED."""
    dated = Claim(
        "a",
        0,
        0,
        len(source),
        source,
        None,
        tuple(extract_quantities(claim)),
        "quantity",
        claim,
        ("context.day",),
    )
    rewrites = [r for r in make_variants(dated, published=reported) if r.family == "detail"]
    assert [(r.text, r.transformation, verdict_for(r, source).label) for r in rewrites] == [
        (_wrongly_dated(claim, claim, reported), "detail.date", Label.REFUTED)
    ]


@given(st.integers(min_value=1, max_value=120), st.text(max_size=40))
def test_a_wrong_age_is_two_to_five_years_off_never_below_two_and_drawn_from_the_claim(
    age: int, key: str
) -> None:
    wrong = wrong_age(Decimal(age), key)
    assert 2 <= abs(wrong - age) <= 5
    assert wrong > 1
    assert wrong == wrong_age(Decimal(age), key)


@pytest.mark.parametrize(
    "text",
    [
        "Sifan Hassan, 30, who has won two world titles, was running only her second marathon.",
        "The hostages, Romi Gonen, 24, and Emily Damari, 28, were freed on Sunday.",
    ],
)
def test_an_age_beside_a_name_is_only_shifted_by_a_few_years(text: str) -> None:
    """Not halved ("Sifan Hassan, 15"), transposed, bounded ("at least 24") nor spelled out: an age is changed
    into one the person could be, which only the evidence refutes."""
    claim = _claim(text)
    age = claim.quantities[0]
    assert age.value is not None
    rewrites = [v for v in make_variants(claim) if v.family == "quantity"]
    assert [r.transformation for r in rewrites] == ["quantity.shift"]
    (rewrite,) = rewrites
    assert rewrite.claim_quantity is not None
    assert rewrite.claim_quantity.value is not None
    assert 2 <= abs(rewrite.claim_quantity.value - age.value) <= 5
    assert rewrite.text == text[: age.start] + str(rewrite.claim_quantity.value) + text[age.end :]


@pytest.mark.parametrize(
    "text",
    [
        "Labour won 412 seats in the election.",
        "Sifan Hassan beat 30 rivals, her coach said.",
    ],
)
def test_a_count_that_is_not_an_age_keeps_its_rewrites(text: str) -> None:
    """A count is still halved, bounded and ranged: only an age set off after a name is not."""
    claim = _claim(text)
    transformations = {v.transformation for v in make_variants(claim) if v.family == "quantity"}
    assert {"quantity.shift", "quantity.bound"} <= transformations


def test_a_rewrite_past_999_of_a_number_too_short_to_show_a_style_groups_its_digits() -> None:
    """Read on the dev corpus: "a target of ... 1000 with its allies" for 400; news style writes "1,000". A number
    that showed its style keeps it ("1500 people" stays ungrouped)."""
    grouped = [
        r.text
        for r in make_variants(_claim("The party set a target of 400 seats in the vote."))
        if "000" in r.text
    ]
    assert grouped
    assert all(re.search(r"\d,000 seats", t) for t in grouped), grouped
    plain = [r.text for r in make_variants(_claim("The agency said 1500 people were moved on Monday."))]
    assert not any(re.search(r"\d,\d{3} people", t) for t in plain), plain


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # read on the dev corpus: "a record fine of between 0.48 billion and 0.84 billion euros", "0.8 million power
        # customers": a value below its scale word steps the word down, as news copy writes it
        ("The regulator imposed a record fine of 1.2 billion euros on Globex.", "480 million"),
        ("About 1.2 million power customers in Freedonia were left in the dark.", "840,000 power customers"),
        ("The House passed a $1.1bn aid package on Saturday.", "$550m"),
    ],
)
def test_a_value_below_its_scale_word_is_written_with_the_next_one_down(text: str, written: str) -> None:
    rewrites = [r.claim_quantity.surface for r in make_variants(_claim(text)) if r.claim_quantity is not None]
    assert any(written in s for s in rewrites), rewrites
    assert not any(re.search(r"(?<![\d.])0\.\d+\s?(?:billion|million|bn|m)\b", s) for s in rewrites), rewrites


@given(
    st.integers(1, 9_999).map(lambda n: Decimal(n) / 10), st.sampled_from([" billion", "bn", " million", "m"])
)
def test_every_rewrite_of_a_scaled_amount_reads_back_to_its_value(value: Decimal, scale: str) -> None:
    """Whatever scale a rewrite steps down to, the normaliser reads the written amount back as the value it meant."""
    text = f"The fund paid ${value}{scale} to Freedonia."
    for r in make_variants(_claim(text)):
        if r.family == "quantity" and r.claim_quantity is not None and r.claim_quantity.value is not None:
            written = re.sub(r"^(?:about|more than|less than|at least)\s+", "", r.claim_quantity.surface)
            assert parse_quantity(written).value == r.claim_quantity.value


@pytest.mark.parametrize(
    "text",
    [
        "Lake Lure, a resort town of 1,400 people, was hit hard.",
        "Officials counted 35,000 people at the rally.",
    ],
)
def test_thousand_is_written_only_for_whole_thousands(text: str) -> None:
    """Read on the dev corpus: "a resort town of 1.4 thousand people", "4.8 thousand flights": "35 thousand" is news
    copy, a fraction of a thousand is not."""
    surfaces = [r.claim_quantity.surface for r in make_variants(_claim(text)) if r.claim_quantity is not None]
    assert surfaces
    assert not any(re.search(r"\d\.\d+ thousand", s) for s in surfaces), surfaces


@pytest.mark.parametrize(
    "text", ["The chamber has 543 members, officials said.", "Net migration hit 745,000 last year."]
)
def test_about_another_figure_is_never_finer_than_two_digits(text: str) -> None:
    """Read on the dev corpus: "about 453 members" for 543 reads as no one speaks; "about 450 members" does."""
    original = _claim(text).quantities[0].value
    about = [
        r.claim_quantity
        for r in make_variants(_claim(text))
        if r.transformation == "quantity.approximate" and r.claim_quantity is not None
    ]
    others = [q for q in about if q.value != original]
    assert others
    for q in others:
        assert q.value is not None
        assert len(q.value.normalize().as_tuple().digits) <= 2, q.surface


@given(st.integers(10, 99_999))
def test_about_another_figure_lies_a_tenth_off_at_least(n: int) -> None:
    """Read on the dev corpus: "about 530 members" for 543 is REFUTED by the interval but not to a careful reader,
    for whom "about" covers 543. An approximation of another figure lies at least a tenth from the evidence's."""
    text = f"Officials counted {n:,} people at the rally."
    for r in make_variants(_claim(text)):
        if r.transformation == "quantity.approximate" and verdict_for(r, text).label is Label.REFUTED:
            assert r.claim_quantity is not None
            assert r.claim_quantity.value is not None
            assert abs(r.claim_quantity.value - n) >= Decimal(n) / 10, r.claim_quantity.surface


def test_an_attribution_dropped_after_an_abbreviation_keeps_one_period() -> None:
    """Read on the dev corpus: "... roared ashore in Siesta Key, Florida, at 8:30 p.m.." after "the Center said"."""
    text = "Milton roared ashore in Siesta Key at 8:30 p.m., the National Hurricane Center said."
    claim = Claim(
        "a",
        0,
        0,
        len(text),
        text,
        "National Hurricane Center",
        tuple(extract_quantities(text)),
        "quantity",
        text,
    )
    attributions = [r.text for r in make_variants(claim) if r.family == "attribution"]
    assert attributions
    assert all(not t.endswith("..") for t in attributions), attributions
    assert "Milton roared ashore in Siesta Key at 8:30 p.m." in attributions


@pytest.mark.parametrize(("n", "near"), [(58, True), (542, True), (11, False), (93, True), (27, False)])
def test_about_a_rounded_figure_lies_within_a_twentieth(n: int, near: bool) -> None:
    """Read on the dev corpus: "a peak of about 10%" SUPPORTED by 11% is not what a careful reader calls the same;
    "about 60" for 58 is."""
    text = f"Inflation reached a peak of {n}% in 2022, officials said."
    about = [
        r.claim_quantity.value
        for r in make_variants(_claim(text))
        if r.transformation == "quantity.approximate"
        and r.claim_quantity is not None
        and verdict_for(r, text).label is Label.SUPPORTED
    ]
    assert about
    assert all(v is not None and abs(v - n) <= Decimal(n) / 20 for v in about), about
    assert any(v != n for v in about) is near


@given(st.integers(1, 40))
def test_about_never_stands_before_a_count_of_a_few(n: int) -> None:
    """Read on the dev corpus (seed 11): "About 4 measles cases have also been reported in Lea County" for 9. A
    count of a few is exact or wrong; no one reports nine cases as "about 4", or "about 9"."""
    text = f"Officials said {n} cases have also been reported in Lea County."
    for r in make_variants(_claim(text)):
        if r.transformation == "quantity.approximate":
            assert r.claim_quantity is not None
            assert r.claim_quantity.value is not None
            assert r.claim_quantity.value >= 10, r.text


def test_about_still_stands_before_a_share_of_a_few_percent() -> None:
    """The rule is about counts: "about 4%" for 4.3% is how a share is reported."""
    text = "Unemployment rose to 4.3% in July, officials said."
    about = [r.text for r in make_variants(_claim(text)) if r.transformation == "quantity.approximate"]
    assert about, "a share of a few percent may still be approximated"


@pytest.mark.parametrize(
    "text",
    [
        "Labour has secured a majority, winning 363 seats out of the declared 527 constituencies.",
        "Hamas is to free 33 of the nearly 100 remaining hostages over six weeks.",
    ],
)
def test_a_part_stays_within_a_whole_written_with_an_adjective(text: str) -> None:
    """Read on the dev corpus (seed 13): "winning about 630 seats out of the declared 527 constituencies". A whole
    written with a word between its determiner and its number still caps every rewrite of the part."""
    claim = _claim(text)
    part, whole = claim.quantities[0], claim.quantities[1].value
    assert whole is not None
    rewritten = [
        r.claim_quantity.value
        for r in make_variants(claim)
        if r.family == "quantity"
        and r.claim_quantity is not None
        and r.claim_quantity.start == part.start
        and r.claim_quantity.value is not None
    ]
    assert rewritten
    assert all(v <= whole for v in rewritten), rewritten


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The BJP had set a target of 370 seats on its own and more than 400 with its allies.", False),
        ("Inflation has since fallen back to the target level of 2%, officials said.", False),
        ("The ministry has set a goal of 40,000 new homes, officials said.", False),
        ("The party won 240 seats, short of the target it had set, officials said.", True),
    ],
)
def test_a_value_aimed_at_takes_no_bound_range_or_about(text: str, hedged: bool) -> None:
    """Read on the dev corpus (seed 17): "which had set a target of ... at least 320 with its allies" for "more than
    400": a target is one figure, and a looser bound on it misstates it, whatever the interval says."""
    kinds = {r.transformation for r in make_variants(_claim(text)) if r.family == "quantity"}
    assert kinds
    assert bool(kinds & {"quantity.bound", "quantity.range", "quantity.approximate"}) is hedged, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The central bank inched up its key interest rate by a quarter-point, to 5.5 percent, the highest in 22 years.",
        "The index edged down by a half-point, to 48.2, in June, the survey showed.",
    ],
)
def test_the_end_of_a_small_change_in_words_is_not_rewritten(text: str) -> None:
    """Read on the dev corpus (seed 23): "inched up its key interest rate by a quarter-point, to between 4.4 and 6.6
    percent". "inched up" and "edged down" are verbs of change, so the end of a change whose size the sentence
    states in words is not rewritten alone."""
    ends = [
        r.text
        for r in make_variants(_claim(text))
        if r.family == "quantity"
        and r.claim_quantity is not None
        and r.claim_quantity.start == text.index(" to ") + len(" to ")
    ]
    assert ends == [], ends
