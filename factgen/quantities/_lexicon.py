"""Word lists of the quantity normaliser: data only, no logic (the regexes are built from these in ``parse.py``).

Keys are lower-case unless a table says it is case-sensitive. To teach the normaliser a new word, add it here and
add a case row to ``tests/quantities/test_parse.py``.
"""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- numbers written as words

UNIT_WORDS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    # common misspellings, read as the word meant
    "fourty": 40,
    "ninty": 90,
    "nintey": 90,
}
HUNDRED_WORD: Final = "hundred"
DOZEN_WORD: Final = "dozen"

# Scale words: the power of ten they multiply by. Case-sensitive keys are in SCALE_GLUED_CASED.
SCALE_WORDS: Final[dict[str, int]] = {
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
    "lakh": 5,
    "crore": 7,
    "milion": 6,  # misspellings
    "bilion": 9,
}
# Abbreviations that follow the digits, glued or after one space ("£1.2bn", "$3 bn").
SCALE_ABBREVIATIONS: Final[dict[str, int]] = {
    "bn": 9,
    "bln": 9,
    "mn": 6,
    "mln": 6,
    "mil": 6,
    "tn": 12,
    "trn": 12,
}
# Single letters glued to the digits, case-sensitive ("450k", "$54K", "€10M", "$1MM").
# "m"/"M" read as million only after a currency: "100m" alone is a length.
SCALE_GLUED_CASED: Final[dict[str, int]] = {"k": 3, "K": 3, "MM": 6, "M": 6, "m": 6, "B": 9, "b": 9, "T": 12}
# These read as a scale only after a currency ("$4.7m") or before a counted plural noun ("4.7m residents").
SCALE_LETTERS_NEEDING_CURRENCY: Final = frozenset({"m", "M", "MM", "B", "b", "T"})
# Multipliers after digits that are not powers of ten ("3 dozen", "15 hundred" is a power: see SCALE_WORDS).
DIGIT_MULTIPLIERS: Final[dict[str, int]] = {"hundred": 100, "dozen": 12, "dozens": 12}

# Vague magnitudes: plural scale word -> power of ten of its lower end ("tens of thousands" = 10**4 ..).
VAGUE_WORDS: Final[dict[str, int]] = {
    "tens": 1,
    "hundreds": 2,
    "thousands": 3,
    "millions": 6,
    "billions": 9,
    "trillions": 12,
}
# "dozens" is [24, 144): at least two dozen, fewer than a dozen dozen.
DOZENS_WORD: Final = "dozens"

# Fractions written as words: the denominator of "three-fifths", "a third".
DENOMINATOR_WORDS: Final[dict[str, int]] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "eleventh": 11,
    "elevenths": 11,
    "twelfth": 12,
    "twelfths": 12,
    "sixteenth": 16,
    "sixteenths": 16,
    "twentieth": 20,
    "twentieths": 20,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
    "millionth": 10**6,
    "millionths": 10**6,
    "billionth": 10**9,
    "billionths": 10**9,
    "trillionth": 10**12,
    "trillionths": 10**12,
}

ORDINAL_WORDS: Final[dict[str, int]] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "nineth": 9,  # misspellings
    "twelveth": 12,
    "fourtieth": 40,
}
# Ordinals of scale words: "two hundredth" is 2 x 100, "three trillionth" 3 x 10**12.
SCALE_ORDINALS: Final[dict[str, int]] = {
    "hundredth": 2,
    "thousandth": 3,
    "millionth": 6,
    "billionth": 9,
    "trillionth": 12,
}
# Ordinals that read as adverbs when no noun follows ("Russia first invaded", "second, ...").
ADVERB_ORDINALS: Final = frozenset({"first", "second"})

# --------------------------------------------------------------------------- money

