"""Data only: the cue words the dataset card counts per label (REFERENCE 3.1 and 3.6, item 3).

Negation is the best-known claim-only artifact (FEVER: p(REFUTES | "did not") ~ 0.8); numerals were a label cue in
AVeriTeC (a digit in 59.8% of Supported vs 42.6% of Refuted claims); hedges mark approximate quantities.
"""

from __future__ import annotations

from typing import Final

NEGATION_WORDS: Final = (
    "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot",
)  # fmt: skip
NEGATION_SUFFIXES: Final = ("n't", "n’t")  # "hasn't", "didn’t"
HEDGE_WORDS: Final = (
    "about", "around", "approximately", "nearly", "almost", "roughly", "some", "estimated", "reportedly",
    "may", "might", "could", "likely", "possibly",
)  # fmt: skip

# Claim-only bias (Schuster et al. 2019, compute_fever_wordstats.py): the most frequent unigrams are dropped,
# an n-gram must occur in at least MIN_FREQ claims, and the card shows TOP_N per label.
DROP_MOST_FREQUENT_UNIGRAMS: Final = 10
MIN_FREQ: Final = 5
TOP_N: Final = 5
