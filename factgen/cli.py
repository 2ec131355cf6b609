"""The ``factgen`` command: a thin argparse layer, one library call per subcommand.

Exit codes: 0 success, 1 a factgen error or invalid input, 2 a usage error. Errors are one line on stderr,
never a traceback. Offsets in messages are 0-based characters; line numbers are 1-based physical lines.
"""

from __future__ import annotations

import argparse
import logging
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, TextIO

import orjson

from factgen import __version__
from factgen._io import MAX_LINE_BYTES, atomic_write, input_name, replayable
from factgen.audit import audit_sheet, tally, write_tally
from factgen.card.template import DEFAULT_NAME
from factgen.convert import (
    FORMAT_NAMES,
    FORMAT_SCHEMA_FILES,
    FORMATS,
    ConversionReport,
    convert_file,
    export_file,
    format_schema_text,
    resolve_format,
    validate_any,
)
from factgen.errors import FactgenError, Problem, Severity, printable
from factgen.evidence import THRESHOLD
from factgen.models import SCHEMA_FILES, Record, schema_text
from factgen.pipeline import RULE_FAMILIES, BuildStats, build
from factgen.publish import plan_upload, publish
from factgen.quantities import extract_quantities
from factgen.splits import SPLIT_BY

__all__ = ["build_parser", "main"]

Runner = Callable[[argparse.Namespace], int]


def _run_validate(args: argparse.Namespace) -> int:
    shown = _Shown(args.json, _max_problems(args))
    described = []
    for file in args.files:
        display = input_name(file)
        # standard input or a pipe: read once, then detected and checked from a copy
        with replayable(file) as real:
            name, reason = resolve_format(real, args.input_format)
            described.append(
                f"{display} [{_TITLES.get(name or '', 'unknown format')}{'' if reason == 'given' else ': ' + reason}]"
            )
            problems = validate_any(
                real,
                format=name or "auto",
                articles=args.articles,
                max_line_bytes=args.max_line_bytes,
                display=display,
            )
            for problem in problems:
                shown.add(problem)
    hidden = shown.hidden_note()
    if not args.quiet:
        files = printable(", ".join(described))
        verdict = "invalid" if shown.errors else "valid"
        counts = f"{shown.errors} errors, {shown.warnings} warnings{hidden}"
        print(f"factgen validate: {files}: {verdict} ({counts})", file=sys.stderr)
    elif hidden:
        print(f"factgen validate: {hidden.removeprefix('; ')}", file=sys.stderr)
    return 1 if shown.errors else 0


_TEXT_MAX_PROBLEMS: Final = 1_000  # lines a person reads; --json output is for programs and is not capped


def _add_max_problems(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-problems",
        type=_non_negative_int,
        metavar="N",
        help=f"print at most N problems, then count the rest in the summary; 0 prints all (default: "
        f"{_TEXT_MAX_PROBLEMS}; all with --json). The exit code always counts every problem",
    )


def _max_problems(args: argparse.Namespace) -> int:
    if args.max_problems is not None:
        return int(args.max_problems)
    return 0 if getattr(args, "json", False) else _TEXT_MAX_PROBLEMS


class _Shown:
    """Prints problems up to a cap (0: none) and counts all of them, so the exit code stays exact."""

    def __init__(self, as_json: bool, cap: int, out: TextIO | None = None) -> None:
        self.as_json, self.cap, self.out = as_json, cap, out
        self.errors = self.warnings = self.printed = 0

    def add(self, problem: Problem) -> None:
        if problem.severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        if self.cap and self.printed >= self.cap:
            return
        self.printed += 1
        out = self.out or sys.stdout  # looked up late: tests swap sys.stdout
        if self.as_json:
            out.write(orjson.dumps(problem.to_dict()).decode() + "\n")
        else:
            out.write(f"{problem}\n")

    def hidden_note(self) -> str:
        hidden = self.errors + self.warnings - self.printed
        if not hidden:
            return ""
        return f"; {hidden} more problems not shown (the first {self.cap} are; --max-problems 0 shows all)"


_TITLES = {
    "fever": "FEVER",
    "averitec": "AVeriTeC",
    "claimreview": "ClaimReview",
    "factgen": "factgen records",
}