# Symbols written before the amount -> ISO 4217 (case-sensitive).
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "C $": "CAD",
    "US $": "USD",
    "A $": "AUD",
    "HK $": "HKD",
    "c $": "CAD",  # lower-cased text ("the price ... between c $ 16.4 million")
    "us $": "USD",
    "hk $": "HKD",
    "c$": "CAD",
    "hk$": "HKD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "NT$": "TWD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₽": "RUB",
    "₴": "UAH",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "CHF": "CHF",
}
# ISO 4217 codes recognised before (glued or spaced) or after an amount (case-sensitive).
CURRENCY_CODES: Final = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "UAH", "CAD", "AUD", "NZD", "HKD", "SGD",
        "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "BRL", "MXN", "ZAR", "KRW", "TWD", "ILS",
        "SAR", "AED", "NGN", "KES", "EGP", "PKR", "IDR", "THB", "VND", "MYR", "ARS", "CLP", "COP", "PHP",
        "IRR", "LBP", "BDT", "LKR", "GHS", "ETB", "MAD", "QAR", "KWD", "IQD", "JOD", "PEN", "UGX", "TZS",
    }
)  # fmt: skip
CODE_ALIASES: Final[dict[str, str]] = {"RMB": "CNY"}
# Codes that are also names or acronyms: before a small whole number they name something ("COP29", "COP 28"
# summits, "PHP 8", "SAR 2"), and read as money only with decimals, a scale word or an amount of 1,000 or more.
CODES_ALSO_NAMES: Final = frozenset({"COP", "CAD", "MAD", "PEN", "ARS", "TRY", "SAR", "PHP"})

# Currency words after the amount -> ISO 4217 (lower-case; plural and singular).
CURRENCY_WORDS: Final[dict[str, str]] = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "hong kong dollars": "HKD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rouble": "RUB",
    "rubles": "RUB",
    "ruble": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "hryvnya": "UAH",
    "swiss francs": "CHF",
    "zlotys": "PLN",
    "zloty": "PLN",
    "lira": "TRY",
    "shekels": "ILS",
    "rand": "ZAR",
    "won": "KRW",
    # currency names with their country ("10,000 Egyptian pounds"): the country decides the code
    "british pounds": "GBP",
    "egyptian pounds": "EGP",
    "lebanese pounds": "LBP",
    "syrian pounds": "SYP",
    "sudanese pounds": "SDG",
    "mexican pesos": "MXN",
    "argentine pesos": "ARS",
    "argentinian pesos": "ARS",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "philippine pesos": "PHP",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "indonesian rupiah": "IDR",
    "nigerian naira": "NGN",
    "naira": "NGN",
    "kenyan shillings": "KES",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "south african rand": "ZAR",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "brazilian reais": "BRL",
    "brazilian real": "BRL",
    "reais": "BRL",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
    "ukrainian hryvnias": "UAH",
    "swedish kronor": "SEK",
    "swedish crowns": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "polish zlotys": "PLN",
    "hungarian forints": "HUF",
    "forints": "HUF",
    "czech crowns": "CZK",
    "czech korunas": "CZK",
    "israeli shekels": "ILS",
    "new israeli shekels": "ILS",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "iranian rials": "IRR",
    "uae dirhams": "AED",
    "emirati dirhams": "AED",
    "moroccan dirhams": "MAD",
    "kuwaiti dinars": "KWD",
    "iraqi dinars": "IQD",
    "jordanian dinars": "JOD",
    "thai baht": "THB",
    "baht": "THB",
    "vietnamese dong": "VND",
    "malaysian ringgit": "MYR",
    "ringgit": "MYR",
    "bangladeshi taka": "BDT",
    "ghanaian cedis": "GHS",
    "cedis": "GHS",
    "ethiopian birr": "ETB",
    "peruvian soles": "PEN",
    "singapore dollars": "SGD",
    "new zealand dollars": "NZD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "south korean won": "KRW",
    "korean won": "KRW",
    "euro cents": "EUR",
}
# Hundredths of a currency after the amount ("85 cents" = 0.85 USD; "50p" = 0.50 GBP).
CENT_WORDS: Final[dict[str, str]] = {"cents": "USD", "cent": "USD", "pence": "GBP", "p": "GBP"}
# "pounds" after a scale word is money ("five million pounds"), without one a weight ("200 pounds").
POUNDS_WORD: Final = "pounds"
POUNDS_MIN_POWER: Final = 6

# --------------------------------------------------------------------------- percentages and units

