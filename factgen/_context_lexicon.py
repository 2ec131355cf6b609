"""Data only: the words decontextualisation and atomic splitting recognise (no logic, no imports).

Where to add a word: a connective seen opening a real news sentence goes into ``CONNECTIVES``; an opener that
points back at an earlier sentence ("Since then,") into ``CONTEXT_OPENERS``; a noun that, after "The", points back
at something the article named ("The agency") into ``ANAPHORIC_NOUNS``, and, when the article's name for it can be
found by a word it contains, into ``NAME_HEADS`` as well.
"""

from __future__ import annotations

from typing import Final

# Openers that only link the sentence to the one before: dropped. "And"/"But"/"Yet"/"Plus"/"Or" take no comma
# ("Meanwhile" is seen both ways);
# the others are dropped only when a comma follows them ("However, ...", never "However much ...").
BARE_CONNECTIVES: Final = ("and", "but", "yet", "plus", "or", "meanwhile")
CONNECTIVES: Final = (
    "however", "meanwhile", "still", "also", "moreover", "furthermore", "in addition", "additionally",
    "specifically", "indeed", "so", "nevertheless", "nonetheless", "in fact", "overall",
    "separately", "as a result",
    "at the same time", "notably", "importantly", "crucially", "now", "in the latest development",
    "in other words", "in the meantime", "in particular", "for example", "for instance", "to be sure",
    "of course", "but", "and", "yet", "thus", "therefore", "consequently", "accordingly",
    "in short", "all told", "in total", "altogether", "in all", "earlier", "later",
)  # fmt: skip

# Openers that point at a time or thing only the earlier text names: the sentence cannot stand alone.
CONTEXT_OPENERS: Final = (
    "since then", "by then", "until then", "at the time", "at that time", "at that point", "after that",
    "before that", "that day", "that week", "that month", "that year", "the next day", "the following day",
    "the same day", "the day before", "the previous day", "earlier that", "later that", "in that case",
    "the former", "the latter", "others", "another", "the rest", "the remaining",
    "here", "the two", "the three", "the other", "the others", "all of them", "most of them",
    "some of them", "one of them", "none of them", "of those", "of these", "among them", "in response",
    "in doing so", "by doing so", "the following", "as such", "both are", "both were", "both have", "both had",
    "all three", "all four", "all five", "all of these", "all of those", "a separate", "a second", "a third",
    "a fourth", "a fifth", "a further", "a similar",
    # a comparison with the sentence before: its place or time is the earlier sentence's ("Conversely, the BJP
    # ended with 12 seats": in West Bengal, which the sentence before named)
    "conversely", "similarly", "likewise", "by contrast", "in contrast", "on the other hand", "in turn", "instead",
)  # fmt: skip

# Words that, opening the subject, refer back to the earlier text: the sentence needs an antecedent.
PRONOUN_SUBJECTS: Final = frozenset(
    {
        "it", "its", "it's", "it’s", "he", "his", "she", "her", "they", "their", "them", "this", "that", "these",
        "those", "we", "our", "us", "i", "my", "me", "you", "your", "they're", "they’re", "that's", "that’s",
        "he's", "he’s", "she's", "she’s", "we're", "we’re", "i'm", "i’m", "we've", "we’ve", "i've", "i’ve",
        "it'll", "it’ll", "they'll", "they’ll", "he'll", "he’ll", "she'll", "she’ll", "it'd", "it’d",
        "they've", "they’ve", "that'll", "that’ll",
    }
)  # fmt: skip
PERSON_PRONOUNS: Final = frozenset({"he", "she"})

