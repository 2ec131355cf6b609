"""Check-worthy claims and who made them.

A sentence is a claim when it states something checkable: a quantity (other than a bare date), or a named actor
doing or saying something. Questions, headlines, fragments, page furniture and unattributed first-person opinion
are rejected, each with a reason code (``claims.question``, ...) that the build counts. ``claims.opinion`` also
takes an unattributed verdict ("The decision is a major victory for privacy advocates") and a quotation or reported
speech with no measured figure that forecasts or judges ('Trump said: "Our country will boom"', "Zelensky added that
it's critical to ..."); a vague figure ("thousands and thousands", "one day") measures nothing.

Speakers come only from the text, and never by guess:

* ``X said`` / ``X has said`` / ``said X`` (a short clause) / ``according to X`` / ``a U.S. official said``;
* a title is stripped and a surname resolves to the full name the article gave earlier ("Kirby" -> "John Kirby");
* quoted sentences take the attribution of their paragraph; a quote-only paragraph takes the speaker of the
  paragraph before it when that paragraph ended attributed;
* "he said" / "she said" resolves to the last attributed speaker only while no other person has since opened a
  sentence; otherwise the speaker is left empty (``None``): no speaker rather than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from typing import Final

from factgen import _claims_lexicon as lex
from factgen import _context_lexicon as context_lex
from factgen.context import (
    Earlier,
    NotStandalone,
    Standalone,
    atomic_claims,
    decontextualise,
    is_person_name,
    name_the_contest,
)
from factgen.models import Kind, Quantity
from factgen.quantities import extract_quantities
from factgen.segment import Sentence, find_quotes

__all__ = ["Claim", "Rejected", "extract_claims", "find_speaker", "judge_sentences"]


@dataclass(frozen=True, slots=True)
class Claim:
    """A check-worthy sentence: its exact span in the cleaned article, speaker, and quantities (claim-relative)."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    speaker: str | None
    quantities: tuple[Quantity, ...]  # relative to ``claim``
    reason: str  # why it is check-worthy: "quantity", "attributed" or "actor"
    claim: str  # the claim as a self-contained sentence; ``text`` stays the exact source sentence
    rewrites: tuple[str, ...] = ()  # the steps that turned ``text`` into ``claim`` (provenance.rewrites)


@dataclass(frozen=True, slots=True)
class Rejected:
    """Something a stage dropped, and why (datatrove's convention): counted as ``f"{stage}.{reason}"``."""

    source_id: str
    stage: str
    reason: str

    @property
    def key(self) -> str:
        return f"{self.stage}.{self.reason}"


# --------------------------------------------------------------------------- patterns

_WORD: Final = r"[A-Z][\w’'.-]*"  # a capitalised token: "Kirby", "U.S.", "Zelenskyy’s"
_SAY: Final = "|".join(lex.SAY_VERBS)
_GROUP: Final = "|".join(lex.GROUP_NOUNS)
_DET: Final = "|".join(lex.GROUP_DETERMINERS)

_find_group_speaker = re.compile(
    rf"""\b(?P<who>(?i:{_DET})\s+(?:[\w.’'-]+\s+){{0,3}}?(?:{_GROUP}))  # "one U.S. official", "two officials"
    \s+(?:has\s+|have\s+)?(?:{_SAY})\b""",
    re.VERBOSE,
).search
_find_named_before = re.compile(
    rf"""(?P<who>(?:{_WORD}\s+(?:(?:of|for)\s+(?:the\s+)?)?){{0,5}}{_WORD})  # capitalised words ("Bureau of X") ...
    \s+(?:has\s+|had\s+|have\s+)?(?:{_SAY})\b     # ... right before the speech verb: "Kirby said", "Putin has said"
    """,
    re.VERBOSE,
).finditer
_find_named_after = re.compile(
    rf"""\b(?:{_SAY})\s+                          # "said Pentagon spokesperson Sabrina Singh."
    (?P<clause>(?:[\w.’'-]+\s+){{0,4}}{_WORD})    # a short clause that ends in a capitalised word ...
    (?=[,;:!?]|\.?(?:\s|$))                      # ... and then the clause ends
    """,
    re.VERBOSE,
).search
_find_according = re.compile(r"\b(?i:according) to (?P<who>[^,;:!?“”\"]{2,60}?)(?=[,;:!?]|\.?\s*$)").search
_find_pronoun = re.compile(rf"\b(?i:{'|'.join(lex.PRONOUNS)})\s+(?:{_SAY})\b").search
_find_runs = re.compile(rf"{_WORD}(?:\s+{_WORD})*").finditer
_find_checkable_verb = re.compile(rf"\b(?:{'|'.join(lex.ACTION_VERBS + lex.SAY_VERBS)})\b").search
_find_word = re.compile(r"[\w’'-]+").findall
_QUOTE_OPENERS: Final = '“"‘'


