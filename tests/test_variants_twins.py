"""Labels the edit cannot give away (issue 15, items 4 and 6): denials as twins, transpositions as the shift, and
the absurd rewrites read on the dev corpus.

Case tables hold sentences written in the shapes the dev corpus showed; a new case from a bug report goes at the end
of its table, with the report's example in a comment.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factgen.claims import Claim
from factgen.labels import denial_verdict, verdict_for
from factgen.models import Label, Relation
from factgen.quantities import extract_quantities, parse_quantity
from factgen.records import records_for_claim, select_variants
from factgen.variants import Rewrite, joined_change, make_variants, transpositions


def _claim(text: str) -> Claim:
    return Claim("a", 0, 0, len(text), text, None, tuple(extract_quantities(text)), "quantity", text)


def _denials(text: str) -> dict[str, Label]:
    return {
        r.text: verdict_for(r, text).label
        for r in make_variants(_claim(text))
        if r.family == "polarity" and r.claim_quantity is not None
    }


def _number(surface: str) -> Decimal:
    return Decimal(re.findall(r"\d[\d,]*(?:\.\d+)?", surface)[0].replace(",", ""))


# --------------------------------------------------------------------------- negation twins


@pytest.mark.parametrize(
    ("text", "refuted", "supported"),
    [
        (  # the lead's example: "Labour did not win 450 seats" against 412
            "Labour won 412 seats in the general election.",
            "Labour did not win 412 seats in the general election.",
            "Labour did not win 460 seats in the general election.",
        ),
        (  # a part below its stated whole stays below it
            "The opposition bloc was leading in 232 of the 543 seats.",
            "The opposition bloc was not leading in 232 of the 543 seats.",
            "The opposition bloc was not leading in 260 of the 543 seats.",
        ),
        (  # one step of the evidence's precision beyond its edge: 2.4% is [2.35, 2.45), so not 2.5% but 2.7%
            "Inflation was 2.4% in March.",
            "Inflation was not 2.4% in March.",
            "Inflation was not 2.7% in March.",
        ),
        (  # the same figure in another rendering, and the value above in that rendering
            "Ireland has imposed a record €1.2 billion fine on Meta.",
            "Ireland has not imposed a record €1.2bn fine on Meta.",
            "Ireland has not imposed a record €1.4bn fine on Meta.",
        ),
        (
            "The hurricane killed 95 people in the state.",
            "The hurricane did not kill 95 people in the state.",
            "The hurricane did not kill 110 people in the state.",
        ),
        (  # "have" as the main verb takes "do"
            "The Conservatives had 121 seats in the new parliament.",
            "The Conservatives did not have 121 seats in the new parliament.",
            "The Conservatives did not have 140 seats in the new parliament.",
        ),
    ],
)
def test_a_refuted_denial_comes_with_a_supported_twin(text: str, refuted: str, supported: str) -> None:
    denials = _denials(text)
    assert denials[refuted] is Label.REFUTED
    assert denials[supported] is Label.SUPPORTED


@pytest.mark.parametrize(
    "text",
    [
        "The party won 530 of the 543 seats in the election.",  # "not 590 of 543 seats": no plausible twin
        "The party won 98% of the vote in the district.",  # "not 110%": none within 0-100
        "The Conservatives do not have 121 seats in the new parliament.",  # a negation already
        "The party won 41 seats and 12% of the vote, officials said.",  # a list: "not" may deny either figure
    ],
)
def test_no_denial_without_its_twin(text: str) -> None:
    """The lead's reading: "not 580 seats" of a 543-seat house; a REFUTED denial alone means '+not' is REFUTED."""
    assert Label.REFUTED not in _denials(text).values()
    assert not [r for r in make_variants(_claim(text)) if r.transformation == "polarity.negate"]


@pytest.mark.parametrize(
    "text",
    [
        "The SNP has five seats in the new parliament.",  # a figure in words
        "Meta has been fined €1.2 billion (£1 billion) by the regulator.",  # a figure that is not rewritten
        "The bank has voted to cut its benchmark rate to five per cent.",
    ],
)
def test_no_plain_negation_of_a_figure(text: str) -> None:
    """A plain "not" before a figure denies it with no twin to deny another value: not made."""
    assert not [r for r in make_variants(_claim(text)) if r.transformation == "polarity.negate"]