# "This week, ..." is a time (the claim date anchors it), not a pointer back: these nouns after "this"/"that"
# are allowed to open a sentence.
DEICTIC_TIME_NOUNS: Final = frozenset(
    {
        "week",
        "weekend",
        "month",
        "morning",
        "afternoon",
        "evening",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)

# Nouns that, after "The", point back at what the article named: "The agency", "The previous estimate".
ANAPHORIC_NOUNS: Final = frozenset(
    {
        "agency", "country", "nation", "company", "firm", "party", "bank", "camp", "group", "government",
        "administration", "ministry", "department", "regulator", "organisation", "organization", "body", "board",
        "committee", "council", "court", "city", "state", "region", "province", "town", "village", "area",
        "county", "team", "club", "league", "union", "alliance", "coalition", "bloc", "child", "boy", "girl",
        "man", "woman", "victim", "victims", "patient", "patients", "suspect", "family", "couple", "official",
        "officials", "minister", "president", "leader", "spokesperson", "spokesman", "spokeswoman", "governor",
        "chair", "chairman", "chairwoman", "chief", "mayor", "senator", "candidate", "incumbent",
        "figure", "figures", "number", "numbers", "estimate", "estimates", "total", "tally", "increase",
        "decrease", "rise", "fall", "drop", "jump", "decline", "move", "decision", "cut", "hike", "deal",
        "agreement", "plan", "proposal", "bill", "law", "measure", "measures", "policy", "announcement",
        "statement", "report", "study", "survey", "poll", "data", "findings", "virus", "disease", "outbreak",
        "strain", "case", "cases", "incident", "attack", "strike", "blast", "fire", "crash", "storm", "project",
        "program", "programme", "scheme", "fund", "vote", "election", "result", "results", "event", "meeting",
        "summit", "talks", "visit", "trip", "operation", "war", "conflict", "crisis", "economy", "rate", "rates",
        "index", "market", "markets", "shares", "stock", "currency", "price", "prices", "sale", "sales", "vessel",
        "ship", "plane", "aircraft", "building", "site", "facility", "plant", "hospital", "school",
        "former", "latter", "previous", "latest", "same", "other", "remaining", "new", "current", "first",
        "second", "third", "last", "final", "two", "three", "four", "five", "rest", "fine", "penalty", "bridge",
        "hurricane", "cyclone", "typhoon", "wildfire", "blaze", "bills", "legislation", "package", "race", "situation",
        "call", "release",
        "hostages", "search", "toll", "collapse", "ruling", "verdict", "trial", "investigation", "probe", "lawsuit",
    }
)  # fmt: skip

# Nouns that, after "the" anywhere in a sentence, point back at one thing the article described: "appeal the fine",
# "because of the storm". Not when a name modifies or follows them ("the Eaton fire", "the fine on Meta" is not
# enough: "the fine of €1.2 billion" is, as a preposition with a capitalised word or figure after it).
POINTING_NOUNS: Final = frozenset(
    {
        "storm", "hurricane", "cyclone", "typhoon", "wildfire", "wildfires", "fine", "bill", "bills", "legislation",
        "package", "deal",
        "agreement", "plan", "proposal", "decision", "move", "announcement", "virus", "outbreak", "incident",
        "attack", "crash", "collapse", "bridge", "ship", "vessel", "child", "victim", "victims", "suspect",
        "company", "firm", "agency", "camp", "ruling", "verdict", "trial", "lawsuit", "release", "hostages",
        "appeal", "blaze", "accident", "explosion", "shooting", "quake", "earthquake", "flood", "floods",
        "county", "truce", "ceasefire", "devastation", "runner", "winner", "champion", "report", "variant",
        "victory", "advice", "defeat", "findings", "figures", "estimate", "measures",
        "downturn", "slowdown", "rebound", "surge", "giant", "maker", "manufacturer", "committee", "statement",
        "individual", "drop", "imports", "exports", "missing", "death", "deaths",
    }
)  # fmt: skip

# Nouns that, after "that", make it a pointer rather than the start of a clause: "I accepted that view".
THAT_NOUNS: Final = frozenset(
    {
        "view", "policy", "decision", "advice", "figure", "number", "move", "plan", "deal", "report", "case",
        "estimate", "statement", "claim", "request", "proposal", "approach", "position", "effort", "process",
        "agreement", "law", "bill", "rule", "measure", "change", "goal", "target", "level", "rate",
    }
)  # fmt: skip

# Modifiers that always point back, whatever follows: "The previous estimate for Britain".
POINTER_MODIFIERS: Final = frozenset(
    {
        "previous", "latest", "same", "former", "latter", "other", "remaining", "aforementioned", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten",
    }
)  # fmt: skip

# A definite description the article's own name can replace, by the words such a name contains:
# "the bank" -> the one name seen earlier with "Bank" in it ("the Bank of England"), when there is exactly one.
NAME_HEADS: Final = {
    "agency": ("Agency", "Administration", "Office", "Bureau", "Organization", "Organisation", "Service",
               "Commission", "Authority", "Institute", "Centers", "Centres"),
    "bank": ("Bank", "Reserve"),
    "central bank": ("Bank", "Reserve"),
    "party": ("Party",),
    "company": ("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Ltd", "Group", "Holdings", "plc"),
    "firm": ("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Ltd", "Group", "Holdings", "plc"),
    "ministry": ("Ministry",),
    "department": ("Department",),
    "committee": ("Committee",),
    "commission": ("Commission",),
    "court": ("Court",),
    "council": ("Council",),
    "organisation": ("Organization", "Organisation"),
    "organization": ("Organization", "Organisation"),
}  # fmt: skip

# Not a speaker, not an antecedent: weekdays, months and the like that capitalised-word runs pick up.
NOT_ACTORS: Final = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "today", "yesterday", "tomorrow", "tonight", "earlier", "later", "then", "now", "however", "meanwhile",
    }
)  # fmt: skip