def _strip_titles(name: str) -> str:
    """ "Secretary of State Antony Blinken" -> "Antony Blinken"; an organisation keeps its name ("Pentagon").

    Pronouns and articles are not names: "He", "I", "The" give "".
    """
    tokens = [t for t in name.split() if t]
    if tokens and tokens[-1].endswith(".") and tokens[-1].count(".") == 1:
        tokens[-1] = tokens[-1][:-1]  # "Singh." at the end of a sentence; "U.S." keeps its dots
    if len(tokens) == 1 and (
        tokens[0].lower() in lex.NOT_NAMES or tokens[0].lower() in context_lex.PRONOUN_SUBJECTS
    ):
        return ""
    named = list(tokens)
    while len(named) > 1 and named[0].endswith(("’s", "'s")):
        named.pop(0)  # "Kenya’s Kelvin Kiptum" -> "Kelvin Kiptum"
    titled = [i for i, t in enumerate(named[:-1]) if t in context_lex.PERSON_TITLES]
    if titled and all(t[:1].isupper() for t in named[titled[-1] + 1 :]):
        named = named[titled[-1] + 1 :]  # "Bank of England Governor Andrew Bailey" -> "Andrew Bailey"
    while named and (
        named[0] in lex.TITLE_WORDS
        or named[0].rstrip("’'s") in lex.TITLE_WORDS
        or (
            named[0] in {"of", "for", "the"} and len(named) < len(tokens)
        )  # "Secretary of State Antony Blinken"
    ):
        named.pop(0)
    while named and named[-1].lower().strip(".,") in context_lex.NOT_ACTORS:
        named.pop()  # "Kirby Friday": a weekday is never part of a name
    if not named and tokens and tokens[-1] not in {"The", "A", "An"}:
        named = tokens  # only title words: an organisation such as "Pentagon" or "White House"
    name = " ".join(named)
    if (
        name.lower().removeprefix("the ") in context_lex.COUNTRIES
        or name.lower() in context_lex.NOT_ACTORS
        or name.endswith(("’s", "'s"))
    ):
        return ""  # a place, a weekday or a possessive ("Sweden’s chief epidemiologist") names no speaker
    return name


def find_speaker(text: str) -> str | None:
    """The speaker a sentence names explicitly, with titles stripped; ``"he"``/``"she"`` for a pronoun.

    >>> find_speaker("The policy has not changed, National Security Council spokesman John Kirby said Friday.")
    'John Kirby'
    >>> find_speaker("“We don’t encourage attacks,” said Pentagon spokesperson Sabrina Singh.")
    'Sabrina Singh'
    >>> find_speaker("The administration gave permission, according to two U.S. officials.")
    'two U.S. officials'
    >>> find_speaker("The report said Ukraine could solely use American weapons near Kharkiv.") is None
    True
    """
    if match := _find_group_speaker(text):
        return match["who"]
    for match in _find_named_before(text):
        if not _after_preposition(text, match.start()) and (name := _strip_titles(match["who"])):
            return name
    after = _find_named_after(text)
    if (
        after
        and _is_name_phrase(after["clause"])
        and (name := _strip_titles(list(_find_runs(after["clause"]))[-1].group()))
    ):
        return name
    if (match := _find_according(text)) and _is_source(match["who"]):
        return match["who"].strip()
    if match := _find_pronoun(text):
        return match.group().split()[0].lower()
    return None


def _after_preposition(text: str, at: int) -> bool:
    """Whether the words before ``at`` end in a preposition ("in the"): what follows is an object, not a speaker."""
    before = text[:at].split()[-2:]
    while before and before[-1].lower() in {"the", "a", "an"}:
        before.pop()
    return bool(before) and before[-1].lower() in context_lex.PREPOSITIONS


def _is_name_phrase(clause: str) -> bool:
    """ "Pentagon spokesperson Sabrina Singh" is a name phrase; "that if Putin" is not."""
    return all(t[:1].isupper() or t.lower() in lex.ROLE_WORDS for t in clause.split())


def _is_source(phrase: str) -> bool:
    words = phrase.split()
    return len(words) <= 6 and (
        any(w[:1].isupper() for w in words) or any(w.lower() in lex.GROUP_NOUNS for w in words)
    )


# --------------------------------------------------------------------------- speakers across an article


