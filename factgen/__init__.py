"""factgen: turn news articles into fact-checking datasets (claim, evidence, verdict).

The public door: everything the README shows is importable from here. Names load on first use (PEP 562), so
``import factgen`` and ``factgen quantities`` do not pay for the stages they do not touch. To export a name, add
it to ``_EXPORTS``, to the ``TYPE_CHECKING`` imports and to ``__all__``; ``tests/test_public_api.py`` checks that
the three agree and that every name resolves.
"""

import importlib
import logging
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "IngestWarning": "factgen.articles",
    "AuditTally": "factgen.audit",
    "audit_sheet": "factgen.audit",
    "load_articles": "factgen.articles",
    "Claim": "factgen.claims",
    "Rejected": "factgen.claims",
    "extract_claims": "factgen.claims",
    "CleanArticle": "factgen.clean",
    "clean": "factgen.clean",
    "ConversionReport": "factgen.convert",
    "convert_file": "factgen.convert",
    "detect_format": "factgen.convert",
    "export_file": "factgen.convert",
    "import_file": "factgen.convert",
    "load_averitec": "factgen.convert",
    "load_claimreview": "factgen.convert",
    "load_fever": "factgen.convert",
    "validate_any": "factgen.convert",
    "write_averitec": "factgen.convert",
    "write_claimreview": "factgen.convert",
    "write_fever": "factgen.convert",
    "ArticleLoadError": "factgen.errors",
    "ConfigError": "factgen.errors",
    "ExportError": "factgen.errors",
    "FactgenError": "factgen.errors",
    "InputError": "factgen.errors",
    "OutputError": "factgen.errors",
    "Problem": "factgen.errors",
    "PublishError": "factgen.errors",
    "QuantityError": "factgen.errors",
    "RecordValidationError": "factgen.errors",
    "Severity": "factgen.errors",
    "EvidenceIndex": "factgen.evidence",
    "link_evidence": "factgen.evidence",
    "Article": "factgen.models",
    "Bound": "factgen.models",
    "ClaimSource": "factgen.models",
    "Evidence": "factgen.models",
    "Interval": "factgen.models",
    "Kind": "factgen.models",
    "Label": "factgen.models",
    "Method": "factgen.models",
    "Origin": "factgen.models",
    "Provenance": "factgen.models",
    "Quantity": "factgen.models",
    "Record": "factgen.models",
    "Reference": "factgen.models",
    "Relation": "factgen.models",
    "SCHEMA_VERSION": "factgen.models",
    "SourceFormat": "factgen.models",
    "Verdict": "factgen.models",
    "export_schema": "factgen.models",
    "BuildStats": "factgen.pipeline",
    "SEEDS": "factgen.pipeline",
    "build": "factgen.pipeline",
    "generate": "factgen.pipeline",
    "process_article": "factgen.pipeline",
    "plan_upload": "factgen.publish",
    "publish": "factgen.publish",
    "write_dataset": "factgen.publish",
    "extract_quantities": "factgen.quantities",
    "parse_quantity": "factgen.quantities",
    "Sentence": "factgen.segment",
    "segment": "factgen.segment",
    "SplitReport": "factgen.splits",
    "flat_view": "factgen.views",
    "features": "factgen.splits",
    "split": "factgen.splits",
    "split_records": "factgen.splits",
    "validate_file": "factgen.validate",
    "validate_record": "factgen.validate",
}

if TYPE_CHECKING:
    from factgen.articles import (
        IngestWarning,
        load_articles,
    )
    from factgen.audit import AuditTally, audit_sheet
    from factgen.claims import (
        Claim,
        Rejected,
        extract_claims,
    )
    from factgen.clean import (
        CleanArticle,
        clean,
    )
    from factgen.convert import (
        ConversionReport,
        convert_file,
        detect_format,
        export_file,
        import_file,
        load_averitec,
        load_claimreview,
        load_fever,
        validate_any,
        write_averitec,
        write_claimreview,
        write_fever,
    )
    from factgen.errors import (
        ArticleLoadError,
        ConfigError,
        ExportError,
        FactgenError,
        InputError,
        OutputError,
        Problem,
        PublishError,
        QuantityError,
        RecordValidationError,
        Severity,
    )
    from factgen.evidence import (
        EvidenceIndex,
        link_evidence,
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
        Origin,
        Provenance,
        Quantity,
        Record,
        Reference,
        Relation,
        SourceFormat,
        Verdict,
        export_schema,
    )
    from factgen.pipeline import (
        SEEDS,
        BuildStats,
        build,
        generate,
        process_article,
    )
    from factgen.publish import (
        plan_upload,
        publish,
        write_dataset,
    )
    from factgen.quantities import (
        extract_quantities,
        parse_quantity,
    )
    from factgen.segment import (
        Sentence,
        segment,
    )
    from factgen.splits import (
        SplitReport,
        features,
        split,
        split_records,
    )
    from factgen.validate import (
        validate_file,
        validate_record,
    )
    from factgen.views import flat_view

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "SCHEMA_VERSION",
    "SEEDS",
    "Article",
    "ArticleLoadError",
    "AuditTally",
    "Bound",
    "BuildStats",
    "Claim",
    "ClaimSource",
    "CleanArticle",
    "ConfigError",
    "ConversionReport",
    "Evidence",
    "EvidenceIndex",
    "ExportError",
    "FactgenError",
    "IngestWarning",
    "InputError",
    "Interval",
    "Kind",
    "Label",
    "Method",
    "Origin",
    "OutputError",
    "Problem",
    "Provenance",
    "PublishError",
    "Quantity",
    "QuantityError",
    "Record",
    "RecordValidationError",
    "Reference",
    "Rejected",
    "Relation",
    "Sentence",
    "Severity",
    "SourceFormat",
    "SplitReport",
    "Verdict",
    "__version__",
    "audit_sheet",
    "build",
    "clean",
    "convert_file",
    "detect_format",
    "export_file",
    "export_schema",
    "extract_claims",
    "extract_quantities",
    "features",
    "flat_view",
    "generate",
    "import_file",
    "link_evidence",
    "load_articles",
    "load_averitec",
    "load_claimreview",
    "load_fever",
    "parse_quantity",
    "plan_upload",
    "process_article",
    "publish",
    "segment",
    "split",
    "split_records",
    "validate_any",
    "validate_file",
    "validate_record",
    "write_averitec",
    "write_claimreview",
    "write_dataset",
    "write_fever",
]


class _Door(types.ModuleType):
    """The package module. ``factgen.clean`` is a submodule *and* an exported function: importing the submodule
    must not rebind the name to the module (with eager imports the function won; so it does here)."""

    def __setattr__(self, name: str, value: object) -> None:
        if isinstance(value, types.ModuleType) and name in _EXPORTS:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Door


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use, then keep it in the package namespace."""
    module = _EXPORTS.get(name)
    if module is None:
        msg = f"module 'factgen' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