# Countries and country-like names: a place, never a speaker ("United States" said nothing; its officials did).
COUNTRIES: Final = frozenset(
    {
        "afghanistan", "albania", "algeria", "america", "angola", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria",
        "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia",
        "cuba", "cyprus", "czechia", "denmark", "drc", "ecuador", "egypt", "england", "eritrea", "estonia",
        "ethiopia", "europe", "finland", "france", "gaza", "georgia", "germany", "ghana", "greece", "haiti",
        "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan",
        "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania",
        "malaysia", "mali", "mexico", "moldova", "morocco", "mozambique", "myanmar", "nepal", "netherlands",
        "nigeria", "north korea", "norway", "pakistan", "palestine", "peru", "philippines", "poland", "portugal",
        "qatar", "romania", "russia", "rwanda", "saudi arabia", "scotland", "serbia", "singapore", "slovakia",
        "somalia", "south africa", "south korea", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan",
        "tanzania", "thailand", "tunisia", "turkey", "türkiye", "uganda", "uk", "u.k.", "ukraine", "united kingdom",
        "united states", "u.s.", "us", "usa", "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe",
        "democratic republic of the congo", "republic of the congo", "the united states", "the united kingdom",
    }
)  # fmt: skip

# Prepositions: a capitalised run right after one is an object ("in the Congo announced"), not a speaker.
PREPOSITIONS: Final = frozenset(
    {"in", "of", "from", "at", "for", "with", "to", "on", "by", "about", "into", "across", "against", "than"}
)

# Openers of a fronted adverbial: "On Tuesday, ...", "According to X, ...": the subject follows the comma.
ADVERBIAL_OPENERS: Final = frozenset(
    {
        "in", "on", "at", "after", "before", "during", "since", "by", "for", "with", "according", "from", "under",
        "over", "despite", "following", "amid", "as", "last", "earlier", "later", "yesterday", "today", "until",
        "within", "between", "across", "throughout", "among", "as of", "once", "when", "while", "if", "although",
    }
)  # fmt: skip

