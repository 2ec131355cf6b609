"""Rule-based rewrites of a claim, each with a transformation id; :mod:`factgen.labels` gives their verdicts.

Quantity rewrites replace one quantity's surface and are re-read by the normaliser (``parse_quantity``): a rewrite
whose reading changes unit or kind, or that the normaliser does not read back at the same span, is dropped. So
the interval the verdict compares is the normaliser's own reading of the new text, not what we meant to write
(checked in context by :func:`reads_back` before a chosen rewrite becomes a record).

==========================  ================================================================  ===============
transformation              example ("$58 billion")                                          typical label
==========================  ================================================================  ===============
``quantity.shift``          "$85 billion", "$29 billion" (other values, digit swaps)          REFUTED
``quantity.bound``          "more than $46 billion", "less than $70 billion", "more than $70"  either
``quantity.approximate``    "about $58 billion"                                               SUPPORTED
``quantity.range``          "between $46 billion and $70 billion"                            either
``quantity.precise``        "$58.3 billion"; "40,000" against "more than 35,000"              NOT_ENOUGH_INFO
``polarity.negate``         "has provided" -> "has not provided"                              REFUTED
``polarity.unnegate``       "has not changed" -> "has changed"                                REFUTED
``entity.swap``             "John Kirby said" -> "Antony Blinken said"                        REFUTED
==========================  ================================================================  ===============
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Final

from factgen import _claims_lexicon as lex
from factgen.claims import Claim
from factgen.errors import QuantityError
from factgen.models import Bound, Kind, Quantity
from factgen.quantities import parse_quantity

__all__ = ["Rewrite", "make_variants", "person_names", "reads_back"]

QUANTITY_KINDS: Final = frozenset({Kind.MONEY, Kind.CARDINAL, Kind.PERCENT})


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A rewritten claim. For quantity rewrites, the claim's and the evidence's readings of the same quantity."""

    text: str
    transformation: str
    family: str  # "quantity", "polarity" or "entity": which verdict rule applies
    claim_quantity: Quantity | None = None
    evidence_quantity: Quantity | None = None
    detail: str = ""  # what changed, for the rationale: "John Kirby -> Antony Blinken"


# --------------------------------------------------------------------------- quantity rewrites

_find_number = re.compile(
    r"""(?P<num>\d[\d,]*(?:\.\d+)?)                                  # 58, 35,000, 58.3
    (?P<scale>\s?(?:trillion|billion|million|thousand|bn|tn|m|k)\b)?  # an optional scale word""",
    re.VERBOSE,
).search
_CURRENCY_TAIL = re.compile(r"(?:[A-Z]{0,3}[$£€¥₹]|[A-Z]{3}\s?)$")
_SCALES: Final = {
    "trillion": 12,
    "tn": 12,
    "billion": 9,
    "bn": 9,
    "million": 6,
    "m": 6,
    "thousand": 3,
    "k": 3,
}


@dataclass(frozen=True, slots=True)
class _Template:
    """A quantity surface cut around its number: ``{bound} {currency}{number}{scale}{tail}``."""

    currency: str
    scale: str
    tail: str
    commas: bool
    exponent: int

    @classmethod
    def of(cls, q: Quantity) -> _Template | None:
        match = _find_number(q.surface)
        if match is None or len(_find_all_numbers(q.surface)) != 1:
            return None  # ranges and multi-number surfaces are not rewritten
        prefix = q.surface[: match.start()]
        currency = m.group() if (m := _CURRENCY_TAIL.search(prefix)) else ""
        scale = match["scale"] or ""
        return cls(
            currency=currency,
            scale=scale,
            tail=q.surface[match.end() :],
            commas="," in match["num"],
            exponent=_SCALES.get(scale.strip().lower(), 0),
        )

    def number(self, value: Decimal) -> str:
        scaled = (value / Decimal(10) ** self.exponent).normalize()
        if scaled == scaled.to_integral_value():
            n = int(scaled)
            return f"{n:,}" if self.commas or n >= 10_000 else str(n)
        return format(scaled.quantize(Decimal("0.1")) if abs(scaled) >= 10 else scaled.normalize(), "f")

    def render(self, value: Decimal, bound: str = "") -> str:
        lead = f"{bound} " if bound else ""
        return f"{lead}{self.currency}{self.number(value)}{self.scale}{self.tail}"

    def render_range(self, low: Decimal, high: Decimal) -> str:
        return f"between {self.currency}{self.number(low)}{self.scale} and {self.currency}{self.number(high)}{self.scale}{self.tail}"


