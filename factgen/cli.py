"""The ``factgen`` command: a thin argparse layer, one library call per subcommand.

Exit codes: 0 success, 1 a factgen error or invalid input, 2 a usage error. Errors are one line on stderr,
never a traceback. Offsets in messages are 0-based characters; line numbers are 1-based physical lines.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

import orjson

from factgen import __version__
from factgen._io import atomic_write
from factgen.errors import FactgenError, Severity
from factgen.models import SCHEMA_FILES, Record, schema_text
from factgen.validate import validate_file

__all__ = ["build_parser", "main"]

Runner = Callable[[argparse.Namespace], int]


def _run_validate(args: argparse.Namespace) -> int:
    out: TextIO = sys.stdout
    errors = warnings = 0
    for file in args.files:
        for problem in validate_file(file, articles=args.articles):
            if problem.severity is Severity.ERROR:
                errors += 1
            else:
                warnings += 1
            if args.json:
                out.write(orjson.dumps(problem.to_dict()).decode() + "\n")
            else:
                out.write(f"{problem}\n")
    if not args.quiet:
        files = ", ".join(str(f) for f in args.files)
        verdict = "invalid" if errors else "valid"
        print(f"factgen validate: {files}: {verdict} ({errors} errors, {warnings} warnings)", file=sys.stderr)
    return 1 if errors else 0


def _add_validate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check JSON Lines record files against the factgen contract",
        description="Report every problem in record files: FILE:LINE: field.path: message. Lines are 1-based "
        "physical lines; offsets are 0-based characters. Exit 0 when valid (warnings alone keep 0), 1 on any error.",
    )
    p.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="JSON Lines file(s) of factgen records"
    )
    p.add_argument(
        "--articles", type=Path, metavar="ARTICLES.jsonl", help="also check every span against these articles"
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per problem (file, line, field, severity, message)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    p.set_defaults(run=_run_validate)


def _run_schema(args: argparse.Namespace) -> int:
    if args.out is None:
        sys.stdout.write(schema_text(Record))
        return 0
    for name, model in SCHEMA_FILES.items():
        with atomic_write(args.out / name) as f:
            f.write(schema_text(model).encode())
        if not args.quiet:
            print(f"factgen schema: wrote {args.out / name}", file=sys.stderr)
    return 0


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="print or write the JSON Schemas generated from the models")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="write record.schema.json and article.schema.json here"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    p.set_defaults(run=_run_schema)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factgen", description="Turn news articles into fact-checking datasets, and check claim files."
    )
    parser.add_argument("--version", action="version", version=f"factgen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_validate(sub)
    _add_schema(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (argparse exits 2 itself on usage errors)."""
    args = build_parser().parse_args(argv)
    run: Runner = args.run
    try:
        return run(args)
    except FactgenError as exc:
        print(f"factgen: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `factgen validate big.jsonl | head`: stop quietly
        sys.stderr.close()
        return 1
    except KeyboardInterrupt:
        print("factgen: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
