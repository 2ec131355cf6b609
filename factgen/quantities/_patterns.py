"""The compiled regexes of the quantity grammar, built once at import from ``_lexicon`` (data only there).

Each pattern is verbose and commented; ``parse.py`` reads their groups. Bound methods carry intent names
(``find_core``, ``match_scale``), as price-parser does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from factgen.quantities import _lexicon as lex

__all__ = [
    "find_core",
    "match_and_fraction",
    "match_bound_joiner",
    "match_bound_suffix",
    "match_currency_word",
    "match_fraction_of",
    "match_fraction_scale",
    "match_modifier",
    "match_of",
    "match_plus_minus",
    "match_prefix",
    "match_range",
    "match_scale",
    "match_score",
    "match_superlative",
    "match_unit",
    "match_word",
    "non_quantity_spans",
    "search_name_determiner",
    "search_name_word",
    "search_year_cue",
    "search_year_prefix",
]

BLANK: Final = "[ \u00a0]"  # a space inside a quantity: never a newline


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _starts(words: Iterable[str], size: int = 3) -> str:
    """A cheap look-ahead for the first letters of ``words``: the long alternations run only where it holds."""
    return rf"(?=(?i:{_alt({w[:size] for w in words})}))"


NUMBER_WORDS: Final = _alt(
    [*lex.UNIT_WORDS, *lex.TENS_WORDS, lex.HUNDRED_WORD, lex.DOZEN_WORD, *lex.SCALE_WORDS]
)
MULTIPLIERS: Final = _alt([lex.HUNDRED_WORD, lex.DOZEN_WORD, *lex.SCALE_WORDS])
ORDINALS: Final = _alt([*lex.ORDINAL_WORDS, *lex.SCALE_ORDINALS])
PLURAL_DENOMINATORS: Final = _alt(w for w in lex.DENOMINATOR_WORDS if w.endswith("s"))
WORD_RUN: Final = (
    rf"(?:{NUMBER_WORDS}) (?:(?:\s+|-)(?:and\s+)?(?:{NUMBER_WORDS})\b)*"  # "one hundred and two"
)

find_core = re.compile(
    rf"""
      (?=[0-9.]) (?:                                          # digits: one cheap test before the alternatives
      (?P<decade> (?:1[5-9]|20)[0-9]0s ) (?![\w])            # "1990s": a decade, a date range
    | (?P<ordd> [0-9]+ (?:st|nd|rd|th) ) (?![\w])             # "24th": an ordinal in digits
    | (?P<sci> [0-9]+ (?:\.[0-9]+)?                            # "2.5e6", "7e-3", "2.48×10−5": scientific
          (?: [eE][+\-−]?[0-9]{{1,3}} | {BLANK}?×{BLANK}?10\^?[+\-−]?[0-9]{{1,3}} ) ) (?![\w])
    | (?<![0-9.,/]) (?P<slash>                               # "3/4", "3 3/4", "2  1/4": a fraction in digits
          (?:[0-9]{{1,3}}{BLANK}{{1,2}})? [0-9]{{1,3}}/[0-9]{{1,4}} ) (?![0-9/]|[.,][0-9])
    | (?<![0-9.,]) (?P<grouped>                              # "250 000", "1 234 567": digit groups by spaces
          [0-9]{{1,3}} (?:[ \u00a0\u2009\u202f][0-9]{{3}})+ (?:\.[0-9]+)? ) (?![0-9]|[.,][0-9])
    | (?P<digits>
          [0-9]{{1,3}} (?:,[0-9]{{3}})+ (?:\.[0-9]+)?         # "35,000", "1,234.5": thousands separators
        | [0-9]+ , [0-9]{{1,2}} (?![0-9,])                     # "7,5": a decimal comma ...
            (?={BLANK}?(?:%|per{BLANK}?cent|percent))        # ... only right before a percent
        | [0-9]+ (?:\.[0-9]+)?                                # "58", "58.3", "2022"
        | \.[0-9]+                                            # ".5"
      ) )
    | (?i: (?<![\w-]) {
        _starts(
            [
                *lex.UNIT_WORDS,
                *lex.TENS_WORDS,
                *lex.SCALE_WORDS,
                *lex.VAGUE_WORDS,
                *lex.ORDINAL_WORDS,
                *lex.SCALE_ORDINALS,
                lex.HUNDRED_WORD,
                lex.DOZEN_WORD,
                lex.DOZENS_WORD,
                "half",
                "a ",
                "an ",
            ]
        )
    }                          # number words start a word
        (?:
          (?P<vague> (?:{_alt(lex.VAGUE_WORDS)}) (?:\s+of\s+(?:{
        _alt(lex.VAGUE_WORDS)
    }))?  # "tens of thousands"
                   | {re.escape(lex.DOZENS_WORD)} )
        | (?P<fraction> one [\s-] (?:{_alt(lex.DENOMINATOR_WORDS)}) (?![\w-])            # "one-third"
                      | (?:{_alt(lex.UNIT_WORDS)}) [\s-] (?:{PLURAL_DENOMINATORS}|half)    # "three-fifths"
                      | (?:{_alt(lex.TENS_WORDS)}) (?:[\s-](?:{_alt(lex.UNIT_WORDS)}))? \s+ (?:{
        PLURAL_DENOMINATORS
    })
                                                                                   # "twenty-three fifths"
                      | an?\s+ (?:{
        _alt(lex.DENOMINATOR_WORDS)
    })                       # "a third of", "a fifth."
                        (?=\s+of\b|\s*[.,;:!?)]|\s*\Z) )
        | (?P<ordbig> {WORD_RUN} (?:\s+|-) (?:and\s+)? (?:(?:{_alt(lex.TENS_WORDS)})-)? (?:{ORDINALS}) )
                                                                 # "three hundred second", "two hundredth"
        | (?P<ordw> (?:(?:{_alt(lex.TENS_WORDS)})[\s-])? (?:{ORDINALS}) )              # "twenty-first"
        | (?P<words>
              (?: half\s+an?\s+ | an?\s+ ) (?=(?:{MULTIPLIERS})\b)   # "half a million", "a dozen"
              {WORD_RUN}
            | {WORD_RUN}                                          # "twelve hundred"
          )
        ) \b
      )
    """,
    re.VERBOSE,
).search

BOUNDS: Final = _alt(w for w in lex.BOUND_WORDS if w != "~")
CURRENCY_PREFIXES: Final = _alt([*lex.CURRENCY_SYMBOLS, *lex.CURRENCY_CODES])

# Everything that may stand left of a core, anchored at the core (searched from a window that ends there).
match_prefix = re.compile(
    rf"""
    (?= \Z | (?<![^\W\d_]) \S | [^\w\s] )                     # cheap: a prefix starts a word or at a symbol
    (?: (?<![\w]) {_starts(lex.BOUND_WORDS, 2)} (?P<bound> (?i:{BOUNDS}) ) \s+    # "more than ", "between "
      | (?P<cmp> {_alt(lex.COMPARISON_SIGNS)} ) {BLANK}?       # "x<5", "y >= 3"
      | (?P<tilde> ~ ) {BLANK}? )?                            # "~60"
    (?: (?<![\w]) (?P<aged> (?i:{_alt(lex.AGE_WORDS)}) ) \s+ )?   # "aged 45"
    (?: (?<![\w]) (?P<negword> (?i:{_alt(lex.SIGN_WORDS)}) ) \s+  # "negative $71.5 million"
      | (?<![\w.,)\-−+%]) (?P<sign> [-−+] ) {BLANK}? )?         # "-1.2%", "- 1 4/5"; never after "1.75%"
    (?: (?<![^\W\d_]) (?P<currency> {CURRENCY_PREFIXES} ) {BLANK}? )?  # "$", "C$", "USD", "Rs "
    \Z
    """,
    re.VERBOSE,
).search

match_scale = re.compile(
    rf"""
      {BLANK}? (?P<abbr> (?i:{_alt(lex.SCALE_ABBREVIATIONS)}) ) (?![\w])   # "£1.2bn", "$3 bn"
    | (?P<glued> {_alt(lex.SCALE_GLUED_CASED)} ) (?![\w])                    # "450k", "$1MM" (case matters)
    | {BLANK}{{1,2}} (?P<spaced> k ) (?![\w])                               # "4.5 k"
    | [\s-] (?P<word> (?i:{_alt(lex.SCALE_WORDS)}) ) (?![\w])                # "58 billion", "1.5-million"
    | {BLANK}+ (?P<multiplier> (?i:{_alt(lex.DIGIT_MULTIPLIERS)}) ) (?![\w])  # "15 hundred", "3 dozen"
    """,
    re.VERBOSE,
).match

match_range = re.compile(
    rf"""
    (?: \s* (?P<dash> [-–—/~] ) \s*                            # "1-2", "2012-13", "2012/13", "20~100"
      | \s+ (?P<word> (?i:to|and|through|thru) ) \s+ )         # "10 to 15", "between 15 and 25"
    (?: (?P<currency> {CURRENCY_PREFIXES} ) {BLANK}? )?      # "$1 billion to $2 billion"
    """,
    re.VERBOSE,
).match

match_bound_suffix = re.compile(
    rf"{BLANK}+(?P<suffix>(?i:{_alt(lex.BOUND_SUFFIXES)}))(?![\w])(?!{BLANK}+(?i:to){BLANK})"
).match  # "or more"; not "33 hostages and up to 1,650 prisoners", where "up to" bounds the next number
match_glued_plus = re.compile(  # "1,200-plus", "40-odd"; not "$5-plus billion", whose scale comes after
    r"[-‑](?i:plus|odd)(?![\w-])(?!\s+(?i:thousand|million|billion|trillion|bn|tn|m)\b)"
).match
match_bound_joiner = re.compile(rf"(?:{BLANK}*,)?{BLANK}+(?i:and|but){BLANK}+|{BLANK}*,{BLANK}+").match
match_and_fraction = re.compile(  # "one and a half", "five and a quarter"
    rf"{BLANK}+and{BLANK}+(?P<num>an?|{_alt(lex.UNIT_WORDS)})[\s-](?P<den>{_alt(lex.DENOMINATOR_WORDS)})(?![\w])",
    re.IGNORECASE,
).match
match_fraction_scale = re.compile(  # "a quarter of a million"
    rf"{BLANK}+of{BLANK}+an?{BLANK}+(?P<word>{_alt(lex.SCALE_WORDS)})(?![\w])", re.IGNORECASE
).match
# A capitalised word right before a number: "Euro 2024", "Voyager 2" (a name), checked against NOT_NAME_WORDS.
search_name_word = re.compile(r"(?<![\w.’'])(?P<word>[A-Z][A-Za-z]*[A-Za-z])[ \u00a0]\Z").search
search_name_determiner = re.compile(rf"(?<![\w])(?i:{_alt(lex.NAME_DETERMINERS)})[ \u00a0]+\Z").search
match_fraction_of = re.compile(
    rf"{BLANK}+(?i:in|out{BLANK}+of|(?P<over>over)){BLANK}+"
).match  # "one in four"
match_plus_minus = re.compile(
    rf"{BLANK}?(?:±|\+/-|\+-){BLANK}?(?P<digits>[0-9]+(?:\.[0-9]+)?)(?![\w.])"
).match  # "±0.01"

match_unit = re.compile(
    rf"""
      {BLANK}? (?P<percent> % | (?i:{_alt(w for w in lex.PERCENT_WORDS if w != "%")}) ) (?![\w])
    | {BLANK}? (?P<temperature> °{BLANK}?[CF]                  # "1.5°C", "40 degrees Celsius", "6 deg c"
        | (?i: (?:(?:{_alt(lex.TEMPERATURE_DEGREE_WORDS)})\s*)? (?:{_alt(k for k in lex.TEMPERATURE_SCALES if len(k) > 1)})
             | (?:{_alt(lex.TEMPERATURE_DEGREE_WORDS)})\s*[cf] ) ) (?![\w])
    | {BLANK}? (?P<temperature_glued> [CF] ) (?![\w$])        # "3C", "98.6 F"
    | {BLANK} (?P<cents> (?i:{_alt(w for w in lex.CENT_WORDS if len(w) > 1)}) ) (?![\w])   # "85 cents"
    | (?P<pence> p ) (?![\w])                                 # "50p"
    | (?P<age> [\s-] (?P<age_unit> year|month|week|day ) s? [\s-] old s? ) (?![\w])   # "45-year-old"
    | - (?P<adjective_time> {_alt(w for w in lex.TIME_UNITS if not w.endswith("s"))} ) (?:-long)? (?![\w-])
    | {BLANK}? (?P<code> {_alt(lex.CURRENCY_CODES)} ) (?![\w])            # "5 million USD"
    | \s+ (?P<currency_word> (?i:{_alt(lex.CURRENCY_WORDS)}) ) (?![\w])    # "200 billion roubles"
    | [\s-]? (?P<dimension> {_alt(lex.DIMENSION_UNITS)} ) (?![\w/²])        # "50 kilometres", "100m"
    | \s+ (?P<time> {_alt(lex.TIME_UNITS)} ) (?![\w])                      # "10 years"
    """,
    re.VERBOSE,
).match

match_word = re.compile(
    rf"""
    {BLANK}+ (?P<word> [a-z]+(?:-[a-z]+)* ) (?![\w'’-])       # a lower-case word: a counted noun?
    """,
    re.VERBOSE,
).match
match_modifier = re.compile(
    rf"""
    {BLANK}+ (?P<word> [A-Z][a-z]+ | [A-Z](?:\.[A-Z])+\. | [A-Z]{{2,}} | [a-z]+(?:-[a-z]+)* )  # "U.S.", "armored"
    (?={BLANK})
    """,
    re.VERBOSE,
).match
match_superlative = re.compile(rf"[ \u00a0-](?:{_alt(lex.SUPERLATIVES)})(?![\w])").match
match_of = re.compile(rf"{BLANK}+of(?={BLANK})").match
match_currency_word = re.compile(rf"{BLANK}+(?P<word>(?i:{_alt(lex.CURRENCY_WORDS)}))(?![\w])").match
search_year_cue = re.compile(
    rf"""
    (?: (?<![\w]) (?i:{_alt(lex.YEAR_CUES)}) | (?:{_alt(lex.MONTHS)}) (?:{BLANK}+[0-9]{{1,2}},?)? ) [\s-]+ \Z
    """,
    re.VERBOSE,
).search
search_year_prefix = re.compile(rf"(?<![\w])(?i:{_alt(lex.YEAR_HYPHEN_PREFIXES)})\Z").search
match_score = re.compile(r"[-–][0-9]").match  # "2-1": a score or an id, not a number

AM_PM: Final = r"(?:a\.m\.|p\.m\.|am|pm|AM|PM)(?![\w])"
find_non_quantities = re.compile(
    rf"""
    (?<![\w]) (?:                                            # every alternative starts a word: one test first
      (?<![+]) (?:\+[0-9]{{1,3}}[ .-]?)? (?:\([0-9]{{2,4}}\)|[0-9]{{2,4}}) [ .-]? [0-9]{{3,4}} [ .-] [0-9]{{4}} (?![\w])
                                                              # phone numbers: "(202) 555-0143", "+44 20 7946 0958"
    | [0-9]{{1,2}} (?: :[0-9]{{2}} (?:{BLANK}?{AM_PM})? | {BLANK}?{AM_PM} )   # times: "10:30", "3 p.m."
    | (?=[A-Z]) (?:{_alt(lex.MONTHS)}) {BLANK}+ [0-9]{{1,2}} (?:st|nd|rd|th)? (?![\w])     # "April 4"
    | [0-9]{{1,2}} (?:st|nd|rd|th)? {BLANK}+ (?:of{BLANK}+)? (?:{_alt(lex.MONTHS)}) (?![\w])  # "4 April"
    | (?=[A-Zi]) (?:{_alt(lex.IDENTIFIER_WORDS)}) {BLANK}? \#? [0-9][\w.-]*   # "Article 5", "Flight 17"
    | {_starts(lex.NON_QUANTITY_PHRASES, 2)} (?i:{_alt(lex.NON_QUANTITY_PHRASES)}) (?![\w])   # "one of", "9/11"
    )
    """,
    re.VERBOSE,
).finditer


def non_quantity_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers count nothing: phone numbers, clock times, days of months, names, idioms.

    >>> non_quantity_spans("Call (202) 555-0143 on April 4 at 10:30, one of them said")
    [(5, 19), (23, 30), (34, 39), (41, 47)]
    """
    return [m.span() for m in find_non_quantities(text)]
