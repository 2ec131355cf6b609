"""Data for evidence linking (``factgen.evidence``): word lists, and the threshold phrases as one pattern."""

from __future__ import annotations

import re
from typing import Final

# Function words and words that say nothing about which fact a sentence reports.
STOPWORDS: Final = frozenset(
    {
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already",
        "also", "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at",
        "back", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "even", "ever",
        "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "least", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most",
        "much", "must", "my", "near", "nearly", "now", "of", "off", "on", "once", "one", "only", "onto", "or",
        "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite",
        "rather", "same", "several", "shall", "she", "should", "since", "so", "some", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "though", "through", "throughout", "thus", "to", "too", "toward", "towards", "under", "until", "up",
        "upon", "us", "very", "via", "was", "we", "well", "were", "what", "when", "where", "whether", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "within", "would", "yet", "you", "your",
        "mr", "mrs", "ms", "dr",
    }
)  # fmt: skip

# Attribution and hedging: who said it and how, not what was said ("said", "according to", "reportedly").
REPORTING_WORDS: Final = frozenset(
    {
        "said", "says", "say", "saying", "told", "tell", "tells", "added", "adds", "according", "reportedly",
        "reported", "reports", "report", "stated", "statement", "noted", "announced", "claimed", "asked",
        "confirmed", "explained", "wrote", "written", "briefing", "interview", "spokesman", "spokesperson",
        "spokeswoman", "official", "officials", "source", "sources",
    }
)  # fmt: skip

# Words of time: the time of a fact is compared separately (months, years), never as a content term.
TIME_WORDS: Final = frozenset(
    {
        "today", "yesterday", "tomorrow", "week", "weeks", "weekend", "month", "months", "year", "years",
        "day", "days", "last", "next", "earlier", "later", "recently", "recent", "current", "currently",
        "ago", "time", "times", "morning", "evening", "night", "afternoon", "summer", "winter", "spring",
        "autumn", "fall", "still", "past", "far",
    }
)  # fmt: skip

# Words that say a count was won or gained, and words that say it was lost: "won 240 seats" and "lost 240 seats" are
# two facts, whatever else their sentences share (a figure whose words say both is left to the other tests).
WON_WORDS: Final = frozenset(
    {"won", "win", "wins", "winning", "gained", "gain", "gains", "gaining", "secured"}
)
LOST_WORDS: Final = frozenset({"lost", "lose", "loses", "losing"})

# Words that introduce a month name when the month is "May" (which is also a verb).
MONTH_INTRODUCERS: Final = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "of",
        "through",
    }
)

# A few paraphrases common in news copy, folded to one concept (after stemming, see ``evidence.passages._stem``):
# "gave permission" / "approved" / "authorised" / "allowed"; "strike" / "attack" / "hit"; "U.S." / "American";
# a country and its adjective ("Russian" / "Russia").
CONCEPTS: Final[dict[str, str]] = {
    "permiss": "permit", "permitt": "permit", "allow": "permit", "approv": "permit", "authori": "permit",
    "strik": "strike", "attack": "strike", "hit": "strike", "hitt": "strike",
    "weaponr": "weapon", "using": "use", "gav": "giv", "given": "giv",
    "permit": "permit", "america": "u.s.", "usa": "u.s.", "russian": "russia", "ukraini": "ukrain",
    # a country and its adjective, an institution and its short name (stems, as ``_stem`` cuts them)
    "uk": "u.k.", "britain": "u.k.", "british": "u.k.", "indian": "india", "chinese": "china", "israeli": "israel",
    "german": "germany", "french": "franc", "canadia": "canada", "mexican": "mexico", "japanes": "japan",
    "congole": "congo", "texan": "texa", "swedish": "sweden", "iranian": "iran", "lebanes": "lebanon",
    "gazan": "gaza", "egyptia": "egypt", "qatari": "qatar", "european": "europ", "african": "africa",
    "federal": "fed", "fomc": "fed",
    # growth and contraction of an economy, in the words outlets use for them
    "expansi": "growth", "expand": "growth", "grow": "growth", "grew": "growth", "grown": "growth",
    "shrink": "contrac", "shrank": "contrac", "shrunk": "contrac",
    # a parliament's seats are its constituencies ("results for 542 of the 543 constituencies")
    "constit": "seat",
    # people not found after a disaster: "still listed as missing", "still unaccounted for"
    "unaccou": "miss",
    # winning a count in the words outlets use for it: "won 240 seats", "securing 240 seats", "garnering 99",
    # "obtained 99 seats", "clinched 240 seats", "captured 240 seats"
    "win": "won", "winn": "won", "secur": "won", "garner": "won", "obtain": "won", "clinch": "won", "captur": "won",
    # seats lost and gained, and the short names of parties ("the Lib Dems", "the Dems")
    "los": "lost", "lib": "liberal", "dem": "democra",
    # ballots or poll stations scrutinized are counted ("94% of the poll stations scrutinized", "94% of votes counted")
    "scrutin": "count",
}  # fmt: skip