@dataclass
class _Speakers:
    """Per-article state: full names seen, the last attributed speaker, and whether a pronoun may resolve."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> full name
    last: str | None = None
    pronoun_ok: bool = False

    def learn_names(self, text: str) -> None:
        for run in _find_runs(text):
            name = _strip_titles(run.group())
            if len(name.split()) >= 2 and all(t[:1].isupper() for t in name.split()):
                surname = name.split()[-1].rstrip("’'s")
                self.full_names.setdefault(surname, name.removesuffix("’s").removesuffix("'s"))

    def resolve(self, name: str | None) -> str | None:
        if name in lex.PRONOUNS:
            return self.last if self.pronoun_ok else None
        if name is None or " " in name:
            return name
        return self.full_names.get(name, name)

    def attributed(self, speaker: str | None) -> None:
        if speaker is not None:
            self.last, self.pronoun_ok = speaker, True

    def antecedent(self, text: str) -> str | None:
        """The person "he"/"she" in ``text`` stands for: the last attributed person, when ``text`` and the sentence
        before it name no other person the article introduced."""
        if not self.pronoun_ok or self.last is None or not is_person_name(self.last):
            return None
        surname = self.last.split()[-1]
        others = {
            self.full_names[name.split()[-1]]
            for name in (_strip_titles(r.group()) for r in _find_runs(text))
            if name and name.split()[-1] in self.full_names
        }
        return self.last if others <= {self.last, self.full_names.get(surname)} else None

    def sentence_opened_by_other_person(self, text: str) -> None:
        opener = next(_find_runs(text[:60]), None)
        if opener is None or opener.start() > 0:
            return
        name = (
            self.resolve(_strip_titles(opener.group()).split(" ")[-1])
            if _strip_titles(opener.group())
            else None
        )
        if name is not None and name != self.last and name in self.full_names.values():
            self.pronoun_ok = False


def _paragraph_speakers(
    sentences: list[Sentence], state: _Speakers, inherited: str | None
) -> tuple[list[str | None], list[str | None]]:
    """Speakers for one paragraph's sentences (see the module docstring for the rules), and for each sentence the
    person "he"/"she" may stand for (``None`` when that is not one clear person)."""
    own, antecedents = [], []
    previous = ""
    for s in sentences:
        state.learn_names(s.text)
        state.sentence_opened_by_other_person(s.text)
        antecedents.append(state.antecedent(previous + " " + s.text))
        speaker = state.resolve(find_speaker(s.text))
        state.attributed(speaker)
        own.append(speaker)
        previous = s.text
    explicit = {sp for sp in own if sp is not None}
    paragraph = explicit.pop() if len(explicit) == 1 else None
    quote_only = sentences[0].text[:1] in _QUOTE_OPENERS and paragraph is None
    fallback = paragraph if paragraph is not None else (inherited if quote_only else None)
    speakers = [
        sp if sp is not None else (fallback if s.quotes else None)
        for sp, s in zip(own, sentences, strict=True)
    ]
    return speakers, antecedents


# --------------------------------------------------------------------------- check-worthiness


def _rejection(text: str, speaker: str | None) -> str | None:  # noqa: PLR0911  (a decision list)
    stripped = text.strip()
    lowered = stripped.lower()
    if stripped.endswith(("?", "?”")):
        return "question"
    if any(marker in lowered for marker in lex.BOILERPLATE_MARKERS):
        return "boilerplate"
    if stripped.endswith(":") or _is_fragment(stripped):
        return "fragment"
    if _match_label(stripped) or (
        (kicker := _match_kicker(stripped)) is not None and not _find_say(kicker.group(0))
    ):
        return "label"
    if _find_run_on(stripped):
        return "run_on"  # two sentences the source fused with a comma: "..., The opposition alliance has ..."
    if "''" in stripped or "``" in stripped:
        return "malformed_quote"  # typewriter quote pairs the source mangled: the quotation cannot be bounded
    if stripped[-1:] not in '.!”"’)' or (stripped.endswith(")") and stripped[-2:-1] not in '.!?”"'):
        return "headline"  # "One dissent (first from a Fed Governor in 19 years)": a kicker, not a sentence  # a line with no closing punctuation: a title, a kicker, a section name
    if len(_find_word(stripped)) < 6:
        return "too_short"
    if speaker is None and (
        any(marker in lowered for marker in lex.OPINION_MARKERS) or _find_verdict(lowered)
    ):
        return "opinion"
    return None


def _is_fragment(text: str) -> bool:
    """A piece of a sentence: it opens in lower case, with an ellipsis or an editor's bracket ("[which will] be")."""
    opening = text.lstrip(_QUOTE_OPENERS + " ")
    return opening[:1].islower() or opening.startswith(("[", "…", "...", "(", "-", "–", "—", ","))