# Relative years and months, as the article's date makes them explicit (offset from the publication year/month).
RELATIVE_YEARS: Final = {"this year": 0, "last year": -1, "next year": 1}
RELATIVE_MONTHS: Final = {"this month": 0, "last month": -1, "next month": 1}
# Days from the article's date ("yesterday" -> "on 4 March 2024"), by offset; a weekday is the last one on or before
# the date ("on Sunday" in a report of Monday 9 October 2023 -> "on 8 October 2023"), unless the sentence looks ahead.
RELATIVE_DAYS: Final = {"yesterday": -1, "today": 0, "tonight": 0, "this": 0, "last": -1}
# Prepositions a day keeps ("as of Tuesday" -> "as of 25 February 2025"); with none, or "on", the day takes "on".
DAY_PREPOSITIONS: Final = (
    "on", "since", "by", "until", "till", "as of", "from", "before", "after", "through", "to", "up to",
)  # fmt: skip
# Parts of a day: "on Thursday morning" -> "on the morning of 16 January 2025".
DAY_PARTS: Final = ("morning", "afternoon", "evening", "night")
# Words before a weekday that make it some other day than the last one ("next Friday", "every Sunday", "a Monday")
# or a name ("Black Friday", "Super Tuesday"): the weekday is left as written.
NOT_THAT_DAY: Final = frozenset(
    {"this", "next", "last", "every", "each", "a", "one", "that", "the", "same", "following", "previous", "coming",
     "black", "super", "good", "easter", "ash", "palm", "cyber", "bloody", "holy", "boxing", "giving", "mardi"}
)  # fmt: skip
# Words that make a sentence look ahead, so its weekday may be the next one, not the last ("will meet on Friday").
FUTURE_WORDS: Final = (
    "will", "would", "won't", "wouldn't", "shall", "'ll", "’ll", "going to", "set to", "due to", "expected",
    "expects", "scheduled", "plans", "plan to", "planned", "intends", "upcoming", "next", "tomorrow", "ahead",
)  # fmt: skip
# Past-tense words a weekday may follow directly in a sentence that also looks ahead: "said Friday it would ..."
# dates the saying, which is past.
PAST_BEFORE_DAY: Final = frozenset(
    {"said", "told", "wrote", "met", "won", "lost", "rose", "fell", "began", "took", "made", "held", "gave", "ran",
     "set", "hit", "cut", "struck", "broke", "came", "went", "left", "spoke", "sent", "paid", "sold", "saw"}
)  # fmt: skip
# Seasons (northern) and their first and last month: "last summer" in an article of August 2024 is 2023's summer,
# in one of October it may be either. Winter spans two years and is left as written.
SEASON_MONTHS: Final = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# Words after which the year stands alone ("compared to last year" -> "compared to 2023").
YEAR_PREPOSITIONS: Final = (
    "of", "to", "from", "than", "since", "until", "in", "for", "over", "during", "by", "with", "into", "through",
    "throughout", "before", "after", "within", "across", "around", "past", "under", "versus", "vs.",
)  # fmt: skip

# Past-tense / present verbs with their singular forms, for "A and B were 2% and 3%, respectively".
PLURAL_TO_SINGULAR: Final = {
    "were": "was", "are": "is", "have": "has", "remain": "remains", "stand": "stands", "total": "totals",
    "reach": "reaches", "account": "accounts", "rise": "rises", "fall": "falls", "grow": "grows",
}  # fmt: skip

# Titles a person's name follows: in "Bank of England Governor Andrew Bailey" the name is what comes after.
PERSON_TITLES: Final = frozenset(
    {
        "President", "Minister", "Secretary", "Governor", "Chair", "Chairman", "Chairwoman", "Director-General",
        "Director", "Spokesman", "Spokesperson", "Spokeswoman", "Ambassador", "Senator", "Mayor", "Chancellor",
        "Commissioner", "Leader", "Adviser", "Advisor", "Economist", "CEO", "Gen.", "Dr.", "Mr.", "Mrs.", "Ms.",
        "Mr", "Mrs", "Ms", "Dr", "Chief", "Gov", "Gov.", "Sen.", "Rep.", "spokesman", "spokesperson", "spokeswoman", "economist", "chief", "epidemiologist",
    }
)  # fmt: skip

# Acronyms of a measure, not of an actor: "Real GDP increased 2.4%" names no country, so it names nothing.
MEASURE_ACRONYMS: Final = frozenset({"GDP", "GNP", "CPI", "PCE", "PPI", "PMI", "GDP’s", "GDP's"})