def test_a_negation_with_no_figure_after_it_is_still_made() -> None:
    text = "Results for 542 of the 543 seats have been released by the commission."
    negated = [r.text for r in make_variants(_claim(text)) if r.transformation == "polarity.negate"]
    assert negated == ["Results for 542 of the 543 seats have not been released by the commission."]


@given(st.integers(2, 900), st.integers(0, 600), st.sampled_from(["seats", "votes", "delegates"]))
def test_a_denied_value_stays_within_the_stated_whole_and_above_the_evidence(
    part: int, extra: int, noun: str
) -> None:
    whole = part + extra + 1
    text = f"The party won {part} of the {whole} {noun} in the vote."
    denials = {
        r.text: (r, verdict_for(r, text).label)
        for r in make_variants(_claim(text))
        if r.family == "polarity" and r.claim_quantity is not None
    }
    labels = [label for _, label in denials.values()]
    assert Label.REFUTED not in labels or Label.SUPPORTED in labels
    for rewrite, label in denials.values():
        assert rewrite.claim_quantity is not None
        value = _number(rewrite.claim_quantity.surface)
        assert value <= whole, rewrite.text
        assert value == part if label is Label.REFUTED else part < value <= part * 2


@given(st.integers(1, 99), st.sampled_from(["%", " percent"]))
def test_a_denied_share_stays_within_0_and_100(pct: int, sign: str) -> None:
    text = f"Turnout was {pct}{sign} in the capital."
    for denial in _denials(text):
        assert all(0 <= _number(n) <= 100 for n in re.findall(r"\d[\d.]*", denial)), denial


@pytest.mark.parametrize(
    ("denied", "evidence", "label"),
    [
        ("412 seats", "412 seats", Label.REFUTED),
        ("460 seats", "412 seats", Label.SUPPORTED),
        ("$58bn", "$58 billion", Label.REFUTED),
        ("2.7%", "2.4%", Label.SUPPORTED),
    ],
)
def test_a_denial_is_read_by_its_intervals(denied: str, evidence: str, label: Label) -> None:
    assert denial_verdict(parse_quantity(denied), parse_quantity(evidence)).label is label


@pytest.mark.parametrize(("denied", "evidence"), [("380 seats", "412 seats"), ("2.5%", "2.4%")])
def test_a_denial_below_or_near_the_evidence_has_no_label(denied: str, evidence: str) -> None:
    """ "did not win 380 seats" is true read exactly and false read as "at least": no label beyond doubt."""
    with pytest.raises(ValueError, match="no verdict for a denial"):
        denial_verdict(parse_quantity(denied), parse_quantity(evidence))


@given(st.integers(0, 2**16), st.integers(12, 900))
def test_denials_are_chosen_as_twins_in_one_style(seed: int, n: int) -> None:
    text = f"The agency has provided ${n} billion in aid to the region."
    chosen = select_variants(
        make_variants(_claim(text)), rng=random.Random(seed), verdict_of=lambda r: verdict_for(r, text)
    )
    denials = [(r, v) for r, v in chosen if r.family == "polarity" and r.claim_quantity is not None]
    assert sorted(v.label for _, v in denials) == [Label.REFUTED, Label.SUPPORTED]
    styles = {re.sub(r"\d[\d,.]*", "#", r.claim_quantity.surface) for r, _ in denials if r.claim_quantity}
    assert len(styles) == 1, [r.text for r, _ in denials]


def test_a_claim_s_records_hold_both_denials_or_neither() -> None:
    for seed in range(20):
        claim = _claim("Labour won 412 seats in the general election.")
        records = list(records_for_claim(claim, make_variants(claim), seed=seed))
        denials = [r.verdict.label for r in records if r.provenance.rule == "polarity.negate"]
        assert sorted(denials) in ([], [Label.REFUTED, Label.SUPPORTED])


# --------------------------------------------------------------------------- transpositions as shifts