def _add_validate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check factgen records, or FEVER / AVeriTeC / ClaimReview claim files",
        description="Report every problem in claim files: FILE:LINE: field.path: message. Lines are 1-based "
        "physical lines; offsets are 0-based characters. Exit 0 when valid (warnings alone keep 0), 1 on any error.",
    )
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="claim file(s): factgen records or a third-party format; - reads standard input (a pipe or a FIFO is read once)",
    )
    p.add_argument(
        "--format",
        dest="input_format",
        choices=["auto", *FORMAT_NAMES],
        default="auto",
        help="the input format (default: auto, detected per file and named in the summary)",
    )
    p.add_argument(
        "--articles", type=Path, metavar="ARTICLES.jsonl", help="also check every span against these articles"
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per problem (file, line, field, severity, message)",
    )
    p.add_argument(
        "--max-line-bytes",
        type=_positive_int,
        default=MAX_LINE_BYTES,
        metavar="N",
        help=f"a JSON Lines line longer than N bytes is one problem and is not read (default: {MAX_LINE_BYTES}, 16 MiB)",
    )
    _add_max_problems(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    p.set_defaults(run=_run_validate)


def _positive_int(text: str, least: int = 1) -> int:
    try:
        value = int(text)
    except ValueError:
        value = least - 1
    if value < least:
        msg = f"expected an integer >= {least}, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _non_negative_int(text: str) -> int:
    return _positive_int(text, least=0)


def _run_schema(args: argparse.Namespace) -> int:
    if args.out is None:
        sys.stdout.write(schema_text(Record))
        return 0
    texts = {name: schema_text(model) for name, model in SCHEMA_FILES.items()}
    texts |= {name: format_schema_text(name) for name in FORMAT_SCHEMA_FILES}
    for name, text in texts.items():
        with atomic_write(args.out / name) as f:
            f.write(text.encode())
        if not args.quiet:
            print(f"factgen schema: wrote {args.out / name}", file=sys.stderr)
    return 0


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="print or write the JSON Schemas generated from the models")
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="write record, article and third-party format schemas here"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    p.set_defaults(run=_run_schema)


def _run_quantities(args: argparse.Namespace) -> int:
    found = extract_quantities(args.text)
    if args.json:
        for q in found:
            sys.stdout.write(q.model_dump_json() + "\n")
        return 0
    header = ("surface", "span", "value", "unit", "kind", "bound", "interval")
    rows = [header] + [
        (q.surface, f"{q.start}:{q.end}", q.model_dump(mode="json")["value"] or "-", q.unit or "-", q.kind.value,
         q.bound.value, str(q.interval))
        for q in found
    ]  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        sys.stdout.write(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n"
        )
    return 0


def _add_quantities(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "quantities",
        help="show the quantities the normaliser reads in a text",
        description="Print each quantity in TEXT: surface, span (0-based character offsets, end exclusive), exact "
        "value, unit, kind, bound and interval. '-' marks no value (a range or an excluded end).",
    )
    p.add_argument("text", metavar="TEXT", help="running text, e.g. 'more than 35,000 civilians'")
    p.add_argument(
        "--json", action="store_true", help="one JSON object per quantity (the record contract's form)"
    )
    p.set_defaults(run=_run_quantities)


def _run_build(args: argparse.Namespace) -> int:
    if args.quiet:
        import datasets  # noqa: PLC0415  (only to silence its progress bars)

        datasets.disable_progress_bars()
    with _phase_log(enabled=args.verbose):
        stats = _build(args)
    for warning in stats.warnings:
        print(f"factgen: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        labels = ", ".join(f"{label} {n}" for label, n in sorted(stats.labels.items()))
        kept = sum(stats.splits.values())
        splits = ", ".join(f"{name} {n}" for name, n in stats.splits.items())
        dropped = f"; {stats.records - kept} dropped by the split" if kept != stats.records else ""
        print(
            f"factgen build: {stats.articles} articles, {stats.claims} claims -> {stats.records} records "
            f"({labels}) -> {kept} in the splits ({splits}{dropped}) in {args.out}/ [{stats.elapsed:.1f} s]",
            file=sys.stderr,
        )
    return 0


@contextmanager
def _phase_log(*, enabled: bool) -> Iterator[None]:
    """``--verbose``: the library's log lines (each phase, its time and counts) on stderr for one command."""
    if not enabled:
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("factgen: %(message)s"))
    logger = logging.getLogger("factgen")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _build(args: argparse.Namespace) -> BuildStats:
    rules = set(RULE_FAMILIES) - ({"entity"} if args.no_entity_swap else set())
    rules -= {"evidence"} if args.no_evidence_links else set()
    return build(
        args.corpus,
        args.out,
        seed=args.seed,
        rules=rules,
        keep_rejected=args.keep_rejected,
        progress=not args.quiet,
        num_proc=args.num_proc,
        split_by=args.split_by,
        ratios=args.ratios,
        max_imbalance=args.max_imbalance,
        link_threshold=args.link_threshold,
        later_evidence=args.later_evidence,
        name=args.name,
        license=args.license,
        license_link=args.license_link,
        language=args.language,
        articles_license=args.articles_license,
        overwrite=args.overwrite,
        text_column=args.text_column,
        follow_links=args.follow_links,
    )


