"""Audit a built dataset by hand: a Markdown sheet of random records to tick, and the tally of a ticked sheet.

:func:`audit_sheet` draws ``sample`` records of a folder written by ``factgen build`` (the same seed gives the same
sheet) and shows each as a careful reader needs it: the claim, its label, rule and rationale, and every evidence
span in context (the sentence before and after it, from ``articles.jsonl``), with the article's publisher and date.
Each record has two pairs of boxes, to tick one of each::

    - [ ] label right   - [ ] label wrong
    - [ ] claim clean   - [ ] claim not clean    (clean: stands alone, checkable, grammatical)

:func:`tally` reads a ticked sheet back: per rule and overall, how many records were reviewed, how many labels were
right and how many claims clean. A record with no box of a pair ticked is not reviewed; both boxes of one pair
ticked is an error naming the sheet's line. ``factgen audit DIR --tally SHEET.md`` writes the tally to
``DIR/audit.json`` and into the dataset card's audit paragraph, between the card's audit markers.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import orjson

from factgen._io import JsonLine, atomic_write, iter_json_lines
from factgen.card.template import AUDIT_BEGIN, AUDIT_END
from factgen.errors import ConfigError, InputError, Problem
from factgen.models import Label

__all__ = ["AuditTally", "audit_sheet", "tally", "write_tally"]

_CONTEXT_CHARS: Final = 400
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])[\"”’)]?\s+")
_ENTRY: Final = re.compile(r"^### (\d+)\. `([^`]+)` .*?\(rule `([^`]+)`\)$")
PAIRS: Final = (("label right", "label wrong"), ("claim clean", "claim not clean"))


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    for line in iter_json_lines(path):
        if isinstance(line, JsonLine) and isinstance(line.value, dict):
            yield line.value


def _load(folder: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    records_file = folder / "records.jsonl"
    if not records_file.is_file():
        msg = str(
            Problem(str(records_file), None, "", "no records: expected a folder written by `factgen build`")
        )
        raise InputError(msg)
    records = sorted(_rows(records_file), key=lambda r: str(r.get("id")))
    articles_file = folder / "articles.jsonl"
    articles = {str(a["id"]): a for a in _rows(articles_file)} if articles_file.is_file() else {}
    return records, articles


def _draw(records: Sequence[dict[str, Any]], sample: int, seed: int, stratify: bool) -> list[dict[str, Any]]:
    """``sample`` records: equal shares per label present (the rest from the larger labels), else uniformly."""
    rng = random.Random(f"audit:{seed}")  # noqa: S311  (reproducible sampling, not security)
    if not stratify:
        return rng.sample(list(records), min(sample, len(records)))
    by_label: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_label.setdefault(str(r["verdict"]["label"]), []).append(r)
    pools = {lab: rng.sample(rs, len(rs)) for lab, rs in sorted(by_label.items())}
    chosen: list[dict[str, Any]] = []
    while len(chosen) < min(sample, len(records)):
        for lab in [str(x) for x in Label]:
            if pools.get(lab) and len(chosen) < sample:
                chosen.append(pools[lab].pop())
    return chosen


def _in_context(text: str, start: int, end: int) -> str:
    """The span in bold with the sentence before and after it (cut at sentence ends, at most 400 characters)."""
    before = text[max(0, start - _CONTEXT_CHARS) : start]
    after = text[end : end + _CONTEXT_CHARS]
    cuts = [m.end() for m in _SENTENCE_END.finditer(before)]
    if len(cuts) >= 2:  # the last cut is the gap just before the span: keep one sentence before it
        before = before[cuts[-2] :]
    ends = [m.end() for m in _SENTENCE_END.finditer(after)]
    if len(ends) >= 2:  # the first end may close the span's own quote: keep one sentence after it
        after = after[: ends[1]]
    one_line = " ".join
    return f"{one_line(before.split())} **{one_line(text[start:end].split())}** {one_line(after.split())}".strip()


def _describe(article: Mapping[str, Any] | None, article_id: str) -> str:
    if article is None:
        return f"`{article_id}`"
    bits = [b for b in (article.get("publisher"), article.get("published")) if b]
    return f"`{article_id}`" + (f" ({', '.join(map(str, bits))})" if bits else "")


def _entry(n: int, record: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> str:
    verdict, provenance = record["verdict"], record["provenance"]
    made = provenance.get("rule") or "as written"
    lines = [
        f"### {n}. `{record['id']}` {verdict['label']} (rule `{verdict['rule']}`)",
        "",
        "- [ ] label right   - [ ] label wrong",
        "- [ ] claim clean   - [ ] claim not clean",
        "",
        f"**Claim** ({made}; {record.get('claim_date') or 'undated'}): {record['claim']}",
        "",
        f"**Label:** {verdict['label']}, because {verdict['rationale']}",
    ]
    source = record.get("source")
    # Evidence removal: the claim's own sentence was taken out of the evidence, so no context may show it again.
    removal = verdict["rule"] == "context.removed"
    for i, ev in enumerate(record.get("evidence") or []):
        article = articles.get(ev["article_id"])
        shown = (
            _in_context(str(article["text"]), ev["start"], ev["end"])
            if article and not removal and article["text"][ev["start"] : ev["end"]] == ev["text"]
            else f"**{' '.join(ev['text'].split())}**"
        )
        lines += ["", f"**Evidence {i + 1}**, {_describe(article, ev['article_id'])}:", "", f"> {shown}"]
    if not record.get("evidence"):
        lines += ["", "**Evidence:** none (the claim is judged without evidence)"]
    if source and source.get("article_id") not in {e["article_id"] for e in record.get("evidence") or []}:
        lines += [
            "",
            f"**Claim's source:** {_describe(articles.get(source['article_id']), source['article_id'])}",
        ]
    return "\n".join([*lines, "", "Notes:", ""])


def audit_sheet(folder: str | Path, *, sample: int = 100, seed: int = 0, stratify: bool = True) -> str:
    """A Markdown sheet of ``sample`` random records of ``folder`` to tick (see the module doc)."""
    if isinstance(sample, bool) or not isinstance(sample, int) or sample < 1:
        msg = f"sample: expected a positive integer, got {sample!r}"
        raise ConfigError(msg)
    root = Path(folder)
    records, articles = _load(root)
    chosen = _draw(records, sample, seed, stratify)
    shares = Counter(str(r["verdict"]["label"]) for r in chosen)
    head = [
        f"# Audit sheet: {root.name}",
        "",
        f"{len(chosen)} of {len(records)} records, drawn with seed {seed}"
        + (" (equal shares per label)" if stratify else "")
        + ": "
        + ", ".join(f"{lab} {n}" for lab, n in sorted(shares.items())),
        "",
        (
            "For each record tick one box of each pair. **Label right**: a careful reader of the evidence alone "
            "gives this label. **Claim clean**: the claim stands alone (no unresolved pronoun, time or place), is "
            "a checkable statement a person would write, and reads as a grammatical sentence. Then run "
            f"`factgen audit {root} --tally THIS_FILE`."
        ),
        "",
    ]
    return "\n".join(head + [_entry(i + 1, r, articles) for i, r in enumerate(chosen)])


@dataclass
class AuditTally:
    """Per rule: [reviewed, labels right, claims clean]; and the records that were not reviewed."""

    by_rule: dict[str, list[int]] = field(default_factory=dict)
    unreviewed: int = 0

    def total(self) -> list[int]:
        return [sum(v[i] for v in self.by_rule.values()) for i in range(3)]

    def to_dict(self) -> dict[str, Any]:
        reviewed, right, clean = self.total()
        return {
            "reviewed": reviewed,
            "labels_right": right,
            "claims_clean": clean,
            "unreviewed": self.unreviewed,
            "by_rule": {
                rule: {"reviewed": v[0], "labels_right": v[1], "claims_clean": v[2]}
                for rule, v in sorted(self.by_rule.items())
            },
        }

    def markdown(self) -> str:
        reviewed, right, clean = self.total()
        if not reviewed:
            return "**Audit.** A sheet was tallied, but no record in it was reviewed."

        def pct(n: int, d: int) -> str:
            return f"{n}/{d} ({100 * n / d:.0f}%)"

        rows = "\n".join(
            f"| `{rule}` | {v[0]} | {pct(v[1], v[0])} | {pct(v[2], v[0])} |"
            for rule, v in sorted(self.by_rule.items())
            if v[0]
        )
        return (
            f"**Audit.** A person read {reviewed} random records (`factgen audit`): labels right "
            f"{pct(right, reviewed)}, claims clean {pct(clean, reviewed)}.\n\n"
            f"| rule | reviewed | label right | claim clean |\n|---|---|---|---|\n{rows}"
        )


def tally(sheet: str | Path) -> AuditTally:
    """Read a ticked sheet back (see the module doc); a contradictory entry is an :class:`InputError`."""
    path = Path(sheet)
    out = AuditTally()
    entry: tuple[str, dict[str, bool], int] | None = None

    def close() -> None:
        if entry is None:
            return
        rule, ticks, line = entry
        answers = []
        for yes, no in PAIRS:
            if ticks.get(yes) and ticks.get(no):
                msg = str(Problem(str(path), line, "", f"both '{yes}' and '{no}' are ticked"))
                raise InputError(msg)
            answers.append(True if ticks.get(yes) else False if ticks.get(no) else None)
        if None in answers:
            out.unreviewed += 1
            return
        counts = out.by_rule.setdefault(rule, [0, 0, 0])
        counts[0] += 1
        counts[1] += bool(answers[0])
        counts[2] += bool(answers[1])

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if m := _ENTRY.match(line):
            close()
            entry = (m.group(3), {}, number)
        elif entry is not None:
            for box in re.finditer(
                r"\[([ xX])\] (label right|label wrong|claim clean|claim not clean)", line
            ):
                entry[1][box.group(2)] = entry[1].get(box.group(2), False) or box.group(1) in "xX"
    close()
    return out


def write_tally(folder: str | Path, result: AuditTally) -> Path:
    """``DIR/audit.json``, and the tally in the card's audit paragraph (when the card has its markers)."""
    root = Path(folder)
    with atomic_write(root / "audit.json") as f:
        f.write(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
    readme = root / "README.md"
    if readme.is_file():
        text = readme.read_text(encoding="utf-8")
        start, end = text.find(AUDIT_BEGIN), text.find(AUDIT_END)
        if 0 <= start < end:
            text = text[: start + len(AUDIT_BEGIN)] + "\n" + result.markdown() + "\n" + text[end:]
            with atomic_write(readme) as f:
                f.write(text.encode())
    return root / "audit.json"