@pytest.mark.parametrize(
    ("written", "swapped"),
    [
        ("95", ["59"]),
        ("2.4", ["4.2"]),
        ("1.2", ["2.1"]),
        ("412", ["142", "421"]),
        ("5.25", ["2.55", "5.52"]),
        ("1,400", ["4,100"]),
        ("745,000", ["475,000", "754,000"]),  # never "740,500": trailing zeros stay
        ("10.5", []),  # "01.5" leads with a zero, "15.0" ends with one after the point
        ("33", []),
        ("100", []),
    ],
)
def test_transpositions_swap_two_distinct_adjacent_digits(written: str, swapped: list[str]) -> None:
    assert transpositions(written) == swapped


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("Inflation rose 2.4% in March.", "Inflation rose 4.2% in March."),
        ("Ireland imposed a €1.2 billion fine on Meta.", "Ireland imposed a €2.1 billion fine on Meta."),
        ("The hurricane killed 95 people in the state.", "The hurricane killed 59 people in the state."),
        ("The House passed a 95-billion-dollar package.", "The House passed a 59-billion-dollar package."),
    ],
)
def test_a_transposition_is_the_shift_where_one_fits(text: str, shift: str) -> None:
    shifts = [r for r in make_variants(_claim(text)) if r.transformation == "quantity.shift"]
    assert shift in [r.text for r in shifts]
    assert all("transposed" in r.detail for r in shifts)
    verdict = verdict_for(next(r for r in shifts if r.text == shift), text)
    assert verdict.label is Label.REFUTED
    assert "transposed" in verdict.rationale  # the rationale says which shift was made


@pytest.mark.parametrize(
    "text",
    [
        "Containment of the fire was at 10.5% on Thursday.",  # no transposition writes a number so
        "The storm destroyed 33 homes in the county.",  # two equal digits
        "The party won 19 of the 40 seats.",  # 91 exceeds the whole
    ],
)
def test_other_shifts_where_no_transposition_fits(text: str) -> None:
    shifts = [r for r in make_variants(_claim(text)) if r.transformation == "quantity.shift"]
    assert shifts
    assert all("times" in r.detail for r in shifts), [r.detail for r in shifts]


@given(st.integers(1, 999), st.integers(0, 9), st.sampled_from(["%", " billion", " people"]))
def test_a_transposed_shift_keeps_the_digits_and_is_clearly_outside(
    whole: int, tenth: int, unit: str
) -> None:
    figure = f"{whole}.{tenth}" if tenth and unit != " people" else str(whole)
    text = f"Officials said the figure was {'$' if unit == ' billion' else ''}{figure}{unit} last year."
    for r in make_variants(_claim(text)):
        if r.transformation == "quantity.shift" and "transposed" in r.detail:
            assert r.claim_quantity is not None
            assert r.evidence_quantity is not None
            new = re.findall(r"\d", r.claim_quantity.surface)
            assert sorted(new) == sorted(re.findall(r"\d", figure)), r.text
            assert r.claim_quantity.interval.relation(r.evidence_quantity.interval) is Relation.DISJOINT


# --------------------------------------------------------------------------- absurd rewrites read on the dev corpus


@pytest.mark.parametrize(
    "text",
    [
        # read on the dev corpus: "reduce the interest rate by 0.52 per cent points, to 5 per cent"
        "The committee voted to reduce the interest rate by 0.25 per cent points, to 5 per cent, the agency said.",
        # read on the dev corpus: "raised its key interest rate by 0.52% to as much as 5.5%"
        "The Federal Reserve said it had raised its key interest rate by 0.25% to as much as 5.5% on Wednesday.",
        "The bank cut its main rate by 0.5 percentage points to 4.75% from 5.25% on Thursday.",
        "Sales rose by 12% to $4.5 billion in the quarter, the company said.",
    ],
)
def test_no_member_of_a_change_with_its_size_and_end_is_rewritten(text: str) -> None:
    assert [r.text for r in make_variants(_claim(text)) if r.claim_quantity is not None] == []


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The Fed raised its key rate by 0.25% to as much as 5.5% on Wednesday.", [True, True]),
        (
            "The bank cut its rate to 5% from 5.25% on Thursday.",
            [False, False],
        ),  # both ends: a direction only
        ("Inflation rose by 0.3% in March, officials said.", [False]),
        ("The index rose 2% to 5,000 points; sales fell by 3%.", [False, False, False]),
    ],
)
def test_joined_change_reads_size_and_end_of_one_change(text: str, joined: list[bool]) -> None:
    qs = extract_quantities(text)
    assert [joined_change(text, q, qs) for q in qs] == joined