PERCENT_WORDS: Final[dict[str, str]] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pc": "percent",
    "percentage": "percent",
    "percents": "percent",
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "percent points": "percentage point",
    "pp": "percentage point",
}

# Temperature scales, by the last word of "°C", "3C", "degrees Celsius" (case-sensitive).
# Keys lower-case; a bare "C"/"F" is read only upper-case, or after "degrees"/"deg" ("98.6 degrees f").
TEMPERATURE_SCALES: Final[dict[str, str]] = {
    "c": "degree Celsius",
    "celsius": "degree Celsius",
    "centigrade": "degree Celsius",
    "celcius": "degree Celsius",  # misspellings
    "centigrate": "degree Celsius",
    "f": "degree Fahrenheit",
    "fahrenheit": "degree Fahrenheit",
    "farenheit": "degree Fahrenheit",  # misspelling
}
TEMPERATURE_DEGREE_WORDS: Final = ("degrees", "degree", "deg.", "deg")

# Physical units after the amount -> singular British name (case-sensitive: "m" is a metre, "M" is not).
DIMENSION_UNITS: Final[dict[str, str]] = {
    "kilometres": "kilometre",
    "kilometre": "kilometre",
    "kilometers": "kilometre",
    "kilometer": "kilometre",
    "km": "kilometre",
    "kms": "kilometre",
    "metres": "metre",
    "metre": "metre",
    "meters": "metre",
    "meter": "metre",
    "m": "metre",
    "centimetres": "centimetre",
    "centimeters": "centimetre",
    "cm": "centimetre",
    "millimetres": "millimetre",
    "millimeters": "millimetre",
    "mm": "millimetre",
    "miles": "mile",
    "mile": "mile",
    "feet": "foot",
    "foot": "foot",
    "ft": "foot",
    "inches": "inch",
    "inch": "inch",
    "yards": "yard",
    "nautical miles": "nautical mile",
    "square kilometres": "square kilometre",
    "square kilometers": "square kilometre",
    "sq km": "square kilometre",
    "km2": "square kilometre",
    "km²": "square kilometre",
    "square miles": "square mile",
    "square metres": "square metre",
    "square meters": "square metre",
    "hectares": "hectare",
    "hectare": "hectare",
    "ha": "hectare",
    "acres": "acre",
    "acre": "acre",
    "tonnes": "tonne",
    "tonne": "tonne",
    "metric tons": "tonne",
    "tons": "ton",
    "ton": "ton",
    "kilograms": "kilogram",
    "kilogrammes": "kilogram",
    "kilogram": "kilogram",
    "kg": "kilogram",
    "kgs": "kilogram",
    "grams": "gram",
    "grammes": "gram",
    "g": "gram",
    "pounds": "pound",
    "lbs": "pound",
    "lb": "pound",
    "litres": "litre",
    "litre": "litre",
    "liters": "litre",
    "liter": "litre",
    "gallons": "gallon",
    "barrels": "barrel",
    "cubic metres": "cubic metre",
    "cubic meters": "cubic metre",
    "megawatts": "megawatt",
    "MW": "megawatt",
    "gigawatts": "gigawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt hour",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "kph": "kilometre per hour",
    "degrees": "degree",
    "mi": "mile",
    "sq mi": "square mile",
    "ounces": "ounce",
    "ounce": "ounce",
    "oz": "ounce",
    "gallon": "gallon",
    "barrel": "barrel",
    "yard": "yard",
    "pints": "pint",
    "pint": "pint",
    "cubic feet": "cubic foot",
    "cubic foot": "cubic foot",
    "square feet": "square foot",
    "square foot": "square foot",
    "sq ft": "square foot",
    "square yards": "square yard",
    "bits": "bit",
    "bit": "bit",
    "miles per hour": "mile per hour",
    "miles an hour": "mile per hour",
    "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour",
    "kilometres an hour": "kilometre per hour",
    "kilometers an hour": "kilometre per hour",
    "nanometres": "nanometre",
    "nanometers": "nanometre",
    "nm": "nanometre",
    "millilitres": "millilitre",
    "milliliters": "millilitre",
    "ml": "millilitre",
    "mL": "millilitre",
    "L": "litre",
    "MWh": "megawatt hour",
    "GWh": "gigawatt hour",
    "TWh": "terawatt hour",
    "Wh": "watt hour",
    # file and data sizes: a quantity, told apart by its unit (DATA_SIZE_UNITS)
    "bytes": "byte",
    "KB": "kilobyte",
    "kB": "kilobyte",
    "kilobytes": "kilobyte",
    "MB": "megabyte",
    "megabytes": "megabyte",
    "GB": "gigabyte",
    "gigabytes": "gigabyte",
    "TB": "terabyte",
    "terabytes": "terabyte",
    "petabytes": "petabyte",
    "PB": "petabyte",
    "exabytes": "exabyte",
    "EB": "exabyte",
}
# The units of DIMENSION_UNITS that measure data ("1.5 MB" in a photo credit): callers may drop them.
DATA_SIZE_UNITS: Final = frozenset(
    {"byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte", "exabyte"}
)

