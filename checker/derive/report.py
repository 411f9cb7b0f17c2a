"""Derivation verdicts → a terminal table or the versioned JSON document (pure functions)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from checker.derive.result import FileReport, Step, to_json

if TYPE_CHECKING:
    from rich.console import Console

STYLE = {"holds": "green", "fails": "bold red", "unreadable": "yellow", "undecided": "cyan"}
LABEL = {"holds": "holds", "fails": "does not hold", "unreadable": "could not read",
         "undecided": "could not decide"}


def _detail(step: Step) -> str:
    parts = [step.method]
    if step.counterexample is not None:
        ce = step.counterexample
        values = ", ".join(f"{k}={v:g}" for k, v in ce.values.items())
        parts.append(f"counterexample: {values or '(no symbols)'} → left {ce.left:g}, "
                     f"right {ce.right:g}")
        if ce.derived:
            parts.append("there: " + ", ".join(f"{k}={v:g}" for k, v in ce.derived.items()))
    if step.diagnosis:
        parts.append(step.diagnosis if step.recovers else f"likely: {step.diagnosis}")
    return "\n".join(parts)


def render_table(reports: list[FileReport], console: Console, verbose: bool = True) -> None:
    # rich is imported here, for the table only: the JSON and Markdown outputs (CI, the course's
    # scripts) never load it (0.26 s of the CPU of every cold `grader derive --format json` here)
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    for report in reports:
        table = Table(title=report.path, show_lines=False, expand=False)
        table.add_column("line", justify="right")  # cell:line in a notebook
        table.add_column("verdict")
        table.add_column("step", overflow="fold", max_width=60)
        table.add_column("how / why", overflow="fold", max_width=70)
        for step in report.steps:
            if not verbose and step.verdict == "holds":
                continue
            claim = f"{step.lhs} {step.relation} {step.rhs}" if step.lhs or step.rhs else step.source[:60]
            where = f"{step.cell}:{step.line}" if step.cell else str(step.line)
            table.add_row(where, Text(LABEL[step.verdict], style=STYLE[step.verdict]),
                          escape(claim), escape(_detail(step)))  # `[σ(z)]` is text, not markup
        console.print(table)
        counts = ", ".join(f"{report.count(v)} {LABEL[v]}" for v in LABEL)
        console.print(f"{report.path}: {len(report.steps)} steps: {counts}\n")


def render_json(reports: list[FileReport]) -> str:
    return json.dumps(to_json(reports), ensure_ascii=False, indent=2)