# A change written in brackets after a count, by its sign: "the Conservatives 121 (-251)" lost 251 seats.
CHANGE_TERMS: Final[dict[str, str]] = {"-": "lost", "−": "lost", "–": "lost", "+": "gain"}

# Words that may sit inside a name whose initials make an acronym: "Bank of England" -> BoE, BOE.
ACRONYM_JOINERS: Final = frozenset({"of", "and", "for", "the", "&"})

# Relative periods, in years or months from the publication date: "next year" in a 2025 report is 2026.
# "a year earlier" and "a year ago" are the year before publication too: "up from 2.4% a year earlier" in a 2024 report
# is 2023's figure.
RELATIVE_YEARS: Final[dict[str, int]] = {
    "last year": -1,
    "this year": 0,
    "next year": 1,
    "previous year": -1,
    "a year earlier": -1,
    "a year ago": -1,
    "a year before": -1,
}
# Quarters of a year, by their number: "the first quarter" is January to March.
QUARTERS: Final[dict[str, int]] = {"first": 1, "second": 2, "third": 3, "fourth": 4}
RELATIVE_MONTHS: Final[dict[str, int]] = {"last month": -1, "this month": 0, "next month": 1}

# Titles before a name are words, not names: "President Joe Biden" names Biden.
TITLES: Final = frozenset(
    {
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
        "governor", "gov", "mayor", "chancellor", "ambassador", "adviser", "advisor", "chief", "general", "gen",
        "admiral", "deputy", "senior", "former", "spokesman", "spokesperson", "spokeswoman",
    }
)  # fmt: skip

# Words that make a number a projection, a forecast or an estimate of what is to come, not a result: a projected
# 410 seats and a won 412 seats are not the same fact. An "estimate" is not one: statisticians estimate a past figure.
PROJECTION_WORDS: Final = frozenset(
    {
        "projected", "projects", "projection", "projections", "predicted", "predicts", "prediction", "forecast",
        "forecasts", "forecasting", "expected", "expects", "expect", "expecting", "poll", "polls",
        "will", "would", "could", "might", "likely", "set to", "on course", "on track",
    }
)  # fmt: skip

# Nouns after "poll" or "polling" that make it a place or a person of a vote, not an opinion poll: "with more than 94%
# of the poll stations scrutinized" counts a result, it projects none.
POLL_PLACES: Final = frozenset(
    {"station", "stations", "booth", "booths", "worker", "workers", "center", "centers"}
)

# Words that make a count a snapshot of a running tally (votes counted so far, seats declared, results in): two
# snapshots, or a snapshot and the final count, differ without disagreeing ("372 seats with 545 results declared"
# against "412 seats with all 649 results in"). Also a threshold, which is a target, not a count.
PARTIAL_COUNT_WORDS: Final = frozenset(
    {
        "declared", "so far", "counted", "results in", "of the results", "provisional", "preliminary",
        "early results", "partial results", "still being counted", "as of", "latest count", "running tally",
        "threshold", "required", "needed", "leading", "leads", "ahead in", "trends",
    }
)  # fmt: skip

# Words that make a number a threshold or a requirement, not a result: "needs to win at least 272 seats to come to
# power", "the 272 majority mark", "326 seats for a majority" (not "for a majority of 174": a result's margin). Each
# makes the nearest number of its clause a threshold, so "won 240 seats, falling short of the 272 majority mark"
# keeps 240 a result. Not "needed" or "required" alone: "23 patients have needed hospital care" is a count.
THRESHOLD_WORDS: Final = frozenset(
    {
        "needs to", "need to", "needed to", "needing to", "needs at least", "need at least", "needs a",
        "required to", "required for", "needed for", "requires", "is required", "are required", "the required",
        "majority mark", "halfway mark", "half-way mark", "majority threshold", "threshold", "magic number",
        "magic figure", "to form a government", "to form the government", "to form government", "to come to power",
        "for a majority", "for an overall majority", "for a simple majority", "to form a majority",
    }
)  # fmt: skip
# The phrases as one pattern (case-insensitive), longest first: "for a majority", not "for a majority of 174" (a
# result's margin). The evidence linker and the variants read thresholds with it.
THRESHOLD_PATTERN: Final = (
    r"\b(?:"
    + "|".join(
        re.escape(w) + (r"(?!\s+of\b)" if w.endswith("majority") else "")
        for w in sorted(THRESHOLD_WORDS, key=len, reverse=True)
    )
    + r")\b"
)

# Words between "and" and a place written beside another: "in Asheville, North Carolina, and its surrounding
# Buncombe County" (the county is a place of the figure too).
BESIDE_WORDS: Final = frozenset({"surrounding", "neighbouring", "neighboring", "nearby", "adjacent"})

