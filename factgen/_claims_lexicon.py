"""Data only: the word lists of the claims and variants stages (no logic, no imports)."""

# Verbs that report speech; "X said", "said X", "he added".
SAY_VERBS = (
    "said", "says", "told", "added", "noted", "stated", "announced", "wrote", "explained", "argued", "warned",
    "insisted", "confirmed", "emphasized", "emphasised", "stressed", "tweeted", "declared", "acknowledged",
)  # fmt: skip

# Verbs that report a promise or a forecast: what follows "<verb> that" is judged like a quotation.
PROMISE_VERBS = ("promised", "vowed", "pledged", "predicted", "forecast", "expects", "expected")

# Verbs of checkable action: a named actor doing one of these makes a sentence check-worthy.
ACTION_VERBS = (
    "approved", "gave", "given", "provided", "pledged", "asked", "decided", "allowed", "agreed", "killed",
    "launched", "signed", "sent", "supplied", "struck", "attacked", "invaded", "met", "meeting", "visited",
    "discussed", "granted", "rejected", "refused", "reported", "confirmed", "announced", "called", "urged",
    "opposed", "supported", "received", "won", "lost", "voted", "passed", "vetoed", "banned", "imposed",
    "lifted", "eased", "expanded", "delivered", "promised", "threatened", "reacted", "invaded", "captured",
    "directed", "changed", "evolved", "declined", "resisted", "prevented", "finalizing", "finalising",
)  # fmt: skip

# Words that open a title before a name ("Secretary of State Antony Blinken"): stripped from speaker names.
TITLE_WORDS = frozenset(
    {
        "President", "Vice", "Prime", "Minister", "Secretary", "State", "Defense", "Defence", "General", "Gen.",
        "Sen.", "Senator", "Rep.", "Representative", "Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Governor", "Mayor",
        "Chancellor", "Spokesman", "Spokesperson", "Spokeswoman", "Ambassador", "Adviser", "Advisor", "Chief",
        "National", "Security", "Council", "Pentagon", "White", "House", "British", "French", "Russian",
        "Ukrainian", "Ukraine", "American", "U.S.", "US", "German", "Foreign", "Affairs", "Army", "Navy",
        "Admiral", "Lt.", "Col.", "Sgt.", "Former", "Deputy", "Senior", "Press", "The",
    }
)  # fmt: skip

# Speakers that are groups rather than people: "a U.S. official said", "two officials said".
GROUP_NOUNS = (
    "official", "officials", "spokesperson", "spokesman", "spokeswoman", "source", "sources", "diplomat",
    "diplomats", "aide", "aides", "analyst", "analysts", "lawmaker", "lawmakers", "person", "people",
)  # fmt: skip
# Lower-case words allowed inside "said <role> <Name>": "said Pentagon spokesperson Sabrina Singh".
ROLE_WORDS = frozenset(
    {
        "the", "a", "an", "of", "spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "adviser",
        "advisor", "official", "chief", "aide", "correspondent", "president", "general", "ambassador", "senator",
        "press", "national", "security", "deputy", "senior", "former",
    }
)  # fmt: skip
GROUP_DETERMINERS = ("a", "an", "one", "two", "three", "four", "several", "some", "the", "another", "second")

PRONOUNS = ("he", "she")

# Capitalised words that open a sentence but name nobody: "He added", "As I said", "The report said".
NOT_NAMES = frozenset(
    {"he", "she", "i", "we", "they", "it", "you", "the", "a", "an", "this", "that", "who", "and", "but"}
)

# Sentences that open in the first person and hedge or prescribe are opinion unless attributed.
OPINION_MARKERS = (
    "i think", "i believe", "in my view", "we need", "we must", "we should", "it is time", "should be",
    "ought to", "i would", "let us", "let's",
)  # fmt: skip

# "X is a major victory for Y", "a setback for Meta": the writer's verdict, an opinion unless attributed.
VERDICT_NOUNS = ("victory", "blow", "setback", "win", "triumph", "boost", "disaster")
VERDICT_INTENSIFIERS = ("major", "big", "huge", "significant", "serious", "massive", "welcome")

# Sentences that are page furniture, not reporting.
BOILERPLATE_MARKERS = (
    "leave a comment", "join the conversation", "sign up", "subscribe", "click here", "read more",
    "all rights reserved", "comments are", "this story has been updated",
)  # fmt: skip

# Negation, for the polarity rule: cue words FEVER claim-only models learn.
NEGATIONS = ("not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "without")

# Auxiliaries that take "not" directly after them: "has provided" -> "has not provided".
AUXILIARIES = (
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "should",
    "must", "does", "do", "did",
)  # fmt: skip

# Simple-past verbs whose base form is known: "approved" -> "did not approve".
PAST_TO_BASE = {
    "approved": "approve", "gave": "give", "provided": "provide", "pledged": "pledge", "asked": "ask",
    "decided": "decide", "allowed": "allow", "agreed": "agree", "launched": "launch", "signed": "sign",
    "sent": "send", "supplied": "supply", "attacked": "attack", "invaded": "invade", "met": "meet",
    "visited": "visit", "discussed": "discuss", "granted": "grant", "rejected": "reject", "confirmed": "confirm",
    "announced": "announce", "urged": "urge", "opposed": "oppose", "supported": "support", "received": "receive",
    "delivered": "deliver", "promised": "promise", "directed": "direct", "killed": "kill", "expanded": "expand",
    "indicated": "indicate", "emphasized": "emphasize", "reacted": "react", "threatened": "threaten",
}  # fmt: skip

# Contractions that un-negate cleanly: "haven't" -> "have".
NEGATED_AUXILIARIES = {
    "hasn't": "has", "haven't": "have", "hadn't": "had", "isn't": "is", "aren't": "are", "wasn't": "was",
    "weren't": "were", "won't": "will", "wouldn't": "would", "can't": "can", "couldn't": "could",
    "doesn't": "does", "don't": "do", "didn't": "did",
}  # fmt: skip

# Words that open a subordinate clause: a sentence with one has two verbs, and negation is not applied to it.
SUBORDINATORS = (
    "when", "while", "if", "which", "who", "whom", "whose", "that", "because", "as", "after", "before", "since",
    "although", "though", "unless", "until", "whether", "where",
)  # fmt: skip
