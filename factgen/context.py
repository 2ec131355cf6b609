"""Decontextualisation and atomic splitting: a source sentence rewritten to stand alone, or no claim at all.

``decontextualise(sentence, earlier=..., published=..., speaker=..., antecedent=...) -> Standalone | None`` is a
pure function of one sentence and what its article said before it (:class:`Earlier`). The rewrites, in order,
each recorded under its name in ``Standalone.rewrites`` (the record's ``provenance.rewrites``):

* ``context.quote``: a sentence that starts or ends inside a quotation gets the missing quote marks;
* ``context.connective``: a leading connective is dropped ("And", "But", "However,", "Meanwhile,"), and so is one
  set off by commas inside the sentence (", however,"); one that compares with the sentence before ("Conversely,",
  "By contrast,", "Similarly,") is refused: the sentence's place is the earlier sentence's;
* ``context.year`` / ``context.month``: "this year", "last year", "last month" are made explicit from the article's
  date ("last year" -> "in 2023"), outside quotations only; ``context.season``: "last summer" -> "in the summer of
  2023" when the date allows one year only (not "last summer" written in October; never winter);
* ``context.day``: "yesterday", "today", "tonight", "this afternoon", "last night" and a weekday become the calendar
  date from the article's ("The EU yesterday hit Apple" -> "The EU on 4 March 2024 hit Apple"; "on Thursday
  morning" -> "on the morning of 16 January 2025"); a weekday is the last one on or before the date, so it is left
  as written where the sentence looks ahead ("will vote on Tuesday", unless a past verb dates it: "said Friday it
  would"), is another day ("next Friday", "every Sunday"), a name ("Black Friday"), a modifier ("in rare Saturday
  action"), a possessive ("Sunday’s election") or dated already ("on Sunday (Jan 19)"); outside quotations only;
* ``context.name``: a person named by surname alone ("Kiptum, 23, ...", "said Massa") gets the full name the article
  gave earlier ("Kelvin Kiptum", "Sergio Massa"), when it gave one person that surname, outside quotations, and not
  where the surname is part of a longer name or modifies a noun ("the Biden administration", "Trump allies");
* ``context.pronoun``: "he"/"she" as the subject or in "he said" becomes the person the article last attributed
  (``antecedent``, given only when no other person was named since);
* ``context.definite``: "The bank", "The agency", "The party" becomes the one name of that kind the article gave
  earlier ("the Bank of England"), only when there is exactly one; anywhere in the sentence, "the committee", "the
  bridge" becomes the one name the article gave that ends in that noun ("the Francis Scott Key Bridge"); "the
  outbreak", "the fine" gets the one place or body the title or an earlier sentence put on that noun ("the West
  Texas measles outbreak", "the EU fine"; none or two: no claim); "The iPhone maker", "the social media giant"
  becomes the one-word company the title opens with ("Apple"), once the article or the sentence named it, and only
  when the title names no other company ("Spotify case: Apple hit ..." names two); "The benchmark interest rate",
  "The cut to 5%" become the one central bank's ("the Federal Reserve’s benchmark interest rate"); a description
  an appositive names ("The ship, the Singapore-flagged Dali, ...") stands as written; "The exit poll" the one
  election's; "Four members" that name nothing become members of the one committee; "the truce" finds the
  "ceasefire" the article named; "the storm" the one named storm ("Hurricane Helene"). "Six others", "the previous quarter" (with no date to count from) are refused.
  The article's title
  (``Earlier.learn_title``) counts as text before the first sentence; a title in Title Case gives no names;
* ``context.report``: "The new figures also reveal that X" becomes X (the figures are its source, not its subject);
* ``context.cause``: "15,600 cases and 537 deaths" that say of what nowhere get the one disease the article named
  ("15,600 mpox cases"); with two diseases, no claim;
* ``context.country``: a national measure in a claim that names no place ("Real GDP increased 2.4%", "inflation fell
  to 3 percent") gets the one country the article named ("U.S. real GDP increased 2.4%"), where it can stand (not
  after "a", "its" or a possessive); with two countries, or a country inside a name ("Bank of England"), the claim
  stays as it was, and one that names nothing at all is refused;
* ``context.acronym``: an acronym the article expanded earlier ("Monetary Policy Committee (MPC)") is expanded at
  its first use outside quotation marks ("The MPC said" -> "The Monetary Policy Committee (MPC) said");
* ``context.speaker``: a quotation without attribution in the sentence is given its paragraph's speaker
  ('Lloyd Austin said: "..."').

It returns :class:`NotStandalone` rather than guess, with the check that refused (counted as
``claims.not_self_contained.<reason>``): ``opener`` (an opener that points back: "Since then,"), ``pronoun`` (a
leading pronoun or deictic with no clear antecedent: "It", "They", "This is", "he said"), ``definite`` (a definite
subject it cannot resolve: "The child", "The previous estimate"), ``unattributed_quote`` (a quotation nobody is named
for), ``first_person`` (first-person words outside quotation marks), ``pointer`` (a definite description or
demonstrative later in the sentence that points back: "appeal the fine", "those measures"), ``names_nothing`` (no
proper name: "Four members preferred to hold the rate."), ``no_cause`` (a toll that says of what nowhere) and, from
the claims stage, ``no_contest`` (a seat count or vote share with no one election the article names).

``split_atomic(claim) -> tuple[str, ...]`` splits a sentence holding several independent facts: a "respectively"
list with named subjects ("Labour and the Conservatives won 412 and 121 seats, respectively") and coordinated
clauses that each have a subject, a verb and a figure ("Labour won 412 seats, while the Conservatives won 121").
Otherwise it returns the sentence whole.

``name_the_contest(claim, earlier) -> Standalone | None`` (``context.event``), applied to each atomic claim: a share
of the vote or a seat count that names no election, poll or year gets the one election the article named earlier
("The Green Party has 6.8% of the vote and two seats in the UK general election."), also after a list of parties and
their seats ("The SNP has five seats, Plaid Cymru four and the DUP four in the UK general election."); with none or
several, no claim. "the general election" and "the 2024 UK election" are one election. A bare "the General
Election" takes the one country the article named ("the UK general election"), else no claim. What does not name
the election: a country closing a party's name ("Reform UK"), "election results", a contest word inside an
organisation's name ("Election Commission", "Indian National Congress", "White House"), a person's possessive
("Modi's leadership"), a year after a comparison ("compared to 52 it won in 2019").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from factgen import _claims_lexicon as claims_lex
from factgen import _context_lexicon as lex
from factgen import _text_lexicon as text_lex
from factgen.models import Kind
from factgen.quantities import _lexicon as numbers_lex
from factgen.quantities import extract_quantities
from factgen.segment import Sentence, find_quotes

__all__ = [
    "Earlier",
    "NotStandalone",
    "Standalone",
    "atomic_claims",
    "decontextualise",
    "is_person_name",
    "name_the_contest",
    "split_atomic",
]


@dataclass(frozen=True, slots=True)
class Standalone:
    """A claim text that stands alone and the rewrites that made it (empty: the sentence as written)."""

    claim: str
    rewrites: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NotStandalone:
    """Why a sentence cannot stand alone: the detail of ``claims.not_self_contained.<reason>`` (see the module
    docstring for the list)."""

    reason: str


@dataclass
class Earlier:
    """What an article has named before the current sentence: its names (in order) and its proper words."""

    names: list[str] = field(default_factory=list)  # capitalised runs, first mention first, no duplicates
    proper_words: set[str] = field(
        default_factory=set
    )  # capitalised words seen other than first in a sentence
    acronyms: dict[str, str] = field(
        default_factory=dict
    )  # "MPC" -> "Monetary Policy Committee", as expanded
    contests: list[str] = field(default_factory=list)  # elections named so far: "UK general election"
    events: set[str] = field(default_factory=set)  # names of causes: "Helene" of "Hurricane Helene"
    texts: list[str] = field(default_factory=list)  # the title and the sentences so far, for anchors
    diseases: set[str] = field(default_factory=set)  # diseases named so far: "measles"
    title_opener: str | None = (
        None  # the one-word name a title opens with: "Apple" of "Apple hit with EU fine"
    )
    full_names: dict[str, set[str]] = field(
        default_factory=dict
    )  # "Kiptum" -> {"Kelvin Kiptum"}, "Helene" -> {"Hurricane Helene"}: people and storms, from the text only

    def learn_title(self, title: str | None) -> None:
        """What a title says counts as said before the first sentence; a title in Title Case ("Fed Slashes
        Interest Rates") gives no names, as its capitals do not mark them."""
        if not title:
            return
        self.texts.append(title)
        self.diseases.update(_diseases(title))
        for contest in _find_contests(title):
            name = _contest_name(contest)
            if name is not None and name not in self.contests:
                self.contests.append(name)
        words = [w for w in title.split() if len(w) > 3]
        if sum(w[:1].isupper() for w in words) * 2 > len(words):
            return  # Title Case
        self.proper_words.update(m.group() for m in _find_capitalised(title) if m.start() > 0)
        _, colon, headline = title.partition(": ")  # "Spotify case: Apple hit with EU fine"
        self.title_opener = _company_opener(title) or (_company_opener(headline) if colon else None)

    def protagonist(self, sentence: str) -> str | None:
        """The company a title opens with, once the article or the sentence itself has named it as a name
        (mid-sentence: "... on Facebook owner Meta"), and not a country."""
        opener = self.title_opener
        if opener is None or opener.lower() in lex.COUNTRIES:
            return None
        named_here = re.search(rf"(?<=\s){re.escape(opener)}\b", sentence) is not None
        return opener if opener in self.proper_words or named_here else None

    def learn(self, text: str) -> None:
        self.texts.append(text)
        self.diseases.update(_diseases(text))
        for run in _find_name_runs(text):
            words = run.group().split()
            if len(words) > 1 and any(_is_cause(w) for w in words):
                self.events.update(w for w in words if not _is_cause(w) and w not in {"of", "the", "and"})
        for contest in _find_contests(text):
            name = _contest_name(contest)
            if name is not None and name not in self.contests:
                self.contests.append(name)
        for acronym, expansion in _find_expansions(text):
            self.acronyms.setdefault(acronym, expansion)
        for name in (*_people_named(text), *_storms_named(text)):
            self.full_names.setdefault(name.split()[-1], set()).add(name)
        for run in _find_name_runs(text):
            name = run.group().removesuffix("’s").removesuffix("'s")
            while name.split(" ", 1)[0].lower() in lex.NOT_ACTORS and " " in name:
                name = name.split(" ", 1)[1]  # "Thursday The Labour Party" never; "Monday Labour" -> "Labour"
            if run.start() == 0 and " " not in name:
                continue  # one capitalised word opening a sentence may be any word
            if name not in self.names:
                self.names.append(name)
        self.proper_words.update(m.group() for m in _find_capitalised(text) if m.start() > 0)


# --------------------------------------------------------------------------- patterns

_NAME_WORD: Final = r"[A-Z](?:[\w’'&-]|\.(?=\w))*"  # "Bailey", "U.S" (a run never crosses ". ")
_find_name_runs = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|the|and|de)\s+)?{_NAME_WORD})*").finditer
_find_capitalised = re.compile(r"(?<![\w’'])[A-Z][\w’'.-]*").finditer
_find_words = re.compile(r"[\w’'.%$£€-]+").finditer
_QUOTE_MARKS: Final = '“”"‘’'
_OPENING: Final = '“"‘'


