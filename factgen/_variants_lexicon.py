"""Data only: the word lists the variants stage reads to keep a rewrite plausible and grammatical (issue 15, item 4)."""

from typing import Final

# A quantity right after one of these sits inside a noun phrase ("the $2.8 billion package", "its 650 seats"): a
# bound or an approximation cannot go there ("the new less than $2.8 billion package").
DETERMINERS: Final = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "each", "every", "another", "such", "whose", "which", "what", "all", "both",
    }
)  # fmt: skip

# Words that modify a noun between a determiner and a quantity ("a long-delayed $95 billion package", "the new
# $2.8 billion package"): the quantity is inside the noun phrase, so no bound, approximation or range goes there.
# Besides these: hyphenated words, words ending as an adjective does (MODIFIER_ENDINGS), and a participle right
# after the determiner ("a delayed", "the growing"); a participle after a noun is a verb ("the total reached").
NOUN_MODIFIERS: Final = frozenset(
    {"new", "record", "latest", "fresh", "further", "extra", "big", "huge", "vast", "long", "first", "last",
     "final", "initial", "overall", "planned", "proposed", "historic", "major"}
)  # fmt: skip
MODIFIER_ENDINGS: Final = ("al", "ive", "ous", "ful", "ic")
PARTICIPLE_ENDINGS: Final = ("ed", "ing")

# Words that close a phrase before a quantity rather than open a noun phrase: "the total of 650", "the rise to 5%".
PREPOSITIONS: Final = frozenset(
    {
        "of", "to", "by", "from", "for", "with", "at", "in", "on", "than", "about", "over", "under", "around",
        "and", "or", "is", "was", "are", "were", "be", "been", "has", "have", "had",
    }
)  # fmt: skip

# Units of file size, screen or data: a number with one of these after it is page furniture, never a claim's
# measure ("Download: Full Size (1.5 MB)").
FILE_UNITS: Final = frozenset(
    {"kb", "mb", "gb", "tb", "kib", "mib", "gib", "px", "kbps", "mbps", "gbps", "dpi"}
)

# Leading sounds that take "an": "an 80-seat majority", "an 11-year-old", "an 18% rise".
AN_NUMBERS: Final = ("8", "11", "18")
# Words that already hedge or bound the number after them: a bound or "about" after one reads as a stutter
# ("nearing about 100", "some more than 40", "at least least 10").
HEDGED_BY: Final = frozenset(
    {"nearing", "near", "nearly", "almost", "around", "about", "approximately", "roughly", "some", "over", "under",
     "least", "most", "than", "estimated", "up", "just", "only", "exactly", "barely", "top", "topping",
     # a verb of change takes its figure with "to" or "by": "rose to 95", never "rose between 38 and 66"
     "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "climbed", "climbs", "dropped", "drops",
     "jumped", "jumps", "surged", "grew", "grown", "increased", "decreased", "soared", "plunged", "slipped",
     "revised", "raised", "lowered", "cut"}
)  # fmt: skip
# Words that say a figure is small ("only won 99 seats", "merely raised $2 billion"): a bound, approximation or
# range after one, or after one and a verb, reads absurd ("only won at least 79 seats"); another number does not.
LIMITERS: Final = ("only", "just", "merely")
# Verbs of a change whose two ends a sentence may give ("cut to 5% from 5.25%"): which end is the larger.
FALL_VERBS: Final = (
    "cut", "cuts", "lowered", "lowers", "reduced", "reduces", "fell", "falls", "fallen", "dropped", "drops",
    "declined", "declines", "decreased", "decreases", "slashed", "eased", "eases", "slipped", "plunged", "shrank",
    "sank", "slowed", "dipped", "tumbled", "lower", "reduce", "decrease", "slash", "ease", "trim", "cutting",
    "lowering", "reducing", "decreasing", "slashing", "easing", "trimming", "inched down", "edged down",
    "ticked down", "edged lower",
)  # fmt: skip
RISE_VERBS: Final = (
    "raised", "raises", "rose", "rises", "risen", "increased", "increases", "climbed", "climbs", "jumped", "jumps",
    "surged", "grew", "grown", "hiked", "soared", "lifted", "accelerated", "doubled", "tripled", "swelled",
    "raise", "increase", "lift", "hike", "raising", "increasing", "lifting", "hiking", "inched up", "inched",
    "edged up", "edged higher", "ticked up", "nudged up", "nudged",
)  # fmt: skip
# Words of a value held ("kept the rate at 5.25%", "remained unchanged at 4%", "maintain the rate at 5.25 per
# cent"): the value after their "at" is one figure, so it takes no bound, range or approximation.
HOLD_WORDS: Final = (
    "keep", "keeps", "kept", "keeping", "hold", "holds", "held", "holding", "maintain", "maintains", "maintained",
    "maintaining", "leave", "leaves", "left", "leaving", "remain", "remains", "remained", "remaining", "stay",
    "stays", "stayed", "staying", "steady", "stable", "unchanged", "flat", "pegged", "fixed", "frozen", "froze",
    "freeze", "freezes",
)  # fmt: skip
# Words of a value aimed at ("set a target of 370 seats", "the target level of 2%", "a goal of 1 million"): a target
# is one figure, so it takes no bound, range or approximation ("a target of at least 320" misstates it).
TARGET_WORDS: Final = ("target", "targets", "goal", "goals", "aim", "objective", "objectives", "ambition")
# An approximation rounds a value by at most this share of it: "about $60 billion" for $58 billion, never
# "about 100" for 140.
MAX_ROUNDING_SHARE: Final = "0.1"