def _quote_without_fact(claim: str) -> bool:
    """A quotation that states nothing checkable (no figure, no name: "I am so happy"), and is most of the claim
    or is only attributed around it ('"Change starts now," the Labour leader said, ...': no figure outside it)."""
    quotes = find_quotes(claim)
    if not quotes:
        return False
    quoted = " ".join(claim[a:b] for a, b in quotes)
    figured = any(q.kind is not Kind.DATE for q in extract_quantities(quoted))
    if _find_deictic_quote(quoted) and not figured and sum(b - a for a, b in quotes) * 2 >= len(claim):
        return True  # "This is Biden's stock market, not Trump's.": what "this" is, only the article said
    names = [m for m in _find_capitalised(quoted) if m.start() > 0 and m.group() not in {"I", "I’m", "I'm"}]
    if names or figured:
        return False
    if sum(b - a for a, b in quotes) * 2 >= len(claim):
        return True
    outside = "".join(
        claim[b:a] for (_, b), (a, _) in zip([(0, 0), *quotes], [*quotes, (len(claim), 0)], strict=True)
    )
    return (
        len(outside.split()) <= 14  # an attribution, not a fact told around a short quotation
        and _find_say(outside) is not None
        and not any(q.kind is not Kind.DATE for q in extract_quantities(outside))
    )


def _quoted_opinion(claim: str) -> bool:
    """An attributed quotation (or reported speech: "X added that ...") with no measured figure that judges,
    forecasts, or speaks of the speaker's own mind, rather than states ("It's typical of Keir to ...", "Our country
    will boom", "it's critical to get resources ...", "I knew one day one time I'd be ..."). A figure that measures
    nothing ("one day", "thousands and thousands of lives") does not make it checkable."""
    spoken = _spoken_words(claim)
    if spoken is None:
        return False
    lowered = spoken.lower().replace("’", "'")
    judges = (
        any(m in lowered for m in context_lex.QUOTE_OPINION_MARKERS) or _find_forecast(lowered) is not None
    )
    return judges and not any(_measures(q) for q in extract_quantities(spoken))


def _spoken_words(claim: str) -> str | None:
    """The words a claim reports someone said: its quotations and what follows "<say verb> that" ("Powell added
    that he believes ...: “We had a burst of inflation.”")."""
    quotes = find_quotes(claim)
    reported = _find_reported(claim[: quotes[0][0]] if quotes else claim)
    spoken = [claim[a:b] for a, b in quotes] + ([reported["what"]] if reported else [])
    return " ".join(spoken) if spoken else None


def _measures(quantity: Quantity) -> bool:
    """A figure a fact-checker can look up: not a date, not a vague "thousands", not a lone "one" ("one day"), not
    an ordinal ("his third term")."""
    if quantity.kind in {Kind.DATE, Kind.ORDINAL} or quantity.value is None:
        return False
    return quantity.value != 1 or any(c.isdigit() for c in quantity.surface)


_find_deictic_quote = re.compile(r"(?:This|That)(?:\s+(?:is|was)\b|[’']s\b)").match
_find_forecast = re.compile(r"\b(?:will|won't|would|going to)\b|'ll\b|\bi'd\b|\bwe'd\b").search


def _quotation_rejection(claim: str) -> str | None:
    if _quote_without_fact(claim):
        return "quote_without_fact"
    return "opinion" if _quoted_opinion(claim) else None


_find_say = re.compile(rf"\b(?:{_SAY})\b").search
_find_verdict = re.compile(
    rf"""\b(?:is|was|are|were)\s+(?:an?\s+)?(?:(?:{"|".join(lex.VERDICT_INTENSIFIERS)})\s+)?
    (?:{"|".join(lex.VERDICT_NOUNS)})\s+(?:for|to)\b""",
    re.VERBOSE,
).search  # "The decision is a major victory for privacy advocates": the writer's verdict
_find_reported = re.compile(rf"\b(?:{_SAY}|{'|'.join(lex.PROMISE_VERBS)})\s+that\s+(?P<what>.+)$").search


_find_capitalised = re.compile(r"(?<![\w’'])[A-Z][\w’'.-]*").finditer
_match_label = re.compile(
    r"(?:[A-Z0-9][\w’'-]*\s+){0,5}[A-Z][\w’'-]*(?:\s+[0-9]{4})?:\s+[A-Z“\"]"
).match  # "Investigation: The cargo ship ...", "Lok Sabha Election Results 2024: The BJP ..."
# "Conservative consolation: the party with ...", "In a nutshell: the UK will ...": a kicker of one to three words
# before a colon and a lower-case word (not "Officials said: the ...")
_match_kicker = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}:\s+[a-z]").match
_find_run_on = re.compile(r"[,;]\s+(?:The|A|An|It|Its|This|They|He|She)\s+[a-z]").search