# Nouns between a preposition of place and the name of a place: "in and around the city of Asheville".
PLACE_NOUNS: Final = ("city", "town", "village", "state", "county", "province", "region", "district", "area")

# Counted nouns that count the same things: "124 individuals" and "124 people"; "10 deaths" and "10 fatalities".
UNIT_CLASSES: Final[dict[str, str]] = {
    "person": "person", "people": "person", "individual": "person", "resident": "person",
    "case": "person", "patient": "person",  # an outbreak's cases and patients are people who fell ill
    "death": "death", "fatality": "death", "percentage point": "percent", "percent": "percent",
    "seat": "seat", "constituency": "seat",  # "won in 72 constituencies" and "72 seats"
    "customer": "premises", "premises": "premises",  # a utility's customers are the premises it supplies
}  # fmt: skip

# Words before a number word that make a count a reference to things already known: "the two fires which have
# burned ...", "these three hostages". Such a group is what another report names together: "the Palisades and Eaton
# fires" (``passages._groups``).
GROUP_DETERMINERS: Final = frozenset({"the", "these", "those"})

# Homes written with businesses are what a utility counts as its customers: "over 3.2 million homes and businesses
# affected" and "power outages for 3.3 million customers" count one thing (``passages._premises``; homes alone, or
# "homes and other buildings destroyed", stay homes; premises destroyed are not customers who lost power: the words
# near both must meet).
PREMISES: Final = "premises"
PREMISES_HOMES: Final = frozenset({"home", "household", "residence"})
PREMISES_PARTNERS: Final = frozenset({"businesses", "business"})

# Words that make a count of people a count of deaths: "killed 517 people", "517 people have died".
DEATH_WORDS: Final = frozenset({"killed", "killing", "kills", "died", "die", "dead"})
# Words that make "dead" a guess, not a count of deaths: "six presumed dead" are missing people.
NOT_YET_DEAD: Final = frozenset({"presumed", "feared", "missing", "believed"})

# Words of many names that say little of which one: "the Labour Party" and "the Conservative Party" share "Party".
GENERIC_NAME_WORDS: Final = frozenset(
    {
        "party", "council", "committee", "commission", "department", "ministry", "union", "house", "bank",
        "government", "agency", "office", "service", "services", "court", "republic", "national", "international",
        "united", "new", "north", "south", "east", "west", "central", "democratic", "people", "city", "county",
    }
)  # fmt: skip

# The parts of a time written in parts, in seconds: "two hours and 35 seconds", "2 hours, 9 minutes, 56 seconds",
# "35 seconds over 2 hours" and "2:00:35" are one duration, compared in seconds (a race time, a margin).
DURATION_SECONDS: Final[dict[str, int]] = {"hour": 3600, "minute": 60, "second": 1}
# Verbs that make a time an upper bound: "the first man to break two hours and one minute", "to break 2:10".
TIME_BARRIERS: Final = frozenset({"break", "breaks", "broke", "breaking", "inside", "sub"})

# Counts that only grow, besides deaths: an outbreak's cases. Of two reports a day apart, the later one giving such a
# count lower disagrees with the earlier one (a running tally never falls); higher, it is the same count later.
GROWING_UNITS: Final = frozenset({"case"})

# A count passed on the way, a milestone: "Labour wins the General Election after reaching 326 seats" says the count
# stood at 326 then, so a count that only grows (seats won, deaths) ends at least there. The words right before
# the figure ("after reaching", "upon passing the"), each with the bound it sets (as ``BOUND_WORDS``); the count of
# the moment ("the death toll has reached 548") is a level, not a milestone.
MILESTONE_OPENERS: Final = frozenset({"after", "upon", "on", "since", "by", "once"})
MILESTONE_VERBS: Final[dict[str, str]] = {
    "reaching": "ge", "hitting": "ge", "passing": "gt", "crossing": "gt", "surpassing": "gt", "topping": "gt",
}  # fmt: skip

# Words that end what qualifies a number ("$58 billion in military aid") and begin another clause: "more than 100
# deaths and left ...", "above 95 Monday morning as officials assessed the damage", "548 since the beginning".
HEAD_ENDS: Final = frozenset(
    {
        "and", "as", "while", "since", "after", "before", "when", "which", "who", "that", "but", "because",
        "amid", "despite", "following", "although", "though", "whereas", "with",
    }
)  # fmt: skip

# Relative quarters, in quarters from the last quarter ended at publication (the one a report of April describes is
# January to March): "2.4% growth in the previous quarter" in a report of April 2025 is the last quarter of 2024.
# Not "last quarter", which writers use for either.
RELATIVE_QUARTERS: Final[dict[str, int]] = {
    "previous quarter": -1,
    "prior quarter": -1,
    "preceding quarter": -1,
}