@pytest.mark.parametrize(
    "text",
    [
        # read on the dev corpus: "preferred to maintain the rate at less than 4.2 percent", "at at least 4.2"
        "Four members of the committee preferred to maintain the rate at 5.25 percent.",
        "The Federal Reserve kept its key interest rate at 5.5% on Wednesday.",
        "The central bank held rates steady at 4.5% for a third meeting.",
        "Unemployment remained unchanged at 4.1% in June.",
        "The bank has left its main rate at 3.75% since March.",
    ],
)
def test_a_held_value_takes_no_bound_range_or_approximation(text: str) -> None:
    kinds = {r.transformation for r in make_variants(_claim(text)) if r.family == "quantity"}
    assert kinds, text  # its figure is still rewritten: another value, another rendering
    assert not kinds & {"quantity.bound", "quantity.range", "quantity.approximate"}, kinds


def test_a_bound_never_repeats_the_word_before_it() -> None:
    text = "The rate stood at 4.2% in the second quarter."
    rewrites = [r.text for r in make_variants(_claim(text))]
    assert any("at more than" in t for t in rewrites)
    assert not any("at at least" in t for t in rewrites)


def test_a_hyphenated_scale_is_rewritten_as_a_scale() -> None:
    """Read on the dev corpus: "a 95-billion-dollar package" became "a 47,000,000,000-billion-dollar package"."""
    text = "The House passed a 95-billion-dollar package on Saturday."
    for r in make_variants(_claim(text)):
        assert "-billion-dollar" in r.text
        assert not re.search(r"\d{4}", r.text), r.text


def test_a_denial_rewrite_carries_its_own_figure() -> None:
    """A denial built by hand is read by the same rule as one the variants make."""
    text = "The U.S. has not provided $64 billion in aid."
    q = parse_quantity("$64 billion").model_copy(update={"start": 26, "end": 37})
    rewrite = Rewrite(text, "polarity.negate", "polarity", q, parse_quantity("$58 billion"))
    assert verdict_for(rewrite, text).label is Label.SUPPORTED


# --------------------------------------------------------------------------- read in 40 variant records of the build


def test_a_signed_change_is_not_rewritten() -> None:
    """Read on the dev corpus: "Thirty-six seats (+15)" became "Thirty-six seats (more than 12)", its sign lost."""
    text = "Thirty-six seats (+15) went to other parties, including Reform UK."
    assert [r.text for r in make_variants(_claim(text)) if r.family == "quantity"] == []


@pytest.mark.parametrize(
    "text",
    [
        # read on the dev corpus: "lowered its main interest rate by a quarter percentage point to 2.5 per cent"
        "The Bank of England lowered its main interest rate by a quarter percentage point to 5 per cent.",
        "The Federal Reserve raised its key rate by half a point to 5.5% on Wednesday.",
    ],
)
def test_a_size_in_words_joins_its_end(text: str) -> None:
    assert [r.text for r in make_variants(_claim(text)) if r.claim_quantity is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        # read on the dev corpus: "All between 19 and 29 fatalities occurred in the Los Angeles area"
        "All 24 fatalities occurred in the Los Angeles area, officials said.",
        "Both 12 hostages were released on Sunday, officials said.",
    ],
)
def test_no_bound_after_all_or_both(text: str) -> None:
    kinds = {r.transformation for r in make_variants(_claim(text)) if r.family == "quantity"}
    assert kinds  # another value still fits: "All 42 fatalities"
    assert not kinds & {"quantity.bound", "quantity.range", "quantity.approximate"}, kinds


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        # read on the dev corpus: a count before a nationality was taken for a name ("10 Downing Street")
        ("Israel has confirmed the release of 90 Palestinian prisoners on Sunday.", True),
        ("Hamas freed 3 Israeli hostages in the first exchange.", True),
        ("The prime minister lives at 10 Downing Street in London.", False),
        ("The attack of 7 October killed many people, officials said.", False),
    ],
)
def test_a_count_before_a_nationality_is_a_count(text: str, rewritten: bool) -> None:
    assert bool([r for r in make_variants(_claim(text)) if r.family == "quantity"]) is rewritten