def _worth(text: str, speaker: str | None, quantities: tuple[Quantity, ...]) -> str | None:
    if any(q.kind is not Kind.DATE for q in quantities):
        return "quantity"
    if speaker is not None:
        return "attributed"
    runs = [r for r in _find_runs(text) if r.start() > 0 or len(r.group().split()) > 1]
    if runs and _find_checkable_verb(text):
        return "actor"
    return None


def judge_sentences(
    sentences: Iterable[Sentence],
    *,
    dates: Mapping[str, date | None] | None = None,
    titles: Mapping[str, str | None] | None = None,
) -> Iterator[Claim | Rejected]:
    """Claims and rejections for every sentence, in order (sentences grouped by article).

    A sentence gives one :class:`Claim` per atomic fact it states (usually one; all share its span), or one
    :class:`Rejected`. ``dates`` maps an article id to its publication date, which makes "this year" explicit;
    ``titles`` maps it to its title, which counts as text before the first sentence ("the outbreak" of a title
    "Child dies in Texas measles outbreak").
    """
    for article_id, article_sentences in groupby(sentences, key=lambda s: s.article_id):
        published = (dates or {}).get(article_id)
        state = _Speakers()
        earlier = Earlier()
        earlier.learn_title((titles or {}).get(article_id))
        inherited: str | None = None
        for _, paragraph_iter in groupby(article_sentences, key=lambda s: s.paragraph):
            paragraph = list(paragraph_iter)
            speakers, antecedents = _paragraph_speakers(paragraph, state, inherited)
            inherited = speakers[-1]
            for sentence, speaker, antecedent in zip(paragraph, speakers, antecedents, strict=True):
                yield from _judge(sentence, speaker, antecedent, earlier, published)
                earlier.learn(sentence.text)


def _judge(
    sentence: Sentence, speaker: str | None, antecedent: str | None, earlier: Earlier, published: date | None
) -> Iterator[Claim | Rejected]:
    source_id = f"{sentence.article_id}#{sentence.index}"
    if reason := _rejection(sentence.text, speaker):
        yield Rejected(source_id, "claims", reason)
        return
    if _worth(sentence.text, speaker, tuple(extract_quantities(sentence.text))) is None:
        yield Rejected(source_id, "claims", "not_checkable")
        return
    standalone = decontextualise(
        sentence, earlier=earlier, published=published, speaker=speaker, antecedent=antecedent
    )
    if isinstance(standalone, NotStandalone):
        yield Rejected(source_id, "claims", f"not_self_contained.{standalone.reason}")
        return
    if (quoted := _quotation_rejection(standalone.claim)) is not None:
        yield Rejected(source_id, "claims", quoted)
        return
    named = [name_the_contest(part, earlier) for part in atomic_claims(standalone, earlier)]
    parts = [part for part in named if part is not None]
    if len(parts) < len(named):  # a seat count or vote share with no election the article names
        yield Rejected(source_id, "claims", "not_self_contained.no_contest")
        return
    judged = [(part, tuple(extract_quantities(part.claim))) for part in parts]
    reasons = [_worth(part.claim, speaker, quantities) for part, quantities in judged]
    if len(parts) > 1 and None in reasons:  # one part is not checkable: the whole sentence or nothing
        judged = [(standalone, tuple(extract_quantities(standalone.claim)))]
        reasons = [_worth(standalone.claim, speaker, judged[0][1])]
    if reasons == [None]:
        yield Rejected(source_id, "claims", "not_checkable")
        return
    for (part, quantities), why in zip(judged, reasons, strict=True):
        yield _claim(sentence, speaker, quantities, why or "quantity", part)


def _claim(
    sentence: Sentence, speaker: str | None, quantities: tuple[Quantity, ...], why: str, part: Standalone
) -> Claim:
    return Claim(
        sentence.article_id,
        sentence.index,
        sentence.start,
        sentence.end,
        sentence.text,
        speaker,
        quantities,
        why,
        part.claim,
        part.rewrites,
    )


def extract_claims(
    sentences: Iterable[Sentence],
    *,
    dates: Mapping[str, date | None] | None = None,
    titles: Mapping[str, str | None] | None = None,
) -> Iterator[Claim]:
    """The check-worthy claims among ``sentences`` (use :func:`judge_sentences` to see the rejections too)."""
    for item in judge_sentences(sentences, dates=dates, titles=titles):
        if isinstance(item, Claim):
            yield item