# Words right before a figure that make it the baseline a change is measured from, not the figure now: "won 99
# seats compared to 52 it won in 2019", "obtained 99 seats, an increase from 52 in 2019", "up from 607,000". Two
# baselines say the same of their figure, whatever their other words. Not "from" alone ("aid from 30 countries").
BASELINE_WORDS: Final = frozenset(
    {
        "compared to", "compared with", "up from", "down from", "increase from", "increased from", "rise from",
        "rose from", "risen from", "drop from", "dropped from", "fall from", "fell from", "fallen from",
        "decline from", "declined from", "jump from", "jumped from", "climbed from", "slipped from", "slowed from",
        "eased from",
    }
)  # fmt: skip

# Words right before a count or an amount that make it a change, not a level: "an increase of 34 since late last
# week" says nothing of a count of "more than 120 people". A change is compared with changes only (a rate's change
# in points has a unit of its own, "percentage point").
CHANGE_WORDS: Final = frozenset(
    {
        "an increase of", "a rise of", "a jump of", "a gain of", "a drop of", "a decrease of", "a decline of",
        "a fall of", "a reduction of", "up by", "down by", "rose by", "fell by", "increased by", "decreased by",
        "grew by", "dropped by", "declined by", "climbed by", "jumped by",
    }
)  # fmt: skip

# Words that open a clause of its own: a time reference after one, in a clause with no number, dates that clause
# and not a figure before it ("the first rate cut in four years as inflation met the target in May and June": May
# and June date the inflation, not the cut).
# Not "when" or "after": a time in a clause they open often dates the figure itself ("held at 4.5% when it met in
# June", "412 seats after the vote on 4 July").
SUBORDINATORS: Final = frozenset({"as", "because", "while", "whereas", "although", "though"})

# Words before a duration that make it a stretch of time a figure is dated by, not a figure: "in the last three
# months of 2024", "in the past 12 months", "in the first six months of the year".
PERIOD_OPENERS: Final = frozenset(
    {"last", "past", "previous", "preceding", "prior", "first", "next", "final", "coming", "latest"}
)

# Words that link a figure to what it measures and say nothing of which measure it is: "net migration to the UK
# stood at a provisional 672,000", "net migration estimated at 672,000". Left out of a figure's context words.
LINKING_WORDS: Final = frozenset(
    {"stood", "stand", "stands", "standing", "estimated", "provisional", "preliminary", "put"}
)

# Verbs of publishing: the name after "released by" is the figure's source, not what it is said of ("statistics
# released by the ONS, with net migration estimated at 672,000": the ONS measures, net migration is measured). Not
# "announced by" or "reported by": "the cut announced by the Fed", "the first case reported by Sweden" are theirs.
SOURCE_VERBS: Final = frozenset({"released", "published", "compiled"})

# Verbs whose agent, "set by Tigist Assefa", holds the figure before it: "the world record of 2:11:53 set last month
# in Berlin by Tigist Assefa" is Assefa's, whoever the sentence began with ("Hassan's time is second behind ...").
HOLDER_VERBS: Final = frozenset({"set", "held", "achieved", "clocked", "posted", "run", "won"})

# Words that name a kind of an amount: two amounts whose words right after name two kinds are two amounts ("$58
# billion in military aid", "$58 billion in humanitarian aid"); other words there describe one ("a $95 billion
# legislative package", "a $95 billion foreign aid package").
AMOUNT_KINDS: Final = frozenset(
    {
        "military", "humanitarian", "economic", "security", "development", "reconstruction", "defence", "defense",
        "civilian", "energy", "food", "medical", "budget", "financial", "emergency", "disaster", "weapons", "loan",
        "loans", "grant", "grants", "debt", "tax", "trade",
    }
)  # fmt: skip

# A vote written as its tally: "cleared in a 360-58 vote", "voted 5-4 to cut", "by a vote of 311 to 112". Each side
# is a count of its own: the votes for, then the votes against.
VOTE_UNITS: Final = ("vote for", "vote against")

# A record's span: "the first cut in four years", "the highest level in 22 years", "their poorest showing in two
# centuries" say since when (four years before the report: "the first cut since 2020"), not a figure. The words
# that open one (a superlative ends in "-est" too), and its units in years.
RECORD_WORDS: Final = frozenset({"first", "last", "worst", "best", "most", "least", "fewest"})
RECORD_SPAN_YEARS: Final[dict[str, int]] = {"year": 1, "decade": 10, "century": 100}

# Words that may stand between "but" and the figure that corrects a denied one: "wasn't 606,000 ..., but 745,000",
# "not 5% but rather 6%". The figure after them states what the denied one was said to be.
CORRECTION_WORDS: Final = frozenset({"rather", "instead", "actually", "in fact"})