# Time units -> singular name; these make a duration (or an age with "-old").
TIME_UNITS: Final[dict[str, str]] = {
    "seconds": "second",
    "second": "second",
    "minutes": "minute",
    "minute": "minute",
    "hours": "hour",
    "hour": "hour",
    "days": "day",
    "day": "day",
    "weeks": "week",
    "week": "week",
    "months": "month",
    "month": "month",
    "years": "year",
    "year": "year",
    "decades": "decade",
    "decade": "decade",
    "centuries": "century",
    "century": "century",
}

# --------------------------------------------------------------------------- bounds

# Words before a number -> the shape of the interval they give (see ``intervals.py`` for each shape).
BOUND_WORDS: Final[dict[str, str]] = {
    "more than": "gt",
    "larger than": "gt",
    "bigger than": "gt",
    "greater than or equal to": "ge",
    "more than or equal to": "ge",
    "higher or equal than": "ge",
    "bigger or equal than": "ge",
    "greater or equal than": "ge",
    "larger or equal than": "ge",
    "less than or equal to": "le",
    "fewer than or equal to": "le",
    "less or equal than": "le",
    "lower or equal than": "le",
    "smaller or equal than": "le",
    "smaller than": "lt",
    "lower than": "lt",
    "over": "gt",
    "above": "gt",
    "greater than": "gt",
    "higher than": "gt",
    "in excess of": "gt",
    "upwards of": "gt",
    "at least": "ge",
    "no fewer than": "ge",
    "no less than": "ge",
    "not less than": "ge",
    "a minimum of": "ge",
    "fewer than": "lt",
    "less than": "lt",
    "under": "lt",
    "below": "lt",
    "up to": "le",
    "as many as": "le",
    "as much as": "le",
    "as high as": "le",
    "at most": "le",
    "no more than": "le",
    "not more than": "le",
    "a maximum of": "le",
    "just under": "just_under",
    "just below": "just_under",
    "just shy of": "just_under",
    "just over": "just_over",
    "just above": "just_over",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "close to": "approx",
    "circa": "approx",
    "~": "approx",
    "nearly": "nearly",
    "almost": "nearly",
    "between": "between",
    "from": "from",
}
# Comparison signs before a number ("x<5", "y >= 3", "< = 100").
COMPARISON_SIGNS: Final[dict[str, str]] = {
    "<": "lt",
    ">": "gt",
    "<=": "le",
    ">=": "ge",
    "< =": "le",
    "> =": "ge",
    "≤": "le",
    "≥": "ge",
    "=<": "le",
    "=>": "ge",
}
# Words after a number that bound it ("300 or more", "1,000 or fewer").
BOUND_SUFFIXES: Final[dict[str, str]] = {
    "or more": "ge",
    "and more": "ge",
    "or above": "ge",
    "and above": "ge",
    "or over": "ge",
    "and over": "ge",
    "or higher": "ge",
    "or greater": "ge",
    "and up": "ge",
    "or older": "ge",
    "or fewer": "le",
    "or less": "le",
    "or below": "le",
    "or under": "le",
    "or lower": "le",
    "or younger": "le",
}
# Words joining two one-sided bounds into one interval ("more than 40 and fewer than 60").
BOUND_JOINERS: Final = ("and", "but", ",", ", and", ", but")
SIGN_WORDS: Final = ("negative", "minus")
AGE_WORDS: Final = ("aged",)  # "aged 45"
AGE_SUFFIXES: Final = ("-year-old", "-years-old", "-year-olds", " years old", " year old")