def test_an_amount_with_its_iso_coded_conversion_is_not_rewritten() -> None:
    """Read on the dev corpus: "a 4.5-billion-euro fine (USD1.9 billion)" contradicts itself."""
    text = "The EU hit Apple with a 1.8-billion-euro fine (USD1.9 billion) for breaking its rules."
    assert [r.text for r in make_variants(_claim(text)) if r.family == "quantity"] == []


@given(st.integers(1, 9), st.sampled_from(["%", " percent"]))
def test_about_is_no_more_precise_than_the_evidence(tenths: int, sign: str) -> None:
    """Read on the dev corpus: "had expected U.S. GDP growth of about 0.64%" against 0.4%."""
    text = f"Economists had expected growth of 0.{tenths}{sign} in the quarter."
    for r in make_variants(_claim(text)):
        if r.transformation == "quantity.approximate" and r.claim_quantity is not None:
            assert re.fullmatch(r"about \d(?:\.\d)?(?:%| percent)", r.claim_quantity.surface), r.text


@pytest.mark.parametrize(
    "text",
    [
        # read on the dev corpus: "revised their figure ... up to 745,000" became "... between 290,000 and 520,000"
        # (NOT_ENOUGH_INFO against an upper bound, where the ONS figure is 745,000)
        "The ONS has revised their figure for the year ending December 2022 up to 745,000.",
        "The agency revised its estimate of the death toll up to 1,200 on Friday.",
    ],
)
def test_where_a_figure_moved_to_is_no_bound(text: str) -> None:
    assert [r.text for r in make_variants(_claim(text)) if r.claim_quantity is not None] == []


def test_a_change_in_the_ing_form_joins_its_size_and_end() -> None:
    """Read on the dev corpus: "lowering the rate by between 40 and 60 basis points, to a range of ..."."""
    text = "The Fed began by lowering the rate by 50 basis points, to a range of between 4.75 percent and 5 percent."
    qs = extract_quantities(text)
    assert joined_change(text, qs[0], qs)


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ('Tedros said: "In the past month, about 90 cases have been reported in four countries."', False),
        (
            "The regulator ordered it to collect “an administrative fine in the amount of 1.2 billion euros”.",
            False,
        ),
        ('"We have won 412 seats," Starmer said.', False),
        ("The agency reported about 90 cases in four countries, Tedros said.", True),  # reported speech
        ('Starmer, who called it "a mandate for change", won 412 seats.', True),  # the figure is outside
    ],
)
def test_no_figure_inside_a_quotation_is_rewritten(text: str, rewritten: bool) -> None:
    """A quotation with another figure is a misquote, whatever the evidence says: no quantity rewrite or denial
    inside one; the figure of reported speech, or outside the quotation, is rewritten as before."""
    changed = [
        r for r in make_variants(_claim(text)) if r.family in ("quantity", "polarity") and r.claim_quantity
    ]
    assert bool(changed) is rewritten
    for r in changed:
        assert all(m.group() in r.text for m in re.finditer(r'“[^“”]*”|"[^"]*"', text))


@pytest.mark.parametrize(
    ("text", "negations"),
    [
        ("The Senate has passed the bill.", ["The Senate has not passed the bill."]),
        ("The outbreak has now spread to Kansas.", ["The outbreak has not spread to Kansas."]),
        ("The Senate has already passed the bill.", []),  # "has not already passed" is no denial
        ("The bridge is still closed to traffic.", []),
    ],
)
def test_a_negation_never_lands_before_an_adverb_of_time(text: str, negations: list[str]) -> None:
    made = [
        r.text for r in make_variants(_claim(text)) if r.family == "polarity" and r.claim_quantity is None
    ]
    assert made == negations
