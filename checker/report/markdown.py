"""Grading and derivation results → Markdown: the GitHub Actions step summary, `--format markdown`.

Per exercise its points, status and first failure, and a note row under it for what its passing
checks noted (an input changed in place, worth no points); the failed checks below, folded. Every
message is shown as text: HTML and Markdown characters in it (student code may print anything)
are escaped, and a cell is one line.
"""

from __future__ import annotations

import html
import re

from checker.derive.report import LABEL
from checker.derive.result import FileReport
from checker.grade.report import points, printable
from checker.grade.results import GradeReport

MAX_CELL = 300  # characters of a message in a table cell
MAX_LISTED = 50  # failed checks listed under the table
_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def text(value: str, limit: int = MAX_CELL) -> str:
    """`value` as literal Markdown text on one line (escaped, at most `limit` characters)."""
    value = " ".join(printable(value).split())
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return _SPECIAL.sub(r"\\\1", html.escape(value, quote=False))


def render_markdown(report: GradeReport, title: str = "grader check") -> str:
    """One submission: a heading with the score, a table of exercises, the failed checks folded."""
    lines = [f"### {text(title)}: {points(report.score)}/{points(report.max_score)} points", "",
             "| exercise | points | status | first failure |", "|---|---:|---|---|"]
    for e in report.exercises:
        place = f" ({text(e.file)})" if e.file else ""
        lines.append(f"| {text(e.name)}{place} | {points(e.score)}/{points(e.max_score)} | {text(e.status)} | "
                     f"{text(e.first_failure)} |")
        lines += [f"| | | note | {text(remark)} |" for remark in e.remarks]
    failed = [(e, c) for e in report.exercises for c in e.checks if not c.passed]
    if failed:
        lines += ["", f"<details><summary>{len(failed)} failed checks</summary>", ""]
        for e, c in failed[:MAX_LISTED]:
            where = f" (line {c.line})" if c.line is not None else ""
            lines.append(f"- **{text(e.name)}**: {text(c.name)}{where}: {text(c.message, 1000)}")
        if len(failed) > MAX_LISTED:
            lines.append(f"- … and {len(failed) - MAX_LISTED} more (`grader check --verbose` lists them all)")
        lines += ["", "</details>"]
    notes = [(e, n) for e in report.exercises for n in (*filter(None, (e.notice,)), *e.notes)]
    if notes:
        lines += [""] + [f"- note on **{text(e.name)}**: {text(n, 1000)}" for e, n in notes]
    lines += ["", f"seed {report.seed} (rerun: `grader check <folder> --seed {report.seed}`)"]
    return "\n".join(lines) + "\n"


def render_derive_markdown(reports: list[FileReport]) -> str:
    """Each file: its counts and the steps that do not hold, could not be read or decided."""
    lines = []
    for report in reports:
        counts = ", ".join(f"{report.count(v)} {LABEL[v]}" for v in LABEL)
        lines += [f"### grader derive: {text(report.path)}", "", f"{len(report.steps)} steps: {counts}", ""]
        problems = [s for s in report.steps if s.verdict != "holds"]
        if not problems:
            lines += ["Every step holds.", ""]
            continue
        lines += ["| line | verdict | step | why |", "|---:|---|---|---|"]
        for s in problems:
            where = f"cell {s.cell}, line {s.line}" if s.cell else str(s.line)
            claim = f"{s.lhs} {s.relation} {s.rhs}" if s.lhs or s.rhs else s.source
            why = "; ".join(filter(None, (s.method, s.diagnosis)))
            lines.append(f"| {where} | {LABEL[s.verdict]} | {text(claim)} | {text(why)} |")
        lines.append("")
    return "\n".join(lines)