# Words joining two ends of a range; "and" only after "between", "to" also after "from".
RANGE_SEPARATORS: Final = ("-", "–", "—", "~", "to", "and", "through", "thru", "/")

SUPERLATIVE_SUFFIX: Final = "est"  # "third-largest", "second biggest"

# --------------------------------------------------------------------------- counted nouns

# Words that look like plural nouns but are not things counted by a number.
NOT_NOUNS: Final = frozenset(
    {
        "is", "was", "has", "as", "us", "its", "this", "his", "hers", "ours", "yours", "theirs", "yes",
        "thus", "less", "unless", "across", "always", "perhaps", "besides", "towards", "afterwards",
        "whereas", "nevertheless", "sometimes", "news", "does", "goes", "says", "seems", "makes", "means",
        "remains", "includes", "comes", "gives", "takes", "shows", "plus", "minus", "times", "percent",
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "that", "which", "who", "whom", "whose", "than", "then", "there", "here", "were", "are", "be",
        "been", "being", "had", "have", "will", "would", "could", "should", "may", "might", "must", "can",
        "did", "do", "not", "no", "so", "if", "when", "while", "after", "before", "since", "until", "into",
        "onto", "about", "more", "most", "other", "another", "each", "every", "all", "both", "either",
        "neither", "same", "such", "only", "also", "even", "just", "still", "yet", "per", "a.m", "p.m",
        "it", "he", "she", "they", "we", "you", "i", "them", "him", "her", "me", "my", "our", "their",
        "your", "these", "those", "what", "where", "why", "how", "out", "up", "down", "off", "over",
        "under", "again", "further", "once", "very", "too", "own", "new", "said", "ago", "later",
        "earlier", "old", "long", "away", "apart", "way", "ways",
    }
)  # fmt: skip
# Plural -> singular where dropping the "s" is wrong.
IRREGULAR_PLURALS: Final[dict[str, str]] = {
    "people": "person",
    "persons": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "police": "police officer",
    "mice": "mouse",
    "geese": "goose",
    "teeth": "tooth",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "thieves": "thief",
    "wolves": "wolf",
    "heroes": "hero",
    "tomatoes": "tomato",
    "potatoes": "potato",
    "echoes": "echo",
    "vetoes": "veto",
    "series": "series",
    "species": "species",
    "crises": "crisis",
    "analyses": "analysis",
    "cattle": "head of cattle",
    "troops": "troop",
}
# Plural endings that are not plurals ("famous", "crisis", "class", "virus").
NOT_PLURAL_ENDINGS: Final = ("ss", "us", "is", "'s", "’s")
# Nouns that end in "s" but count nothing by themselves (diseases, fields, "news"): before another noun they modify
# it ("124 measles cases" counts cases), alone they are no counted noun.
SINGULAR_IN_S: Final = frozenset(
    {
        "measles", "mumps", "rabies", "diabetes", "herpes", "scabies", "rickets", "shingles", "news", "physics",
        "economics", "politics", "athletics", "gymnastics", "mathematics", "linguistics", "statistics",
    }
)  # fmt: skip
# Plural endings and what replaces them, tried in order ("countries" -> "country", "churches" -> "church").
PLURAL_ENDINGS: Final = (
    ("ies", "y"),
    ("sses", "ss"),
    ("xes", "x"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("s", ""),
)

# --------------------------------------------------------------------------- not quantities

MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
# Phrases whose number word counts nothing (matched case-insensitively, on word boundaries).
NON_QUANTITY_PHRASES: Final = (
    "one of",
    "one another",
    "one-on-one",
    "one by one",
    "no one",
    "any one",
    "every one",
    "the one",
    "this one",
    "that one",
    "one day",
    "one way or another",
    "one or two",
    "24/7",
    "9/11",
    "first of all",
    "second-guess",
    "at first",
    "one-sided",
    "one-time",
    "one-off",
    "each one",
    "at one point",
    "at one time",
    "at one stage",
    "on the one hand",
    "for one",
    "one thing",
    "first class",
    "second class",
    "third class",
    "first-class",
    "second-class",
    "third-class",
    "first lady",
    "first aid",
    "first-hand",
    "second-hand",
    "second hand",
    "first half",
    "second half",
    "one and only",
)
# Capitalised words after which a number is a name, not an amount ("Article 5", "Flight 17").
IDENTIFIER_WORDS: Final = (
    "Article", "No.", "Nos.", "Number", "Resolution", "Section", "Chapter", "Flight", "Route", "Room",
    "Phase", "Level", "Category", "Title", "Figure", "Table", "Page", "Line", "Gate", "Terminal", "Channel",
    "Season", "Episode", "Vol.", "Volume", "Part", "Unit", "Building", "Highway", "Interstate", "Apollo",
    "Windows", "Boeing", "Airbus", "iPhone", "Galaxy", "Formula", "Brigade", "Division", "Battalion",
    "Regiment", "Corps", "Army", "Fleet", "Squadron", "Version", "Model", "Grade", "Class", "Stage",
    "Amendment", "Paragraph", "Clause", "Rule", "Item", "Box", "Exit", "Platform", "District", "Zone",
)  # fmt: skip
# Capitalised words before a number that do not make it a name ("Monday 12 soldiers", "Since 2022").
NOT_NAME_WORDS: Final = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Only", "Just", "All",
        "And", "But", "Or", "The", "Of", "With", "For", "To", "At", "On", "By", "About", "Nearly", "Almost",
        "Around", "Over", "Some", "Another", "Those", "These", "Its", "Their", "His", "Her", "Our", "Total",
        "Altogether", "Plus", "Minus", "Reuters", "AP", "AFP", "Updated", "Published", "Posted",
    }
)  # fmt: skip
# Determiners before a year that make "the 2024 elections" a name, not a count of elections.
NAME_DETERMINERS: Final = ("the", "this", "that", "last", "next", "its", "their", "his", "her", "our", "a")
# Punctuation after which a capitalised number word starts a sentence ("Two officials said").
SENTENCE_OPENERS: Final = ".!?\"“”‘'(:;•—–-\n"