def _add_build(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "build",
        help="turn a corpus (default: the shipped seeds) into a dataset folder",
        description="Articles -> claims -> variants with verdicts true by construction -> DIR/records.jsonl, "
        "DIR/articles.jsonl (the cleaned texts every 0-based, end-exclusive span indexes) and DIR/summary.json. "
        "The same corpus and seed give byte-identical files.",
    )
    p.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        help="folder of .txt/.html, a .txt/.html/.jsonl/.jsonl.gz/.parquet file (default: seeds)",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=Path("dataset"),
        metavar="DIR",
        help="output folder (default: dataset): a new folder, or a previous build with --overwrite",
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace DIR when it holds a previous factgen build (only then)",
    )
    p.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help="the field that holds the text in a .jsonl, .jsonl.gz or .parquet corpus (default: text)",
    )
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="read symbolic links that point outside a corpus folder (skipped with a warning by default)",
    )
    p.add_argument("--seed", type=int, default=0, help="seed for the choice of variants (default: 0)")
    p.add_argument("--no-entity-swap", action="store_true", help="switch off the entity-substitution rule")
    p.add_argument(
        "--no-evidence-links",
        action="store_true",
        help="do not link claims to other articles' reports of the same fact (evidence.* rules)",
    )
    p.add_argument(
        "--link-threshold",
        type=float,
        default=THRESHOLD,
        metavar="T",
        help=f"least match score in (0, 1] for a link to another article (default: {THRESHOLD})",
    )
    p.add_argument(
        "--later-evidence",
        action="store_true",
        help="also link a claim to reports published after its own article (by default evidence from other "
        "reports is from on or before the claim's date, as in AVeriTeC: no temporal leakage)",
    )
    p.add_argument(
        "--keep-rejected", action="store_true", help="also write rejected.jsonl (every drop and its reason)"
    )
    p.add_argument(
        "--num-proc", type=int, metavar="N", help="run the per-article stages in N processes (datasets.map)"
    )
    p.add_argument(
        "--split-by",
        choices=SPLIT_BY,
        default="group",
        help=(
            "keep together records of one group (default), one source article, or one story (an event as several "
            "outlets report it), or cut by article date"
        ),
    )
    p.add_argument(
        "--ratios",
        type=_ratios,
        default=(0.8, 0.1, 0.1),
        metavar="TRAIN,VAL,TEST",
        help="split ratios, each in (0, 1), summing to 1 (default: 0.8,0.1,0.1)",
    )
    p.add_argument(
        "--max-imbalance",
        type=float,
        metavar="R",
        help="down-sample each split so no label has more than R times the rarest label's records",
    )
    card = p.add_argument_group("the dataset card")
    card.add_argument("--name", default=DEFAULT_NAME, help="the dataset's name (pretty_name)")
    card.add_argument(
        "--license", default="other", metavar="ID", help="the dataset's Hub licence id (default: other)"
    )
    card.add_argument("--license-link", metavar="URL", help="where the licence text is (default: LICENSE.md)")
    card.add_argument(
        "--language",
        type=lambda text: tuple(text.split(",")),
        default=("en",),
        metavar="TAG[,TAG]",
        help="BCP 47 language tags of the corpus (default: en)",
    )
    card.add_argument(
        "--articles-license",
        metavar="ID",
        help="the licence under which the article texts may be redistributed: adds the `articles` config "
        "(default: the texts stay local)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars and no summary line")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="log each phase of the build with its time and counts"
    )
    p.set_defaults(run=_run_build)
    # "--ratios -0.2,0.6,0.6" is a value to check, not an unknown option
    p._negative_number_matcher = re.compile(r"^-\d+$|^-\d*\.\d+$|^-[\d.]*(,-?[\d.]*)+$")