# A share of the vote or a seat count needs its contest: one of these words (or a year) must name it.
CONTEST_WORDS: Final = (
    "election", "elections", "poll", "polls", "ballot", "referendum", "runoff", "run-off", "primary", "primaries",
    "vote in", "vote on", "lok sabha", "parliament", "parliamentary", "house", "senate", "assembly", "commons", "bundestag",
    "legislature", "congress", "caucus", "caucuses",
)  # fmt: skip

# Contest words that, after another capitalised word, end an organisation's name: "White House", "Indian National
# Congress" (a party), not a contest.
NAMED_LEGISLATURES: Final = frozenset({"house", "congress"})

# Words that make an attributed quotation with no figure an opinion, a feeling or an intention, not a checkable
# statement ("I thought I'd go and try Chicago", "Our intention is to ...").
QUOTE_OPINION_MARKERS: Final = (
    "typical of", "i think", "i believe", "we believe", "i feel", "we feel", "proud", "delighted", "honoured",
    "honored", "a sense of", "wonderful", "amazing", "incredible", "shameful", "disgrace", "i hope", "we hope",
    "fantastic", "brilliant", "thrilled", "grateful", "heartbroken", "great day", "in my view", "in our view",
    "i thought", "i knew", "i would like", "i'd like", "i want", "we want", "our intention", "my intention",
    "privilege", "honour", "honor", "critical to", "in a good place", "he believes", "she believes",
    "they believe", "appropriate to",
)  # fmt: skip

# A death toll or a case count names what caused it: a word containing one of these stems ("tornadoes",
# "storm-related", "measles") or a name the article gave to such an event ("Helene" of "Hurricane Helene").
CAUSE_STEMS: Final = (
    "hurricane", "storm", "tornad", "twister", "flood", "fire", "blaze", "quake", "earthquake", "tsunami",
    "cyclone", "typhoon", "heatwave", "war", "attack", "strike", "bomb", "shooting", "shell", "fighting",
    "conflict", "clash", "crash", "accident", "collision", "collide", "collapse", "explosion", "blast", "outbreak",
    "epidemic", "pandemic", "virus", "measles", "mpox", "monkeypox", "covid", "coronavirus", "cholera", "ebola",
    "flu", "influenza", "dengue", "malaria", "disease", "infection", "overdose", "famine", "starvation",
    "violence", "raid", "airstrike", "drone", "missile", "rocket", "landslide", "avalanche", "drown", "invasion",
    "offensive", "heat", "cancer", "clade", "strain", "gunfire", "stabbing", "eruption", "mudslide",
)  # fmt: skip

# Nouns of an event or a measure that the article's title or an earlier sentence may name with a modifier: "the
# outbreak" -> "the West Texas outbreak" when the article wrote "the measles outbreak in West Texas" (one place).
ANCHORABLE_NOUNS: Final = frozenset(
    {
        "outbreak", "epidemic", "fine", "penalty", "ceasefire", "truce", "package", "bill", "deal", "agreement",
        "collapse", "wildfire", "storm", "hurricane", "investigation", "probe", "strike", "attack", "war",
        "crash", "blast", "explosion", "earthquake", "quake", "flood", "floods", "ruling", "verdict", "runoff",
        "marathon", "race", "summit", "shooting", "election",
    }
)  # fmt: skip

# Descriptions of a company by what it makes or is ("The iPhone maker", "the social media giant"): they stand for
# the one company an article's title opens with ("Apple hit with EU fine").
COMPANY_NOUNS: Final = frozenset({"maker", "manufacturer", "giant", "company", "firm", "group", "owner"})

# Diseases: "124 cases" in an article that names one of them (and no other) are cases of it.
DISEASES: Final = frozenset(
    {
        "measles", "mpox", "monkeypox", "cholera", "ebola", "covid", "covid-19", "dengue", "malaria", "polio",
        "influenza", "flu", "bird flu", "diphtheria", "tuberculosis", "marburg", "zika", "whooping cough",
    }
)  # fmt: skip
# Names of one disease: they count as one.
DISEASE_ALIASES: Final = {"monkeypox": "mpox", "covid-19": "covid", "influenza": "flu"}