_find_all_numbers = re.compile(r"\d[\d,]*(?:\.\d+)?").findall


def _nice(value: Decimal, *, up: bool, digits: int = 2) -> Decimal:
    """``value`` rounded to ``digits`` significant digits, up or down: 46.4e9 -> 46e9 (down)."""
    if value == 0:
        return value
    exponent = value.adjusted() - digits + 1
    step = Decimal(1).scaleb(exponent)
    return (value / step).to_integral_value(ROUND_CEILING if up else ROUND_FLOOR) * step


def _digit_swap(value: Decimal) -> Decimal | None:
    """58e9 -> 85e9: the classic transposition. None when the two leading digits are equal or would lead with 0."""
    sign, digits, exponent = value.normalize().as_tuple()
    if len(digits) < 2 or digits[0] == digits[1] or digits[1] == 0 or not isinstance(exponent, int):
        return None
    return Decimal((sign, (digits[1], digits[0], *digits[2:]), exponent))


def _quantity_candidates(template: _Template, q: Quantity) -> Iterator[tuple[str, str]]:
    """``(transformation, new surface)`` for every rewrite of one quantity."""
    reference = q.value if q.value is not None else (q.low if q.low is not None else q.high)
    if reference is None or reference <= 0:
        return
    fewer = "fewer than" if q.kind is Kind.CARDINAL else "less than"
    shifted = {_nice(reference * f, up=f > 1) for f in (Decimal("0.5"), Decimal("1.6"), Decimal(3))}
    if (swapped := _digit_swap(reference)) is not None:
        shifted.add(swapped)
    for value in sorted(shifted - {reference}):
        yield "quantity.shift", template.render(value)
    below, above = _nice(reference * Decimal("0.8"), up=False), _nice(reference * Decimal("1.2"), up=True)
    yield "quantity.bound", template.render(below, "more than")
    yield "quantity.bound", template.render(above, "more than")
    yield "quantity.bound", template.render(above, fewer)
    yield "quantity.bound", template.render(below, fewer)
    yield "quantity.approximate", template.render(reference, "about")
    yield "quantity.range", template.render_range(below, above)
    yield "quantity.range", template.render_range(above, _nice(reference * 2, up=True))
    if q.bound is Bound.EXACT and template.exponent >= 6:
        yield "quantity.precise", template.render(reference + Decimal("0.3").scaleb(template.exponent))
    if q.bound is Bound.LOWER and q.low is not None:  # a specific value the bound allows
        yield "quantity.precise", template.render(_nice(q.low * Decimal("1.15"), up=True))


def _quantity_rewrites(claim: Claim) -> Iterator[Rewrite]:
    for q in claim.quantities:
        if q.kind not in QUANTITY_KINDS or (template := _Template.of(q)) is None:
            continue
        for transformation, surface in _quantity_candidates(template, q):
            reading = _read(surface, q.start)
            if reading is not None and reading.unit == q.unit and reading.kind is q.kind:
                text = claim.claim[: q.start] + surface + claim.claim[q.end :]
                yield Rewrite(text, transformation, "quantity", reading, q)
        return  # one quantity per claim: the first measurable one


def _read(surface: str, start: int) -> Quantity | None:
    """The normaliser's reading of a new surface, placed at ``start`` of the claim; None if it is no quantity."""
    try:
        alone = parse_quantity(surface)
    except QuantityError:
        return None
    return alone.model_copy(update={"start": start, "end": start + len(surface)})


def reads_back(rewrite: Rewrite, quantities: Sequence[Quantity]) -> bool:
    """Whether the normaliser, reading the whole rewritten claim, finds the quantity the verdict was computed on.

    A rewrite whose new surface merges with its neighbours in context ("more than $46 billion dollars") is not
    trusted: its label would be about a reading the claim does not have.
    """
    return rewrite.claim_quantity is None or rewrite.claim_quantity in quantities


# --------------------------------------------------------------------------- polarity rewrites