# The same quantity written another way: scale words and their short forms, currency words.
SCALE_ALTERNATES: Final = {" billion": "bn", "bn": " billion", " million": "m", "m": " million"}
CURRENCY_WORDS: Final = {"$": "dollars", "£": "pounds", "€": "euros"}
PERCENT_ALTERNATES: Final = {"%": " percent", " percent": "%", " per cent": "%"}

# Titles and roles that may stand right before a person's name ("Economy Minister Sergio Massa", "Governor Ron
# DeSantis"): a titled person is swapped only for a person the story gave the same title (issue 15, item 3).
PERSON_TITLES: Final = (
    "President", "President-elect", "Minister", "Secretary", "Secretary-General", "Governor", "Gov.", "Mayor",
    "Senator", "Sen.", "Representative", "Rep.", "General", "Gen.", "Chancellor", "Premier", "Speaker", "Leader",
    "Chief", "Commissioner", "Ambassador", "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Pope",
    "Chairman", "Chairwoman", "Chair", "Director", "CEO", "Coach", "Manager", "Deputy", "spokesman",
    "spokesperson", "spokeswoman", "adviser", "advisor", "chief", "leader", "minister", "president",
)  # fmt: skip
# Nationality words in a title ("Ukrainian President", "Russian President"), as the country they name: a person is
# swapped under another's title only where the two titles name one country, or neither names any.
DEMONYMS: Final = {
    "American": "united states", "Afghan": "afghanistan", "Argentine": "argentina", "Argentinian": "argentina",
    "Australian": "australia", "Austrian": "austria", "Belarusian": "belarus", "Belgian": "belgium",
    "Brazilian": "brazil", "British": "united kingdom", "Canadian": "canada", "Chinese": "china",
    "Colombian": "colombia", "Cuban": "cuba", "Czech": "czechia", "Danish": "denmark", "Dutch": "netherlands",
    "Egyptian": "egypt", "English": "united kingdom", "Ethiopian": "ethiopia", "Finnish": "finland",
    "French": "france", "German": "germany", "Greek": "greece", "Hungarian": "hungary", "Indian": "india",
    "Indonesian": "indonesia", "Iranian": "iran", "Iraqi": "iraq", "Irish": "ireland", "Israeli": "israel",
    "Italian": "italy", "Japanese": "japan", "Jordanian": "jordan", "Kenyan": "kenya", "Korean": "korea",
    "Lebanese": "lebanon", "Mexican": "mexico", "Nigerian": "nigeria", "Norwegian": "norway",
    "Pakistani": "pakistan", "Palestinian": "palestine", "Polish": "poland", "Portuguese": "portugal",
    "Qatari": "qatar", "Romanian": "romania", "Russian": "russia", "Saudi": "saudi arabia",
    "Scottish": "united kingdom", "Serbian": "serbia", "Spanish": "spain", "Swedish": "sweden", "Swiss":
    "switzerland", "Syrian": "syria", "Taiwanese": "taiwan", "Turkish": "turkey", "Ukrainian": "ukraine",
    "Venezuelan": "venezuela", "Welsh": "united kingdom",
}  # fmt: skip
# Capitalised words before a title that are no part of it: "Former US President" is the title "US President".
NOT_TITLE_WORDS: Final = ("Former", "The", "Then", "Late", "Yesterday", "Today", "And", "But")

# Words that are never part of a person's name, though capitalised after a title ("Secretary Austin Friday").
NOT_NAME_WORDS: Final = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "United", "States", "Party", "Government", "Ministry", "Department", "House", "Senate", "Congress",
        "The", "And", "But", "In", "On", "Of", "For", "With", "After", "Before",
    }
)  # fmt: skip

# Words that make a sentence look ahead, so its "on Friday" may be the next Friday, not the last: no date for it.
FUTURE_MARKERS: Final = (
    "will", "would", "shall", "next", "upcoming", "due", "scheduled", "expected", "expects", "plan", "plans",
    "planned", "set to", "going to", "until", "later", "tomorrow", "coming", "ahead",
)  # fmt: skip

# Opening words that are not names, so "According to X, " may lower-case them ("the policy", "it").
LOWER_OPENERS: Final = frozenset(
    {"The", "A", "An", "It", "Its", "This", "That", "These", "Those", "There", "Some", "Most", "Many", "All"}
)  # fmt: skip

# Past tenses of the verbs a figure follows ("won 412 seats", "imposed a €1.2 billion fine"), with their base form
# for a negation ("did not win 412 seats"); the claims' own list (``_claims_lexicon.PAST_TO_BASE``) besides.
# Not "cut", "hit", "set": their past is their present, so "did not" might negate the wrong tense.
PAST_TO_BASE: Final = {
    "won": "win", "lost": "lose", "secured": "secure", "took": "take", "imposed": "impose", "raised": "raise",
    "spent": "spend", "reported": "report", "recorded": "record", "passed": "pass", "fined": "fine",
    "infected": "infect", "destroyed": "destroy", "damaged": "damage", "burned": "burn", "opened": "open",
    "allocated": "allocate", "earned": "earn", "collected": "collect", "borrowed": "borrow", "paid": "pay",
    "sold": "sell", "bought": "buy", "injured": "injure", "evacuated": "evacuate", "rescued": "rescue",
    "claimed": "claim", "gained": "gain", "estimated": "estimate", "counted": "count", "registered": "register",
}  # fmt: skip
