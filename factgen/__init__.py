"""factgen: turn news articles into fact-checking datasets (claim, evidence, verdict).

The public door: everything the README shows is importable from here.
"""

import logging

__version__ = "0.1.0"

from factgen.errors import (
    ArticleLoadError,
    ConfigError,
    FactgenError,
    InputError,
    Problem,
    PublishError,
    QuantityError,
    RecordValidationError,
    Severity,
)
from factgen.models import (
    SCHEMA_VERSION,
    Article,
    Bound,
    ClaimSource,
    Evidence,
    Interval,
    Kind,
    Label,
    Method,
    Provenance,
    Quantity,
    Record,
    Relation,
    Verdict,
    export_schema,
)
from factgen.validate import validate_file, validate_record

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleLoadError",
    "Bound",
    "ClaimSource",
    "ConfigError",
    "Evidence",
    "FactgenError",
    "InputError",
    "Interval",
    "Kind",
    "Label",
    "Method",
    "Problem",
    "Provenance",
    "PublishError",
    "Quantity",
    "QuantityError",
    "Record",
    "RecordValidationError",
    "Relation",
    "Severity",
    "Verdict",
    "__version__",
    "export_schema",
    "validate_file",
    "validate_record",
]