def _ratios(text: str) -> tuple[float, ...]:
    try:
        values = tuple(float(part) for part in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 3:
        msg = f"expected three comma-separated numbers such as 0.8,0.1,0.1, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return values


def _run_publish(args: argparse.Namespace) -> int:
    if args.dry_run:
        files = plan_upload(args.folder, args.repo_id)
        for name in files:
            print(f"{name}\t{(args.folder / name).stat().st_size}")
        total = sum((args.folder / name).stat().st_size for name in files)
        visibility = "public" if args.public else "private"
        print(
            f"factgen publish: dry run: would upload {len(files)} files ({total:,} bytes) to {args.repo_id} "
            f"({visibility}); nothing was sent",
            file=sys.stderr,
        )
        return 0
    if args.quiet:
        from huggingface_hub.utils.tqdm import disable_progress_bars  # noqa: PLC0415

        disable_progress_bars()
    url = publish(args.folder, args.repo_id, private=not args.public, token=args.token, timeout=args.timeout)
    if not args.quiet:
        visibility = "public" if args.public else "private"
        print(
            f"factgen publish: uploaded {args.folder} to {args.repo_id} ({visibility}): {url}",
            file=sys.stderr,
        )
    return 0


def _add_publish(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "publish",
        help="upload a dataset folder made by `factgen build` to the Hugging Face Hub",
        description="Check DIR locally (every record against the contract, the card against the data), then "
        "create the dataset repository (private unless --public) and upload the card, charts, schema, the "
        "parquet files of the configs the card declares (the article texts only when built with "
        "--articles-license) and summary.json; --dry-run lists them and sends nothing. Fails with one line "
        "when offline (HF_HUB_OFFLINE), unreachable, without a token, or when the Hub does not answer within "
        "--timeout seconds.",
    )
    p.add_argument("folder", type=Path, metavar="DIR", help="a folder written by `factgen build`")
    p.add_argument("--repo-id", required=True, metavar="ORG/NAME", help="the dataset repository on the Hub")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="check the folder and list what would be uploaded; send nothing",
    )
    p.add_argument("--public", action="store_true", help="make a new repository public (default: private)")
    p.add_argument("--token", help="a Hugging Face token (default: HF_TOKEN or the saved login)")
    p.add_argument(
        "--timeout", type=float, default=30.0, metavar="S", help="seconds to wait for the Hub (default: 30)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars and no summary line")
    p.set_defaults(run=_run_publish)


def _print_report(command: str, report: ConversionReport, out: Path, args: argparse.Namespace) -> int:
    shown = _Shown(False, _max_problems(args), sys.stderr)
    for problem in report.problems:
        shown.add(problem)
    hidden = shown.hidden_note()
    if report.wrote_file:
        skipped = f"; skipped {report.skipped} invalid records (reasons above)" if report.skipped else ""
        print(
            f"factgen {command}: wrote {report.written} records to {printable(str(out))}{skipped}{hidden}",
            file=sys.stderr,
        )
        return 0 if not report.errors or args.skip_invalid else 1
    print(
        f"factgen {command}: {report.errors} errors; nothing written to {printable(str(out))} "
        f"(--skip-invalid writes the {report.valid} valid records){hidden}",
        file=sys.stderr,
    )
    return 1


def _run_convert(args: argparse.Namespace) -> int:
    report = convert_file(args.file, args.out, format=args.input_format, skip_invalid=args.skip_invalid)
    return _print_report("convert", report, args.out, args)


def _run_export(args: argparse.Namespace) -> int:
    report = export_file(args.file, args.out, to=args.to, skip_invalid=args.skip_invalid)
    return _print_report("export", report, args.out, args)