# Words that never modify a noun as a name would ("Officials said the outbreak"): an anchor stops at them.
NOT_MODIFIERS: Final = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "said",
        "says", "is", "was", "are", "were", "has", "have", "had", "that", "this", "its", "his", "her", "their",
        "as", "after", "before", "over", "since", "new", "latest", "first", "last", "current", "ongoing",
    }
)  # fmt: skip

# Nouns that head an institution's or a structure's name: "the committee" is the one "... Committee" the article
# named ("Monetary Policy Committee"), "the bridge" the one "... Bridge" ("Francis Scott Key Bridge").
NAMED_HEADS: Final = frozenset(
    {
        "committee", "bridge", "agency", "commission", "court", "council", "department", "ministry", "bank",
        "board", "office", "bureau", "service", "authority", "institute", "dam", "port", "hospital", "university",
        "coalition", "alliance", "parliament", "assembly", "senate", "tribunal", "regulator",
    }
)  # fmt: skip

# Verbs of a new record: "broke the previous world record set by ..." says which record "previous" means.
RECORD_VERBS: Final = (
    "broke", "breaking", "beat", "beating", "bested", "besting", "surpassed", "surpassing", "shattered",
    "shattering", "smashed", "smashing", "eclipsed", "eclipsing", "lowered", "lowering", "improved",
)  # fmt: skip

# Connectives set off inside a sentence by commas: ", on the other hand," is dropped with its commas.
INNER_CONNECTIVES: Final = ("however", "meanwhile")

# Names of one country: they count as one when an article is asked which country it is about.
COUNTRY_ALIASES: Final = {
    "us": "united states", "u.s.": "united states", "usa": "united states", "america": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom", "drc": "congo",
    "democratic republic of the congo": "congo", "türkiye": "turkey",
}  # fmt: skip

# Rates a central bank sets, and its moves: "The benchmark interest rate", "The cut to 5%" are the one bank's the
# article named ("the Federal Reserve’s benchmark interest rate"); "the unemployment rate" is not a bank's.
BANK_RATES: Final = frozenset(
    {
        "interest rate", "interest rates", "benchmark rate", "base rate", "policy rate", "key rate", "bank rate",
        "lending rate", "funds rate", "main rate", "borrowing costs", "cut", "rate cut", "hike", "rate hike",
        "rate increase", "rate decision",
    }
)  # fmt: skip

# Nouns that name one thing in two words: an anchor found for either serves both ("the truce" of an article that
# wrote "the Israel-Hamas ceasefire").
NOUN_SYNONYMS: Final = {
    "truce": frozenset({"truce", "ceasefire"}), "ceasefire": frozenset({"truce", "ceasefire"}),
    "fine": frozenset({"fine", "penalty"}), "penalty": frozenset({"fine", "penalty"}),
}  # fmt: skip

# Nouns of an election's own count: "The exit poll" is the one election's the article named.
CONTEST_NOUNS: Final = frozenset({"exit poll", "exit polls", "final tally", "vote count", "turnout"})

# "The new figures also reveal that X": X is the claim, the figures only its source.
REPORT_MODIFIERS: Final = (
    "new",
    "latest",
    "revised",
    "updated",
    "official",
    "provisional",
    "latest official",
)
REPORT_NOUNS: Final = ("figures", "data", "estimates", "statistics", "numbers")
REPORT_VERBS: Final = (
    "reveal", "revealed", "reveals", "show", "showed", "shows", "suggest", "suggested", "suggests", "indicate",
    "indicated", "indicates", "found", "find", "confirm", "confirmed", "confirms",
)  # fmt: skip

# Nouns of a named storm: "the storm", "The category 4 hurricane", "the cyclone", "the tropical storm" is the one
# "Hurricane Helene" (or "Typhoon Yagi", "Tropical Storm Debby") the article named (issue 15, item 4).
STORM_NOUNS: Final = frozenset({"storm", "hurricane", "cyclone", "typhoon"})
# What a storm's name opens with before its own name: "Hurricane" Helene, "Tropical Storm" Debby.
STORM_TITLES: Final = frozenset(
    {"hurricane", "storm", "cyclone", "typhoon", "tropical storm", "super typhoon"}
)