# Superlatives after an ordinal ("third-largest", "second biggest").
SUPERLATIVES: Final = (
    "largest", "biggest", "highest", "lowest", "smallest", "greatest", "longest", "deadliest", "worst",
    "best", "busiest", "richest", "poorest", "strongest", "fastest", "oldest", "youngest", "heaviest",
    "costliest", "wealthiest", "most", "least", "closest", "latest",
)  # fmt: skip
# Words right before a four-digit number that make it a year ("in 2022", "since 2014").
YEAR_CUES: Final = (
    "in", "since", "by", "until", "till", "during", "from", "before", "after", "through", "of", "early",
    "late", "mid", "summer", "spring", "autumn", "winter", "fall", "year", "fiscal", "FY",
)  # fmt: skip
# Unit symbols read only when glued to the digits ("100m", "5g"): with a space they are too ambiguous.
GLUED_ONLY_UNITS: Final = frozenset({"m", "g", "ha"})
# Words glued by a hyphen before a year that keep it a year ("mid-2022", "pre-2014").
YEAR_HYPHEN_PREFIXES: Final = ("mid", "pre", "post", "early", "late")

# Verbs whose particle "up" can stand before "to N": "revised up to 745,000" is a revision to exactly 745,000, not
# "at most 745,000" (found in a build on real news: a REFUTED claim came out NOT_ENOUGH_INFO).
UP_VERBS: Final = (
    "revised", "revise", "revises", "revising", "raised", "raise", "raises", "raising", "rose", "risen", "rise",
    "rises", "rising", "went", "gone", "go", "goes", "going", "jumped", "climbed", "climbing", "moved", "shot",
    "pushed", "pushing", "ramped", "scaled", "stepped", "marked", "ticked", "edged", "inched", "crept", "shifted",
)  # fmt: skip