def _alternatives(words: Sequence[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_NAMES: Final = tuple(m.capitalize() for m in text_lex.MONTH_NAMES)


_match_connective = re.compile(
    rf"""(?:(?i:{_alternatives(lex.BARE_CONNECTIVES)})\s+(?!,)     # "And ", "But "
    | (?i:{_alternatives(lex.CONNECTIVES)})\s*,\s+)                # "However, ", "In addition, "
    (?=[\w“"‘$£€])                                                 # ... then the sentence goes on
    """,
    re.VERBOSE,
).match
_find_inner_connective = re.compile(rf",\s+(?i:{_alternatives(lex.INNER_CONNECTIVES)}),(?=\s)").search
_match_report_opener = re.compile(
    rf"""(?i:the)\s+(?:(?:{_alternatives(lex.REPORT_MODIFIERS)})\s+)?(?:{_alternatives(lex.REPORT_NOUNS)})  # The new figures
    \s+(?:also\s+)?(?:{_alternatives(lex.REPORT_VERBS)})\s+that\s+(?=[\w$£€])                          # also reveal that
    """,
    re.VERBOSE,
).match
_match_context_opener = re.compile(rf"(?i:{_alternatives(lex.CONTEXT_OPENERS)})\b").match
_find_relative_year = re.compile(
    rf"""\b(?P<lead>(?i:(?:earlier|later|early|late)\s+)?|(?:{_alternatives(_MONTH_NAMES)})\s+)  # "June last year"
    (?P<prep>(?i:(?:{_alternatives(lex.YEAR_PREPOSITIONS)})\s+)?)        # "compared to last year"
    (?P<rel>(?i:{_alternatives(list(lex.RELATIVE_YEARS))}))(?P<poss>[’']s)?\b""",
    re.VERBOSE,
).finditer
_find_relative_month = re.compile(
    rf"""\b(?P<prep>(?i:(?:{_alternatives(lex.YEAR_PREPOSITIONS)})\s+)?)
    (?P<rel>(?i:{_alternatives(list(lex.RELATIVE_MONTHS))}))(?P<poss>[’']s)?\b""",
    re.VERBOSE,
).finditer
_find_relative_season = re.compile(
    rf"""\b(?P<prep>(?i:(?:{_alternatives(lex.YEAR_PREPOSITIONS)})\s+)?)
    (?P<rel>(?i:last|this|next))\s+(?P<season>{_alternatives(list(lex.SEASON_MONTHS))})\b(?P<poss>(?![’']))""",
    re.VERBOSE,
).finditer
_WEEKDAY_NAMES: Final = tuple(d.capitalize() for d in text_lex.WEEKDAYS)
_find_relative_day = re.compile(
    rf"""(?<![\w’'-])
    (?P<prep>(?i:{_alternatives(lex.DAY_PREPOSITIONS)})\s+)?                 # "as of "
    (?P<edge>(?i:early|late|earlier|later)\s+(?:on\s+)?)?                   # "late "
    (?:(?P<day>{_alternatives(_WEEKDAY_NAMES)})(?P<poss>[’']s(?=\s+\w))?      # "Tuesday", "Sunday’s election"
     | (?P<rel>(?i:yesterday|today|tonight))(?P<appos>,\s+(?:{_alternatives(_WEEKDAY_NAMES)}),)?  # "today, Thursday,"
     | (?P<rel_part>(?i:this|last))\s+(?P<this_part>(?:{_alternatives(lex.DAY_PARTS)})))  # "this morning"
    (?:\s+(?P<part>{_alternatives(lex.DAY_PARTS)}))?                          # "Thursday morning"
    (?![\w’'-])""",
    re.VERBOSE,
).finditer
_match_dated_after = (
    re.compile(  # "Sunday (Jan 19)", "Sunday, October 8", "Sunday, 8 October", not "Tuesday, 124 cases"
        rf"\s*[,(]?\s*(?:\d{{1,2}}\s+)?(?:{_alternatives(text_lex.MONTHS)})\b", re.IGNORECASE
    ).match
)
_FUTURE = re.compile(  # "will", "set to"; not "would have" (what might have been)
    rf"(?<![\w’'])(?i:{_alternatives(lex.FUTURE_WORDS)})(?![\w’'])(?!(?<=would)\s+have\b)"
)
_find_future, _find_futures = _FUTURE.search, _FUTURE.finditer
_find_pronoun_speech = re.compile(
    r"\b(?P<pronoun>he|she)\s+(?=(?:has\s+|had\s+)?(?:said|says|added|told|noted|stated|wrote|explained|argued|"
    r"warned|insisted|stressed|continued|replied|asked)\b)"
).search


# --------------------------------------------------------------------------- the rewrite


def decontextualise(
    sentence: Sentence,
    *,
    earlier: Earlier,
    published: date | None,
    speaker: str | None,
    antecedent: str | None,
) -> Standalone | NotStandalone:
    """The sentence as a self-contained claim, or why it cannot stand alone (see the module docstring).

    ``speaker`` is the sentence's attributed speaker (from the claims stage); ``antecedent`` the person "he"/"she"
    may stand for, or ``None`` when that is ambiguous.

    >>> s = Sentence("a", 3, 100, 140, "But he said inflation fell last year.", 1, ())
    >>> decontextualise(s, earlier=Earlier(), published=date(2024, 5, 1), speaker="Andrew Bailey",
    ...                 antecedent="Andrew Bailey")
    Standalone(claim='Andrew Bailey said inflation fell in 2023.', rewrites=('context.connective', 'context.year', 'context.pronoun'))
    """
    text, rewrites = _close_quotes(sentence)
    if not text.startswith(tuple(_OPENING)):
        while (connective := _match_connective(text)) is not None:
            text = _capitalise(text[connective.end() :])
            rewrites.append("context.connective")
    if (inner := _find_inner_connective(text)) is not None and not find_quotes(text):
        text = text[: inner.start()] + text[inner.end() :]  # "NDA's tally, on the other hand, stood at 292."
        rewrites.append("context.connective")
    if _match_context_opener(text):
        return NotStandalone("opener")
    if published is not None and not text.startswith(
        ("'", "‘")
    ):  # a quotation in single marks: its words stay
        text = _explicit_dates(text, published, rewrites)
    if (speech := _find_pronoun_speech(text)) is not None:
        if antecedent is None:
            return NotStandalone("pronoun")
        text = text[: speech.start()] + antecedent + text[speech.end("pronoun") :]
        rewrites.append("context.pronoun")
    if (report := _match_report_opener(text)) is not None:
        text = _capitalise(text[report.end() :])  # "The new figures also reveal that net migration ..."
        rewrites.append("context.report")
    subject = _resolve_subject(text, earlier, antecedent, rewrites)
    if isinstance(subject, NotStandalone):
        return subject
    text = _full_names(_expand_acronyms(subject, earlier, rewrites), earlier, rewrites)
    attributed = _attribute_quote(text, speaker)
    if attributed is None:
        return NotStandalone("unattributed_quote")
    if attributed != text:
        text = attributed
        rewrites.append("context.speaker")
    text = _resolve_pointers(text, earlier, rewrites)
    text = _name_the_disease(text, earlier, rewrites)
    text = _name_the_country(_name_where_migrants_went(text, earlier, rewrites), earlier, rewrites)
    text = _name_the_pointed_country(text, earlier, rewrites)
    text = _name_the_body(text, earlier, rewrites)
    if (refused := _still_dependent(text, earlier)) is not None:
        return NotStandalone(refused)
    return Standalone(_find_space_before_mark.sub(r"\1", text), tuple(dict.fromkeys(rewrites)))


# "... the Asheville Citizen-Times reported .": a space a publisher left before a closing mark (the span stays exact)
_find_space_before_mark = re.compile(r"\s+([,.;:!?])(?=\s|$)")


def _still_dependent(text: str, earlier: Earlier) -> str | None:
    """Why the rewritten claim still leans on its article, or ``None`` when it stands alone."""
    if _first_person_outside_quotes(text):
        return "first_person"
    if _points_back(text):
        return "pointer"
    if not _names_something(text, earlier):
        return "names_nothing"
    return "no_cause" if _uncaused_toll(text, earlier) else None


def _within(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether offset ``at`` falls inside one of ``spans`` (quotations, from :func:`find_quotes`)."""
    return any(a <= at < b for a, b in spans)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _close_quotes(sentence: Sentence) -> tuple[str, list[str]]:
    """Add the quote marks a sentence cut out of a longer quotation lacks: '“' before, '”' after."""
    text, start, end = sentence.text, sentence.start, sentence.end
    opened_before = [(a, b) for a, b in sentence.quotes if a < start < b or (a == start and not _opens(text))]
    runs_on = [(a, b) for a, b in sentence.quotes if a < end < b and end - start > 1]
    if runs_on and not opened_before and text[:1] in _OPENING and text[-1] not in '”"':
        return text + ("”" if text[0] == "“" else '"'), ["context.quote"]  # the quotation goes on after it
    if not opened_before and (quoted := find_quotes(text)) and quoted[-1][1] == len(text):
        mark = text[quoted[-1][0] - 1]
        return text + ("”" if mark == "“" else '"'), ["context.quote"]  # the quotation runs on past it
    if not opened_before or text[:1] in _OPENING:
        return text, []
    _, quote_end = opened_before[0]
    if quote_end < end:  # the quotation closes inside the sentence: only its opening mark is missing
        closing = text[quote_end - start]
        return ("“" if closing == "”" else '"') + text, ["context.quote"]
    return "“" + text + "”", ["context.quote"]


def _opens(text: str) -> bool:
    return text[:1] in _OPENING


def _explicit_dates(text: str, published: date, rewrites: list[str]) -> str:
    """ "this year" -> "in 2024", "last year's" -> "2023's", "last month" -> "in April 2024", "last summer" -> "in the
    summer of 2023"; never in quotes."""

    def month(match: re.Match[str]) -> str:
        index = published.year * 12 + published.month - 1 + lex.RELATIVE_MONTHS[match["rel"].lower()]
        return f"{_MONTH_NAMES[index % 12]} {index // 12}"

    def season(match: re.Match[str]) -> str | None:
        year = _season_year(match["rel"].lower(), match["season"], published)
        return None if year is None else f"the {match['season']} of {year}"

    text = _dated_outside_quotes(
        text, _find_relative_year, lambda m: str(published.year + lex.RELATIVE_YEARS[m["rel"].lower()]),
        "context.year", rewrites,
    )  # fmt: skip
    text = _dated_outside_quotes(text, _find_relative_month, month, "context.month", rewrites)
    text = _dated_outside_quotes(text, _find_relative_season, season, "context.season", rewrites)
    return _dated_outside_quotes(
        text, _find_relative_day, lambda m: _day(m, published), "context.day", rewrites, phrase=_dated_day
    )


def _day(match: re.Match[str], published: date) -> str | None:
    """The calendar date a relative day means, from the article's date: "yesterday" the day before, "today",
    "tonight", "this morning" the day itself, "last night" the night before; a weekday the last one on or before
    the date. ``None`` (left as written) for a weekday that is not that one ("next Friday", "every Sunday", "Black
    Friday"), already dated ("Sunday (Jan 19)"), possibly ahead (in a sentence that looks ahead, unless a past verb
    is right before it: "said Friday it would ...") or with no day to count from."""
    if match["day"] is None:
        offset = lex.RELATIVE_DAYS[(match["rel"] or match["rel_part"]).lower()]
        return _calendar(published + timedelta(days=offset))
    before = match.string[: match.start()].split()[-1:]
    previous = before[0].strip('“”"‘’,').lower() if before else ""
    if previous in lex.NOT_THAT_DAY or (not match["prep"] and before and before[0][:1].isupper()):
        return None  # "next Friday", "Black Friday", "Xinhua Monday"
    if _match_dated_after(match.string, match.end()):
        return None  # "on Sunday (Jan 19)", "Sunday, October 8": dated already
    following = re.match(r"\s+([a-z][\w’'-]*)", match.string[match.end() :])
    bare = not (match["prep"] or match["part"] or match["poss"])
    if bare and following and following[1] not in lex.AFTER_BARE_DAY:
        return None  # "in rare Saturday action": the weekday modifies a noun
    if _looks_ahead(match, previous):
        return None  # "will meet on Friday": the next Friday, or the one after?
    offset = (published.weekday() - _WEEKDAY_NAMES.index(match["day"])) % 7
    return _calendar(published - timedelta(days=offset))


def _calendar(day: date) -> str:
    """ "4 March 2024": the day first, so that no comma is needed after the year in running text."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _looks_ahead(match: re.Match[str], previous: str) -> bool:
    """Whether the weekday ``match`` found may lie ahead of the article's date: the sentence looks ahead before it
    ("is set to vote on Tuesday"), or after it with no past verb between ("On Friday, the leaders will meet"); a
    past verb right before it dates it ("said Friday it would"), and one after it too ("The House on Saturday
    passed a bill that would ...")."""
    if _is_past(previous):
        return False
    text = match.string
    before = list(_find_futures(text, 0, match.start()))
    if before and not any(_is_past(w) for w in text[before[-1].end() : match.start()].split()):
        return True  # "is set to vote on Tuesday" (not "will be president, said X, who conceded after Sunday’s vote")
    ahead = _find_future(text, match.end())
    return ahead is not None and not any(_is_past(w) for w in text[match.end() : ahead.start()].split())


def _is_past(word: str) -> bool:
    return word in lex.PAST_BEFORE_DAY or _looks_past(word)


def _dated_day(match: re.Match[str], when: str) -> str:
    """ "on Thursday morning" -> "on the morning of 16 January 2025"; "as of Tuesday" -> "as of 25 February 2025";
    "late Tuesday" -> "late on 25 February 2025"; "yesterday" -> "on 4 March 2024"; "Thursday's decision" -> "the
    1 August 2024 decision"."""
    part = (
        match["this_part"]
        or match["part"]
        or ("night" if (match["rel"] or "").lower() == "tonight" else None)
    )
    day = f"the {part} of {when}" if part else when
    prep = match["prep"] or ""
    if match["poss"]:  # "after Sunday’s election" -> "after the 19 November 2023 election"
        phrase = f"{prep}{match['edge'] or ''}the {when}"
    elif match["edge"]:
        phrase = f"{prep}{match['edge'].split()[0]} on {day}"
    else:
        phrase = f"{prep}{day}" if prep.strip().lower() not in {"", "on"} else f"{prep or 'on '}{day}"
    return _capitalise(phrase) if match.group()[:1].isupper() and match.start() == 0 else phrase


def _dated_outside_quotes(
    text: str,
    find: Callable[[str], Iterator[re.Match[str]]],
    when: Callable[[re.Match[str]], str | None],
    rewrite: str,
    rewrites: list[str],
    *,
    phrase: Callable[[re.Match[str], str], str] | None = None,
) -> str:
    """``text`` with each phrase ``find`` matches outside quotation marks made explicit as ``when`` says (``None``:
    left as written) and written by ``phrase`` (by default :func:`_dated`), each counted as ``rewrite``. Quotes
    are found in the text this pass reads, so an earlier pass's rewrites never shift them."""
    quoted = find_quotes(text)
    out, last = [], 0
    for match in find(text):
        value = None if _within(match.start(), quoted) else when(match)
        if value is None:
            continue
        out += [text[last : match.start()], (phrase or _dated)(match, value)]
        last = match.end()
        rewrites.append(rewrite)
    return "".join(out) + text[last:]


def _season_year(rel: str, season: str, published: date) -> int | None:
    """The year of "last summer" / "this spring" / "next summer" from the article's date; ``None`` when the phrase
    allows two ("last summer" written in October: this year's or last year's?)."""
    first, last = lex.SEASON_MONTHS[season]
    if rel == "this":
        return published.year
    if rel == "last":
        return published.year - 1 if published.month <= last else None
    return published.year + 1 if published.month >= first else None


def _dated(match: re.Match[str], when: str) -> str:
    """The replacement for one relative date: keep a preposition, else add "in"; a possessive stays one."""
    lead, prep = match.groupdict().get("lead") or "", match["prep"]
    capital = match.group()[:1].isupper()
    if match["poss"] and not lead and not prep and re.match(r"\s+[A-Z]", match.string[match.end() :]):
        return "the " + when  # "at last year’s Berlin Marathon" -> "at the 2022 Berlin Marathon"
    if lead[:1].isupper():  # "June last year" -> "June 2023"
        phrase = f"{lead}{when}{match['poss'] or ''}"
    elif match["poss"]:
        phrase = f"{lead}{prep}{when}{match['poss']}"
    elif prep:
        phrase = f"{lead}{prep}{when}"
    else:
        phrase = f"{lead}in {when}"
    return _capitalise(phrase) if capital else phrase


# --------------------------------------------------------------------------- people


def _people_named(text: str) -> Iterator[str]:
    """The full names of people ``text`` gives, titles and owners stripped: "Kelvin Kiptum" of "Kenya’s Kelvin
    Kiptum", "Sergio Massa" of "Economy Minister Sergio Massa", "Narendra Modi" of "Prime Minister Narendra Modi's".
    Two to four words, none a place's, an event's or an institution's ("West Texas", "Hurricane Helene")."""
    for run in _find_name_runs(text):
        for part in _split_name_run(run.group()):  # "Naidu's Telugu Desam Party and Nitish Kumar's JD"
            words = part.removesuffix("’s").removesuffix("'s").split()
            titled = [
                i for i, w in enumerate(words[:-1]) if w in lex.PERSON_TITLES or w in claims_lex.TITLE_WORDS
            ]
            words = words[titled[-1] + 1 :] if titled else words
            if len(words) > 2 and words[0].endswith(("an", "ese", "ish")):
                words = words[1:]  # "Kenyan Eliud Kipchoge"
            while words and _opens_only(words[0]):
                words = words[1:]  # "And Kiptum won": a word capitalised because it opens the sentence
            name = " ".join(words)
            if (
                2 <= len(words) <= 4
                and is_person_name(name)
                and not any(w.lower() in _NOT_IN_A_PERSON_NAME for w in words)
                and not any(len(w) > 1 and w.replace(".", "").isupper() for w in words)
                and all(re.fullmatch(r"[A-Z][a-z’'-]+|[A-Z]\.?", w) for w in words)
            ):
                yield name


def _opens_only(word: str) -> bool:
    """A word capitalised only because it opens a sentence: "And", "It", "The", "However"."""
    lowered = word.lower()
    return (
        lowered in text_lex.SENTENCE_STARTERS
        or lowered in lex.PRONOUN_SUBJECTS
        or lowered in lex.BARE_CONNECTIVES
        or lowered in lex.CONNECTIVES
    )


def _storms_named(text: str) -> Iterator[str]:
    """The storms ``text`` names in full: "Hurricane Helene", "Tropical Storm Debby"."""
    for run in _find_name_runs(text):
        words = run.group().removesuffix("’s").removesuffix("'s").split()
        if len(words) > 1 and " ".join(words[:-1]).lower() in lex.STORM_TITLES:
            yield " ".join(words)


_NOT_IN_A_PERSON_NAME: Final = (
    lex.NOT_PERSON_WORDS
    | lex.NOT_ACTORS
    | frozenset(numbers_lex.UNIT_WORDS)
    | frozenset(numbers_lex.TENS_WORDS)
)  # "Three Israeli hostages" names no one
_split_name_run = re.compile(r"(?<=[’']s)\s+|\s+(?:and|of|for|the|de)\s+").split


def _full_names(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """A person the sentence names by surname alone ("Kiptum, 23, took 34 seconds off ...", "Massa's") gets the
    full name the article gave earlier ("Kelvin Kiptum"), at the first mention outside quotation marks, when the
    article gave one person that surname and the sentence does not give the full name itself; so does a storm
    ("Helene" -> "Hurricane Helene"). Not in a longer name
    ("Kiptum Foundation", "Eliud Kipchoge") or after "the" ("the Biden administration")."""
    quotes = find_quotes(text)
    found: dict[str, tuple[int, int]] = {}
    for match in _find_capitalised(text):
        surname = match.group().removesuffix("’s").removesuffix("'s").rstrip(".,;:")
        people = earlier.full_names.get(surname, set())
        if len(people) != 1 or surname in found or _within(match.start(), quotes):
            continue
        person = next(iter(people))
        if person not in text and _stands_alone(text, match.start(), match.start() + len(surname), earlier):
            found[person] = (match.start(), match.start() + len(surname))
    for person, (start, end) in sorted(found.items(), key=lambda item: -item[1][0]):
        text = text[:start] + person + text[end:]
        rewrites.append("context.name")
    return text


def _stands_alone(text: str, start: int, end: int, earlier: Earlier) -> bool:
    """Whether the word at ``start:end`` is a name of its own, not the end or the start of a longer one, nor a
    modifier after "the"."""
    before = text[:start].split()[-1:]
    if before and before[0].lower() in {"the", "a", "an"}:
        return False  # "the Biden administration"
    if before and before[0][:1].isupper() and not before[0].endswith(","):
        opener = len(text[:start].split()) == 1  # "While Kumar ...": a capital that only opens the sentence
        if not opener or before[0] in earlier.proper_words:
            return False  # "Eliud Kipchoge", "Xinhua Kiptum"
    rest = text[end:]
    if rest.startswith(("’s", "'s")):
        return True  # "Kiptum’s time"
    following = re.match(r"\s+([\w’'-]+)", rest)
    if following is None:
        return rest[:1] not in "-–"  # "Kiptum," (not "Kiptum-led")
    word = following[1]
    return word in lex.PERSON_FOLLOWERS or word in _FINITE or _looks_past(word)


# --------------------------------------------------------------------------- acronyms

_find_defined_acronym = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)").finditer  # "... Committee (MPC)"
_find_acronym_defined = re.compile(r"\b(?P<acronym>[A-Z]{2,6}) \((?P<name>[A-Z][^()]{3,80})\)").finditer
_NAME_LINKS: Final = frozenset({"of", "for", "and", "the", "on", "de"})


def _find_expansions(text: str) -> list[tuple[str, str]]:
    """The acronyms a text expands, with their names: "Office for National Statistics (ONS)", "ONS (Office for
    National Statistics)". The name's capitalised words must give the acronym's letters, in order, and no more; a
    possessive owner before the name goes with it ("the BoE’s Monetary Policy Committee (MPC)": whose committee).
    """
    found = []
    for match in _find_defined_acronym(text):
        before = text[: match.start()].rstrip()
        name = _name_for(before.split(), match["acronym"])
        if name is not None:
            owner = _find_owner(before[: -len(name)]) if before.endswith(name) else None
            whose = owner["owner"].removeprefix("The ") if owner else None
            found.append((match["acronym"], f"{whose} {name}" if whose else name))
    for match in _find_acronym_defined(text):
        words = match["name"].split()
        if _name_for(words, match["acronym"]) == match["name"]:
            found.append((match["acronym"], match["name"]))
    return found


_find_owner = re.compile(
    r"(?:^|\s)(?P<owner>(?:[A-Z][\w.-]*\s+(?:(?:of|for)\s+)?){0,3}[A-Z][\w.-]*[’']s)\s*$"
).search  # "the BoE’s Monetary Policy Committee (MPC)": the MPC is the BoE’s


def _name_for(words: list[str], acronym: str) -> str | None:
    """The shortest run of ``words`` ending the list whose capitalised initials spell ``acronym``, or ``None``."""
    need, taken = list(acronym), list[str]()
    for word in reversed(words):
        if not need:
            break
        if word[:1] == need[-1] and word[1:2].islower() and word.strip("’'-").isalpha():
            need.pop()
        elif not (taken and word in _NAME_LINKS):
            return None
        taken.append(word)
    return " ".join(reversed(taken)) if not need else None


def _spelled_by_names(text: str, earlier: Earlier) -> dict[str, str]:
    """Acronyms of three or more letters in ``text`` that the initials of exactly one earlier name spell ("BEA":
    "Bureau of Economic Analysis"), for an article that named the body in full but never wrote "(BEA)"."""
    found = {}
    for acronym in set(re.findall(r"\b[A-Z]{3,6}\b", text)) - earlier.acronyms.keys():
        if acronym.lower() in lex.COUNTRIES or acronym in lex.MEASURE_ACRONYMS:
            continue
        names = {
            n for n in (m.removeprefix("The ") for m in earlier.names) if _name_for(n.split(), acronym) == n
        }
        if len(names) == 1:
            found[acronym] = names.pop()
    return found


def _expand_acronyms(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """The first use of each acronym the article expanded earlier, outside quotation marks and not inside a compound
    ("BJP-led"), becomes "Name (ACR)"; a possessive "ACR’s" becomes "Name’s"."""
    quotes = find_quotes(text)
    for acronym, name in {**_spelled_by_names(text, earlier), **earlier.acronyms}.items():
        if name in text:
            continue
        for match in re.finditer(rf"(?<![\w(-]){acronym}(?P<poss>[’']s)?(?![\w)-])", text):
            if _within(match.start(), quotes):
                continue
            expanded = name + match["poss"] if match["poss"] else f"{name} ({acronym})"
            text = text[: match.start()] + expanded + text[match.end() :]
            rewrites.append("context.acronym")
            break
    return text


# --------------------------------------------------------------------------- the subject


def _subject_at(text: str) -> int:
    """Where the subject starts: after a short fronted adverbial ("On Tuesday, ", "According to X, ")."""
    words = text.split(" ", 1)
    if words[0].lower().rstrip(",") in lex.ADVERBIAL_OPENERS:
        comma = text.find(", ")
        if 0 < comma < 80 and not any(q in text[:comma] for q in _QUOTE_MARKS):
            return comma + 2
    return 0


def _resolve_subject(  # noqa: PLR0911  (a decision list)
    text: str, earlier: Earlier, antecedent: str | None, rewrites: list[str]
) -> str | NotStandalone:
    """The text with a leading pronoun or definite description resolved, or why it cannot be."""
    if text[:1] in _OPENING:
        return text  # a quotation opens the sentence: its words are the speaker's
    at = _subject_at(text)
    head = text[at:]
    first = re.match(r"[\w’']+", head)
    if first is None:
        return text
    word = first.group().lower()
    rest = head[first.end() :]
    if (
        role := _match_owned_role(head)
    ) is not None:  # "His rival Sergio Massa conceded" -> "Sergio Massa conceded"
        rewrites.append("context.pronoun")
        return text[:at] + head[role.end() :]
    if word in lex.PERSON_PRONOUNS or word in {"his", "her"}:
        if antecedent is None or (word == "her" and not rest.startswith(" ")):
            return NotStandalone("pronoun")
        name = antecedent if word in lex.PERSON_PRONOUNS else antecedent + "’s"
        rewrites.append("context.pronoun")
        return text[:at] + name + rest
    if word in {"this", "that"}:
        next_word = re.match(r"\s+([a-z]+)", rest)
        return (
            text if next_word and next_word.group(1) in lex.DEICTIC_TIME_NOUNS else NotStandalone("pronoun")
        )
    if word in lex.PRONOUN_SUBJECTS:
        return NotStandalone("pronoun")
    if word == "the":
        return _resolve_definite(text, at, rest, earlier, rewrites)
    return text


_match_owned_role = (
    re.compile(  # "His rival ", "Her fellow Kenyan ": a role whose holder the sentence names in full
        r"(?i:his|her|their|its)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)"
    ).match
)


def _anchors(word: str) -> bool:
    """A capitalised modifier that names something ("Biden", "UK"), not a month or a number."""
    return word[:1].isupper() and word.lower().rstrip("’'s") not in lex.NOT_ACTORS


def _is_name_head(words: list[str]) -> bool:
    """ "The Bank" alone (not "The Bank of England"): a name head standing for the article's earlier name."""
    return len(words) == 1 and words[0].lower() in lex.NAME_HEADS


def _resolve_definite(
    text: str, at: int, rest: str, earlier: Earlier, rewrites: list[str]
) -> str | NotStandalone:
    """ "The bank cut rates" -> "The Bank of England cut rates" when the article named one bank; else ``None``."""
    tokens = re.findall(r"\S+", rest)[:5]
    noun_words: list[str] = []
    for i, token in enumerate(
        tokens
    ):  # the noun phrase ends at a verb-like or function word, a possessive or ","
        word = token.rstrip(",;:.")
        pointing = any(w.lower() in lex.POINTER_MODIFIERS for w in noun_words)
        if word in _PREPOSITIONS and i + 1 < len(tokens) and _anchors(tokens[i + 1]) and not pointing:
            return text  # "The death toll from Hurricane Helene": the phrase names what it is about
        stem = word[:-2]
        if word.endswith(("’s", "'s")) and not noun_words and stem.lower() in lex.NAME_HEADS:
            return _anaphoric(text, at, [stem], after="", earlier=earlier, rewrites=rewrites)  # "The Bank's"
        if word in _NP_STOPS or word.endswith(("’s", "'s")):
            return (
                text
                if word.endswith(("’s", "'s"))
                else _anaphoric(text, at, noun_words, after=token, earlier=earlier, rewrites=rewrites)
            )
        noun_words.append(word)
        if word != token:
            break
    return _anaphoric(text, at, noun_words, after="", earlier=earlier, rewrites=rewrites)


_find_year = re.compile(r"(?:19|20)\d\d").fullmatch
_PREPOSITIONS: Final = frozenset({"of", "from", "in", "at", "on", "for", "against", "between", "over"})
_NP_STOPS: Final = frozenset(
    {"of", "in", "on", "at", "for", "to", "and", "is", "are", "was", "were", "has", "have", "had", "will", "would",
     "that", "which", "who", "said", "says", "with", "from", "by", "as"}
)  # fmt: skip


def _anaphoric(  # noqa: PLR0911  (a decision list)
    text: str, at: int, noun_words: list[str], *, after: str, earlier: Earlier, rewrites: list[str]
) -> str | NotStandalone:
    """Resolve or refuse "The <noun phrase>" when it points back; ``after`` is the word that ended the phrase."""
    if not noun_words or (
        after == "of" and noun_words[-1].lower() in lex.ANAPHORIC_NOUNS | lex.NAME_HEADS.keys()
    ):
        return text  # "The number of cases", "The Bank of England": specified in the sentence
    if all(w[:1].isupper() for w in noun_words) and not _is_name_head(noun_words):
        return text  # "The World Health Organization": a name
    lowered = [w.lower() for w in noun_words]
    if not any(w in lex.ANAPHORIC_NOUNS for w in lowered):
        return text  # "The exit poll projections": nothing that points back
    first = next(i for i, w in enumerate(lowered) if w in lex.ANAPHORIC_NOUNS)
    dated = lowered[first] not in lex.FIGURE_NOUNS and any(_find_year(w) for w in noun_words[:first])
    if dated or any(_anchors(w) for w in noun_words[:first]):
        return text  # "the Biden administration", "The 1 August 2024 decision" (not "The June 2023 figure": of what?)
    kept = [w.rstrip(",;:.").removesuffix("’s").removesuffix("'s") for w in noun_words[: first + 1]]
    noun_words = lowered[: first + 1]  # "The bank cut rates": the phrase ends at its noun
    name = _one_of_kind(noun_words, earlier)
    described = f"the {name}" if name is not None else _describe(kept, earlier, text)
    phrase = re.match(rf"the(?:\s+[^\s,;:]+){{{len(noun_words)}}}", text[at:], re.IGNORECASE)
    if phrase is None:
        return NotStandalone("definite")
    phrase_end = at + len(phrase.group().rstrip(".").removesuffix("’s").removesuffix("'s"))  # "’s" stays
    if described is None:
        named = _match_named_appositive(text, phrase_end)  # "The ship, the Singapore-flagged Dali, ..."
        return text if named is not None else NotStandalone("definite")
    rewrites.append("context.definite")
    return text[:at] + (_capitalise(described) if at == 0 else described) + text[phrase_end:]


_match_named_appositive = re.compile(
    rf""",\s+(?:(?:the|a|an)\s+)?                                   # ", the"
    (?:(?!(?:{_alternatives(lex.PREPOSITIONS)})\b)[a-z][\w-]*\s+){{0,3}}  # "Singapore-flagged" (no "for ...")
    [A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}},                       # "Dali,": a name closes the appositive
    """,
    re.VERBOSE,
).match


def _one_of_kind(noun_words: list[str], earlier: Earlier) -> str | None:
    """The one name of the kind ``noun_words`` say ("bank": "Bank of England") the article gave, else ``None``."""
    heads = lex.NAME_HEADS.get(" ".join(noun_words)) or lex.NAME_HEADS.get(noun_words[-1])
    if heads is None or (len(noun_words) > 1 and " ".join(noun_words) not in lex.NAME_HEADS):
        return None
    found = {n.removeprefix("The ") for n in earlier.names if any(h in n.split() for h in heads)}
    return _fewest_words({n for n in found if " " in n})


def _fewest_words(found: set[str]) -> str | None:
    """The one name in ``found`` that no other is part of ("Bank of England Governor X" holds "Bank of England")."""
    names = [n for n in found if not any(m != n and m in n for m in found)]
    return names[0] if len(names) == 1 else None


def _describe(  # noqa: PLR0911  (a decision list)
    words: list[str], earlier: Earlier, sentence: str
) -> str | None:
    """What "the <words>" stands for, from what the article said before it, or ``None`` when that is not one
    thing: "the committee" -> "the Monetary Policy Committee" (the one name it heads), "The iPhone maker" ->
    "Apple" (the company the title opens with), "the outbreak" -> "the West Texas outbreak" (the one name the
    article put before or after that noun: "the measles outbreak in West Texas")."""
    lowered = [w.lower() for w in words]
    if not words or any(w in lex.POINTER_MODIFIERS for w in lowered):
        return None
    head = lowered[-1]
    if head in lex.COMPANY_NOUNS:
        return earlier.protagonist(sentence)
    if " ".join(lowered[-2:]) in lex.BANK_RATES:  # "The benchmark interest rate": the one central bank's
        bank = _one_of_kind(["bank"], earlier)
        return None if bank is None else f"the {bank}’s {' '.join(words)}"
    if head in lex.STORM_NOUNS:  # "the storm" -> "Hurricane Helene", the one named storm the article gave
        storms = {n for n in earlier.names if " ".join(n.split()[:-1]).lower() in lex.STORM_TITLES}
        return _most_specific(storms)
    if head in lex.NAMED_HEADS:
        size = len(words)
        named = {
            n.removeprefix("The ")
            for n in earlier.names
            if len(n.split()) > size and [w.lower() for w in n.split()[-size:]] == lowered
        }
        if (name := _most_specific(named)) is not None:  # "Francis Scott Key Bridge" holds "Key Bridge"
            owned = name.split()[0].endswith(("’s", "'s"))
            return name if owned else f"the {name}"  # "below Baltimore's Key Bridge"
    if " ".join(lowered[-2:]) in lex.CONTEST_NOUNS or head in lex.CONTEST_NOUNS:
        contest = _one_contest(earlier.contests)  # "The exit poll" -> "the UK general election exit poll"
        if contest is None:
            return None
        return f"{contest} {' '.join(words)}"
    if head not in lex.ANCHORABLE_NOUNS or (anchor := _anchor_for(head, earlier)) is None:
        return None
    disease = _one_disease(earlier) if head in {"outbreak", "epidemic"} else None
    if disease is not None and disease not in lowered:
        words = [*words[:-1], disease, words[-1]]  # "the outbreak" -> "the Texas measles outbreak"
    return f"the {anchor} {' '.join(words)}"


_find_case_count = re.compile(
    r"""(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))  # "15,600"
    \s+(?P<noun>(?:(?:suspected|confirmed|new|probable)\s+)?(?:cases|infections)\b)             # "cases"
    """,
    re.VERBOSE | re.IGNORECASE,
).search


def _name_the_disease(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """ "15,600 cases and 537 deaths" that say of what nowhere become "15,600 mpox cases and 537 deaths" when the
    article (its title included) named one disease and no other (``context.cause``)."""
    disease = _one_disease(earlier)
    if disease is None or not _uncaused_toll(text, earlier):
        return text
    count = _find_case_count(text)
    if count is None or _within(count.start(), find_quotes(text)):
        return text
    rewrites.append("context.cause")
    return text[: count.start("noun")] + disease + " " + text[count.start("noun") :]


def _name_the_country(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """A national measure in a claim that names no place ("Real GDP increased 2.4% ...", "inflation fell to 3
    percent in June") gets the one country the article (its title included) named: "U.S. real GDP increased 2.4%
    ...", "U.S. inflation fell ..." (``context.country``). Only where the country can stand before the measure: at
    the start, or after no determiner (a name like "Chile" after "the" would not read)."""
    country = _one_country(earlier)
    if country is None or _names_a_place(text) or next(_find_countries(text), None) is not None:
        return text
    quotes = find_quotes(text)
    measure = next((m for m in _find_measures(text) if not _within(m.start(), quotes)), None)
    if measure is None:
        return text
    before = text[: measure.start()].split()[-1:]
    acronym = country.replace(".", "").isupper()
    if before and (before[0].lower() in _DETERMINERS and not (acronym and before[0].lower() == "the")):
        return text  # "its inflation target", "a GDP figure": no country goes there
    if before and before[0].endswith(("’s", "'s")):
        return text  # "the Fed’s inflation target" already says whose
    if before and (before[0].endswith(")") or (len(before[0]) > 1 and before[0].isupper())):
        return (
            text  # "the ONS net migration estimate", "the Office for National Statistics (ONS) net migration"
        )
    owner = country if acronym else f"{country}’s"
    word = measure.group()
    rewrites.append("context.country")
    written = word if word.split()[0].isupper() else word[:1].lower() + word[1:]  # "CPI" keeps its capitals
    return _capitalise(f"{text[: measure.start()]}{owner} {written}{text[measure.end() :]}")


_find_migration = re.compile(r"\b(?P<verb>(?:e|im)migrated)\b(?!\s+(?:from|to|into|out|abroad)\b)").search


def _name_where_migrants_went(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """ "508,000 people emigrated" that says from where nowhere gets the one country the article named: "508,000
    people emigrated from the UK" (``context.country``); "immigrated" gets "to"."""
    found = _find_migration(text)
    country = _one_country(earlier)
    if found is None or country is None or _names_a_place(text) or _within(found.start(), find_quotes(text)):
        return text
    preposition = "from" if found["verb"].startswith("e") else "to"
    the = "the " if country.replace(".", "").isupper() or country.lower().startswith("united ") else ""
    rewrites.append("context.country")
    return f"{text[: found.end()]} {preposition} {the}{country}{text[found.end() :]}"


_find_the_country = re.compile(r"\b(?P<the>[Tt]he) country(?P<owner>’s|'s)?(?![\w’'-])").search


def _name_the_pointed_country(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """ "who will be the country's president" in a claim that names no country gets the one country the article
    named: "who will be Argentina's president" (``context.country``); "the country" alone becomes "Argentina". Left
    as written inside a quotation, or where the claim names a place or the article named several countries."""
    found = _find_the_country(text)
    if found is None or _within(found.start(), find_quotes(text)) or _names_a_place(text):
        return text
    country = _one_country(earlier)
    if country is None:
        return text
    the = "the " if country.replace(".", "").isupper() or country.lower().startswith("united ") else ""
    if found["the"] == "The":
        the = the.capitalize()
    rewrites.append("context.country")
    return f"{text[: found.start()]}{the}{country}{found['owner'] or ''}{text[found.end() :]}"


_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "whose"}
)


def _name_the_body(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """ "Four members preferred to hold the rate" that names nothing gets the one committee the article named:
    "Four members of the Monetary Policy Committee preferred ..." (``context.definite``)."""
    members = _match_members(text)
    if members is None or _names_something(text, earlier):
        return text
    committee = _one_of_kind(["committee"], earlier)
    if committee is None:
        return text
    rewrites.append("context.definite")
    return f"{text[: members.end()]} of the {committee}{text[members.end() :]}"


_match_members = re.compile(
    r"(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|all|most)\s+(?:other\s+)?(?:members|policymakers)\b(?!\s+of\b)"
).match
_find_measures = re.compile(
    rf"\b(?:(?:real|nominal|core|annual|headline)\s+)?(?:{_alternatives(lex.NATIONAL_MEASURES)})\b",
    re.IGNORECASE,
).finditer


def _one_country(earlier: Earlier) -> str | None:
    """The one country the article named, as it first wrote it ("U.S."; "US" and "United States" are the same); with
    none, the country of the one central bank it named whose name holds no country ("Federal Reserve": "U.S.")."""
    named: dict[str, str] = {}
    for text in earlier.texts:
        for match in _find_countries(text):
            written = match.group()
            if _closes_a_party_name(match):
                continue  # "Reform UK": a party's name, not a mention of the country
            if _in_a_name(match):
                return None  # "Bank of England": the article may speak of England, the UK or the bank
            named.setdefault(lex.COUNTRY_ALIASES.get(written.lower(), written.lower()), written)
    if not named and not any(_find_other_bank(text) for text in earlier.texts):  # "the Federal Reserve" alone
        named = {c: c for text in earlier.texts for bank, c in lex.BANK_COUNTRIES.items() if bank in text}
    return next(iter(named.values())) if len(named) == 1 else None


_find_other_bank = re.compile(r"\b(?:Bank\s+of|Reserve\s+Bank|Central\s+Bank|National\s+Bank)\b").search


_find_countries = re.compile(
    rf"(?<![\w.])(?:{_alternatives(sorted({c for c in lex.COUNTRIES if not c.startswith('the ')} - {'us'}))})"
    rf"(?![\w])|\bUS\b",
    re.IGNORECASE,
).finditer


def _closes_a_party_name(match: re.Match[str]) -> bool:
    """A country that ends a name right after a capitalised word, with nothing capitalised after it: "Reform UK",
    "Aontú Ireland" (not "Bank of England", "UK Statistics Authority", "In UK polls")."""
    before, after = match.string[: match.start()].split()[-1:], match.string[match.end() :]
    return (
        bool(before)
        and before[0][:1].isupper()
        and before[0].strip("’'").isalpha()
        and before[0].lower() not in lex.PREPOSITIONS | {"the", "a", "an", "and"}
        and re.match(r"\s+(?:of\s+)?[A-Z]", after) is None
    )


def _in_a_name(match: re.Match[str]) -> bool:
    """A country inside a longer name: "Bank of England", "Texas Department of Health", "UK Statistics Authority"."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    return (
        re.search(r"(?<![\w’'.-])(?!(?:The|A|An)\s)[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?$", before)
        is not None
        or re.match(r"\s+(?:of\s+)?[A-Z]", after) is not None
    )


def _one_disease(earlier: Earlier) -> str | None:
    return next(iter(earlier.diseases)) if len(earlier.diseases) == 1 else None


def _company_opener(title: str) -> str | None:
    """The one-word name a title opens with when the title names no other company: "Apple" of "Apple hit with EU
    fine"; ``None`` for "Spotify case: Apple hit ..." (the headline after the label may still give "Apple")."""
    first = next(_find_name_runs(title), None)
    others = [m.group().strip(":,.") for m in _find_capitalised(title) if m.start() > 0]
    if (
        first is None
        or first.start() > 0
        or " " in first.group()
        or not all(_names_no_company(w) for w in others)
    ):
        return None
    return first.group()


def _names_no_company(word: str) -> bool:
    """A capitalised title word that is no other company: an acronym ("EU"), a country or a nationality ("Irish")."""
    return (
        word.replace(".", "").isupper()
        or word.lower() in lex.COUNTRIES
        or word.lower().endswith(("ish", "an", "ese", "ian", "i"))
    )


def _diseases(text: str) -> set[str]:
    return {lex.DISEASE_ALIASES.get(m.lower(), m.lower()) for m in _find_diseases(text)}


_find_diseases = re.compile(rf"\b(?i:{_alternatives(lex.DISEASES)})\b").findall
_NAME_RUN: Final = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"


def _anchor_for(noun: str, earlier: Earlier) -> str | None:
    """The one name the title or earlier text puts on ``noun``: "EU" of "the third-largest EU antitrust fine",
    "West Texas" of "the outbreak in West Texas" (and of "the Texas outbreak": the longer name holds the
    shorter); ``None`` when there is none, or two ("EU fine", "Irish fine")."""
    nouns = _alternatives(
        lex.NOUN_SYNONYMS.get(noun, frozenset({noun}))
    )  # "the truce": the "ceasefire" named
    before = re.compile(
        rf"(?<![\w’'-])(?P<run>{_NAME_RUN})\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,2}})(?:{nouns})s?\b"
    )
    after = re.compile(rf"\b(?:{nouns})s?\s+in\s+(?:the\s+)?(?P<run>{_NAME_RUN})")
    anchors = set()
    for text in earlier.texts:
        for match in (*before.finditer(text), *after.finditer(text)):
            if any(w in lex.NOT_MODIFIERS for w in (match.groupdict().get("mods") or "").split()):
                continue
            words = match["run"].split()
            while words and (words[0] in {"The", "A", "An"} or words[0].lower() in lex.NOT_ACTORS):
                words.pop(0)
            if words and not words[-1].endswith(("’s", "'s")) and all(_is_proper(w, earlier) for w in words):
                anchors.add(" ".join(words))
    return _most_specific(anchors)


def _most_specific(names: set[str]) -> str | None:
    """The longest of ``names`` when it holds every other ("West Texas" holds "Texas"), else ``None``."""
    if not names:
        return None
    longest = max(names, key=len)
    return longest if all(f" {n} " in f" {longest} " for n in names) else None


def _is_proper(word: str, earlier: Earlier) -> bool:
    """A word that is a name wherever it stands: seen capitalised mid-sentence, a country, or an acronym."""
    return word in earlier.proper_words or all(
        part in earlier.proper_words or part.lower() in lex.COUNTRIES or (len(part) > 1 and part.isupper())
        for part in word.split("-")
    )


# --------------------------------------------------------------------------- quotations and anchors


def _attribute_quote(text: str, speaker: str | None) -> str | None:
    """Give a quotation its speaker when the sentence does not name one; ``None`` when nobody can be named, or
    when the quotation speaks as "I" and the speaker is no person ("PA Media", "the Bank"): "I" would then stand
    for the wrong one."""
    quotes = find_quotes(text)
    quoted = sum(b - a for a, b in quotes)
    if not quotes or quoted * 2 < len(text):
        return text
    if _find_named_speech(text) or any(
        w.group().rstrip(".,;:!") in _SAY_WORDS and not _within(w.start(), quotes) for w in _find_words(text)
    ):
        return text  # attributed in the sentence: '"...," Bailey said.'
    if speaker is None or not _names_an_actor(speaker):
        return None
    if _find_first_person_singular(text) and not is_person_name(speaker):
        return None  # "I" is a person: a quotation in the first person is not a body's or a newspaper's words
    return f"{_capitalise(speaker)} said: {text}"


_find_first_person_singular = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|(?i:my|me|myself))\b").search


def _names_an_actor(speaker: str) -> bool:
    lowered = speaker.lower()
    return (
        lowered not in lex.COUNTRIES and lowered not in lex.NOT_ACTORS and not lowered.endswith(("’s", "'s"))
    )


_SAY_WORDS: Final = frozenset(claims_lex.SAY_VERBS) | {"according", "asked", "replied", "continued"}
_find_named_speech = re.compile(
    rf"\b(?:{'|'.join(claims_lex.SAY_VERBS)})\s+(?:[a-z]+\s+){{0,3}}[A-Z]|[A-Z][\w.’'-]+\s+(?:{'|'.join(claims_lex.SAY_VERBS)})\b"
).search  # "said Tracey Stevens", "Bailey said": a speaker named even where quote marks are unbalanced
_CALENDAR_WORDS: Final = (
    f"(?:{_alternatives([*_WEEKDAY_NAMES, *_MONTH_NAMES])})"  # "on Tuesday" names no thing
)
_find_all_pointing = re.compile(
    rf"""\b(?i:the)\s+(?:(?:{_alternatives(lex.POINTER_MODIFIERS)})\s+[\w-]+\b            # the previous estimate,
      (?!\s+(?:from|by)\s+(?:the\s+)?[A-Z])                  # not "the latest update from DSHS": its source says which
    | (?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish)|{_alternatives(lex.MEASURE_ACRONYMS)}  # the GDP drop,
         |[A-Z][\w.]*-[a-z]+ed)\s+){{0,2}}                                       # the House-passed bill,
      (?:{_alternatives(lex.POINTING_NOUNS)})\b  # the storm,
                                                                                    # the Californian giant
      (?![’']s\s+[A-Z])(?!\s+(?:of|in|from|at|on|for|against|by|over)\s+(?:the\s+)?  # not "the fine of €1.2bn",
         (?!{_CALENDAR_WORDS}\b|\d{{1,2}}\s+{_CALENDAR_WORDS}\b)[A-Z0-9$£€])    # but "the death on 26 February"
      (?!\s+[A-Z])                                                   # nor "the Singapore-flagged vessel Dali"
      (?!\s+(?:{_alternatives(lex.SPECIFYING_WORDS)})\b))            # nor "the death toll", "the death related to"
    """,
    re.VERBOSE,
).finditer


_find_all_of = re.compile(  # "all three women": the three the article named
    r"\b(?i:all|both)\s+(?:of\s+the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)\b"
).search
_find_that_is = (
    re.compile(  # "Even though that's the lowest ...": "that" as a pronoun, not "weather that's mild"
        r"(?:^|[,;]\s+|\b(?i:though|although|because|if|as|while|and|but|so|since|when)\s+)(?i:that)[’']s\b"
    ).finditer
)
_find_demonstratives = re.compile(
    rf"\b(?i:this|these|those)\b(?!\s+(?:{_alternatives(lex.DEICTIC_TIME_NOUNS | {'year'})})\b)"
).finditer


_find_owned_figure = re.compile(  # "revised their figure for 2022 up to 745,000": the figure of what?
    r"\b(?i:its|their)\s+(?:(?:latest|new|previous|revised|own)\s+)?(?:figures?|estimates?|numbers?|tally|total)\b"
    r"(?!\s+(?:of|on)\b)"
).search
_find_that_pointer = re.compile(
    rf"\b(?i:that)\s+(?:{_alternatives(lex.THAT_NOUNS)})\b(?!\s+(?:of|to|for)\b)"
).search


_find_age_pointer = re.compile(
    r"\b(?i:the)\s+\d+-year-old\b(?!\s+(?:[\w-]+\s+){0,2}[A-Z][\w’'.]*(?![\w-]))"  # "The 23-year-old shattered ...", not "the
).search  # 38-year-old compatriot Eliud Kipchoge"


_find_since_pointer = re.compile(
    r"\b(?:has|have|had)\s+since\b(?!\s+(?:\d|[A-Z]))"  # "have since been killed": since what the article said
).search
_find_contest_figures = re.compile(
    r"\b(?:of|the)\s+(?:[a-z]+\s+)?votes?\b|\bvote\s+share\b|\bseats?\b"
).finditer  # "of the overall vote", "a 22.8% vote share", "412 seats"
_find_contest = (
    re.compile(
        rf"(?i:\b(?:{_alternatives(lex.CONTEST_WORDS)})\b(?!\s+results?\b))|\b(?:19|20)\d\d\b"
    ).finditer
)  # "the 2024 election", "in parliament"; not "With 545 election results declared" (of which election?)
_find_comparison = re.compile(
    r"\b(?:compared\s+(?:to|with)|(?:up|down)\s+from|a\s+far\s+cry\s+from|than)\b", re.IGNORECASE
).search  # "won 99 seats compared to 52 it won in 2019": the year names the other election


_find_contests = re.compile(
    r"""\b(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w’'-]*\s+){0,3}
    (?:(?i:general|presidential|parliamentary|legislative|snap|federal|national)\s+)?(?i:elections?|runoff)\b""",
    re.VERBOSE,
).finditer
_CONTEST_FILLERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "in", "of", "after", "before", "during"}
)


def _contest_name(match: re.Match[str]) -> str | None:
    """ "the UK general election" from "landslide in the UK general election"; ``None`` for a bare "the election"
    (a kind or a name must say which)."""
    words = match.group().split()
    while words and words[0].lower() in _CONTEST_FILLERS:
        words.pop(0)
    if len(words) < 2 or words[0].lower() in lex.NOT_ACTORS:
        return None
    possessive = words[0].endswith(("’s", "'s"))
    return " ".join(words) if possessive else "the " + " ".join(words)


_find_toll = re.compile(
    r"\b(?:deaths?|died|dead|killed|fatalit(?:y|ies)|cases|infected|injured|wounded|casualties|unaccounted)\b",
    re.IGNORECASE,
).search


def _is_cause(word: str) -> bool:
    """A word that names a cause ("Wildfires", "tornadoes"); a stem anywhere in it is enough: a false match only
    keeps a claim as it was."""
    lowered = word.lower()
    return any(stem in lowered for stem in lex.CAUSE_STEMS)


def _uncaused_toll(text: str, earlier: Earlier) -> bool:
    """A count of deaths or cases that says of what nowhere: "St. Petersburg had two deaths and Volusia County had
    three" (from what?), "9 cases have been reported in Lea County" (of what?). People "killed" in a place the
    claim names are a toll of violence there ("35,000 civilians have been killed in Gaza")."""
    if _find_toll(text) is None or not any(q.kind is not Kind.DATE for q in extract_quantities(text)):
        return False
    if re.search(r"\bkilled\b", text) and _names_a_place(text):
        return (
            False  # "35,000 civilians have been killed in Gaza": killed by someone, somewhere the claim names
        )
    words = [w.strip("’'.,;:") for w in re.findall(r"[\w’'.-]+", text)]
    parts = [p for w in words for p in w.split("-")]  # "storm-related"
    return not any(_is_cause(p) or p in earlier.events for p in parts)


def name_the_contest(claim: Standalone, earlier: Earlier) -> Standalone | None:
    """A claim with a share of the vote or a seat count that names no election gets the one election the article
    named earlier ("... two seats in the UK general election."); ``None`` when the article named none or several,
    or when the figure is not in the claim's last clause (the election would attach to the wrong words)."""
    text = claim.claim
    if not _unnamed_contest(text, _people(earlier)):
        return claim
    figures = list(_find_contest_figures(text))
    contest = _one_contest(earlier.contests)
    if contest is not None and _says_no_which(contest):
        country = _one_country(earlier)  # "the General Election": which country's? the one the article named
        contest = None if country is None else f"the {country} {contest.removeprefix('the ').lower()}"
    tail = text[figures[-1].end() : -1]
    if contest is None or text[-1:] not in ".!" or ("," in tail and not _is_seat_list(tail)):
        return None
    return Standalone(f"{text[:-1]} in {contest}{text[-1]}", (*claim.rewrites, "context.event"))


_CONTEST_KINDS: Final = frozenset(
    {"the", "general", "presidential", "parliamentary", "legislative", "snap", "federal", "national", "election",
     "elections", "runoff"}
)  # fmt: skip


def _says_no_which(contest: str) -> bool:
    """ "the General Election" names a kind of contest only: no country, no year, no body."""
    return all(w.lower() in _CONTEST_KINDS for w in contest.split())


_match_list_item = re.compile(
    r"""(?:and\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}   # "Plaid Cymru", "the DUP", "and Sinn Féin"
    (?:(?:is\s+on|has|have|won|took|on)\s+)?              # "is on", "has"
    [\w,.-]+(?:\s+seats?)?                                 # "four", "6", "four seats"
    """,
    re.VERBOSE,
).fullmatch


def _is_seat_list(tail: str) -> bool:
    """What follows the first seat count is a list of parties and their counts (", Plaid Cymru four, Sinn Féin six
    and the DUP four"): the election named at the end holds for every item."""
    items = [i.strip() for i in re.split(r",\s*|\s+(?=and\s)", tail) if i.strip()]
    return bool(items) and all(_match_list_item(i) and _ends_in_count(i) for i in items)


def _ends_in_count(item: str) -> bool:
    """ "Fine Gael 38", "Plaid Cymru four seats": the item ends in a count (a party's name may look like a code)."""
    last = item.removesuffix(" seats").removesuffix(" seat").split()[-1].lower()
    return last.replace(",", "").isdigit() or last in numbers_lex.UNIT_WORDS or last in numbers_lex.TENS_WORDS


def _one_contest(names: list[str]) -> str | None:
    """The one election ``names`` speak of: the most specific name when every other is a shorter form of it ("the
    general election" of "the UK general election"), else ``None``."""
    if not names:
        return None
    longest = max(names, key=len)
    words = [w for w in longest.removeprefix("the ").rstrip("s").split() if w.lower() != "general"]
    for name in names:
        other = [w for w in name.removeprefix("the ").rstrip("s").split() if w.lower() != "general"]
        if words[len(words) - len(other) :] != other:
            return None  # "the general election" is "the 2024 UK election"; "the 2019 election" is not
    return longest


def _people(earlier: Earlier) -> frozenset[str]:
    """The surnames of the people the article named in full ("Modi" of "Narendra Modi"): "Modi's" is no place."""
    return frozenset(n.split()[-1] for n in earlier.names if len(n.split()) >= 2 and is_person_name(n))


_find_month_before = re.compile(rf"\b(?:{_alternatives(_MONTH_NAMES)})\s+$").search


def _names_the_contest(match: re.Match[str]) -> bool:
    """A contest word or a year that is not part of an organisation's name: "Election Commission of India", "the
    Indian National Congress", "the White House" name no election."""
    after = match.string[match.end() :]
    if re.match(r"\s+[A-Z][a-z]", after) and not match.group()[:1].isdigit():
        return False  # "Election Commission", "House Speaker"
    if match.group()[:1].isdigit() and _find_month_before(match.string, 0, match.start()):
        return False  # "on 4 July 2024": a date (the article's, made explicit), not an election
    before = match.string[: match.start()].split()
    return not (
        match.group().lower() in lex.NAMED_LEGISLATURES
        and len(before) > 1
        and before[-1][:1].isupper()
        and before[-1].lower().strip(".,") not in lex.COUNTRIES
    )  # "Indian National Congress", "White House"; "US House", "The House" still name one


def _unnamed_contest(text: str, people: frozenset[str] = frozenset()) -> bool:
    """A share of the vote or a seat count that names no election, poll, year or place: "The Green Party has 6.8% of
    the vote" (of which vote, where?); with a place, the claim date says which ("Labour won 412 seats in Britain").
    A quotation's words are the speaker's and are not judged."""
    quotes = find_quotes(text)
    figure = next(_find_contest_figures(text), None)
    if figure is None or _within(figure.start(), quotes):
        return False
    comparison = _find_comparison(text, figure.end())
    head = text if comparison is None else text[: comparison.start()]
    return (
        any(q.kind is not Kind.DATE for q in extract_quantities(text))
        and not any(_names_the_contest(m) for m in _find_contest(head))
        and not _names_a_place(head, people)
    )


_find_place = re.compile(
    r"""\b(?:in|across)\s+(?:the\s+)?(?P<after>[A-Z][\w’'-]+)   # "in Freedonia", "across the Carolinas"
    | (?P<owner>[A-Z][\w-]+)[’']s\b                           # "Britain's"
    | \b[Tt]he\s+(?P<modifier>[A-Z][\w-]+)\s+(?P<noun>[a-z][\w-]*)  # "the Freedonia coalition", not "The SNP has"
    """,
    re.VERBOSE,
).finditer


def _names_a_place(text: str, people: frozenset[str] = frozenset()) -> bool:
    """Whether the claim says where: a country, "in <Name>", "<Name>'s" (not one of ``people``: "Modi's
    leadership"), or a name modifying a noun."""
    words = text.split()
    if any(
        w.lower().strip(".,;:’'s") in lex.COUNTRIES and not _ends_a_name(words[:i])
        for i, w in enumerate(words)
    ):
        return True
    return any(
        not all(
            p in lex.NOT_ACTORS for p in (m["after"] or m["owner"] or m["modifier"] or "").lower().split("-")
        )
        and m["owner"] not in people
        and not (
            m["noun"]
            and (
                m["noun"] in _FINITE
                or m["noun"] in lex.PREPOSITIONS  # "The Bureau of Economic Analysis": a name, no place
                or _looks_past(m["noun"])
                or extract_quantities(m["noun"])
            )
        )  # "The SNP has", "the DUP four": a verb or a number follows a name, not a noun
        for m in _find_place(text)
    )


def _ends_a_name(before: list[str]) -> bool:
    """Whether a country word is the last word of a longer name ("Reform UK", "Plaid Cymru"): the word before it is
    capitalised and is not a preposition or article ("In UK polls", "The UK" still name the country)."""
    if not before:
        return False
    previous = before[-1]
    return previous[:1].isupper() and previous.lower() not in lex.PREPOSITIONS | {"the", "a", "an", "and"}


def _resolve_pointers(text: str, earlier: Earlier, rewrites: list[str]) -> str:
    """Definite descriptions outside quotation marks replaced by what the article said they are (see
    :func:`_describe`): "where the bridge collapsed" -> "where the Francis Scott Key Bridge collapsed"."""
    quotes = find_quotes(text)
    for match in reversed(list(_find_all_pointing(text))):
        if _within(match.start(), quotes):
            continue
        described = _describe(match.group().split()[1:], earlier, text)
        if described is not None:
            described = _capitalise(described) if match.start() == 0 else described
            text = text[: match.start()] + described + text[match.end() :]
            rewrites.append("context.definite")
    return text


def _says_which_record(match: re.Match[str]) -> bool:
    """ "broke the previous world record" (of the record the sentence reports) says which record it means."""
    words = match.string[match.start() :].split()
    return (
        len(words) > 2
        and words[1].lower() == "previous"
        and words[2].lower().strip(",.") in {"record", "world", "best", "mark"}
        and any(re.search(rf"\b{verb}\b", match.string) for verb in lex.RECORD_VERBS)
    )


def _says_which_period(match: re.Match[str]) -> bool:
    """ "up from 607,000 in the previous 12 months" after "in the year to June 2023": the period before the one the
    sentence dates."""
    follows = re.match(
        r"the\s+(?:previous|preceding)\s+(?:\d+\s+)?(?:months?|years?|quarters?|weeks?)\b",
        match.group() + match.string[match.end() :],
        re.IGNORECASE,
    )
    return follows is not None and any(
        q.kind is Kind.DATE for q in extract_quantities(match.string[: match.start()])
    )


_find_counted_others = re.compile(
    r"\b(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+others\b"
).search


def _points_back(text: str) -> bool:
    """Whether a definite description or a demonstrative outside quotation marks points at something only the
    article described: "appeal the fine", "if this is the start", "those measures"."""
    if any(
        not (_says_which_record(m) or _says_which_period(m) or _match_named_appositive(text, m.end()))
        for m in _find_all_pointing(text)
    ):
        return True
    if _find_counted_others(text):
        return True  # "Six others are still missing": others than whom the article counted
    if _find_that_pointer(text) or _find_age_pointer(text) or _find_all_of(text) or _owned_figure(text):
        return True
    if (since := _find_since_pointer(text)) is not None and not any(
        q.kind is Kind.DATE for q in extract_quantities(text[: since.start()])
    ):
        return True  # "has since fallen" after "a peak of 11% in 2022" says since when
    quotes = find_quotes(text)
    return any(not _within(m.start(), quotes) for m in (*_find_demonstratives(text), *_find_that_is(text)))


def _owned_figure(text: str) -> bool:
    """ "The ONS has revised their figure ... up to 745,000": a figure outside quotation marks that says only whose
    it is, not what it counts."""
    found = _find_owned_figure(text)
    return found is not None and not _within(found.start(), find_quotes(text))


_FIRST_PERSON: Final = frozenset({"i", "we", "our", "us", "my", "me", "ours", "i'm", "i’m", "we're", "we’re"})


def _first_person_outside_quotes(text: str) -> bool:
    quotes = find_quotes(text)
    return any(
        w.group().lower() in _FIRST_PERSON
        and w.group() != "US"  # the country
        and not _within(w.start(), quotes)
        for w in _find_words(text)
    )


def _names_something(text: str, earlier: Earlier) -> bool:
    """Whether the claim names an actor, place or thing: a capitalised word other than the first, or a known name."""
    for match in _find_capitalised(text):
        word = match.group().rstrip(".’'s")
        if word.lower() in lex.NOT_ACTORS or word == "I" or word in lex.MEASURE_ACRONYMS:
            continue
        if (
            match.start() > 0
            or word in earlier.proper_words
            or word.lower() in lex.COUNTRIES
            or (len(word) > 1 and word.isupper())
        ):
            return True
    return False


def is_person_name(name: str) -> bool:
    """A person's name: capitalised words (a surname alone is allowed), none an institution's or a place's.

    >>> [is_person_name(n) for n in ["Lloyd Austin", "Kirby", "Bank of England", "two officials", "NATO", "Pentagon"]]
    [True, True, False, False, False, False]
    """
    words = name.split()
    return (
        (len(words) >= 2 or (len(words) == 1 and not name.isupper()))
        and all(w[:1].isupper() for w in words)
        and not any(w.strip(".,").lower() in _INSTITUTION_WORDS for w in words)
        and name.lower() not in lex.COUNTRIES
        and name.lower() not in lex.PRONOUN_SUBJECTS
        and name.lower() not in lex.NOT_ACTORS
    )


_INSTITUTION_WORDS: Final = frozenset(
    {
        *(h.lower() for heads in lex.NAME_HEADS.values() for h in heads),
        "house", "pentagon", "ministry", "government", "reserve", "fed", "university", "council", "nations",
        "states", "kingdom", "union", "news", "times", "post", "press", "reuters", "statistics", "economic", "media",
        "national", "federal", "world", "health", "republic", "labour", "conservatives", "democrats",
    }
)  # fmt: skip


# --------------------------------------------------------------------------- atomic claims

_ITEM: Final = r"(?:the\s+)?[A-Z][\w.’'()-]*(?:\s+(?:of\s+)?[A-Z][\w.’'()-]*)*"
_VALUE: Final = r"[$£€]?\d[\d,.]*(?:%|\s?(?:percent|per\ cent|million|billion|trillion|bn|m))?"
_match_respectively = re.compile(
    rf"""(?P<subjects>{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM})   # "Labour and the Conservatives"
    \s+(?P<verb>[a-z][\w’'-]*)                                      # "won"
    (?P<middle>(?:\s+[a-z][\w’'-]*){{0,4}}?)                        # "an estimated"
    \s+(?P<values>{_VALUE}(?:,\s+{_VALUE})*,?\s+and\s+{_VALUE})     # "412 and 121"
    (?P<unit>(?:\s+[a-z][\w-]*){{0,2}}?)                            # "seats"
    ,?\s+respectively\s*(?P<end>[.!]?)""",
    re.VERBOSE,
).fullmatch
_split_items = re.compile(r",\s+and\s+|\s+and\s+|,\s+").split
_find_clause_joints = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+").finditer
_SUBORDINATORS: Final = frozenset(
    {
        "while",
        "although",
        "though",
        "as",
        "if",
        "when",
        "because",
        "after",
        "before",
        "since",
        "whereas",
        "with",
    }
)
_FINITE: Final = frozenset(
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "rose",
        "fell", "grew", "won", "lost", "took", "got", "gave", "made", "saw", "hit", "cut", "set", "put", "kept",
        "held", "paid", "sold", "spent", "left", "led", "met", "rise", "rises", "fall", "falls", "grow", "grows",
        "stands", "stood", "remains", "remain", "totals", "reaches", "shrank", "sank", "slid", "leapt", "jumped",
        "said", "says", "told", "wrote",
    }
)  # fmt: skip


def split_atomic(claim: str) -> tuple[str, ...]:
    """One claim per independent fact when the split is unambiguous, else ``(claim,)``.

    >>> split_atomic("Labour and the Conservatives won 412 and 121 seats, respectively.")
    ('Labour won 412 seats.', 'The Conservatives won 121 seats.')
    >>> split_atomic("Labour won 412 seats, while the Conservatives won 121 seats.")
    ('Labour won 412 seats.', 'The Conservatives won 121 seats.')
    >>> split_atomic("Labour won 412 seats, Reform UK 5, and the Greens 4.")
    ('Labour won 412 seats, Reform UK 5, and the Greens 4.',)
    """
    if find_quotes(claim):
        return (claim,)
    return _split_respectively(claim) or _split_clauses(claim) or (claim,)


def _split_respectively(claim: str) -> tuple[str, ...] | None:
    match = _match_respectively(claim)
    if match is None:
        return None
    subjects = [s for s in _split_items(match["subjects"]) if s]
    values = [v for v in _split_items(match["values"]) if v]
    if len(subjects) != len(values) or len(subjects) < 2:
        return None
    verb = lex.PLURAL_TO_SINGULAR.get(match["verb"], match["verb"])
    end = match["end"] or "."
    return tuple(
        _capitalise(f"{subject} {verb}{match['middle']} {value}{match['unit']}{end}")
        for subject, value in zip(subjects, values, strict=True)
    )


def _split_clauses(claim: str) -> tuple[str, ...] | None:
    if claim.split(" ", 1)[0].lower().strip(",") in _SUBORDINATORS or "(" in claim:
        return None
    cuts = [(m.start(), m.end()) for m in _find_clause_joints(claim)]
    if not cuts:
        return None
    pieces, last = [], 0
    for start, end in cuts:
        pieces.append(claim[last:start])
        last = end
    pieces.append(claim[last:])
    end_mark = claim[-1] if claim[-1] in ".!" else "."
    parts = tuple(_capitalise(p.rstrip(" .!")) + end_mark for p in pieces)
    if all(_is_clause(p, first=i == 0) for i, p in enumerate(parts)):
        return parts
    return None


def _is_clause(part: str, *, first: bool) -> bool:
    """A clause of its own: a subject (not a pronoun), a finite verb, and a figure that is not a date."""
    words = part.rstrip(".!").split()
    if len(words) < 4 or words[0].lower() in lex.PRONOUN_SUBJECTS or words[0].lower() in _SUBORDINATORS:
        return False
    if not first and not (words[0][:1].isupper() or words[0].lower() == "the"):
        return False
    verb_at = next((i for i, w in enumerate(words) if w in _FINITE or _looks_past(w)), None)
    if verb_at is None or verb_at == 0:
        return False
    return any(q.kind is not Kind.DATE for q in extract_quantities(part))


def _looks_past(word: str) -> bool:
    return word.islower() and word.endswith("ed") and len(word) > 4


def atomic_claims(standalone: Standalone, earlier: Earlier) -> tuple[Standalone, ...]:
    """:func:`split_atomic` on a self-contained claim; every part must stand alone too, else the claim stays whole."""
    parts = split_atomic(standalone.claim)
    if len(parts) == 1:
        return (standalone,)
    listed = _split_respectively(standalone.claim) is not None  # its subjects are names by construction
    for part in parts:
        if (
            _resolve_subject(part, earlier, None, []) != part
            or not (listed or _names_something(part, earlier))
            or _uncaused_toll(part, earlier)  # "..., while Y had three" loses "from tornadoes"
        ):
            return (standalone,)
    rewrites = (*standalone.rewrites, "context.atomic")
    return tuple(Standalone(part, rewrites) for part in parts)