_AUX = "|".join(lex.AUXILIARIES)
_find_aux = re.compile(rf"\b(?:{_AUX})\b(?!\s+(?:not|never|n’t|n't)\b)").finditer
_find_negation = re.compile(
    rf"\b(?:{'|'.join(lex.NEGATIONS)})\b|n[’']t\b|\b(?:{'|'.join(lex.NEGATED_AUXILIARIES)})", re.IGNORECASE
).finditer
_find_negated_aux = re.compile(rf"\b(?P<aux>{_AUX})\s+not\s+").finditer
_find_subordinate = re.compile(rf"\b(?i:{'|'.join(lex.SUBORDINATORS)})\b").search
_find_past = re.compile(rf"\b(?:{'|'.join(lex.PAST_TO_BASE)})\b").finditer


def _polarity_rewrites(claim: Claim) -> Iterator[Rewrite]:
    """Negate, or un-negate, the one clause a claim has; nothing where that is ambiguous (quotes, two verbs)."""
    text = claim.claim
    if any(mark in text for mark in '“”"') or ";" in text or _find_subordinate(text):
        return  # quoted speech, several clauses: which verb is the main one is not certain
    if any(q.bound in (Bound.LOWER, Bound.UPPER, Bound.APPROXIMATE) for q in claim.quantities):
        return  # "more than 35,000 civilians have not been killed": the negation's scope is ambiguous
    negations = list(_find_negation(text))
    if not negations:
        auxiliaries = list(_find_aux(text))
        if len(auxiliaries) == 1:
            aux = auxiliaries[0]
            yield Rewrite(text[: aux.end()] + " not" + text[aux.end() :], "polarity.negate", "polarity")
        elif not auxiliaries and len(pasts := list(_find_past(text))) == 1:
            verb = pasts[0]
            negated = f"did not {lex.PAST_TO_BASE[verb.group()]}"
            yield Rewrite(text[: verb.start()] + negated + text[verb.end() :], "polarity.negate", "polarity")
    elif len(negations) == 1 and len(found := list(_find_negated_aux(text))) == 1:
        match = found[0]
        unnegated = text[: match.start()] + match["aux"] + " " + text[match.end() :]
        yield Rewrite(unnegated, "polarity.unnegate", "polarity")


# --------------------------------------------------------------------------- entity rewrites

_find_titled_person = re.compile(
    r"""(?:President|Minister|Secretary(?:\s+of\s+[A-Z]\w+)?|spokesman|spokesperson|spokeswoman|adviser|Gen\.|Sen\.)
    \s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})""",
    re.VERBOSE,
).finditer


def person_names(texts: Iterable[str]) -> list[str]:
    """Full names that follow a person's title ("President Joe Biden"), sorted: the entity-swap inventory.

    >>> person_names(["Secretary of State Antony Blinken said", "British Prime Minister Keir Starmer met"])
    ['Antony Blinken', 'Keir Starmer']
    """
    found = {
        m["name"].removesuffix("’s").removesuffix("'s") for text in texts for m in _find_titled_person(text)
    }
    return sorted(found)


MAX_SWAPS: Final = 8  # swap candidates per claim: the people after the named one in the sorted inventory


def _entity_rewrites(claim: Claim, people: Sequence[str]) -> Iterator[Rewrite]:
    present = [i for i, name in enumerate(people) if name in claim.claim]
    if not present:
        return
    name, made = people[present[0]], 0
    for step in range(1, len(people)):  # walk the inventory from the named person on, cyclically
        other = people[(present[0] + step) % len(people)]
        if other not in claim.claim and other.split()[-1] not in claim.claim:
            yield Rewrite(
                claim.claim.replace(name, other), "entity.swap", "entity", detail=f"{name} -> {other}"
            )
            made += 1
            if made == MAX_SWAPS:
                return


# --------------------------------------------------------------------------- the stage


def make_variants(
    claim: Claim,
    *,
    people: Sequence[str] = (),
    rules: frozenset[str] = frozenset({"quantity", "polarity", "entity"}),
) -> list[Rewrite]:
    """Every rewrite the enabled rule families make of one claim, in a stable order (deduplicated by text)."""
    found: list[Rewrite] = []
    if "quantity" in rules:
        found += _quantity_rewrites(claim)
    if "polarity" in rules:
        found += _polarity_rewrites(claim)
    if "entity" in rules:
        found += _entity_rewrites(claim, people)
    seen = {claim.claim}
    unique = []
    for rewrite in found:
        if rewrite.text not in seen:
            seen.add(rewrite.text)
            unique.append(rewrite)
    return unique
