"""Tests of third-party claim formats (issue 9): FEVER, AVeriTeC, schema.org ClaimReview."""