# A central bank whose name holds no country: an article that names it and no country speaks of that country.
BANK_COUNTRIES: Final = {"Federal Reserve": "U.S."}

# Measures of a whole country: a claim that names no place needs the country ("inflation fell to 3 percent": where?).
NATIONAL_MEASURES: Final = frozenset(
    {*MEASURE_ACRONYMS, "inflation", "unemployment", "gross domestic product", "consumer prices", "net migration",
     "jobless rate", "unemployment rate", "inflation rate", "imports", "exports"}
)  # fmt: skip

# Words that make a capitalised run a place, an event or a thing, not a person, so that its last word is no surname
# to complete: "West Texas" ("Texas" alone is not West Texas), "Hurricane Helene", "Chicago Marathon".
NOT_PERSON_WORDS: Final = frozenset(
    {
        "west", "east", "north", "south", "new", "central", "upper", "lower", "greater", "northern", "southern",
        "eastern", "western", "saint", "st.", "san", "santa", "los", "las", "fort", "port", "lake", "mount", "cape",
        "hurricane", "storm", "typhoon", "cyclone", "marathon", "bridge", "county", "street", "river", "island",
        "airport", "park", "center", "centre", "square", "valley", "bay", "beach", "city", "district", "province",
        "state", "games", "cup", "open", "award", "prize", "festival", "day", "week", "act", "fire", "fires",
        "strip", "bank", "sea", "ocean", "coast", "hall", "tower", "palace", "church", "league", "club", "fc",
    }
)  # fmt: skip

# Words a person's name may be followed by where it names the person, not a thing named after them: a verb, a
# preposition or a relative ("Kiptum won", "Massa has", "Hassan, who"). "Trump allies", "the Palisades fires" are
# followed by a noun: the word is a modifier there, and is left as written.
PERSON_FOLLOWERS: Final = frozenset(
    {
        "and", "or", "also", "has", "had", "have", "is", "was", "were", "will", "would", "could", "can", "may",
        "might", "did", "does", "who", "whose", "to", "in", "at", "on", "for", "from", "with", "by", "as", "than",
        "became", "become", "becomes", "began", "broke", "ran", "runs", "won", "wins", "took", "takes", "set",
        "sets", "made", "makes", "came", "went", "left", "led", "leads", "met", "meets", "spoke", "speaks", "told",
        "tells", "wrote", "said", "says", "added", "adds", "won't", "isn't", "wasn't", "hasn't", "hadn't",
        "then", "now", "still", "already", "again", "never", "later", "earlier", "first", "himself", "herself",
    }
)  # fmt: skip

# Words a weekday with no preposition may be followed by where it dates something ("said Monday it would",
# "reported Tuesday that"); another lower-case word makes the weekday a modifier ("in rare Saturday action").
AFTER_BARE_DAY: Final = frozenset(
    {
        "it", "its", "that", "the", "they", "their", "he", "his", "she", "her", "we", "a", "an", "to", "in", "at",
        "as", "after", "before", "when", "while", "and", "but", "with", "for", "from", "of", "on", "by", "amid",
        "following", "ahead", "despite", "during", "until", "this", "there", "was", "were", "is", "are",
    }
)  # fmt: skip

# Nouns of a figure: a date does not say what it counts ("The June 2023 figure": of what?), though it says which
# event ("The 1 August 2024 decision").
FIGURE_NOUNS: Final = frozenset(
    {"figure", "figures", "number", "numbers", "estimate", "estimates", "total", "tally", "rate", "rates", "data",
     "increase", "decrease", "rise", "fall", "drop", "jump", "decline", "result", "results"}
)  # fmt: skip

# Words after a pointing noun that make it a compound or say which one it is: "the death toll", "the death related to
# the outbreak", "the deaths reported in Texas", "the death of a child" (not "of the child": which one?).
SPECIFYING_WORDS: Final = (
    "toll", "tolls", "rate", "rates", "count", "penalty", "sentence", "related", "linked", "tied", "attributed",
    "caused", "reported", "confirmed", "recorded", "of a", "of an",
)  # fmt: skip