def _add_convert(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "convert",
        help="import a FEVER / AVeriTeC / ClaimReview file as factgen records (JSON Lines)",
        description="Import a third-party claim file. With any error nothing is written, unless --skip-invalid, "
        "which writes exactly the valid records and says how many were skipped and why. Problems go to stderr, "
        "one line each (FILE:LINE: field.path: message; lines are 1-based).",
    )
    p.add_argument(
        "input_format",
        choices=["auto", *FORMATS],
        metavar="FORMAT",
        help="auto, fever, averitec or claimreview",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the third-party file; - reads standard input")
    p.add_argument("--out", type=Path, required=True, metavar="OUT.jsonl", help="where to write the records")
    p.add_argument(
        "--skip-invalid", action="store_true", help="write the valid records even if others are invalid"
    )
    _add_max_problems(p)
    p.set_defaults(run=_run_convert)


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write factgen records as FEVER, AVeriTeC or ClaimReview",
        description="Export a JSON Lines file of factgen records (FEVER: JSON Lines; AVeriTeC and ClaimReview: one "
        "JSON array). Records the format cannot express (e.g. CONFLICTING in FEVER) are errors; with any error "
        "nothing is written unless --skip-invalid.",
    )
    p.add_argument(
        "file", type=Path, metavar="FILE", help="JSON Lines file of factgen records; - reads standard input"
    )
    p.add_argument("--to", required=True, choices=list(FORMATS), help="the target format")
    p.add_argument("--out", type=Path, required=True, metavar="OUT", help="where to write")
    p.add_argument(
        "--skip-invalid", action="store_true", help="write the exportable records even if others are not"
    )
    _add_max_problems(p)
    p.set_defaults(run=_run_export)


def _run_audit(args: argparse.Namespace) -> int:
    if args.tally is not None:
        result = tally(args.tally)
        written = write_tally(args.folder, result)
        reviewed, right, clean = result.total()
        print(
            f"factgen audit: {reviewed} records reviewed ({result.unreviewed} not): labels right {right}, "
            f"claims clean {clean}; wrote {written} and the card's audit paragraph",
            file=sys.stderr,
        )
        return 0
    sheet = audit_sheet(args.folder, sample=args.sample, seed=args.seed, stratify=not args.uniform)
    if args.out is None:
        sys.stdout.write(sheet)
        return 0
    with atomic_write(args.out) as f:
        f.write(sheet.encode())
    print(f"factgen audit: wrote {args.out}; tick it, then run `factgen audit {args.folder} --tally {args.out}`",
          file=sys.stderr)  # fmt: skip
    return 0


def _add_audit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "audit",
        help="a Markdown sheet of random records to check by hand, and the tally of a ticked sheet",
        description="Draw N random records of DIR (equal shares per label unless --uniform; the same seed gives "
        "the same sheet) with their evidence in context, for a person to tick 'label right' and 'claim clean'. "
        "--tally SHEET reads a ticked sheet and writes DIR/audit.json and the card's audit paragraph.",
    )
    p.add_argument("folder", type=Path, metavar="DIR", help="a folder written by `factgen build`")
    p.add_argument("--sample", type=int, default=100, metavar="N", help="records on the sheet (default: 100)")
    p.add_argument("--seed", type=int, default=0, help="seed of the draw (default: 0)")
    p.add_argument("--uniform", action="store_true", help="draw uniformly instead of equal shares per label")
    p.add_argument(
        "--out", type=Path, metavar="SHEET.md", help="write the sheet here (default: standard output)"
    )
    p.add_argument(
        "--tally", type=Path, metavar="SHEET.md", help="tally a ticked sheet instead of drawing one"
    )
    p.set_defaults(run=_run_audit)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factgen", description="Turn news articles into fact-checking datasets, and check claim files."
    )
    parser.add_argument("--version", action="version", version=f"factgen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_build(sub)
    _add_validate(sub)
    _add_schema(sub)
    _add_convert(sub)
    _add_export(sub)
    _add_quantities(sub)
    _add_publish(sub)
    _add_audit(sub)
    return parser


class _Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP (a cancelled CI job, a closed terminal), raised like Ctrl-C so temporary files go too."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def _stop_signals_raise() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP raise :class:`_Stopped` once (a repeat does not stop the cleanup)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: Any) -> None:
        for number in _STOP_SIGNALS:
            signal.signal(number, signal.SIG_IGN)
        raise _Stopped(signum)

    previous = {number: signal.signal(number, stop) for number in _STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (argparse exits 2 itself on usage errors).

    Ctrl-C, SIGTERM and SIGHUP remove the temporary files of the command and exit 128 + the signal's number.
    """
    try:
        with _stop_signals_raise():
            args = build_parser().parse_args(argv)
            run: Runner = args.run
            return run(args)
    except FactgenError as exc:
        print(f"factgen: {type(exc).__name__}: {printable(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `factgen validate big.jsonl | head`: stop quietly
        sys.stderr.close()
        return 1
    except KeyboardInterrupt as exc:
        signum = exc.signum if isinstance(exc, _Stopped) else signal.SIGINT
        reason = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
        print(f"factgen: {reason}", file=sys.stderr)
        return 128 + signum


if __name__ == "__main__":
    raise SystemExit(main())
