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
    "match_currency_word",
    "match_fraction_of",
    "match_modifier",
    "match_of",
    "match_prefix",
    "match_range",
    "match_scale",
    "match_score",
    "match_superlative",
    "match_unit",
    "match_word",
    "non_quantity_spans",
    "search_year_cue",
    "search_year_prefix",
]

BLANK: Final = "[ \u00a0]"  # a space inside a quantity: never a newline


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


NUMBER_WORDS: Final = _alt(
    [*lex.UNIT_WORDS, *lex.TENS_WORDS, lex.HUNDRED_WORD, lex.DOZEN_WORD, *lex.SCALE_WORDS]
)
MULTIPLIERS: Final = _alt([lex.HUNDRED_WORD, lex.DOZEN_WORD, *lex.SCALE_WORDS])

find_core = re.compile(
    rf"""
      (?P<decade> (?:1[5-9]|20)[0-9]0s ) (?![\w])            # "1990s": a decade, a date range
    | (?P<ordd> [0-9]+ (?:st|nd|rd|th) ) (?![\w])             # "24th": an ordinal in digits
    | (?P<digits>
          [0-9]{{1,3}} (?:,[0-9]{{3}})+ (?:\.[0-9]+)?         # "35,000", "1,234.5": thousands separators
        | [0-9]+ , [0-9]{{1,2}} (?![0-9,])                     # "7,5": a decimal comma ...
            (?={BLANK}?(?:%|per{BLANK}?cent|percent))        # ... only right before a percent
        | [0-9]+ (?:\.[0-9]+)?                                # "58", "58.3", "2022"
        | \.[0-9]+                                            # ".5"
      )
    | (?i: (?<![\w-])                                         # number words start a word
        (?:
          (?P<vague> (?:{_alt(lex.VAGUE_WORDS)}) (?:\s+of\s+(?:{_alt(lex.VAGUE_WORDS)}))?  # "tens of thousands"
                   | {re.escape(lex.DOZENS_WORD)} )
        | (?P<fraction> (?:{_alt(lex.UNIT_WORDS)}) [\s-] (?:{_alt(lex.DENOMINATOR_WORDS)})   # "three-fifths"
                      | an?\s+ (?:{_alt(lex.DENOMINATOR_WORDS)}) (?=\s+of\b) )           # "a third of"
        | (?P<ordw> (?:(?:{_alt(lex.TENS_WORDS)})-)? (?:{_alt(lex.ORDINAL_WORDS)}) )     # "twenty-first"
        | (?P<words>
              (?: half\s+an?\s+ | an?\s+ ) (?=(?:{MULTIPLIERS})\b)   # "half a million", "a dozen"
              (?:{NUMBER_WORDS}) (?:(?:\s+|-)(?:and\s+)?(?:{NUMBER_WORDS})\b)*
            | (?:{NUMBER_WORDS}) (?:(?:\s+|-)(?:and\s+)?(?:{NUMBER_WORDS})\b)*  # "twelve hundred"
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
    (?: (?<![\w]) (?P<bound> (?i:{BOUNDS}) ) \s+              # "more than ", "between "
      | (?P<tilde> ~ ) {BLANK}? )?                            # "~60"
    (?: (?<![\w]) (?P<aged> (?i:{_alt(lex.AGE_WORDS)}) ) \s+ )?   # "aged 45"
    (?: (?<![\w]) (?P<negword> (?i:{_alt(lex.SIGN_WORDS)}) ) \s+  # "negative $71.5 million"
      | (?<![\w.,)\-−+]) (?P<sign> [-−+] ) )?                   # "-1.2%": a sign glued to what follows
    (?: (?<![^\W\d_]) (?P<currency> {CURRENCY_PREFIXES} ) {BLANK}? )?  # "$", "C$", "USD", "Rs "
    \Z
    """,
    re.VERBOSE,
).search

match_scale = re.compile(
    rf"""
      {BLANK}? (?P<abbr> (?i:{_alt(lex.SCALE_ABBREVIATIONS)}) ) (?![\w])   # "£1.2bn", "$3 bn"
    | (?P<glued> {_alt(lex.SCALE_GLUED_CASED)} ) (?![\w])                    # "450k", "$1MM" (case matters)
    | [\s-] (?P<word> (?i:{_alt(lex.SCALE_WORDS)}) ) (?![\w])                # "58 billion", "1.5-million"
    """,
    re.VERBOSE,
).match

match_range = re.compile(
    rf"""
    (?: \s* (?P<dash> [-–—/] ) \s*                             # "1-2", "2012-13", "2012/13"
      | \s+ (?P<word> (?i:to|and) ) \s+ )                      # "10 to 15", "between 15 and 25"
    (?: (?P<currency> {CURRENCY_PREFIXES} ) {BLANK}? )?      # "$1 billion to $2 billion"
    """,
    re.VERBOSE,
).match

match_fraction_of = re.compile(rf"{BLANK}+(?i:in|out{BLANK}+of){BLANK}+").match  # "one in four"

match_unit = re.compile(
    rf"""
      {BLANK}? (?P<percent> % | (?i:{_alt(w for w in lex.PERCENT_WORDS if w != "%")}) ) (?![\w])
    | {BLANK}? (?P<temperature> °{BLANK}?[CF] | (?:degrees?\s+)?(?:Celsius|centigrade|Fahrenheit) ) (?![\w])
    | (?P<temperature_glued> [CF] ) (?![\w])                  # "3C"
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
      (?<![\w+]) (?:\+[0-9]{{1,3}}[ .-]?)? (?:\([0-9]{{2,4}}\)|[0-9]{{2,4}}) [ .-]? [0-9]{{3,4}} [ .-] [0-9]{{4}} (?![\w])
                                                              # phone numbers: "(202) 555-0143", "+44 20 7946 0958"
    | (?<![\w]) [0-9]{{1,2}} (?: :[0-9]{{2}} (?:{BLANK}?{AM_PM})? | {BLANK}?{AM_PM} )   # times: "10:30", "3 p.m."
    | (?<![\w]) (?:{_alt(lex.MONTHS)}) {BLANK}+ [0-9]{{1,2}} (?:st|nd|rd|th)? (?![\w])     # "April 4"
    | (?<![\w]) [0-9]{{1,2}} (?:st|nd|rd|th)? {BLANK}+ (?:of{BLANK}+)? (?:{_alt(lex.MONTHS)}) (?![\w])  # "4 April"
    | (?<![\w]) (?:{_alt(lex.IDENTIFIER_WORDS)}) {BLANK}? \#? [0-9][\w.-]*   # "Article 5", "Flight 17"
    | (?<![\w]) (?i:{_alt(lex.NON_QUANTITY_PHRASES)}) (?![\w])            # "one of", "no one", "9/11"
    """,
    re.VERBOSE,
).finditer


def non_quantity_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers count nothing: phone numbers, clock times, days of months, names, idioms.

    >>> non_quantity_spans("Call (202) 555-0143 on April 4 at 10:30, one of them said")
    [(5, 19), (23, 30), (34, 39), (41, 47)]
    """
    return [m.span() for m in find_non_quantities(text)]
